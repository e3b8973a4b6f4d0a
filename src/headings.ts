/**
 * Heading recognition as people write headings (contract §3, revision 2): a label or one of its
 * short forms, the framework's own question in full or its first words (in the first or second
 * person), or a heading in other words that names the question's key terms (`trefwoorden`).
 * Pure; the labels, questions and key terms come from schemas/kader.yaml.
 */
import { fold, headingMatches } from './text.js';
import { foldText, termMatcher, words } from './woorden.js';

/** An item a heading can name: its labels (heading text and short forms), and optionally its question and key terms. */
export interface HeadingItem {
  id: string;
  labels: string[];
  /** The framework's question for the item (C.4, D): a heading may be the question or its first words. */
  vraag?: string;
  /** Key terms (schemas/woorden.yaml syntax): a heading naming one names the item, when no label or question matched. */
  trefwoorden?: string[];
}

/** "ik", "mijn", "jij", "jouw" … all read as "je", so "Welke belemmeringen voorzie ik?" is the question "… voorzie je …". */
const PERSON: Record<string, string> = { ik: 'je', jij: 'je', u: 'je', mijn: 'je', jouw: 'je', uw: 'je', mij: 'je', me: 'je', mezelf: 'jezelf', mijzelf: 'jezelf', heb: 'hebt', kan: 'kun', kunt: 'kun', ga: 'gaat', wil: 'wilt' };

function personal(text: string): string[] {
  return words(fold(text)).map((w) => PERSON[w] ?? w);
}

/**
 * True when `heading` is the question (in full, or its first words: at least three) or begins
 * with it, compared folded and with "ik/mijn" read as "je/jouw".
 */
export function questionMatches(heading: string, question: string): boolean {
  const h = personal(heading);
  const q = personal(question);
  if (h.length < 3) return false;
  const n = Math.min(h.length, q.length);
  for (let i = 0; i < n; i++) if (h[i] !== q[i]) return false;
  return true;
}

const matchers = new WeakMap<readonly string[], ReturnType<typeof termMatcher>>();

function keyTerms(terms: readonly string[]): ReturnType<typeof termMatcher> {
  let matcher = matchers.get(terms);
  if (!matcher) {
    matcher = termMatcher(terms);
    matchers.set(terms, matcher);
  }
  return matcher;
}

/**
 * The id of the item a heading names, or undefined: first by label (`headingMatches`), then by
 * question (`questionMatches`), then by key term; in each step the first item in `items` order wins.
 */
export function matchHeading(title: string, items: readonly HeadingItem[]): string | undefined {
  for (const item of items) if (item.labels.some((label) => headingMatches(title, label))) return item.id;
  for (const item of items) if (item.vraag && questionMatches(title, item.vraag)) return item.id;
  const tokens = words(foldText(title));
  for (const item of items) if (item.trefwoorden && keyTerms(item.trefwoorden)(tokens)) return item.id;
  return undefined;
}

/**
 * A task number written before a heading's words: `1. Het vraagverhelderend gesprek`,
 * `Stap 2: begeleidingsvoorstel`, `3) Zelfonderzoek`, `Fase 4 – …` (contract §3). Returns the
 * number (0–7, as a string) and the words after it, or undefined.
 */
export function leadingTaskNumber(title: string): { id: string; rest: string } | undefined {
  const text = foldText(title).trim();
  const m = /^(?:(?:taak|stap|fase|processtap)\s*)?([0-7])(?![\d])(?:\s*[.):\-–—]\s*|\s+|$)(.*)$/u.exec(text);
  if (!m) return undefined;
  return { id: m[1]!, rest: m[2]!.trim() };
}
