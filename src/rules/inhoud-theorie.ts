/**
 * `inhoud/theorie` (warning): a kennisgebied section that names no theory, model, author or source,
 * or never relates it to the client (toetsingskader C.2: "Je verwerkt je kennis als reflectie op je
 * casusbeschrijving en laat daarmee zien dat je kennis in de praktijk toepast"). Loopbaantheorie and
 * Ontwikkeling van de mens need a theory or model; the other three a theory, model or source
 * (schemas/ruleset.inhoud.yaml `theorie`).
 */
import { countTerms, hasTerm, silenced, tokens, writtenSections, type Terms } from '../content.js';
import { sectionPlace } from './place.js';
import type { Rule, Ruleset } from './rule.js';
import { itemName } from '../refs.js';

/**
 * Words that refer to the client: the list `theorie.client` and the first names of
 * schemas/woorden.yaml, since many candidates call their client by a (made-up) first name
 * throughout ("Bij Sanne zag ik …"; a coach's trial got a false hint for that).
 */
const clientTerms = new WeakMap<Ruleset, Terms>();
function clientWords(ruleset: Ruleset): Terms {
  let terms = clientTerms.get(ruleset);
  if (!terms) clientTerms.set(ruleset, (terms = [...ruleset.inhoud.theorie.client, ...ruleset.woorden.voornamen]));
  return terms;
}

export const rule: Rule = {
  id: 'inhoud/theorie',
  severity: 'warning',
  part: 'C',
  source: 'C.2',
  check({ portfolio, coverage, report, kader, ruleset }) {
    const { theorie_verplicht, theoretici, bronnen, min_client } = ruleset.inhoud.theorie;
    const client = clientWords(ruleset);
    portfolio.cases.forEach((doc, i) => {
      for (const { id, section } of writtenSections(coverage[i]!, 'kennisgebieden')) {
        if (silenced(doc, section, this.id, ruleset)) continue;
        const text = tokens(section.text);
        const theory = hasTerm(text, theoretici);
        const named = theory || (!theorie_verplicht.includes(id) && hasTerm(text, bronnen));
        const voorbeelden = kader.kennisgebieden.find((k) => k.id === id)?.voorbeelden ?? [];
        const args = { naam: itemName('kennisgebieden', id), voorbeeld: voorbeelden[0] ?? '' };
        if (!named) report({ messageId: theorie_verplicht.includes(id) ? 'noTheory' : 'noSource', args, ...sectionPlace(doc.file, section) });
        else if (countTerms(text, client) < min_client) report({ messageId: 'notTied', args, ...sectionPlace(doc.file, section) });
      }
    });
  },
};
