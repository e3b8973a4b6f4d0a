/**
 * `npm run docs`: fills the generated parts of docs/portfolio-format.md from their sources, so
 * that the documentation cannot drift from what rlp checks:
 * - the keys of portfolio.yaml, of a case's and of the ontwikkelplan's front-matter, from the JSON
 *   Schemas in schemas/ (themselves generated from src/schema.ts);
 * - the headings rlp recognises, from schemas/kader.yaml (the toetsingskader as data);
 * - every rule: id, part, default severity, source in the toetsingskader (src/rules/), with its
 *   Dutch title and explanation (src/messages/nl/).
 * A generated part sits between `<!-- gegenereerd: NAAM -->` and `<!-- einde: NAAM -->`; the text
 * around it is written by hand. `--check` writes nothing and exits 1 when the file is stale
 * (test/docs.test.ts does the same).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultRuleset } from '../src/rulesets/index.js';
import { catalogues, ruleText } from '../src/messages/index.js';


const root = fileURLToPath(new URL('..', import.meta.url));
const { kader, rules } = defaultRuleset;
export const DOC = join(root, 'docs', 'portfolio-format.md');

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  description?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  format?: string;
}

/** Escapes a table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

/** A schema's type in words (Dutch). */
function typeOf(s: JsonSchema): string {
  // A yes/no field (src/schema.ts) is one shared definition: a coach writes ja or nee (true/false also work).
  const ref = s.$ref ?? (s.allOf?.length === 1 ? s.allOf[0]!.$ref : undefined);
  if (ref === '#/definitions/ja_nee') return '`ja` of `nee`';
  const alts = s.anyOf ?? s.oneOf;
  if (alts) return [...new Set(alts.map(typeOf))].join(' of ');
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(', ');
  const t = Array.isArray(s.type) ? s.type : [s.type];
  const word: Record<string, string> = { string: s.format === 'date' ? 'datum (JJJJ-MM-DD)' : 'tekst', number: 'getal', integer: 'geheel getal', boolean: '`ja` of `nee`', object: 'groep', array: 'lijst', null: 'leeg' };
  return t.map((x) => (x === 'array' && s.items ? `lijst van ${typeOf(s.items)}` : word[x ?? ''] ?? 'waarde')).join(' of ');
}

/** Rows `| key path | value |` for every key in a JSON Schema, depth first. */
function keyRows(schema: JsonSchema, path = ''): string[] {
  const rows: string[] = [];
  const required = new Set(schema.required ?? []);
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    const name = path ? `${path}.${key}` : key;
    rows.push(`| \`${name}\`${required.has(key) ? ' (verplicht)' : ''} | ${cell(typeOf(sub))} |`);
    const inner = sub.items ?? sub;
    if (inner.properties) rows.push(...keyRows(inner, sub.items ? `${name}[]` : name));
    const alts = sub.anyOf ?? sub.oneOf;
    for (const alt of alts ?? []) if (alt.properties) rows.push(...keyRows(alt, name));
    if (typeof sub.additionalProperties === 'object' && sub.additionalProperties.properties) rows.push(...keyRows(sub.additionalProperties, `${name}.<naam>`));
  }
  return [...new Set(rows)];
}

function keysTable(file: string): string {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8')) as JsonSchema;
  return ['| sleutel | waarde |', '| --- | --- |', ...keyRows(schema)].join('\n');
}

function headings(): string {
  const out: string[] = [];
  const aka = (aliassen: readonly string[] | undefined) => (aliassen?.length ? ` (ook: ${aliassen.map((a) => `\`${a}\``).join(', ')})` : '');
  const secties = kader.casus.secties;
  out.push('In een casus (`casussen/*.md`), als `##`-kop:', '');
  out.push(`- \`## ${secties.keuze.kop}\`${aka(secties.keuze.aliassen)}`);
  for (const t of kader.taken) out.push(`- \`## ${t.kop}\` – ${t.naam}${aka(t.aliassen)}`);
  for (const [kind, list] of [
    ['kennisgebieden', kader.kennisgebieden],
    ['competenties', kader.competenties],
    ['attitude', kader.attitude],
  ] as const) {
    const s = secties[kind];
    out.push(`- \`## ${s.kop}\`${aka(s.aliassen)}, met daaronder per onderdeel een \`###\`-kop:`);
    for (const item of list) out.push(`  - \`### ${item.naam}\` (id \`${item.id}\`)${aka(item.aliassen)}`);
  }
  out.push('', 'In `ontwikkelplan.md`, als `##`-kop (of de vraag zelf als kop):', '');
  for (const v of kader.ontwikkelplan.vragen) out.push(`- \`## ${v.kop}\`: ${v.vraag}`);
  return out.join('\n');
}

const SEVERITY = { error: 'fout', warning: 'aandachtspunt', info: 'info' } as const;

function ruleTable(): string {
  const parts = catalogues.nl.parts as Record<string, string>;
  const out = ['| regel | onderdeel | standaard | toetsingskader | wat rlp controleert |', '| --- | --- | --- | --- | --- |'];
  for (const rule of rules) {
    const text = ruleText('nl', rule.id, defaultRuleset);
    out.push(`| \`${rule.id}\` | ${cell(parts[rule.part] ?? rule.part)} | ${SEVERITY[rule.severity]} | ${cell(rule.source)} | **${cell(text?.title ?? '')}.** ${cell(text?.explain ?? '')} |`);
  }
  return out.join('\n');
}

/** The generated parts by name. */
export function generatedParts(): Record<string, string> {
  return {
    'sleutels-portfolio': keysTable('portfolio.schema.json'),
    'sleutels-casus': keysTable('casus.schema.json'),
    'sleutels-ontwikkelplan': keysTable('ontwikkelplan.schema.json'),
    koppen: headings(),
    regels: ruleTable(),
  };
}

/** `text` with every generated part replaced by its current content. Throws when a marker is missing. */
export function fillDoc(text: string): string {
  for (const [name, content] of Object.entries(generatedParts())) {
    const start = `<!-- gegenereerd: ${name} -->`;
    const end = `<!-- einde: ${name} -->`;
    const a = text.indexOf(start);
    const b = text.indexOf(end);
    if (a < 0 || b < a) throw new Error(`docs/portfolio-format.md: markers for '${name}' missing`);
    text = `${text.slice(0, a + start.length)}\n${content}\n${text.slice(b)}`;
  }
  return text;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const current = readFileSync(DOC, 'utf8');
  const next = fillDoc(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('docs/portfolio-format.md is stale: run `npm run docs`.');
      process.exit(1);
    }
  } else {
    writeFileSync(DOC, next);
    console.log('docs/portfolio-format.md bijgewerkt');
  }
}
