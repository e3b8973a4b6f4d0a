/**
 * The pure core: `check(portfolio, options) -> Diagnostic[]`. No I/O, no colours; messages are
 * rendered from the catalogue of the chosen language. Findings are ordered by portfolio part,
 * file, line, column and rule, so every format is stable.
 */
import { caseCoverage } from './coverage.js';
import { compareNames } from './names.js';
import { today, type CalendarDate, parseDate } from './dates.js';
import { message } from './messages/index.js';
import type { CheckSettings, Rule, Ruleset } from './rules/rule.js';
import { rulesetFor } from './rulesets/index.js';
import { defaults, ruleLevels, type RuleLevel } from './schema.js';
import { applySilences } from './silence.js';
import { fixFor } from './fixes.js';
import type { Diagnostic, Lang, Part, Portfolio } from './types.js';

/** Options of a check. */
export interface CheckOptions {
  /** Language of the messages; default `nl`. */
  lang?: Lang;
  /** Overrides `indiendatum` of portfolio.yaml (the CLI's `--datum`). */
  datum?: CalendarDate;
  /** "Today", for an absent indiendatum; default the machine's date. */
  today?: CalendarDate;
  /** The ruleset to check against; default: the one `kader:` in portfolio.yaml chooses (`rlp-initieel`). */
  ruleset?: Ruleset;
}

/** The ruleset of a check: `options.ruleset`, else the one `kader:` in portfolio.yaml chooses. */
export function rulesetOf(portfolio: Portfolio, options: CheckOptions = {}): Ruleset {
  return options.ruleset ?? rulesetFor(portfolio.config?.kader);
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

/**
 * The settings of one check: dates and the portfolio's `instellingen`, with rlp's defaults. A
 * level in `instellingen.regels` for a rule that is an error by default is refused (a hard
 * requirement cannot be switched off or lowered) and lands in `refusedLevels`.
 */
export function settingsFor(portfolio: Portfolio, options: CheckOptions = {}, ruleSet: readonly Rule[] = rulesetOf(portfolio, options).rules): CheckSettings {
  const levels: Record<string, RuleLevel> = {};
  const refusedLevels: CheckSettings['refusedLevels'] = [];
  for (const [id, value] of Object.entries(portfolio.config?.instellingen?.regels ?? {})) {
    const rule = ruleSet.find((r) => r.id === id);
    if (!rule || value === undefined || ruleLevels[value] === rule.severity) continue;
    if (rule.severity === 'error') refusedLevels.push({ rule: id, value });
    else levels[id] = ruleLevels[value];
  }
  return {
    ...effectiveDate(portfolio, options),
    minWords: portfolio.config?.instellingen?.min_woorden ?? defaults.min_woorden,
    levels,
    refusedLevels,
  };
}

/**
 * A setting of portfolio.yaml in force that differs from rlp's default, so that a reader of the
 * report sees what the candidate changed. `value`/`default`: a number (`min_woorden`, words) or a
 * level (`off`, `info`, `warning`, `error`).
 */
export interface ChangedSetting {
  /** The key in portfolio.yaml, e.g. `instellingen.regels.C/diversiteit`. */
  setting: string;
  /** The rule the setting changes. */
  rule: string;
  value: number | RuleLevel;
  default: number | RuleLevel;
}

/** The settings in force that differ from the defaults, in rule order. */
export function changedSettings(settings: CheckSettings, ruleSet: readonly Rule[]): ChangedSetting[] {
  const out: ChangedSetting[] = [];
  if (settings.minWords !== defaults.min_woorden) {
    out.push({ setting: 'instellingen.min_woorden', rule: 'C/inhoud', value: settings.minWords, default: defaults.min_woorden });
  }
  for (const rule of ruleSet) {
    const level = settings.levels[rule.id];
    if (level) out.push({ setting: `instellingen.regels.${rule.id}`, rule: rule.id, value: level, default: rule.severity });
  }
  return out;
}


/**
 * Sort key order for diagnostics: part, file, line, column, rule. Files and rules in one fixed
 * collation (Dutch, numbers by value; as the loader sorts case files), so the order is the same
 * on every machine and locale.
 */
export function compareDiagnostics(a: Diagnostic & { part?: Part }, b: Diagnostic & { part?: Part }): number {
  return (
    partOrder.indexOf(a.part ?? 'bestand') - partOrder.indexOf(b.part ?? 'bestand') ||
    compareNames(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareNames(a.rule, b.rule)
  );
}

/** A diagnostic with the part it belongs to (for grouping; not part of the JSON contract). */
export type PartDiagnostic = Diagnostic & { part: Part };

/**
 * Checks a loaded portfolio against every rule of its ruleset (`options.ruleset`, else the one
 * `kader:` chooses; `ruleSet` narrows the rules). Returns the findings, ordered, each with its
 * `messageId` and `args` beside the rendered `message`; never throws for any portfolio the loader produced.
 */
export function check(portfolio: Portfolio, options: CheckOptions = {}, ruleSet?: readonly Rule[]): PartDiagnostic[] {
  const lang = options.lang ?? 'nl';
  const ruleset = rulesetOf(portfolio, options);
  const active = ruleSet ?? ruleset.rules;
  const settings = settingsFor(portfolio, options, active);
  const coverage = portfolio.cases.map((doc) => caseCoverage(doc, ruleset));
  const out: PartDiagnostic[] = [];
  for (const rule of active) {
    rule.check({
      portfolio,
      ruleset,
      kader: ruleset.kader,
      settings,
      coverage,
      report(finding) {
        let severity = finding.severity ?? rule.severity;
        const level = settings.levels[rule.id];
        if (level && severity !== 'error') {
          if (level === 'off') return;
          severity = level;
        }
        const d: PartDiagnostic = {
          rule: rule.id,
          severity,
          message: message(lang, rule.id, finding.messageId, finding.args, ruleset),
          messageId: finding.messageId,
          part: rule.part,
        };
        if (finding.args !== undefined) d.args = finding.args;
        if (finding.file !== undefined) d.file = finding.file;
        if (finding.line !== undefined) d.line = finding.line;
        if (finding.column !== undefined) d.column = finding.column;
        if (finding.accepted) d.accepted = true;
        const fix = fixFor(portfolio, rule.id, finding);
        if (fix) d.fix = fix;
        out.push(d);
      },
    });
  }
  // Inline silencing comments (<!-- rlp-disable RULE -->): src/silence.ts.
  return applySilences(portfolio, out, ruleset, lang).sort(compareDiagnostics);
}
