/**
 * The loader: turns a portfolio folder into a typed `Portfolio` (src/types.ts). All I/O of a check
 * happens here; every unreadable or malformed file becomes a `LoadProblem` with file and line,
 * and loading goes on with the rest. Nothing in the portfolio is ever written.
 */
import { readdirSync, readFileSync, realpathSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import type { CaseFile, EvidenceFile, LoadProblem, MarkdownFile, Portfolio } from '../types.js';
import { caseSchema, ontwikkelplanSchema, portfolioSchema, type PortfolioConfig } from '../schema.js';
import { normaliseText } from '../text.js';
import { splitFrontMatter } from './frontmatter.js';
import { fitSchema, parseYaml, type Fitted } from './yaml.js';
import { parseBody } from './markdown.js';
import { templateParagraphs } from './templates.js';
import { layout } from './paths.js';
import { evidencePaths } from './evidence.js';
import { readHoursLog } from './urenlog.js';
import { LoadCache, readUncached } from './cache.js';
import { compareNames } from '../names.js';

export { layout, LoadCache };

/** Thrown when there is no portfolio folder to check at all (CLI exit status 2). */
export class PortfolioNotFoundError extends Error {
  constructor(readonly path: string, readonly reason: 'missing' | 'not-a-folder') {
    super(`${reason === 'missing' ? 'No such folder' : 'Not a folder'}: ${path}`);
  }
}

/** Largest file rlp reads (bytes); a larger one is reported, not read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;


/** Reads a text file as the candidate's editor wrote it; problems go to `problems`. */
function readText(root: string, file: string, problems: LoadProblem[]): string | undefined {
  const full = join(root, file);
  let bytes: Buffer;
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) {
      problems.push({ rule: 'bestand/bewijs', messageId: 'isFolder', args: { path: file }, file });
      return undefined;
    }
    if (stat.size > MAX_FILE_BYTES) {
      problems.push({ rule: 'bestand/syntax', messageId: 'tooLarge', args: { size: Math.round(stat.size / 1048576) }, file });
      return undefined;
    }
    bytes = readFileSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({ rule: 'bestand/bewijs', messageId: code === 'ENOENT' ? 'missing' : 'unreadable', args: { path: file }, file });
    return undefined;
  }
  return decode(bytes, file, problems);
}

/** Decodes UTF-8 (with or without BOM) and UTF-16; Windows-1252 is decoded with a request to save as UTF-8. */
export function decode(bytes: Uint8Array, file: string, problems: LoadProblem[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return normaliseText(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return normaliseText(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  try {
    return normaliseText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    const text = normaliseText(new TextDecoder('windows-1252').decode(bytes));
    const badAt = firstInvalidUtf8(bytes);
    const line = new TextDecoder('windows-1252').decode(bytes.subarray(0, badAt)).split(/\r\n?|\n/).length;
    problems.push({ rule: 'bestand/syntax', messageId: 'encoding', file, line, severity: 'warning' });
    return text;
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

/** Reads a Markdown file with optional front-matter fitted to `schema`. */
function readMarkdown<T>(root: string, file: string, problems: LoadProblem[], fit: (data: unknown, positions: MarkdownFile['positions'], line: number) => Fitted<T> | undefined): (MarkdownFile & { meta?: T }) | undefined {
  const text = readText(root, file, problems);
  if (text === undefined) return undefined;
  const split = splitFrontMatter(text, file);
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
  const body = parseBody(split.body, templateParagraphs());
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

function readCase(root: string, file: string, problems: LoadProblem[]): CaseFile | undefined {
  const doc = readMarkdown(root, file, problems, (data, positions, line) => fitSchema(caseSchema, normaliseCaseData(data), file, positions, line));
  if (doc && doc.frontMatterLine === undefined) problems.push({ rule: 'bestand/schema', messageId: 'noFrontMatter', file, line: 1, column: 1 });
  else if (doc && doc.data === null) problems.push({ rule: 'bestand/schema', messageId: 'emptyFrontMatter', file, line: 1, column: 1 });
  return doc;
}

/** Case files: `casussen:` from portfolio.yaml, else `casussen/*.md` sorted by name. */
function caseFiles(root: string, config: PortfolioConfig | undefined): string[] {
  if (config?.casussen) return config.casussen;
  try {
    return readdirSync(join(root, layout.cases), { withFileTypes: true })
      .filter((entry) => entry.name.toLowerCase().endsWith('.md') && !entry.name.startsWith('.'))
      .map((entry) => `${layout.cases}/${entry.name.normalize('NFC')}`)
      .sort(compareNames);
  } catch {
    return [];
  }
}

/** Kind of a file from its first bytes. */
function sniff(full: string): string {
  const head = Buffer.alloc(8);
  let fd: number | undefined;
  try {
    fd = openSync(full, 'r');
    const n = readSync(fd, head, 0, 8, 0);
    const b = head.subarray(0, n);
    if (b.toString('latin1').startsWith('%PDF-')) return 'pdf';
    if (b[0] === 0x89 && b.toString('latin1', 1, 4) === 'PNG') return 'png';
    if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
    if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'docx';
    return b.includes(0) ? 'unknown' : 'text';
  } catch {
    return 'unknown';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Facts about one referenced file: exists, size, kind, and whether it stays inside the folder. */
function inspect(root: string, realRoot: string, path: string): EvidenceFile {
  const full = resolve(root, path);
  const info: EvidenceFile = { path, exists: false, size: 0, outside: false };
  const inside = (p: string) => p === realRoot || p.startsWith(realRoot + sep);
  if (!inside(full)) return { ...info, outside: true };
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    return info;
  }
  if (!inside(real)) return { ...info, outside: true, exists: true };
  try {
    const stat = statSync(real);
    if (!stat.isFile()) return { ...info, exists: true, detected: 'folder' };
    return { ...info, exists: true, size: stat.size, detected: stat.size > 0 ? sniff(real) : 'unknown' };
  } catch {
    return info;
  }
}

/** Options of `loadPortfolio`. */
export interface LoadOptions {
  /** Reuse what an earlier load of this portfolio read from files that have not changed since (watch mode). */
  cache?: LoadCache;
}

/**
 * Loads the portfolio in `dir`. Throws `PortfolioNotFoundError` only when `dir` is not a folder;
 * everything else is a problem in the result.
 */
export function loadPortfolio(dir: string, options: LoadOptions = {}): Portfolio {
  const root = resolve(dir);
  let realRoot: string;
  try {
    if (!statSync(root).isDirectory()) throw new PortfolioNotFoundError(dir, 'not-a-folder');
    realRoot = realpathSync(root);
  } catch (error) {
    if (error instanceof PortfolioNotFoundError) throw error;
    throw new PortfolioNotFoundError(dir, 'missing');
  }
  const problems: LoadProblem[] = [];
  const portfolio: Portfolio = { name: basename(root), configPositions: {}, configInvalid: [], hasConfig: false, cases: [], evidence: {}, problems };
  const read = options.cache ? options.cache.read.bind(options.cache) : readUncached;

  Object.assign(portfolio, read(join(root, layout.config), 'config', problems, (own) => readConfig(root, own)));
  const config = portfolio.config;

  for (const { path } of evidencePaths(config)) {
    portfolio.evidence[path] = inspect(root, realRoot, path);
  }
  /** Whether a file may be read: it exists inside the folder. Paths from portfolio.yaml are reported by bestand/bewijs; others here. */
  const readable = (file: string): boolean => {
    const info = portfolio.evidence[file] ?? inspect(root, realRoot, file);
    if (!portfolio.evidence[file] && info.outside) problems.push({ rule: 'bestand/bewijs', messageId: 'outside', args: { path: file }, file });
    return info.exists && !info.outside && info.detected !== 'folder';
  };

  for (const file of caseFiles(root, config)) {
    if (!readable(file)) continue;
    const doc = read(join(root, file), `case:${file}`, problems, (own) => readCase(root, file, own));
    if (doc) portfolio.cases.push(doc);
  }

  const motivatie = config?.motivatie ?? layout.motivatie;
  const ontwikkelplan = config?.ontwikkelplan ?? layout.ontwikkelplan;
  if (readable(motivatie)) portfolio.motivatie = read(join(root, motivatie), `markdown:${motivatie}`, problems, (own) => readMarkdown(root, motivatie, own, () => undefined));
  if (readable(ontwikkelplan)) {
    portfolio.ontwikkelplan = read(join(root, ontwikkelplan), `plan:${ontwikkelplan}`, problems, (own) =>
      readMarkdown(root, ontwikkelplan, own, (data, positions, line) => fitSchema(ontwikkelplanSchema, data, ontwikkelplan, positions, line)),
    );
  }
  const urenlog = config?.werkervaring?.urenlog;
  if (urenlog && readable(urenlog)) {
    portfolio.urenlog = read(join(root, urenlog), `urenlog:${urenlog}`, problems, (own) => {
      // Excel's "CSV (puntkomma gescheiden)" writes Windows-1252; decode reads it right, so no request to re-save.
      const decoded: LoadProblem[] = [];
      const text = readText(root, urenlog, decoded);
      own.push(...decoded.filter((p) => p.messageId !== 'encoding'));
      return text === undefined ? undefined : readHoursLog(text, urenlog, own);
    });
    if (!portfolio.urenlog) delete portfolio.urenlog;
  }
  options.cache?.sweep();
  return portfolio;
}

/** Reads and fits portfolio.yaml: the parts of a `Portfolio` that come from it. */
function readConfig(root: string, problems: LoadProblem[]): Pick<Portfolio, 'hasConfig' | 'configText' | 'configPositions' | 'configInvalid' | 'config'> {
  const text = readText(root, layout.config, []);
  if (text === undefined) {
    problems.push({ rule: 'bestand/schema', messageId: 'noConfig', file: layout.config });
    return { hasConfig: false, configPositions: {}, configInvalid: [] };
  }
  const parsed = parseYaml(text, layout.config);
  problems.push(...parsed.problems);
  const fitted = fitSchema(portfolioSchema, parsed.data, layout.config, parsed.positions, 1);
  problems.push(...fitted.problems);
  const config = fitted.value ?? (parsed.data === null ? {} : undefined);
  return { hasConfig: true, configText: text, configPositions: parsed.positions, configInvalid: fitted.invalid, ...(config ? { config } : {}) };
}
