/**
 * Lines that look like a heading but that the Markdown parser did not take as one, so the
 * section under them is missing and `C/tags` or `D/ontwikkelplan` report it elsewhere (at the
 * tag line). Each becomes a `bestand/syntax` warning at the line the author wrote, saying what
 * to change:
 * - `##Taak 1`: no space after the `#`s (`headingNoSpace`);
 * - `**Taak 1**` or `__Taak 1__` alone on a line, naming a section rlp looks for (`headingBold`);
 * - `    ## Taak 1`: indented four spaces or a tab, so it is code (`headingIndented`);
 * - a line naming a section with `---` (or `===`) under it, glued to the lines above it into
 *   one long heading (`headingSetext`).
 * Lines in fenced code and HTML comments are left alone. Pure.
 */
import type { Root } from 'mdast';
import { headingMatches } from '../text.js';
import type { LoadProblem } from '../types.js';

/** True when `text` starts with one of `labels` (the headings rlp looks for: the ruleset's `headingLabels`). */
export function namesSection(text: string, labels: readonly string[]): boolean {
  const plain = text.replace(/^[\s*_#]+|[\s*_#:]+$/g, '');
  return plain.length > 0 && plain.length <= 120 && labels.some((label) => headingMatches(plain, label));
}

const NO_SPACE = /^ {0,3}(#{2,6})(?=[^\s#])/;
const INDENTED = /^(?: {4,}|\t)\s*#{1,6}[ \t]+\S/;
const BOLD_LINE = /^ {0,3}(\*\*|__)(?!\s)(.+?)(?<!\s)\1[ \t]*:?[ \t]*$/;

/** Line ranges (1-based, inclusive) of blocks whose text is not prose: fenced code and HTML (indented code may be a heading gone wrong). */
function skippedLines(tree: Root, lines: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const node of tree.children) {
    if (!node.position) continue;
    const fenced = node.type === 'code' && /^ {0,3}(?:`{3,}|~{3,})/.test(lines[node.position.start.line - 1] ?? '');
    if (fenced || node.type === 'html') out.push([node.position.start.line, node.position.end.line]);
  }
  return out;
}

/** The heading hints of a Markdown body (`lines`: the body split at LF; positions are file lines). */
export function headingHints(tree: Root, lines: readonly string[], file: string, labels: readonly string[] = []): LoadProblem[] {
  const skipped = skippedLines(tree, lines);
  const inSkipped = (line: number) => skipped.some(([a, b]) => line >= a && line <= b);
  const headingLines = new Set<number>();
  const problems: LoadProblem[] = [];
  const hint = (messageId: string, line: number, args: Record<string, string> = {}) =>
    problems.push({ rule: 'bestand/syntax', messageId, args, file, line, column: 1, severity: 'warning' });
  for (const node of tree.children) {
    if (node.type !== 'heading' || !node.position) continue;
    const { start, end } = node.position;
    for (let l = start.line; l <= end.line; l++) headingLines.add(l);
    // Setext: text lines with an underline; more than one text line glues them into one heading.
    if (end.line - start.line >= 2 && /^ {0,3}(?:=+|-+)[ \t]*$/.test(lines[end.line - 1] ?? '')) {
      const last = end.line - 1;
      if (namesSection(lines[last - 1] ?? '', labels)) hint('headingSetext', last);
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const n = i + 1;
    if (headingLines.has(n) || !/[#*_]/.test(line) || inSkipped(n)) continue;
    const noSpace = NO_SPACE.exec(line);
    if (noSpace) {
      hint('headingNoSpace', n, { hashes: noSpace[1]! });
      continue;
    }
    if (INDENTED.test(line) && namesSection(line, labels)) {
      hint('headingIndented', n);
      continue;
    }
    const bold = BOLD_LINE.exec(line);
    if (bold && namesSection(bold[2]!, labels)) hint('headingBold', n, { text: bold[2]!.replace(/[*_]+/g, '').trim() });
  }
  return problems.slice(0, 20);
}
