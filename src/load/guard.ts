/**
 * Resource limits for Markdown, applied before the parser sees a body. The parser (micromark,
 * via mdast-util-from-markdown) is synchronous and cannot be stopped, and some input costs it
 * time that grows with the square of its size (measured): thousands of `>` or list markers in a
 * file (nested lists cost most), thousands of lines that lazily continue a quote or list item,
 * thousands of unclosed `[a](`. Such input never comes from writing a portfolio; it comes from
 * pasting. So the guard bounds the work instead of timing it:
 * - an image pasted as data (`![](data:image/png;base64,…)`) keeps its Markdown but loses its
 *   payload, so a 4 MB screenshot costs nothing;
 * - a body larger than `MAX_MARKDOWN_CHARS` is not parsed (one finding for the file);
 * - a line with more than `MAX_NESTING` markers (or a prefix wider than `MAX_PREFIX`) and every
 *   line after the first `MAX_CONTAINERS` markers of the file loses its `>` and list markers; a
 *   run of `MAX_LAZY` lines continuing a quote or list item is ended by blanking its last line;
 *   `[` after the first `MAX_BRACKETS` is replaced by a look-alike (one warning for the file, at
 *   the first line changed);
 * - emphasis markers: a run of more than `MAX_EMPHASIS_RUN` `*` or `_`, and every run after the
 *   first `MAX_EMPHASIS_RUNS` of the file, is replaced by look-alikes (`∗`, `＿`), which are text.
 *   Nested emphasis (`*` × n, text, `*` × n) costs the parser time quadratic in n and builds a
 *   tree n deep, which exhausts the stack of every recursive walk over it: 16 kB of it crashed
 *   rlp, 80 kB took minutes. Heading lines keep their `#`s; only their markers are replaced.
 * Lines are never added or removed and heading lines are never changed, so every position the
 * parser reports is still the position in the file, and words stay words. Worst case measured on
 * a 256 KiB body: about 4 s (short lines, each a paragraph); a 20 kB case file: well under 0.1 s.
 */

/** Largest Markdown body parsed, in characters (after pasted image data is left out). */
export const MAX_MARKDOWN_CHARS = 256 * 1024;
/** Most `>` and list markers at the start of one line. */
export const MAX_NESTING = 16;
/** Widest container prefix (indentation with markers) of one line, in characters. */
export const MAX_PREFIX = 64;
/** Most `>` and list markers in one file. */
export const MAX_CONTAINERS = 1000;
/** Most lines in a row that lazily continue a paragraph in a quote or list item. */
export const MAX_LAZY = 500;
/** Most `[` in one file. */
export const MAX_BRACKETS = 2000;
/** Longest run of `*` or `_` kept as emphasis markers (`***` is bold italic; more means nothing more). */
export const MAX_EMPHASIS_RUN = 3;
/** Most runs of `*` or `_` kept as emphasis markers in one file. */
export const MAX_EMPHASIS_RUNS = 1000;

/** A body made safe to parse: `tooLarge` (characters) when it must not be parsed at all, `simplifiedAt` the first line changed. */
export interface GuardedBody {
  body: string;
  tooLarge?: number;
  simplifiedAt?: number;
}

/** Pasted images: the data after `base64,` (at least 256 characters) is dropped. */
const DATA_URI = /(data:[\w.+-]+\/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64,)[A-Za-z0-9+/=]{256,}/g;
/** The container markers at the start of a line: `>`, `-`, `+`, `*`, `1.`, `1)` with the whitespace around them. */
const PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const LIST_MARKER = /[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** A thematic break (`***`, `* * *`, `___`): its markers cost nothing and are left alone. */
const THEMATIC_BREAK = /^ {0,3}([*_-])(?:[ \t]*\1){2,}[ \t]*$/;
const LOOK_ALIKE: Record<string, string> = { '*': '\u2217', _: '\uFF3F' };

/** Applies the limits to a Markdown body (LF line ends). Pure. */
export function guardMarkdown(text: string): GuardedBody {
  const body = text.includes('base64,') ? text.replace(DATA_URI, '$1') : text;
  if (body.length > MAX_MARKDOWN_CHARS) return { body: '', tooLarge: body.length };
  let containers = 0;
  let brackets = 0;
  let inContainer = false;
  let lazy = 0;
  let emphasisRuns = 0;
  let simplifiedAt: number | undefined;
  const lines = body.split('\n');
  /** The line with emphasis markers beyond the limits made look-alikes (list markers at its start stay). */
  const limitEmphasis = (line: string): string => {
    if ((!line.includes('*') && !line.includes('_')) || THEMATIC_BREAK.test(line)) return line;
    const start = PREFIX.exec(line)![0].length;
    return line.replace(/[*_]+/g, (run, offset: number) => {
      if (offset < start) return run;
      return ++emphasisRuns > MAX_EMPHASIS_RUNS || run.length > MAX_EMPHASIS_RUN ? run.replace(/[*_]/g, (c) => LOOK_ALIKE[c]!) : run;
    });
  };
  for (let i = 0; i < lines.length; i++) {
    const original = lines[i]!;
    const line = limitEmphasis(original);
    if (line.trim() === '' || HEADING.test(line)) {
      inContainer = false;
      lazy = 0;
      if (line !== original) {
        lines[i] = line;
        simplifiedAt ??= i + 1;
      }
      continue;
    }
    let out = line;
    const prefix = PREFIX.exec(line)![0];
    const markers = prefix.replace(/[^>]/g, '').length + (prefix.match(LIST_MARKER)?.length ?? 0);
    containers += markers;
    if (markers > 0 && (markers > MAX_NESTING || prefix.length > MAX_PREFIX || containers > MAX_CONTAINERS)) out = line.slice(prefix.length);
    if (out === line && markers > 0) {
      inContainer = true;
      lazy = 0;
    } else if (inContainer && ++lazy >= MAX_LAZY) {
      out = '';
      inContainer = false;
      lazy = 0;
    }
    if (out.includes('[')) out = out.replace(/\[/g, (bracket) => (++brackets > MAX_BRACKETS ? '\u2045' : bracket));
    if (out !== original) {
      lines[i] = out;
      simplifiedAt ??= i + 1;
    }
  }
  return simplifiedAt === undefined ? { body } : { body: lines.join('\n'), simplifiedAt };
}
