/**
 * The pure core: `check(portfolio, options) -> Diagnostic[]`. No I/O, no colours; messages are
 * rendered from the catalogue of the chosen language. Findings are ordered by portfolio part,
 * file, line, column and rule, so every format is stable.
 */
import { caseCoverage } from './coverage.js';
import { today, type CalendarDate, parseDate } from './dates.js';
import { message } from './messages/index.js';
import { rules, type Rule } from './rules/index.js';
import type { CheckSettings } from './rules/rule.js';
import { defaults } from './schema.js';
import type { Diagnostic, Lang, Part, Portfolio } from './types.js';

/** Options of a check. */
export interface CheckOptions {
  /** Language of the messages; default `nl`. */
  lang?: Lang;
  /** Overrides `indiendatum` of portfolio.yaml (the CLI's `--datum`). */
  datum?: CalendarDate;
  /** "Today", for an absent indiendatum; default the machine's date. */
  today?: CalendarDate;
}

/** Report order of the parts (toetsingskader Deel II). */
export const partOrder: readonly Part[] = ['bestand', 'A', 'B1', 'B2', 'C', 'D', 'E', 'privacy'];

/** The indiendatum in force and its source: `--datum`, else portfolio.yaml's `indiendatum`, else today. */
export function effectiveDate(portfolio: Portfolio, options: CheckOptions = {}): Pick<CheckSettings, 'indiendatum' | 'indiendatumBron'> {
  const fromConfig = portfolio.config?.indiendatum ? parseDate(portfolio.config.indiendatum) : undefined;
  if (options.datum) return { indiendatum: options.datum, indiendatumBron: 'datum' };
  if (fromConfig) return { indiendatum: fromConfig, indiendatumBron: 'portfolio' };
  return { indiendatum: options.today ?? today(), indiendatumBron: 'vandaag' };
}

/** The settings of one check: dates and the portfolio's `instellingen`, with rlp's defaults. */
export function settingsFor(portfolio: Portfolio, options: CheckOptions = {}): CheckSettings {
  return {
    ...effectiveDate(portfolio, options),
    minWords: portfolio.config?.instellingen?.min_woorden ?? defaults.min_woorden,
  };
}

/** Sort key order for diagnostics. */
export function compareDiagnostics(a: Diagnostic & { part?: Part }, b: Diagnostic & { part?: Part }): number {
  return (
    partOrder.indexOf(a.part ?? 'bestand') - partOrder.indexOf(b.part ?? 'bestand') ||
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule)
  );
}

/** A diagnostic with the part it belongs to (for grouping; not part of the JSON contract). */
export type PartDiagnostic = Diagnostic & { part: Part };

/**
 * Checks a loaded portfolio against every rule. Returns the findings, ordered; never throws for
 * any portfolio the loader produced.
 */
export function check(portfolio: Portfolio, options: CheckOptions = {}, ruleSet: readonly Rule[] = rules): PartDiagnostic[] {
  const lang = options.lang ?? 'nl';
  const settings = settingsFor(portfolio, options);
  const coverage = portfolio.cases.map(caseCoverage);
  const out: PartDiagnostic[] = [];
  for (const rule of ruleSet) {
    rule.check({
      portfolio,
      settings,
      coverage,
      report(finding) {
        const d: PartDiagnostic = {
          rule: rule.id,
          severity: finding.severity ?? rule.severity,
          message: message(lang, rule.id, finding.messageId, finding.args),
          part: rule.part,
        };
        if (finding.file !== undefined) d.file = finding.file;
        if (finding.line !== undefined) d.line = finding.line;
        if (finding.column !== undefined) d.column = finding.column;
        if (finding.accepted) d.accepted = true;
        out.push(d);
      },
    });
  }
  return out.sort(compareDiagnostics);
}
