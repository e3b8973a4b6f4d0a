/**
 * Plausibility of the hours log (`uren.csv`, toetsingskader B1): hours no day can hold. The
 * limits are rlp's own, data in schemas/plausibiliteit.yaml (not the toetsingskader's):
 * - a row with more than `onmogelijk_uren_per_regel` hours (more than a year has: a number of
 *   twenty digits) does not count: `bestand/schema` warning `csvImpossible`;
 * - a row with more than `max_uren_per_regel` hours (a week; a row may sum up a period, so
 *   `1300` for `13,00` is asked about, not dropped): warning `csvRowOver` at that row (it counts);
 * - a date with several rows that together pass `max_uren_per_dag` (a day): warning `csvDayOver`
 *   at the row that passes it (they count).
 * At most `max_meldingen` findings of each kind, then one that counts the rest. Kept apart from
 * reading the log (./urenlog.ts) and from what counts (src/hours.ts).
 */
import limitsData from '../../schemas/plausibiliteit.yaml';
import { roundHours } from '../hours.js';
import type { HoursRow, LoadProblem } from '../types.js';

/** The limits of schemas/plausibiliteit.yaml (hours). */
export interface HoursLimits {
  max_uren_per_regel: number;
  max_uren_per_dag: number;
  onmogelijk_uren_per_regel: number;
  max_meldingen: number;
}

/** The limits in force, from schemas/plausibiliteit.yaml. */
export const hoursLimits: HoursLimits = (limitsData as { urenlog: HoursLimits }).urenlog;

/**
 * The rows of an hours log that can be true, in order; findings about the others (and about days
 * over their hours) are appended to `problems`, each at the row's file line.
 */
export function plausibleRows(rows: readonly HoursRow[], file: string, problems: LoadProblem[], limits: HoursLimits = hoursLimits): HoursRow[] {
  const counts = new Map<string, number>();
  const note = (messageId: string, row: HoursRow, args: Record<string, string | number>) => {
    const n = (counts.get(messageId) ?? 0) + 1;
    counts.set(messageId, n);
    if (n <= limits.max_meldingen) problems.push({ rule: 'bestand/schema', messageId, args, file, line: row.line, column: 1, severity: 'warning' });
  };
  const kept: HoursRow[] = [];
  const perDay = new Map<string, number>();
  for (const row of rows) {
    if (!Number.isFinite(row.uren) || row.uren > limits.onmogelijk_uren_per_regel) {
      note('csvImpossible', row, { uren: Number.isFinite(row.uren) ? roundHours(row.uren) : '∞', max: limits.onmogelijk_uren_per_regel });
      continue;
    }
    kept.push(row);
    if (row.uren > limits.max_uren_per_regel) note('csvRowOver', row, { uren: roundHours(row.uren), max: limits.max_uren_per_regel });
    const before = perDay.get(row.datum) ?? 0;
    const after = before + row.uren;
    // Only when this is not the date's first row: one row may sum up a period.
    if (perDay.has(row.datum) && before <= limits.max_uren_per_dag && after > limits.max_uren_per_dag) {
      note('csvDayOver', row, { datum: row.datum, uren: roundHours(after), max: limits.max_uren_per_dag });
    }
    perDay.set(row.datum, after);
  }
  for (const [, n] of counts) {
    if (n > limits.max_meldingen) problems.push({ rule: 'bestand/schema', messageId: 'csvMorePlausible', args: { count: n - limits.max_meldingen }, file, severity: 'warning' });
  }
  return kept;
}
