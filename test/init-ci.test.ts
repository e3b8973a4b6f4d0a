/** `rlp init --ci github|gitlab`: a workflow that is valid YAML and runs the check; the pre-commit hook definition. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rlp, ROOT, tempDir } from './helpers.js';

interface Step {
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
    expect(workflow.permissions).toMatchObject({ 'security-events': 'write' });
    const job = Object.values(workflow.jobs)[0] as { env: Record<string, string>; steps: Step[] };
    expect(job.env.PORTFOLIO).toBe('.');
    const steps = job.steps;
    expect(steps.some((s) => /^npm install --global rlp-portfolio@\d+\.\d+\.\d+/.test(s.run ?? ''))).toBe(true);
    expect(steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))?.with).toMatchObject({ sarif_file: 'rlp.sarif' });
    const checks = steps.filter((s) => s.run?.startsWith('rlp check'));
    expect(checks.length).toBe(2);
    // The new portfolio still has errors: making the SARIF succeeds, the last step fails the job.
    const sarif = runStep(checks[0]!.run!, dir, job.env);
    expect(sarif.status, sarif.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'rlp.sarif'), 'utf8')).version).toBe('2.1.0');
    const last = runStep(checks[1]!.run!, dir, job.env);
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
  it('writes .gitlab-ci.yml for merge requests and pushes that keeps the JSON report', () => {
    const dir = tempDir();
    expect(rlp(['init', dir, '--ci', 'gitlab']).status).toBe(0);
    const pipeline = parse(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8'));
    expect(JSON.stringify(pipeline.workflow.rules)).toContain('merge_request_event');
    expect(pipeline.rlp.artifacts).toMatchObject({ when: 'always', paths: ['rlp-rapport.json'] });
    const script = pipeline.rlp.script as string[];
    expect(script.at(-1)).toBe('rlp check "$PORTFOLIO"');
    const json = runStep(script[1]!, dir, pipeline.rlp.variables);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'rlp-rapport.json'), 'utf8')).ok).toBe(false);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('defines a node hook that runs rlp check once per commit', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks).toEqual([expect.objectContaining({ id: 'rlp', entry: 'rlp check', language: 'node', pass_filenames: false })]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin.rlp).toBeTruthy();
  });
});
