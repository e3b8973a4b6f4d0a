/** Work experience, CV and motivation (toetsingskader B1, B2): each rule in both directions, with the boundaries. */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/dates.js';
import type { Edit } from '../scripts/defects.js';
import { exampleFiles, memoryFindings, memoryVariant } from './memory-variant.js';

const Y = 'portfolio.yaml';
const yaml = (from: string, to: string): Edit => ({ file: Y, replace: [from, to] });
const SINDS = 'actief_sinds: 2021-09-01';
const UREN = '  uren: 1450                     # beroepsgerichte uren; onderbouwd in uren.csv\n';
const LOG = '  urenlog: uren.csv\n';
const ACTIEF = 'verklaring_actief: { ondertekend: true, datum: 2026-11-15, bestand: bewijs/verklaring-actief.pdf }';
/** The declaration of current activity as findings name it. */
const ACTIEF_REF = { ref: 'tekst', rule: 'B1/verklaringen', id: 'verklaring_actief' };
const datum = (text: string) => ({ datum: parseDate(text)! });

describe('B1/jaren', () => {
  it('stays quiet on the example', () => {
    expect(memoryFindings(exampleFiles(), 'B1/jaren')).toEqual([]);
  });
  it('counts exactly two years before indiendatum, and fires one day later', () => {
    expect(memoryFindings(memoryVariant(yaml(SINDS, 'actief_sinds: 2024-12-01')), 'B1/jaren')).toEqual([]);
    expect(memoryFindings(memoryVariant(yaml(SINDS, 'actief_sinds: 2024-12-02')), 'B1/jaren')).toMatchObject([{ severity: 'error', file: Y, line: 41, messageId: 'tooShort', args: { sinds: '2024-12-02', grens: '2024-12-01', indiendatum: '2026-12-01', jaren: 2 } }]);
  });
  it('fires when actief_sinds is missing, at the werkervaring block', () => {
    expect(memoryFindings(memoryVariant(yaml(`  ${SINDS}\n`, '')), 'B1/jaren')).toMatchObject([{ line: 40, messageId: 'missing', args: { jaren: 2 } }]);
  });
  it('measures from --datum, with 29 February as 28 February', () => {
    const files = memoryVariant(yaml(SINDS, 'actief_sinds: 2024-02-28'));
    expect(memoryFindings(files, 'B1/jaren', datum('2026-02-28'))).toEqual([]);
    expect(memoryFindings(files, 'B1/jaren', datum('2026-02-27'))).toHaveLength(1);
    expect(memoryFindings(memoryVariant(yaml(SINDS, 'actief_sinds: 2026-02-28')), 'B1/jaren', datum('2028-02-29'))).toEqual([]);
    expect(memoryFindings(memoryVariant(yaml(SINDS, 'actief_sinds: 2026-03-01')), 'B1/jaren', datum('2028-02-29'))).toHaveLength(1);
  });
});

describe('B1/uren without an hours log', () => {
  const declared = (uren: string) => memoryVariant(yaml(UREN + LOG, `  uren: ${uren}\n`));
  it('fires at 1199.5 h and stays quiet at 1200 h', () => {
    expect(memoryFindings(declared('1199.5'), 'B1/uren')).toMatchObject([{ severity: 'error', file: Y, line: 42, messageId: 'tooFew', args: { uren: 1199.5, minimum: 1200 } }]);
    expect(memoryFindings(declared('1200'), 'B1/uren')).toEqual([]);
  });
  it('fires when uren is missing', () => {
    expect(memoryFindings(memoryVariant(yaml(UREN + LOG, '')), 'B1/uren')).toMatchObject([{ messageId: 'missing', args: { minimum: 1200 } }]);
  });
  it('falls back to uren when the log cannot be read', () => {
    const missing = memoryVariant({ file: 'uren.csv', remove: true }, yaml('  uren: 1450 ', '  uren: 1000 '));
    expect(memoryFindings(missing, 'B1/uren')).toMatchObject([{ messageId: 'tooFew', args: { uren: 1000 } }]);
    expect(memoryFindings(missing, 'bestand/bewijs')).toMatchObject([{ messageId: 'evidenceMissing', args: { path: 'uren.csv' } }]);
    const noHeader = memoryVariant({ file: 'uren.csv', content: 'dag;tijd;wat\n01-01-2025;1500;begeleiding\n' });
    expect(memoryFindings(noHeader, 'B1/uren')).toEqual([]);
    expect(memoryFindings(noHeader, 'bestand/schema')).toMatchObject([{ severity: 'error', file: 'uren.csv', line: 1, messageId: 'csvColumns', args: { missing: 'datum, uren, categorie' } }]);
  });
});

describe('B1/uren with an hours log', () => {
  const log = (...rows: string[]) => ({ file: 'uren.csv', content: `datum;uren;categorie\n${rows.join('\n')}\n` });
  it('counts the log, not the declared number', () => {
    const files = memoryVariant(log('01-03-2025;1199,5;begeleiding', '02-03-2025;300;Supervisie'), yaml('  uren: 1450 ', '  uren: 1199.5 '));
    expect(memoryFindings(files, 'B1/uren')).toMatchObject([{ severity: 'error', line: 43, messageId: 'tooFewLog', args: { bestand: 'uren.csv', tellend: 1199.5, minimum: 1200 } }]);
    const enough = memoryVariant(log('01-03-2025;1200;begeleiding'), yaml('  uren: 1450 ', '  uren: 1200 '));
    expect(memoryFindings(enough, 'B1/uren')).toEqual([]);
  });
  it('warns when the declared number differs more than 10% from the log', () => {
    expect(memoryFindings(memoryVariant(yaml('  uren: 1450 ', '  uren: 1310 ')), 'B1/uren')).toEqual([]);
    expect(memoryFindings(memoryVariant(yaml('  uren: 1450 ', '  uren: 1595 ')), 'B1/uren')).toEqual([]);
    expect(memoryFindings(memoryVariant(yaml('  uren: 1450 ', '  uren: 1300 ')), 'B1/uren')).toMatchObject([{ severity: 'warning', line: 42, messageId: 'mismatch', args: { uren: 1300, tellend: 1450, bestand: 'uren.csv' } }]);
  });
  it('does not count rows after indiendatum, with a warning at the first', () => {
    const hits = memoryFindings(exampleFiles(), 'B1/uren', datum('2026-10-19'));
    expect(hits).toMatchObject([{ severity: 'warning', file: 'uren.csv', line: 68, messageId: 'afterDate', args: { aantal: 2, uren: 82.5, indiendatum: '2026-10-19' } }]);
    expect(memoryFindings(exampleFiles(), 'B1/uren', datum('2026-11-12'))).toEqual([]);
  });
  it('leaves out excluded categories however they are written', () => {
    const files = memoryVariant(log('01-03-2025;1200;begeleiding', '02-03-2025;10;PR / Acquisitie', '03-03-2025;10;Intervisie ', '04-03-2025;10;TRAINING'), yaml('  uren: 1450 ', '  uren: 1200 '));
    expect(memoryFindings(files, 'B1/uren')).toEqual([]);
  });
});

describe('B1/verklaringen', () => {
  it('stays quiet on the example', () => {
    expect(memoryFindings(exampleFiles(), 'B1/verklaringen')).toEqual([]);
  });
  it('accepts a declaration dated on indiendatum and fires for one dated the day after', () => {
    expect(memoryFindings(memoryVariant(yaml(ACTIEF, ACTIEF.replace('2026-11-15', '2026-12-01'))), 'B1/verklaringen')).toEqual([]);
    expect(memoryFindings(memoryVariant(yaml(ACTIEF, ACTIEF.replace('2026-11-15', '2026-12-02'))), 'B1/verklaringen')).toMatchObject([{ line: 45, messageId: 'afterDate', args: { verklaring: ACTIEF_REF, datum: '2026-12-02' } }]);
  });
  it('fires for an unsigned, undated declaration without file', () => {
    const hits = memoryFindings(memoryVariant(yaml(ACTIEF, 'verklaring_actief: { ondertekend: false }')), 'B1/verklaringen');
    expect(hits).toMatchObject(['noDate', 'noFile', 'notSigned'].map((messageId) => ({ messageId, args: { verklaring: ACTIEF_REF } })));
  });
  it('fires for a missing declaration, naming it in both languages', () => {
    const files = memoryVariant(yaml(`  ${ACTIEF}\n`, ''));
    expect(memoryFindings(files, 'B1/verklaringen')).toMatchObject([{ messageId: 'missing', args: { verklaring: ACTIEF_REF, sleutel: 'verklaring_actief' } }]);
    // About how the declaration is named in English, so the rendered sentence is asserted.
    expect(memoryFindings(files, 'B1/verklaringen', { lang: 'en' })[0]!.message).toMatch(/^The declaration that you work as a practising career professional \(verklaring_actief\) is missing/);
  });
});

describe('B2/motivatie', () => {
  it('stays quiet on the example', () => {
    expect(memoryFindings(exampleFiles(), 'B2/motivatie')).toEqual([]);
  });
  it('fires when the file is missing, also when portfolio.yaml does not name it', () => {
    expect(memoryFindings(memoryVariant({ file: 'motivatie.md', remove: true }), 'B2/motivatie')).toMatchObject([{ file: Y, messageId: 'missing', args: { path: 'motivatie.md' } }]);
    expect(memoryFindings(memoryVariant({ file: 'motivatie.md', remove: true }, yaml('motivatie: motivatie.md\n', '')), 'B2/motivatie')).toHaveLength(1);
  });
  it('fires when only comments and template text are left', () => {
    const files = memoryVariant({ file: 'motivatie.md', content: '# Motivatie\n\n<!-- Schrijf hier -->\n\n*Nog te schrijven.*\n' });
    expect(memoryFindings(files, 'B2/motivatie')).toMatchObject([{ file: 'motivatie.md', line: 1, messageId: 'empty' }]);
  });
  it('warns for a one-sentence motivation, never an error: the framework sets no length', () => {
    expect(memoryFindings(memoryVariant({ file: 'motivatie.md', content: 'Ik koos voor dit vak omdat ik mensen verder wil helpen.\n' }), 'B2/motivatie')).toMatchObject([{ severity: 'warning', file: 'motivatie.md', messageId: 'short', args: { woorden: 11, minimum: 150 } }]);
    expect(memoryFindings(memoryVariant({ file: 'motivatie.md', content: `${'Ik koos voor dit vak omdat ik mensen verder wil helpen. '.repeat(14)}\n` }), 'B2/motivatie')).toEqual([]);
  });
});
