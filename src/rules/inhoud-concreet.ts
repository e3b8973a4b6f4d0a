/**
 * `inhoud/concreet` (warning): a competence section that restates the framework's indicators, or
 * claims the competence without a concrete moment from the case (toetsingskader C.3: "Wel maak je
 * duidelijk hoe de afzonderlijke competenties zichtbaar zijn in een begeleidingstraject, waar je
 * bewust handelt en hoe je reflecteert op je handelen"). Copy test: most sentences share most words
 * of an indicator; anchor test: much generic self-description, or some with hardly a situational anchor
 * (schemas/ruleset.inhoud.yaml `concreet`).
 */
import { countTerms, sentences, silenced, stem, tokens, writtenSections } from '../content.js';
import { words } from '../woorden.js';
import { sectionPlace } from './place.js';
import type { Rule } from './rule.js';
import { itemName } from '../refs.js';

/** Words too small to say whether a sentence restates an indicator. */
const SMALL = new Set(['de', 'het', 'een', 'en', 'of', 'van', 'in', 'op', 'te', 'om', 'met', 'voor', 'naar', 'zijn', 'is', 'die', 'dat', 'ik', 'je', 'en/of', 'zich', 'hij', 'zij', 'ze']);

function contentStems(text: string): Set<string> {
  return new Set(words(text).map((w) => w.replace(/\.$/, '')).filter((w) => !SMALL.has(w) && w.length > 2).map(stem));
}

export const rule: Rule = {
  id: 'inhoud/concreet',
  severity: 'warning',
  part: 'C',
  source: 'C.3',
  check({ portfolio, coverage, report, kader, ruleset }) {
    const { kopie_overlap, kopie_aandeel, veel_algemeen, min_algemeen, max_ankers, ankers, algemeen } = ruleset.inhoud.concreet;
    portfolio.cases.forEach((doc, i) => {
      for (const { id, section } of writtenSections(coverage[i]!, 'competenties')) {
        // Asked only when there is something to say, so that a comment that silences nothing is reported as unused.
        const say: typeof report = (finding) => {
          if (!silenced(doc, section, this.id, ruleset)) report(finding);
        };
        const indicators = (kader.competenties.find((c) => c.id === id)?.indicatoren ?? []).map(contentStems);
        const said = sentences(section.text);
        const copies = said.filter((sentence) => {
          const stems = contentStems(sentence);
          return indicators.some((ind) => ind.size > 0 && [...ind].filter((s) => stems.has(s)).length / ind.size >= kopie_overlap);
        });
        const place = sectionPlace(doc.file, section);
        const args = { naam: itemName('competenties', id) };
        if (said.length > 0 && copies.length / said.length >= kopie_aandeel) {
          say({ messageId: 'indicators', args: { ...args, aantal: copies.length, totaal: said.length }, ...place });
          continue;
        }
        const text = tokens(section.text);
        const generic = countTerms(text, algemeen);
        if (generic >= veel_algemeen || (generic >= min_algemeen && countTerms(text, ankers) <= max_ankers)) say({ messageId: 'noMoment', args, ...place });
      }
    });
  },
};
