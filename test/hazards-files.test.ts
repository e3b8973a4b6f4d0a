/**
 * Hostile and messy input, hazards 8–9 of issue 6: resource limits (YAML alias bombs and deep
 * nesting, Markdown that costs the parser quadratic time, huge pastes) and the files themselves
 * (symlinks out of the folder and in loops, pipes, folders where files belong, unreadable and
 * missing files, each file read once). The resource limits are checked on portfolios in memory
 * (nothing about the disk matters there); the files and paths, and a file over 10 MB, on disk.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseDate } from '../src/dates.js';
import { loadPortfolio } from '../src/rulesets/index.js';
import { checkDir, EXAMPLE, HAZARDS, rlp, tempDir, variant } from './helpers.js';
import { checkFiles, memoryVariant } from './memory-variant.js';
import { type Files, portfolioOf } from './rule-tester.js';
import { memoryHazard } from './tests-b-helpers.js';

/** Every path opened or read whole (openSync, readFileSync), to prove each file is read once. */
const opened = vi.hoisted(() => [] as string[]);
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const openSync = (...args: Parameters<typeof fs.openSync>) => {
    opened.push(String(args[0]));
    return fs.openSync(...args);
  };
  const readFileSync = ((...args: Parameters<typeof fs.readFileSync>) => {
    opened.push(String(args[0]));
    return fs.readFileSync(...args);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, openSync, readFileSync }, openSync, readFileSync };
});

const C1 = 'casussen/casus-1.md';
const DATUM = { datum: parseDate('2026-12-01')! };
const diagnostics = (dir: string) => checkDir(dir, DATUM).diagnostics;
/** The findings of a portfolio held in memory. */
const memoryDiagnostics = (files: Files) => checkFiles(files, DATUM).diagnostics;
/** The findings of the bestand/* rules: what the loader made of the files (rules of the parts may add their own view, such as B2/cv). */
const fileFindings = (dir: string) => diagnostics(dir).filter((d) => d.rule.startsWith('bestand/'));
/** Runs `fn` and returns its result with the time it took (ms). */
function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}
const exampleSections = () => loadPortfolio(EXAMPLE).cases[0]!.sections.map((s) => s.title);
/** The example in memory, casus-1 with `text` as a new paragraph in the section of task 3 (after line 39). */
function pasted(text: string): Files {
  const files = memoryVariant();
  const lines = files[C1]!.toString().split('\n');
  files[C1] = [...lines.slice(0, 39), '', text, ...lines.slice(39)].join('\n');
  return files;
}

describe('8. resource limits', () => {
  it('a YAML alias bomb fails fast, with one small finding and flat memory', () => {
    const heap = process.memoryUsage().heapUsed;
    const [report, ms] = timed(() => checkFiles(memoryHazard('08-limits/alias-bomb'), DATUM));
    expect(ms).toBeLessThan(2000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(100 * 1024 * 1024);
    expect(report.diagnostics).toMatchObject([{ rule: 'bestand/syntax', file: C1, messageId: 'aliases' }]);
    expect(JSON.stringify(report).length).toBeLessThan(20_000);
  });

  it('YAML nested 5,000 deep is one finding; the rest is checked', () => {
    expect(memoryDiagnostics(memoryHazard('08-limits/deep-yaml'))).toMatchObject([{ rule: 'bestand/syntax', file: C1, messageId: 'tooDeep' }]);
  });

  it('10,000 unknown keys: fast, and at most 50 findings for the file plus a count of the rest', () => {
    const [found, ms] = timed(() => memoryDiagnostics(memoryHazard('08-limits/many-keys')));
    expect(ms).toBeLessThan(5000);
    expect(found).toHaveLength(51);
    expect(found.filter((d) => d.messageId === 'unknownKey')).toHaveLength(50);
    expect(found.filter((d) => d.messageId === 'more')).toMatchObject([{ rule: 'bestand/schema', file: C1, line: 62, args: { count: 9950 } }]);
  });

  it.each([
    ['20,000 nested >', '08-limits/deep-quote'],
    ['40,000 [a](', '08-limits/link-openers'],
  ])('%s: one warning at its line, all sections still found, in seconds', (_, scenario) => {
    const files = memoryHazard(scenario);
    const [found, ms] = timed(() => memoryDiagnostics(files));
    expect(ms).toBeLessThan(5000);
    expect(found).toMatchObject([{ rule: 'bestand/syntax', severity: 'warning', file: C1, line: 41, messageId: 'simplified' }]);
    expect(portfolioOf(files).cases[0]!.sections.map((s) => s.title)).toEqual(exampleSections());
  });

  it.each([
    ['a list nested 400 deep by indentation', Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- punt`).join('\n')],
    ['15,000 lines lazily continuing a quote', `> citaat\n${'geplakte regel\n'.repeat(15000)}`],
    ['20,000 list markers on one line', `${'- '.repeat(20000)}punt`],
    ['a flat list of 20,000 items with sub-items', Array.from({ length: 10000 }, () => '- punt\n  - sub').join('\n')],
  ])('%s: bounded time, one warning', (_, text) => {
    const files = pasted(text);
    const [found, ms] = timed(() => memoryDiagnostics(files));
    expect(ms).toBeLessThan(5000);
    expect(found).toMatchObject([{ rule: 'bestand/syntax', severity: 'warning', file: C1, messageId: 'simplified' }]);
    expect(found[0]!.line).toBeGreaterThanOrEqual(41);
  });

  it('a 4 MB image pasted into a case is fine, and fast', () => {
    const image = `![scan van het gesprek](data:image/png;base64,${Buffer.alloc(3 * 1024 * 1024, 7).toString('base64')})`;
    const files = pasted(image);
    const [found, ms] = timed(() => memoryDiagnostics(files));
    expect(found).toEqual([]);
    expect(ms).toBeLessThan(1500);
  });

  it('more than 256 kB of text is not parsed: one finding, the other files are checked', () => {
    const files = pasted('Een zin die te vaak geplakt is. '.repeat(10000));
    expect(memoryDiagnostics(files).filter((d) => d.rule.startsWith('bestand/'))).toMatchObject([{ file: C1, messageId: 'textTooLarge', args: { size: 333, limit: 256 } }]);
    expect(portfolioOf(files).cases.map((c) => c.file)).toEqual(['casussen/casus-2.md']);
  });

  // On disk: the size limit is the file reader's, before any byte is read.
  it('a file over 10 MB is not read', () => {
    const dir = variant();
    writeFileSync(join(dir, C1), Buffer.alloc(11 * 1024 * 1024, 'a'));
    expect(diagnostics(dir).filter((d) => d.file === C1)).toMatchObject([{ rule: 'bestand/syntax', messageId: 'tooLarge', args: { size: 11 } }]);
  });
});

describe('9. files and paths', () => {
  const outside = () => {
    const file = join(tempDir(), 'geheim.md');
    writeFileSync(file, readFileSync(join(HAZARDS, '09-files/outside/geheim.md')));
    return file;
  };

  it('a symlink out of the folder is reported and never read', () => {
    const dir = variant();
    const secret = outside();
    symlinkSync(secret, join(dir, 'casussen/casus-3.md'));
    rmSync(join(dir, 'bewijs/cv.pdf'));
    symlinkSync(secret, join(dir, 'bewijs/cv.pdf'));
    opened.length = 0;
    const found = fileFindings(dir);
    expect(found).toMatchObject([
      { rule: 'bestand/bewijs', file: 'casussen/casus-3.md', messageId: 'outside', args: { path: 'casussen/casus-3.md' } },
      { rule: 'bestand/bewijs', file: 'portfolio.yaml', line: 48, messageId: 'outside', args: { path: 'bewijs/cv.pdf' } },
    ]);
    expect(opened.filter((p) => p.includes('geheim'))).toEqual([]);
  });

  it('a path with .. out of the folder is reported at its line', () => {
    const dir = variant({ file: 'portfolio.yaml', replace: ['cv: bewijs/cv.pdf', 'cv: ../../etc/passwd'] });
    expect(fileFindings(dir)).toMatchObject([{ rule: 'bestand/bewijs', file: 'portfolio.yaml', line: 48, messageId: 'outside', args: { path: '../../etc/passwd' } }]);
  });

  it('symlink loops and broken links are reported without hanging; a second name for a case counts once', () => {
    const dir = variant();
    symlinkSync('lus.md', join(dir, 'casussen/lus.md'));
    symlinkSync('weg.md', join(dir, 'casussen/kapot.md'));
    symlinkSync('casus-1.md', join(dir, 'casussen/casus-1-kopie.md'));
    rmSync(join(dir, 'bewijs/cv.pdf'));
    symlinkSync('cv.pdf', join(dir, 'bewijs/cv.pdf'));
    const [found, ms] = timed(() => fileFindings(dir));
    expect(ms).toBeLessThan(2000);
    expect(found).toMatchObject([
      { file: 'casussen/casus-1-kopie.md', messageId: 'sameFile', args: { path: 'casussen/casus-1-kopie.md', other: C1 } },
      { file: 'casussen/kapot.md', messageId: 'brokenLink', args: { path: 'casussen/kapot.md' } },
      { file: 'casussen/lus.md', messageId: 'loop', args: { path: 'casussen/lus.md' } },
      { file: 'portfolio.yaml', line: 48, messageId: 'loop', args: { path: 'bewijs/cv.pdf' } },
    ]);
    expect(found).toHaveLength(4);
    expect(loadPortfolio(dir).cases.map((c) => c.file)).toEqual([C1, 'casussen/casus-2.md']);
  });

  it('a casussen folder that loops onto itself is reported', () => {
    const dir = variant();
    rmSync(join(dir, 'casussen'), { recursive: true });
    symlinkSync('casussen', join(dir, 'casussen'));
    expect(fileFindings(dir)).toMatchObject([{ file: 'casussen', messageId: 'loop', args: { path: 'casussen' } }]);
  });

  it('folders where files belong, and a file where the casussen folder belongs', () => {
    const dir = variant();
    for (const file of ['casussen/casus-3.md', 'motivatie.md', 'bewijs/cv.pdf']) {
      rmSync(join(dir, file), { force: true });
      mkdirSync(join(dir, file));
    }
    expect(fileFindings(dir).map((d) => [d.rule, d.file, d.messageId, d.args])).toEqual([
      ['bestand/bewijs', 'casussen/casus-3.md', 'isFolder', { path: 'casussen/casus-3.md' }],
      ['bestand/bewijs', 'portfolio.yaml', 'isFolder', { path: 'bewijs/cv.pdf' }],
      ['bestand/bewijs', 'portfolio.yaml', 'isFolder', { path: 'motivatie.md' }],
    ]);
    const other = variant();
    rmSync(join(other, 'portfolio.yaml'));
    mkdirSync(join(other, 'portfolio.yaml'));
    rmSync(join(other, 'casussen'), { recursive: true });
    writeFileSync(join(other, 'casussen'), 'geen map');
    expect(fileFindings(other).map((d) => [d.file, d.messageId, d.args])).toEqual([
      ['casussen', 'notAFolder', { path: 'casussen' }],
      ['portfolio.yaml', 'isFolder', { path: 'portfolio.yaml' }],
    ]);
  });

  it.skipIf(process.platform === 'win32')('a named pipe does not block the check', () => {
    const dir = variant();
    rmSync(join(dir, 'portfolio.yaml'));
    for (const file of ['portfolio.yaml', 'casussen/casus-3.md']) expect(spawnSync('mkfifo', [join(dir, file)]).status).toBe(0);
    const [found, ms] = timed(() => fileFindings(dir));
    expect(ms).toBeLessThan(2000);
    expect(found.map((d) => [d.file, d.messageId])).toEqual([
      ['casussen/casus-3.md', 'notAFile'],
      ['portfolio.yaml', 'notAFile'],
    ]);
  });

  it.skipIf(process.platform === 'win32')('an unreadable file is a finding, also when run as root (then as user nobody)', () => {
    const base = tempDir();
    chmodSync(base, 0o755);
    const dir = join(base, 'portfolio');
    rmSync(dir, { recursive: true, force: true });
    const source = variant();
    spawnSync('cp', ['-r', source, dir]);
    chmodSync(join(dir, C1), 0o000);
    const asRoot = process.getuid?.() === 0;
    const r = rlp(['check', dir, '--format', 'json'], asRoot ? { uid: 65534, gid: 65534 } : {});
    if (asRoot && r.status === null) return; // no such user here: nothing to prove
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.diagnostics.filter((d: { file?: string }) => d.file === C1)).toMatchObject([{ rule: 'bestand/bewijs', messageId: 'unreadable', args: { path: C1 } }]);
  });

  // CLI output as a user sees it: the assertions are on the text on purpose.
  it('an empty folder gets findings that point to rlp init, with exit status 1', () => {
    const r = rlp(['check', tempDir()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('portfolio.yaml ontbreekt');
    expect(r.stdout).toContain("'rlp init'");
  });

  it('each file is opened once', () => {
    opened.length = 0;
    checkDir(EXAMPLE);
    const mine = opened.filter((p) => p.startsWith(EXAMPLE));
    expect(mine.length).toBeGreaterThan(10);
    expect(mine.filter((p, i) => mine.indexOf(p) !== i)).toEqual([]);
  });
});
