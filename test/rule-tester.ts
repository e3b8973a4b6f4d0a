/**
 * A rule tester as ESLint's RuleTester and Spectral's `testRule`: a portfolio of a few lines,
 * held in memory (no copy of the example on disk), loaded by the real loader and checked by one
 * rule of a ruleset. Cases assert message ids and arguments, not Dutch sentences; the catalogues
 * have their own tests (messages.test.ts, english.test.ts).
 *
 * @example
 *   ruleTester.run('C/aantal', {
 *     valid: [{ name: 'two cases', files: { 'casussen/a.md': CASE, 'casussen/b.md': CASE } }],
 *     invalid: [{ name: 'none', files: {}, errors: [{ messageId: 'none', args: { wanted: 2 } }] }],
 *   });
 */
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, type CheckOptions } from '../src/check.js';
import { parseDate } from '../src/dates.js';
import { kindOf } from '../src/load/decode.js';
import { readPortfolio, type FileSource } from '../src/load/index.js';
import type { Ruleset } from '../src/rules/rule.js';
import { rlpInitieel } from '../src/rulesets/index.js';
import type { Diagnostic, EvidenceFile, LoadProblem, Portfolio } from '../src/types.js';

/** The files of a test portfolio: path (relative, with `/`) → content. */
export type Files = Record<string, string | Buffer>;

const MEMORY = '/rlp-memory';

/** A portfolio's files in memory, read through the loader's own interface. */
export function memoryFiles(files: Files, name = 'portfolio'): FileSource {
  const root = `${MEMORY}/${name}`;
  const clean = (path: string) => posix.normalize(path).replace(/^\.\//, '').replace(/\/$/, '');
  const isFolder = (path: string) => path === '.' || Object.keys(files).some((f) => f.startsWith(`${path}/`));
  const missing = (path: string): LoadProblem => ({ rule: 'bestand/bewijs', messageId: 'missing', args: { path }, file: path });
  return {
    root,
    realRoot: root,
    locate(path) {
      const p = clean(path);
      if (p.startsWith('..') || posix.isAbsolute(p)) return { refusal: 'outside' };
      return p in files || isFolder(p) ? { real: `${root}/${p}` } : { refusal: 'missing' };
    },
    read(path) {
      const p = clean(path);
      const content = files[p];
      if (content === undefined) return { problem: isFolder(p) ? { rule: 'bestand/bewijs', messageId: 'isFolder', args: { path }, file: path } : missing(path) };
      return { bytes: Buffer.from(content), real: `${root}/${p}` };
    },
    info(path): EvidenceFile {
      const p = clean(path);
      const content = files[p];
      if (p.startsWith('..')) return { path, exists: true, size: 0, outside: true };
      if (content === undefined) return isFolder(p) ? { path, exists: true, size: 0, outside: false, detected: 'folder' } : { path, exists: false, size: 0, outside: false };
      const bytes = Buffer.from(content);
      return { path, exists: true, size: bytes.length, outside: false, detected: bytes.length > 0 ? kindOf(bytes) : 'unknown' };
    },
    list(folder): { names: string[] } | { problem?: LoadProblem } {
      const p = clean(folder);
      if (!isFolder(p)) return {};
      const names = new Set(Object.keys(files).filter((f) => f.startsWith(`${p}/`)).map((f) => f.slice(p.length + 1).split('/')[0]!));
      return { names: [...names] };
    },
  };
}

/** Loads a portfolio of a few files from memory with the schemas of `ruleset`. */
export function portfolioOf(files: Files, ruleset: Ruleset = rlpInitieel): Portfolio {
  return readPortfolio(MEMORY, { files: memoryFiles(files), schemasFor: () => ruleset.schemas });
}

/** What a test expects of a finding: its message id, and optionally its arguments, severity and place. */
export type Expected = Partial<Pick<Diagnostic, 'severity' | 'file' | 'line' | 'column' | 'args'>> & { messageId: string };

/** One case: a portfolio's files, a name, check options (default: indiendatum 2026-12-01). */
export interface Case {
  name: string;
  files: Files;
  options?: CheckOptions;
}

/** The findings of rule `ruleId` (ruleset `ruleset`) on an in-memory portfolio. */
export function runRule(ruleId: string, files: Files, options: CheckOptions = {}, ruleset: Ruleset = rlpInitieel): Diagnostic[] {
  const rule = ruleset.rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`No rule ${ruleId} in ruleset ${ruleset.id}`);
  const portfolio = portfolioOf(files, ruleset);
  return check(portfolio, { datum: parseDate('2026-12-01')!, ruleset, ...options }, [rule]);
}

/** A RuleTester for one ruleset: `run(ruleId, { valid, invalid })` makes one vitest case per entry. */
export class RuleTester {
  constructor(readonly ruleset: Ruleset = rlpInitieel) {}

  run(ruleId: string, cases: { valid: Case[]; invalid: (Case & { errors: Expected[] })[] }): void {
    describe(ruleId, () => {
      for (const c of cases.valid) {
        it(`quiet: ${c.name}`, () => {
          expect(runRule(ruleId, c.files, c.options, this.ruleset)).toEqual([]);
        });
      }
      for (const c of cases.invalid) {
        it(`fires: ${c.name}`, () => {
          const got = runRule(ruleId, c.files, c.options, this.ruleset);
          expect(got).toHaveLength(c.errors.length);
          got.forEach((d, i) => {
            expect(d).toMatchObject(c.errors[i]!);
          });
        });
      }
    });
  }
}

/** The rule tester of the default ruleset (`rlp-initieel`). */
export const ruleTester = new RuleTester();
