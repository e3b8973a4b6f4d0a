/**
 * Reads the body of a Markdown file into sections (`##` with their `###` children), with file
 * positions and a word count of the candidate's own text. Uses remark's parser
 * (mdast-util-from-markdown, the parser behind remark-parse).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
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
export function parseBody(body: string, templateText: ReadonlySet<string>, file = ''): ParsedBody {
  const tree = fromMarkdown(body);
  const hints = headingHints(tree, body.split('\n'), file);
  let longest = 0;
  for (const paragraph of templateText) longest = Math.max(longest, paragraph.length);
  const sections: Section[] = [];
  let h2: Section | undefined;
  let h3: Section | undefined;
  let words = 0;
  for (const node of tree.children) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const section: Section = {
        depth: node.depth,
        title: cleanSpaces(toString(node)).trim(),
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1,
        words: 0,
        templateOnly: false,
        children: [],
      };
      if (node.depth === 2) {
        sections.push(section);
        h2 = section;
        h3 = undefined;
      } else if (h2) {
        h2.children.push(section);
        h3 = section;
      } else {
        // A `###` before any `##` stands on its own.
        sections.push(section);
        h3 = section;
      }
      continue;
    }
    if (node.type === 'heading' && node.depth === 1) {
      h2 = undefined;
      h3 = undefined;
      continue;
    }
    const { own, template } = blockWords(node, templateText, longest);
    words += own;
    for (const target of [h2, h3]) {
      if (!target) continue;
      target.words += own;
      if (template && target.words === 0) target.templateOnly = true;
      if (own > 0) target.templateOnly = false;
    }
  }
  return { sections, words, hints };
}

/** Words of one block; `template` when the block is unchanged template text (of at most `longest` characters, folded). */
function blockWords(node: RootContent, templateText: ReadonlySet<string>, longest: number): { own: number; template: boolean } {
  if (node.type === 'html' || node.type === 'definition' || node.type === 'thematicBreak') return { own: 0, template: false };
  const text = toString(node, { includeHtml: false });
  if (!moreLettersThan(text, longest) && templateText.has(fold(text))) return { own: 0, template: true };
  return { own: countWords(text), template: false };
}

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
