/** The hours log (uren.csv, toetsingskader B1): read as Dutch spreadsheet software writes it, summed per category. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDayFirstDate } from '../src/dates.js';
import { categoryKey, excludedActivity, summariseHours } from '../src/hours.js';
import { detectSeparator, parseHours, readHoursLog } from '../src/load/urenlog.js';
import { loadPortfolio, rlpInitieel } from '../src/rulesets/index.js';
import type { LoadProblem } from '../src/types.js';
import { checkDir, EXAMPLE, rlp, variant } from './helpers.js';
import { memoryFindings, memoryVariant } from './memory-variant.js';
import { portfolioOf } from './rule-tester.js';

/** Reads a log text; returns its rows (line, datum, uren, categorie) and problems. */
function read(text: string) {
  const problems: LoadProblem[] = [];
  const log = readHoursLog(text, 'uren.csv', problems);
  return { rows: log?.rows, problems };
}

describe('reading the hours log', () => {
  it('reads semicolons, decimal commas and DD-MM-YYYY, as Dutch Excel writes', () => {
    const { rows, problems } = read('datum;uren;categorie;omschrijving\n19-09-2021;14,5;begeleiding;Gesprekken\n1-2-2022;1:30;Intake;\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, datum: '2021-09-19', uren: 14.5, categorie: 'begeleiding', omschrijving: 'Gesprekken' },
      { line: 3, datum: '2022-02-01', uren: 1.5, categorie: 'Intake' },
    ]);
  });
  it('reads commas as separator, with a quoted decimal comma and ISO dates', () => {
    const { rows, problems } = read('datum,uren,categorie\n2025-03-01,"2,5",begeleiding\n2025-03-02,3.25,intake\n');
    expect(problems).toEqual([]);
    expect(rows!.map((r) => r.uren)).toEqual([2.5, 3.25]);
  });
  it('ignores a BOM and CRLF line ends, and counts lines as an editor does', () => {
    const { rows } = read('\uFEFFDatum;Uren;Categorie\r\n\r\n01-03-2025;2;begeleiding\r\n');
    expect(rows).toEqual([{ line: 3, datum: '2025-03-01', uren: 2, categorie: 'begeleiding' }]);
  });
  it('keeps a separator or a line break inside a quoted field, and numbers the next rows right', () => {
    const { rows } = read('categorie;datum;uren;omschrijving\n\n"pr; acquisitie";01-03-2025;2;"twee\nregels"\nbegeleiding;02-03-2025;1;x\n');
    expect(rows).toEqual([
      { line: 3, datum: '2025-03-01', uren: 2, categorie: 'pr; acquisitie', omschrijving: 'twee\nregels' },
      { line: 5, datum: '2025-03-02', uren: 1, categorie: 'begeleiding', omschrijving: 'x' },
    ]);
  });
  it('skips empty rows, also the ;;; rows Excel leaves behind', () => {
    expect(read('datum;uren;categorie\n;;\n\n01-03-2025;2;begeleiding\n;;;\n').rows).toHaveLength(1);
  });
  it('reports a bad row with its line and leaves it out', () => {
    const { rows, problems } = read('datum;uren;categorie\n01-03-2025;2;begeleiding\n31-02-2025;2;begeleiding\n01-03-2025;twee;intake\n01-03-2025;2;\n01-03-25;1;intake\n');
    expect(rows).toHaveLength(1);
    expect(problems).toMatchObject([
      { rule: 'bestand/schema', messageId: 'csvDate', line: 3, severity: 'warning', args: { value: '31-02-2025' } },
      { messageId: 'csvHours', line: 4, args: { value: 'twee' } },
      { messageId: 'csvEmpty', line: 5, args: { kolom: 'categorie' } },
      { messageId: 'csvDate', line: 6 },
    ]);
  });
  it('catches an unquoted decimal comma in a comma-separated file', () => {
    const { problems } = read('datum,uren,categorie,omschrijving\n01-03-2025,1,5,begeleiding\n01-03-2025,1,5,begeleiding,gesprek\n');
    expect(problems.map((p) => p.messageId)).toEqual(['csvNumericCategory', 'csvTooManyFields']);
  });
  it('reports a quote that never closes as a syntax error at the row where it opens', () => {
    const { rows, problems } = read('datum;uren;categorie\n01-03-2025;2;begeleiding\n02-03-2025;2;"begeleiding\n03-03-2025;1;intake\n');
    expect(rows).toHaveLength(1);
    expect(problems).toMatchObject([{ rule: 'bestand/syntax', messageId: 'csvQuote', line: 3 }]);
  });
  it('refuses a header without datum, uren and categorie', () => {
    const { rows, problems } = read('Datum;Aantal;Wat\n01-03-2025;2;begeleiding\n');
    expect(rows).toBeUndefined();
    expect(problems).toMatchObject([{ rule: 'bestand/schema', messageId: 'csvColumns', line: 1, args: { missing: 'uren, categorie', separator: ';' } }]);
  });
  it('reports the first 20 bad rows one by one, then how many more', () => {
    const { problems } = read(`datum;uren;categorie\n${'x;1;a\n'.repeat(25)}`);
    expect(problems).toHaveLength(21);
    expect(problems[20]).toMatchObject({ messageId: 'csvMoreBad', args: { count: 5 } });
  });
});

describe('the parts of a row', () => {
  it('takes the separator from the header row', () => {
    expect(detectSeparator('datum;uren;categorie')).toBe(';');
    expect(detectSeparator('datum,uren,categorie')).toBe(',');
    expect(detectSeparator('"datum;x",uren,categorie')).toBe(',');
    expect(detectSeparator('datum\turen\tcategorie')).toBe('\t');
  });
  it('reads hours with a decimal comma or point, or as h:mm', () => {
    expect([parseHours('2'), parseHours('1,5'), parseHours('1.25'), parseHours('0:45'), parseHours(' 3 ')]).toEqual([2, 1.5, 1.25, 0.75, 3]);
    expect([parseHours('-1'), parseHours('1.234,5'), parseHours('2 uur'), parseHours('1:75')]).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('reads dates day first or ISO, and knows 29 February', () => {
    expect(parseDayFirstDate('29-02-2024')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDayFirstDate('29-02-2025')).toBeUndefined();
    expect(parseDayFirstDate('1/9/2021')).toEqual({ year: 2021, month: 9, day: 1 });
    expect(parseDayFirstDate('2021-09-01')).toEqual({ year: 2021, month: 9, day: 1 });
    expect(parseDayFirstDate('09-01-21')).toBeUndefined();
  });
});

describe('which hours count', () => {
  it('leaves out the activities toetsingskader B1 excludes, however they are written', () => {
    for (const category of ['administratie', 'Boekhouding', 'PR / Acquisitie', 'pr-werkzaamheden', 'Training', 'e-learning', ' Intervisie ', 'SUPERVISIE', 'Financiën', 'financien']) {
      expect(excludedActivity(category, rlpInitieel.woorden), category).toBeDefined();
    }
  });
  it('counts client work, also training you give', () => {
    for (const category of ['begeleiding', 'intake', 'loopbaanadvies', 'training geven', 'groepstraining', 'rapportage']) expect(excludedActivity(category, rlpInitieel.woorden), category).toBeUndefined();
  });
  it('folds categories for grouping', () => {
    expect(categoryKey(' PR / Acquisitie ')).toBe('pr/acquisitie');
    expect(categoryKey('Loopbaan-advies')).toBe(categoryKey('loopbaan advies'));
  });
  it('sums per category as first written, most hours first', () => {
    const log = { file: 'uren.csv', rows: [
      { line: 2, datum: '2025-01-01', uren: 10, categorie: 'Begeleiding' },
      { line: 3, datum: '2025-01-02', uren: 0.1, categorie: 'begeleiding ' },
      { line: 4, datum: '2025-01-03', uren: 5, categorie: 'Intervisie' },
      { line: 5, datum: '2027-01-01', uren: 3, categorie: 'begeleiding' },
    ] };
    expect(summariseHours(log, { year: 2026, month: 12, day: 1 }, rlpInitieel.woorden)).toEqual({
      bestand: 'uren.csv', totaal: 18.1, tellend: 10.1, naIndiendatum: 3,
      perCategorie: [{ categorie: 'Begeleiding', uren: 13.1, telt: true }, { categorie: 'Intervisie', uren: 5, telt: false }],
    });
  });
});

describe('the hours log in a portfolio', () => {
  it('reads the example: 1550 hours of which 1450 count', () => {
    const report = checkDir(EXAMPLE);
    expect(report.uren).toMatchObject({ bestand: 'uren.csv', totaal: 1550, tellend: 1450, naIndiendatum: 0 });
    expect(report.uren!.perCategorie.filter((c) => !c.telt).map((c) => c.categorie)).toEqual(['opleiding', 'intervisie', 'administratie', 'pr/acquisitie']);
  });
  // On disk: the encoding of the file as Excel writes it.
  it('reads Windows-1252 from Excel without asking to re-save, and a BOM with CRLF', () => {
    const ansi = Buffer.from('datum;uren;categorie;omschrijving\r\n01-03-2025;120;begeleiding;Cliënt\r\n02-03-2025;3;Financiën;x\r\n', 'latin1');
    const dir = variant();
    writeFileSync(join(dir, 'uren.csv'), ansi);
    const portfolio = loadPortfolio(dir);
    expect(portfolio.problems).toEqual([]);
    expect(portfolio.urenlog!.rows.map((r) => r.categorie)).toEqual(['begeleiding', 'Financiën']);
    const bom = variant({ file: 'uren.csv', content: '\uFEFFdatum;uren;categorie\r\n01-03-2025;1200;begeleiding\r\n' });
    expect(loadPortfolio(bom).urenlog!.rows).toHaveLength(1);
  });
  it('reads no log outside the portfolio folder', () => {
    const files = memoryVariant({ file: 'portfolio.yaml', replace: ['urenlog: uren.csv', 'urenlog: ../uren.csv'] });
    expect(portfolioOf(files).urenlog).toBeUndefined();
    expect(memoryFindings(files, 'bestand/bewijs')).toMatchObject([{ messageId: 'outside', args: { path: '../uren.csv' } }]);
  });
  it('points a bad row at its line in uren.csv', () => {
    const files = memoryVariant({ file: 'uren.csv', replace: ['16-11-2021;14,5;', '16-11-2021;14,5 uur;'] });
    expect(memoryFindings(files, 'bestand/schema')).toMatchObject([{ severity: 'warning', file: 'uren.csv', line: 5, messageId: 'csvHours', args: { value: '14,5 uur' } }]);
  });
  // The pretty report as a user sees it: its wording and figures are what is tested.
  it('shows the hours per category under B1 in the pretty report', () => {
    const out = rlp(['check', 'fixtures/voorbeeld']).stdout;
    expect(out).toContain('Uren per categorie (uren.csv)');
    expect(out).toMatch(/begeleiding\s+982,5/);
    expect(out).toMatch(/administratie\s+18 {2}\(telt niet mee\)/);
    expect(out).toContain('Totaal 1550 uur, waarvan 1450 uur beroepsgerichte werkervaring');
    expect(rlp(['check', 'fixtures/voorbeeld', '--lang', 'en']).stdout).toMatch(/begeleiding\s+982\.5/);
  });
});
