/**
 * Issue 11, item 2: bounded work. Small files that crashed rlp (stack exhausted) or stalled it
 * (minutes, gigabytes) give a finding at the right place within seconds, in every format; a
 * group run isolates each portfolio, so one that cannot be checked is a row with its own error
 * and the JSON document stays whole.
 */
import { appendFileSync, chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCohort } from '../src/cohort.js';
import { formatters } from '../src/format/index.js';
import { withinBudget } from '../src/load/index.js';
import type { LoadProblem } from '../src/types.js';
import { EXAMPLE, rlp, tempDir, variant } from './helpers.js';
import { checkFiles, memoryVariant } from './memory-variant.js';
import type { Files } from './rule-tester.js';

const C1 = 'casussen/casus-1.md';

/** The example in memory with `text` appended to casus-1.md; returns the files and the line the text starts on. */
function withCaseText(text: string): { files: Files; line: number } {
  const files = memoryVariant();
  const before = files[C1]!.toString();
  files[C1] = `${before}\n${text}\n`;
  return { files, line: before.split('\n').length + 1 };
}

/** Runs `check` and returns its report and how long it took (ms). */
function timed(files: Files) {
  const start = performance.now();
  const report = checkFiles(files);
  return { report, ms: performance.now() - start };
}

describe('nested emphasis (`*` × n, text, `*` × n)', () => {
  for (const kB of [16, 40, 80]) {
    it(`${kB} kB: a "te complex" warning at its line, in seconds, no crash`, () => {
      const n = (kB * 1024) / 2;
      const { files, line } = withCaseText(`${'*'.repeat(n)}tekst${'*'.repeat(n)}`);
      const { report, ms } = timed(files);
      expect(ms).toBeLessThan(10000);
      const found = report.diagnostics.filter((d) => d.rule === 'bestand/syntax');
      expect(found).toEqual([expect.objectContaining({ severity: 'warning', file: 'casussen/casus-1.md', line, messageId: 'simplified' })]);
    });
  }

  it('spaced emphasis runs (`*a ` × 13,000, `x`, ` a*` × 13,000) and the same in a heading', () => {
    for (const prefix of ['', '## ']) {
      const { files, line } = withCaseText(`${prefix}${'*a '.repeat(13000)}x${' a*'.repeat(13000)}`);
      const { report, ms } = timed(files);
      expect(ms).toBeLessThan(10000);
      expect(report.diagnostics.find((d) => d.rule === 'bestand/syntax')).toMatchObject({ line, severity: 'warning', messageId: 'simplified' });
    }
  });

  it('keeps quiet on ordinary bold, italics, `***` and a thematic break', () => {
    const { files } = withCaseText('Dit is **vet**, dit _cursief_ en dit ***allebei***.\n\n***\n\n* een lijst\n* met __twee__ punten');
    expect(checkFiles(files).diagnostics.filter((d) => d.rule === 'bestand/syntax')).toEqual([]);
  });
});

describe('pasted data and binary YAML', () => {
  it('a screenshot pasted as a base64 data URI of about 4 MB: checked, no finding for it, in seconds', () => {
    const { files } = withCaseText(`![schermafdruk](data:image/png;base64,${'iVBORw0KGgo'.repeat(380000)})`);
    const { report, ms } = timed(files);
    expect(ms).toBeLessThan(10000);
    expect(report.ok).toBe(true);
  });

  for (const kB of [13, 67]) {
    it(`a ${kB} kB portfolio.yaml that is one !!binary value: one finding at line 1, in seconds`, () => {
      const files = memoryVariant({ file: 'portfolio.yaml', content: `!!binary ${'QUJD'.repeat((kB * 1024) / 4)}\n` });
      const { report, ms } = timed(files);
      expect(ms).toBeLessThan(10000);
      const schema = report.diagnostics.filter((d) => d.rule === 'bestand/schema' && d.file === 'portfolio.yaml');
      expect(schema).toEqual([expect.objectContaining({ line: 1, severity: 'error' })]);
    });
  }

  it('a !!binary value of a key is one type finding at its line', () => {
    const files = memoryVariant({ file: 'portfolio.yaml', replace: ['kandidaat: Marieke Jansen', `kandidaat: !!binary ${'QUJD'.repeat(16000)}`] });
    const schema = checkFiles(files).diagnostics.filter((d) => d.rule === 'bestand/schema');
    expect(schema).toHaveLength(1);
    expect(schema[0]).toMatchObject({ file: 'portfolio.yaml', line: 6 });
    // The rendered sentence must stay short: the value is not repeated in it.
    expect(schema[0]!.message.length).toBeLessThan(400);
  });

  it('every format renders these reports whole, and the CLI exits 0 or 1', () => {
    // On disk: the CLI checks the folder.
    const dir = variant();
    appendFileSync(join(dir, C1), `\n${'*'.repeat(40000)}tekst${'*'.repeat(40000)}\n`);
    writeFileSync(join(dir, 'portfolio.yaml'), `!!binary ${'QUJD'.repeat(16000)}\n`);
    for (const format of Object.keys(formatters)) {
      const r = rlp(['check', dir, '--format', format]);
      expect([0, 1]).toContain(r.status);
      expect(r.stderr).toBe('');
      if (format === 'json' || format === 'sarif') expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });
});

describe('a per-file budget', () => {
  it('an exception while reading one file becomes "te complex om te lezen" for that file', () => {
    const problems: LoadProblem[] = [];
    const result = withinBudget('casussen/casus-1.md', problems, () => {
      const deep = (n: number): number => (n > 0 ? deep(n - 1) + 1 : 0);
      return deep(1e7);
    });
    expect(result).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ rule: 'bestand/syntax', messageId: 'tooComplex', file: 'casussen/casus-1.md', line: 1 })]);
  });

  it('a file that took longer than its time budget gets a "te complex" warning, and is still read', () => {
    const problems: LoadProblem[] = [];
    const value = withinBudget('motivatie.md', problems, () => {
      const until = performance.now() + 20;
      while (performance.now() < until);
      return 'gelezen';
    }, 5);
    expect(value).toBe('gelezen');
    expect(problems).toEqual([expect.objectContaining({ messageId: 'slow', severity: 'warning', file: 'motivatie.md' })]);
  });

  it('a file read within its budget adds nothing', () => {
    const problems: LoadProblem[] = [];
    expect(withinBudget('x.md', problems, () => 42)).toBe(42);
    expect(problems).toEqual([]);
  });
});

describe('group runs isolate each portfolio', () => {
  it('--alle with the crashing inputs among clean portfolios: every row there, the JSON whole, exit 1', () => {
    const base = tempDir();
    for (const name of ['a', 'b', 'c']) cpSync(EXAMPLE, join(base, name), { recursive: true });
    appendFileSync(join(base, 'b', 'casussen/casus-1.md'), `\n${'*'.repeat(40000)}tekst${'*'.repeat(40000)}\n`);
    writeFileSync(join(base, 'b', 'portfolio.yaml'), `!!binary ${'QUJD'.repeat(16750)}\n`);
    const r = rlp(['check', '--alle', base, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const reports = JSON.parse(r.stdout) as { portfolio: string; ok: boolean }[];
    expect(reports.map((x) => [x.portfolio, x.ok])).toEqual([['a', true], ['b', false], ['c', true]]);
  });

  it('a folder that is gone by the time its turn comes is a row with its own error; the JSON array is whole', async () => {
    const base = tempDir();
    for (const name of ['a', 'c']) cpSync(EXAMPLE, join(base, name), { recursive: true });
    let out = '';
    const status = await runCohort([join(base, 'a'), join(base, 'b'), join(base, 'c')], { format: 'json', lang: 'nl', color: false, check: {}, quiet: false }, (text) => {
      out += text;
    });
    expect(status).toBe(1);
    const reports = JSON.parse(out) as { portfolio: string; ok: boolean; diagnostics: { message: string }[] }[];
    expect(reports.map((r) => [r.portfolio, r.ok])).toEqual([['a', true], ['b', false], ['c', true]]);
    // Such a report has no message id (it is made outside the rules): its sentence is what there is to check.
    expect(reports[1]!.diagnostics[0]!.message).toContain('kon niet worden gecontroleerd');
  });

  it('the table names such a portfolio and says why, under its row', async () => {
    const base = tempDir();
    cpSync(EXAMPLE, join(base, 'a'), { recursive: true });
    let out = '';
    await runCohort([join(base, 'a'), join(base, 'weg')], { format: 'pretty', lang: 'en', color: false, check: { lang: 'en' }, quiet: false }, (text) => {
      out += text;
    });
    // The table as a user reads it (English): the wording is what is tested.
    expect(out).toMatch(/^weg\s+–\s+–\s+could not be checked\n\s+This portfolio could not be checked: The folder .* does not exist/m);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() !== 0)('an unreadable portfolio: alone exit 2 with its reason; in --alle a row, the JSON whole (as user nobody)', () => {
    const base = tempDir();
    chmodSync(base, 0o755);
    const group = join(base, 'groep');
    mkdirSync(group, { mode: 0o755 });
    for (const name of ['a', 'b']) cpSync(EXAMPLE, join(group, name), { recursive: true });
    for (const name of ['a', 'b']) chmodSync(join(group, name), 0o755);
    chmodSync(join(group, 'b'), 0o000);
    const nobody = { uid: 65534, gid: 65534, cwd: '/' };
    const alone = rlp(['check', join(group, 'b')], nobody);
    if (alone.status === null) return; // no such user here
    chmodSync(join(group, 'b'), 0o755);
    const readable = rlp(['check', join(group, 'b')], nobody);
    chmodSync(join(group, 'b'), 0o000);
    const all = rlp(['check', '--alle', group, '--format', 'json'], nobody);
    chmodSync(join(group, 'b'), 0o755);
    expect(alone.status).toBe(2);
    // What the CLI tells the user, as they see it.
    expect(alone.stderr).toContain('kan niet worden gelezen');
    expect(alone.stderr).not.toContain('portfolio.yaml ontbreekt');
    expect(alone.stderr).not.toMatch(/\n\s+at /);
    expect(readable.status, readable.stderr).toBe(0);
    expect(all.status).toBe(1);
    const reports = JSON.parse(all.stdout) as { portfolio: string; ok: boolean }[];
    expect(reports.map((r) => [r.portfolio, r.ok])).toEqual([['a', true], ['b', false]]);
  });
});
