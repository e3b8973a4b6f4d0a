/**
 * `inhoud/attitude` (warning): an attitude answer that skips a part of its question, or is only a
 * negation (toetsingskader C.4: each question has parts, e.g. "Beschrijf het ethische dilemma, je
 * afwegingen en je uiteindelijke actie"). The parts of each question and the words that show them
 * are in schemas/ruleset.inhoud.yaml `attitude.delen`.
 */
import { countTerms, firstTokens, hasTerm, silenced, tokens, writtenSections } from '../content.js';
import type { ItemRef } from '../types.js';
import { sectionPlace } from './place.js';
import type { Rule } from './rule.js';
import { itemName } from '../refs.js';

export const rule: Rule = {
  id: 'inhoud/attitude',
  severity: 'warning',
  part: 'C',
  source: 'C.4',
  check({ portfolio, coverage, report, ruleset }) {
    const { alleen_ontkenning_woorden, ontkenning, ik, delen } = ruleset.inhoud.attitude;
    const self = new Set(ik);
    portfolio.cases.forEach((doc, i) => {
      for (const { id, section } of writtenSections(coverage[i]!, 'attitude')) {
        // Asked only when there is something to say, so that a comment that silences nothing is reported as unused.
        const say: typeof report = (finding) => {
          if (!silenced(doc, section, this.id, ruleset)) report(finding);
        };
        const text = tokens(section.text);
        const vraag: ItemRef = { ref: 'attitude', id, field: 'vraag' };
        const place = sectionPlace(doc.file, section);
        if (text.words.length < alleen_ontkenning_woorden && hasTerm(firstTokens(text, 3), ontkenning)) {
          say({ messageId: 'onlyNo', args: { naam: itemName('attitude', id), vraag, woorden: text.words.length }, ...place });
          continue;
        }
        const missing = (delen[id] ?? []).filter((deel) => countTerms(text, deel.woorden, deel.bij_ik ? self : undefined) === 0);
        if (missing.length === 0) continue;
        const onderdelen = missing.map((deel): ItemRef => ({ ref: 'tekst', rule: this.id, id: `deel-${id}-${deel.id}` }));
        say({ messageId: 'partMissing', args: { naam: itemName('attitude', id), vraag, onderdelen }, ...place });
      }
    });
  },
};
