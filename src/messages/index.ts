/**
 * Message catalogues (one per language: nl/, en/) and their rendering. Placeholders `{name}`
 * are filled from the finding's arguments; framework items (`ItemRef`) are named from
 * schemas/kader.yaml in the chosen language.
 */
import { displayText } from '../display.js';
import { kader } from '../kader.js';
import type { ItemRef, KeyPath, Lang, MessageArg, MessageArgs } from '../types.js';
import { nl } from './nl/index.js';
import { en } from './en/index.js';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every catalogue has: that of the Dutch one. */
export type Catalogue = Widen<typeof nl>;

/** The catalogue of each language. */
export const catalogues: Record<Lang, Catalogue> = { nl, en };

/** Most list items named in one message; the rest is counted ("en nog 12"). */
const MAX_LIST_ITEMS = 30;

/**
 * Renders one argument: lists as "a, b en c" (en: "a, b and c"), items by name, key paths readably.
 * Text arguments come from the portfolio, so they pass through `displayText` (src/display.ts):
 * control characters shown, personal data masked, length capped. No format can skip this.
 */
function render(value: MessageArg, lang: Lang): string {
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_LIST_ITEMS).map((v) => render(v, lang));
    if (value.length > MAX_LIST_ITEMS) shown.push(lang === 'en' ? `${value.length - MAX_LIST_ITEMS} more` : `nog ${value.length - MAX_LIST_ITEMS}`);
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(shown);
  }
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value !== 'object') return displayText(String(value));
  return 'keyPath' in value ? keyLabel(value, lang) : itemLabel(value, lang);
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
 * Fills placeholders: `{name}` with the argument, and `{name|one|more}` with `one` when the
 * argument counts 1 (a number, or a list of one) and `more` otherwise. Unknown placeholders stay.
 */
export function fill(template: string, args: MessageArgs = {}, lang: Lang = 'nl'): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^|}]*))?\}/g, (whole, key: string, one?: string, more?: string) => {
    const value = args[key];
    if (value === undefined) return whole;
    if (one !== undefined) return countOf(value) === 1 ? one : more!;
    return render(value, lang);
  });
}

/** A number as the language writes it, without thousands separators: `97,9` in Dutch, `97.9` in English; at most two decimals. */
export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { useGrouping: false, maximumFractionDigits: 2 });
}

/**
 * The name (or question) of a framework item in a language: the `*_en` field of kader.yaml for
 * English where present, else the Dutch text. `field: 'kop'` is the heading to write, always Dutch.
 */
export function itemLabel(ref: ItemRef, lang: Lang): string {
  const field = ref.field ?? 'naam';
  if (ref.ref === 'tekst') return message(lang, ref.rule ?? '', ref.id);
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
  const item = (kader[ref.ref] as unknown as Record<string, unknown>[]).find((i) => i.id === ref.id);
  if (!item) return ref.id;
  const key = field === 'kop' ? 'naam' : field;
  const english = item[`${key}_en`];
  return String(field !== 'kop' && lang === 'en' && typeof english === 'string' ? english : (item[key] ?? ref.id));
}

/** The title, explanation and fix of a rule in `lang` (what `rlp explain` prints), or undefined for an unknown id. */
export function ruleText(lang: Lang, ruleId: string): { title: string; explain: string; fix: string } | undefined {
  return (catalogues[lang].rules as Record<string, { title: string; explain: string; fix: string } | undefined>)[ruleId];
}

/** Renders the message `messageId` of rule `ruleId` in `lang`. */
export function message(lang: Lang, ruleId: string, messageId: string, args?: MessageArgs): string {
  const rules = catalogues[lang].rules as Record<string, { messages: Record<string, string> } | undefined>;
  const template = rules[ruleId]?.messages[messageId] ?? `${ruleId}: ${messageId}`;
  return fill(template, args, lang);
}
