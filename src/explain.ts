/**
 * What `rlp explain` accepts besides a full rule id: short forms a coach types. `c2` or `C2` (the
 * part of the toetsingskader, when one rule belongs to it), `kennisgebieden` or `theorie` (the
 * rule's name without its part), or any unique beginning of either (`c2/ken`, `theo`). Case is
 * ignored. When a short form fits several rules, all of them are returned for a "bedoel je …?".
 * The matching itself is src/directive.ts `resolveRuleId` (silencing comments take the same names);
 * `rlp explain` also takes a rule's title as the reports show it ("Gegevens in de juiste vorm").
 */
import { resolveRuleId, type ResolvedId } from './directive.js';
import { ruleText } from './messages/index.js';
import { defaultRuleset } from './rulesets/index.js';
import { rules, type Rule } from './rules/index.js';

/** The outcome of resolving what the user typed: one rule, several candidates, or none. */
export type Resolved = { rule: Rule } | { candidates: Rule[] } | undefined;

/** Resolves `query` (as typed after `rlp explain`) to a rule; see the module comment for the forms. */
export function resolveRule(query: string, ruleSet: readonly Rule[] = rules): Resolved {
  const byId = (id: string) => ruleSet.find((r) => r.id === id)!;
  const resolved = resolveRuleId(query, ruleSet.map((r) => r.id)) ?? byTitle(query, ruleSet);
  if (!resolved) return undefined;
  return 'id' in resolved ? { rule: byId(resolved.id) } : { candidates: resolved.candidates.map(byId) };
}

/** A rule by its title as the reports show it ("Gegevens in de juiste vorm"), in either language; case and a trailing full stop ignored. */
function byTitle(query: string, ruleSet: readonly Rule[]): ResolvedId {
  const fold = (text: string) => text.trim().toLowerCase().replace(/[.!?]+$/, '');
  const q = fold(query);
  const ids = ruleSet.filter((r) => (['nl', 'en'] as const).some((lang) => { const title = ruleText(lang, r.id, defaultRuleset)?.title; return title !== undefined && fold(title) === q; })).map((r) => r.id);
  return ids.length === 1 ? { id: ids[0]! } : ids.length > 1 ? { candidates: ids } : undefined;
}
