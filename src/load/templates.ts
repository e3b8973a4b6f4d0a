/** Paragraphs of rlp's templates: text a candidate has left unchanged does not count as written. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as plainText } from 'mdast-util-to-string';
import { packageRoot } from '../paths.js';
import { fold } from '../text.js';

/** Set by the build (scripts/build.mjs): the result of `readTemplateParagraphs()`, so a run reads no templates. */
declare const RLP_TEMPLATE_TEXT: string[] | undefined;

let cache: Set<string> | undefined;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
}

/** Folded text of every non-comment block of every template file under templates/, sorted. */
export function readTemplateParagraphs(): string[] {
  const out = new Set<string>();
  for (const file of markdownFiles(join(packageRoot(), 'templates'))) {
    const text = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const node of fromMarkdown(text).children) {
      if (node.type === 'heading' || node.type === 'html') continue;
      const folded = fold(plainText(node, { includeHtml: false }));
      if (folded) out.add(folded);
    }
  }
  return [...out].sort();
}

/** Folded template paragraphs: embedded by the build, else read once per process. */
export function templateParagraphs(): ReadonlySet<string> {
  cache ??= new Set(typeof RLP_TEMPLATE_TEXT !== 'undefined' ? RLP_TEMPLATE_TEXT : readTemplateParagraphs());
  return cache;
}
