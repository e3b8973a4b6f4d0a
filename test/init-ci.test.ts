/** `rlp init --ci github|gitlab`: a workflow that is valid YAML and runs the check; the pre-commit hook definition. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rlp, ROOT, tempDir } from './helpers.js';

interface Step {
  if?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

/** Runs a workflow's shell line as CI would (bash -e), with `rlp` being the built CLI. */
function runStep(line: string, cwd: string, env: Record<string, string>) {
  const script = `rlp() { "${process.execPath}" "${join(ROOT, 'bin', 'rlp.js')}" "$@"; }\nset -e\n${line}`;
  return spawnSync('bash', ['-c', script], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
}

describe('rlp init --ci github', () => {
  it('writes a workflow in a fresh folder that is valid YAML, runs on push and pull request, and checks', () => {
    const dir = join(tempDir(), 'portfolio');
    const r = rlp(['init', dir, '--ci', 'github']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('.github/workflows/rlp.yml');
    const workflow = parse(readFileSync(join(dir, '.github/workflows/rlp.yml'), 'utf8'));
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    const job = Object.values(workflow.jobs)[0] as { env: Record<string, string>; steps: Step[] };
    expect(job.env.PORTFOLIO).toBe('.');
    const steps = job.steps;
    expect(steps.some((s) => /^npm install --global rlp-portfolio@\d+\.\d+\.\d+/.test(s.run ?? ''))).toBe(true);
    // Pinned major versions of the actions, and Node's current LTS.
    expect(steps.filter((s) => s.uses).map((s) => s.uses)).toEqual(['actions/checkout@v5', 'actions/setup-node@v5', 'github/codeql-action/upload-sarif@v4']);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with).toEqual({ 'node-version': 'lts/*' });
    // SARIF (code scanning, not available to most private repositories) only when the repository asks for it.
    const sarifSteps = steps.filter((s) => s.run?.includes('--format sarif') || s.uses?.includes('upload-sarif'));
    expect(sarifSteps).toHaveLength(2);
    for (const s of sarifSteps) expect(s.if).toMatch(/vars\.RLP_SARIF == 'true'/);
    const always = steps.filter((s) => s.run?.startsWith('rlp check') && !s.if);
    expect(always.map((s) => s.run)).toEqual([
      'rlp check "$PORTFOLIO" --format markdown >> "$GITHUB_STEP_SUMMARY" || [ $? -eq 1 ]',
      'rlp check "$PORTFOLIO" --format github',
    ]);
    // The new portfolio still has errors: the summary step succeeds and writes Markdown, the last step fails the job.
    const summary = join(tempDir(), 'summary.md');
    const first = runStep(always[0]!.run!, dir, { ...job.env, GITHUB_STEP_SUMMARY: summary });
    expect(first.status, first.stderr).toBe(0);
    expect(readFileSync(summary, 'utf8')).toMatch(/^## ❌ Portfolio/);
    const last = runStep(always[1]!.run!, dir, job.env);
    expect(last.status).toBe(1);
    expect(last.stdout).toMatch(/^::error file=casussen\/casus-1\.md,line=\d+/m);
  });
  it('puts the workflow at the repository root and names the portfolio folder from there', () => {
    const repo = tempDir();
    mkdirSync(join(repo, '.git'));
    const dir = join(repo, 'portfolios', 'mijn portfolio');
    expect(rlp(['init', dir, '--ci', 'github']).status).toBe(0);
    const workflow = parse(readFileSync(join(repo, '.github/workflows/rlp.yml'), 'utf8'));
    const job = Object.values(workflow.jobs)[0] as { env: Record<string, string>; steps: Step[] };
    expect(job.env.PORTFOLIO).toBe('portfolios/mijn portfolio');
    const last = runStep(job.steps.at(-1)!.run!, repo, job.env);
    expect(last.stdout).toMatch(/^::error file=portfolios\/mijn portfolio\/casussen\/casus-1\.md,/m);
  });
  it('never overwrites an existing workflow, and refuses an unknown platform', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(join(dir, '.github/workflows/rlp.yml'), 'eigen\n');
    const r = rlp(['init', dir, '--ci', 'github']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Bestond al[\s\S]*\.github\/workflows\/rlp\.yml/);
    expect(readFileSync(join(dir, '.github/workflows/rlp.yml'), 'utf8')).toBe('eigen\n');
    expect(rlp(['init', tempDir(), '--ci', 'jenkins']).status).toBe(2);
  });
  it('writes no workflow without --ci', () => {
    const dir = tempDir();
    rlp(['init', dir]);
    expect(existsSync(join(dir, '.github'))).toBe(false);
    expect(existsSync(join(dir, 'ci'))).toBe(false);
  });
});

describe('rlp init --ci gitlab', () => {
  it('writes .gitlab-ci.yml for merge requests and pushes with a Code Quality report and the JSON report', () => {
    const dir = tempDir();
    expect(rlp(['init', dir, '--ci', 'gitlab']).status).toBe(0);
    const pipeline = parse(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8'));
    expect(JSON.stringify(pipeline.workflow.rules)).toContain('merge_request_event');
    expect(pipeline.rlp.image).toBe('node:lts');
    expect(pipeline.rlp.artifacts).toMatchObject({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' }, paths: ['rlp-rapport.json'] });
    const script = pipeline.rlp.script as string[];
    expect(script.at(-1)).toBe('rlp check "$PORTFOLIO"');
    for (const line of script.slice(1, -1)) {
      const r = runStep(line, dir, pipeline.rlp.variables);
      expect(r.status, r.stderr).toBe(0);
    }
    const issues = JSON.parse(readFileSync(join(dir, 'gl-code-quality-report.json'), 'utf8'));
    expect(issues[0]).toMatchObject({ check_name: expect.any(String), severity: expect.stringMatching(/^(major|minor|info)$/), location: { path: expect.any(String), lines: { begin: expect.any(Number) } } });
    expect(JSON.parse(readFileSync(join(dir, 'rlp-rapport.json'), 'utf8')).ok).toBe(false);
    // The log: the readable report, in colour (GitLab shows colour), exit status 1.
    const log = runStep(script.at(-1)!, dir, pipeline.rlp.variables);
    expect(log.status).toBe(1);
    expect(log.stdout).toMatch(/\x1b\[[0-9;]*m/);
    expect(log.stdout).toContain('Nog niet klaar');
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('defines a reporting hook (the default) and a strict one, both node hooks running once per commit', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks).toEqual([
      expect.objectContaining({ id: 'rlp', entry: 'rlp-pre-commit', language: 'node', pass_filenames: false, verbose: true }),
      expect.objectContaining({ id: 'rlp-strict', entry: 'rlp check', language: 'node', pass_filenames: false }),
    ]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    // rlp-portfolio (the package's name) is what `npx rlp-portfolio@<version>` runs when a package has several commands.
    expect(pkg.bin).toEqual({ rlp: 'bin/rlp.js', 'rlp-portfolio': 'bin/rlp.js', 'rlp-pre-commit': 'bin/rlp-pre-commit.js' });
  });
  it('rlp-pre-commit shows the report of a draft but lets the commit through; it stops only when it cannot check', () => {
    const dir = tempDir();
    rlp(['init', dir]);
    const bin = join(ROOT, 'bin', 'rlp-pre-commit.js');
    const draft = spawnSync(process.execPath, [bin, dir], { encoding: 'utf8' });
    expect(draft.status).toBe(0);
    expect(draft.stdout).toContain('Nog niet klaar');
    expect(rlp(['check', dir]).status).toBe(1); // what rlp-strict runs
    const missing = spawnSync(process.execPath, [bin, join(dir, 'bestaat-niet')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    const strict = spawnSync(process.execPath, [bin, dir, '--onbekend'], { encoding: 'utf8' });
    expect(strict.status).toBe(2);
  });
});
