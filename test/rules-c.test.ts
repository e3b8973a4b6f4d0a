/** The case rules (toetsingskader C, C.1–C.4): inputs that make each fire and inputs that keep it quiet. */
import { describe, expect, it } from 'vitest';
import { checkFiles, memoryFindings, memoryVariant } from './memory-variant.js';
import { parseDate } from '../src/dates.js';
import type { Files } from './rule-tester.js';

const C1 = 'casussen/casus-1.md';
const C2 = 'casussen/casus-2.md';
const periode1 = 'periode: { start: 2025-02-03, eind: 2025-07-15 }';

describe('C/periode', () => {
  const withEnd = (eind: string, start = '2024-12-01') => memoryVariant({ file: C1, replace: [periode1, `periode: { start: ${start}, eind: ${eind} }`] });
  it('counts an end date exactly two years before indiendatum as within', () => {
    expect(memoryFindings(withEnd('2024-12-01'), 'C/periode')).toEqual([]);
  });
  it('fires one day earlier', () => {
    const hits = memoryFindings(withEnd('2024-11-30', '2024-06-01'), 'C/periode');
    expect(hits).toMatchObject([{ severity: 'error', file: C1, line: 3, messageId: 'tooOld', args: { eind: '2024-11-30', grens: '2024-12-01', indiendatum: '2026-12-01', jaren: 2 } }]);
  });
  it('fires for an end after indiendatum', () => {
    expect(memoryFindings(withEnd('2026-12-02', '2026-01-01'), 'C/periode')).toMatchObject([{ severity: 'error', messageId: 'future', args: { eind: '2026-12-02' } }]);
  });
  it('warns when the trajectory started before the window', () => {
    expect(memoryFindings(withEnd('2025-03-01', '2024-10-01'), 'C/periode')).toMatchObject([{ severity: 'warning', messageId: 'startedBefore', args: { start: '2024-10-01', grens: '2024-12-01' } }]);
  });
  it('measures from --datum when given', () => {
    expect(memoryFindings(withEnd('2025-03-01', '2025-01-01'), 'C/periode', { datum: parseDate('2027-03-02')! })).toHaveLength(1);
  });
  it('uses 28 February for 29 February in a year without it', () => {
    const files = withEnd('2024-02-28', '2024-02-28');
    const inCase1 = (datum: string) => memoryFindings(files, 'C/periode', { datum: parseDate(datum)! }).filter((d) => d.file === C1 && d.severity === 'error');
    expect(inCase1('2026-02-28')).toEqual([]);
    expect(inCase1('2026-03-01')).toHaveLength(1);
  });
  it('fires when the period is missing', () => {
    expect(memoryFindings(memoryVariant({ file: C2, replace: ['periode: { start: 2025-09-01, eind: 2026-03-20 }\n', ''] }), 'C/periode')).toMatchObject([{ file: C2 }]);
  });
});

describe('C/afgerond', () => {
  it('fires when afgerond is missing', () => {
    expect(memoryFindings(memoryVariant({ file: C1, replace: ['afgerond: true\n', ''] }), 'C/afgerond')).toHaveLength(1);
  });
});

describe('C/keuze', () => {
  it('accepts an alias heading with numbering', () => {
    expect(memoryFindings(memoryVariant({ file: C1, replace: ['## Keuze voor deze casus', '## 1. Waarom deze casus?'] }), 'C/keuze')).toEqual([]);
  });
});

describe('C/diversiteit', () => {
  it('warns when the fields are missing in both cases', () => {
    const drop = (f: string, line: string) => ({ file: f, replace: [line, ''] as [string, string] });
    const files = memoryVariant(
      drop(C1, 'vraagstelling: outplacement na reorganisatie\n'),
      drop(C1, 'clienttype: werknemer 50+, teamleider logistiek\n'),
      drop(C1, 'uitdaging: weerstand en boosheid over gedwongen vertrek\n'),
    );
    expect(memoryFindings(files, 'C/diversiteit')).toMatchObject([{ severity: 'warning' }]);
  });
  it('stays quiet when one field differs', () => {
    const files = memoryVariant(
      { file: C2, replace: ['vraagstelling: loopbaanheroriëntatie en opleidingskeuze', 'vraagstelling: outplacement na reorganisatie'] },
      { file: C2, replace: ['clienttype: jonge professional, onderwijs', 'clienttype: werknemer 50+, teamleider logistiek'] },
    );
    expect(memoryFindings(files, 'C/diversiteit')).toEqual([]);
  });
});

describe('C/tags', () => {
  it('warns for a written section without its tag', () => {
    const files = memoryVariant({ file: C1, replace: ['competenties: [methodisch-werken, inlevingsvermogen, effectief-communiceren]', 'competenties: [methodisch-werken, inlevingsvermogen]'] });
    expect(memoryFindings(files, 'C/tags')).toMatchObject([{ severity: 'warning', file: C1, messageId: 'sectionWithoutTag', args: { naam: { ref: 'competenties', id: 'effectief-communiceren' }, key: 'competenties', id: 'effectief-communiceren' } }]);
  });
  it('fires for a tagged task without its section', () => {
    const files = memoryVariant({ file: C1, removeSection: '## Taak 3' });
    expect(memoryFindings(files, 'C/tags')).toMatchObject([{ severity: 'error', line: 9, messageId: 'taskWithoutSection', args: { naam: { ref: 'taken', id: '3' } } }]);
  });
  it('suggests the label for an unknown heading', () => {
    const files = memoryVariant({ file: C1, replace: ['### Organisaties', '### Organisatiies'] });
    expect(memoryFindings(files, 'C/tags')).toContainEqual(expect.objectContaining({ messageId: 'unknownHeadingTip', args: expect.objectContaining({ kop: 'Organisatiies', tip: 'Organisaties' }) }));
  });
  it('accepts tags in any case', () => {
    expect(memoryFindings(memoryVariant({ file: C1, replace: ['[loopbaantheorie, ontwikkeling-mens, organisaties]', '[Loopbaantheorie, ONTWIKKELING-MENS, organisaties]'] }), 'C/tags')).toEqual([]);
  });
});

describe('C/inhoud', () => {
  it('warns below the minimum word count, which portfolio.yaml can change', () => {
    const files = memoryVariant({ file: 'portfolio.yaml', replace: ['min_woorden: 50', 'min_woorden: 170'] });
    const hits = memoryFindings(files, 'C/inhoud');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((d) => d.severity === 'warning')).toBe(true);
  });
  it('does not count comments or unchanged template text', () => {
    const files = memoryVariant({ file: C2, removeSection: '### Adviseren' }, { file: C2, replace: ['### Coachen', '### Adviseren\n\n<!-- veel woorden in commentaar die niet meetellen -->\n\n*Nog te schrijven.*\n\n### Coachen'] });
    expect(memoryFindings(files, 'C/inhoud')).toMatchObject([{ severity: 'error', messageId: 'template', args: { naam: { ref: 'competenties', id: 'adviseren' } } }]);
  });
});

describe('C1/taken', () => {
  it('fires for an empty niet_relevant motivation', () => {
    const files = memoryVariant({ file: C2, replace: ['niet_relevant: { 6: "', 'niet_relevant: { 6: "", 7: "'] });
    expect(memoryFindings(files, 'C1/taken')).toContainEqual(expect.objectContaining({ messageId: 'emptyMotivation', args: { naam: { ref: 'taken', id: '6' } } }));
  });
  it('fires when no case covers a task', () => {
    const files = memoryVariant({ file: C1, removeSection: '## Taak 6' }, { file: C1, replace: ['taken: [0, 1, 2, 3, 4, 5, 6, 7]', 'taken: [0, 1, 2, 3, 4, 5, 7]'] });
    expect(memoryFindings(files, 'C1/taken').length).toBe(2);
  });
});

describe('C2/kennisgebieden', () => {
  it('fires when fewer than four are shown', () => {
    const files = memoryVariant({ file: C2, removeSection: '### Arbeidsmarkt' }, { file: C2, removeSection: '### Opleidingen en beroepen' }, { file: C2, replace: ['[loopbaantheorie, arbeidsmarkt, opleidingen-beroepen]', '[loopbaantheorie]'] });
    expect(memoryFindings(files, 'C2/kennisgebieden')).toMatchObject([{ messageId: 'tooFew', args: { aantal: 3, totaal: 5, minimum: 4 } }]);
  });
  it('stays quiet with exactly four including both mandatory ones', () => {
    const files = memoryVariant({ file: C2, removeSection: '### Arbeidsmarkt' }, { file: C2, replace: ['[loopbaantheorie, arbeidsmarkt, opleidingen-beroepen]', '[loopbaantheorie, opleidingen-beroepen]'] });
    expect(memoryFindings(files, 'C2/kennisgebieden')).toEqual([]);
  });
});

describe('C4/attitude', () => {
  it('fires four times when the attitude section is missing', () => {
    const files = memoryVariant({ file: C2, removeSection: '## Professionele attitude' });
    expect(memoryFindings(files, 'C4/attitude')).toHaveLength(4);
  });
});

describe('no follow-up findings for a value bestand/schema already reported', () => {
  it('afgerond: misschien is one finding, not also "missing" (afgerond: ja is simply yes)', () => {
    const report = findingsAll(memoryVariant({ file: C1, replace: ['afgerond: true', 'afgerond: misschien'] }));
    expect(report.map((d) => d.rule)).toEqual(['bestand/schema']);
  });
  it('taken: 0-7 does not turn every task section into a warning', () => {
    const report = findingsAll(memoryVariant({ file: C1, replace: ['taken: [0, 1, 2, 3, 4, 5, 6, 7]', 'taken: 0-7'] }));
    expect(report.map((d) => d.rule)).toEqual(['bestand/schema']);
  });
});

describe('misspelt ## headings', () => {
  it.each([
    ['## Keuze voor deze casus', '## Keuse voor deze casus', 'Keuze voor deze casus'],
    ['## Professionele attitude', '## Profesionele atitude', 'Professionele attitude'],
  ])('suggests the label for %s written as %s', (from, to, tip) => {
    const hits = memoryFindings(memoryVariant({ file: C1, replace: [from, to] }), 'C/tags');
    expect(hits).toContainEqual(expect.objectContaining({ messageId: 'unknownTopHeadingTip', args: expect.objectContaining({ kop: to.slice(3), tip }) }));
  });
});

function findingsAll(files: Files) {
  return checkFiles(files).diagnostics;
}

describe('heading aliases', () => {
  it('accepts "Professionele houding" (the framework also says beroepshouding)', () => {
    expect(memoryFindings(memoryVariant({ file: C1, replace: ['## Professionele attitude', '## Professionele houding'] }), 'C4/attitude')).toEqual([]);
  });
});
