/**
 * Variants of the example portfolio held in memory: the example is read once, edits of the same
 * kinds as scripts/defects.ts are applied to the text, and the result is loaded through the real
 * loader from memory (test/rule-tester.ts `memoryFiles`). For tests where nothing about the disk
 * matters; symlinks, permissions, encodings on disk and the CLI still use `variant()` (helpers.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { removeSection, type Edit } from '../scripts/defects.js';
import type { CheckOptions } from '../src/check.js';
import { readPortfolio } from '../src/load/index.js';
import { reportFor, type Report } from '../src/report.js';
import { rulesetFor } from '../src/rulesets/index.js';
import { EXAMPLE } from './helpers.js';
import { memoryFiles, type Files } from './rule-tester.js';

let example: Files | undefined;

/** The files of fixtures/voorbeeld (relative path with `/` → bytes), read once per test file. */
export function exampleFiles(): Files {
  if (!example) {
    example = {};
    const walk = (dir: string, prefix: string) => {
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
        else example![`${prefix}${name}`] = readFileSync(path);
      }
    };
    walk(EXAMPLE, '');
  }
  return { ...example };
}

/** The example with `edits` applied in memory. Throws when an edit no longer fits the example. */
export function memoryVariant(...edits: Edit[]): Files {
  const files = exampleFiles();
  for (const edit of edits) {
    if ('remove' in edit) delete files[edit.file];
    else if ('content' in edit) files[edit.file] = edit.content;
    else {
      const text = files[edit.file]?.toString() ?? '';
      if (files[edit.file] === undefined) throw new Error(`${edit.file}: no such file in the example`);
      if ('removeSection' in edit) files[edit.file] = removeSection(text, edit.removeSection);
      else {
        if (!text.includes(edit.replace[0])) throw new Error(`${edit.file}: text not found: ${edit.replace[0]}`);
        files[edit.file] = text.replace(edit.replace[0], edit.replace[1]);
      }
    }
  }
  return files;
}

/** Checks an in-memory portfolio as `checkPortfolio` checks a folder (ruleset chosen by its `kader:`). */
export function checkFiles(files: Files, options: CheckOptions = {}): Report {
  const portfolio = readPortfolio('/rlp-memory', {
    files: memoryFiles(files),
    schemasFor: (kader) => (options.ruleset ?? rulesetFor(kader)).schemas,
  });
  return reportFor(portfolio, options);
}

/** The findings of one rule in a check of an in-memory portfolio. */
export function memoryFindings(files: Files, rule: string, options: CheckOptions = {}) {
  return checkFiles(files, options).diagnostics.filter((d) => d.rule === rule);
}
