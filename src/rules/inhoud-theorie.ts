/**
 * `inhoud/theorie` (warning): a kennisgebied section that names no theory, model, author or source,
 * or never relates it to the client (toetsingskader C.2: "Je verwerkt je kennis als reflectie op je
 * casusbeschrijving en laat daarmee zien dat je kennis in de praktijk toepast"). Loopbaantheorie and
 * Ontwikkeling van de mens need a theory or model; the other three a theory, model or source
 * (schemas/ruleset.inhoud.yaml `theorie`).
 */
import { countTerms, hasTerm, silenced, tokens, writtenSections } from '../content.js';
import { sectionPlace } from './place.js';
import type { Rule, Ruleset } from './rule.js';
import { itemName } from '../refs.js';

/**
 * First names that refer to the client: many candidates call their client by a (made-up) first name
 * throughout ("Bij Sanne zag ik …"; a coach's trial got a false hint for that). Matched as whole
 * words, never by stem: "Daan" must not match "dan". From schemas/woorden.yaml `voornamen`.
 */
const firstNames = new WeakMap<Ruleset, ReadonlySet<string>>();
function namesOf(ruleset: Ruleset): ReadonlySet<string> {
  let names = firstNames.get(ruleset);
  if (!names) firstNames.set(ruleset, (names = new Set(ruleset.woorden.voornamen.map((n) => n.toLowerCase()))));
  return names;
}

export const rule: Rule = {
  id: 'inhoud/theorie',
  severity: 'warning',
  part: 'C',
  source: 'C.2',
  check({ portfolio, coverage, report, kader, ruleset }) {
    const { theorie_verplicht, theoretici, bronnen, min_client, client } = ruleset.inhoud.theorie;
    const names = namesOf(ruleset);
    portfolio.cases.forEach((doc, i) => {
      for (const { id, section } of writtenSections(coverage[i]!, 'kennisgebieden')) {
        // Asked only when there is something to say, so that a comment that silences nothing is reported as unused.
        const say: typeof report = (finding) => {
          if (!silenced(doc, section, this.id, ruleset)) report(finding);
        };
        const text = tokens(section.text);
        const theory = hasTerm(text, theoretici);
        const named = theory || (!theorie_verplicht.includes(id) && hasTerm(text, bronnen));
        const voorbeelden = kader.kennisgebieden.find((k) => k.id === id)?.voorbeelden ?? [];
        const args = { naam: itemName('kennisgebieden', id), voorbeeld: voorbeelden[0] ?? '' };
        if (!named) say({ messageId: theorie_verplicht.includes(id) ? 'noTheory' : 'noSource', args, ...sectionPlace(doc.file, section) });
        else if (countTerms(text, client) + text.words.filter((w) => names.has(w)).length < min_client) say({ messageId: 'notTied', args, ...sectionPlace(doc.file, section) });
      }
    });
  },
};
