/**
 * The report object of contract §5 (what `--format json` prints and the API returns), built from
 * a loaded portfolio and its findings. Pure.
 */
import { check, settingsFor, type CheckOptions, type PartDiagnostic } from './check.js';
import { caseCoverage, type ItemKind, type Mark } from './coverage.js';
import { formatDate } from './dates.js';
import { summariseHours, type HoursSummary } from './hours.js';
import { kader } from './kader.js';
import type { Diagnostic, Portfolio } from './types.js';

/** Coverage matrix: for each kind and item id, the mark in each case (in `cases` order). */
export interface CoverageMatrix {
  cases: string[];
  items: Record<ItemKind, Record<string, Mark[]>>;
}

/** The report of one portfolio (contract §5). Fields beyond the contract's: `coverage`, `uren`. */
export interface Report {
  /** Name of the portfolio folder. */
  portfolio: string;
  kader: string;
  /** The indiendatum in force, `YYYY-MM-DD`. */
  indiendatum: string;
  /** True when there are no errors. */
  ok: boolean;
  summary: { errors: number; warnings: number; infos: number };
  diagnostics: Diagnostic[];
  /** Where the indiendatum comes from: `datum` (--datum), `portfolio` (portfolio.yaml) or `vandaag` (neither given). */
  indiendatumBron: 'datum' | 'portfolio' | 'vandaag';
  coverage: CoverageMatrix;
  /** The hours log summed up (hours; toetsingskader B1), when `werkervaring.urenlog` could be read. */
  uren?: HoursSummary;
}

/** The coverage matrix of a portfolio's cases. */
export function coverageMatrix(portfolio: Portfolio): CoverageMatrix {
  const perCase = portfolio.cases.map(caseCoverage);
  const kinds: ItemKind[] = ['taken', 'kennisgebieden', 'competenties', 'attitude'];
  const items = {} as CoverageMatrix['items'];
  for (const kind of kinds) {
    const ids = kind === 'taken' ? kader.taken.map((t) => String(t.id)) : kader[kind].map((i) => i.id);
    items[kind] = Object.fromEntries(ids.map((id) => [id, perCase.map((c) => c.items[kind][id]!.mark)]));
  }
  return { cases: portfolio.cases.map((c) => c.file), items };
}

/** Builds the report from findings (as `check` returned them). */
export function buildReport(portfolio: Portfolio, diagnostics: PartDiagnostic[], options: CheckOptions = {}): Report {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  const summary = { errors: count('error'), warnings: count('warning'), infos: count('info') };
  const settings = settingsFor(portfolio, options);
  return {
    portfolio: portfolio.name,
    kader: portfolio.config?.kader ?? kader.id,
    indiendatum: formatDate(settings.indiendatum),
    ok: summary.errors === 0,
    summary,
    diagnostics: diagnostics.map(({ part: _part, ...d }) => d),
    indiendatumBron: settings.indiendatumBron,
    coverage: coverageMatrix(portfolio),
    ...(portfolio.urenlog ? { uren: summariseHours(portfolio.urenlog, settings.indiendatum) } : {}),
  };
}

/** Checks a loaded portfolio and returns its report. */
export function reportFor(portfolio: Portfolio, options: CheckOptions = {}): Report {
  return buildReport(portfolio, check(portfolio, options), options);
}
