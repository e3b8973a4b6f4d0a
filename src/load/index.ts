/**
 * The loader: turns a portfolio folder into a typed `Portfolio` (src/types.ts). All I/O of a check
 * happens here; every unreadable or malformed file becomes a `LoadProblem` with file and line,
 * and loading goes on with the rest. Nothing in the portfolio is ever written.
 */
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { CaseFile, LoadProblem, MarkdownFile, Portfolio } from '../types.js';
import type { PortfolioConfig, PortfolioSchemas } from '../schema.js';
import { splitFrontMatter } from './frontmatter.js';
import { fitSchema, parseYaml, readDutchNumbers, type Fitted } from './yaml.js';
import { parseBody } from './markdown.js';
import { templateParagraphs } from './templates.js';
import { layout } from './paths.js';
import { evidencePaths } from './evidence.js';
import { decode } from './decode.js';
import { PortfolioFiles } from './files.js';
import { guardMarkdown, MAX_MARKDOWN_CHARS } from './guard.js';
import { readHoursLog } from './urenlog.js';
import { LoadCache, readUncached } from './cache.js';
import { compareNames } from '../names.js';

export { layout, decode, LoadCache };
export { MAX_FILE_BYTES } from './files.js';

/**
 * Time one file may take to read before its finding says it is too complex (milliseconds). The
 * parsers are synchronous and cannot be stopped, so the structural limits of ./guard.ts and
 * ./yaml.ts keep every file under it; this is the check that they do.
 */
export const FILE_TIME_BUDGET_MS = 5000;

/**
 * Runs the reading of one file within its budget: an exception from a parser (a stack exhausted
 * by nesting, a limit of a library) becomes a `bestand/syntax` problem "te complex om te lezen"
 * for that file instead of ending the check, and a file that took longer than
 * `budgetMs` (default `FILE_TIME_BUDGET_MS`) gets a warning. Returns undefined when reading failed.
 */
export function withinBudget<T>(file: string, problems: LoadProblem[], read: () => T, budgetMs = FILE_TIME_BUDGET_MS): T | undefined {
  const start = performance.now();
  try {
    return read();
  } catch (error) {
    if (error instanceof PortfolioNotFoundError) throw error;
    problems.push({ rule: 'bestand/syntax', messageId: 'tooComplex', file, line: 1, column: 1 });
    return undefined;
  } finally {
    const ms = performance.now() - start;
    if (ms > budgetMs) problems.push({ rule: 'bestand/syntax', messageId: 'slow', args: { seconds: Math.round(ms / 1000) }, severity: 'warning', file, line: 1, column: 1 });
  }
}

/** Thrown when there is no portfolio folder to check at all (CLI exit status 2): missing, not a folder, or not readable. */
export class PortfolioNotFoundError extends Error {
  constructor(readonly path: string, readonly reason: 'missing' | 'not-a-folder' | 'unreadable') {
    super(`${reason === 'missing' ? 'No such folder' : reason === 'unreadable' ? 'Cannot read folder' : 'Not a folder'}: ${path}`);
  }
}

/**
 * Reads a Markdown file's text with optional front-matter fitted to `schema`. Undefined when the
 * body is too large to parse (reported); a body with pathological nesting is parsed simplified,
 * with a warning (see ./guard.ts).
 */
function readMarkdown<T>(text: string, file: string, problems: LoadProblem[], fit: (data: unknown, positions: MarkdownFile['positions'], line: number) => Fitted<T> | undefined, labels: readonly string[] = []): (MarkdownFile & { meta?: T }) | undefined {
  const split = splitFrontMatter(text, file);
  const guarded = guardMarkdown(split.body);
  if (guarded.tooLarge !== undefined) {
    problems.push({ rule: 'bestand/syntax', messageId: 'textTooLarge', args: { size: Math.round(guarded.tooLarge / 1024), limit: MAX_MARKDOWN_CHARS / 1024 }, file, line: 1, column: 1 });
    return undefined;
  }
  if (guarded.simplifiedAt !== undefined) problems.push({ rule: 'bestand/syntax', messageId: 'simplified', severity: 'warning', file, line: guarded.simplifiedAt, column: 1 });
  problems.push(...split.problems);
  const result: MarkdownFile & { meta?: T } = { file, text, positions: {}, invalid: [], sections: [], words: 0 };
  if (split.fenceLine !== undefined) result.frontMatterLine = split.fenceLine;
  if (split.yaml !== undefined) {
    const parsed = parseYaml(split.yaml, file, split.yamlLine);
    problems.push(...parsed.problems);
    result.positions = parsed.positions;
    if (parsed.data !== undefined) {
      result.data = parsed.data;
      const fitted = fit(parsed.data, parsed.positions, split.fenceLine ?? 1);
      if (fitted) {
        problems.push(...fitted.problems);
        result.invalid = fitted.invalid;
        if (fitted.value !== undefined) result.meta = fitted.value;
      }
    }
  }
  const body = parseBody(guarded.body, templateParagraphs(), file, labels);
  problems.push(...body.hints);
  result.sections = body.sections;
  result.words = body.words;
  return result;
}

/** Tags are ids, accepted in any case (contract §3): lower-case them before the schema sees them. */
function normaliseCaseData(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const key of ['kennisgebieden', 'competenties']) {
    const value = copy[key];
    if (Array.isArray(value)) copy[key] = value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v));
  }
  if (typeof copy.opdrachtgever === 'string') copy.opdrachtgever = copy.opdrachtgever.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
  return copy;
}

/**
 * The ontwikkelplan's period as people write it (contract §3): `periode: 2027-2030` (a text) is
 * read as `{ van: 2027, tot_en_met: 2030 }`; `{ van, tot }` and `{ van, tot_en_met }` pass as they are.
 */
function normalisePlanData(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  const periode = copy.periode;
  const m = typeof periode === 'string' ? /^\s*(\d{4})\s*(?:-|–|—|tot en met|t\/m|tot)\s*(\d{4})\s*$/i.exec(periode) : null;
  if (m) copy.periode = /tot(?!\s+en)/i.test(periode as string) && !/t\/m|tot en met/i.test(periode as string) ? { van: Number(m[1]), tot: Number(m[2]) } : { van: Number(m[1]), tot_en_met: Number(m[2]) };
  return copy;
}

function readCase(text: string, file: string, problems: LoadProblem[], schemas: PortfolioSchemas): CaseFile | undefined {
  const doc = readMarkdown(text, file, problems, (data, positions, line) => fitSchema(schemas.case, normaliseCaseData(data), file, positions, line), schemas.headingLabels);
  if (doc && doc.frontMatterLine === undefined) problems.push({ rule: 'bestand/schema', messageId: 'noFrontMatter', file, line: 1, column: 1 });
  else if (doc && doc.data === null) problems.push({ rule: 'bestand/schema', messageId: 'emptyFrontMatter', file, line: doc.frontMatterLine ?? 1, column: 1 });
  return doc;
}

/** Case files: `casussen:` from portfolio.yaml, else `casussen/*.md` sorted by name (names in NFC). */
function caseFiles(files: FileSource, config: PortfolioConfig | undefined, problems: LoadProblem[]): string[] {
  if (config?.casussen) return config.casussen;
  const listed = files.list(layout.cases);
  if (!('names' in listed)) {
    if (listed.problem) problems.push(listed.problem);
    return [];
  }
  return listed.names
    .filter((name) => name.toLowerCase().endsWith('.md') && !name.startsWith('.'))
    .map((name) => `${layout.cases}/${name.normalize('NFC')}`)
    .sort(compareNames);
}

/** Options of `readPortfolio`. */
export interface ReadOptions {
  /** Reuse what an earlier load of this portfolio read from files that have not changed since (watch mode). */
  cache?: LoadCache;
  /**
   * The schemas to fit portfolio.yaml and the front-matter to, given the value of `kader:` as
   * written (undefined when absent): those of the ruleset it chooses. The loader knows no ruleset
   * itself; the caller (src/rulesets/) passes them.
   */
  schemasFor: (kader: unknown) => PortfolioSchemas;
  /**
   * Where the files come from instead of the folder `dir` on disk: an object with the reading
   * methods of `PortfolioFiles` (the tests' RuleTester keeps a portfolio of a few lines in memory).
   */
  files?: FileSource;
}

/** The reading side of `PortfolioFiles`: all the loader asks of the portfolio's files. */
export type FileSource = Pick<PortfolioFiles, 'root' | 'realRoot' | 'locate' | 'read' | 'info' | 'list'>;

/**
 * Loads the portfolio in `dir`. Throws `PortfolioNotFoundError` only when `dir` is not a folder;
 * everything else is a problem in the result. Each file is read at most once (see ./files.ts).
 */
export function readPortfolio(dir: string, options: ReadOptions): Portfolio {
  const root = options.files?.root ?? resolve(dir);
  let realRoot = options.files?.realRoot ?? root;
  if (!options.files) {
    try {
      if (!statSync(root).isDirectory()) throw new PortfolioNotFoundError(dir, 'not-a-folder');
      realRoot = realpathSync(root);
      // A folder that may not be listed or entered hides its files: say so, rather than "portfolio.yaml ontbreekt".
      accessSync(root, constants.R_OK | constants.X_OK);
    } catch (error) {
      if (error instanceof PortfolioNotFoundError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new PortfolioNotFoundError(dir, code === 'EACCES' || code === 'EPERM' ? 'unreadable' : 'missing');
    }
  }
  const problems: LoadProblem[] = [];
  const portfolio: Portfolio = { name: basename(root), configPositions: {}, configInvalid: [], hasConfig: false, cases: [], evidence: {}, problems };
  const files: FileSource = options.files ?? new PortfolioFiles(root, realRoot);
  const read = options.cache ? options.cache.read.bind(options.cache) : readUncached;
  const { schemas, ...fromConfig } = read(join(root, layout.config), 'config', problems, (own) => withinBudget(layout.config, own, () => readConfig(files, own, options.schemasFor)) ?? { hasConfig: true, configPositions: {}, configInvalid: [], schemas: options.schemasFor(undefined) });
  Object.assign(portfolio, fromConfig);
  const config = portfolio.config;
  const referenced = new Set(evidencePaths(config).map((e) => e.path));

  /**
   * The text of a file, decoded, with its real path. A file portfolio.yaml names that cannot be
   * reached is bestand/bewijs's finding at its line there (from `portfolio.evidence`); other
   * problems go to `sink`.
   */
  const readText = (file: string, sink: LoadProblem[], quietWhenMissing = false): { text: string; real: string } | undefined => {
    const got = files.read(file);
    if ('problem' in got) {
      const { problem } = got;
      const byEvidence = referenced.has(file) && problem.rule === 'bestand/bewijs';
      if (!byEvidence && !(quietWhenMissing && problem.messageId === 'missing')) sink.push(problem);
      return undefined;
    }
    const text = decode(got.bytes, file, sink);
    return text === undefined ? undefined : { text, real: got.real };
  };

  // One file under two names (a symlink, or listed twice) is one case: the name that is no link counts.
  const listed = caseFiles(files, config, problems);
  // The framework asks for two cases; reading ten thousand costs minutes and says nothing more.
  const names = listed.slice(0, MAX_CASE_FILES);
  if (listed.length > MAX_CASE_FILES) {
    problems.push({ rule: 'bestand/schema', messageId: 'tooManyCases', args: { count: listed.length, limit: MAX_CASE_FILES }, file: config?.casussen ? layout.config : layout.cases, severity: 'warning' });
  }
  const realOf = new Map<string, string>();
  const counted = new Map<string, { file: string; own: boolean }>();
  for (const file of names) {
    const at = files.locate(file);
    if (!('real' in at)) continue;
    realOf.set(file, at.real);
    const own = relative(realRoot, at.real).split(sep).join('/').normalize('NFC') === file.normalize('NFC');
    const current = counted.get(at.real);
    if (!current || (own && !current.own)) counted.set(at.real, { file, own });
  }
  const loaded = new Set<string>();
  for (const file of names) {
    const real = realOf.get(file);
    if (real !== undefined) {
      const kept = counted.get(real)!.file;
      if (kept !== file || loaded.has(real)) {
        problems.push({ rule: 'bestand/bewijs', messageId: 'sameFile', args: { path: file, other: kept }, file });
        continue;
      }
      loaded.add(real);
    }
    const doc = read(join(root, file), `case:${file}`, problems, (own) => {
      const got = readText(file, own);
      return got && withinBudget(file, own, () => readCase(got.text, file, own, schemas));
    });
    if (doc) portfolio.cases.push(doc);
  }

  const motivatie = config?.motivatie ?? layout.motivatie;
  const ontwikkelplan = config?.ontwikkelplan ?? layout.ontwikkelplan;
  const motivatieDoc = read(join(root, motivatie), `markdown:${motivatie}`, problems, (own) => {
    const got = readText(motivatie, own, true);
    return got && withinBudget(motivatie, own, () => readMarkdown(got.text, motivatie, own, () => undefined, schemas.headingLabels));
  });
  if (motivatieDoc) portfolio.motivatie = motivatieDoc;
  const planDoc = read(join(root, ontwikkelplan), `plan:${ontwikkelplan}`, problems, (own) => {
    const got = readText(ontwikkelplan, own, true);
    return got && withinBudget(ontwikkelplan, own, () => readMarkdown(got.text, ontwikkelplan, own, (data, positions, line) => fitSchema(schemas.ontwikkelplan, normalisePlanData(data), ontwikkelplan, positions, line), schemas.headingLabels));
  });
  if (planDoc) portfolio.ontwikkelplan = planDoc;
  const urenlog = config?.werkervaring?.urenlog;
  if (urenlog) {
    const log = read(join(root, urenlog), `urenlog:${urenlog}`, problems, (own) => {
      // Excel's "CSV (puntkomma gescheiden)" writes Windows-1252; decode reads it right, so no request to re-save.
      const decoded: LoadProblem[] = [];
      const got = readText(urenlog, decoded);
      own.push(...decoded.filter((p) => p.messageId !== 'encoding'));
      return got === undefined ? undefined : withinBudget(urenlog, own, () => readHoursLog(got.text, urenlog, own));
    });
    if (log) portfolio.urenlog = log;
  }

  // Last, so that files read above are not opened again to see what they are.
  for (const { path } of evidencePaths(config)) portfolio.evidence[path] = files.info(path);
  options.cache?.sweep();
  portfolio.problems = capPerFile(problems);
  return portfolio;
}

/** Keys of portfolio.yaml whose numbers may be written the Dutch way (`ects: 3,5`, `uren: 1.940`). */
const NUMBER_KEYS = new Set(['uren', 'ects']);

/** Reads and fits portfolio.yaml: the parts of a `Portfolio` that come from it. */
function readConfig(files: FileSource, problems: LoadProblem[], schemasFor: ReadOptions['schemasFor']): Pick<Portfolio, 'hasConfig' | 'configText' | 'configPositions' | 'configInvalid' | 'config'> & { schemas: PortfolioSchemas } {
  const got = files.read(layout.config);
  if ('problem' in got) {
    problems.push(got.problem.messageId === 'missing' ? { rule: 'bestand/schema', messageId: 'noConfig', file: layout.config } : got.problem);
    return { hasConfig: false, configPositions: {}, configInvalid: [], schemas: schemasFor(undefined) };
  }
  const text = decode(got.bytes, layout.config, problems);
  if (text === undefined) return { hasConfig: true, configPositions: {}, configInvalid: [], schemas: schemasFor(undefined) };
  const parsed = parseYaml(text, layout.config);
  problems.push(...parsed.problems);
  readDutchNumbers(parsed.data, parsed.positions, NUMBER_KEYS, layout.config, problems);
  const raw = parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? (parsed.data as Record<string, unknown>).kader : undefined;
  const schemas = schemasFor(raw);
  const fitted = fitSchema(schemas.portfolio, parsed.data, layout.config, parsed.positions, 1);
  problems.push(...fitted.problems);
  const config = fitted.value ?? (parsed.data === null ? {} : undefined);
  return { hasConfig: true, configText: text, configPositions: parsed.positions, configInvalid: fitted.invalid, schemas, ...(config ? { config } : {}) };
}

/** Most case files read (the toetsingskader asks for two); the rest is counted in one warning. */
export const MAX_CASE_FILES = 50;

/** Most read problems reported per file; the rest of a flood (say 20,000 unknown keys) is counted in one finding. */
export const MAX_PROBLEMS_PER_FILE = 50;

function capPerFile(problems: LoadProblem[]): LoadProblem[] {
  const kept: LoadProblem[] = [];
  const hidden = new Map<string, { count: number; error: boolean; line?: number }>();
  const seen = new Map<string, number>();
  for (const problem of problems) {
    const file = problem.file ?? '';
    const n = (seen.get(file) ?? 0) + 1;
    seen.set(file, n);
    if (n <= MAX_PROBLEMS_PER_FILE) kept.push(problem);
    else {
      const more = hidden.get(file) ?? { count: 0, error: false, ...(problem.line === undefined ? {} : { line: problem.line }) };
      hidden.set(file, { ...more, count: more.count + 1, error: more.error || (problem.severity ?? 'error') === 'error' });
    }
  }
  for (const [file, { count, error, line }] of hidden) {
    kept.push({ rule: 'bestand/schema', messageId: 'more', args: { count }, file, severity: error ? 'error' : 'warning', ...(line === undefined ? {} : { line }) });
  }
  return kept;
}
