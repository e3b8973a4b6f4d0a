/**
 * Splits a Markdown file into front-matter and body. Front-matter is data, never code: only a
 * plain `---` fence is read, as YAML by the `yaml` package. Fences that name another language
 * (`---js`, `--- javascript`, `---coffee` …) are refused without looking at their content. This
 * is done here rather than with gray-matter, whose engines run `---js` front-matter as code and
 * whose cache shares results between files with the same text.
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

function blank(lines: string[], from: number, to: number): string {
  return lines.map((line, i) => (i >= from && i <= to ? '' : line)).join('\n');
}

/**
 * Finds and checks the front-matter of normalised text (LF line ends). Produces `bestand/syntax`
 * problems for a refused or malformed fence; never throws.
 */
export function splitFrontMatter(text: string, file: string): SplitFile {
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  const problems: LoadProblem[] = [];
  const closing = (isClose: (line: string) => boolean) => {
    for (let i = 1; i < lines.length; i++) if (isClose(lines[i]!)) return i;
    return -1;
  };

  if (PLAIN.test(first)) {
    const end = closing((line) => CLOSE.test(line));
    if (end === -1) {
      // Unclosed: the data most likely ends where the Markdown starts (the first heading).
      let stop = lines.findIndex((line, i) => i > 0 && /^#{1,6}\s/.test(line) && (line.startsWith('##') || (lines[i - 1] ?? '').trim() === ''));
      if (stop === -1) stop = lines.length;
      problems.push({ rule: 'bestand/syntax', messageId: 'unclosed', file, line: 1, column: 1 });
      return { yaml: lines.slice(1, stop).join('\n'), yamlLine: 2, fenceLine: 1, body: blank(lines, 0, stop - 1), problems };
    }
    return { yaml: lines.slice(1, end).join('\n'), yamlLine: 2, fenceLine: 1, body: blank(lines, 0, end), problems };
  }

  const language = LANGUAGE.exec(first);
  if (language && !/^ya?ml$/i.test(language[1]!)) {
    const end = closing((line) => CLOSE.test(line));
    problems.push({ rule: 'bestand/syntax', messageId: 'codeFence', args: { fence: first.trim() }, file, line: 1, column: 1 });
    return { fenceLine: 1, body: end === -1 ? '' : blank(lines, 0, end), problems };
  }
  if (language) {
    // `---yaml` names the only language we read; accept it.
    const end = closing((line) => CLOSE.test(line));
    if (end !== -1) return { yaml: lines.slice(1, end).join('\n'), yamlLine: 2, fenceLine: 1, body: blank(lines, 0, end), problems };
  }

  if (/^---[ \t]*[^-\s]/.test(first) && first.includes(':')) {
    // `---titel: …`: the newline after the fence was forgotten. Read it as if it were there.
    const end = closing((line) => CLOSE.test(line));
    problems.push({ rule: 'bestand/syntax', messageId: 'fenceNewline', args: { text: first.slice(3).trim().slice(0, 40) }, file, line: 1, column: 4 });
    if (end === -1) return { fenceLine: 1, body: text, problems };
    return { yaml: `${first.slice(3)}\n${lines.slice(1, end).join('\n')}`, yamlLine: 1, fenceLine: 1, body: blank(lines, 0, end), problems };
  }

  if (LONG_DASHES.test(first) && HAS_LONG_DASH.test(first)) {
    const end = closing((line) => LONG_DASHES.test(line) || CLOSE.test(line));
    problems.push({ rule: 'bestand/syntax', messageId: 'longDashes', file, line: 1, column: 1 });
    if (end === -1) return { fenceLine: 1, body: text, problems };
    return { yaml: lines.slice(1, end).join('\n'), yamlLine: 2, fenceLine: 1, body: blank(lines, 0, end), problems };
  }

  return { body: text, problems };
}
