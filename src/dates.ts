/**
 * Calendar dates without time zones. Every date in a portfolio is a calendar day (`YYYY-MM-DD`);
 * all arithmetic happens on year/month/day numbers, so a date means the same day in every time
 * zone. "At most/at least two years" is measured in calendar years (toetsingskader A, B1, C.1).
 */

/** A calendar day, e.g. `{ year: 2026, month: 12, day: 1 }`; month and day are 1-based. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY-MM-DD`; undefined when the text is not a real calendar date (e.g. 2025-02-30). */
export function parseDate(text: string): CalendarDate | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    return undefined;
  }
  return date;
}

const DAY_FIRST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;

/**
 * Parses a date as Dutch spreadsheet software writes it: `DD-MM-YYYY` (also `D-M-YYYY`, and `/`
 * or `.` between the parts) or ISO `YYYY-MM-DD`. Undefined when it is neither, when the year has
 * two digits (ambiguous) or when the day does not exist (31-02-2025).
 */
export function parseDayFirstDate(text: string): CalendarDate | undefined {
  const m = DAY_FIRST.exec(text.trim());
  if (!m) return parseDate(text);
  return parseDate(`${m[4]}-${m[3]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
}

/**
 * The `YYYY-MM-DD` form of a date written another way, when that is unambiguous for a Dutch
 * writer: day first (`12-03-2024`, `12/3/2024`, `12.03.2024` is 12 March, see
 * `parseDayFirstDate`) or year first without padding (`2024-3-12`). Undefined when the text is no
 * real calendar date in either form, so `31-02-2024` gets no suggestion.
 */
export function suggestIsoDate(text: string): string | undefined {
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  const date = yearFirst ? parseDate(`${yearFirst[1]}-${yearFirst[2]!.padStart(2, '0')}-${yearFirst[3]!.padStart(2, '0')}`) : parseDayFirstDate(text);
  return date ? formatDate(date) : undefined;
}

/** Formats as `YYYY-MM-DD`. */
export function formatDate(date: CalendarDate): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * Today's date on this machine's calendar (its local time zone): the day the candidate sees on
 * their own clock, which is the day they would submit. Only used when neither `--datum` nor
 * `indiendatum` is given; every other date is a calendar day read from text, never a moment.
 */
export function today(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * The same calendar day `years` later (negative: earlier). 29 February becomes 28 February in a
 * year without it, so "two years before 2026-02-28" is 2024-02-28 and two years after
 * 2024-02-29 is 2026-02-28.
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const year = date.year + years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

/** The same calendar day `months` later (negative: earlier); a day the month lacks becomes its last day (31 May − 3 months = 28 or 29 February). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Negative when a is before b, 0 on the same day, positive when a is after b. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
