/**
 * Reading Dutch text for the content hints (`inhoud/*`, contract §8): the word lists of
 * schemas/inhoud.yaml matched after Dutch stemming (Snowball, from @orama/stemmers), sentences,
 * and a case's sections grouped as the hints judge them. Pure.
 */
import { stemmer } from '@orama/stemmers/dutch';
import type { CaseCoverage, ItemKind } from './coverage.js';
import type { CaseFile, Section } from './types.js';
import { namedRules, ruleIds } from './directive.js';
import type { Ruleset } from './rules/rule.js';
import { words } from './woorden.js';

/** A list of words of schemas/inhoud.yaml (see its header for the matching). */
export type Terms = string[];

/** The word lists and thresholds of schemas/inhoud.yaml. */
export interface Inhoud {
  afwegingen: { min_aandeel: number; min_per_sectie: number; min_secties: number; woorden: Terms };
  effect: { taken: number[]; min_secties: number; min_effecten: number; doel: Terms; effect: Terms };
  theorie: { theorie_verplicht: string[]; theoretici: Terms; bronnen: Terms; min_client: number; client: Terms };
  concreet: { kopie_overlap: number; kopie_aandeel: number; veel_algemeen: number; min_algemeen: number; max_ankers: number; ankers: Terms; algemeen: Terms };
  attitude: { alleen_ontkenning_woorden: number; ontkenning: Terms; ik: string[]; delen: Record<string, { id: string; bij_ik?: boolean; woorden: Terms }[]> };
  opdrachtgever: { voor: string[]; woorden: Terms };
  perspectief: { min_aandeel_ik: number; ik: Terms; wij: Terms };
}


const stems = new Map<string, string>();

/** The Dutch stem of a folded word (remembered: the same words come back in every section). */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size > 50000) stems.clear();
    s = stemmer(word);
    stems.set(word, s);
  }
  return s;
}

/**
 * A text's words, folded, with their stems as far as computed: what the matchers compare. Stems are
 * filled in on demand (`stemAt`): stemming is the costly part, and only words that begin like a
 * listed word can match one by stem.
 */
export interface Tokens {
  words: string[];
  stems: (string | undefined)[];
}

/** The first three letters of every word (and stem) of every compiled term list. */
const STARTS = new Set<string>();

/** The stem of word `i`, computed once when a listed word begins like it; the word itself otherwise. */
function stemAt(text: Tokens, i: number): string {
  const known = text.stems[i];
  if (known !== undefined) return known;
  const word = text.words[i]!;
  if (!STARTS.has(word.slice(0, 3))) return word;
  return (text.stems[i] = stem(word));
}

const tokenCache = new Map<string, Tokens>();

/** Words of a text (`n.v.t.` style dots dropped); remembered, as every hint reads the same sections. */
export function tokens(text: string): Tokens {
  let t = tokenCache.get(text);
  if (!t) {
    if (tokenCache.size > 500) tokenCache.clear();
    const list = words(text).map((w) => w.replace(/\.$/, ''));
    t = { words: list, stems: new Array(list.length) };
    tokenCache.set(text, t);
  }
  return t;
}

/** The first `n` tokens of a text, as tokens of their own. */
export function firstTokens(text: Tokens, n: number): Tokens {
  return { words: text.words.slice(0, n), stems: text.stems.slice(0, n) };
}

interface Part {
  word: string;
  stem: string;
  prefix: boolean;
}

/** A list compiled for lookup: terms by their first word and by its stem, and the prefix terms apart. */
interface Compiled {
  byWord: Map<string, Part[][]>;
  byStem: Map<string, Part[][]>;
  /** Prefix terms (`client*`) by their first three letters: a word can only match those it begins like. */
  prefixedBy3: Map<string, Part[][]>;
  /** Prefix terms shorter than three letters, tried on every word. */
  shortPrefixed: Part[][];
}

const compiledLists = new WeakMap<Terms, Compiled>();

function compile(terms: Terms): Compiled {
  let out = compiledLists.get(terms);
  if (!out) {
    out = { byWord: new Map(), byStem: new Map(), prefixedBy3: new Map(), shortPrefixed: [] };
    for (const term of terms) {
      const prefix = term.endsWith('*');
      const words_ = words(term.replace(/\*$/, '')).map((w) => w.replace(/\.$/, ''));
      if (words_.length === 0) continue;
      const parts = words_.map((word, i) => ({ word, stem: stem(word), prefix: prefix && i === words_.length - 1 }));
      for (const part of parts) {
        STARTS.add(part.word.slice(0, 3));
        STARTS.add(part.stem.slice(0, 3));
      }
      if (parts[0]!.prefix) {
        const start = parts[0]!.word;
        if (start.length < 3) out.shortPrefixed.push(parts);
        else out.prefixedBy3.set(start.slice(0, 3), [...(out.prefixedBy3.get(start.slice(0, 3)) ?? []), parts]);
      } else {
        for (const [map, key] of [[out.byWord, parts[0]!.word], [out.byStem, parts[0]!.stem]] as const) {
          const list = map.get(key) ?? [];
          if (!list.includes(parts)) list.push(parts);
          map.set(key, list);
        }
      }
    }
    compiledLists.set(terms, out);
  }
  return out;
}

function matchesAt(text: Tokens, i: number, parts: Part[]): boolean {
  if (i + parts.length > text.words.length) return false;
  for (let j = 0; j < parts.length; j++) {
    const part = parts[j]!;
    const word = text.words[i + j]!;
    if (part.prefix ? !word.startsWith(part.word) : word !== part.word && stemAt(text, i + j) !== part.stem) return false;
  }
  return true;
}

/**
 * How many times terms of the list occur in the tokens (each position counted once). With `near`,
 * only occurrences with one of those words within `distance` words before or after (`ik` near
 * `besloot`: the candidate's own action, not someone else's).
 */
export function countTerms(text: Tokens, terms: Terms, near?: ReadonlySet<string>, distance = 3): number {
  const list = compile(terms);
  let count = 0;
  const anyAt = (i: number, candidates: Part[][] | undefined) => candidates?.some((parts) => matchesAt(text, i, parts)) === true;
  for (let i = 0; i < text.words.length; i++) {
    const word = text.words[i]!;
    const hit = anyAt(i, list.byWord.get(word)) || anyAt(i, list.byStem.get(stemAt(text, i))) || anyAt(i, list.prefixedBy3.get(word.slice(0, 3))) || anyAt(i, list.shortPrefixed);
    if (!hit) continue;
    if (near && !text.words.slice(Math.max(0, i - distance), i + distance + 1).some((w) => near.has(w))) continue;
    count++;
  }
  return count;
}

/** True when a term of the list occurs in the tokens. */
export function hasTerm(text: Tokens, terms: Terms): boolean {
  return countTerms(text, terms) > 0;
}

/** The sentences of a text (split after `.`, `!`, `?` or a line break), trimmed, non-empty. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}]/u.test(s));
}

/** One worked-out section of a case, with its item. */
export interface ItemSection {
  kind: ItemKind;
  id: string;
  section: Section;
}

/** The sections of a case that demonstrate their item (`ja`), of one kind, in file order. */
export function writtenSections(coverage: CaseCoverage, kind: ItemKind): ItemSection[] {
  return Object.entries(coverage.items[kind])
    .filter(([, item]) => item.mark === 'ja' && item.section)
    .map(([id, item]) => ({ kind, id, section: item.section! }))
    .sort((a, b) => a.section.line - b.section.line);
}


/**
 * True when the section (its heading line up to the next heading of its level or higher) holds a
 * comment that silences `rule` (contract §8: "per line with a comment"; grammar: src/directive.ts,
 * e.g. `<!-- rlp: geen theorie -->`).
 */
const docLines = new WeakMap<CaseFile, string[]>();

export function silenced(doc: CaseFile, section: Section, rule: string, ruleset: Ruleset): boolean {
  const known = ruleIds(ruleset);
  let lines = docLines.get(doc);
  if (!lines) docLines.set(doc, (lines = doc.text.split('\n')));
  for (let i = section.line; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading && heading[1]!.length <= section.depth) break;
    if (!/rlp/i.test(line)) continue;
    if (namedRules(line, known).some((n) => 'rule' in n && n.rule === rule)) {
      markUsed(doc, i + 1, rule);
      return true;
    }
  }
  return false;
}

/** Comments that silenced a content hint, per file object: `line:rule` (for the unused-silence report, src/silence.ts). */
const used = new WeakMap<object, Set<string>>();

function markUsed(doc: object, line: number, rule: string): void {
  const set = used.get(doc) ?? new Set<string>();
  set.add(`${line}:${rule}`);
  used.set(doc, set);
}

/** Whether a comment on `line` of `doc` silenced the content hint `rule` in this or an earlier check. */
export function silenceUsed(doc: object, line: number, rule: string): boolean {
  return used.get(doc)?.has(`${line}:${rule}`) ?? false;
}
