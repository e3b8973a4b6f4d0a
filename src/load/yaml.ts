/**
 * YAML reading for every file of a portfolio (portfolio.yaml and all front-matter): one parser,
 * the `yaml` package, YAML 1.2 core schema (so `2025-02-03` stays a string, `10:00` is not 600,
 * `yes` is not true), duplicate keys reported with both lines, aliases capped, nesting and size
 * bounded. Values are then fitted to a zod schema; what does not fit is reported and left out, so
 * the rest can still be checked.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { suggestIsoDate } from '../dates.js';
import type { KeyPath, LoadProblem, PositionMap } from '../types.js';
import { suggest } from '../text.js';

/** Result of reading one YAML text: the data (undefined when it does not parse), positions, problems. */
export interface YamlResult {
  data: unknown;
  positions: PositionMap;
  problems: LoadProblem[];
}

/** Most aliases (`*naam`) expanded per document: enough for any portfolio, too few for an alias bomb. */
const MAX_ALIASES = 100;
/** Largest YAML text read, in characters (a portfolio.yaml is a few kB). */
export const MAX_YAML_CHARS = 256 * 1024;

/**
 * Parses YAML text. `firstLine` is the file line of the text's first line (front-matter starts on
 * line 2). Produces `bestand/syntax` problems with file lines; never throws. Duplicate keys are
 * checked here, in one pass, rather than by the parser, whose check takes time quadratic in the
 * number of keys; the later value is kept so the rest of the file is still checked.
 */
export function parseYaml(text: string, file: string, firstLine = 1): YamlResult {
  const lineCounter = new LineCounter();
  const positions: PositionMap = {};
  const problems: LoadProblem[] = [];
  const place = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + firstLine - 1, column: p.col };
  };
  if (text.length > MAX_YAML_CHARS) {
    problems.push({ rule: 'bestand/syntax', messageId: 'textTooLarge', args: { size: Math.round(text.length / 1024), limit: MAX_YAML_CHARS / 1024 }, file, line: firstLine, column: 1 });
    return { data: undefined, positions, problems };
  }
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, version: '1.2', schema: 'core', uniqueKeys: false, prettyErrors: false });
  } catch (error) {
    problems.push({ rule: 'bestand/syntax', messageId: 'yaml', args: { detail: String((error as Error).message) }, file, line: firstLine, column: 1 });
    return { data: undefined, positions, problems };
  }
  if (doc.errors.length > 0) {
    // Only the first error: the parser's later errors mostly follow from it.
    for (const error of doc.errors.slice(0, 1)) {
      const at = clampLine(place(error.pos[0]), text, firstLine);
      // A quote opened straight and closed curly (Word's ”) runs on to the next straight quote or
      // the end: the parser notices far below. The place to change is the line that opened it.
      const quote = curlyClosedQuote(text, at.line - firstLine + 1);
      if (quote) {
        problems.push({ rule: 'bestand/syntax', messageId: 'smartQuote', args: { quote: quote.curly, straight: quote.straight }, file, line: quote.line + firstLine - 1, column: quote.column });
        continue;
      }
      if (error.code === 'TAB_AS_INDENT') problems.push({ rule: 'bestand/syntax', messageId: 'tab', file, ...at });
      else if (error.code === 'RESOURCE_EXHAUSTION') problems.push({ rule: 'bestand/syntax', messageId: 'tooDeep', file, ...at });
      else problems.push({ rule: 'bestand/syntax', messageId: 'yaml', args: { detail: firstSentence(error.message) }, file, ...at });
    }
    return { data: undefined, positions, problems };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    problems.push({ rule: 'bestand/syntax', messageId: error instanceof ReferenceError ? 'aliases' : 'tooDeep', file, line: firstLine, column: 1 });
    return { data: undefined, positions, problems };
  }
  collectPositions(doc.contents, [], positions, place, (key, first, at) => {
    problems.push({ rule: 'bestand/syntax', messageId: 'duplicateKey', args: { key, first: first.line, line: at.line }, file, ...at });
  });
  return { data, positions, problems };
}

/** A place no further down than the text's last line (the parser puts an error at end of input one line past it). */
function clampLine(at: { line: number; column: number }, text: string, firstLine: number): { line: number; column: number } {
  const lines = text.replace(/\n$/, '').split('\n').length;
  const last = lines + firstLine - 1;
  return at.line > last ? { line: last, column: 1 } : at;
}

/**
 * The first line (1-based in `text`, at most `upTo`) where a value opens with a straight quote
 * (`"` or `'`) that is not closed on the line but a curly one (`”“„` or `’‘`) is there: the quote
 * a word processor made of the closing one. Undefined when there is none.
 */
export function curlyClosedQuote(text: string, upTo: number): { line: number; column: number; curly: string; straight: string } | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < Math.min(lines.length, upTo); i++) {
    const m = /^(\s*(?:-\s+)*(?:[^#"':]+:\s+|-\s+|\[\s*|\{[^:]*:\s*))(["'])(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const [, before, straight, rest] = m as unknown as [string, string, '"' | "'", string];
    const closed = straight === '"' ? /(?:^|[^\\])"/.test(rest) || rest.startsWith('"') : rest.includes("'");
    if (closed) continue;
    const curly = (straight === '"' ? /[\u201C\u201D\u201E\u201F]/ : /[\u2018\u2019\u201A\u201B]/).exec(rest);
    if (curly) return { line: i + 1, column: before.length + 1 + 1 + curly.index, curly: curly[0], straight };
  }
  return undefined;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
}

type Place = { line: number; column: number };

/** Records the position of every key and list item (and how numbers and booleans were written); reports duplicate keys. */
function collectPositions(node: unknown, path: (string | number)[], out: PositionMap, place: (offset: number) => Place, duplicate: (key: string, first: Place, at: Place) => void): void {
  if (isMap(node)) {
    const seen = new Map<string, Place>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const childPath = [...path, key];
      const range = keyNode?.range ?? (pair.value as Node | null)?.range;
      if (range) {
        const at = place(range[0]);
        const first = seen.get(key);
        if (first) duplicate(key, first, at);
        else seen.set(key, at);
        out[childPath.join('.')] = { ...at, ...written(pair.value) };
      }
      collectPositions(pair.value, childPath, out, place, duplicate);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const childPath = [...path, index];
      const range = (item as Node | null)?.range;
      if (range) out[childPath.join('.')] = { ...place(range[0]), ...written(item) };
      collectPositions(item, childPath, out, place, duplicate);
    });
  }
}

/** The source text of a number or boolean scalar (`0612345678` keeps its zero in a message). */
function written(node: unknown): { source?: string } {
  return isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean') && typeof node.source === 'string' ? { source: node.source } : {};
}

/** The position of a path, or of its nearest ancestor that has one. */
export function positionOf(positions: PositionMap, path: readonly (string | number)[], fallbackLine?: number): { line?: number; column?: number } {
  for (let n = path.length; n > 0; n--) {
    const p = positions[path.slice(0, n).join('.')];
    if (p) return p;
  }
  return fallbackLine === undefined ? {} : { line: fallbackLine, column: 1 };
}

/**
 * Numbers written the Dutch way (contract §3), read before the schema sees them, for values whose
 * key is one of `keys` (hours, ECTS): `3,5` is 3.5; `20 uur` is 20; `1.940` (a dot followed by exactly three
 * digits, which YAML reads as 1.94) is 1940, with a `bestand/schema` info saying how it was read.
 * Changes `data` in place.
 */
export function readDutchNumbers(data: unknown, positions: PositionMap, keys: ReadonlySet<string>, file: string, problems: LoadProblem[], path: (string | number)[] = []): void {
  if (!data || typeof data !== 'object') return;
  const entries: [string | number, unknown][] = Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.entries(data);
  for (const [key, value] of entries) {
    const at = [...path, key];
    if (typeof key === 'string' && keys.has(key)) {
      const source = typeof value === 'string' ? value.trim() : typeof value === 'number' ? positions[at.join('.')]?.source : undefined;
      const read = source === undefined ? undefined : dutchNumber(source);
      if (read !== undefined && read !== value) {
        (data as Record<string | number, unknown>)[key] = read;
        if (/^\d{1,3}(?:\.\d{3})+/.test(source!)) {
          problems.push({ rule: 'bestand/schema', messageId: 'thousands', severity: 'info', args: { key: { keyPath: at }, value: source!, read: read }, file, ...positionOf(positions, at) });
        }
      }
    }
    readDutchNumbers(value, positions, keys, file, problems, at);
  }
}

/** `3,5` → 3.5, `1.940` → 1940, `1.940,5` → 1940.5; undefined for anything else (plain `3.5` stays as YAML read it). */
function dutchNumber(written: string): number | undefined {
  // A unit after the number, as people write it on a certificate: `20 uur`, `3,5 ECTS`, `64u`.
  const text = written.replace(/\s*(?:uur|u|ects|ec|studie-?uren)\.?$/i, '');
  if (/^\d+,\d+$/.test(text)) return Number(text.replace(',', '.'));
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return undefined;
}

/** Result of fitting data to a schema: the valid part and the problems. */
export interface Fitted<T> {
  value: T | undefined;
  problems: LoadProblem[];
  /** Paths (joined with `.`) of values that did not fit and were left out. */
  invalid: string[];
}

/**
 * Fits parsed YAML to a zod schema. Every mismatch becomes a `bestand/schema` problem at the
 * value's line (with a "bedoel je …?" for a near-miss key or id), and the value is dropped, so
 * what remains still reaches the rules. Never throws.
 */
export function fitSchema<S extends z.ZodType>(schema: S, data: unknown, file: string, positions: PositionMap, fallbackLine?: number): Fitted<z.infer<S>> {
  const problems: LoadProblem[] = [];
  const invalid: string[] = [];
  if (data === null || data === undefined) return { value: undefined, problems, invalid };
  // Only a plain mapping can be fitted: `!!binary` (bytes), `!!set` and `!!omap` are data of another shape.
  if (typeof data !== 'object' || Array.isArray(data) || Object.getPrototypeOf(data) !== Object.prototype || isProse(schema, data as Record<string, unknown>)) {
    problems.push({ rule: 'bestand/schema', messageId: 'notAMap', file, ...positionOf(positions, [], fallbackLine) });
    return { value: undefined, problems, invalid };
  }
  let current: unknown = structuredClone(data);
  let previous = '';
  for (let round = 0; round < 50; round++) {
    const result = schema.safeParse(current, { jitless: true });
    if (result.success) return { value: result.data as z.infer<S>, problems, invalid };
    // A round that meets the same first issue again removed nothing (say, a key of bytes): stop
    // rather than report it fifty times over.
    const first = result.error.issues[0];
    const signature = `${result.error.issues.length}:${first?.code}:${first?.path.join('.')}`;
    if (signature === previous) return { value: undefined, problems, invalid };
    previous = signature;
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      const at = { file, ...positionOf(positions, path, fallbackLine) };
      const key = { keyPath: path };
      invalid.push(path.join('.'));
      if (issue.code === 'unrecognized_keys') {
        const known = knownKeys(schema, path);
        for (const k of issue.keys) {
          const tip = suggest(k, known);
          invalid.push([...path, k].join('.'));
          problems.push({ rule: 'bestand/schema', messageId: tip ? 'unknownKeyTip' : 'unknownKey', args: { key: { keyPath: [...path, k] }, tip: tip ?? '', known }, ...at, ...positionOf(positions, [...path, k], fallbackLine) });
        }
        removeKeys(current, path, issue.keys);
        continue;
      }
      const value = valueAt(current, path);
      if (issue.code === 'invalid_value') {
        const options = issue.values.map(String);
        // Suggest only for words: for numbers (route: 7) the list of options says more.
        const tip = typeof value === 'string' && value.trim().length >= 3 ? suggest(value, options) : undefined;
        problems.push({ rule: 'bestand/schema', messageId: tip ? 'unknownValueTip' : 'unknownValue', args: { key, value: show(value), tip: tip ?? '', options }, ...at });
      } else if (issue.code === 'invalid_type') {
        problems.push({ rule: 'bestand/schema', ...typeProblem(issue.expected, value, key, positions[path.join('.')]?.source), ...at });
      } else if (issue.code === 'invalid_format' && issue.format === 'date') {
        const tip = typeof value === 'string' ? (suggestIsoDate(value) ?? '') : '';
        problems.push({ rule: 'bestand/schema', messageId: tip ? 'dateTip' : 'date', args: { key, value: show(value), tip }, ...at });
      } else if (issue.code === 'too_small' || issue.code === 'too_big') {
        problems.push({ rule: 'bestand/schema', messageId: issue.code === 'too_small' ? 'tooSmall' : 'tooBig', args: { key, value: show(value), limit: String(issue.code === 'too_small' ? issue.minimum : issue.maximum) }, ...at });
      } else {
        problems.push({ rule: 'bestand/schema', messageId: 'invalid', args: { key, value: show(value) }, ...at });
      }
      removeAt(current, path);
      if (path.length === 0) return { value: undefined, problems, invalid };
    }
    current = compact(current);
  }
  return { value: undefined, problems, invalid };
}

/** A mapping none of whose keys is known or close to one: a sentence with a colon (`Dit is mijn casus: …`), not data. */
function isProse(schema: z.ZodType, data: Record<string, unknown>): boolean {
  const known = knownKeys(schema, []);
  const keys = Object.keys(data);
  const unknown = (key: string) => !known.includes(key) && suggest(key, known) === undefined;
  return known.length > 0 && keys.some((key) => /\s/.test(key.trim())) && keys.every(unknown);
}

function typeProblem(expected: string, value: unknown, key: KeyPath, source?: string): Pick<LoadProblem, 'messageId' | 'args'> {
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (expected === 'string' && (actual === 'number' || actual === 'boolean')) return { messageId: 'quoteText', args: { key, value: show(source ?? value) } };
  if (expected === 'string' && actual === 'null') return { messageId: 'emptyValue', args: { key } };
  if (expected === 'boolean') return { messageId: 'expectBoolean', args: { key, value: show(value) } };
  if (expected === 'number') return { messageId: 'expectNumber', args: { key, value: show(value) } };
  if (expected === 'array') return { messageId: 'expectList', args: { key, value: show(value) } };
  if (expected === 'object') return { messageId: 'expectMap', args: { key, value: show(value) } };
  return { messageId: 'invalid', args: { key, value: show(value) } };
}

/** A short, single-line rendering of a value for a message. */
function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

const REMOVED = Symbol('removed');

/** Marks a value as removed; list items are compacted after the round, so later paths stay valid. */
function removeAt(data: unknown, path: readonly (string | number)[]): void {
  if (path.length === 0) return;
  const parent = valueAt(data, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = REMOVED;
  else if (parent && typeof parent === 'object') delete (parent as Record<string | number, unknown>)[last];
}

/** Drops removed list items everywhere. */
function compact(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((item) => item !== REMOVED).map(compact);
  if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) (node as Record<string, unknown>)[k] = compact(v);
  }
  return node;
}

function removeKeys(data: unknown, path: readonly (string | number)[], keys: readonly string[]): void {
  const node = valueAt(data, path);
  if (node && typeof node === 'object') for (const k of keys) delete (node as Record<string, unknown>)[k];
}

/** Keys an object schema accepts at a path (for "bedoel je …?"). */
function knownKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let node: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let current = s as { def?: { type?: string; innerType?: unknown; element?: unknown; getter?: () => unknown } };
    while (current?.def && ['optional', 'nullable', 'default', 'lazy'].includes(current.def.type ?? '')) {
      current = (current.def.type === 'lazy' ? current.def.getter!() : current.def.innerType) as typeof current;
    }
    return current;
  };
  for (const key of path) {
    node = unwrap(node);
    const def = (node as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def?.type === 'object' && typeof key === 'string') node = def.shape?.[key];
    else if (def?.type === 'array') node = def.element;
    else return [];
  }
  const def = (unwrap(node) as { def?: { type?: string; shape?: Record<string, unknown> } }).def;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
