/**
 * `inhoud/perspectief` (info): a case whose task sections are told mostly as "we", "het team" or a
 * colleague, not from the candidate's own perspective (toetsingskader C: "Vanuit jouw perspectief
 * als begeleider schets je voor elke casus het complete begeleidingstraject"; C.1: "zelf
 * uitgevoerd"). Words: schemas/ruleset.inhoud.yaml `perspectief`.
 */
import { countTerms, silenced, tokens, writtenSections } from '../content.js';
import { sectionPlace } from './place.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'inhoud/perspectief',
  severity: 'info',
  part: 'C',
  source: 'C',
  check({ portfolio, coverage, report, ruleset }) {
    const { min_aandeel_ik, ik, wij } = ruleset.inhoud.perspectief;
    portfolio.cases.forEach((doc, i) => {
      const tasks = writtenSections(coverage[i]!, 'taken').filter((t) => !silenced(doc, t.section, this.id, ruleset));
      if (tasks.length === 0) return;
      let own = 0;
      let shared = 0;
      for (const t of tasks) {
        const text = tokens(t.section.text);
        own += countTerms(text, ik);
        shared += countTerms(text, wij);
      }
      if (own + shared === 0 || own / (own + shared) >= min_aandeel_ik) return;
      report({ messageId: 'we', args: { ik: own, wij: shared }, ...sectionPlace(doc.file, tasks[0]!.section) });
    });
  },
};
