/**
 * `--lang en` prints no Dutch outside the candidate's own text and the format's own terms (keys,
 * ids, the Dutch headings a candidate writes): no Dutch catalogue text, no Dutch framework names
 * or questions, no common Dutch words.
 */
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rlpInitieel } from '../src/rulesets/index.js';

const { kader } = rlpInitieel;
import { catalogues } from '../src/messages/index.js';
import { rules } from '../src/rules/index.js';
import { ALL_FICTITIOUS, MARKERS } from '../src/rules/privacy-persoonsgegevens.js';
import { formatters } from '../src/format/index.js';
import { checkDir, fixtureDirs, rlp, ROOT, tempDir } from './helpers.js';

const DUTCH_WORDS = [
  'het', 'een', 'niet', 'geen', 'deze', 'dit', 'voor', 'van', 'je', 'jouw', 'jij', 'zijn', 'wordt', 'worden', 'ontbreekt', 'nog', 'bij', 'ook', 'maar', 'naar',
  'waar', 'hoe', 'wat', 'welke', 'heb', 'hebt', 'moet', 'kun', 'kunt', 'taak', 'taken', 'fout', 'fouten', 'waarschuwing', 'aandachtspunt', 'aandachtspunten',
  'dekking', 'uitgewerkt', 'sectie', 'onderdeel', 'klaar', 'opties', 'opdracht', 'standaard', 'gebruik', 'toon', 'hulp', 'regel', 'map', 'bestaat', 'staat',
];

/** Every Dutch text of the framework that has an English rendering. */
const DUTCH_NAMES = [
  ...kader.taken.map((t) => t.naam),
  ...(['kennisgebieden', 'competenties', 'attitude'] as const).flatMap((kind) => kader[kind].map((i) => i.naam)),
  ...kader.attitude.map((a) => a.vraag),
  ...kader.ontwikkelplan.vragen.map((v) => v.vraag),
];

/** The Dutch headings a candidate writes: they stay Dutch in English messages. */
const HEADINGS = [
  ...Object.values(kader.casus.secties).map((s) => s.kop),
  ...kader.taken.map((t) => t.kop),
  ...(['kennisgebieden', 'competenties', 'attitude'] as const).flatMap((kind) => kader[kind].map((i) => i.naam)),
  ...kader.ontwikkelplan.vragen.map((v) => v.kop),
];

function leaves(node: unknown): string[] {
  return typeof node === 'string' ? [node] : Object.values(node as object).flatMap(leaves);
}

/** Runs of at least three words of Dutch catalogue text that the English catalogue does not share. */
const english = new Set(leaves(catalogues.en));
const phrases = (texts: string[]) =>
  texts
    .flatMap((text) => text.split(/\{\w+\}|'[^']*'/))
    .map((part) => part.trim().replace(/^[.,:;()\s]+|[.,:;()\s]+$/g, ''))
    .filter((part) => part.split(/\s+/).length >= 3);
/** Runs between placeholders that English shares word for word ("ECTS; 1 ECTS is") are no Dutch. */
const englishPhrases = new Set(phrases(leaves(catalogues.en)));
const DUTCH_PHRASES = phrases(leaves(catalogues.nl).filter((text) => !english.has(text))).filter((part) => !englishPhrases.has(part));

/** What a candidate types to accept personal data or declare names made up: it has to be Dutch to work. */
const TO_TYPE = [...Object.values(MARKERS), ...Object.values(ALL_FICTITIOUS)];

/** The output without what may stay Dutch: quoted headings to write, text to type, file paths, and the candidate's own words. */
function withoutAllowed(text: string, own: string[]): string {
  // Quoted headings, keys and YAML to type ('periode: { van: 2027, tot: 2030 }') stay as the contract spells them.
  // A quote opens after a space, '(' or '"' and closes before a non-letter, so apostrophes (clients') are no quotes.
  const quoted = (inner: string) => new RegExp(`(?<=^|[\\s("])'${inner}'(?![\\p{L}])`, 'gmu');
  // Links (SARIF's helpUri) and the data of a finding in JSON (its keys, framework refs such as "ref": "taken") are no text.
  const data = text.replace(/https?:\/\/\S+/g, 'url').replace(/"[^"\n]*":/g, '"key":').replace(/"key": "(taken|kennisgebieden|competenties|attitude|secties|tekst|naam|vraag|kop)"/g, '"key": "ref"');
  let out = data.replace(quoted("#{2,3} [^'\\n]*"), "'#'").replace(quoted("[\\w-]+"), "'key'").replace(quoted("[^'\\n]*:[^'\\n]*"), "'yaml'");
  for (const heading of HEADINGS) out = out.split(`'${heading}'`).join("'#'");
  for (const typed of TO_TYPE) out = out.split(typed).join('…');
  for (const word of [...own, ...rules.map((r) => r.id)]) out = out.split(word).join('…');
  return out.replace(/[\w./-]+\.(md|yaml|pdf|csv)\b/g, 'file').replace(/\b[a-z]+_[a-z_]+\b/g, 'key');
}

function expectEnglish(output: string, own: string[] = []) {
  const text = withoutAllowed(output, own);
  for (const phrase of DUTCH_PHRASES) expect(text, `Dutch catalogue text: ${phrase}`).not.toContain(phrase);
  for (const name of DUTCH_NAMES) expect(text, `Dutch framework text: ${name}`).not.toContain(name.slice(0, 40));
  const dutch = new Set(DUTCH_WORDS);
  const lines = text.split('\n').filter((line) => (line.toLowerCase().match(/[\p{L}]+/gu) ?? []).some((w) => dutch.has(w)));
  expect(lines, 'lines with common Dutch words').toEqual([]);
}

/** The candidate's own words a report lists: course names (A) and hours-log categories (B1). */
function ownWords(report: ReturnType<typeof checkDir>): string[] {
  return [...(report.cursussen?.perCursus.map((c) => c.naam) ?? []), ...(report.uren?.perCategorie.map((c) => c.categorie) ?? [])];
}

describe('--lang en', () => {
  it.each(fixtureDirs().slice(1).map((dir) => [basename(dir), dir]))('check of %s prints no Dutch', (name, dir) => {
    const report = checkDir(dir, { lang: 'en' });
    expect(report.ok && report.summary.warnings === 0).toBe(false);
    expectEnglish(formatters.pretty!(report, { lang: 'en', color: false }), [name, ...ownWords(report)]);
  });
  it('the shortcuts portfolio (verdict fidelity, content hints, privacy) prints no Dutch', () => {
    const report = checkDir(join(ROOT, 'fixtures', 'voorbeeld-kortere-wegen'), { lang: 'en' });
    expect(report.summary.errors).toBeGreaterThan(0);
    expectEnglish(formatters.pretty!(report, { lang: 'en', color: false }), ['voorbeeld-kortere-wegen', 'Zie taak 4.', 'Niet relevant.', ...ownWords(report)]);
  });
  it('the CLI on a failing fixture prints no Dutch', () => {
    const r = rlp(['check', 'fixtures/defecten/C4-attitude', '--lang', 'en']);
    expect(r.status).toBe(1);
    expectEnglish(r.stdout + r.stderr, ['C4-attitude', ...ownWords(checkDir('fixtures/defecten/C4-attitude', { lang: 'en' }))]);
  });
  it('a fresh portfolio from rlp init prints no Dutch, in every format', () => {
    const dir = join(tempDir(), 'portfolio');
    expectEnglish(rlp(['init', dir, '--lang', 'en']).stdout, [dir]);
    for (const format of ['pretty', 'github', 'sarif']) {
      const r = rlp(['check', dir, '--lang', 'en', '--format', format]);
      expect(r.status).toBe(1);
      expectEnglish(r.stdout + r.stderr, [dir]);
    }
  });
  it('explain, help and errors print no Dutch', () => {
    // Every rule's title, explanation and fix are also in the SARIF output checked above.
    expectEnglish(rlp(['explain', '--lang', 'en']).stdout);
    expectEnglish(rlp(['explain', 'C4/attitude', '--lang', 'en']).stdout);
    for (const args of [['--help'], ['check', '--help'], ['init', '--help'], ['check', '--onzin'], ['check', 'bestaat-niet'], ['chek']]) {
      const r = rlp([...args, '--lang', 'en']);
      expectEnglish(r.stdout + r.stderr, ['onzin', 'bestaat-niet', 'chek']);
    }
  });
  it('the test itself recognises Dutch', () => {
    expect(() => expectEnglish('Je portfolio is nog niet klaar.')).toThrow();
    expect(() => expectEnglish('Coverage: Loopbaantheorieën en -methodieken')).toThrow();
    expect(() => expectEnglish("Add a section '### Coachen' under '## Competenties'.")).not.toThrow();
  });
});
