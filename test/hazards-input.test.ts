/**
 * Hostile and messy input, hazards 1–7 of issue 6: code in front-matter, one YAML parser, dates,
 * broken fences, encodings and invisible characters, line numbers, identical files. Each
 * scenario is a folder under test/fixtures/hazards/ laid over a copy of the example portfolio
 * (see `hazard()`); where a naive reader is at hand (gray-matter with js-yaml, `new Date`), a test
 * shows that the fixture really trips it. Scenarios about what is in a file (front-matter, YAML,
 * dates) are laid over the example in memory; encodings, file names on disk, line ends as written
 * and the CLI use a copy on disk.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { loadPortfolio } from '../src/rulesets/index.js';
import { parseDate } from '../src/dates.js';
import { applyEdits, checkDir, EXAMPLE, hazard, HAZARDS, rlp } from './helpers.js';
import { checkFiles } from './memory-variant.js';
import { type Files, portfolioOf } from './rule-tester.js';
import { memoryHazard } from './tests-b-helpers.js';

const C1 = 'casussen/casus-1.md';
const C2 = 'casussen/casus-2.md';
const DATUM = { datum: parseDate('2026-12-01')! };
const fixture = (path: string) => readFileSync(join(HAZARDS, path));
const only = (dir: string) => checkDir(dir, DATUM).diagnostics;
/** The findings of a portfolio held in memory. */
const inMemory = (files: Files) => checkFiles(files, DATUM).diagnostics;

describe('1. code in front-matter is refused as data, never run', () => {
  const marker = (name: string) => join(tmpdir(), `rlp-hazard-${name}.marker`);

  it.each(['js', 'JS', 'javascript', 'coffee'])('---%s: one finding on line 1, payload not run, the rest checked', (name) => {
    rmSync(marker(name), { force: true });
    expect(inMemory(memoryHazard(`01-code/${name}`))).toMatchObject([
      { rule: 'bestand/syntax', file: C1, line: 1, messageId: 'codeFence', args: { fence: expect.stringMatching(new RegExp(`^--- ?${name}$`)) } },
    ]);
    expect(existsSync(marker(name))).toBe(false);
  });

  it('the payloads are live: gray-matter runs them, even with engines.js switched off', () => {
    for (const name of ['js', 'JS', 'javascript']) {
      rmSync(marker(name), { force: true });
      matter(fixture(`01-code/${name}/${C1}`).toString('utf8'), { engines: { js: false } } as never);
      expect(existsSync(marker(name)), name).toBe(true);
      rmSync(marker(name), { force: true });
    }
  });
});

describe('2. one YAML parser (yaml, YAML 1.2 core) for every file', () => {
  it('keeps 10:00 and dates as text, and asks to quote a number in a text field, as written', () => {
    const files = memoryHazard('02-yaml/scalars');
    // The privacy rule sees a phone number there too: the text is read as written, and quoted
    // masked, as the privacy rule masks it (issue 11).
    expect(inMemory(files).filter((d) => d.rule !== 'privacy/persoonsgegevens')).toMatchObject([
      { rule: 'bestand/schema', file: C1, line: 2, messageId: 'quoteText', args: { key: { keyPath: ['titel'] }, value: '06…78' } },
    ]);
    const meta = portfolioOf(files).cases[0]!.meta!;
    expect(meta.clienttype).toBe('10:00');
    expect(meta.periode).toEqual({ start: '2025-02-03', eind: '2025-07-15' });
  });

  it('js-yaml, the naive parser, reads the same front-matter differently', () => {
    const data = matter(fixture(`02-yaml/scalars/${C1}`).toString('utf8')).data;
    expect(data.clienttype).toBe(600);
    expect(data.periode.start).toBeInstanceOf(Date);
  });

  it('names both lines of a duplicate key, in front-matter and portfolio.yaml, and reads on', () => {
    const files = memoryHazard('02-yaml/duplicate-key');
    expect(inMemory(files)).toMatchObject([
      { rule: 'bestand/syntax', file: C1, line: 12, messageId: 'duplicateKey', args: { key: 'titel', first: 2, line: 12 } },
      { rule: 'bestand/syntax', file: 'portfolio.yaml', line: 49, messageId: 'duplicateKey', args: { first: 48, line: 49 } },
    ]);
    expect(portfolioOf(files).cases[0]!.meta!.titel).toBe('Nog een titel');
  });

  it('reports a tab once, at its line, and still checks the cases', () => {
    expect(inMemory(memoryHazard('02-yaml/tabs'))).toMatchObject([{ rule: 'bestand/syntax', file: 'portfolio.yaml', line: 11, messageId: 'tab' }]);
  });
});

describe('3. dates are calendar days in every time zone', () => {
  const zones = ['UTC', 'America/New_York', 'Pacific/Auckland'];

  it('a case ending exactly two years before, and one on, the indiendatum pass in every zone', () => {
    const dir = hazard('03-dates/boundary');
    const outputs = zones.map((TZ) => rlp(['check', dir, '--format', 'json'], { env: { TZ } }));
    for (const r of outputs) expect(r.status).toBe(0);
    expect(new Set(outputs.map((r) => r.stdout)).size).toBe(1);
    expect(JSON.parse(outputs[0]!.stdout)).toMatchObject({ indiendatum: '2026-12-01', ok: true, diagnostics: [] });
  });

  it('the naive readings (new Date with local getters, toISOString) would move those days', () => {
    const run = (TZ: string, code: string) => spawnSync(process.execPath, ['-e', `console.log(${code})`], { env: { ...process.env, TZ }, encoding: 'utf8' }).stdout.trim();
    expect(run('America/New_York', "new Date('2024-12-01').getDate()")).toBe('30');
    expect(run('Pacific/Auckland', 'new Date(2026, 11, 1).toISOString().slice(0, 10)')).toBe('2026-11-30');
  });

  it('without an indiendatum, today is the day on the clock of the machine (its time zone)', () => {
    const dir = hazard('03-dates/boundary', { file: 'portfolio.yaml', replace: ['indiendatum: 2026-12-01', '# geen indiendatum'] });
    for (const TZ of ['America/New_York', 'Pacific/Auckland']) {
      const want = new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date());
      const got = JSON.parse(rlp(['check', dir, '--format', 'json'], { env: { TZ } }).stdout).indiendatum;
      const after = new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date());
      expect([want, after]).toContain(got);
    }
  });

  it('12-03-2025 is not read as 3 December: it is refused with the Dutch reading as a hint', () => {
    const hits = inMemory(memoryHazard('03-dates/dutch')).filter((d) => d.rule === 'bestand/schema');
    expect(hits).toMatchObject([
      { file: C1, line: 3, messageId: 'dateTip', args: { key: { keyPath: ['periode', 'start'] }, value: '12-03-2025', tip: '2025-03-12' } },
      { file: C1, line: 3, messageId: 'date', args: { key: { keyPath: ['periode', 'eind'] }, value: '31-06-2025' } },
    ]);
  });
});

describe('4. a broken front-matter fence gives one clear message, never a missing heading per heading', () => {
  const cases: [string, { messageId: string; args?: Record<string, unknown> }, boolean][] = [
    ['unclosed', { messageId: 'unclosed' }, true],
    ['empty', { messageId: 'emptyFrontMatter' }, false],
    ['sentence', { messageId: 'notAMap' }, false],
    ['list', { messageId: 'notAMap' }, false],
    ['long-dashes', { messageId: 'longDashes' }, true],
    ['no-newline', { messageId: 'fenceNewline', args: { text: 'titel: Heroriëntatie na reorganisatie' } }, true],
    ['leading-blank', { messageId: 'fenceNotFirst', args: { line: 3 } }, true],
  ];
  it.each(cases)('%s', (name, expected, read) => {
    const files = memoryHazard(`04-frontmatter/${name}`);
    const report = inMemory(files);
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ file: C1, ...expected });
    expect(report[0]!.rule).toMatch(/^bestand\//);
    const doc = portfolioOf(files).cases[0]!;
    expect(doc.sections.map((s) => s.title)).toEqual(loadPortfolio(EXAMPLE).cases[0]!.sections.map((s) => s.title));
    if (read) expect(doc.meta?.titel).toBe('Heroriëntatie na reorganisatie');
  });
});

describe('5. encodings and invisible characters', () => {
  it.each(['bom-crlf', 'mixed-eol', 'utf16le', 'utf16be', 'utf16le-nobom', 'invisible', 'nfd-text'])('%s reads like the example: no findings', (name) => {
    const dir = hazard(`05-encoding/${name}`);
    expect(only(dir)).toEqual([]);
    const portfolio = loadPortfolio(dir);
    const example = loadPortfolio(EXAMPLE);
    expect(portfolio.cases.map((c) => c.meta)).toEqual(example.cases.map((c) => c.meta));
    // The invisible-characters file writes periode on three lines: compare sections without their lines.
    const shape = (sections: unknown) => JSON.stringify(sections, (key, value) => (key === 'line' ? undefined : value));
    expect(shape(portfolio.cases[0]!.sections)).toBe(shape(example.cases[0]!.sections));
    expect(portfolio.motivatie?.words).toBe(example.motivatie?.words);
  });

  it('Windows-1252 is decoded, with one warning at the line of the first such letter', () => {
    const dir = hazard('05-encoding/cp1252');
    expect(only(dir)).toMatchObject([{ rule: 'bestand/syntax', severity: 'warning', file: C1, line: 2, messageId: 'encoding' }]);
    expect(loadPortfolio(dir).cases[0]!.meta!.titel).toBe('Heroriëntatie na reorganisatie');
  });

  it.each([['rtf', 'rtf'], ['docx', 'docx']])('a %s file under a .md name is named as such, not read as text', (name, kind) => {
    const mine = only(hazard(`05-encoding/${name}`)).filter((d) => d.file === C1);
    expect(mine).toMatchObject([{ rule: 'bestand/syntax', line: 1, messageId: 'notText', args: { kind } }]);
  });

  const nfc = 'casussen/cliënt-één.md';
  const nfd = nfc.normalize('NFD');
  const listed = (name: string) => ({ file: 'portfolio.yaml', replace: ['ontwikkelplan: ontwikkelplan.md', `ontwikkelplan: ontwikkelplan.md\ncasussen: [${name}, ${C2}]`] as [string, string] });
  it.each([
    ['NFC in portfolio.yaml, NFD on disk', nfc, nfd],
    ['NFD in portfolio.yaml, NFC on disk', nfd, nfc],
  ])('file names match in either form: %s', (_, written, onDisk) => {
    const dir = hazard('05-encoding/nfd-text', listed(written));
    renameSync(join(dir, C1), join(dir, onDisk));
    expect(only(dir)).toEqual([]);
    expect(loadPortfolio(dir).cases.map((c) => c.file)).toEqual([nfc, C2]);
  });

  it('a case found in casussen/ under an NFD name is reported under its NFC name', () => {
    const dir = hazard('05-encoding/nfd-text');
    renameSync(join(dir, C1), join(dir, nfd));
    expect(only(dir)).toEqual([]);
    expect(loadPortfolio(dir).cases.map((c) => c.file)).toEqual([C2, nfc]);
  });

  it('an evidence path matches in either form', () => {
    const dir = hazard('05-encoding/nfd-text', { file: 'portfolio.yaml', replace: ['cv: bewijs/cv.pdf', 'cv: bewijs/cv-één.pdf'] });
    renameSync(join(dir, 'bewijs/cv.pdf'), join(dir, 'bewijs/cv-één.pdf'.normalize('NFD')));
    expect(only(dir)).toEqual([]);
  });
});

describe('6. line numbers are those of the real file', () => {
  const base = fixture(`06-lines/base/${C1}`).toString('utf8');
  const lines = (dir: string) => only(dir).filter((d) => d.rule !== 'bestand/syntax').map((d) => [d.rule, d.line]);
  const utf16 = (text: string, bom: boolean, order: 'le' | 'be') => {
    const le = Buffer.from(text, 'utf16le');
    const bytes = order === 'le' ? le : Buffer.from(le).swap16();
    return Buffer.concat([bom ? Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), bytes]);
  };
  /** CRLF, LF and CR in turn; LF before an empty line, where CR would make CR LF (one line end in every editor). */
  const mixed = (text: string) =>
    text
      .split('\n')
      .map((line, i, all) => (i === all.length - 1 ? line : line + (i % 3 === 0 ? '\r\n' : i % 3 === 1 && all[i + 1] !== '' ? '\r' : '\n')))
      .join('');
  const same: [string, Buffer][] = [
    ['LF', Buffer.from(base)],
    ['BOM', Buffer.from(`\uFEFF${base}`)],
    ['CRLF', Buffer.from(base.replace(/\n/g, '\r\n'))],
    ['CR', Buffer.from(base.replace(/\n/g, '\r'))],
    ['BOM and mixed line ends', Buffer.from(`\uFEFF${mixed(base)}`)],
    ['UTF-16 LE with BOM and CRLF', utf16(base.replace(/\n/g, '\r\n'), true, 'le')],
    ['UTF-16 BE with BOM', utf16(base, true, 'be')],
    ['UTF-16 LE without BOM', utf16(base, false, 'le')],
    ['Windows-1252 and CRLF', Buffer.from(base.replace(/\n/g, '\r\n'), 'latin1')],
    ['non-breaking spaces in keys', Buffer.from(base.replace('kennisgebieden: ', 'kennisgebieden:\u00a0'))],
  ];
  it.each(same)('%s: the front-matter finding on line 10, the body finding on line 67', (_, bytes) => {
    const dir = hazard('06-lines/base');
    writeFileSync(join(dir, C1), bytes);
    expect(lines(dir)).toEqual([['bestand/schema', 10], ['C/inhoud', 67]]);
  });
  it('blank lines before the fence and a forgotten newline after it move the lines with the file', () => {
    const dir = hazard('06-lines/base');
    writeFileSync(join(dir, C1), `\n\n${base}`);
    expect(lines(dir)).toEqual([['bestand/schema', 12], ['C/inhoud', 69]]);
    writeFileSync(join(dir, C1), base.replace('---\ntitel:', '---titel:'));
    expect(lines(dir)).toEqual([['bestand/schema', 9], ['C/inhoud', 66]]);
  });
  it('portfolio.yaml with BOM and CRLF: the line of the value', () => {
    const dir = hazard('06-lines/base');
    const yaml = readFileSync(join(EXAMPLE, 'portfolio.yaml'), 'utf8').replace('  route: 2', '  route: 7');
    writeFileSync(join(dir, 'portfolio.yaml'), `\uFEFF${yaml.replace(/\n/g, '\r\n')}`);
    expect(only(dir).filter((d) => d.file === 'portfolio.yaml')).toMatchObject([{ rule: 'bestand/schema', line: 10, column: 3 }]);
  });
});

describe('7. byte-identical files give independent results', () => {
  it('two untouched templates: each file gets its own findings and its own data', () => {
    const dir = hazard('07-cache/identical');
    const report = checkDir(dir, DATUM).diagnostics;
    const of = (file: string) => report.filter((d) => d.file === file).map(({ file: _f, ...d }) => d);
    expect(of(C1).length).toBeGreaterThan(10);
    expect(of(C2).filter((d) => d.rule !== 'C/diversiteit')).toEqual(of(C1));
    const [a, b] = loadPortfolio(dir).cases;
    expect(a!.data).toEqual(b!.data);
    expect(a!.data).not.toBe(b!.data);
    (a!.meta as { titel?: string }).titel = 'gewijzigd';
    expect(b!.meta!.titel).toBe('');
  });

  it('gray-matter, the naive reader, hands both files the same object', () => {
    const text = fixture(`07-cache/identical/${C1}`).toString('utf8');
    expect(matter(text).data).toBe(matter(text).data);
  });

  it('nothing is remembered between checks: an edited file is read anew', () => {
    const dir = hazard('07-cache/identical');
    const before = checkDir(dir, DATUM);
    expect(checkDir(dir, DATUM)).toEqual(before);
    applyEdits(dir, [{ file: C1, replace: ['titel: ""', 'titel: 2025'] }]);
    expect(checkDir(dir, DATUM).diagnostics.filter((d) => d.rule === 'bestand/schema')).toMatchObject([{ file: C1 }]);
  });
});
