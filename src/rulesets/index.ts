/**
 * The rulesets rlp knows, by the value of `kader:` in portfolio.yaml. Adding a framework version is
 * adding a folder beside `rlp-initieel/` and listing it here.
 */
import { readPortfolio, type LoadCache } from '../load/index.js';
import type { Ruleset } from '../rules/rule.js';
import type { Portfolio } from '../types.js';
import { rlpInitieel } from './rlp-initieel/index.js';

export type { Ruleset } from '../rules/rule.js';
export { rlpInitieel };

/** Every ruleset, by id; the first is the default. */
export const rulesets: Readonly<Record<string, Ruleset>> = { [rlpInitieel.id]: rlpInitieel };

/** The ruleset used when `kader:` is absent or names no known ruleset. */
export const defaultRuleset: Ruleset = rlpInitieel;

/**
 * The ruleset `kader:` names (any value, as written), or the default when it is absent or unknown
 * (an unknown value is then a `bestand/schema` finding of the default ruleset's schema).
 */
export function rulesetFor(kader: unknown): Ruleset {
  return (typeof kader === 'string' && Object.hasOwn(rulesets, kader) ? rulesets[kader] : undefined) ?? defaultRuleset;
}

/** Options of `loadPortfolio`. */
export interface LoadOptions {
  /** Reuse what an earlier load of this portfolio read from files that have not changed since (watch mode). */
  cache?: LoadCache;
  /** The ruleset whose schemas the files are read with; default: the one `kader:` chooses. */
  ruleset?: Ruleset;
}

/**
 * Loads the portfolio in `dir` with the schemas of its ruleset (`options.ruleset`, else the one
 * `kader:` in portfolio.yaml chooses). Throws `PortfolioNotFoundError` only when `dir` is not a
 * folder; everything else is a problem in the result (see src/load/).
 */
export function loadPortfolio(dir: string, options: LoadOptions = {}): Portfolio {
  const { ruleset, ...rest } = options;
  return readPortfolio(dir, { ...rest, schemasFor: (kader) => (ruleset ?? rulesetFor(kader)).schemas });
}
