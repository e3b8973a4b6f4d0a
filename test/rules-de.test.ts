/** The development plan and the declarations (toetsingskader D, E): each rule in both directions. */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../src/dates.js';
import type { Edit } from '../scripts/defects.js';
import { EXAMPLE, findings, variant } from './helpers.js';

const P = 'ontwikkelplan.md';
const Y = 'portfolio.yaml';
const PERIODE = 'periode: { van: 2027, tot: 2030 }';
const plan = (from: string, to: string): Edit => ({ file: P, replace: [from, to] });
const periode = (van: number, tot: number) => plan(PERIODE, `periode: { van: ${van}, tot: ${tot} }`);

describe('D/ontwikkelplan', () => {
  it('stays quiet on the example', () => {
    expect(findings(EXAMPLE, 'D/ontwikkelplan')).toEqual([]);
  });
  it('fires when the plan is missing, named in portfolio.yaml or not', () => {
    expect(findings(variant({ file: P, remove: true }), 'D/ontwikkelplan')).toMatchObject([{ severity: 'error', file: Y, line: 52, message: expect.stringContaining('ontwikkelplan.md is er niet') }]);
    expect(findings(variant({ file: P, remove: true }, { file: Y, replace: ['ontwikkelplan: ontwikkelplan.md\n', ''] }), 'D/ontwikkelplan')).toHaveLength(1);
  });
  it('counts four calendar years, both included', () => {
    expect(findings(variant(periode(2027, 2029)), 'D/ontwikkelplan')).toMatchObject([{ file: P, line: 2, message: expect.stringContaining('dat is 3 jaar') }]);
    expect(findings(variant(plan(PERIODE, 'periode: { van: 2027, tot_en_met: 2031 }')), 'D/ontwikkelplan')[0]!.message).toContain('van 2027 tot en met 2030');
    expect(findings(variant(periode(2030, 2027)), 'D/ontwikkelplan')[0]!.message).toContain('vóór het beginjaar');
  });
  it('reads Dutch "tot" both ways, tot_en_met, and a written-out period (contract §3)', () => {
    for (const written of ['periode: { van: 2027, tot: 2031 }', 'periode: { van: 2027, tot_en_met: 2030 }', 'periode: 2027-2030', "periode: '2027 t/m 2030'"]) {
      expect(findings(variant(plan(PERIODE, written)), 'D/ontwikkelplan'), written).toEqual([]);
    }
    expect(findings(variant(plan(PERIODE, 'periode: { van: 2027, tot_en_met: 2029 }')), 'D/ontwikkelplan')[0]!.message).toContain('dat is 3 jaar');
  });
  it('warns when the plan starts more than a year after the indiendatum', () => {
    expect(findings(variant(periode(2028, 2031)), 'D/ontwikkelplan')).toMatchObject([{ severity: 'warning', line: 2, message: expect.stringContaining('begint pas in 2028') }]);
    expect(findings(variant(periode(2027, 2030)), 'D/ontwikkelplan')).toEqual([]);
  });
  it('recognises the questions of D as headings, in full or shortened, with ik or je', () => {
    const asked = variant(
      plan('## Inzichten', '## Wat heeft het maken van dit portfolio mij opgeleverd?'),
      plan('## Verbeteren en verdiepen', '## Wat wil ik verbeteren of verdiepen?'),
      plan('## Doelen en acties', '## Welke doelen streef ik na?'),
      plan('## Belemmeringen', '## Welke belemmeringen voorzie je?'),
    );
    expect(findings(asked, 'D/ontwikkelplan')).toEqual([]);
  });
  it('names a heading that answers none of the questions, and warns for a very short answer', () => {
    const odd = variant(plan('## Belemmeringen', '## Mijn vakantieplannen\n\nNaar Frankrijk.\n\n## Belemmeringen'));
    expect(findings(odd, 'D/ontwikkelplan')).toMatchObject([{ severity: 'warning', message: expect.stringContaining("'Mijn vakantieplannen'") }]);
    const short = variant({ file: P, removeSection: '## Belemmeringen' }, plan('## Doelen en acties', '## Belemmeringen\n\nGeen tijd.\n\n## Doelen en acties'));
    expect(findings(short, 'D/ontwikkelplan')).toMatchObject([{ severity: 'warning', message: expect.stringContaining('telt 2 woorden') }]);
  });
  it('fires without a period, with an example from the indiendatum', () => {
    expect(findings(variant(plan(`${PERIODE}\n`, '')), 'D/ontwikkelplan')).toMatchObject([{ severity: 'error', file: P, line: 1, message: expect.stringContaining('periode: { van: 2027, tot: 2030 }') }]);
    const noFrontMatter = variant({ file: P, replace: [`---\n${PERIODE}\n---\n`, ''] });
    expect(findings(noFrontMatter, 'D/ontwikkelplan', { datum: parseDate('2027-06-01')! })).toMatchObject([{ line: 1, message: expect.stringContaining('van: 2028, tot: 2031') }]);
  });
  it('warns when the plan starts before the year of the indiendatum', () => {
    expect(findings(variant(periode(2025, 2028)), 'D/ontwikkelplan')).toMatchObject([{ severity: 'warning', line: 2, message: expect.stringContaining('vóór het jaar van je indiendatum (2026)') }]);
    expect(findings(variant(periode(2026, 2029)), 'D/ontwikkelplan')).toEqual([]);
    expect(findings(EXAMPLE, 'D/ontwikkelplan', { datum: parseDate('2028-01-01')! })).toMatchObject([{ severity: 'warning' }]);
  });
  it('fires for a missing question and for an unanswered one', () => {
    expect(findings(variant({ file: P, removeSection: '## Belemmeringen' }), 'D/ontwikkelplan')).toMatchObject([{ file: P, message: expect.stringContaining("'## Belemmeringen'") }]);
    const empty = variant({ file: P, removeSection: '## Inzichten' }, plan('## Verbeteren en verdiepen', '## Inzichten\n\n<!-- Wat heeft het maken van dit portfolio je opgeleverd? -->\n\n*Nog te schrijven.*\n\n## Verbeteren en verdiepen'));
    expect(findings(empty, 'D/ontwikkelplan')).toMatchObject([{ line: 7, message: expect.stringContaining("De sectie 'Inzichten'") }]);
  });
  it('matches headings like case headings: numbering, case, the question itself, text in subsections', () => {
    const dir = variant(
      plan('## Inzichten', '## 1. INZICHTEN:'),
      plan('## Verbeteren en verdiepen', '## Wat wil je verbeteren of waar wil je je verder in verdiepen?'),
      plan('## Belemmeringen\n', '## Belemmeringen\n\n### Tijd\n'),
    );
    expect(findings(dir, 'D/ontwikkelplan')).toEqual([]);
  });
  it('speaks English', () => {
    expect(findings(variant(periode(2027, 2029)), 'D/ontwikkelplan', { lang: 'en' })[0]!.message).toContain('that is 3 years');
  });
});

