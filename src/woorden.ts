/**
 * rlp's Dutch word lists (schemas/woorden.yaml) and the few generic checks over them: does a text
 * contain one of these terms, is a section only a stand-in ("n.v.t.", "zie taak 2"), is a
 * motivation a real one (contract §7). Pure; the lists are data, reviewable like the framework.
 */
import data from '../schemas/woorden.yaml';
import { perObject } from './kader.js';
import { cleanSpaces } from './text.js';

/** The word lists of schemas/woorden.yaml. */
export interface Woorden {
  invulling: { max_woorden: number; min_motivatie_woorden: number; niet_van_toepassing: string[]; alleen: string[]; verwijzing: string[] };
  /** Tasks (ids) a complete trajectory normally has (C.1): intake, proposal, closing. */
  afronding_taken: number[];
  uren_categorieen: { uitgesloten: Record<string, string[]>; clientwerk: string[]; totaal: string[] };
  cursus_termen: string[];
  keurmerk_geen: string[];
  /** Words read as yes or no in a yes/no field of portfolio.yaml or the front-matter (any case). */
  ja_nee: { ja: string[]; nee: string[] };
  rollen: string[];
  geen_persoon: Record<'theoretici' | 'organisaties' | 'plaatsen' | 'woorden', string[]>;
  voornamen: string[];
}

/**
 * The word lists of schemas/woorden.yaml as plain Dutch: only the loader (the totals row of an
 * hours log) and the personal-data scanner read them from here. Everything the framework's rules
 * decide with (stand-ins, motivations, hours categories, course terms) takes the lists of its
 * ruleset (`ruleset.woorden`), which `rlp-initieel` reads from the same file.
 */
export const dutchWords = data as Woorden;

/** Text folded for word matching: lower case, no diacritics, odd spaces plain, dashes `-`. */
export function foldText(text: string): string {
  return cleanSpaces(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** The words of a text, folded (letters, digits, inner `-`, `/`, `&`, `.` and `'` kept: `pr/acquisitie`, `n.v.t`). */
export function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+(?:[-/&.'’][\p{L}\p{N}]+)*\.?/gu) ?? [];
}

/**
 * A matcher for a list of terms (schemas/woorden.yaml): a term is one or more words; a trailing
 * `*` matches every word that begins with it. Returns the first term found in `tokens` (folded
 * words, as `words()` gives them), or undefined.
 */
export function termMatcher(terms: readonly string[]): (tokens: readonly string[]) => string | undefined {
  const parsed = terms.map((term) => {
    const parts = words(term.replace(/\*$/, ''));
    return { term, parts, prefix: term.endsWith('*') };
  }).filter((p) => p.parts.length > 0);
  return (tokens) => {
    for (let i = 0; i < tokens.length; i++) {
      for (const { term, parts, prefix } of parsed) {
        if (i + parts.length > tokens.length) continue;
        let ok = true;
        for (let j = 0; j < parts.length && ok; j++) {
          const token = tokens[i + j]!.replace(/\.$/, '');
          const part = parts[j]!.replace(/\.$/, '');
          ok = j === parts.length - 1 && prefix ? token.startsWith(part) : token === part;
        }
        if (ok) return term;
      }
    }
    return undefined;
  };
}

/** What a stand-in section says instead of the work: `nvt` (does not apply) or `verwijst` (see elsewhere). */
export type StandInKind = 'nvt' | 'verwijst';

/** A text that only stands in for the work (contract §7), with what follows the phrase (a possible motivation). */
export interface StandIn {
  kind: StandInKind;
  /** The stand-in phrase as found (folded), e.g. `n.v.t.` or `zie`. */
  phrase: string;
  /** Words after the phrase (folded): the motivation, when there is one. */
  rest: string[];
}

/** The stand-in phrases of a ruleset's lists, longest first (computed once per list object). */
const standInPhrases = perObject((woorden: Woorden) =>
  [
    ...woorden.invulling.niet_van_toepassing.map((p) => ({ kind: 'nvt' as const, parts: words(p).map((w) => w.replace(/\.$/, '')) })),
    ...woorden.invulling.verwijzing.map((p) => ({ kind: 'verwijst' as const, parts: words(p).map((w) => w.replace(/\.$/, '')) })),
  ]
    .filter((p) => p.parts.length > 0)
    .sort((a, b) => b.parts.length - a.parts.length),
);

/**
 * Whether a section's own text (or a `niet_relevant` motivation) only says that it does not apply
 * or points elsewhere: it begins with a phrase of `invulling` in schemas/woorden.yaml and has at
 * most `invulling.max_woorden` words, or it is nothing but one of `invulling.alleen` ("Nee.").
 * Undefined for real text.
 */
export function standIn(text: string, woorden: Woorden): StandIn | undefined {
  const tokens = words(text).map((w) => w.replace(/\.$/, ''));
  if (tokens.length === 0 || tokens.length > woorden.invulling.max_woorden) return undefined;
  // A whole text of one of `invulling.alleen` ("Nee.") says nothing either.
  const whole = tokens.join(' ').replace(/[.!,;:]+$/, '');
  if (woorden.invulling.alleen.includes(whole)) return { kind: 'nvt', phrase: whole, rest: [] };
  // "n.v.t." folds to one token `n.v.t`; "n v t" or "nvt" are other spellings.
  for (const phrase of standInPhrases(woorden)) {
    if (phrase.parts.every((part, i) => tokens[i] === part)) {
      return { kind: phrase.kind, phrase: phrase.parts.join(' '), rest: tokens.slice(phrase.parts.length) };
    }
  }
  return undefined;
}

/**
 * True when a text gives a reason (contract §7): at least `invulling.min_motivatie_woorden` words,
 * and not only a negation or a reference; after a stand-in phrase, the rest must be that long.
 */
export function isMotivation(text: string, woorden: Woorden): boolean {
  const minimum = woorden.invulling.min_motivatie_woorden;
  const found = standIn(text, woorden);
  if (found) return found.rest.filter((w) => !LINKS.has(w)).length >= minimum && !isReferenceOnly(found);
  return words(text).length >= minimum;
}

/** Words that join a stand-in phrase to its reason ("niet relevant, omdat …"). */
const LINKS = new Set(['omdat', 'want', 'doordat', 'aangezien', 'in', 'deze', 'dit', 'casus', 'traject', 'voor', 'bij']);

/** "Zie taak 2 en casus 1": a reference with nothing but places after it. */
function isReferenceOnly(found: StandIn): boolean {
  return found.kind === 'verwijst' && found.rest.every((w) => /^\d+$/.test(w) || ['taak', 'taken', 'casus', 'en', 'hierboven', 'boven', 'hieronder', 'bijlage', 'hoofdstuk', 'paragraaf', 'sectie', 'ook', 'de', 'het', 'bij', 'onder', 'eerder', 'elders'].includes(w));
}
