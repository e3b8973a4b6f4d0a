/** The typed programmatic API as a user installs it: `import { checkPortfolio } from 'rlp-portfolio'`, with dist/index.d.ts. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT, tempDir } from './helpers.js';

/** A project that depends on the built package (linked as node_modules/rlp-portfolio). */
function consumer(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'rlp-portfolio'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const USE = `import { checkPortfolio, formatters, type Diagnostic, type Report } from 'rlp-portfolio';

const report: Report = checkPortfolio(process.argv[2] ?? '.', { lang: 'en' });
const first: Diagnostic | undefined = report.diagnostics[0];
const errors: number = report.summary.errors;
const sarif: string = formatters.sarif!(report, { lang: 'en', color: false, pathPrefix: 'portfolio/' });
// @ts-expect-error the report has no field 'fouten': the types are real, not any
report.summary.fouten;
// @ts-expect-error lang is 'nl' | 'en'
checkPortfolio('.', { lang: 'de' });
console.log(JSON.stringify({ ok: report.ok, errors, first: first?.rule ?? null, sarif: JSON.parse(sarif).version }));
`;

describe('the package entry', () => {
  it('type-checks a consumer against dist/index.d.ts', () => {
    const dir = consumer({
      'use.ts': USE,
      'tsconfig.json': JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')] },
        files: ['use.ts'],
      }),
    });
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('type-checks a CommonJS consumer (require) against the same declarations', () => {
    const dir = consumer({
      'use.cts': `import rlp = require('rlp-portfolio');
const report: rlp.Report = rlp.checkPortfolio('.', { lang: 'en' });
// @ts-expect-error the report has no field 'fouten'
report.summary.fouten;
console.log(report.ok);
`,
      'tsconfig.json': JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')] },
        files: ['use.cts'],
      }),
    });
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('runs: import { checkPortfolio } from the package name', () => {
    const dir = consumer({
      'use.mjs': `import { checkPortfolio, formatters } from 'rlp-portfolio';
const report = checkPortfolio(process.argv[2]);
console.log(JSON.stringify({ ok: report.ok, errors: report.summary.errors, sarif: JSON.parse(formatters.sarif(report, { lang: 'nl', color: false })).version }));
`,
    });
    const r = spawnSync(process.execPath, ['use.mjs', EXAMPLE], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, errors: 0, sarif: '2.1.0' });
  });
  it('runs: require() of the package name gives the same API (CommonJS consumers)', () => {
    const dir = consumer({
      'use.cjs': `const rlp = require('rlp-portfolio');
const report = rlp.checkPortfolio(process.argv[2]);
console.log(JSON.stringify({ ok: report.ok, errors: report.summary.errors, main: typeof rlp.main, loadCache: typeof rlp.LoadCache }));
`,
    });
    const r = spawnSync(process.execPath, ['use.cjs', EXAMPLE], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    // The CLI's own entry (main) is not part of the API.
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, errors: 0, main: 'undefined', loadCache: 'function' });
  });
  it('import and require expose the same names', () => {
    const dir = consumer({
      'names.mjs': `import * as esm from 'rlp-portfolio';
import { createRequire } from 'node:module';
const cjs = createRequire(import.meta.url)('rlp-portfolio');
console.log(JSON.stringify([Object.keys(esm).sort(), Object.keys(cjs).sort()]));
`,
    });
    const r = spawnSync(process.execPath, ['names.mjs'], { cwd: dir, encoding: 'utf8' });
    const [esm, cjs] = JSON.parse(r.stdout) as string[][];
    expect(esm).toEqual(cjs);
    expect(esm).toContain('checkPortfolio');
  });
});
