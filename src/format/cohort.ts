/**
 * Output of a cohort (`rlp check map1 map2 …`, `--alle`), rendered one portfolio at a time so that
 * it streams out while later portfolios are still being checked:
 * - pretty: a summary table, one row per portfolio (errors, warnings, verdict), then a total;
 * - json: one JSON array of reports (contract §5), exactly `JSON.stringify(reports, null, 2)`;
 * - sarif: one SARIF log with a run per portfolio;
 * - html: one page with an overview table first, linking to each portfolio's report below it;
 * - codequality: one JSON array with the issues of all portfolios;
 * - any other format: each report as that format renders it, one after the other.
 */
import { Chalk } from 'chalk';
import { catalogues, fill } from '../messages/index.js';
import type { Report } from '../report.js';
import type { Lang } from '../types.js';
import { htmlCohort } from './html.js';
import { formatters, type FormatOptions } from './index.js';
import { sarifLog } from './sarif.js';

/** Why a portfolio fails the run (as `failure()` in src/report.ts says; `unchecked`: it could not be checked at all), or undefined. */
export type Failure = 'errors' | 'warnings' | 'unchecked' | undefined;

/** A cohort's output in parts: the opening, one part per report, the closing. */
export interface CohortOutput {
  open(): string;
  item(report: Report, failed: Failure, options: FormatOptions): string;
  close(): string;
}

/** Indents every line but the first of a JSON text by `spaces`, to nest it in an enclosing document. */
function nest(json: string, spaces: number): string {
  return json.replace(/\n/g, `\n${' '.repeat(spaces)}`);
}

/** The cohort output in `format` for portfolios named `names` (the table sizes its first column from them). */
export function cohortOutput(format: string, names: readonly string[], lang: Lang, color: boolean): CohortOutput {
  let count = 0;
  if (format === 'pretty') return cohortTable(names, lang, color);
  if (format === 'html') return htmlCohort(lang);
  if (format === 'json') {
    return {
      open: () => '[',
      item: (report) => `${count++ ? ',' : ''}\n  ${nest(JSON.stringify(report, null, 2), 2)}`,
      close: () => (count ? '\n]\n' : ']\n'),
    };
  }
  if (format === 'sarif') {
    let head = '';
    return {
      open: () => '',
      item(report, _failed, options) {
        const { runs, ...log } = sarifLog(report, options);
        if (!count) head = `${JSON.stringify(log, null, 2).replace(/\n}$/, ',\n  "runs": [')}`;
        return `${count++ ? ',' : head}\n    ${nest(JSON.stringify(runs[0], null, 2), 4)}`;
      },
      close: () => (count ? '\n  ]\n}\n' : ''),
    };
  }
  if (format === 'codequality') {
    return {
      open: () => '[',
      item(report, _failed, options) {
        const issues = (JSON.parse(formatters.codequality!(report, options)) as unknown[]).map((i) => JSON.stringify(i));
        if (issues.length === 0) return '';
        return `${count++ ? ',' : ''}\n  ${issues.join(',\n  ')}`;
      },
      close: () => (count ? '\n]\n' : ']\n'),
    };
  }
  const formatter = formatters[format]!;
  return { open: () => '', item: (report, _failed, options) => formatter(report, options), close: () => '' };
}

function cohortTable(names: readonly string[], lang: Lang, color: boolean): CohortOutput {
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
    open: () => `${c.bold(line(t.columns.portfolio, t.columns.errors, t.columns.warnings, t.columns.verdict))}\n`,
    item(report, failed) {
      const { errors, warnings } = report.summary;
      if (failed) notReady++;
      else ok++;
      if (failed === 'unchecked') {
        // The row says it could not be checked, and the line under it why.
        return `${line(report.portfolio, '–', '–', c.red(t.verdict.unchecked))}\n  ${c.dim(report.diagnostics[0]?.message ?? '')}\n`;
      }
      const verdict =
        failed === 'errors' ? c.red(t.verdict.errors) : failed === 'warnings' ? c.red(t.verdict.tooManyWarnings) : warnings > 0 ? c.yellow(t.verdict.okWithWarnings) : c.green(t.verdict.ok);
      return `${line(report.portfolio, String(errors), String(warnings), verdict)}\n`;
    },
    close: () => `\n${fill(t.total, { count: ok + notReady, ok, notReady })}\n`,
  };
}
