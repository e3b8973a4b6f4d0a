/**
 * `C/diversiteit`: the two cases differ in question, client type or challenge (toetsingskader C.1:
 * "Je zorgt voor diversiteit in je casussen"). Compared on the front-matter fields
 * `vraagstelling`, `clienttype` and `uitdaging`: the same, or nearly the same (at least half of
 * their words shared, contract §7), in all of them gets a warning.
 */
import { words } from '../woorden.js';
import { metaPlace } from './place.js';
import type { Rule } from './rule.js';

const FIELDS = ['vraagstelling', 'clienttype', 'uitdaging'] as const;

/** Little words that say nothing about how two cases differ. */
const FILLER = new Set(['de', 'het', 'een', 'en', 'of', 'van', 'na', 'bij', 'met', 'in', 'op', 'voor', 'naar', 'door', 'om', 'te', 'over', 'tot', 'uit', 'aan']);

/**
 * How alike two values are: 1 the same words (filler words left out), `NEARLY` or more when they
 * share words and differ by one word at most (one word replaced, added or left out), or when at
 * least half of their words are shared (Jaccard index); less otherwise.
 */
export function overlap(a: string, b: string): number {
  const set = (text: string) => new Set(words(text).map((w) => w.replace(/\.$/, '')).filter((w) => !FILLER.has(w)));
  const x = set(a);
  const y = set(b);
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  const jaccard = shared / (x.size + y.size - shared);
  const oneWord = shared > 0 && x.size - shared <= 1 && y.size - shared <= 1;
  return jaccard === 1 ? 1 : oneWord ? Math.max(jaccard, NEARLY) : jaccard;
}

/** Two values "nearly the same" at this score or more. */
const NEARLY = 0.5;

export const rule: Rule = {
  id: 'C/diversiteit',
  severity: 'warning',
  part: 'C',
  source: 'C.1',
  check({ portfolio, report }) {
    const [a, b] = portfolio.cases;
    if (!a?.meta || !b?.meta || portfolio.cases.length !== 2) return;
    const compared = FIELDS.filter((f) => a.meta![f]?.trim() && b.meta![f]?.trim());
    if (compared.length === 0) {
      const filled = (doc: typeof a) => FIELDS.filter((f) => doc.meta?.[f]?.trim());
      if (filled(a).length === 0 && filled(b).length === 0) {
        report({ messageId: 'unverifiable', args: { fields: [...FIELDS] }, ...metaPlace(b) });
        return;
      }
      // One case has them: ask only the other for what it lacks (a coach's trial: "beide" was wrong).
      for (const [doc, other] of [[a, b], [b, a]] as const) {
        const lacking = filled(other).filter((f) => !filled(doc).includes(f));
        if (lacking.length > 0) report({ messageId: 'unverifiableOne', args: { fields: lacking, other: other.file }, ...metaPlace(doc) });
      }
      return;
    }
    const scores = compared.map((f) => overlap(a.meta![f]!, b.meta![f]!));
    if (scores.every((score) => score === 1)) {
      report({ messageId: 'same', args: { fields: compared.join(', '), other: a.file }, ...metaPlace(b, compared[0]!) });
    } else if (scores.every((score) => score >= NEARLY)) {
      report({ messageId: 'similar', args: { fields: compared.join(', '), other: a.file }, ...metaPlace(b, compared[0]!) });
    }
  },
};
