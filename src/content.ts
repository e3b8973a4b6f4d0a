/**
 * Reading Dutch text for the content hints (`inhoud/*`, contract §8): the word lists of
 * schemas/inhoud.yaml matched after Dutch stemming (Snowball, from @orama/stemmers), sentences,
 * and a case's sections grouped as the hints judge them. Pure.
 */
import { stemmer } from '@orama/stemmers/dutch';
import data from '../schemas/inhoud.yaml';
import type { CaseCoverage, ItemKind } from './coverage.js';
import type { CaseFile, Section } from './types.js';
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

/** The content hints' word lists (schemas/inhoud.yaml). */
export const inhoud = data as Inhoud;

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

/** A text's words, folded, with their stems: what the matchers compare. */
export interface Tokens {
  words: string[];
  stems: string[];
}

/** Words and stems of a text (`n.v.t.` style dots dropped). */
export function tokens(text: string): Tokens {
  const list = words(text).map((w) => w.replace(/\.$/, ''));
  return { words: list, stems: list.map(stem) };
}

interface Compiled {
  parts: { word: string; stem: string; prefix: boolean }[];
}

const compiledLists = new WeakMap<Terms, Compiled[]>();

function compile(terms: Terms): Compiled[] {
  let out = compiledLists.get(terms);
  if (!out) {
    out = terms
      .map((term) => {
        const prefix = term.endsWith('*');
        const parts = words(term.replace(/\*$/, '')).map((w) => w.replace(/\.$/, ''));
        return { parts: parts.map((word, i) => ({ word, stem: stem(word), prefix: prefix && i === parts.length - 1 })) };
      })
      .filter((c) => c.parts.length > 0);
    compiledLists.set(terms, out);
  }
  return out;
}

/**
 * How many times terms of the list occur in the tokens (each position counted once). With `near`,
 * only occurrences with one of those words within `distance` words before or after (`ik` near
 * `besloot`: the candidate's own action, not someone else's).
 */
export function countTerms(text: Tokens, terms: Terms, near?: ReadonlySet<string>, distance = 3): number {
  const list = compile(terms);
  let count = 0;
  for (let i = 0; i < text.words.length; i++) {
    if (near && !text.words.slice(Math.max(0, i - distance), i + distance + 1).some((w) => near.has(w))) continue;
    for (const { parts } of list) {
      if (i + parts.length > text.words.length) continue;
      let ok = true;
      for (let j = 0; j < parts.length && ok; j++) {
        const part = parts[j]!;
        const word = text.words[i + j]!;
        ok = part.prefix ? word.startsWith(part.word) : word === part.word || text.stems[i + j] === part.stem;
      }
      if (ok) {
        count++;
        break;
      }
    }
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

/** `<!-- rlp: geen inhoud/theorie -->` (or `rlp-disable inhoud/theorie`) silences that hint for its section. */
const SILENCE = /rlp(?::|-disable)\s*(?:geen\s+)?((?:inhoud\/[a-z]+[\s,]*)+)/gi;

/**
 * True when the section (its heading line up to the next heading of its level or higher) holds a
 * comment that silences `rule` (contract §8: "per line with a comment").
 */
export function silenced(doc: CaseFile, section: Section, rule: string): boolean {
  const lines = doc.text.split('\n');
  for (let i = section.line; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading && heading[1]!.length <= section.depth) break;
    for (const m of line.matchAll(SILENCE)) {
      if (!m[1]!.toLowerCase().includes(rule)) continue;
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
