/** Paragraphs of rlp's templates: text a candidate has left unchanged does not count as written. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { packageRoot } from '../paths.js';
import { fold } from '../text.js';

let cache: Set<string> | undefined;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
}

/** Folded text of every non-comment block of every template file (read once per process). */
export function templateParagraphs(): ReadonlySet<string> {
  if (cache) return cache;
  cache = new Set();
  for (const file of markdownFiles(join(packageRoot(), 'templates'))) {
    const text = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const node of fromMarkdown(text).children) {
      if (node.type === 'heading' || node.type === 'html') continue;
      const folded = fold(toString(node, { includeHtml: false }));
      if (folded) cache.add(folded);
    }
  }
  return cache;
}
