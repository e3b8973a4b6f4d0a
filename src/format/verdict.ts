/** The closing verdict of a report in plain language (pretty and github print it last). */
import { catalogues, fill } from '../messages/index.js';
import { failure, type Report } from '../report.js';
import type { Lang } from '../types.js';

/**
 * The verdict on `report` in `lang`: ready, ready with warnings, not ready (with the counts), or
 * (with `maxWarnings`, from `--strict` or `--max-warnings`) not ready because of too many warnings.
 */
export function verdict(report: Report, lang: Lang, maxWarnings?: number): string {
  const t = catalogues[lang].ui.verdict;
  const { errors, warnings } = report.summary;
  if (errors === 0 && failure(report, maxWarnings) === 'warnings') return fill(maxWarnings === 0 ? t.strict : t.tooManyWarnings, { warnings, max: maxWarnings ?? 0 }, lang);
  return errors > 0 ? fill(t.errors, { errors, warnings }, lang) : warnings > 0 ? fill(t.okWithWarnings, { warnings }, lang) : t.ok;
}

/** Whether the verdict is a success (pretty and html show it green): no errors and not too many warnings. */
export function passed(report: Report, maxWarnings?: number): boolean {
  return failure(report, maxWarnings) === undefined;
}
