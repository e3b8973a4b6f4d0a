/** The education rules (toetsingskader A): inputs that make each fire and inputs that keep it quiet, with the boundaries. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/dates.js';
import type { Edit } from '../scripts/defects.js';
import { EXAMPLE, findings, variant } from './helpers.js';

const Y = 'portfolio.yaml';
const ROUTE = '  route: 2\n';
const DIPLOMA = '  diploma:\n    niveau: hbo                  # NLQF 6\n    naam: Bedrijfskunde\n    instelling: Hogeschool Voorbeeld\n    ondertekend: true\n    nvao: true\n    croho_mens_en_organisatie: false\n    bestand: bewijs/diploma.pdf\n';
const COURSES = / {2}cursussen:[\s\S]*?\n\n/;

/** Replaces a text of the example's portfolio.yaml. */
const yaml = (from: string, to: string): Edit => ({ file: Y, replace: [from, to] });
/** The example with route `route` and, instead of the diploma, `block` (YAML under `opleiding:`). */
const route = (id: number, block = DIPLOMA): Edit[] => [yaml(ROUTE, `  route: ${id}\n`), yaml(DIPLOMA, block)];
const evc = (fields = 'datum: 2025-05-01\n    boc_niveau: 6\n    erkende_aanbieder: true\n    bestand: bewijs/diploma.pdf') => `  evc:\n    ${fields}\n`;
const assessment = (fields = 'datum: 2025-05-01\n    afgenomen_door: nip-ao-psycholoog\n    hbo_niveau: true\n    bestand: bewijs/diploma.pdf') => `  assessment:\n    ${fields}\n`;

/** Replaces the example's courses by `items` (YAML list items, `- key: …` with further keys on new lines). */
function coursesEdit(items: string[]): Edit {
  const block = COURSES.exec(readFileSync(join(EXAMPLE, Y), 'utf8'))![0];
  return yaml(block, `  cursussen:${items.length ? '\n' : ' []\n'}${items.map((i) => `    ${i.replace(/\n/g, '\n      ')}\n`).join('')}\n`);
}

const course = (fields: string) => `- naam: Cursus loopbaancoaching\n${fields}`;
const good = (hours: string) => course(`${hours}\nkeurmerk: CRKBO\nondertekend: true\nbestand: bewijs/certificaat-basisopleiding.pdf`);

describe('A/route', () => {
  it('stays quiet on the example', () => {
    expect(findings(EXAMPLE, 'A/route')).toEqual([]);
  });
  it('fires when no route is chosen, with the route the documents point to', () => {
    expect(findings(variant(yaml(ROUTE, '')), 'A/route')).toMatchObject([{ severity: 'error', file: Y, line: 9, message: expect.stringContaining("'route: 2'") }]);
    expect(findings(variant(yaml(ROUTE, ''), yaml('croho_mens_en_organisatie: false', 'croho_mens_en_organisatie: true')), 'A/route')[0]!.message).toContain("'route: 1'");
  });
  it('leaves an unknown route to bestand/schema', () => {
    const dir = variant(yaml(ROUTE, '  route: 5\n'));
    expect(findings(dir, 'A/route')).toEqual([]);
    expect(findings(dir, 'bestand/schema')).toHaveLength(1);
  });
  it('fires when the route lacks its document', () => {
    expect(findings(variant(yaml(ROUTE, '  route: 3\n')), 'A/route')).toMatchObject([{ line: 10, message: expect.stringContaining('je EVC-rapportage nodig') }]);
    expect(findings(variant(yaml(ROUTE, '  route: 4\n')), 'A/route')[0]!.message).toContain('assessmentrapport');
  });
  it('fires when the document has no file', () => {
    const hits = findings(variant(...route(4, assessment('datum: 2025-05-01\n    afgenomen_door: nip-ao-psycholoog\n    hbo_niveau: true'))), 'A/route');
    expect(hits).toMatchObject([{ line: 11, message: expect.stringContaining('Het bestand van je assessmentrapport ontbreekt') }]);
  });
  it('fires for routes 2–4 without courses, not for route 1', () => {
    expect(findings(variant(coursesEdit([])), 'A/route')).toMatchObject([{ message: expect.stringContaining('98 uur') }]);
    const route1 = variant(yaml(ROUTE, '  route: 1\n'), yaml('croho_mens_en_organisatie: false', 'croho_mens_en_organisatie: true'), coursesEdit([]));
    for (const rule of ['A/route', 'A/diploma', 'A/uren', 'A/cursus']) expect(findings(route1, rule), rule).toEqual([]);
  });
  it('speaks English', () => {
    expect(findings(variant(yaml(ROUTE, '')), 'A/route', { lang: 'en' })[0]!.message).toContain("put 'route: 2'");
  });
});

describe('A/diploma', () => {
  it('stays quiet on the example', () => {
    expect(findings(EXAMPLE, 'A/diploma')).toEqual([]);
  });
  it('fires for an unsigned diploma and for a missing NVAO statement, at their lines', () => {
    const dir = variant(yaml('    ondertekend: true\n    nvao: true\n', '    ondertekend: false\n'));
    expect(findings(dir, 'A/diploma')).toMatchObject([
      { line: 11, message: expect.stringContaining('NVAO') },
      { line: 15, message: expect.stringContaining('ondertekend') },
    ]);
  });
  it('fires for route 1 without CROHO mens en organisatie', () => {
    expect(findings(variant(yaml(ROUTE, '  route: 1\n')), 'A/diploma')).toMatchObject([{ line: 17, message: expect.stringContaining('kies dan route 2') }]);
  });
  it('fires without a level', () => {
    expect(findings(variant(yaml('    niveau: hbo                  # NLQF 6\n', '')), 'A/diploma')[0]!.message).toContain("'niveau: hbo'");
  });
  it('ignores a diploma that the route does not use', () => {
    expect(findings(variant(yaml(ROUTE, `  route: 3\n${evc()}`), yaml('    nvao: true', '    nvao: false')), 'A/diploma')).toEqual([]);
  });
});

describe('A/uren', () => {
  it('fires at 97.9 h and stays quiet at 98 h', () => {
    expect(findings(variant(yaml('      uren: 64\n', '      uren: 53.9\n')), 'A/uren')).toMatchObject([{ file: Y, line: 19, message: expect.stringContaining('97,9 uur') }]);
    expect(findings(variant(yaml('      uren: 64\n', '      uren: 54\n')), 'A/uren')).toEqual([]);
  });
  it('counts 3.5 ECTS as 98 h, and 3.49 ECTS as too few', () => {
    expect(findings(variant(coursesEdit([good('ects: 3.5')])), 'A/uren')).toEqual([]);
    expect(findings(variant(coursesEdit([good('ects: 3.49')])), 'A/uren')[0]!.message).toContain('97,72 uur');
  });
  it('adds up decimals as a person would', () => {
    expect(findings(variant(coursesEdit([good('uren: 48.9'), good('uren: 49.1')])), 'A/uren')).toEqual([]);
  });
  it('does not count a course without quality mark, signature, hours or certificate', () => {
    const dir = variant(coursesEdit([good('uren: 90'), course('uren: 40\nondertekend: true\nbestand: bewijs/cv.pdf')]));
    expect(findings(dir, 'A/uren')).toMatchObject([{ message: expect.stringContaining('1 cursus telt niet mee') }]);
  });
  it('counts uren, not ects, when a course states both', () => {
    expect(findings(variant(coursesEdit([good('uren: 90\nects: 4')])), 'A/uren')).toHaveLength(1);
    expect(findings(variant(coursesEdit([good('uren: 98\nects: 1')])), 'A/uren')).toEqual([]);
  });
  it('applies to routes 3 and 4 too', () => {
    expect(findings(variant(...route(3, evc()), yaml('      uren: 64\n', '      uren: 10\n')), 'A/uren')).toHaveLength(1);
    expect(findings(variant(...route(4, assessment()), yaml('      uren: 64\n', '      uren: 10\n')), 'A/uren')).toHaveLength(1);
  });
});

describe('A/cursus', () => {
  it('stays quiet on the example', () => {
    expect(findings(EXAMPLE, 'A/cursus')).toEqual([]);
  });
  it('warns once per course, with every reason', () => {
    const dir = variant(coursesEdit([good('uren: 100'), course('uren: 0\nondertekend: false'), course('uren: 10\nkeurmerk: " "\nondertekend: true\nbestand: bewijs/cv.pdf')]));
    const hits = findings(dir, 'A/cursus');
    expect(hits).toHaveLength(2);
    expect(hits[0]).toMatchObject({ severity: 'warning', file: Y });
    for (const reason of ['geen keurmerk', 'ondertekend door de opleider', 'studiebelasting ontbreekt', 'certificaat ontbreekt']) expect(hits[0]!.message).toContain(reason);
    expect(hits[1]!.message).toBe("De cursus 'Cursus loopbaancoaching' telt niet mee voor de 98 uur: er staat geen keurmerk bij (keurmerk:; 'geen' of 'n.v.t.' is geen keurmerk).");
  });
  it('names a course without naam by its number, and speaks English', () => {
    const dir = variant(coursesEdit([good('uren: 100'), '- uren: 5\nkeurmerk: NRTO\nondertekend: true']));
    expect(findings(dir, 'A/cursus', { lang: 'en' })).toMatchObject([{ message: "The course '#2' does not count towards the 98 hours: the certificate is missing (bestand:)." }]);
  });
  it('warns when uren and ects disagree', () => {
    expect(findings(variant(coursesEdit([good('uren: 98\nects: 1')])), 'A/cursus')).toMatchObject([{ message: expect.stringContaining('1 ECTS is 28 uur') }]);
    expect(findings(variant(coursesEdit([good('uren: 98\nects: 3.5')])), 'A/cursus')).toEqual([]);
  });
});

describe('A/rapport', () => {
  const evcDated = (datum: string) => route(3, evc(`datum: ${datum}\n    boc_niveau: 6\n    erkende_aanbieder: true\n    bestand: bewijs/diploma.pdf`));
  it('counts a report dated exactly two years before indiendatum', () => {
    expect(findings(variant(...evcDated('2024-12-01')), 'A/rapport')).toEqual([]);
  });
  it('fires one day earlier, at the line of the date', () => {
    expect(findings(variant(...evcDated('2024-11-30')), 'A/rapport')).toMatchObject([{ severity: 'error', file: Y, line: 12, message: expect.stringContaining('op of na 1 december 2024') }]);
  });
  it('fires for a report dated after indiendatum, and without a date', () => {
    expect(findings(variant(...evcDated('2026-12-02')), 'A/rapport')[0]!.message).toContain('na je indiendatum');
    expect(findings(variant(...route(3, evc('boc_niveau: 6\n    erkende_aanbieder: true\n    bestand: bewijs/diploma.pdf'))), 'A/rapport')[0]!.message).toContain('Vul de datum');
  });
  it('measures from --datum, with 29 February as 28 February in a year without it', () => {
    const leap = variant(...evcDated('2024-02-29'));
    expect(findings(leap, 'A/rapport', { datum: parseDate('2026-02-28')! })).toEqual([]);
    expect(findings(leap, 'A/rapport', { datum: parseDate('2026-03-01')! })).toHaveLength(1);
    const fromLeapDay = variant(...evcDated('2026-02-28'));
    expect(findings(fromLeapDay, 'A/rapport', { datum: parseDate('2028-02-29')! })).toEqual([]);
    expect(findings(variant(...evcDated('2026-02-27')), 'A/rapport', { datum: parseDate('2028-02-29')! })).toHaveLength(1);
  });
  it('checks the BOC level and the provider of an EVC report', () => {
    const dir = variant(...route(3, evc('datum: 2025-05-01\n    boc_niveau: 5\n    erkende_aanbieder: false\n    bestand: bewijs/diploma.pdf')));
    expect(findings(dir, 'A/rapport').map((d) => d.message)).toEqual([expect.stringContaining('BOC-niveau 6'), expect.stringContaining('erkende EVC-aanbieder')]);
    expect(findings(variant(...route(3, evc('datum: 2025-05-01\n    boc_niveau: 7\n    erkende_aanbieder: true\n    bestand: bewijs/diploma.pdf'))), 'A/rapport')).toEqual([]);
  });
  it('checks who took an assessment and that it shows hbo level', () => {
    expect(findings(variant(...route(4, assessment())), 'A/rapport')).toEqual([]);
    const dir = variant(...route(4, assessment('datum: 2025-05-01\n    hbo_niveau: false\n    bestand: bewijs/diploma.pdf')));
    expect(findings(dir, 'A/rapport').map((d) => d.message)).toEqual([expect.stringContaining('afgenomen_door'), expect.stringContaining('hbo werk- en denkniveau')]);
  });
  it('stays quiet for routes 1 and 2', () => {
    expect(findings(variant(yaml(DIPLOMA, DIPLOMA + evc('datum: 2019-01-01'))), 'A/rapport')).toEqual([]);
  });
});
