/**
 * What `rlp explain` accepts besides a full rule id: short forms a coach types. `c2` or `C2` (the
 * part of the toetsingskader, when one rule belongs to it), `kennisgebieden` or `theorie` (the
 * rule's name without its part), or any unique beginning of either (`c2/ken`, `theo`). Case is
 * ignored. When a short form fits several rules, all of them are returned for a "bedoel je …?".
 */
import { rules, type Rule } from './rules/index.js';

/** The outcome of resolving what the user typed: one rule, several candidates, or none. */
export type Resolved = { rule: Rule } | { candidates: Rule[] } | undefined;

/** Resolves `query` (as typed after `rlp explain`) to a rule; see the module comment for the forms. */
export function resolveRule(query: string, ruleSet: readonly Rule[] = rules): Resolved {
  const q = query.trim().toLowerCase();
  if (!q) return undefined;
  const exact = ruleSet.find((r) => r.id.toLowerCase() === q);
  if (exact) return { rule: exact };
  const part = (r: Rule) => r.id.toLowerCase().split('/')[0]!;
  const name = (r: Rule) => r.id.toLowerCase().split('/').slice(1).join('/');
  // Most specific first: the part or the name exactly, then a beginning of the id or of the name.
  const tiers = [
    ruleSet.filter((r) => part(r) === q || name(r) === q),
    ruleSet.filter((r) => r.id.toLowerCase().startsWith(q) || name(r).startsWith(q)),
  ];
  for (const found of tiers) {
    if (found.length === 1) return { rule: found[0]! };
    if (found.length > 1) return { candidates: found };
  }
  return undefined;
}
