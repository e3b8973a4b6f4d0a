/**
 * Reads the body of a Markdown file into sections (`##` with their `###` children), with file
 * positions and a word count of the candidate's own text. Uses remark's parser
 * (mdast-util-from-markdown, the parser behind remark-parse).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as plainText } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import type { LoadProblem, Section } from '../types.js';
import { headingHints } from './heading-hints.js';
import { cleanSpaces, countWords, fold } from '../text.js';

/** Sections and total words of a Markdown body, and hints at lines that look like headings but are not (./heading-hints.ts). */
export interface ParsedBody {
  sections: Section[];
  words: number;
  hints: LoadProblem[];
}

/**
 * Parses a Markdown body (front-matter already blanked, so positions are file positions).
 * `templateText` holds folded paragraphs of the templates: such paragraphs count as template
 * text, not as the candidate's words. HTML comments never count.
 */
export function parseBody(body: string, templateText: ReadonlySet<string>, file = '', labels: readonly string[] = []): ParsedBody {
  const tree = fromMarkdown(body);
  const hints = headingHints(tree, body.split('\n'), file, labels);
  let longest = 0;
  for (const paragraph of templateText) longest = Math.max(longest, paragraph.length);
  const sections: Section[] = [];
  // Open sections, outermost first: a heading closes every open section of its level or deeper.
  const open: Section[] = [];
  let words = 0;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth >= 2) {
      const section: Section = {
        depth: node.depth,
        title: cleanSpaces(plainText(node)).trim(),
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1,
        words: 0,
        text: '',
        templateOnly: false,
        children: [],
      };
      while (open.length > 0 && open[open.length - 1]!.depth >= node.depth) open.pop();
      const parent = open[open.length - 1];
      // A `###` before any `##` stands on its own.
      if (parent) parent.children.push(section);
      else sections.push(section);
      open.push(section);
      continue;
    }
    if (node.type === 'heading') {
      open.length = 0;
      continue;
    }
    const { own, template, text } = blockWords(node, templateText, longest);
    words += own;
    for (const target of open) {
      target.words += own;
      if (own > 0 && target.text.length < MAX_SECTION_TEXT) target.text += (target.text ? '\n\n' : '') + text.slice(0, MAX_SECTION_TEXT);
      if (template && target.words === 0) target.templateOnly = true;
      if (own > 0) target.templateOnly = false;
    }
  }
  return { sections, words, hints };
}

/** Words of one block; `template` when the block is unchanged template text (of at most `longest` characters, folded). */
function blockWords(node: RootContent, templateText: ReadonlySet<string>, longest: number): { own: number; template: boolean; text: string } {
  if (node.type === 'html' || node.type === 'definition' || node.type === 'thematicBreak') return { own: 0, template: false, text: '' };
  const text = plainText(node, { includeHtml: false });
  if (!moreLettersThan(text, longest) && templateText.has(fold(text))) return { own: 0, template: true, text: '' };
  return { own: countWords(text), template: false, text };
}

/** Most characters of own text kept per section (for judging what it says; words are counted in full). */
const MAX_SECTION_TEXT = 64 * 1024;

/**
 * True when `text` has more than `limit` ASCII letters. fold() keeps every ASCII letter, so such a
 * text cannot fold to a template paragraph of `limit` characters: most paragraphs skip fold().
 */
function moreLettersThan(text: string, limit: number): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32; // A–Z to a–z; no other character lands in a–z
    if (c >= 97 && c <= 122 && ++letters > limit) return true;
  }
  return false;
}
