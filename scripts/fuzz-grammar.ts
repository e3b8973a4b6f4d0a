/**
 * Grammar-aware fuzzing of the whole check (issue 11), with fast-check. Where scripts/fuzz.ts
 * mutates the bytes of the example, this campaign generates the structures a portfolio is made
 * of and the hostile things that get pasted into them:
 * - Markdown: headings (also without a space, indented, bold-only lines, setext), paragraphs with
 *   emphasis runs (`*` × n, text, `*` × n), links and brackets, nested lists and quotes, code
 *   fences, HTML comments, data URIs of pasted images;
 * - YAML (portfolio.yaml and front-matter): the example's keys with generated values, or free
 *   mappings and lists nested deep, anchors and aliases, tags (`!!binary`, `!!set`, `!!omap`,
 *   `!x`), flow collections, block scalars, quotes closed by Word's curly quote;
 * - CSV (uren.csv): headers with either separator or a column missing, rows with dates, hours
 *   (`1e20`, `1300`, `1,5`, `1:30`, twenty digits), categories, quotes that never close;
 * - everywhere: escape sequences (CSI, OSC 8 and 52, BEL, CR, DEL, C1, bidi overrides, NUL) and
 *   personal data (e-mail, phone, BSN, IBAN), also in keys and in a case's file name.
 * For every generated portfolio, `checkPortfolio` must not throw, and every format (pretty,
 * json, sarif, github; Dutch and English) must hold no raw control character and none of the
 * planted personal data unmasked (also once JSON or GitHub escaping is undone).
 *
 * `npm run fuzz:grammar` runs the long campaign (`-- --seconds S` or `--runs N`, `--seed S`) and
 * prints its figures; test/fuzz-grammar.test.ts runs a short one in every `npm test`.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { checkPortfolio, formatters, type Report } from '../src/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = join(ROOT, 'fixtures', 'voorbeeld');

/** Escape sequences and control characters a pasted text may carry. */
export const ESCAPES: readonly string[] = [
  '\u001b[2J', '\u001b[H', '\u001b[31m', '\u001b[0m', '\u001b]52;c;ZXZpbA==\u0007', '\u001b]8;;https://evil.example/\u0007klik\u001b]8;;\u0007',
  '\u001b]0;titel\u001b\\', '\u001bP1$r\u001b\\', '\u0007', '\r', '\u007f', '\u009b31m', '\u0085', '\u202e', '\u202d', '\u2066', '\u2069', '\u200f',
  '\u0000', '\u001b', '\u2028', '\u000b', '\u000c', '\t',
];

/** Personal data planted in the portfolio; none may reach an output unmasked. */
export const PERSONAL: readonly string[] = [
  'jan.jansen@example.com', 'p.de.vries@voorbeeld.nl', '0612345678', '06-12345678', '+31 6 12345678', '020-1234567',
  '111222333', '123456782', 'NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00', 'DE89370400440532013000',
];

/** Raw characters no output may carry (LF between lines is the only control allowed). */
export const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

/** Words, section labels and ids that steer the generated text towards what rlp looks for. */
const WORDS = [
  'Taak 1', 'Taak 7', 'Keuze voor deze casus', 'Kennisgebieden', 'Competenties', 'Professionele attitude', 'Loopbaantheorie', 'Coachen',
  'Ethisch handelen', 'Zelfreflectie', 'Inzichten', 'Belemmeringen', 'cliënt', 'mevrouw De Vries', 'werkgever', 'n.v.t.', 'zie taak 2',
  'loopbaancoaching', 'Totaal', 'administratie', 'begeleiding', 'intervisie', '😀', 'e\u0301', 'ë', '“', '”', '’', '\u00a0', '\u200b', '—',
];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-zà-ÿA-Z]{1,12}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const escapeSeq = fc.constantFrom(...ESCAPES);
/** Personal data, with spaces around it, as a datum stands in a text. */
const personal = fc.constantFrom(...PERSONAL).map((p) => ` ${p} `);
const base64 = (length: number) => 'iVBORw0KGgoAAAANSUhEUgAA'.repeat(Math.ceil(length / 24)).slice(0, length);

/** A piece of inline text: words, escapes, personal data, emphasis runs, links, brackets, pasted images. */
const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 30, arbitrary: word },
  { weight: 8, arbitrary: escapeSeq },
  { weight: 8, arbitrary: personal },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('*', '_', '**', '***', '~~', '`'), fc.integer({ min: 1, max: 3000 }), word).map(([m, n, w]) => `${m.repeat(n)}${w}${m.repeat(n)}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 400 }), word).map(([n, w]) => `${'*a '.repeat(n)}${w}${' a*'.repeat(n)}`) },
  { weight: 3, arbitrary: fc.tuple(word, word).map(([a, b]) => `[${a}](${b})`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((n) => '['.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map((n) => '[a]('.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 20_000 }).map((n) => `![scherm](data:image/png;base64,${base64(n)})`) },
  { weight: 4, arbitrary: fc.constantFrom('<!--', '-->', '<b>', '</b>', '&amp;', '\\', '#', '##', '---', '|', ':') },
);
const textOf = (min: number, max: number) => fc.array(inline, { minLength: min, maxLength: max }).map((parts) => parts.join(' '));

/** One Markdown block (one or more lines). */
const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(' ', '', '  '), fc.constantFrom('', ' ', '    ', '\t'), textOf(1, 4)).map(([n, sp, indent, t]) => `${indent}${'#'.repeat(n)}${sp}${t}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('**', '__'), textOf(1, 3)).map(([m, t]) => `${m}${t}${m}`) },
  { weight: 1, arbitrary: fc.tuple(textOf(1, 6), textOf(1, 3), fc.constantFrom('---', '===', '- - -', '***')).map(([a, b, u]) => `${a}\n${b}\n${u}`) },
  { weight: 6, arbitrary: textOf(1, 30) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 60 }), fc.constantFrom('- ', '* ', '1. ', '> ', '+ '), textOf(1, 5)).map(([depth, m, t]) => `${'  '.repeat(Math.min(depth, 8))}${m.repeat(depth)}${t}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 2000 }), textOf(1, 2)).map(([n, t]) => Array.from({ length: n }, () => `> ${t}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````js'), textOf(0, 8)).map(([f, t]) => `${f}\n${t}\n${f.slice(0, 3)}`) },
  { weight: 1, arbitrary: textOf(0, 8).map((t) => `<!-- ${t} -->`) },
  { weight: 1, arbitrary: fc.constantFrom('', '---', '***', '| a | b |\n|---|---|\n| c | d |') },
);
/** A Markdown body; now and then with a screenshot of about 4 MB pasted as a data URI. */
const markdownBody = fc
  .tuple(fc.array(block, { maxLength: 40 }), fc.nat({ max: 40 }))
  .map(([blocks, paste]) => (paste === 0 ? [...blocks, `![schermafdruk](data:image/png;base64,${base64(4_000_000)})`] : blocks).join('\n\n'));

/** A YAML scalar, as written after `key: `. */
const scalar: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: word.map((w) => w.replace(/[\n\r]/g, ' ')) },
  { weight: 2, arbitrary: textOf(1, 4).map((t) => JSON.stringify(t)) },
  { weight: 1, arbitrary: textOf(1, 3).map((t) => `"${t.replace(/["\\\n\r]/g, '')}”`) },
  { weight: 1, arbitrary: textOf(1, 3).map((t) => `'${t.replace(/['\n\r]/g, '')}’`) },
  { weight: 1, arbitrary: fc.constantFrom('1e20', '0612345678', '1.940', '3,5', '-1', '.inf', '.nan', '0x1F', '2026-02-29', '12-03-2025', '10:00', 'yes', 'null', '~', '1'.repeat(400)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 70_000 }).map((n) => `!!binary ${base64(n)}`) },
  { weight: 1, arbitrary: fc.constantFrom('!!set { a, b }', '!!omap [ a: 1 ]', '!x y', '!!str 12', '!!int "x"', '!!timestamp 2025-01-01', '&a waarde', '*a', '*onbekend') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((n) => `${'['.repeat(n)}a${']'.repeat(n)}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map((n) => `${'{a: '.repeat(n)}b${'}'.repeat(n)}`) },
  { weight: 1, arbitrary: textOf(1, 4).map((t) => `|\n  ${t.replace(/\n/g, '\n  ')}`) },
  { weight: 1, arbitrary: personal.map((p) => p.trim()) },
  { weight: 1, arbitrary: escapeSeq.map((e) => JSON.stringify(`x${e}y`)) },
);
const KEYS = ['titel', 'periode', 'afgerond', 'taken', 'kennisgebieden', 'competenties', 'niet_relevant', 'opdrachtgever', 'kader', 'indiendatum', 'kandidaat', 'opleiding', 'naam', 'uren', 'cursussen', 'instellingen', 'regels', '<<'];
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: word.map((w) => JSON.stringify(w)) },
  { weight: 1, arbitrary: personal.map((p) => JSON.stringify(p.trim())) },
  { weight: 1, arbitrary: escapeSeq.map((e) => JSON.stringify(`sleutel${e}`)) },
);
/** A free YAML document: lines of `key: value` and `- value` at several depths, with anchors. */
const freeYaml = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.boolean(), key, scalar, fc.option(fc.constantFrom('&a ', '&b ', '*a', '<<: *a'))), { maxLength: 40 })
  .map((lines) => lines.map(([depth, item, k, v, anchor]) => `${'  '.repeat(depth)}${item ? '- ' : ''}${anchor === '*a' || anchor === '<<: *a' ? anchor : `${k}: ${anchor ?? ''}${v}`}`).join('\n'));
/** A YAML text: the given example with some values replaced by generated ones, or a free document. */
const yamlLike = (example: string) =>
  fc.oneof(
    fc.array(fc.tuple(fc.nat(), scalar), { minLength: 1, maxLength: 8 }).map((edits) => {
      const lines = example.split('\n');
      for (const [at, value] of edits) {
        const i = at % lines.length;
        const m = /^(\s*(?:- )?[\w"]+:\s)/.exec(lines[i]!);
        if (m) lines[i] = m[1] + value;
      }
      return lines.join('\n');
    }),
    freeYaml,
  );

/** An hours log. */
const hoursCell = fc.oneof(
  fc.constantFrom('1e20', '1300', '1,5', '1:30', '-3', '', ' 24 ', '25', '13', '100000000000000000000', '0,25', '1.940', 'NaN', 'Infinity'),
  fc.integer({ min: 1, max: 400 }).map((n) => '9'.repeat(n)),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => String(n).replace('.', ',')),
);
const dateCell = fc.oneof(fc.constantFrom('01-03-2024', '2024-03-01', '31-02-2024', '', 'gisteren', '02-03-2024', 'Totaal'), fc.date({ min: new Date('2019-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
const categoryCell = fc.oneof(fc.constantFrom('begeleiding', 'administratie', 'Intervisie/supervisie', 'training geven', 'Totaal', '"a;b"', '"nooit dicht'), word, personal, escapeSeq.map((e) => `cat${e}`));
const csv = fc
  .tuple(
    fc.constantFrom(';', ','),
    fc.constantFrom('datum{s}uren{s}categorie{s}omschrijving', 'datum{s}uren{s}categorie', 'datum{s}categorie', 'uren', '"datum"{s}"uren"{s}"categorie"', '\uFEFFdatum{s}uren{s}categorie'),
    fc.array(fc.tuple(dateCell, hoursCell, categoryCell, textOf(0, 3)), { maxLength: 60 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([sep, header, rows, eol]) => [header.replaceAll('{s}', sep), ...rows.map((r) => r.map((c) => c.replace(/[\r\n]/g, ' ')).join(sep))].join(eol) + eol);

/** Files of a generated portfolio (paths from the portfolio folder); absent files keep the example's. */
export type Files = Record<string, string>;

const exampleText = (file: string) => readFileSync(join(EXAMPLE, file), 'utf8');
const CASE = exampleText('casussen/casus-1.md');
const caseFrontMatter = CASE.split('\n---\n')[0]!.replace(/^---\n/, '');
const CONFIG = exampleText('portfolio.yaml');

/** A Markdown file: generated or example front-matter (with a fence variant) and a generated body. */
const markdownFile = fc
  .tuple(fc.constantFrom('---\n', '---\r\n', '---js\n', '\uFEFF---\n', '——\n', ''), yamlLike(caseFrontMatter), fc.constantFrom('\n---\n', '\n...\n', '\n'), markdownBody)
  .map(([open, yaml, close, body]) => (open ? `${open}${yaml}${close}${body}` : body));

/** A whole generated portfolio: which files are replaced, and an extra case with a hostile name. */
export const portfolio: fc.Arbitrary<Files> = fc
  .record(
    {
      'portfolio.yaml': yamlLike(CONFIG),
      'casussen/casus-1.md': markdownFile,
      'casussen/casus-2.md': markdownFile,
      'motivatie.md': markdownBody,
      'ontwikkelplan.md': markdownFile,
      'uren.csv': csv,
      extra: fc.tuple(fc.constantFrom(...PERSONAL), escapeSeq, markdownFile),
    },
    { requiredKeys: [] },
  )
  .map(({ extra, ...files }) => {
    const out: Files = { ...files };
    if (extra) out[`casussen/casus ${extra[0]} ${extra[1].replace(/[\0/]/g, '')}.md`] = extra[2];
    return out;
  });

/** A folder holding a copy of the example, overwritten by each generated portfolio. */
export class GrammarBench {
  readonly dir: string;

  constructor() {
    this.dir = join(mkdtempSync(join(tmpdir(), 'rlp-gfuzz-')), 'portfolio');
    cpSync(EXAMPLE, this.dir, { recursive: true });
  }

  /** Writes `files` over a fresh copy of the example's text files. */
  apply(files: Files): void {
    for (const name of readdirSync(join(this.dir, 'casussen'))) rmSync(join(this.dir, 'casussen', name), { force: true, recursive: true });
    for (const f of ['portfolio.yaml', 'casussen/casus-1.md', 'casussen/casus-2.md', 'motivatie.md', 'ontwikkelplan.md', 'uren.csv']) {
      writeFileSync(join(this.dir, f), readFileSync(join(EXAMPLE, f)));
    }
    for (const [f, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, f)), { recursive: true });
      writeFileSync(join(this.dir, f), content);
    }
  }

  close(): void {
    rmSync(dirname(this.dir), { recursive: true, force: true });
  }
}

/** Every string in a JSON value (keys too). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

/** What is wrong with one output: raw control characters or planted personal data, also after unescaping. */
export function outputViolations(output: string, label: string): string[] {
  const out: string[] = [];
  const raw = RAW_CONTROL.exec(output);
  if (raw) out.push(`${label}: raw control U+${raw[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${raw.index}: ${JSON.stringify(output.slice(Math.max(0, raw.index - 40), raw.index + 20))}`);
  const views = [output, output.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')];
  try {
    views.push(...strings(JSON.parse(output)));
  } catch {
    // not JSON
  }
  for (const view of views) {
    const control = RAW_CONTROL.exec(view.replace(/\n/g, ''));
    if (control) {
      out.push(`${label}: control U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} after unescaping: ${JSON.stringify(view.slice(Math.max(0, control.index - 40), control.index + 20))}`);
      break;
    }
  }
  for (const datum of PERSONAL) {
    const view = views.find((v) => v.includes(datum));
    if (view) out.push(`${label}: unmasked ${datum}: ${JSON.stringify(view.slice(Math.max(0, view.indexOf(datum) - 60), view.indexOf(datum) + datum.length + 20))}`);
  }
  return out;
}

/** Checks one generated portfolio in every format and language; the violations, or the error thrown, and the time (ms). */
export function runGenerated(bench: GrammarBench, files: Files): { problems: string[]; thrown?: unknown; ms: number; shown?: boolean } {
  bench.apply(files);
  const start = performance.now();
  try {
    const problems: string[] = [];
    let shown = false;
    for (const lang of ['nl', 'en'] as const) {
      const report: Report = checkPortfolio(bench.dir, { lang });
      for (const [name, format] of Object.entries(formatters)) {
        const output = format(report, { lang, color: false, pathPrefix: 'repo/' });
        problems.push(...outputViolations(output, `${name}/${lang}`));
        // Hostile text that did reach an output, shown harmless: control pictures or masked data.
        shown ||= /[\u2400-\u2421]|⟨U\+|…@…|\+31 6…|NL…00|…333|…782/.test(output);
      }
    }
    return { problems: [...new Set(problems)].slice(0, 10), ms: performance.now() - start, shown };
  } catch (thrown) {
    return { problems: [`threw: ${(thrown as Error)?.stack ?? String(thrown)}`], thrown, ms: performance.now() - start };
  }
}

/** The long campaign: generated portfolios for `seconds` (or `runs` of them); prints its figures. */
function campaign(options: { runs?: number; seconds?: number; seed: number }): number {
  const bench = new GrammarBench();
  let runs = 0;
  let thrown = 0;
  let violated = 0;
  let slowest = 0;
  let bytes = 0;
  let shown = 0;
  const failures: { files: Files; problems: string[] }[] = [];
  const started = performance.now();
  try {
    fc.assert(
      fc.property(portfolio, (files) => {
        runs++;
        bytes += Object.values(files).reduce((n, t) => n + t.length, 0);
        const result = runGenerated(bench, files);
        if (result.shown) shown++;
        slowest = Math.max(slowest, result.ms);
        if (result.thrown !== undefined) thrown++;
        else if (result.problems.length > 0) violated++;
        if (result.problems.length > 0 && failures.length < 5) failures.push({ files, problems: result.problems });
        return true;
      }),
      {
        numRuns: options.runs ?? 1_000_000_000,
        seed: options.seed,
        ...(options.seconds === undefined ? {} : { interruptAfterTimeLimit: options.seconds * 1000, markInterruptAsFailure: false }),
      },
    );
  } finally {
    bench.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`rlp fuzz:grammar: ${runs} gegenereerde portfolio's (seed ${options.seed}) in ${seconds.toFixed(1)} s, ${((seconds * 1000) / Math.max(1, runs)).toFixed(0)} ms per portfolio (8 uitvoeren elk), ${(bytes / 1048576).toFixed(1)} MB gegenereerde tekst`);
  console.log(`  portfolio's waarvan vijandige tekst zichtbaar gemaakt of afgeschermd in een uitvoer stond: ${shown}`);
  console.log(`  gegooide fouten (throws): ${thrown}`);
  console.log(`  geschonden eigenschappen (ruwe stuurtekens, onafgeschermde persoonsgegevens): ${violated}`);
  console.log(`  traagste portfolio: ${slowest.toFixed(0)} ms`);
  for (const f of failures) console.log(`  FOUT ${JSON.stringify(Object.fromEntries(Object.entries(f.files).map(([k, v]) => [k, v.length > 400 ? `${v.slice(0, 400)}…(${v.length})` : v])))}\n    ${f.problems.join('\n    ')}`);
  return thrown + violated === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const runs = arg('runs');
  const seconds = arg('seconds') ?? (runs === undefined ? 600 : undefined);
  process.exitCode = campaign({ ...(runs === undefined ? {} : { runs }), ...(seconds === undefined ? {} : { seconds }), seed: arg('seed') ?? Date.now() % 2 ** 31 });
}
