/**
 * Before any test: the built CLI and package (dist/) are made fresh when a source is newer than
 * them, so that no test runs a stale build, also when one test file is run on its own
 * (`npx vitest run test/cli.test.ts`). Tests of the core import src/ directly.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const SOURCES = ['src', 'schemas', 'templates', 'scripts/build.mjs', 'scripts/yaml-plugin.mjs', 'package.json', 'tsconfig.build.json'];
const BUILT = ['dist/index.js', 'dist/index.d.ts', 'dist/cli.cjs'];

/** Latest modification time under a path (ms); 0 when it is missing. */
function newest(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Oldest modification time of the built files; 0 when one is missing. */
function oldestBuilt(): number {
  const times = BUILT.map((file) => newest(join(ROOT, file)));
  return times.includes(0) ? 0 : Math.min(...times);
}

export default function setup(): void {
  const source = Math.max(...SOURCES.map((path) => newest(join(ROOT, path))));
  if (oldestBuilt() >= source) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
