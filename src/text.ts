/**
 * Text helpers shared by the loader and the rules: normalising what editors write (BOM, CRLF,
 * NFD, invisible spaces), folding headings for comparison, counting words, suggesting ids.
 */
import { distance } from 'fastest-levenshtein';

/** Spaces that editors and word processors insert and that look like nothing or a space. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Normalises a file's text before anything matches on it: drops a leading BOM, turns CRLF and
 * lone CR into LF (so line numbers match the editor's), and composes Unicode (NFC), so `cliënt`
 * typed on a Mac equals `cliënt` typed on Windows. Line count is preserved.
 */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Removes zero-width characters and turns non-breaking and other odd spaces into plain spaces. */
export function cleanSpaces(text: string): string {
  return text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
}

/**
 * Folds a label for comparison: lower case, no diacritics, no leading numbering (`1.`, `2)`, `C.1`),
 * no trailing punctuation or `#`s, dashes and runs of spaces made single spaces.
 */
export function fold(text: string): string {
  return cleanSpaces(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/^\s*\d+(?:\.\d+)*[.)]?\s+/, '')
    // A framework part before a heading: "C.1 Procesbeschrijving", "C.2. Kennisgebieden".
    .replace(/^\s*[a-e]\.(?:\d+\.?)*\s+(?=\S)/, '')
    .replace(/[\s#.:;,!?*_–—-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const folded = new Map<string, string>();

/** fold(), remembered: headings and labels are compared many times each. Bounded, for long watch sessions. */
function foldOnce(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    if (folded.size >= 2000) folded.clear();
    result = fold(text);
    folded.set(text, result);
  }
  return result;
}

/**
 * True when `heading` begins with `label` (both folded) and the match ends at a word boundary,
 * so `Taak 1` matches `Taak 1 – Vraagverheldering` but not `Taak 10`.
 */
export function headingMatches(heading: string, label: string): boolean {
  const h = foldOnce(heading);
  const l = foldOnce(label);
  if (!l || !h.startsWith(l)) return false;
  const next = h.charAt(l.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next);
}

/** Counts words: runs of letters or digits (with inner apostrophes and hyphens), as a reader would. */
export function countWords(text: string): number {
  // test() walks the matches as match() does, without building an array of every word. A word is
  // never empty, so lastIndex always moves on.
  WORD.lastIndex = 0;
  let words = 0;
  while (WORD.test(text)) words++;
  return words;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The closest known value to a misspelt one ("bedoel je …?"), or undefined when nothing is
 * close: edit distance at most a third of the longer word (at least 1), compared folded.
 */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  const v = fold(value);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = fold(candidate);
    // A prefix ("organisatie") or a label inside a longer heading ("Kennis van organisaties") is close too.
    const d = (c.startsWith(v) && v.length >= 4) || (v.includes(c) && c.length >= 5) ? 1 : distance(v, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(v.length, fold(best).length) / 3));
  return bestDistance <= limit ? best : undefined;
}

/**
 * The label a heading that matches nothing probably meant: like `suggest`, but a heading may go on
 * after its label ("Taak2 – Doelgericht …" for "Taak 2"), so its beginning is compared too.
 */
export function suggestHeading(heading: string, labels: readonly string[]): string | undefined {
  const h = fold(heading);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const label of labels) {
    const l = fold(label);
    if (l.length < 3) continue;
    const d = Math.min(distance(h, l), ...[-1, 0, 1].map((extra) => distance(h.slice(0, l.length + extra), l)));
    const limit = Math.max(1, Math.floor(l.length / 3));
    if (d <= limit && d / l.length < bestScore) {
      bestScore = d / l.length;
      best = label;
    }
  }
  return best ?? suggest(heading, labels);
}
