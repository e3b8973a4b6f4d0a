/**
 * The package as npm publishes it (`npm pack`), its licence notices, and the V8 code cache that
 * bin/rlp.js keeps in the user's cache folder (never in the package).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLE, ROOT, tempDir } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('npm pack', () => {
  const pack = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  const [info] = JSON.parse(pack.stdout) as { size: number; unpackedSize: number; files: { path: string }[] }[];
  const files = info!.files.map((f) => f.path);

  it('is a public package under 1 MB with licence, notices, changelog and the bundle', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.name).toBe('rlp-portfolio');
    expect(info!.size).toBeLessThan(1_000_000);
    for (const f of ['LICENSE', 'THIRD-PARTY-NOTICES.md', 'CHANGELOG.md', 'README.md', 'bin/rlp.js', 'dist/cli.cjs', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'schemas/kader.yaml', 'templates/ci/github.yml']) {
      expect(files).toContain(f);
    }
  });
  it('ships no code cache, no sources, no tests and no fixtures', () => {
    expect(files.filter((f) => /\.(v8|cache)$|^(src|test|fixtures|scripts|bench)\//.test(f))).toEqual([]);
  });
  it('needs no runtime dependencies: the bundle requires only Node built-ins', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    const bundle = readFileSync(join(ROOT, 'dist', 'cli.cjs'), 'latin1');
    const required = [...bundle.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!);
    const builtins = new Set(require('node:module').builtinModules as string[]);
    expect(required.filter((r) => !r.startsWith('node:') && !builtins.has(r))).toEqual([]);
  });
  it('builds on pack (prepack), and on prepare (git installs) only when devDependencies are there', () => {
    expect(pkg.scripts.prepack).toMatch(/build/);
    expect(pkg.scripts.prepare).toBe('node scripts/prepare.mjs');
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.repository.url).toMatch(/^git\+https:\/\//);
  });
});

describe('.github/workflows/release.yml', () => {
  it('publishes on a version tag, after the tests, with provenance', () => {
    const wf = parse(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8'));
    expect(wf.on).toEqual({ push: { tags: ['v*'] } });
    expect(wf.permissions).toMatchObject({ 'id-token': 'write', contents: 'read' });
    const runs = (wf.jobs.publish.steps as { run?: string }[]).map((s) => s.run ?? '');
    const at = (re: RegExp) => runs.findIndex((r) => re.test(r));
    expect(at(/GITHUB_REF_NAME/)).toBeGreaterThanOrEqual(0);
    expect(at(/^npm test$/)).toBeGreaterThan(at(/^npm ci/));
    expect(at(/^npm publish --provenance/)).toBeGreaterThan(at(/^npm test$/));
  });
});

describe('THIRD-PARTY-NOTICES.md', () => {
  it('lists exactly the packages in the bundle (npm run notices)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'notices.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const notices = readFileSync(join(ROOT, 'THIRD-PARTY-NOTICES.md'), 'utf8');
    for (const name of ['commander', 'yaml', 'zod', 'micromark', 'csv-parse']) expect(notices).toMatch(new RegExp(`^\\| ${name} \\|`, 'm'));
    // devDependencies are not in the bundle
    expect(notices).not.toMatch(/^\| (vitest|esbuild|typescript) \|/m);
  });
});

/** Runs the built CLI from `root` (default: this checkout) with the given environment. */
function run(env: Record<string, string | undefined>, root = ROOT) {
  const e = { ...process.env, ...env };
  for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
  return spawnSync(process.execPath, [join(root, 'bin', 'rlp.js'), 'check', EXAMPLE, '--format', 'json'], { env: e as NodeJS.ProcessEnv, encoding: 'utf8' });
}
/** Whether bin/rlp.js in `root` loads the bundle with an accepted code cache. */
function cached(env: Record<string, string>, root = ROOT): boolean {
  const r = spawnSync(process.execPath, ['-p', `require(${JSON.stringify(join(root, 'bin', 'rlp.js'))}).load().cached`], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return r.stdout.trim() === 'true';
}

describe('code cache', () => {
  it('is written to the per-user cache folder after the first run and used from the second', () => {
    const dir = join(tempDir(), 'cache');
    expect(cached({ RLP_CACHE_DIR: dir })).toBe(false);
    expect(run({ RLP_CACHE_DIR: dir }).status).toBe(0);
    const names = readdirSync(dir);
    expect(names).toEqual([expect.stringMatching(new RegExp(`^cli-[0-9a-f]{16}-node${process.versions.node}-${process.arch}-[0-9a-f]{8}\\.v8$`))]);
    expect(cached({ RLP_CACHE_DIR: dir })).toBe(true);
    expect(existsSync(join(ROOT, 'dist', 'cli.cache'))).toBe(false);
  });
  it('follows XDG_CACHE_HOME (Linux) when no RLP_CACHE_DIR is set', () => {
    if (process.platform === 'win32' || process.platform === 'darwin') return;
    const xdg = tempDir();
    expect(run({ RLP_CACHE_DIR: undefined, XDG_CACHE_HOME: xdg }).status).toBe(0);
    expect(readdirSync(join(xdg, 'rlp-portfolio'))).toHaveLength(1);
    // A relative XDG_CACHE_HOME is ignored (XDG spec): then ~/.cache, here a temporary HOME.
    const home = tempDir();
    expect(run({ RLP_CACHE_DIR: undefined, XDG_CACHE_HOME: 'relatief', HOME: home }).status).toBe(0);
    expect(readdirSync(join(home, '.cache', 'rlp-portfolio'))).toHaveLength(1);
  });
  it('keeps a separate cache per V8 flags, and none at all with RLP_CACHE_DIR=off', () => {
    const dir = join(tempDir(), 'cache');
    run({ RLP_CACHE_DIR: dir });
    run({ RLP_CACHE_DIR: dir, NODE_OPTIONS: '--max-old-space-size=200' });
    expect(readdirSync(dir)).toHaveLength(2);
    const home = tempDir();
    expect(run({ RLP_CACHE_DIR: 'off', XDG_CACHE_HOME: home }).status).toBe(0);
    expect(readdirSync(home)).toEqual([]);
  });
  it('works from a read-only install: the cache goes to the user folder, the package is untouched', () => {
    const install = join(tempDir(), 'rlp-portfolio');
    mkdirSync(install);
    for (const f of ['bin', 'dist', 'schemas', 'templates', 'package.json']) cpSync(join(ROOT, f), join(install, f), { recursive: true });
    const before = readdirSync(join(install, 'dist')).sort();
    spawnSync('chmod', ['-R', 'a-w', install]);
    const dir = join(tempDir(), 'cache');
    try {
      expect(run({ RLP_CACHE_DIR: dir }, install).status).toBe(0);
      expect(cached({ RLP_CACHE_DIR: dir }, install)).toBe(true);
      expect(readdirSync(join(install, 'dist')).sort()).toEqual(before);
    } finally {
      spawnSync('chmod', ['-R', 'u+w', install]);
    }
  });
  it('still runs when the cache folder cannot be made (a file is in the way)', () => {
    const blocker = join(tempDir(), 'bestand');
    require('node:fs').writeFileSync(blocker, '');
    const r = run({ RLP_CACHE_DIR: join(blocker, 'cache') });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(statSync(blocker).isFile()).toBe(true);
  });
});
