/**
 * `inhoud/effect` (warning): a case whose interventions (tasks 3–6) mostly lack what they aimed
 * at or what their actual effect was (toetsingskader C.1: "Welke specifieke interventies heb je
 * ingezet, wat je daarmee beoogde en wat het werkelijke effect was?"; taak 3: "Welk doel had je er
 * mee voor ogen en wat was het resultaat?"). Judged per case: fewer than `min_effecten` words of an
 * actual effect (schemas/ruleset.inhoud.yaml `effect`) in those sections together. Aim words alone proved
 * too rare in good text to judge by (calibration, README).
 */
import { countTerms, silenced, tokens, writtenSections } from '../content.js';
import { sectionPlace } from './place.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'inhoud/effect',
  severity: 'warning',
  part: 'C',
  source: 'C.1',
  check({ portfolio, coverage, report, ruleset }) {
    const { taken, min_secties, min_effecten, effect } = ruleset.inhoud.effect;
    portfolio.cases.forEach((doc, i) => {
      const sections = writtenSections(coverage[i]!, 'taken').filter((t) => taken.includes(Number(t.id)) && !silenced(doc, t.section, this.id, ruleset));
      if (sections.length < min_secties) return;
      const counts = sections.map((t) => countTerms(tokens(t.section.text), effect));
      if (counts.reduce((a, b) => a + b, 0) >= min_effecten) return;
      const lacking = sections.filter((_, k) => counts[k] === 0);
      const first = lacking[0] ?? sections[0]!;
      report({ messageId: 'noEffect', args: { aantal: lacking.length, totaal: sections.length, taken: lacking.map((t) => Number(t.id)) }, ...sectionPlace(doc.file, first.section) });
    });
  },
};
