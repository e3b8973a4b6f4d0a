/**
 * Property-based fuzzing of the whole check (issue 6, hazard 12), with fast-check. A mutant is
 * the example portfolio (fixtures/voorbeeld) with 1–6 mutations: bytes deleted, duplicated or
 * corrupted; hostile tokens inserted (fences, BOMs, CRs, tabs, invisible spaces, YAML anchors,
 * deep `>` and `[`, NUL bytes); lines, keys, fences and headings broken; files deleted, emptied,
 * replaced by a folder or a symlink loop, or copied as an extra case. For every mutant,
 * `checkPortfolio` must return a report in which
 * - every diagnostic has a known rule id (src/rules/index.ts) and a non-empty message without
 *   an unfilled `{placeholder}`, `undefined` or `[object`;
 * - every diagnostic has a file, unless its rule judges the portfolio as a whole
 *   (`PORTFOLIO_LEVEL`: a number of cases, a task, kennisgebied or competentie shown nowhere);
 * - a line and column, when given, are whole numbers from 1, and the line lies in the file;
 * - the summary counts the diagnostics, and the report survives JSON;
 * and nothing may throw, nor may the check change a file.
 *
 * `npm run fuzz` runs the long campaign (default 10,000 mutants; `-- --runs N --seed S`) and
 * prints its figures; test/fuzz.test.ts runs a short one in every `npm test`.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { checkPortfolio, type Report } from '../src/index.js';
import { rules } from '../src/rules/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = join(ROOT, 'fixtures', 'voorbeeld');

/** The files mutations work on, relative to the portfolio folder. */
export const FILES = ['portfolio.yaml', 'casussen/casus-1.md', 'casussen/casus-2.md', 'motivatie.md', 'ontwikkelplan.md', 'uren.csv', 'bewijs/cv.pdf'] as const;

/** Rules whose findings are about the portfolio as a whole and may have no file. */
export const PORTFOLIO_LEVEL: ReadonlySet<string> = new Set(['C/aantal', 'C1/taken', 'C2/kennisgebieden', 'C3/competenties']);

/** Text that editors, word processors and careless pastes put into files. */
export const TOKENS: readonly string[] = [
  '---', '---\n', '\n---\n', '---js\n', '--- javascript\n', '...\n', '———\n', '\uFEFF', '\r', '\r\n', '\n\n', '\t', '  ', '\u00A0', '\u200B', '\u202F',
  '&a ', '*a', '<<: *a\n', '[', ']', '{', '}', ': ', ':', '- ', '* ', '> ', '>'.repeat(40), '['.repeat(40), '[a]('.repeat(20), '#', '## ', '### ',
  '\n## Taak 1\n', '\n### Coachen\n', '\n## Kennisgebieden\n', '`', '```\n', '<!--', '-->', '![x](data:image/png;base64,' + 'QUJD'.repeat(100) + ')',
  'titel:', 'taken: [', 'taken: [9, x]\n', 'kennisgebieden: [Loopbaantheorie]\n', 'periode: { start: 12-03-2025 }\n', 'afgerond: yes\n', '0612345678', '10:00',
  '"', "'", '\\', '\0', '\u0000\u0000', '😀', 'e\u0301', 'ë', '\uD800', '%PDF-', 'PK\u0003\u0004', '{\\rtf1 ', 'indiendatum: 2026-02-29\n', '~', '|', '=',
];

/** One mutation. Numbers that pick a place are taken modulo what is there. */
export type Op =
  | { kind: 'deleteBytes'; file: number; at: number; length: number }
  | { kind: 'duplicateBytes'; file: number; at: number; length: number; to: number }
  | { kind: 'corruptByte'; file: number; at: number; byte: number }
  | { kind: 'insert'; file: number; at: number; token: number }
  | { kind: 'line'; file: number; line: number; action: 'delete' | 'duplicate' | 'swap' | 'indent' | 'dedent' }
  | { kind: 'key'; file: number; nth: number; action: 'dropChar' | 'upper' | 'duplicateLine' | 'tabIndent' | 'noSpace' | 'emptyValue' }
  | { kind: 'fence'; file: number; action: 'removeOpen' | 'removeClose' | 'longDashes' | 'language' | 'blankBefore' | 'joinFirst' }
  | { kind: 'heading'; file: number; nth: number; action: 'deeper' | 'shallower' | 'unmark' | 'nbsp' | 'typo' | 'setext' }
  | { kind: 'file'; file: number; action: 'delete' | 'empty' | 'folder' | 'loop' | 'copyAsCase' | 'truncate' };

const file = fc.nat({ max: FILES.length - 1 });
const at = fc.nat({ max: 1 << 20 });
/** Mutations of one mutant (1–6). */
export const mutant: fc.Arbitrary<Op[]> = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('deleteBytes' as const), file, at, length: fc.integer({ min: 1, max: 64 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicateBytes' as const), file, at, length: fc.integer({ min: 1, max: 256 }), to: at }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('corruptByte' as const), file, at, byte: fc.nat({ max: 255 }) }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), file, at, token: fc.nat({ max: TOKENS.length - 1 }) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('line' as const), file, line: at, action: fc.constantFrom('delete', 'duplicate', 'swap', 'indent', 'dedent') }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('key' as const), file, nth: at, action: fc.constantFrom('dropChar', 'upper', 'duplicateLine', 'tabIndent', 'noSpace', 'emptyValue') }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('fence' as const), file, action: fc.constantFrom('removeOpen', 'removeClose', 'longDashes', 'language', 'blankBefore', 'joinFirst') }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('heading' as const), file, nth: at, action: fc.constantFrom('deeper', 'shallower', 'unmark', 'nbsp', 'typo', 'setext') }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('file' as const), file, action: fc.constantFrom('delete', 'empty', 'folder', 'loop', 'copyAsCase', 'truncate') }) },
  ),
  { minLength: 1, maxLength: 6 },
);

/** The lines of a buffer and back (LF only; CRs stay inside lines). */
const linesOf = (bytes: Buffer) => bytes.toString('latin1').split('\n');
const fromLines = (lines: string[]) => Buffer.from(lines.join('\n'), 'latin1');
const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** Applies one mutation to the content of a file (latin1 keeps every byte); undefined: the file is gone. */
function mutate(bytes: Buffer, op: Exclude<Op, { kind: 'file' }>): Buffer {
  const n = bytes.length;
  const pick = (i: number, size: number) => (size === 0 ? 0 : i % size);
  switch (op.kind) {
    case 'deleteBytes': {
      const start = pick(op.at, n + 1);
      return Buffer.concat([bytes.subarray(0, start), bytes.subarray(start + op.length)]);
    }
    case 'duplicateBytes': {
      const start = pick(op.at, n + 1);
      const piece = bytes.subarray(start, start + op.length);
      const to = pick(op.to, n + 1);
      return Buffer.concat([bytes.subarray(0, to), piece, bytes.subarray(to)]);
    }
    case 'corruptByte': {
      if (n === 0) return Buffer.from([op.byte]);
      const copy = Buffer.from(bytes);
      copy[pick(op.at, n)] = op.byte;
      return copy;
    }
    case 'insert': {
      const start = pick(op.at, n + 1);
      return Buffer.concat([bytes.subarray(0, start), Buffer.from(TOKENS[op.token]!, 'utf8'), bytes.subarray(start)]);
    }
    case 'line': {
      const lines = linesOf(bytes);
      const i = pick(op.line, lines.length);
      const line = lines[i]!;
      if (op.action === 'delete') lines.splice(i, 1);
      else if (op.action === 'duplicate') lines.splice(i, 0, line);
      else if (op.action === 'swap') [lines[i], lines[pick(i + 1, lines.length)]] = [lines[pick(i + 1, lines.length)]!, line];
      else if (op.action === 'indent') lines[i] = `  ${line}`;
      else lines[i] = line.replace(/^\s+/, '');
      return fromLines(lines);
    }
    case 'key': {
      const lines = linesOf(bytes);
      const keyed = lines.flatMap((line, i) => (/^\s*[\w-]+\s*:/.test(line) ? [i] : []));
      if (keyed.length === 0) return bytes;
      const i = keyed[pick(op.nth, keyed.length)]!;
      const line = lines[i]!;
      const colon = line.indexOf(':');
      if (op.action === 'dropChar') lines[i] = line.slice(0, Math.max(0, colon - 1)) + line.slice(colon);
      else if (op.action === 'upper') lines[i] = line.slice(0, colon).toUpperCase() + line.slice(colon);
      else if (op.action === 'duplicateLine') lines.splice(i, 0, line);
      else if (op.action === 'tabIndent') lines[i] = `\t${line}`;
      else if (op.action === 'noSpace') lines[i] = line.replace(/:\s+/, ':');
      else lines[i] = line.slice(0, colon + 1);
      return fromLines(lines);
    }
    case 'fence': {
      const lines = linesOf(bytes);
      const fences = lines.flatMap((line, i) => (/^---\s*$/.test(line) ? [i] : []));
      const [open, close] = fences;
      if (op.action === 'removeOpen' && open !== undefined) lines.splice(open, 1);
      else if (op.action === 'removeClose' && close !== undefined) lines.splice(close, 1);
      else if (op.action === 'longDashes' && open !== undefined) {
        lines[open] = utf8('———');
        if (close !== undefined) lines[close] = utf8('———');
      } else if (op.action === 'language' && open !== undefined) lines[open] = '---js';
      else if (op.action === 'blankBefore') lines.unshift('', '');
      else if (op.action === 'joinFirst' && lines.length > 1) lines.splice(0, 2, `${lines[0]}${lines[1]}`);
      return fromLines(lines);
    }
    case 'heading': {
      const lines = linesOf(bytes);
      const headings = lines.flatMap((line, i) => (/^#{1,6}\s/.test(line) ? [i] : []));
      if (headings.length === 0) return bytes;
      const i = headings[pick(op.nth, headings.length)]!;
      const line = lines[i]!;
      if (op.action === 'deeper') lines[i] = `#${line}`;
      else if (op.action === 'shallower') lines[i] = line.replace(/^#/, '');
      else if (op.action === 'unmark') lines[i] = line.replace(/^#+\s*/, '');
      else if (op.action === 'nbsp') lines[i] = line.replace(/^(#+)\s/, `$1${utf8('\u00A0')}`);
      else if (op.action === 'typo') lines[i] = line.replace(/[aeiou]/, '');
      else lines.splice(i, 1, line.replace(/^#+\s*/, ''), '---');
      return fromLines(lines);
    }
  }
}

/** A folder with a copy of the example, mutated and restored in place for each mutant. */
export class FuzzBench {
  readonly dir: string;
  private readonly originals = new Map<string, Buffer>();
  private touched = new Set<string>();

  constructor() {
    this.dir = join(mkdtempSync(join(tmpdir(), 'rlp-fuzz-')), 'portfolio');
    cpSync(EXAMPLE, this.dir, { recursive: true });
    for (const f of FILES) this.originals.set(f, readFileSync(join(EXAMPLE, f)));
  }

  /** Puts back every file the last mutant changed. */
  private restore(): void {
    for (const f of this.touched) {
      const path = join(this.dir, f);
      rmSync(path, { recursive: true, force: true });
      const original = this.originals.get(f);
      if (original) writeFileSync(path, original);
    }
    this.touched = new Set();
  }

  /** Writes the mutant; returns the content of each mutated file that is still a file (to see the check leave it alone). */
  apply(ops: Op[]): Map<string, Buffer> {
    this.restore();
    const content = new Map<string, Buffer | undefined>();
    const current = (f: string) => (content.has(f) ? content.get(f) : this.originals.get(f));
    const special = new Map<string, 'folder' | 'loop'>();
    for (const op of ops) {
      const name = FILES[op.file]!;
      this.touched.add(name);
      if (op.kind !== 'file') {
        const bytes = current(name);
        if (bytes !== undefined && !special.has(name)) content.set(name, mutate(bytes, op));
        continue;
      }
      special.delete(name);
      if (op.action === 'delete') content.set(name, undefined);
      else if (op.action === 'empty') content.set(name, Buffer.alloc(0));
      else if (op.action === 'truncate') content.set(name, current(name)?.subarray(0, Math.floor((current(name)?.length ?? 0) / 2)));
      else if (op.action === 'copyAsCase') {
        const extra = 'casussen/casus-3.md';
        this.touched.add(extra);
        content.set(extra, current(name));
      } else special.set(name, op.action);
    }
    const written = new Map<string, Buffer>();
    for (const name of this.touched) {
      const path = join(this.dir, name);
      rmSync(path, { recursive: true, force: true });
      const kind = special.get(name);
      if (kind === 'folder') mkdirSync(path, { recursive: true });
      else if (kind === 'loop') symlinkSync(name.split('/').pop()!, path);
      else {
        const bytes = current(name);
        if (bytes === undefined) continue;
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, bytes);
        written.set(name, bytes);
      }
    }
    return written;
  }

  /** Removes the folder. */
  close(): void {
    rmSync(dirname(this.dir), { recursive: true, force: true });
  }
}

const RULE_IDS = new Set(rules.map((r) => r.id));

/** What is wrong with a report of the bench's folder; empty when every property holds. */
export function violations(report: Report, dir: string, written: Map<string, Buffer>): string[] {
  const out: string[] = [];
  const lineCount = new Map<string, number>();
  const linesIn = (f: string) => {
    if (!lineCount.has(f)) {
      const path = join(dir, f);
      const isFile = existsSync(path) && lstatSync(path).isFile();
      lineCount.set(f, isFile ? readFileSync(path).toString('latin1').split(/\r\n|\r|\n/).length : Infinity);
    }
    return lineCount.get(f)!;
  };
  for (const d of report.diagnostics) {
    const where = `${d.rule} ${d.file ?? '-'}:${d.line ?? '-'}`;
    if (!RULE_IDS.has(d.rule)) out.push(`unknown rule: ${where}`);
    if (d.file === undefined && !PORTFOLIO_LEVEL.has(d.rule)) out.push(`no file: ${where} ${d.message}`);
    if (!d.message || /\{\w+(?::\d+)?\}|undefined|\[object/.test(d.message)) out.push(`bad message: ${where} ${d.message}`);
    for (const n of [d.line, d.column]) if (n !== undefined && !(Number.isInteger(n) && n >= 1)) out.push(`bad position: ${where}:${d.column}`);
    if (d.file !== undefined && d.line !== undefined && d.line > linesIn(d.file) + 1) out.push(`line past the end: ${where} (${linesIn(d.file)} lines)`);
  }
  const count = (s: string) => report.diagnostics.filter((d) => d.severity === s).length;
  if (report.summary.errors !== count('error') || report.summary.warnings !== count('warning') || report.summary.infos !== count('info')) out.push('summary does not count the diagnostics');
  if (report.ok !== (report.summary.errors === 0)) out.push('ok does not match the errors');
  if (JSON.stringify(JSON.parse(JSON.stringify(report))) !== JSON.stringify(report)) out.push('report does not survive JSON');
  for (const [f, bytes] of written) if (!readFileSync(join(dir, f)).equals(bytes)) out.push(`the check changed ${f}`);
  return out;
}

/** Checks one mutant: the problems found, or the error thrown, and the time taken (ms). */
export function runMutant(bench: FuzzBench, ops: Op[]): { problems: string[]; thrown?: unknown; ms: number } {
  const written = bench.apply(ops);
  const start = performance.now();
  try {
    const report = checkPortfolio(bench.dir);
    const ms = performance.now() - start;
    return { problems: violations(report, bench.dir, written), ms };
  } catch (thrown) {
    return { problems: [`threw: ${(thrown as Error)?.stack ?? String(thrown)}`], thrown, ms: performance.now() - start };
  }
}

/** The long campaign: runs `runs` mutants, counts throws and violations, prints the figures. */
function campaign(runs: number, seed: number): number {
  const bench = new FuzzBench();
  let thrown = 0;
  let violated = 0;
  let slowest = { ms: 0, ops: [] as Op[] };
  const failures: { ops: Op[]; problems: string[] }[] = [];
  const started = performance.now();
  try {
    fc.assert(
      fc.property(mutant, (ops) => {
        const result = runMutant(bench, ops);
        if (result.ms > slowest.ms) slowest = { ms: result.ms, ops };
        if (result.thrown !== undefined) thrown++;
        else if (result.problems.length > 0) violated++;
        if (result.problems.length > 0 && failures.length < 5) failures.push({ ops, problems: result.problems });
        return true;
      }),
      { numRuns: runs, seed },
    );
  } finally {
    bench.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`rlp fuzz: ${runs} mutanten (seed ${seed}) in ${seconds.toFixed(1)} s, ${((seconds * 1000) / runs).toFixed(1)} ms per mutant`);
  console.log(`  gegooide fouten (throws): ${thrown}`);
  console.log(`  geschonden eigenschappen: ${violated}`);
  console.log(`  traagste mutant: ${slowest.ms.toFixed(0)} ms ${JSON.stringify(slowest.ops)}`);
  for (const f of failures) console.log(`  FOUT ${JSON.stringify(f.ops)}\n    ${f.problems.join('\n    ')}`);
  return thrown + violated === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  process.exitCode = campaign(arg('runs', 10000), arg('seed', Date.now() % 2 ** 31));
}
