/**
 * The one gate for portfolio text on its way to any output (pretty, json, sarif, github, cohort
 * rows, and every format added later). A portfolio is written by the candidate but also pasted
 * from Word and the web and checked on other people's machines, so every byte of it is untrusted:
 * - control characters are shown, never executed: C0 and DEL as their Unicode control pictures
 *   (ESC as `␛`, BEL as `␇`, CR as `␍`, LF as `␊`), C1 controls, bidirectional overrides and
 *   isolates, line/paragraph separators and other format characters as `⟨U+202E⟩`; so an escape
 *   sequence (CSI, OSC 8 links, OSC 52 clipboard) or a right-to-left override cannot change the
 *   screen or hide text;
 * - personal data that is certain by structure or checksum (e-mail, phone, BSN, IBAN, postcode
 *   with number) is masked exactly as the privacy rule masks it (src/privacy/mask.ts);
 * - the length is capped (default `MAX_DISPLAY_CHARS`, counted in code points) with `…`.
 *
 * Where it is applied: every string argument of a message (src/messages/index.ts `fill`), the
 * key paths in messages, and the report's own strings that come from the portfolio (folder name,
 * file names, hours-log categories and file; src/report.ts `sanitiseReport`). Formatters only
 * see reports that passed through it.
 */
import { findPersonalData, heuristicKinds } from './privacy/detect.js';
import { cleanSpaces } from './text.js';

/** Longest piece of portfolio text shown, in code points (longer: cut, with `…`). */
export const MAX_DISPLAY_CHARS = 200;
/** Longest file name shown, in code points. */
export const MAX_FILE_NAME_CHARS = 240;

/**
 * Characters never written raw: C0 (tab and line breaks included: a message is one line), DEL,
 * C1, the bidirectional marks, embeddings, overrides and isolates, line and paragraph separators,
 * the interlinear annotation and object replacement controls, and Unicode tag characters.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

/** True when `text` holds a character `displayText` would neutralise. */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text);
}

/** A character as something visible: `␛` for ESC (C0 and DEL as control pictures), else `⟨U+202E⟩`. */
function visible(char: string): string {
  const code = char.codePointAt(0)!;
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** `text` with its unsafe characters shown visibly (see `UNSAFE`). Nothing else changes. */
export function showControls(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Replaces every certain datum found in `text` by its masked form. */
function maskFound(text: string): string {
  const data = findPersonalData(text).filter((d) => !heuristicKinds.has(d.kind));
  if (data.length === 0) return text;
  let out = '';
  let at = 0;
  for (const d of data) {
    out += text.slice(at, d.index) + d.masked;
    at = d.index + d.length;
  }
  return out + text.slice(at);
}

/** A run of digits (phone, BSN) or an IBAN-like run that may be glued to letters around it. */
const GLUED = /[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}|\+?\d[\d \-./()]{7,}\d/g;

/**
 * `text` with every certain personal datum (e-mail, phone, BSN, IBAN, postcode) replaced by its
 * masked form. Also a datum glued to a word (`123456782zie`, which a heading's text can become
 * once invisible spaces are gone): such a run of digits is masked when it would be a datum on
 * its own. Showing it masked costs nothing; a number the privacy rule rightly ignores (an order
 * number) is only shown shorter.
 */
export function maskPersonalData(text: string): string {
  // Cheap exit: every certain kind needs a digit or an `@`.
  if (!/[\d@]/.test(text)) return text;
  return maskFound(text).replace(GLUED, (run) => {
    const alone = maskFound(` ${run} `);
    return alone === ` ${run} ` ? run : alone.slice(1, -1);
  });
}

/** `text` cut to `max` code points, the last one `…`, never inside a surrogate pair. */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Options of `displayText`. */
export interface DisplayOptions {
  /** Longest result in code points (default `MAX_DISPLAY_CHARS`). */
  max?: number;
}

/**
 * Portfolio text made safe for any output: invisible spaces cleaned, personal data masked (as the
 * privacy rule does), control and bidi characters shown visibly, length capped with `…`. Pure and
 * idempotent; never throws.
 */
export function displayText(text: string, options: DisplayOptions = {}): string {
  const max = options.max ?? MAX_DISPLAY_CHARS;
  // Cap generously first, so a pasted megabyte costs nothing to scan; the final cap follows.
  const rough = text.length > max * 4 + 64 ? text.slice(0, max * 4 + 64) : text;
  // Masked on the raw text (as the privacy rule scans it) and again once controls are visible,
  // so a datum split or hidden by a control character is caught either way.
  const masked = maskPersonalData(showControls(maskPersonalData(cleanSpaces(rough))));
  return capLength(masked, max);
}

/** A file name (relative path with `/`) as shown: as `displayText`, with a longer cap. */
export function displayFileName(file: string): string {
  return displayText(file, { max: MAX_FILE_NAME_CHARS });
}
