/** The development plan and the declarations (toetsingskader D, E): each rule in both directions. */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/dates.js';
import type { Edit } from '../scripts/defects.js';
import { exampleFiles, memoryFindings, memoryVariant } from './memory-variant.js';

const P = 'ontwikkelplan.md';
const Y = 'portfolio.yaml';
const PERIODE = 'periode: { van: 2027, tot: 2030 }';
const plan = (from: string, to: string): Edit => ({ file: P, replace: [from, to] });
const periode = (van: number, tot: number) => plan(PERIODE, `periode: { van: ${van}, tot: ${tot} }`);

describe('D/ontwikkelplan', () => {
  it('stays quiet on the example', () => {
    expect(memoryFindings(exampleFiles(), 'D/ontwikkelplan')).toEqual([]);
  });
  it('fires when the plan is missing, named in portfolio.yaml or not', () => {
    expect(memoryFindings(memoryVariant({ file: P, remove: true }), 'D/ontwikkelplan')).toMatchObject([{ severity: 'error', file: Y, line: 52, messageId: 'missing', args: { path: 'ontwikkelplan.md', jaren: 4 } }]);
    expect(memoryFindings(memoryVariant({ file: P, remove: true }, { file: Y, replace: ['ontwikkelplan: ontwikkelplan.md\n', ''] }), 'D/ontwikkelplan')).toHaveLength(1);
  });
  it('counts four calendar years, both included', () => {
    expect(memoryFindings(memoryVariant(periode(2027, 2029)), 'D/ontwikkelplan')).toMatchObject([{ file: P, line: 2, messageId: 'years', args: { van: 2027, tot: 2029, geteld: 3, jaren: 4 } }]);
    expect(memoryFindings(memoryVariant(plan(PERIODE, 'periode: { van: 2027, tot_en_met: 2031 }')), 'D/ontwikkelplan')).toMatchObject([{ messageId: 'years', args: { van: 2027, tot: 2031, geteld: 5, voorbeeld: 2030 } }]);
    expect(memoryFindings(memoryVariant(periode(2030, 2027)), 'D/ontwikkelplan')[0]).toMatchObject({ messageId: 'order', args: { van: 2030, tot: 2027 } });
  });
  it('reads Dutch "tot" both ways, tot_en_met, and a written-out period (contract §3)', () => {
    for (const written of ['periode: { van: 2027, tot: 2031 }', 'periode: { van: 2027, tot_en_met: 2030 }', 'periode: 2027-2030', "periode: '2027 t/m 2030'"]) {
      expect(memoryFindings(memoryVariant(plan(PERIODE, written)), 'D/ontwikkelplan'), written).toEqual([]);
    }
    expect(memoryFindings(memoryVariant(plan(PERIODE, 'periode: { van: 2027, tot_en_met: 2029 }')), 'D/ontwikkelplan')).toMatchObject([{ messageId: 'years', args: { van: 2027, tot: 2029, geteld: 3 } }]);
  });
  it('warns when the plan starts more than a year after the indiendatum', () => {
    expect(memoryFindings(memoryVariant(periode(2028, 2031)), 'D/ontwikkelplan')).toMatchObject([{ severity: 'warning', line: 2, messageId: 'lateStart', args: { van: 2028, jaar: 2026 } }]);
    expect(memoryFindings(memoryVariant(periode(2027, 2030)), 'D/ontwikkelplan')).toEqual([]);
  });
  it('recognises the questions of D as headings, in full or shortened, with ik or je', () => {
    const asked = memoryVariant(
      plan('## Inzichten', '## Wat heeft het maken van dit portfolio mij opgeleverd?'),
      plan('## Verbeteren en verdiepen', '## Wat wil ik verbeteren of verdiepen?'),
      plan('## Doelen en acties', '## Welke doelen streef ik na?'),
      plan('## Belemmeringen', '## Welke belemmeringen voorzie je?'),
    );
    expect(memoryFindings(asked, 'D/ontwikkelplan')).toEqual([]);
  });
  it('names a heading that answers none of the questions, and warns for a very short answer', () => {
    const odd = memoryVariant(plan('## Belemmeringen', '## Mijn vakantieplannen\n\nNaar Frankrijk.\n\n## Belemmeringen'));
    expect(memoryFindings(odd, 'D/ontwikkelplan')).toMatchObject([{ severity: 'warning', messageId: 'unknownHeading', args: { kop: 'Mijn vakantieplannen' } }]);
    const short = memoryVariant({ file: P, removeSection: '## Belemmeringen' }, plan('## Doelen en acties', '## Belemmeringen\n\nGeen tijd.\n\n## Doelen en acties'));
    expect(memoryFindings(short, 'D/ontwikkelplan')).toMatchObject([{ severity: 'warning', messageId: 'shortSection', args: { kop: 'Belemmeringen', woorden: 2 } }]);
  });
  it('fires without a period, with an example from the indiendatum', () => {
    expect(memoryFindings(memoryVariant(plan(`${PERIODE}\n`, '')), 'D/ontwikkelplan')).toMatchObject([{ severity: 'error', file: P, line: 1, messageId: 'noPeriod', args: { van: 2027, tot: 2030, jaren: 4 } }]);
    const noFrontMatter = memoryVariant({ file: P, replace: [`---\n${PERIODE}\n---\n`, ''] });
    expect(memoryFindings(noFrontMatter, 'D/ontwikkelplan', { datum: parseDate('2027-06-01')! })).toMatchObject([{ line: 1, messageId: 'noPeriod', args: { van: 2028, tot: 2031 } }]);
  });
  it('warns when the plan starts before the year of the indiendatum', () => {
    expect(memoryFindings(memoryVariant(periode(2025, 2028)), 'D/ontwikkelplan')).toMatchObject([{ severity: 'warning', line: 2, messageId: 'pastStart', args: { van: 2025, jaar: 2026 } }]);
    expect(memoryFindings(memoryVariant(periode(2026, 2029)), 'D/ontwikkelplan')).toEqual([]);
    expect(memoryFindings(exampleFiles(), 'D/ontwikkelplan', { datum: parseDate('2028-01-01')! })).toMatchObject([{ severity: 'warning', messageId: 'pastStart', args: { van: 2027, jaar: 2028 } }]);
  });
  it('fires for a missing question and for an unanswered one', () => {
    expect(memoryFindings(memoryVariant({ file: P, removeSection: '## Belemmeringen' }), 'D/ontwikkelplan')).toMatchObject([{ file: P, messageId: 'missingSection', args: { kop: 'Belemmeringen' } }]);
    const empty = memoryVariant({ file: P, removeSection: '## Inzichten' }, plan('## Verbeteren en verdiepen', '## Inzichten\n\n<!-- Wat heeft het maken van dit portfolio je opgeleverd? -->\n\n*Nog te schrijven.*\n\n## Verbeteren en verdiepen'));
    expect(memoryFindings(empty, 'D/ontwikkelplan')).toMatchObject([{ line: 7, messageId: 'emptySection', args: { kop: 'Inzichten' } }]);
  });
  it('matches headings like case headings: numbering, case, the question itself, text in subsections', () => {
    const files = memoryVariant(
      plan('## Inzichten', '## 1. INZICHTEN:'),
      plan('## Verbeteren en verdiepen', '## Wat wil je verbeteren of waar wil je je verder in verdiepen?'),
      plan('## Belemmeringen\n', '## Belemmeringen\n\n### Tijd\n'),
    );
    expect(memoryFindings(files, 'D/ontwikkelplan')).toEqual([]);
  });
  it('speaks English', () => {
    // About the English wording itself, so the rendered sentence is asserted.
    expect(memoryFindings(memoryVariant(periode(2027, 2029)), 'D/ontwikkelplan', { lang: 'en' })[0]!.message).toContain('that is 3 years');
  });
});

