/** Shared test helpers: variants of the example portfolio in temporary folders, and running the built CLI. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { applyEdits, makeVariant, type Edit } from '../scripts/defects.js';
import { checkPortfolio } from '../src/index.js';
import type { CheckOptions } from '../src/check.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXAMPLE = join(ROOT, 'fixtures', 'voorbeeld');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Every fixture portfolio: the example and each defective variant (absolute paths). */
export function fixtureDirs(): string[] {
  const defecten = join(ROOT, 'fixtures', 'defecten');
  return [EXAMPLE, ...readdirSync(defecten).sort().map((name) => join(defecten, name))];
}

/** A fresh temporary folder, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rlp-test-'));
  temps.push(dir);
  return dir;
}

/** A copy of the example portfolio with `edits` applied; returns its folder. */
export function variant(...edits: Edit[]): string {
  const dir = join(tempDir(), 'portfolio');
  makeVariant(ROOT, dir, edits);
  return dir;
}

/** Applies more edits to a folder. */
export { applyEdits };

/** Checks a folder with the API (fixed indiendatum of the example unless given). */
export function checkDir(dir: string, options: CheckOptions = {}) {
  return checkPortfolio(dir, options);
}

/** The diagnostics of one rule in a check of `dir`. */
export function findings(dir: string, rule: string, options: CheckOptions = {}) {
  return checkDir(dir, options).diagnostics.filter((d) => d.rule === rule);
}

/** Runs the built CLI (`bin/rlp.js`) as a user would. */
export function rlp(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: '1' };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'rlp.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...env, ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
