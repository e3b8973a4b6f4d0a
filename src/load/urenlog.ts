/**
 * Reads the hours log (`werkervaring.urenlog`, contract §2; toetsingskader B1) as Dutch
 * spreadsheet software writes it: a header row with at least `datum`, `uren` and `categorie`
 * (`omschrijving` and other columns are allowed, in any order, names compared folded), `;` or `,`
 * as separator (taken from the header row), quoted fields (also with the separator or a line break
 * inside), decimal comma (`1,5`) or `h:mm` (`1:30`) hours, `DD-MM-YYYY` or ISO dates, a BOM and CRLF
 * line ends. Fields are split by the `csv-parse` package; rlp only interprets the values.
 *
 * Problems, all with the file line of the row: a header without the needed columns is a
 * `bestand/schema` error and the log is not used; a row whose value cannot be read is a
 * `bestand/schema` warning and the row does not count; a quote that never closes is a
 * `bestand/syntax` error. Rows that are empty (also `;;;`) are skipped silently.
 */
import { parse } from 'csv-parse/sync';
import { parseDayFirstDate, formatDate } from '../dates.js';
import { fold, normaliseText } from '../text.js';
import type { HoursLog, HoursRow, LoadProblem } from '../types.js';
import { dutchWords as woorden, termMatcher, words } from '../woorden.js';
import { plausibleRows } from './plausible.js';

const totalWords = termMatcher(woorden.uren_categorieen.totaal);

/** True for a row that sums others up: a cell starting with "Totaal"/"Subtotaal", or hours with neither date nor category. */
function isTotalRow(record: readonly string[], datum: string, categorie: string, uren: string): boolean {
  if (record.some((cell) => totalWords(words(cell).slice(0, 1)))) return true;
  return datum === '' && categorie === '' && parseHours(uren) !== undefined;
}

/** Columns the log must have (contract §2). */
export const hoursColumns = ['datum', 'uren', 'categorie'] as const;

/** Bad rows reported one by one; beyond this, one problem says how many more there are. */
const MAX_ROW_PROBLEMS = 20;

const SEPARATORS = [';', ',', '\t'] as const;

/** The separator of the header row: the most frequent of `;`, `,` and tab outside quotes (`,` when none). */
export function detectSeparator(headerLine: string): string {
  const bare = headerLine.replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const sep of SEPARATORS) {
    const count = bare.split(sep).length - 1;
    if (count > bestCount) {
      best = sep;
      bestCount = count;
    }
  }
  return best;
}

/** Hours as written in a spreadsheet: `2`, `1,5`, `1.5` or `1:30`; undefined when it is not a non-negative number. */
export function parseHours(text: string): number | undefined {
  const value = text.trim();
  const decimal = /^\d+(?:[.,]\d+)?$/.exec(value);
  if (decimal) return Number(value.replace(',', '.'));
  const clock = /^(\d+):([0-5]\d)$/.exec(value);
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60;
  return undefined;
}

interface Parsed {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** Line where a record starts: csv-parse counts the line where it ends, and its raw text may begin with skipped empty lines. */
function startLine(endLine: number, raw: string | undefined): number {
  const inner = (raw ?? '').replace(/^(?:[ \t]*\n)+/, '').replace(/\n$/, '').split('\n').length - 1;
  return Math.max(1, endLine - inner);
}

/**
 * Parses the text of an hours log (any line ends, with or without BOM). Returns the valid rows,
 * or undefined when the header lacks a needed column. Problems are appended to `problems`.
 */
export function readHoursLog(text: string, file: string, problems: LoadProblem[]): HoursLog | undefined {
  const normal = normaliseText(text);
  const headerLine = normal.split('\n').find((line) => line.trim() !== '') ?? '';
  const delimiter = detectSeparator(headerLine);
  let records: Parsed[];
  try {
    records = parse(normal, {
      delimiter,
      bom: true,
      trim: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      skip_records_with_error: true,
      raw: true,
      info: true,
      on_skip: (error, raw) => {
        problems.push({ rule: 'bestand/syntax', messageId: 'csvQuote', file, line: startLine(typeof error?.lines === 'number' ? error.lines : 1, raw) });
        return undefined;
      },
    }) as unknown as Parsed[];
  } catch {
    problems.push({ rule: 'bestand/syntax', messageId: 'csvQuote', file, line: 1 });
    return undefined;
  }

  const [header, ...body] = records;
  const names = (header?.record ?? []).map((cell) => fold(cell));
  const index = Object.fromEntries(hoursColumns.map((column) => [column, names.indexOf(column)])) as Record<(typeof hoursColumns)[number], number>;
  const missing = hoursColumns.filter((column) => index[column] < 0);
  if (!header || missing.length > 0) {
    problems.push({ rule: 'bestand/schema', messageId: 'csvColumns', args: { missing: missing.join(', '), separator: delimiter === '\t' ? 'tab' : delimiter }, file, line: header ? startLine(header.info.lines, header.raw) : 1, column: 1 });
    return undefined;
  }

  const descriptionColumn = names.indexOf('omschrijving');
  const rows: HoursRow[] = [];
  let bad = 0;
  const reject = (line: number, messageId: string, args: Record<string, string | number>) => {
    bad++;
    if (bad <= MAX_ROW_PROBLEMS) problems.push({ rule: 'bestand/schema', messageId, args, file, line, column: 1, severity: 'warning' });
  };
  for (const { record, raw, info } of body) {
    const line = startLine(info.lines, raw);
    if (record.length > names.length) {
      reject(line, 'csvTooManyFields', { count: record.length, expected: names.length });
      continue;
    }
    const cell = (column: (typeof hoursColumns)[number]) => record[index[column]] ?? '';
    // A total ("Totaal", "Subtotaal", or no date and no category with a number): named, not counted.
    if (isTotalRow(record, cell('datum'), cell('categorie'), cell('uren'))) {
      problems.push({ rule: 'bestand/schema', messageId: 'csvTotal', args: { uren: cell('uren') }, file, line, column: 1, severity: 'info' });
      continue;
    }
    const emptyColumn = hoursColumns.find((column) => cell(column) === '');
    if (emptyColumn) {
      reject(line, 'csvEmpty', { kolom: emptyColumn });
      continue;
    }
    const datum = parseDayFirstDate(cell('datum'));
    if (!datum) {
      reject(line, 'csvDate', { value: cell('datum') });
      continue;
    }
    const uren = parseHours(cell('uren'));
    if (uren === undefined) {
      reject(line, 'csvHours', { value: cell('uren') });
      continue;
    }
    const categorie = cell('categorie').replace(/\s+/g, ' ');
    // A number as category: in a `,`-separated file a decimal comma (`1,5`) moved every field one place.
    if (/^\d+$/.test(categorie)) {
      reject(line, 'csvNumericCategory', { value: categorie });
      continue;
    }
    const omschrijving = descriptionColumn >= 0 ? (record[descriptionColumn] ?? '').trim() : '';
    rows.push({ line, datum: formatDate(datum), uren, categorie, ...(omschrijving ? { omschrijving } : {}) });
  }
  if (bad > MAX_ROW_PROBLEMS) {
    problems.push({ rule: 'bestand/schema', messageId: 'csvMoreBad', args: { count: bad - MAX_ROW_PROBLEMS }, file, severity: 'warning' });
  }
  return { file, rows: plausibleRows(rows, file, problems) };
}
