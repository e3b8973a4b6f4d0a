#!/usr/bin/env node
// `npm test` after the lint step: the type check (tsc --noEmit) and the tests (vitest) side by side,
// so that the type check fills the moments the two test workers leave a core idle. vitest's output
// streams as usual; the type check's output follows at the end. Fails when either fails.
// Extra arguments go to vitest (`npm test -- test/cli.test.ts`).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

const run = (args, stdio) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio });
    let out = '';
    child.stdout?.on('data', (chunk) => (out += chunk));
    child.stderr?.on('data', (chunk) => (out += chunk));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), out }));
  });

const [types, tests] = await Promise.all([
  run([tsc, '--noEmit'], ['ignore', 'pipe', 'pipe']),
  run([vitest, 'run', '--project', 'rlp', '--project', 'fs-mocks', ...process.argv.slice(2)], 'inherit'),
]);
if (types.out.trim()) process.stdout.write(`\n${types.out}`);
console.log(types.code === 0 ? 'tsc --noEmit: geen typefouten' : `tsc --noEmit: typefouten (exit ${types.code})`);
process.exit(tests.code || types.code);
