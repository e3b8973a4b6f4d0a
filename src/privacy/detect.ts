/**
 * Finds personal data in free text (rule `privacy/persoonsgegevens`, AVG): e-mail addresses,
 * phone numbers, possible BSNs, IBANs, postcodes with a house number, dates of birth, links to
 * personal profiles and names after a form of address or a role. Pure: text in, spans out; the
 * datum itself is only ever handed on masked (./mask.ts), never in full.
 *
 * Phone numbers are validated by libphonenumber-js (its small `min` metadata, region NL), IBAN
 * checksums by ibantools; the rest is structure (the BSN elfproef) or a narrow heuristic for Dutch
 * prose. Candidate phone numbers are cut out here, not by the library's `findPhoneNumbersInText`:
 * that one (1.13) stretches a match over a following `, 0…` and shifts the next one.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { mask } from './mask.js';
import { dutchWords as woorden } from '../woorden.js';

/** The kinds of personal data rlp recognises; the first five are certain by structure or checksum. */
export type PersonalKind = 'email' | 'phone' | 'bsn' | 'iban' | 'postcode' | 'birthDate' | 'profile' | 'name';

/** Kinds found by heuristics (a warning rather than an error): whose datum it is cannot be told. */
export const heuristicKinds: ReadonlySet<PersonalKind> = new Set(['birthDate', 'profile', 'name']);

/** One datum found in a text. `index`/`length` are UTF-16 offsets into the scanned text. */
export interface PersonalDatum {
  kind: PersonalKind;
  index: number;
  length: number;
  /** The datum masked for display (`j.d…@…l.nl`, `06-…78`, `…782`): safe to print. */
  masked: string;
  /**
   * Normalised forms of the datum for comparison with the accepted strings of portfolio.yaml
   * (lower case, no spaces or separators; a phone number also as +31…). Never printed.
   */
  keys: string[];
}

/** What the scan needs to know besides the text. */
export interface ScanOptions {
  /** The candidate's own name (`kandidaat` in portfolio.yaml): never reported as a name. */
  ownName?: string;
}

/** Lower case, NFC, without spaces and the separators people put in numbers and addresses. */
export function normaliseKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s.\-()/:,]/g, '');
}

/** A phone number written `06…`, `+31…` or `0031…` as `+31…`, or undefined when it is none. */
export function phoneKey(text: string): string | undefined {
  const parsed = parsePhoneNumberFromString(text, 'NL');
  return parsed?.isValid() ? parsed.number : undefined;
}

/**
 * The elfproef of a BSN (also passed by an RSIN): 9 digits (8 digits get their dropped leading
 * zero back), weights 9 … 2 and −1, sum divisible by 11. All zeros is not a number anyone has.
 */
export function elfproef(digits: string): boolean {
  const d = digits.length === 8 ? `0${digits}` : digits;
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

/** Labels after which a number is an order, invoice or file number, not a phone number or BSN. */
const NUMBER_LABEL = /\b(?:(?:order|bestel|factuur|klant|dossier|referentie|offerte|artikel|kvk|rsin|btw|vestigings|registratie|lid|lidmaatschaps|crkbo|noloc|cedeo|nrto|polis|contract)[\s-]?(?:nummer|nr\.?)|order|factuur|kenmerk|kvk|rsin|btw(?:-id)?|kamer van koophandel(?: onder nummer)?|(?:kvk|rsin)[\s-]?(?:nummer|nr\.?)?\s*(?:is|:)?)\s*[:#]?\s*$/i;
/** Words near a number (before it, within a sentence) that make it an organisation's number, not a BSN. */
const ORGANISATION_NUMBER = /\b(?:kvk|kamer van koophandel|rsin|btw|handelsregister|vestigingsnummer|ingeschreven)\b[^.!?\n]{0,40}$/i;

/**
 * A Dutch phone number as people write it: `06…`, `(0…`, `+31…`, `0031…` (with an optional `(0)`),
 * then nine digits with spaces, dashes, dots or slashes between them.
 */
const PHONE = /(?<![\p{L}\p{N}+])(?:(?:\+|00)[ \t]?31[ \t.-]?(?:\(0\)[ \t.-]?)?|\(?0)(?:[ \t./)-]{0,3}\d){9}(?!\p{N}|[./-]\p{N})/gu;
/** A day-month-year date, which PHONE would otherwise take for `01-02-2025 12`. */
const DATE_START = /^\(?\d{1,2}([-/.])\d{1,2}\1\d{4}/;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}])/gu;
const BSN = /(?<![\p{L}\p{N}.,/-])(?:\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3})(?![\p{L}\p{N}]|[.,/-]\d)/gu;
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;
/** A Dutch postcode (letter pairs SA, SD and SS are not issued). */
const POSTCODE = String.raw`[1-9]\d{3}[ \t]?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\p{N}])`;
const POSTCODES = new RegExp(String.raw`(?<![\p{L}\p{N}])${POSTCODE}`, 'gu');
/** A house number after a postcode: `1234 AB 12`. */
const NUMBER_AFTER = /^[ \t]*,?[ \t]*\d{1,5}[a-z]?(?![\p{L}\p{N}])/u;
/** Street and house number before a postcode: `Dorpsstraat 12, ` or `Dorpsstraat 12` on the line above. */
const STREET_BEFORE = /\p{L}{2,}\.?[ \t]+\d{1,5}[a-zA-Z]?(?:[ \t]*-[ \t]*\d{1,4})?[ \t]*(?:,[ \t]*|\n[ \t]*|[ \t]+)$/u;
const PROFILE = /(?<![\p{L}\p{N}.])(?:https?:\/\/)?(?:[a-z]{2,3}\.)?(?:linkedin\.com\/(?:in|pub)\/|facebook\.com\/(?!groups\/|pages\/|events\/|share)|instagram\.com\/|(?:twitter|x)\.com\/|tiktok\.com\/@)[^\s)>\]"'<]+/giu;

const MONTHS = `(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun[i]?|jul[i]?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** A calendar date with day and month: `3 maart 1980`, `03-03-1980`, `3/3/80`, `1980-03-03`. */
const DATE = String.raw`(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}[ \t]+${MONTHS}(?:\.?[ \t]+\d{4})?)(?![\p{L}\p{N}])`;
/** Words that tie a date to a birth: born, date of birth, birthday, "werd 50". */
const BIRTH = String.raw`(?:geboren|geboortedatum|geboortedag|geb\.|verjaardag|(?<![\p{L}\p{N}-])jarig|(?:werd|wordt)[ \t]+(?:\p{L}+[ \t]+)?\d{1,3}(?:[ \t]+jaar)?)`;
const BIRTH_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${BIRTH}[^.!?\n]{0,40}?(?<![\p{N}])(${DATE})|(${DATE})[^.!?\n]{0,25}?${BIRTH}(?![\p{L}]))`,
  'giu',
);

/** Forms of address: the name after them is often a surname, possibly with a particle (`mevrouw van Dam`). */
const ADDRESS_TITLES = ['mevrouw', 'mevr.', 'mevr', 'mw.', 'meneer', 'mnr.', 'dhr.', 'dhr', 'de heer'];
/** Roles: the name after them starts with a first name (`cliënt Sanne`); `cliënt van Randstad` is no name. */
const ROLE_TITLES = [
  'cliënte', 'cliënt', 'cliente', 'client', 'klant', 'coachee', 'collega', 'leidinggevende',
  'partner', 'echtgenoot', 'echtgenote', 'zoon', 'dochter', 'moeder', 'vader', 'broer', 'zus',
  'werknemer', 'medewerker', 'deelnemer', 'stagiair', 'stagiaire', 'mentor',
];
/** `[Mm]evrouw|…`: a title may start a sentence. Longest first, so `cliënte` wins over `cliënt`. */
const titles = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((t) => `[${t[0]!.toUpperCase()}${t[0]}]${t.slice(1).replace(/\./g, '\\.')}`)
    .join('|');
const PARTICLE = /^(?:van|de|der|den|ter|ten|te|'t)$/i;
const PARTICLES = String.raw`(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|'t)[ \t]+)*`;
const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*`;
const AFTER_TITLE = String.raw`[ \t]*:?[ \t]+`;
/** A title, then a written-out name (an initial or a single capital letter is not one). */
const NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${titles(ADDRESS_TITLES)})${AFTER_TITLE}(${PARTICLES}${NAME_WORD}(?:[ \t]+${PARTICLES}${NAME_WORD})?)|(?:${titles(ROLE_TITLES)})${AFTER_TITLE}(${NAME_WORD}(?:[ \t]+${PARTICLES}${NAME_WORD})?))(?![\p{L}\p{N}])`,
  'gu',
);
/** Capitalised words after a title that are not names (pronouns, articles, conjunctions) or are particles of one. */
const NOT_NAMES = new Set(
  'de het een en ik hij zij ze we wij je jij u dat die dit deze maar of want omdat toen na op in bij met voor tijdens daarna ook als zo nu hem haar zijn ons van der den ter ten te'.split(' '),
);
/** A name marked as made up: `Jan (gefingeerde naam)`, `Sanne (niet haar echte naam)`. */
const PSEUDONYM_NOTE = String.raw`\([^)]{0,30}?(?:gefingeerd|fictie|fictief|fictieve|pseudoniem|echte naam|naam gewijzigd|naam veranderd|andere naam|geanonimiseerd)[^)]{0,30}\)`;
const PSEUDONYM_NOTES = new RegExp(PSEUDONYM_NOTE, 'giu');
const PSEUDONYM_NEXT = new RegExp(String.raw`^[ \t]*${PSEUDONYM_NOTE}`, 'iu');
/** The name a pseudonym note follows: the last word before it. */
const NAME_BEFORE = new RegExp(String.raw`(${NAME_WORD})[ \t]*$`, 'u');
/** A statement that all names in the text are made up. */
const ALL_PSEUDONYMS = /\b(?:alle\s+)?namen\s+(?:in\s+(?:deze|dit)\s+\p{L}+\s+)?zijn\s+(?:gefingeerd|fictief|veranderd|gewijzigd|verzonnen)|gefingeerde\s+namen|fictieve\s+namen/iu;

/** True when a span `[index, index + length)` overlaps one already taken. */
function overlaps(taken: PersonalDatum[], index: number, length: number): boolean {
  return taken.some((d) => index < d.index + d.length && d.index < index + length);
}

/** A number preceded by an order, invoice or file label is no personal datum. */
function labelled(text: string, index: number): boolean {
  return NUMBER_LABEL.test(text.slice(Math.max(0, index - 30), index));
}

/**
 * Every piece of personal data in `text`, in text order. Where two kinds claim the same characters,
 * the more certain one wins (e-mail, profile link, IBAN, phone, BSN, address, date, name). Never throws.
 */
export function findPersonalData(text: string, options: ScanOptions = {}): PersonalDatum[] {
  const found: PersonalDatum[] = [];
  const add = (kind: PersonalKind, index: number, raw: string, keys: string[] = [normaliseKey(raw)]) => {
    if (!overlaps(found, index, raw.length)) found.push({ kind, index, length: raw.length, masked: mask(kind, raw), keys });
  };

  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) add('email', m.index, m[0]);
  if (text.includes('.com/')) for (const m of text.matchAll(PROFILE)) add('profile', m.index, m[0].replace(/[.,;:!?]+$/, ''));
  for (const m of text.matchAll(IBAN)) {
    if (isValidIBAN(electronicFormatIBAN(m[0]) ?? '')) add('iban', m.index, m[0]);
  }
  for (const m of text.matchAll(PHONE)) {
    const parsed = DATE_START.test(m[0]) || labelled(text, m.index) ? undefined : parsePhoneNumberFromString(m[0], 'NL');
    // Service numbers (0800, 090x) and company numbers (088) are an organisation's, not a person's.
    if (parsed?.isValid() && !/^(?:800|90|88)/.test(parsed.nationalNumber)) add('phone', m.index, m[0], [normaliseKey(m[0]), parsed.number]);
  }
  for (const m of text.matchAll(BSN)) {
    const digits = m[0].replace(/\./g, '');
    if (digits.length === 8 && /^(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d)/.test(digits)) continue; // a compact date
    if (elfproef(digits) && !labelled(text, m.index) && !ORGANISATION_NUMBER.test(text.slice(Math.max(0, m.index - 60), m.index))) add('bsn', m.index, m[0], [digits.padStart(9, '0')]);
  }
  for (const m of text.matchAll(POSTCODES)) {
    const after = NUMBER_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    const before = after ? undefined : STREET_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (after) add('postcode', m.index, m[0] + after[0]);
    else if (before) add('postcode', m.index - before[0].length, before[0] + m[0]);
  }
  for (const m of text.matchAll(BIRTH_DATE)) {
    const date = m[1] ?? m[2]!;
    add('birthDate', m[1] ? m.index + m[0].length - date.length : m.index, date);
  }
  findNames(text, options, add);
  return found.sort((a, b) => a.index - b.index);
}

const folded = (list: readonly string[]) => new Set(list.map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()));
/** Known first names (schemas/woorden.yaml `voornamen`). */
const FIRST_NAMES = folded(woorden.voornamen);
/** Capitalised words that are never a person: theorists, organisations, places, sentence words (schemas/woorden.yaml `geen_persoon`). */
const NOT_PERSONS = folded(Object.values(woorden.geen_persoon).flat().flatMap((w) => [w, ...w.split(/\s+/)]));
/** Roles before a name: `bedrijfsarts Van Dijk`, `HR-adviseur Sandra Mulder` (schemas/woorden.yaml `rollen`), folded. */
const ROLES = folded(woorden.rollen);
/** A capitalised word, possibly followed by more (a surname, with particles): `Peter Hendriks`, `Sanne de Vries`. */
const CAPITALISED = new RegExp(String.raw`(?<![\p{L}\p{N}@.\/-])(${NAME_WORD})((?:[ \t]+(?:(?:van|de|der|den|ter|ten|te|'t)[ \t]+)*${NAME_WORD})?)(?![\p{L}\p{N}@]|\.\p{L})`, 'gu');

function foldWord(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Names without a form of address (contract §7): a known first name used as a word of its own
 * (`Sanne vertelde …`), with its surname when one follows (`Peter Hendriks`), and a capitalised
 * name after a role (`bedrijfsarts Van Dijk`, `HR-adviseur Sandra Mulder`). Theorists,
 * organisations, places and the candidate's own name are never reported.
 */
function findLooseNames(text: string, own: ReadonlySet<string>, pseudonyms: ReadonlySet<string | undefined>, add: (kind: PersonalKind, index: number, raw: string, keys?: string[]) => void): void {
  const person = (name: string) => {
    const parts = name.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
    return parts.length > 0 && !parts.every((w) => own.has(w.toLowerCase()) || pseudonyms.has(w.toLowerCase())) && !parts.some((w) => NOT_PERSONS.has(foldWord(w)));
  };
  for (const m of text.matchAll(CAPITALISED)) {
    const first = m[1]!;
    // A role before it, past lower-case particles: "bedrijfsarts Van Dijk", "collega van Dam".
    const head = text.slice(Math.max(0, m.index - 40), m.index);
    const before = /[ \t]$/.test(head) ? head.trimEnd().split(/[ \t\n]+/).slice(-3) : [];
    let particles = 0;
    while (before.length > 1 && PARTICLE.test(before[before.length - 1]!)) {
      before.pop();
      particles++;
    }
    const role = before.length > 0 && ROLES.has(foldWord(before[before.length - 1]!.replace(/:$/, '')));
    const particle = role && particles > 0 ? (/((?:(?:van|de|der|den|ter|ten|te|'t)[ \t]+)+)$/.exec(head)?.[1] ?? '') : '';
    if (role) {
      const name = particle + first + (m[2] ?? '');
      if (person(name)) add('name', m.index - particle.length, name, [normaliseKey(name)]);
      continue;
    }
    if (!FIRST_NAMES.has(foldWord(first))) continue;
    // "Erik Erikson", "Carl Rogers": a theorist's full name.
    if (m[2] && NOT_PERSONS.has(foldWord(m[2].trim().split(/[ \t]+/).pop()!))) continue;
    const name = first + (m[2] ?? '');
    if (!person(name)) continue;
    add('name', m.index, name, [normaliseKey(name)]);
  }
}

/** Names after a title, unless an initial, a marked pseudonym, a common word or the candidate's own name. */
function findNames(text: string, options: ScanOptions, add: (kind: PersonalKind, index: number, raw: string, keys?: string[]) => void): void {
  if (ALL_PSEUDONYMS.test(text)) return;
  const own = new Set((options.ownName ?? '').toLowerCase().split(/[\s-]+/).filter(Boolean));
  const pseudonyms = new Set([...text.matchAll(PSEUDONYM_NOTES)].map((m) => NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1]?.toLowerCase()));
  for (const m of text.matchAll(NAME)) {
    const name = m[1] ?? m[2]!;
    const words = name.split(/[ \t]+/);
    const core = words.filter((w) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w.toLowerCase()));
    if (core.length === 0 || (NOT_NAMES.has(words[0]!.toLowerCase()) && !PARTICLE.test(words[0]!))) continue;
    if (core.every((w) => own.has(w.toLowerCase()) || pseudonyms.has(w.toLowerCase()))) continue;
    if (PSEUDONYM_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    add('name', m.index + m[0].length - name.length, name, [normaliseKey(name), normaliseKey(m[0])]);
  }
  findLooseNames(text, own, pseudonyms, add);
}
