/**
 * End to end: every documented way to install and run rlp, against a real npm registry on
 * 127.0.0.1 (verdaccio, started here with a temporary storage and no uplinks) into which the
 * packed package is published. Each npm command runs with its own user config, cache and HOME, as
 * on a clean machine with only Node and npm. Skips (with the reason) when the registry cannot start
 * or RLP_SKIP_INSTALL_TESTS is set (.ci/run sets it on its extra Node lines).
 */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLE, ROOT, tempDir } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const SPEC = `${pkg.name}@${pkg.version}`;
const skipReason = process.env.RLP_SKIP_INSTALL_TESTS;

let registry: ChildProcess | undefined;
let registryUrl = '';
let work = '';
let tarball = '';
let startProblem = skipReason ? `RLP_SKIP_INSTALL_TESTS: ${skipReason}` : '';

/** Environment of a clean machine: npm talks only to the local registry, with its own cache and HOME. */
function cleanEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'LANG', 'TMPDIR', 'SYSTEMROOT']) if (process.env[k]) env[k] = process.env[k];
  return {
    ...env,
    HOME: home,
    XDG_CACHE_HOME: join(home, '.cache'),
    npm_config_userconfig: join(work, 'npmrc'),
    npm_config_cache: join(home, '.npm'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_loglevel: 'error',
    ...extra,
  };
}

/** Runs a shell line (bash -e) in `cwd`; output as text. */
function sh(line: string, cwd: string, env: NodeJS.ProcessEnv, timeout = 120_000): SpawnSyncReturns<string> {
  return spawnSync('bash', ['-ec', line], { cwd, env, encoding: 'utf8', timeout });
}

/** A fresh folder that also a less privileged user may write. */
function openDir(): string {
  const dir = tempDir();
  chmodSync(dir, 0o777);
  return dir;
}

/** A git repository (one commit) of this checkout's files as they are now: tracked and new, not ignored. */
function gitCopy(): string {
  const repo = join(tempDir(), 'rlp');
  const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const f of files) if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(repo, f), { recursive: true });
  const r = sh('git init -q && git add -A && git -c user.name=t -c user.email=t@example.org commit -qm test', repo, { ...process.env, GIT_CONFIG_NOSYSTEM: '1' });
  if (r.status !== 0) throw new Error(r.stderr);
  return repo;
}

beforeAll(async () => {
  if (startProblem) return;
  work = openDir();
  // The package as `npm pack` makes it (dist/ is built by `npm test`; prepack itself is tested by the git install).
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--json'], { cwd: ROOT, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  tarball = join(work, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename);
  chmodSync(work, 0o755);
  writeFileSync(
    join(work, 'verdaccio.yaml'),
    [
      `storage: ${JSON.stringify(join(work, 'storage'))}`,
      `auth: { htpasswd: { file: ${JSON.stringify(join(work, 'htpasswd'))}, max_users: 10 } }`,
      'uplinks: {}',
      "packages: { '**': { access: $all, publish: $authenticated, unpublish: $authenticated } }",
      'log: { type: stdout, format: json, level: error }',
      '',
    ].join('\n'),
  );
  try {
    registry = spawn(process.execPath, [join(ROOT, 'test', 'registry-server.mjs'), join(work, 'verdaccio.yaml')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    registry.stderr!.on('data', (d) => (stderr += d));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer within 30 s')), 30_000);
      registry!.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr.slice(0, 500)}`)));
      createInterface({ input: registry!.stdout! }).on('line', (line) => {
        const m = /^\{"port":(\d+)\}$/.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
    });
    registryUrl = `http://127.0.0.1:${port}/`;
    const user = await fetch(`${registryUrl}-/user/org.couchdb.user:ci`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ci', password: 'ci-wachtwoord-123' }),
    });
    const { token } = (await user.json()) as { token: string };
    writeFileSync(join(work, 'npmrc'), `registry=${registryUrl}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
    chmodSync(join(work, 'npmrc'), 0o644);
  } catch (error) {
    startProblem = `the local registry (verdaccio) could not start: ${(error as Error).message}`;
    registry?.kill();
    return;
  }
  const home = openDir();
  const publish = sh(`npm publish ${JSON.stringify(tarball)}`, work, cleanEnv(home));
  if (publish.status !== 0) throw new Error(`npm publish to the local registry failed: ${publish.stderr}`);
}, 120_000);

afterAll(() => {
  registry?.kill('SIGTERM');
});

/** Skips a test with the reason when there is no registry. */
function needsRegistry(ctx: { skip: (note?: string) => void }) {
  if (startProblem) {
    console.warn(`install tests skipped: ${startProblem}`);
    ctx.skip(startProblem);
  }
}

describe(`installing ${SPEC} from a local registry`, () => {
  it('npx rlp-portfolio@<version> init, then check (first run compiles, the second uses the code cache)', (ctx) => {
    needsRegistry(ctx);
    const home = openDir();
    const env = cleanEnv(home);
    const dir = openDir();
    const init = sh(`npx --yes ${SPEC} init mijn-portfolio`, dir, env);
    expect(init.status, init.stderr).toBe(0);
    expect(existsSync(join(dir, 'mijn-portfolio', 'portfolio.yaml'))).toBe(true);
    const draft = sh(`npx --yes ${SPEC} check mijn-portfolio`, dir, env);
    expect(draft.status).toBe(1); // a fresh portfolio has errors
    const example = sh(`npx --yes ${SPEC} check ${JSON.stringify(EXAMPLE)}`, dir, env);
    expect(example.status, example.stderr).toBe(0);
    expect(readdirSync(join(home, '.cache', 'rlp-portfolio'))).toEqual([expect.stringMatching(/^cli-.*\.v8$/)]);
    const version = sh(`npx --yes ${SPEC} --version`, dir, env);
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('npm install --global rlp-portfolio with a user prefix, as a normal user (no root, no sudo)', (ctx) => {
    needsRegistry(ctx);
    const home = openDir();
    const prefix = join(home, '.npm-global');
    // As root (a container), run npm as "nobody" so that EACCES problems show; otherwise as ourselves.
    const asUser = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv') ? 'setpriv --reuid=65534 --regid=65534 --clear-groups ' : '';
    const env = cleanEnv(home, { npm_config_prefix: prefix, PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH}` });
    const install = sh(`${asUser}npm install --global ${pkg.name}`, home, env);
    expect(install.status, install.stderr).toBe(0);
    const check = sh(`${asUser}rlp check ${JSON.stringify(EXAMPLE)} --format json`, home, env);
    expect(check.status, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout).ok).toBe(true);
    expect(sh(`${asUser}rlp --version`, home, env).stdout.trim()).toBe(pkg.version);
  });

  it('npm install --omit=dev of the tarball: no other packages, import and require work', (ctx) => {
    needsRegistry(ctx);
    const home = openDir();
    const project = openDir();
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'gebruiker', private: true }));
    const env = cleanEnv(home);
    const install = sh(`npm install --omit=dev ${JSON.stringify(tarball)}`, project, env);
    expect(install.status, install.stderr).toBe(0);
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['rlp-portfolio']);
    const check = sh(`npx --no -- rlp check ${JSON.stringify(EXAMPLE)}`, project, env);
    expect(check.status, check.stderr).toBe(0);
    writeFileSync(join(project, 'a.mjs'), "import { checkPortfolio } from 'rlp-portfolio'; console.log(checkPortfolio(process.argv[2]).ok);");
    writeFileSync(join(project, 'b.cjs'), "const { checkPortfolio } = require('rlp-portfolio'); console.log(checkPortfolio(process.argv[2]).ok);");
    expect(sh(`node a.mjs ${JSON.stringify(EXAMPLE)} && node b.cjs ${JSON.stringify(EXAMPLE)}`, project, env).stdout).toBe('true\ntrue\n');
  });

  it('npm install git+file://… of a clone: npm installs the devDependencies there and prepare builds dist/', (ctx) => {
    needsRegistry(ctx);
    const repo = gitCopy();
    // In the clone itself, an install without devDependencies leaves dist/ unbuilt and says so, without failing.
    const bare = sh('npm ci --omit=dev --no-audit --no-fund', repo, { ...process.env, npm_config_update_notifier: 'false' });
    expect(bare.status, bare.stderr).toBe(0);
    expect(bare.stderr).toContain('devDependencies ontbreken');
    const project = tempDir();
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'gebruiker', private: true }));
    // The devDependencies come from the public registry (the machine's npm config and cache), as they would for a user.
    const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    const install = sh(`npm install --omit=dev ${JSON.stringify(`git+file://${repo}`)}`, project, env, 300_000);
    expect(install.status, install.stderr).toBe(0);
    expect(existsSync(join(project, 'node_modules', 'rlp-portfolio', 'dist', 'cli.cjs'))).toBe(true);
    expect(existsSync(join(project, 'node_modules', 'rlp-portfolio', 'src'))).toBe(false);
    const check = sh(`npx --no -- rlp check ${JSON.stringify(EXAMPLE)}`, project, env);
    expect(check.status, check.stderr).toBe(0);
  }, 300_000);
});

describe('the CI templates, run as their CI would run them', () => {
  it('GitHub: installs from the registry, writes annotations and a job summary; SARIF only when asked', (ctx) => {
    needsRegistry(ctx);
    const home = openDir();
    const repo = join(openDir(), 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    const prefix = join(home, 'global');
    const env = cleanEnv(home, { npm_config_prefix: prefix, PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH}` });
    // A fresh portfolio (errors) made by the published package, with its workflow.
    expect(sh(`npx --yes ${SPEC} init portfolio --ci github`, repo, env).status).toBe(0);
    const workflow = parse(readFileSync(join(repo, '.github', 'workflows', 'rlp.yml'), 'utf8'));
    const job = Object.values(workflow.jobs as Record<string, { env: Record<string, string>; steps: { run?: string; if?: string; name?: string; uses?: string }[] }>)[0]!;
    const summary = join(home, 'summary.md');
    writeFileSync(summary, '');
    const stepEnv = { ...env, ...job.env, GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: repo, RUNNER_TEMP: home };
    // Steps that run without RLP_SARIF set (the default), in order.
    const results = job.steps.filter((s) => s.run && !/RLP_SARIF/.test(s.if ?? '')).map((s) => ({ step: s, r: sh(s.run!, repo, stepEnv) }));
    const install = results.find(({ step }) => /npm install --global/.test(step.run!))!;
    expect(install.r.status, install.r.stderr).toBe(0);
    const failed = results.filter(({ r }) => r.status !== 0).map(({ step }) => step.name);
    expect(failed).toEqual([results.at(-1)!.step.name]); // only the last step fails the job
    const out = results.map(({ r }) => r.stdout).join('');
    expect(out).toMatch(/^::error file=portfolio\/casussen\/casus-1\.md,line=\d+/m);
    const md = readFileSync(summary, 'utf8');
    expect(md).toMatch(/^## /m);
    expect(md).toContain('portfolio/casussen/casus-1.md');
    expect(md).toMatch(/^### Dekking per casus$/m); // the coverage matrix
    // SARIF is only made when the repository asks for it (a variable), and then the upload step runs.
    expect(existsSync(join(repo, 'rlp.sarif'))).toBe(false);
    const sarif = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(sarif?.if).toMatch(/vars\.RLP_SARIF/);
    const makeSarif = job.steps.find((s) => s.run?.includes('--format sarif'))!;
    expect(makeSarif.if).toMatch(/vars\.RLP_SARIF/);
    expect(sh(makeSarif.run!, repo, stepEnv).status).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, 'rlp.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('GitLab: installs from the registry, writes a Code Quality report and a readable log', (ctx) => {
    needsRegistry(ctx);
    const home = openDir();
    const repo = join(openDir(), 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    const prefix = join(home, 'global');
    const env = cleanEnv(home, { npm_config_prefix: prefix, PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH}` });
    expect(sh(`npx --yes ${SPEC} init portfolio --ci gitlab`, repo, env).status).toBe(0);
    const pipeline = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8'));
    const job = pipeline.rlp as { variables: Record<string, string>; script: string[]; artifacts: { reports: { codequality: string } } };
    const jobEnv = { ...env, ...job.variables, CI: 'true' };
    const results = job.script.map((line) => ({ line, r: sh(line, repo, jobEnv) }));
    expect(results[0]!.r.status, results[0]!.r.stderr).toBe(0);
    expect(results.slice(0, -1).every(({ r }) => r.status === 0)).toBe(true);
    expect(results.at(-1)!.r.status).toBe(1); // the last line fails the job: errors
    const report = JSON.parse(readFileSync(join(repo, job.artifacts.reports.codequality), 'utf8')) as { location: { path: string } }[];
    expect(report.length).toBeGreaterThan(0);
    expect(report[0]!.location.path).toMatch(/^portfolio\//);
    expect(results.at(-1)!.r.stdout).toMatch(/casus-1\.md/);
  });
});

describe('the pre-commit hooks, installed by the pre-commit framework', () => {
  const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  it('rlp reports on a draft and lets it through; rlp-strict stops it', (ctx) => {
    if (skipReason) ctx.skip(`RLP_SKIP_INSTALL_TESTS: ${skipReason}`);
    if (preCommit.status !== 0) {
      console.warn('pre-commit hook test skipped: the pre-commit framework is not installed (apt-get install pre-commit)');
      ctx.skip('pre-commit is not installed');
    }
    const hooks = gitCopy();
    const rev = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: hooks, encoding: 'utf8' }).stdout.trim();
    const portfolio = join(tempDir(), 'portfolio');
    const env = { ...process.env, PRE_COMMIT_HOME: join(tempDir(), 'pre-commit'), npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' };
    mkdirSync(portfolio);
    expect(sh(`git init -q && ${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'bin', 'rlp.js'))} init . >/dev/null`, portfolio, env).status).toBe(0);
    const config = (id: string) => `repos:\n  - repo: ${JSON.stringify(hooks)}\n    rev: ${rev}\n    hooks:\n      - id: ${id}\n`;
    writeFileSync(join(portfolio, '.pre-commit-config.yaml'), config('rlp'));
    const soft = sh('git add -A && pre-commit run', portfolio, env, 300_000);
    expect(soft.status, soft.stdout + soft.stderr).toBe(0);
    expect(soft.stdout).toMatch(/Passed/);
    expect(soft.stdout).toContain('Nog niet klaar');
    writeFileSync(join(portfolio, '.pre-commit-config.yaml'), config('rlp-strict'));
    const strict = sh('git add -A && pre-commit run', portfolio, env, 300_000);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/Failed/);
  }, 400_000);
});
