/** Work experience, CV and motivation (toetsingskader B1, B2): each rule in both directions, with the boundaries. */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/dates.js';
import type { Edit } from '../scripts/defects.js';
import { EXAMPLE, findings, variant } from './helpers.js';

const Y = 'portfolio.yaml';
const yaml = (from: string, to: string): Edit => ({ file: Y, replace: [from, to] });
const SINDS = 'actief_sinds: 2021-09-01';
const UREN = '  uren: 1450                     # beroepsgerichte uren; onderbouwd in uren.csv\n';
const LOG = '  urenlog: uren.csv\n';
const ACTIEF = 'verklaring_actief: { ondertekend: true, datum: 2026-11-15, bestand: bewijs/verklaring-actief.pdf }';
const datum = (text: string) => ({ datum: parseDate(text)! });

describe('B1/jaren', () => {
  it('stays quiet on the example', () => {
    expect(findings(EXAMPLE, 'B1/jaren')).toEqual([]);
  });
  it('counts exactly two years before indiendatum, and fires one day later', () => {
    expect(findings(variant(yaml(SINDS, 'actief_sinds: 2024-12-01')), 'B1/jaren')).toEqual([]);
    expect(findings(variant(yaml(SINDS, 'actief_sinds: 2024-12-02')), 'B1/jaren')).toMatchObject([{ severity: 'error', file: Y, line: 41, message: expect.stringContaining('sinds 1 december 2024 of eerder') }]);
  });
  it('fires when actief_sinds is missing, at the werkervaring block', () => {
    expect(findings(variant(yaml(`  ${SINDS}\n`, '')), 'B1/jaren')).toMatchObject([{ line: 40 }]);
  });
  it('measures from --datum, with 29 February as 28 February', () => {
    const dir = variant(yaml(SINDS, 'actief_sinds: 2024-02-28'));
    expect(findings(dir, 'B1/jaren', datum('2026-02-28'))).toEqual([]);
    expect(findings(dir, 'B1/jaren', datum('2026-02-27'))).toHaveLength(1);
    expect(findings(variant(yaml(SINDS, 'actief_sinds: 2026-02-28')), 'B1/jaren', datum('2028-02-29'))).toEqual([]);
    expect(findings(variant(yaml(SINDS, 'actief_sinds: 2026-03-01')), 'B1/jaren', datum('2028-02-29'))).toHaveLength(1);
  });
});

describe('B1/uren without an hours log', () => {
  const declared = (uren: string) => variant(yaml(UREN + LOG, `  uren: ${uren}\n`));
  it('fires at 1199.5 h and stays quiet at 1200 h', () => {
    expect(findings(declared('1199.5'), 'B1/uren')).toMatchObject([{ severity: 'error', file: Y, line: 42, message: expect.stringContaining('1199,5 uur') }]);
    expect(findings(declared('1200'), 'B1/uren')).toEqual([]);
  });
  it('fires when uren is missing', () => {
    expect(findings(variant(yaml(UREN + LOG, '')), 'B1/uren')[0]!.message).toContain('Vul in hoeveel uur');
  });
  it('falls back to uren when the log cannot be read', () => {
    const missing = variant({ file: 'uren.csv', remove: true }, yaml('  uren: 1450 ', '  uren: 1000 '));
    expect(findings(missing, 'B1/uren')).toMatchObject([{ message: expect.stringContaining('Je geeft 1000 uur') }]);
    expect(findings(missing, 'bestand/bewijs')).toHaveLength(1);
    const noHeader = variant({ file: 'uren.csv', content: 'dag;tijd;wat\n01-01-2025;1500;begeleiding\n' });
    expect(findings(noHeader, 'B1/uren')).toEqual([]);
    expect(findings(noHeader, 'bestand/schema')).toMatchObject([{ severity: 'error', file: 'uren.csv', line: 1, message: expect.stringContaining('datum, uren, categorie') }]);
  });
});

describe('B1/uren with an hours log', () => {
  const log = (...rows: string[]) => ({ file: 'uren.csv', content: `datum;uren;categorie\n${rows.join('\n')}\n` });
  it('counts the log, not the declared number', () => {
    const dir = variant(log('01-03-2025;1199,5;begeleiding', '02-03-2025;300;Supervisie'), yaml('  uren: 1450 ', '  uren: 1199.5 '));
    expect(findings(dir, 'B1/uren')).toMatchObject([{ severity: 'error', line: 43, message: expect.stringContaining('1199,5 uur beroepsgerichte werkervaring') }]);
    const enough = variant(log('01-03-2025;1200;begeleiding'), yaml('  uren: 1450 ', '  uren: 1200 '));
    expect(findings(enough, 'B1/uren')).toEqual([]);
  });
  it('warns when the declared number differs more than 10% from the log', () => {
    expect(findings(variant(yaml('  uren: 1450 ', '  uren: 1310 ')), 'B1/uren')).toEqual([]);
    expect(findings(variant(yaml('  uren: 1450 ', '  uren: 1595 ')), 'B1/uren')).toEqual([]);
    expect(findings(variant(yaml('  uren: 1450 ', '  uren: 1300 ')), 'B1/uren')).toMatchObject([{ severity: 'warning', line: 42, message: expect.stringContaining('volgens uren.csv tellen er 1450') }]);
  });
  it('does not count rows after indiendatum, with a warning at the first', () => {
    const hits = findings(EXAMPLE, 'B1/uren', datum('2026-10-19'));
    expect(hits).toMatchObject([{ severity: 'warning', file: 'uren.csv', line: 68, message: expect.stringContaining('2 regels, samen 82,5 uur') }]);
    expect(findings(EXAMPLE, 'B1/uren', datum('2026-11-12'))).toEqual([]);
  });
  it('leaves out excluded categories however they are written', () => {
    const dir = variant(log('01-03-2025;1200;begeleiding', '02-03-2025;10;PR / Acquisitie', '03-03-2025;10;Intervisie ', '04-03-2025;10;TRAINING'), yaml('  uren: 1450 ', '  uren: 1200 '));
    expect(findings(dir, 'B1/uren')).toEqual([]);
  });
});

describe('B1/verklaringen', () => {
  it('stays quiet on the example', () => {
    expect(findings(EXAMPLE, 'B1/verklaringen')).toEqual([]);
  });
  it('accepts a declaration dated on indiendatum and fires for one dated the day after', () => {
    expect(findings(variant(yaml(ACTIEF, ACTIEF.replace('2026-11-15', '2026-12-01'))), 'B1/verklaringen')).toEqual([]);
    expect(findings(variant(yaml(ACTIEF, ACTIEF.replace('2026-11-15', '2026-12-02'))), 'B1/verklaringen')).toMatchObject([{ line: 45, message: expect.stringContaining("'Werkzaam als uitvoerend loopbaanprofessional' is gedateerd op 2 december 2026") }]);
  });
  it('fires for an unsigned, undated declaration without file', () => {
    const hits = findings(variant(yaml(ACTIEF, 'verklaring_actief: { ondertekend: false }')), 'B1/verklaringen');
    expect(hits.map((d) => d.message)).toEqual([expect.stringContaining('geen datum'), expect.stringContaining('niet als bestand'), expect.stringContaining('niet ondertekend')]);
  });
  it('fires for a missing declaration, naming it in both languages', () => {
    const dir = variant(yaml(`  ${ACTIEF}\n`, ''));
    expect(findings(dir, 'B1/verklaringen')[0]!.message).toMatch(/^De verklaring 'Werkzaam als uitvoerend loopbaanprofessional' ontbreekt/);
    expect(findings(dir, 'B1/verklaringen', { lang: 'en' })[0]!.message).toMatch(/^The declaration that you work as a practising career professional \(verklaring_actief\) is missing/);
  });
});

describe('B2/motivatie', () => {
  it('stays quiet on the example', () => {
    expect(findings(EXAMPLE, 'B2/motivatie')).toEqual([]);
  });
  it('fires when the file is missing, also when portfolio.yaml does not name it', () => {
    expect(findings(variant({ file: 'motivatie.md', remove: true }), 'B2/motivatie')).toMatchObject([{ file: Y, message: expect.stringContaining('motivatie.md is er niet') }]);
    expect(findings(variant({ file: 'motivatie.md', remove: true }, yaml('motivatie: motivatie.md\n', '')), 'B2/motivatie')).toHaveLength(1);
  });
  it('fires when only comments and template text are left', () => {
    const dir = variant({ file: 'motivatie.md', content: '# Motivatie\n\n<!-- Schrijf hier -->\n\n*Nog te schrijven.*\n' });
    expect(findings(dir, 'B2/motivatie')).toMatchObject([{ file: 'motivatie.md', line: 1 }]);
  });
  it('warns for a one-sentence motivation, never an error: the framework sets no length', () => {
    expect(findings(variant({ file: 'motivatie.md', content: 'Ik koos voor dit vak omdat ik mensen verder wil helpen.\n' }), 'B2/motivatie')).toMatchObject([{ severity: 'warning', file: 'motivatie.md', message: expect.stringContaining('telt 11 woorden') }]);
    expect(findings(variant({ file: 'motivatie.md', content: `${'Ik koos voor dit vak omdat ik mensen verder wil helpen. '.repeat(14)}\n` }), 'B2/motivatie')).toEqual([]);
  });
});
