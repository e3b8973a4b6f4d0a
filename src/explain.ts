/**
 * What `rlp explain` accepts besides a full rule id: short forms a coach types. `c2` or `C2` (the
 * part of the toetsingskader, when one rule belongs to it), `kennisgebieden` or `theorie` (the
 * rule's name without its part), or any unique beginning of either (`c2/ken`, `theo`). Case is
 * ignored. When a short form fits several rules, all of them are returned for a "bedoel je …?".
 * The matching itself is src/directive.ts `resolveRuleId` (silencing comments take the same names).
 */
import { resolveRuleId } from './directive.js';
import { rules, type Rule } from './rules/index.js';

/** The outcome of resolving what the user typed: one rule, several candidates, or none. */
export type Resolved = { rule: Rule } | { candidates: Rule[] } | undefined;

/** Resolves `query` (as typed after `rlp explain`) to a rule; see the module comment for the forms. */
export function resolveRule(query: string, ruleSet: readonly Rule[] = rules): Resolved {
  const byId = (id: string) => ruleSet.find((r) => r.id === id)!;
  const resolved = resolveRuleId(query, ruleSet.map((r) => r.id));
  if (!resolved) return undefined;
  return 'id' in resolved ? { rule: byId(resolved.id) } : { candidates: resolved.candidates.map(byId) };
}
