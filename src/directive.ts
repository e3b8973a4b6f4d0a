/**
 * The grammar of a silencing comment (contract §8), in one place for the generic silencing
 * (src/silence.ts) and the content hints that silence themselves per section (src/content.ts),
 * and the short rule names `rlp explain` accepts (src/explain.ts).
 *
 * A comment is `rlp`, then `:`, `-` or a space (or nothing), then one of the words `geen`, `uit`,
 * `negeer` (Dutch), `disable` (as ESLint writes it), `ignore` or `off`, then the rules: full ids
 * (`inhoud/theorie`) or short names (`theorie`, `c2`), separated by spaces, commas or "en".
 * Everything after the last rule is the writer's reason and is read by nobody:
 * `<!-- rlp: geen theorie — dit is praktijkkennis -->`, `<!-- rlp-uit inhoud/effect -->`,
 * `<!-- rlp-disable inhoud/effect -->` and `# rlp geen C/periode` all count.
 */
import type { Ruleset } from './rules/rule.js';

/** Where a silencing comment starts: `rlp` + separator + keyword, up to the rules. */
export const DIRECTIVE = /rlp\s*[:-]?\s*(?:geen|uit|negeer|disable|ignore|off)(?=[\s:,]|$)[\s:]*/gi;

/** What the user typed resolved to rule ids: one, several that fit (a "bedoel je …?"), or none. */
export type ResolvedId = { id: string } | { candidates: string[] } | undefined;

/**
 * Resolves a rule name as a coach types it: a full id (`C2/kennisgebieden`), the part when one
 * rule belongs to it (`c2`), the name without its part (`kennisgebieden`, `theorie`), or a unique
 * beginning of either (`c2/ken`, `theo`, only when `prefixes`). Case is ignored.
 */
export function resolveRuleId(query: string, ids: readonly string[], prefixes = true): ResolvedId {
  const q = query.trim().toLowerCase();
  if (!q) return undefined;
  const exact = ids.find((id) => id.toLowerCase() === q);
  if (exact) return { id: exact };
  const part = (id: string) => id.toLowerCase().split('/')[0]!;
  const name = (id: string) => id.toLowerCase().split('/').slice(1).join('/');
  // Most specific first: the part or the name exactly, then a beginning of the id or of the name.
  const tiers = [ids.filter((id) => part(id) === q || name(id) === q)];
  if (prefixes) tiers.push(ids.filter((id) => id.toLowerCase().startsWith(q) || name(id).startsWith(q)));
  for (const found of tiers) {
    if (found.length === 1) return { id: found[0]! };
    if (found.length > 1) return { candidates: found };
  }
  return undefined;
}

/** One rule named in a comment: the rule it resolved to, or what was written when it resolved to none or several. */
export type Named = { written: string; column: number } & ({ rule: string } | { unknown: true; candidates?: string[] });

const ids = new WeakMap<Ruleset, string[]>();

/** The rule ids of a ruleset (computed once per ruleset). */
export function ruleIds(ruleset: Ruleset): readonly string[] {
  let out = ids.get(ruleset);
  if (!out) ids.set(ruleset, (out = ruleset.rules.map((r) => r.id)));
  return out;
}

/**
 * The rules named by the silencing comments in `text` (one line, or the inside of `<!-- -->`),
 * with their column (0-based) in `text`. A written name with `/` that is no rule, or a first name
 * that fits no rule or several, is returned as unknown (the caller reports it); a later word that
 * fits no rule ends the list: it starts the reason. Short names must fit exactly (no beginnings),
 * so that the words of a reason are not taken for rules.
 */
export function namedRules(text: string, known: readonly string[]): Named[] {
  const out: Named[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    const words = rest.matchAll(/[^\s,]+/g);
    let first = true;
    for (const w of words) {
      const written = w[0].replace(/[.;:]+$/, '');
      if (written === '-->' || written.startsWith('--')) break;
      if (!first && written.toLowerCase() === 'en') continue;
      const column = start + w.index;
      const resolved = resolveRuleId(written, known, false);
      if (resolved && 'id' in resolved) out.push({ written, column, rule: resolved.id });
      else if (first || written.includes('/')) out.push({ written, column, unknown: true, ...(resolved ? { candidates: resolved.candidates } : {}) });
      else break;
      first = false;
    }
  }
  return out;
}
