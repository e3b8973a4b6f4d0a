/**
 * Splits a Markdown file into front-matter and body. Front-matter is data, never code: only a
 * plain `---` fence is read, as YAML by the `yaml` package. Fences that name another language
 * (`---js`, `--- javascript`, `---coffee` …) are refused without looking at their content. This
 * is done here rather than with gray-matter, whose engines run `---js` front-matter as code and
 * whose cache shares results between files with the same text.
 *
 * What editors and hurried hands make of a fence is recovered with one finding each, so the rest
 * of the file is still checked: a front-matter that is never closed ends at the first heading;
 * `---titel: …` (newline forgotten) and fences of Word's long dashes are read; blank lines before
 * the opening fence are skipped.
 */
import type { LoadProblem } from '../types.js';

/** The parts of a Markdown file. Line numbers are those of the real file (1-based). */
export interface SplitFile {
  /** The YAML text between the fences, when there is front-matter to read. */
  yaml?: string;
  /** File line of the YAML text's first line. */
  yamlLine?: number;
  /** Line of the opening fence, when the file has front-matter (read or refused). */
  fenceLine?: number;
  /** The file with its front-matter lines blanked, so body positions are file positions. */
  body: string;
  problems: LoadProblem[];
}

const PLAIN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A fence of Word's long dashes or a mix with them (— – ‒ ―), which Word makes of `---`. */
const LONG_DASHES = /^[-\u2012\u2013\u2014\u2015]{1,4}[ \t]*$/;
const HAS_LONG_DASH = /[\u2012\u2013\u2014\u2015]/;
/** A language name after the fence: `---js`, `--- javascript`, `---coffee`. */
const LANGUAGE = /^---[ \t]*([A-Za-z][\w+-]*)[ \t]*$/;
/** `---titel: …`: data on the fence line. */
const DATA_ON_FENCE = /^---[ \t]*[^-\s].*:/;
/** A line that starts a YAML mapping (`titel: …`) or a comment. */
const DATA_LINE = /^[ \t]*(?:#|[\p{L}_"'][^:]*:(?:[ \t]|$))/u;
const HEADING = /^#{1,6}(?:[ \t]|$)/;

/** How the first line opens a front-matter, if it does. */
type Opening = { kind: 'plain' } | { kind: 'code'; fence: string } | { kind: 'dataOnFence' } | { kind: 'longDashes' };

function opening(line: string): Opening | undefined {
  if (PLAIN.test(line)) return { kind: 'plain' };
  const language = LANGUAGE.exec(line);
  // `---yaml` names the only language we read; accept it.
  if (language) return /^ya?ml$/i.test(language[1]!) ? { kind: 'plain' } : { kind: 'code', fence: line.trim() };
  if (DATA_ON_FENCE.test(line)) return { kind: 'dataOnFence' };
  if (LONG_DASHES.test(line) && HAS_LONG_DASH.test(line)) return { kind: 'longDashes' };
  return undefined;
}

/**
 * Finds and checks the front-matter of normalised text (LF line ends). Produces `bestand/syntax`
 * problems for a refused or malformed fence; never throws.
 */
export function splitFrontMatter(text: string, file: string): SplitFile {
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length - 1 && lines[start]!.trim() === '') start++;
  const open = opening(lines[start] ?? '');
  if (!open || (start > 0 && open.kind === 'plain' && !DATA_LINE.test(lines[start + 1] ?? '') && !CLOSE.test(lines[start + 1] ?? ''))) {
    return { body: text, problems: [] };
  }
  const problems: LoadProblem[] = [];
  const at = { file, line: start + 1, column: 1 };
  if (start > 0) problems.push({ rule: 'bestand/syntax', messageId: 'fenceNotFirst', args: { line: start + 1 }, severity: 'warning', ...at });
  if (open.kind === 'code') problems.push({ rule: 'bestand/syntax', messageId: 'codeFence', args: { fence: open.fence }, ...at });
  if (open.kind === 'dataOnFence') problems.push({ rule: 'bestand/syntax', messageId: 'fenceNewline', args: { text: lines[start]!.slice(3).trim().slice(0, 40) }, ...at, column: 4 });
  if (open.kind === 'longDashes') problems.push({ rule: 'bestand/syntax', messageId: 'longDashes', ...at });

  const closes = (line: string) => CLOSE.test(line) || (open.kind === 'longDashes' && LONG_DASHES.test(line));
  let end = lines.findIndex((line, i) => i > start && closes(line));
  let last = end;
  if (end === -1) {
    // Unclosed: the data most likely ends where the Markdown starts (the first heading).
    end = lines.findIndex((line, i) => i > start + 1 && HEADING.test(line) && (line.startsWith('##') || lines[i - 1]!.trim() === ''));
    if (end === -1) end = lines.length;
    last = end - 1;
    problems.push({ rule: 'bestand/syntax', messageId: 'unclosed', ...at });
  }
  const body = lines.map((line, i) => (i >= start && i <= last ? '' : line)).join('\n');
  const split: SplitFile = { fenceLine: start + 1, body, problems };
  if (open.kind === 'code') return split;
  if (open.kind === 'dataOnFence') return { ...split, yaml: [lines[start]!.slice(3), ...lines.slice(start + 1, end)].join('\n'), yamlLine: start + 1 };
  return { ...split, yaml: lines.slice(start + 1, end).join('\n'), yamlLine: start + 2 };
}
