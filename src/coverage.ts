/**
 * What each case demonstrates: its sections matched to the framework's items (toetsingskader
 * C.1–C.4) by heading (contract §3). Pure: computed from the loaded portfolio, used by the C rules
 * and by the coverage matrix of the report.
 */
import { kader, type Labelled } from './kader.js';
import { headingMatches, suggestHeading } from './text.js';
import type { CaseFile, Section } from './types.js';

/**
 * How a case covers one item: `ja` a section with own text; `leeg` a section without own text;
 * `niet-relevant` (tasks only) no text, but a motivation under `niet_relevant`; `nee` neither.
 */
export type Mark = 'ja' | 'leeg' | 'niet-relevant' | 'nee';

/** One item (task, kennisgebied, competentie, attitude question) in one case. */
export interface ItemCoverage {
  mark: Mark;
  /** The first section found for the item. */
  section?: Section;
}

/** The kinds of item a case is checked for. */
export type ItemKind = 'taken' | 'kennisgebieden' | 'competenties' | 'attitude';

/** The sections of one case matched to the framework. Item keys are ids (tasks as strings `"0"` … `"7"`). */
export interface CaseCoverage {
  file: string;
  keuze?: Section;
  /** The `##` parent sections (Kennisgebieden, Competenties, Professionele attitude). */
  parents: Partial<Record<Exclude<ItemKind, 'taken'>, Section>>;
  items: Record<ItemKind, Record<string, ItemCoverage>>;
  /**
   * Headings that match nothing: `###` under a parent (`kind` set), and `##` headings that look like
   * a misspelt section (only those with a close label, so a candidate's own extra sections pass).
   */
  unknown: { kind?: Exclude<ItemKind, 'taken'>; section: Section; tip?: string }[];
}

function labels(item: Labelled | { naam: string; kop?: string; aliassen?: string[] }): string[] {
  return [...('kop' in item && item.kop ? [item.kop] : []), item.naam, ...(item.aliassen ?? [])];
}

const taskLabels = kader.taken.map((t) => ({ id: String(t.id), labels: labels(t) }));
const itemLabels = {
  kennisgebieden: kader.kennisgebieden.map((k) => ({ id: k.id, labels: labels(k) })),
  competenties: kader.competenties.map((c) => ({ id: c.id, labels: labels(c) })),
  attitude: kader.attitude.map((a) => ({ id: a.id, labels: labels(a) })),
};
const parentLabels = (Object.keys(itemLabels) as (keyof typeof itemLabels)[]).map((kind) => ({
  kind,
  labels: [kader.casus.secties[kind].kop, ...(kader.casus.secties[kind].aliassen ?? [])],
}));
const keuzeLabels = [kader.casus.secties.keuze.kop, ...(kader.casus.secties.keuze.aliassen ?? [])];
/** Every label a `##` heading of a case can have, for "bedoel je …?". */
const topLabels = [...keuzeLabels, ...parentLabels.flatMap((p) => p.labels), ...taskLabels.flatMap((t) => t.labels)];

function matchOne(title: string, candidates: { id: string; labels: string[] }[]): string | undefined {
  return candidates.find((c) => c.labels.some((label) => headingMatches(title, label)))?.id;
}

function record(target: Record<string, ItemCoverage>, id: string, section: Section): void {
  const mark: Mark = section.words > 0 ? 'ja' : 'leeg';
  const existing = target[id];
  if (!existing || existing.mark === 'nee') target[id] = { mark, section };
  else if (mark === 'ja') existing.mark = 'ja';
}

/** Matches one case's sections to the framework's items. */
export function caseCoverage(doc: CaseFile): CaseCoverage {
  const coverage: CaseCoverage = {
    file: doc.file,
    parents: {},
    items: { taken: {}, kennisgebieden: {}, competenties: {}, attitude: {} },
    unknown: [],
  };
  for (const section of doc.sections) {
    if (section.depth !== 2) continue;
    if (!coverage.keuze && keuzeLabels.some((label) => headingMatches(section.title, label))) {
      coverage.keuze = section;
      continue;
    }
    const parent = parentLabels.find((p) => p.labels.some((label) => headingMatches(section.title, label)));
    if (parent) {
      coverage.parents[parent.kind] ??= section;
      for (const child of section.children) {
        const id = matchOne(child.title, itemLabels[parent.kind]);
        if (id) record(coverage.items[parent.kind], id, child);
        else {
          const tip = suggestHeading(child.title, itemLabels[parent.kind].flatMap((c) => c.labels));
          coverage.unknown.push({ kind: parent.kind, section: child, ...(tip ? { tip } : {}) });
        }
      }
      continue;
    }
    const task = matchOne(section.title, taskLabels);
    if (task !== undefined) record(coverage.items.taken, task, section);
    else {
      const tip = suggestHeading(section.title, topLabels);
      if (tip) coverage.unknown.push({ section, tip });
    }
  }
  const motivations = doc.meta?.niet_relevant ?? {};
  for (const t of taskLabels) {
    const current = coverage.items.taken[t.id];
    if ((!current || current.mark !== 'ja') && (motivations[t.id] ?? '').trim()) {
      coverage.items.taken[t.id] = { mark: 'niet-relevant', ...(current?.section ? { section: current.section } : {}) };
    }
  }
  for (const kind of ['taken', 'kennisgebieden', 'competenties', 'attitude'] as const) {
    const all = kind === 'taken' ? taskLabels : itemLabels[kind];
    for (const item of all) coverage.items[kind][item.id] ??= { mark: 'nee' };
  }
  return coverage;
}

/** Ids of items of a kind that some case covers with own text (`ja`). */
export function demonstrated(cases: CaseCoverage[], kind: ItemKind): Set<string> {
  const out = new Set<string>();
  for (const c of cases) for (const [id, item] of Object.entries(c.items[kind])) if (item.mark === 'ja') out.add(id);
  return out;
}

/** Tasks whose section the koppeling table (toetsingskader C.1) suggests as a home for an item. */
export function suggestedTasks(kind: 'kennisgebieden' | 'competenties' | 'attitude', id: string): number[] {
  return kader.taken.filter((t) => t.koppeling[kind].includes(id)).map((t) => t.id);
}
