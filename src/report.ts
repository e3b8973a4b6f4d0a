/**
 * The report object of contract §5 (what `--format json` prints and the API returns), built from
 * a loaded portfolio and its findings. Pure.
 */
import type { z } from 'zod';
import { changedSettings, check, rulesetOf, settingsFor, type CheckOptions, type PartDiagnostic } from './check.js';
import { caseCoverage, together, type ItemKind, type MatrixMark } from './coverage.js';
import { summariseCourses } from './courses.js';
import { formatDate, today } from './dates.js';
import { displayFileName, displayText, maskPersonalData, showControls } from './display.js';
import { summariseHours } from './hours.js';
import type { Ruleset } from './rules/rule.js';
import { defaultRuleset } from './rulesets/index.js';
import type { coverageSchema, reportSchema } from './report-schema.js';
import type { Diagnostic, Portfolio } from './types.js';

/**
 * Coverage matrix: `cases` (case files), and for each kind (`taken`, `kennisgebieden`,
 * `competenties`, `attitude`) and item id the mark in each case, in `cases` order.
 */
export type CoverageMatrix = z.infer<typeof coverageSchema>;

/**
 * The report of one portfolio (contract §5): `portfolio` (folder name), `kader`, `indiendatum`
 * (`YYYY-MM-DD`), `ok` (no errors), `summary` (counts), `diagnostics` (ordered). Beyond the
 * contract: `settings` (portfolio.yaml settings that differ from the defaults) and `coverage`.
 * Its JSON Schema is schemas/report.schema.json.
 */
export type Report = z.infer<typeof reportSchema>;

/** The coverage matrix of a portfolio's cases, against the items of the ruleset's framework. */
export function coverageMatrix(portfolio: Portfolio, ruleset: Ruleset): CoverageMatrix {
  const { kader } = ruleset;
  const perCase = portfolio.cases.map((doc) => caseCoverage(doc, ruleset));
  const kinds: ItemKind[] = ['taken', 'kennisgebieden', 'competenties', 'attitude'];
  const items = {} as CoverageMatrix['items'];
  for (const kind of kinds) {
    const ids = kind === 'taken' ? kader.taken.map((t) => String(t.id)) : kader[kind].map((i) => i.id);
    // A kennisgebied or competentie may be spread over the cases: absent in a case that does not
    // name it at the top is no fault there (`elders`); named at the top but absent is (C/tags).
    const spread = kind === 'kennisgebieden' || kind === 'competenties';
    const named = (i: number, id: string) => spread && (portfolio.cases[i]!.meta?.[kind] ?? []).map(String).includes(id);
    items[kind] = Object.fromEntries(ids.map((id) => [id, perCase.map((c, i): MatrixMark => (spread && c.items[kind][id]!.mark === 'nee' && !named(i, id) ? 'elders' : c.items[kind][id]!.mark))]));
  }
  return { cases: portfolio.cases.map((c) => c.file), items, samen: together(perCase, kader) };
}

/** Builds the report from findings (as `check` returned them). */
export function buildReport(portfolio: Portfolio, diagnostics: PartDiagnostic[], options: CheckOptions = {}): Report {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  const summary = { errors: count('error'), warnings: count('warning'), infos: count('info') };
  const ruleset = rulesetOf(portfolio, options);
  const settings = settingsFor(portfolio, options, ruleset.rules);
  const courses = summariseCourses(portfolio, ruleset);
  return sanitiseReport({
    portfolio: portfolio.name,
    kader: portfolio.config?.kader ?? ruleset.id,
    indiendatum: formatDate(settings.indiendatum),
    ok: summary.errors === 0,
    summary,
    diagnostics: diagnostics.map(({ part: _part, ...d }) => d),
    indiendatumBron: settings.indiendatumBron,
    settings: changedSettings(settings, ruleset.rules),
    coverage: coverageMatrix(portfolio, ruleset),
    ...(portfolio.urenlog ? { uren: summariseHours(portfolio.urenlog, settings.indiendatum, ruleset.woorden) } : {}),
    ...(courses ? { cursussen: courses } : {}),
  });
}

/** Text from the portfolio as every output may show it: control characters visible, personal data masked. */
function safe(text: string): string {
  return maskPersonalData(showControls(text));
}

/** Message arguments with every text made safe, recursively (they come from the portfolio too). */
function cleanArgs<T>(value: T): T {
  if (typeof value === 'string') return safe(value) as T;
  if (Array.isArray(value)) return value.map(cleanArgs) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanArgs(v)])) as T;
  return value;
}

/**
 * The report with every string that comes from the portfolio passed through src/display.ts: the
 * folder name, file names (of findings, cases and the hours log), course names and hours-log categories. The
 * messages were built from sanitised arguments already; they are checked once more for control
 * characters and personal data (not cut). Every format renders a report built here, so none can
 * print portfolio text raw.
 */
export function sanitiseReport(report: Report): Report {
  const out: Report = {
    ...report,
    portfolio: displayFileName(report.portfolio),
    diagnostics: report.diagnostics.map((d) => {
      const clean = { ...d, message: maskPersonalData(showControls(d.message)) };
      if (d.args) clean.args = cleanArgs(d.args);
      // A fix whose text had to be masked or made visible would no longer match the file: leave it out.
      if (d.fix && (safe(d.fix.replace) !== d.fix.replace || safe(d.fix.with) !== d.fix.with)) delete clean.fix;
      if (d.file !== undefined) clean.file = displayFileName(d.file);
      return clean;
    }),
    coverage: { ...report.coverage, cases: report.coverage.cases.map(displayFileName) },
  };
  if (report.cursussen) {
    out.cursussen = { ...report.cursussen, perCursus: report.cursussen.perCursus.map((c) => ({ ...c, naam: displayText(c.naam, { max: 80 }) })) };
  }
  if (report.uren) {
    out.uren = {
      ...report.uren,
      bestand: displayFileName(report.uren.bestand),
      perCategorie: report.uren.perCategorie.map((c) => ({ ...c, categorie: displayText(c.categorie, { max: 60 }) })),
    };
  }
  return out;
}

/**
 * The report of a portfolio that could not be checked at all (in a group run, where one such
 * portfolio must not end the run): one `rule` finding (default `bestand/syntax`) with `message`,
 * no cases, `ok: false`. Valid against schemas/report.schema.json like any report.
 */
export function failedReport(name: string, message: string, options: CheckOptions = {}, rule = 'bestand/syntax'): Report {
  const empty = { name, cases: [] } as unknown as Portfolio;
  const report = sanitiseReport({
    portfolio: name,
    kader: defaultRuleset.id,
    indiendatum: formatDate(options.datum ?? options.today ?? today()),
    ok: false,
    summary: { errors: 1, warnings: 0, infos: 0 },
    diagnostics: [{ rule, severity: 'error', message }],
    indiendatumBron: options.datum ? 'datum' : 'vandaag',
    settings: [],
    coverage: coverageMatrix(empty, defaultRuleset),
  });
  unchecked.add(report);
  return report;
}

const unchecked = new WeakSet<Report>();

/** True for a report made by `failedReport` (a portfolio that could not be checked at all). */
export function isUnchecked(report: Report): boolean {
  return unchecked.has(report);
}

/** Checks a loaded portfolio and returns its report. */
export function reportFor(portfolio: Portfolio, options: CheckOptions = {}): Report {
  return buildReport(portfolio, check(portfolio, options), options);
}

/** `--quiet`: the report with only its errors; `summary` keeps the counts of all findings. */
export function onlyErrors(report: Report): Report {
  return { ...report, diagnostics: report.diagnostics.filter((d) => d.severity === 'error') };
}

/**
 * Why a check fails (CLI exit status 1), or undefined when it passes: `errors` when there are
 * any; `warnings` when there are more warnings than `maxWarnings` (`--strict` = 0; undefined:
 * warnings never fail).
 */
export function failure(report: Report, maxWarnings?: number): 'errors' | 'warnings' | undefined {
  if (report.summary.errors > 0) return 'errors';
  return maxWarnings !== undefined && report.summary.warnings > maxWarnings ? 'warnings' : undefined;
}
