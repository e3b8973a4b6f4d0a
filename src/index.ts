/**
 * The programmatic API of rlp (the CLI is built on it). `checkPortfolio(dir)` reads a portfolio
 * folder and returns the report of contract §5; `check(portfolio)` is the pure core on an already
 * loaded portfolio; `formatters` render a report as the CLI's `--format` does. Types ship in
 * dist/index.d.ts.
 *
 * @example
 *   import { checkPortfolio } from 'rlp-portfolio';
 *   const report = checkPortfolio('mijn-portfolio', { lang: 'nl' });
 *   if (!report.ok) console.log(report.summary.errors);
 */
import { loadPortfolio, rlpInitieel } from './rulesets/index.js';
import { reportFor, type Report } from './report.js';
import type { CheckOptions } from './check.js';

export { check, type ChangedSetting, type CheckOptions, type PartDiagnostic } from './check.js';
export { formatters, type Formatter, type FormatOptions } from './format/index.js';
export { LoadCache, PortfolioNotFoundError } from './load/index.js';
export { loadPortfolio, rulesetFor, rulesets, defaultRuleset, rlpInitieel, type LoadOptions, type Ruleset } from './rulesets/index.js';
export { repositoryPrefix } from './load/repository.js';
export { buildReport, failure, onlyErrors, reportFor, type Report, type CoverageMatrix } from './report.js';
export { rules, findRule, type Rule } from './rules/index.js';
export type { Kader } from './kader.js';
/** The framework of the default ruleset (`rlp-initieel`), for API users who read its numbers. */
export const kader = rlpInitieel.kader;
export { parseDate, formatDate, type CalendarDate } from './dates.js';
export type { Diagnostic, Severity, Lang, Portfolio } from './types.js';

/**
 * Loads and checks the portfolio in `dir`. Throws `PortfolioNotFoundError` when `dir` is not a
 * folder; every problem inside the portfolio is a diagnostic in the report.
 */
export function checkPortfolio(dir: string, options: CheckOptions = {}): Report {
  return reportFor(loadPortfolio(dir, options.ruleset ? { ruleset: options.ruleset } : {}), options);
}
