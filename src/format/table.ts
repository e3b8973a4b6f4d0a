/**
 * The summary table of a cohort (`rlp check map1 map2 …` in pretty form): one row per portfolio
 * with its errors, warnings and verdict, then a total. Rows are rendered one at a time, so a
 * cohort's table streams out while later portfolios are still being checked.
 */
import { Chalk } from 'chalk';
import { catalogues, fill } from '../messages/index.js';
import type { Report } from '../report.js';
import type { FormatOptions } from './index.js';

/** Renders the header, each row and the closing total of a cohort table. */
export interface CohortTable {
  header(): string;
  row(report: Report): string;
  total(): string;
}

/** A table for portfolios whose names are `names` (used only to size the first column). */
export function cohortTable(names: readonly string[], { lang, color }: FormatOptions): CohortTable {
  const c = new Chalk({ level: color ? 1 : 0 });
  const t = catalogues[lang].cohort;
  const width = Math.max(t.columns.portfolio.length, ...names.map((n) => n.length));
  const errorsWidth = t.columns.errors.length;
  const warningsWidth = t.columns.warnings.length;
  let ok = 0;
  let notReady = 0;
  const line = (name: string, errors: string, warnings: string, verdict: string) =>
    `${name.padEnd(width)}  ${errors.padStart(errorsWidth)}  ${warnings.padStart(warningsWidth)}  ${verdict}`;
  return {
    header: () => `${c.bold(line(t.columns.portfolio, t.columns.errors, t.columns.warnings, t.columns.verdict))}\n`,
    row(report) {
      const { errors, warnings } = report.summary;
      if (errors > 0) notReady++;
      else ok++;
      const verdict = errors > 0 ? c.red(t.verdict.errors) : warnings > 0 ? c.yellow(t.verdict.okWithWarnings) : c.green(t.verdict.ok);
      return `${line(report.portfolio, String(errors), String(warnings), verdict)}\n`;
    },
    total: () => `\n${fill(t.total, { count: ok + notReady, ok, notReady })}\n`,
  };
}
