/**
 * Message catalogues (one per language: nl/, en/) and their rendering. Placeholders `{name}`
 * are filled from the finding's arguments; framework items (`ItemRef`) are named from the
 * ruleset's framework in the chosen language. The rules' own messages come from the ruleset
 * (`ruleset.messages`), the rest (screens, report) from the catalogues here.
 */
import { displayText } from '../display.js';
import type { Kader } from '../kader.js';
import type { ItemRef, KeyPath, Lang, MessageArg, MessageArgs } from '../types.js';
import { nl } from './nl/index.js';
import { en } from './en/index.js';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every catalogue has: that of the Dutch one. */
export type Catalogue = Widen<typeof nl>;

/** The catalogue of each language. */
export const catalogues: Record<Lang, Catalogue> = { nl, en };

/** What naming a framework item or another rule's phrase needs: the framework and the rules' messages. */
export interface RenderSource {
  kader: Kader;
  messages: Record<Lang, Record<string, { messages: Record<string, string> } | undefined>>;
}

/**
 * Arguments that are what the candidate wrote or must type (`value`, `tip` …): rendered exactly
 * as given, so a date there stays `2024-03-12` and is not turned into words.
 */
const VERBATIM = new Set(['value', 'tip', 'gegeven', 'markering', 'fictief', 'tekst', 'text', 'key', 'kop', 'naam', 'path']);

const MONTHS: Record<Lang, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A calendar date `YYYY-MM-DD` as a sentence writes it: `8 september 2025` (nl), `8 September
 * 2025` (en). Text that is not a real ISO date is returned unchanged. Only the rendered message
 * changes; the JSON report keeps ISO dates in its own fields.
 */
export function longDate(text: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return text;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return text;
  return `${day} ${MONTHS[lang][month - 1]} ${year}`;
}

/**
 * Spelling mistakes in the framework's own text (toetsingskader), corrected where rlp names an
 * item in its own sentences; where rlp quotes the framework literally (an attitude question),
 * the word stays as written and is marked `[sic]`.
 */
export const frameworkTypos: readonly (readonly [wrong: string, right: string, quoted: string])[] = [
  ['keuzeprocess', 'keuzeproces', 'keuzeprocess [sic]'],
  ['vervolgspraken', 'vervolgafspraken', 'vervolgspraken [sic]'],
  ['conflicteerde met', 'conflicteerden met', 'conflicteerde [sic] met'],
  ['3,5 ECT)', '3,5 ECTS)', '3,5 ECT [sic])'],
  ['diplomaverstreckende', 'diplomaverstrekkende', 'diplomaverstreckende [sic]'],
];

/** `text` from the framework with its typos corrected (`quote: false`) or marked `[sic]` (`quote: true`, where rlp quotes it literally). */
export function frameworkText(text: string, quote = false): string {
  let out = text;
  for (const [wrong, right, quoted] of frameworkTypos) out = out.split(wrong).join(quote ? quoted : right);
  return out;
}

/** Most list items named in one message; the rest is counted ("en nog 12"). */
const MAX_LIST_ITEMS = 30;

/**
 * Renders one argument: lists as "a, b en c" (en: "a, b and c"), items by name, key paths readably,
 * ISO dates in words. Text arguments come from the portfolio, so they pass through `displayText`
 * (src/display.ts): control characters shown, personal data masked, length capped. No format can
 * skip this.
 */
function render(value: MessageArg, lang: Lang, source?: RenderSource, verbatim = false, max = MAX_LIST_ITEMS): string {
  if (Array.isArray(value)) {
    // "en nog 1" says less than the one item itself: a list is only cut when two or more are left.
    const cut = value.length > max + 1 ? max : value.length;
    const shown = value.slice(0, cut).map((v) => render(v, lang, source, verbatim));
    if (cut < value.length) shown.push(lang === 'en' ? `${value.length - cut} more` : `nog ${value.length - cut}`);
    return new Intl.ListFormat(lang === 'nl' ? 'nl' : 'en', { type: 'conjunction' }).format(shown);
  }
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value !== 'object') return displayText(verbatim ? String(value) : longDate(String(value), lang));
  if ('keyPath' in value) return keyLabel(value, lang);
  if (!source) {
    // A programming error (a caller passed no ruleset): loud in the tests, the id for a user.
    if (process.env.RLP_STRICT_MESSAGES === '1') throw new Error(`A framework item (${value.ref} ${value.id}) cannot be named without a ruleset`);
    return value.id;
  }
  return itemLabel(value, lang, source);
}

/** `opleiding › cursussen nr. 2 › ects`: list positions counted from 1, as a reader counts. */
function keyLabel({ keyPath }: KeyPath, lang: Lang): string {
  const out: string[] = [];
  for (const part of keyPath) {
    if (typeof part === 'number' && out.length > 0) out[out.length - 1] += ` ${lang === 'en' ? 'no.' : 'nr.'} ${part + 1}`;
    else out.push(displayText(String(part), { max: 60 }));
  }
  return displayText(out.join(' › '));
}

/** How many a value counts, for choosing singular or plural. */
function countOf(value: MessageArg | undefined): number {
  return Array.isArray(value) ? value.length : typeof value === 'number' ? value : Number(value);
}

/**
 * Fills placeholders: `{name}` with the argument, `{name:3}` with a list of which at most 3 items
 * are named and the rest counted ("14, 18, 22 en nog 9"), and `{name|one|more}` with `one` when the
 * argument counts 1 (a number, or a list of one) and `more` otherwise. Unknown placeholders stay.
 */
export function fill(template: string, args: MessageArgs = {}, lang: Lang = 'nl', source?: RenderSource): string {
  return template.replace(/\{(\w+)(?::(\d+))?(?:\|([^|}]*)\|([^|}]*))?\}/g, (whole, key: string, max?: string, one?: string, more?: string) => {
    const value = args[key];
    if (value === undefined) return whole;
    if (one !== undefined) return countOf(value) === 1 ? one : more!;
    return render(value, lang, source, VERBATIM.has(key), max === undefined ? MAX_LIST_ITEMS : Math.max(1, Number(max)));
  });
}

/** A number as the language writes it, without thousands separators: `97,9` in Dutch, `97.9` in English; at most two decimals. */
export function formatNumber(value: number, lang: Lang): string {
  // One formatter per language: toLocaleString with options builds a new one on every call (slow).
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { useGrouping: false, maximumFractionDigits: 2 })));
  return format.format(value);
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * The name (or question) of a framework item in a language: the `*_en` field of kader.yaml for
 * English where present, else the Dutch text. `field: 'kop'` is the heading to write, always Dutch.
 */
export function itemLabel(ref: ItemRef, lang: Lang, source: RenderSource): string {
  const { kader } = source;
  const field = ref.field ?? 'naam';
  if (ref.ref === 'tekst') return message(lang, ref.rule ?? '', ref.id, undefined, source);
  return frameworkText(rawItemLabel(ref, lang, field, kader), field === 'vraag');
}

function rawItemLabel(ref: ItemRef, lang: Lang, field: NonNullable<ItemRef['field']>, kader: Kader): string {
  if (ref.ref === 'secties') {
    const section = kader.casus.secties[ref.id as keyof typeof kader.casus.secties];
    if (!section) return ref.id;
    return field !== 'kop' && lang === 'en' && section.naam_en ? section.naam_en : section.kop;
  }
  if (ref.ref === 'taken') {
    const task = kader.taken.find((t) => String(t.id) === ref.id);
    if (!task) return ref.id;
    if (field === 'kop') return task.kop;
    const name = lang === 'en' && task.naam_en ? task.naam_en : task.naam;
    return `${fill(catalogues[lang].ui.matrix.taak, { id: task.id })} (${name})`;
  }
  const item = (kader[ref.ref as 'attitude'] as unknown as Record<string, unknown>[]).find((i) => i.id === ref.id);
  if (!item) return ref.id;
  const key = field === 'kop' ? 'naam' : field;
  const english = item[`${key}_en`];
  return String(field !== 'kop' && lang === 'en' && typeof english === 'string' ? english : (item[key] ?? ref.id));
}

/** The framework's numbers (`getallen`), as arguments every text of a ruleset may name: `{min_cursusuren}` … */
function numbers(source: RenderSource): MessageArgs {
  return source.kader.getallen as unknown as MessageArgs;
}

/**
 * The title, explanation and fix of a rule in `lang` (what `rlp explain` prints), with the
 * framework's numbers filled in, or undefined for an unknown id.
 */
export function ruleText(lang: Lang, ruleId: string, source: RenderSource): { title: string; explain: string; fix: string } | undefined {
  const text = (source.messages[lang] as Record<string, { title?: string; explain?: string; fix?: string } | undefined>)[ruleId];
  if (!text?.title || text.explain === undefined || text.fix === undefined) return undefined;
  const args = numbers(source);
  return { title: fill(text.title, args, lang), explain: fill(text.explain, args, lang), fix: fill(text.fix, args, lang) };
}

/** True when the ruleset has message `messageId` for rule `ruleId` in `lang`. */
export function hasMessage(lang: Lang, ruleId: string, messageId: string, source: RenderSource): boolean {
  return typeof source.messages[lang][ruleId]?.messages[messageId] === 'string';
}

/**
 * Renders the message `messageId` of rule `ruleId` in `lang` from the ruleset's messages. An
 * unknown id is a programming error: it throws when `RLP_STRICT_MESSAGES=1` (set in the tests),
 * and otherwise shows `rule: id` so that a user's check still finishes.
 */
export function message(lang: Lang, ruleId: string, messageId: string, args: MessageArgs | undefined, source: RenderSource): string {
  const template = source.messages[lang][ruleId]?.messages[messageId];
  if (template === undefined) {
    if (process.env.RLP_STRICT_MESSAGES === '1') throw new Error(`Unknown message ${ruleId}/${messageId} (${lang})`);
    return `${ruleId}: ${messageId}`;
  }
  return fill(template, { ...numbers(source), ...args }, lang, source);
}
