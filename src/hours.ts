/**
 * What the hours log adds up to (toetsingskader B1). Pure: works on the rows the loader read.
 * Professional experience is "het begeleiden van mensen en organisaties met loopbaanvragen";
 * entrepreneurial and self-development activities (administration, PR, training, education,
 * intervision, supervision) do not count. Which categories those are comes from
 * `uren_categorieen` of schemas/woorden.yaml.
 */
import { formatDate, type CalendarDate } from './dates.js';
import { fold } from './text.js';
import type { HoursLog, HoursRow } from './types.js';
import { perObject } from './kader.js';
import { termMatcher, words, type Woorden } from './woorden.js';

/** A category folded for comparison: case, accents, numbering and odd spaces ignored; `-`, `_` and spaces alike; no spaces around `/`. */
export function categoryKey(category: string): string {
  return fold(category).replace(/[\s_-]+/g, ' ').replace(/ ?\/ ?/g, '/').trim();
}

/** The category matchers of a ruleset's lists (computed once per list object). */
const matchersOf = perObject((woorden: Woorden) => ({
  excludedBy: Object.entries(woorden.uren_categorieen.uitgesloten).map(([id, terms]) => ({ id, match: termMatcher(terms) })),
  clientWork: termMatcher(woorden.uren_categorieen.clientwerk),
}));

/**
 * The excluded activity (`administratie`, `pr`, `training`, `opleiding`, `intervisie`,
 * `supervisie`) a category stands for, or undefined when the hours count (contract §7). The
 * exclusions of B1 are an open list: a category is excluded when one of its words is an excluded
 * word (schemas/woorden.yaml `uren_categorieen.uitgesloten`, in any spelling and also inside longer
 * names such as "Intervisie/supervisie" or "Administratie en facturatie"), unless one of its words
 * describes work with clients (`training geven`, `workshop verzorgen`, `groepsbegeleiding`).
 */
export function excludedActivity(category: string, woorden: Woorden): string | undefined {
  const { excludedBy, clientWork } = matchersOf(woorden);
  const tokens = words(category).flatMap((w) => [w, ...(/[-/]/.test(w) ? w.split(/[-/]/) : [])]);
  if (clientWork(tokens)) return undefined;
  return excludedBy.find((e) => e.match(tokens))?.id;
}

/** Hours of one category of the log. */
export interface CategoryHours {
  /** The category as first written in the log. */
  categorie: string;
  /** Hours, rounded to 0.01. */
  uren: number;
  /** False for an excluded activity (toetsingskader B1). */
  telt: boolean;
}

/**
 * The hours log summed up, as in the JSON report (`uren`) and used by B1/uren. Hours are rounded
 * to 0.01 h. `tellend` counts only rows of a counting category dated on or before the indiendatum;
 * `naIndiendatum` are the hours of rows dated after it (they count in no category total's `telt`).
 */
export interface HoursSummary {
  /** Path of the log, as in portfolio.yaml. */
  bestand: string;
  /** All hours of the valid rows. */
  totaal: number;
  /** Hours that count as professional experience (toetsingskader B1). */
  tellend: number;
  /** Hours of counting categories on rows dated after the indiendatum (not in `tellend`). */
  naIndiendatum: number;
  /** Per category, most hours first. */
  perCategorie: CategoryHours[];
}

/** Rounds hours to 0.01 h, so sums of decimals compare as a person would (97.9 + 0.1 = 98). */
export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/** Rows of counting categories dated after `indiendatum` (ISO dates compare as text). */
export function rowsAfter(log: HoursLog, indiendatum: CalendarDate, woorden: Woorden): HoursRow[] {
  const last = formatDate(indiendatum);
  return log.rows.filter((row) => row.datum > last && !excludedActivity(row.categorie, woorden));
}

/** Sums the log: total, counting hours up to `indiendatum`, and hours per category. */
export function summariseHours(log: HoursLog, indiendatum: CalendarDate, woorden: Woorden): HoursSummary {
  const perKey = new Map<string, CategoryHours>();
  let totaal = 0;
  let tellend = 0;
  let later = 0;
  const after = new Set(rowsAfter(log, indiendatum, woorden));
  for (const row of log.rows) {
    const key = categoryKey(row.categorie);
    const entry = perKey.get(key) ?? { categorie: row.categorie, uren: 0, telt: !excludedActivity(row.categorie, woorden) };
    perKey.set(key, entry);
    entry.uren += row.uren;
    totaal += row.uren;
    if (after.has(row)) later += row.uren;
    else if (entry.telt) tellend += row.uren;
  }
  const perCategorie = [...perKey.values()].map((c) => ({ ...c, uren: roundHours(c.uren) })).sort((a, b) => b.uren - a.uren || a.categorie.localeCompare(b.categorie, 'nl'));
  return { bestand: log.file, totaal: roundHours(totaal), tellend: roundHours(tellend), naIndiendatum: roundHours(later), perCategorie };
}
