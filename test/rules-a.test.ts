/** The education rules (toetsingskader A): inputs that make each fire and inputs that keep it quiet, with the boundaries. */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/dates.js';
import type { Edit } from '../scripts/defects.js';
import { exampleFiles, memoryFindings, memoryVariant } from './memory-variant.js';

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
  const block = COURSES.exec(exampleFiles()[Y]!.toString())![0];
  return yaml(block, `  cursussen:${items.length ? '\n' : ' []\n'}${items.map((i) => `    ${i.replace(/\n/g, '\n      ')}\n`).join('')}\n`);
}

/** The document a route needs, as findings name it (`documentName` in src/refs.ts). */
const doc = (key: string) => ({ ref: 'tekst', rule: 'A/route', id: `doc-${key}` });
/** Why a course does not count, as `A/cursus` lists them (message ids `reason…`). */
const reasons = (...ids: string[]) => ids.map((id) => ({ ref: 'tekst', rule: 'A/cursus', id: `reason${id}` }));

const course = (fields: string) => `- naam: Cursus loopbaancoaching\n${fields}`;
const good = (hours: string) => course(`${hours}\nkeurmerk: CRKBO\nondertekend: true\nbestand: bewijs/certificaat-basisopleiding.pdf`);

describe('A/route', () => {
  it('stays quiet on the example', () => {
    expect(memoryFindings(exampleFiles(), 'A/route')).toEqual([]);
  });
  it('fires when no route is chosen, with the route the documents point to', () => {
    expect(memoryFindings(memoryVariant(yaml(ROUTE, '')), 'A/route')).toMatchObject([{ severity: 'error', file: Y, line: 9, messageId: 'missingTip', args: { route: 2 } }]);
    expect(memoryFindings(memoryVariant(yaml(ROUTE, ''), yaml('croho_mens_en_organisatie: false', 'croho_mens_en_organisatie: true')), 'A/route')).toMatchObject([{ messageId: 'missingTip', args: { route: 1 } }]);
  });
  it('leaves an unknown route to bestand/schema', () => {
    const files = memoryVariant(yaml(ROUTE, '  route: 5\n'));
    expect(memoryFindings(files, 'A/route')).toEqual([]);
    expect(memoryFindings(files, 'bestand/schema')).toHaveLength(1);
  });
  it('fires when the route lacks its document', () => {
    expect(memoryFindings(memoryVariant(yaml(ROUTE, '  route: 3\n')), 'A/route')).toMatchObject([{ line: 10, messageId: 'noDocument', args: { route: 3, document: doc('evc'), sleutel: 'evc' } }]);
    expect(memoryFindings(memoryVariant(yaml(ROUTE, '  route: 4\n')), 'A/route')).toMatchObject([{ messageId: 'noDocument', args: { route: 4, document: doc('assessment'), sleutel: 'assessment' } }]);
  });
  it('fires when the document has no file', () => {
    const hits = memoryFindings(memoryVariant(...route(4, assessment('datum: 2025-05-01\n    afgenomen_door: nip-ao-psycholoog\n    hbo_niveau: true'))), 'A/route');
    expect(hits).toMatchObject([{ line: 11, messageId: 'noFile', args: { document: doc('assessment'), sleutel: 'assessment' } }]);
  });
  it('fires for routes 2–4 without courses, not for route 1', () => {
    expect(memoryFindings(memoryVariant(coursesEdit([])), 'A/route')).toMatchObject([{ messageId: 'noCourses', args: { route: 2, minimum: 98 } }]);
    const route1 = memoryVariant(yaml(ROUTE, '  route: 1\n'), yaml('croho_mens_en_organisatie: false', 'croho_mens_en_organisatie: true'), coursesEdit([]));
    for (const rule of ['A/route', 'A/diploma', 'A/uren', 'A/cursus']) expect(memoryFindings(route1, rule), rule).toEqual([]);
  });
  it('speaks English', () => {
    // About the English wording itself, so the rendered sentence is asserted.
    expect(memoryFindings(memoryVariant(yaml(ROUTE, '')), 'A/route', { lang: 'en' })[0]!.message).toContain("put 'route: 2'");
  });
});

describe('A/diploma', () => {
  it('stays quiet on the example', () => {
    expect(memoryFindings(exampleFiles(), 'A/diploma')).toEqual([]);
  });
  it('fires for an unsigned diploma and for a missing NVAO statement, at their lines', () => {
    const files = memoryVariant(yaml('    ondertekend: true\n    nvao: true\n', '    ondertekend: false\n'));
    expect(memoryFindings(files, 'A/diploma')).toMatchObject([
      { line: 11, messageId: 'notNvao' },
      { line: 15, messageId: 'notSigned' },
    ]);
  });
  it('fires for route 1 without CROHO mens en organisatie', () => {
    expect(memoryFindings(memoryVariant(yaml(ROUTE, '  route: 1\n')), 'A/diploma')).toMatchObject([{ line: 17, messageId: 'notCroho', args: { route: 1, minimum: 98 } }]);
  });
  it('fires without a level', () => {
    expect(memoryFindings(memoryVariant(yaml('    niveau: hbo                  # NLQF 6\n', '')), 'A/diploma')).toMatchObject([{ messageId: 'noLevel' }]);
  });
  it('ignores a diploma that the route does not use', () => {
    expect(memoryFindings(memoryVariant(yaml(ROUTE, `  route: 3\n${evc()}`), yaml('    nvao: true', '    nvao: false')), 'A/diploma')).toEqual([]);
  });
});

describe('A/uren', () => {
  it('fires at 97.9 h and stays quiet at 98 h', () => {
    expect(memoryFindings(memoryVariant(yaml('      uren: 64\n', '      uren: 53.9\n')), 'A/uren')).toMatchObject([{ file: Y, line: 19, messageId: 'tooFew', args: { uren: 97.9, minimum: 98, tekort: 0.1 } }]);
    expect(memoryFindings(memoryVariant(yaml('      uren: 64\n', '      uren: 54\n')), 'A/uren')).toEqual([]);
  });
  it('counts 3.5 ECTS as 98 h, and 3.49 ECTS as too few', () => {
    expect(memoryFindings(memoryVariant(coursesEdit([good('ects: 3.5')])), 'A/uren')).toEqual([]);
    expect(memoryFindings(memoryVariant(coursesEdit([good('ects: 3.49')])), 'A/uren')).toMatchObject([{ messageId: 'tooFew', args: { uren: 97.72 } }]);
  });
  it('adds up decimals as a person would', () => {
    expect(memoryFindings(memoryVariant(coursesEdit([good('uren: 48.9'), good('uren: 49.1')])), 'A/uren')).toEqual([]);
  });
  it('does not count a course without quality mark, signature, hours or certificate', () => {
    const files = memoryVariant(coursesEdit([good('uren: 90'), course('uren: 40\nondertekend: true\nbestand: bewijs/cv.pdf')]));
    expect(memoryFindings(files, 'A/uren')).toMatchObject([{ messageId: 'tooFewSkipped', args: { uren: 90, overgeslagen: 1 } }]);
  });
  it('counts uren, not ects, when a course states both', () => {
    expect(memoryFindings(memoryVariant(coursesEdit([good('uren: 90\nects: 4')])), 'A/uren')).toHaveLength(1);
    expect(memoryFindings(memoryVariant(coursesEdit([good('uren: 98\nects: 1')])), 'A/uren')).toEqual([]);
  });
  it('applies to routes 3 and 4 too', () => {
    expect(memoryFindings(memoryVariant(...route(3, evc()), yaml('      uren: 64\n', '      uren: 10\n')), 'A/uren')).toHaveLength(1);
    expect(memoryFindings(memoryVariant(...route(4, assessment()), yaml('      uren: 64\n', '      uren: 10\n')), 'A/uren')).toHaveLength(1);
  });
});

describe('A/cursus', () => {
  it('stays quiet on the example', () => {
    expect(memoryFindings(exampleFiles(), 'A/cursus')).toEqual([]);
  });
  it('warns once per course, with every reason', () => {
    const files = memoryVariant(coursesEdit([good('uren: 100'), course('uren: 0\nondertekend: false'), course('uren: 10\nkeurmerk: " "\nondertekend: true\nbestand: bewijs/cv.pdf')]));
    const hits = memoryFindings(files, 'A/cursus');
    expect(hits).toHaveLength(2);
    expect(hits[0]).toMatchObject({ severity: 'warning', file: Y });
    expect(hits[0]).toMatchObject({ messageId: 'notCounted', args: { naam: 'Cursus loopbaancoaching', redenen: reasons('Keurmerk', 'Signed', 'Hours', 'File') } });
    expect(hits[1]).toMatchObject({ messageId: 'notCounted', args: { naam: 'Cursus loopbaancoaching', redenen: reasons('Keurmerk'), minimum: 98 } });
  });
  it('names a course without naam by its number, and speaks English', () => {
    const files = memoryVariant(coursesEdit([good('uren: 100'), '- uren: 5\nkeurmerk: NRTO\nondertekend: true']));
    expect(memoryFindings(files, 'A/cursus')).toMatchObject([{ messageId: 'notCounted', args: { naam: '#2', redenen: reasons('File') } }]);
    // About the English wording of the reason list, so the rendered sentence is asserted.
    expect(memoryFindings(files, 'A/cursus', { lang: 'en' })).toMatchObject([{ message: "The course '#2' does not count towards the 98 hours: the certificate is missing (put where it is after bestand:, e.g. bewijs/certificaat.pdf)." }]);
  });
  it('warns when uren and ects disagree', () => {
    expect(memoryFindings(memoryVariant(coursesEdit([good('uren: 98\nects: 1')])), 'A/cursus')).toMatchObject([{ messageId: 'mismatch', args: { naam: 'Cursus loopbaancoaching', uren: 98, ects: 1, omgerekend: 28 } }]);
    expect(memoryFindings(memoryVariant(coursesEdit([good('uren: 98\nects: 3.5')])), 'A/cursus')).toEqual([]);
  });
});

describe('A/rapport', () => {
  const evcDated = (datum: string) => route(3, evc(`datum: ${datum}\n    boc_niveau: 6\n    erkende_aanbieder: true\n    bestand: bewijs/diploma.pdf`));
  it('counts a report dated exactly two years before indiendatum', () => {
    expect(memoryFindings(memoryVariant(...evcDated('2024-12-01')), 'A/rapport')).toEqual([]);
  });
  it('fires one day earlier, at the line of the date', () => {
    expect(memoryFindings(memoryVariant(...evcDated('2024-11-30')), 'A/rapport')).toMatchObject([{ severity: 'error', file: Y, line: 12, messageId: 'tooOld', args: { datum: '2024-11-30', grens: '2024-12-01', indiendatum: '2026-12-01', jaren: 2 } }]);
  });
  it('fires for a report dated after indiendatum, and without a date', () => {
    expect(memoryFindings(memoryVariant(...evcDated('2026-12-02')), 'A/rapport')).toMatchObject([{ messageId: 'future', args: { datum: '2026-12-02', indiendatum: '2026-12-01' } }]);
    expect(memoryFindings(memoryVariant(...route(3, evc('boc_niveau: 6\n    erkende_aanbieder: true\n    bestand: bewijs/diploma.pdf'))), 'A/rapport')).toMatchObject([{ messageId: 'noDate', args: { document: doc('evc') } }]);
  });
  it('measures from --datum, with 29 February as 28 February in a year without it', () => {
    const leap = memoryVariant(...evcDated('2024-02-29'));
    expect(memoryFindings(leap, 'A/rapport', { datum: parseDate('2026-02-28')! })).toEqual([]);
    expect(memoryFindings(leap, 'A/rapport', { datum: parseDate('2026-03-01')! })).toHaveLength(1);
    const fromLeapDay = memoryVariant(...evcDated('2026-02-28'));
    expect(memoryFindings(fromLeapDay, 'A/rapport', { datum: parseDate('2028-02-29')! })).toEqual([]);
    expect(memoryFindings(memoryVariant(...evcDated('2026-02-27')), 'A/rapport', { datum: parseDate('2028-02-29')! })).toHaveLength(1);
  });
  it('checks the BOC level and the provider of an EVC report', () => {
    const files = memoryVariant(...route(3, evc('datum: 2025-05-01\n    boc_niveau: 5\n    erkende_aanbieder: false\n    bestand: bewijs/diploma.pdf')));
    expect(memoryFindings(files, 'A/rapport')).toMatchObject([{ messageId: 'evcLevel', args: { niveau: 6 } }, { messageId: 'evcProvider' }]);
    expect(memoryFindings(memoryVariant(...route(3, evc('datum: 2025-05-01\n    boc_niveau: 7\n    erkende_aanbieder: true\n    bestand: bewijs/diploma.pdf'))), 'A/rapport')).toEqual([]);
  });
  it('checks who took an assessment and that it shows hbo level', () => {
    expect(memoryFindings(memoryVariant(...route(4, assessment())), 'A/rapport')).toEqual([]);
    const files = memoryVariant(...route(4, assessment('datum: 2025-05-01\n    hbo_niveau: false\n    bestand: bewijs/diploma.pdf')));
    expect(memoryFindings(files, 'A/rapport')).toMatchObject([{ messageId: 'assessor' }, { messageId: 'hboLevel' }]);
  });
  it('stays quiet for routes 1 and 2', () => {
    expect(memoryFindings(memoryVariant(yaml(DIPLOMA, DIPLOMA + evc('datum: 2019-01-01'))), 'A/rapport')).toEqual([]);
  });
});
