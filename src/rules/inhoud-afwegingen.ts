/**
 * `inhoud/afwegingen` (warning): a case whose task sections mostly say what was done, not why
 * (toetsingskader C.1: "Je geeft de afwegingen en beslissingen aan die je gemaakt hebt bij de
 * gekozen interventies"). Judged per case, never per section: the share of its worked-out task
 * sections with at least `min_per_sectie` reasoning words (schemas/ruleset.inhoud.yaml `afwegingen`) below
 * `min_aandeel`.
 */
import { countTerms, silenced, tokens, writtenSections } from '../content.js';
import { sectionPlace } from './place.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'inhoud/afwegingen',
  severity: 'warning',
  part: 'C',
  source: 'C.1',
  check({ portfolio, coverage, report, ruleset }) {
    const { min_aandeel, min_per_sectie, min_secties, woorden } = ruleset.inhoud.afwegingen;
    portfolio.cases.forEach((doc, i) => {
      const tasks = writtenSections(coverage[i]!, 'taken').filter((t) => !silenced(doc, t.section, this.id, ruleset));
      if (tasks.length < min_secties) return;
      const without = tasks.filter((t) => countTerms(tokens(t.section.text), woorden) < min_per_sectie);
      if (1 - without.length / tasks.length >= min_aandeel) return;
      report({ messageId: 'diary', args: { aantal: without.length, totaal: tasks.length, taken: without.map((t) => Number(t.id)) }, ...sectionPlace(doc.file, without[0]!.section) });
    });
  },
};
