/**
 * The shape of a toetsingskader as data. The framework itself is a value of a ruleset
 * (src/rulesets/: `rlp-initieel` reads `schemas/kader.yaml`, a transcription of the Noloc
 * "Toetsingskader en handleiding initiële certificering Register Loopbaanprofessional") and
 * reaches rules, coverage and formatters through their context, never as a global import.
 * Every rule takes its numbers, ids and labels from it, never from literals.
 */

/** A heading label with the short forms that also match it (contract §3), and its English name for `--lang en`. */
export interface Labelled {
  id: string;
  naam: string;
  /** rlp's English name (not part of the toetsingskader); headings stay Dutch. */
  naam_en?: string;
  aliassen?: string[];
}

/** A task of toetsingskader C.1 (`0` … `7`). */

/** The framework (toetsingskader Deel II and III) as read from schemas/kader.yaml. */
export interface Kader {
  id: string;
  naam: string;
  getallen: {
    aantal_routes: number;
    /** Hours of qualifying courses needed for routes 2–4 (A). */
    min_cursusuren: number;
    min_ects: number;
    /** Hours of study load per ECTS credit (A). */
    uren_per_ects: number;
    /** Hours of professional experience needed (B1). */
    min_werkervaring_uren: number;
    /** Years active in the field (B1). */
    min_jaren_actief: number;
    /** Maximum age of an EVC or assessment report, in years (A). */
    max_ouderdom_rapport_jaren: number;
    /** BOC level an EVC report must be aimed at (A, route 3); a higher level also shows hbo level. */
    min_boc_niveau: number;
    /** Cases must have been carried out within this many years (C.1). */
    casus_venster_jaren: number;
    aantal_casussen: number;
    min_kennisgebieden: number;
    verplichte_kennisgebieden: string[];
    ontwikkelplan_jaren: number;
    /** rlp's reading of B1 "op het moment van certificeren": the declaration of current activity is at most this many months old. */
    verklaring_actief_max_maanden: number;
    /** rlp's reading of D "de komende vier jaar": the plan starts at most this many years after the indiendatum's year. */
    ontwikkelplan_max_uitstel_jaren: number;
  };
  onderdelen: { id: string; naam: string; samenvatting: string }[];
  /** Ad A: the four routes. `bewijs` is the key under `opleiding:` holding the route's document. */
  routes: {
    id: number;
    bewijs: 'diploma' | 'evc' | 'assessment';
    /** The route also needs `min_cursusuren` of qualifying courses (routes 2–4). */
    cursussen: boolean;
    /** The diploma must be a CROHO programme aimed at 'mens en organisatie' (route 1). */
    croho_mens_en_organisatie: boolean;
    criterium: string;
    aanleveren: string[];
    randvoorwaarden: string[];
  }[];
  werkervaring: {
    criteria: { id: string; criterium: string; aanleveren: string; randvoorwaarde?: string }[];
  };
  cv_motivatie: { id: string; criterium: string; handreiking: string }[];
  casus: {
    eisen: string[];
    /** C.1: what a process description shows, incl. its questions on interventions, aim, effect and opposing interests. */
    procesbeschrijving: string[];
    /** C.1: task 0 runs through the whole trajectory; tasks 1–7 are consecutive phases. */
    toelichting_taken: string[];
    /** C.4: the rule text on the four attitude questions. */
    attitude_regels: string[];
    secties: Record<'keuze' | 'kennisgebieden' | 'competenties' | 'attitude', { kop: string; naam_en?: string; aliassen?: string[] }>;
    /** Headings that only group other sections (contract §3): tasks under `proces`, the reflection parts under `reflectie`. */
    wrappers: Record<'proces' | 'reflectie', { kop: string; aliassen?: string[] }>;
  };
  taken: {
    id: number;
    kop: string;
    naam: string;
    naam_en?: string;
    aliassen?: string[];
    indicatoren: string[];
    handreiking: string;
    koppeling: { kennisgebieden: string[]; competenties: string[]; attitude: string[] };
  }[];
  kennisgebieden: (Labelled & { nummer: number; verplicht: boolean; indicatoren: string[]; voorbeelden: string[] })[];
  kennisgebieden_regels: string[];
  competenties: (Labelled & { omschrijving: string; indicatoren: string[] })[];
  competenties_regels: string[];
  /** `trefwoorden`: words (schemas/woorden.yaml syntax) by which a heading in other words still names the question. */
  attitude: (Labelled & { criterium: string; vraag: string; vraag_en?: string; trefwoorden?: string[] })[];
  ontwikkelplan: { omschrijving: string; vragen: { id: string; kop: string; aliassen?: string[]; trefwoorden?: string[]; vraag: string; vraag_en?: string }[] };
  verklaringen: { id: string; tekst: string }[];
}

/** Ids of each kind of item of a framework, in the framework's order. */
export interface KaderIds {
  taken: number[];
  kennisgebieden: string[];
  competenties: string[];
  attitude: string[];
}

const idCache = new WeakMap<Kader, KaderIds>();

/** Ids of each kind of item, in the framework's order (computed once per framework object). */
export function kaderIds(kader: Kader): KaderIds {
  let ids = idCache.get(kader);
  if (!ids) {
    ids = {
      taken: kader.taken.map((t) => t.id),
      kennisgebieden: kader.kennisgebieden.map((k) => k.id),
      competenties: kader.competenties.map((c) => c.id),
      attitude: kader.attitude.map((a) => a.id),
    };
    idCache.set(kader, ids);
  }
  return ids;
}

/**
 * Memoises `compute` per framework (or ruleset) object: modules that derive tables from the
 * framework (heading labels, word matchers) compute them once for each ruleset, not at load time.
 */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
