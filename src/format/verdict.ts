/** The closing verdict of a report in plain language (pretty and github print it last). */
import { catalogues, fill } from '../messages/index.js';
import type { Report } from '../report.js';
import type { Lang } from '../types.js';

/** The verdict on `report` in `lang`: ready, ready with warnings, or not ready (with the counts). */
export function verdict(report: Report, lang: Lang): string {
  const t = catalogues[lang].ui.verdict;
  const { errors, warnings } = report.summary;
  return errors > 0 ? fill(t.errors, { errors, warnings }) : warnings > 0 ? fill(t.okWithWarnings, { warnings }) : t.ok;
}
