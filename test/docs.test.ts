/** The generated parts of docs/portfolio-format.md (keys, headings, rules) match their sources; the docs say `npx rlp-portfolio`, never `npx rlp`. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC, fillDoc, generatedParts } from '../scripts/docs.js';
import { rules } from '../src/rules/index.js';
import { ROOT } from './helpers.js';

describe('docs/portfolio-format.md', () => {
  const text = readFileSync(DOC, 'utf8');
  it('is up to date with the rules, the JSON Schemas and the toetsingskader (run npm run docs)', () => {
    expect(fillDoc(text)).toBe(text);
  });
  it('notices a stale part: a rule missing from the table', () => {
    const stale = text.replace(/^\| `C2\/kennisgebieden` .*\n/m, '');
    expect(stale).not.toBe(text);
    expect(fillDoc(stale)).toBe(text);
  });
  it('lists every rule and every key of the schemas', () => {
    const parts = generatedParts();
    for (const rule of rules) expect(parts.regels).toContain(`| \`${rule.id}\` |`);
    for (const key of ['werkervaring.urenlog', 'opleiding.cursussen[].ects', 'verklaringen.naar_waarheid', 'instellingen.regels']) expect(parts['sleutels-portfolio']).toContain(`\`${key}`);
    expect(parts['sleutels-casus']).toContain('`niet_relevant`');
  });
});

describe('documentation, templates and hooks', () => {
  const files = ['README.md', 'CONTRIBUTING.md', '.pre-commit-hooks.yaml', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), ...readdirSync(join(ROOT, 'templates', 'ci')).map((f) => `templates/ci/${f}`)];
  it.each(files)('%s never runs `npx rlp` (another package on the registry) except with --no from a clone', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const bad = text.split('\n').filter((l) => /npx (--yes |-y )?rlp\b(?!-portfolio)/.test(l) && !/nooit `npx rlp`/.test(l));
    expect(bad).toEqual([]);
  });
});
