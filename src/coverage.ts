/**
 * What each case demonstrates: its sections matched to the framework's items (toetsingskader
 * C.1–C.4) by heading (contract §3), and what their text counts for (contract §7). Pure: computed
 * from the loaded portfolio, used by the C rules and by the coverage matrix of every report.
 */
import { perObject, type Kader, type Labelled } from './kader.js';
import { leadingTaskNumber, matchHeading, type HeadingItem } from './headings.js';
import { headingMatches, suggestHeading } from './text.js';
import type { CaseFile, Section } from './types.js';
import type { Ruleset } from './rules/rule.js';
import { isMotivation, standIn, type StandIn, type Woorden } from './woorden.js';

/**
 * How a case covers one item: `ja` a section with own text; `leeg` a section without own text;
 * `nvt` a section that only says it does not apply; `verwijst` a section that only points
 * elsewhere ("zie taak 2"); `niet-relevant` (tasks only) not worked out, with a motivation;
 * `nee` no section. Only `ja` demonstrates the item (contract §7).
 */
export type Mark = 'ja' | 'leeg' | 'nvt' | 'verwijst' | 'niet-relevant' | 'nee';

/**
 * A mark as the report's matrix shows it: `elders` is a kennisgebied or competentie that a case
 * neither works out nor names at the top: no fault there, as these may be spread over the cases.
 * A spread item named at the top but without a section stays `nee` (C/tags reports it).
 */
export type MatrixMark = Mark | 'elders';

/** One item (task, kennisgebied, competentie, attitude question) in one case. */
export interface ItemCoverage {
  mark: Mark;
  /** The first section found for the item. */
  section?: Section;
  /** When the section only stands in for the work ("n.v.t.", "zie taak 2"): what it says. */
  standIn?: StandIn;
  /** For `niet-relevant`: where the motivation is, `niet_relevant` in the front-matter or the section's own words. */
  motivation?: 'niet_relevant' | 'sectie';
}

/** The kinds of item a case is checked for. */
export type ItemKind = 'taken' | 'kennisgebieden' | 'competenties' | 'attitude';

/** A kind of item that has its own parent heading (`## Kennisgebieden` …). */
export type ParentKind = Exclude<ItemKind, 'taken'>;

/** A heading that matches nothing, or stands at the wrong level (contract §3: never silence). */
export interface UnknownHeading {
  /** The part it stands in (under `## Kennisgebieden` …); absent at the top of the case. */
  kind?: ParentKind;
  section: Section;
  /** The closest label ("bedoel je …?"), when one is close. */
  tip?: string;
  /** When the heading names an item but stands at the wrong level or place: the item and where it belongs. */
  misplaced?: { kind: ItemKind; id: string };
}

/** The sections of one case matched to the framework. Item keys are ids (tasks as strings `"0"` … `"7"`). */
export interface CaseCoverage {
  file: string;
  keuze?: Section;
  /** The parent sections (Kennisgebieden, Competenties, Professionele attitude). */
  parents: Partial<Record<ParentKind, Section>>;
  items: Record<ItemKind, Record<string, ItemCoverage>>;
  /** Headings that match nothing, or stand at the wrong level. */
  unknown: UnknownHeading[];
  /** The first task section, in file order (for `C/keuze`: the case starts with its choice). */
  firstTask?: Section;
}

function labels(item: Labelled | { naam: string; kop?: string; aliassen?: string[] }): string[] {
  return [...('kop' in item && item.kop ? [item.kop] : []), item.naam, ...(item.aliassen ?? [])];
}

/** The heading tables of a framework: what each kind of heading can be called. */
interface Tables {
  taskItems: HeadingItem[];
  itemsOf: Record<ParentKind, HeadingItem[]>;
  parentItems: HeadingItem[];
  keuzeLabels: string[];
  procesLabels: string[];
  reflectieLabels: string[];
  /** Every label a top heading of a case can have, for "bedoel je …?". */
  topLabels: string[];
}

const parentKinds: ParentKind[] = ['kennisgebieden', 'competenties', 'attitude'];

/** The heading tables of a framework, computed once per framework object. */
const tablesOf = perObject((kader: Kader): Tables => {
  const taskItems: HeadingItem[] = kader.taken.map((t) => ({ id: String(t.id), labels: labels(t) }));
  const itemsOf: Record<ParentKind, HeadingItem[]> = {
    kennisgebieden: kader.kennisgebieden.map((k) => ({ id: k.id, labels: labels(k) })),
    competenties: kader.competenties.map((c) => ({ id: c.id, labels: labels(c) })),
    attitude: kader.attitude.map((a) => ({ id: a.id, labels: labels(a), vraag: a.vraag, ...(a.trefwoorden ? { trefwoorden: a.trefwoorden } : {}) })),
  };
  const parentItems: HeadingItem[] = parentKinds.map((kind) => ({ id: kind, labels: [kader.casus.secties[kind].kop, ...(kader.casus.secties[kind].aliassen ?? [])] }));
  const keuzeLabels = [kader.casus.secties.keuze.kop, ...(kader.casus.secties.keuze.aliassen ?? [])];
  const wrapperLabels = (id: 'proces' | 'reflectie') => [kader.casus.wrappers[id].kop, ...(kader.casus.wrappers[id].aliassen ?? [])];
  return {
    taskItems,
    itemsOf,
    parentItems,
    keuzeLabels,
    procesLabels: wrapperLabels('proces'),
    reflectieLabels: wrapperLabels('reflectie'),
    topLabels: [...keuzeLabels, ...parentItems.flatMap((p) => p.labels), ...taskItems.flatMap((t) => t.labels)],
  };
});

/** Only labels (no questions or key terms): for parent and top headings, where a loose match would mislead. */
function byLabel(title: string, items: readonly HeadingItem[]): string | undefined {
  return items.find((item) => item.labels.some((label) => headingMatches(title, label)))?.id;
}

/** A section's mark from its own text: `ja`, `leeg`, or the stand-in it is. */
function markOf(section: Section, woorden: Woorden): { mark: Mark; standIn?: StandIn } {
  if (section.words === 0) return { mark: 'leeg' };
  const found = standIn(section.text, woorden);
  return found ? { mark: found.kind, standIn: found } : { mark: 'ja' };
}

function recordIn(target: Record<string, ItemCoverage>, id: string, section: Section, woorden: Woorden): void {
  const { mark, standIn: found } = markOf(section, woorden);
  const existing = target[id];
  if (!existing || (existing.mark !== 'ja' && mark === 'ja')) target[id] = { mark, section, ...(found ? { standIn: found } : {}) };
}

/** Matches one case's sections to the items of the ruleset's framework. */
export function caseCoverage(doc: CaseFile, ruleset: Pick<Ruleset, 'kader' | 'woorden'>): CaseCoverage {
  const { taskItems, itemsOf, parentItems, keuzeLabels, procesLabels, reflectieLabels, topLabels } = tablesOf(ruleset.kader);
  const { woorden } = ruleset;
  const record = (target: Record<string, ItemCoverage>, id: string, section: Section) => recordIn(target, id, section, woorden);
  const coverage: CaseCoverage = {
    file: doc.file,
    parents: {},
    items: { taken: {}, kennisgebieden: {}, competenties: {}, attitude: {} },
    unknown: [],
  };
  let reflection = false; // past the first parent: numbers no longer name tasks

  const task = (id: string, section: Section) => {
    record(coverage.items.taken, id, section);
    coverage.firstTask ??= section;
  };

  const parent = (kind: ParentKind, section: Section) => {
    coverage.parents[kind] ??= section;
    reflection = true;
    for (const child of section.children) {
      const id = matchHeading(child.title, itemsOf[kind]);
      if (id) {
        record(coverage.items[kind], id, child);
        continue;
      }
      // A task or an item of another part, one level down in the wrong part.
      const elsewhere = byLabel(child.title, taskItems);
      const other = elsewhere === undefined ? parentKinds.filter((k) => k !== kind).map((k) => ({ k, id: byLabel(child.title, itemsOf[k]) })).find((o) => o.id) : undefined;
      if (elsewhere !== undefined) {
        task(elsewhere, child);
        coverage.unknown.push({ kind, section: child, misplaced: { kind: 'taken', id: elsewhere } });
      } else if (other?.id) {
        record(coverage.items[other.k], other.id, child);
        coverage.unknown.push({ kind, section: child, misplaced: { kind: other.k, id: other.id } });
      } else {
        const tip = suggestHeading(child.title, itemsOf[kind].flatMap((c) => c.labels));
        coverage.unknown.push({ kind, section: child, ...(tip ? { tip } : {}) });
      }
    }
  };

  /** One heading at the top of the case, or directly under a wrapper (`inProcess`: under a process wrapper). */
  const top = (section: Section, inProcess: boolean) => {
    if (!coverage.keuze && !inProcess && keuzeLabels.some((label) => headingMatches(section.title, label))) {
      coverage.keuze = section;
      return;
    }
    const kind = byLabel(section.title, parentItems) as ParentKind | undefined;
    if (kind) return parent(kind, section);
    const id = byLabel(section.title, taskItems);
    if (id !== undefined) return task(id, section);
    // A wrapper: a process or reflection heading, or any heading whose subheadings are tasks or parts.
    const isWrapper =
      procesLabels.some((label) => headingMatches(section.title, label)) ||
      reflectieLabels.some((label) => headingMatches(section.title, label)) ||
      section.children.some((child) => byLabel(child.title, taskItems) !== undefined || byLabel(child.title, parentItems) !== undefined || leadingTaskNumber(child.title));
    if (isWrapper && section.children.length > 0) {
      const proces = !reflectieLabels.some((label) => headingMatches(section.title, label));
      for (const child of section.children) top(child, proces);
      return;
    }
    // "1. Het vraagverhelderend gesprek", "Stap 2: begeleidingsvoorstel": a task by its number, in the process part.
    const numbered = leadingTaskNumber(section.title);
    if (numbered && (inProcess || (!reflection && !(coverage.keuze === undefined && keuzeAhead(section))))) {
      return task(numbered.id, section);
    }
    // An item of a part written as a top heading (`## Arbeidsmarkt`): counted, and its level named.
    for (const k of parentKinds) {
      const item = byLabel(section.title, itemsOf[k]) ?? (k === 'attitude' ? matchHeading(section.title, itemsOf[k]) : undefined);
      if (item) {
        record(coverage.items[k], item, section);
        coverage.unknown.push({ section, misplaced: { kind: k, id: item } });
        // The items written one level down after it (`### Opleidingen en beroepen`) now hang under it.
        for (const child of section.children) {
          const id = matchHeading(child.title, itemsOf[k]);
          if (id) record(coverage.items[k], id, child);
        }
        return;
      }
    }
    if (isWrapper) return;
    const tip = suggestHeading(section.title, topLabels);
    coverage.unknown.push({ section, ...(tip ? { tip } : {}) });
  };

  // The keuze section is looked for ahead, so that a numbered introduction before it is not a task.
  const keuzeAhead = (section: Section) => {
    const index = doc.sections.indexOf(section);
    return index >= 0 && doc.sections.slice(index + 1).some((s) => keuzeLabels.some((label) => headingMatches(s.title, label)));
  };

  for (const section of doc.sections) top(section, false);

  const motivations = doc.meta?.niet_relevant ?? {};
  for (const t of taskItems) {
    const current = coverage.items.taken[t.id];
    if (current?.mark === 'ja') continue;
    const written = motivations[t.id];
    if (written !== undefined && isMotivation(written, woorden)) {
      coverage.items.taken[t.id] = { ...(current ?? {}), mark: 'niet-relevant', motivation: 'niet_relevant' };
    } else if (current?.standIn && current.standIn.kind === 'nvt' && written === undefined && isMotivation(current.section!.text, woorden)) {
      coverage.items.taken[t.id] = { ...current, mark: 'niet-relevant', motivation: 'sectie' };
    }
  }
  for (const kind of ['taken', ...parentKinds] as const) {
    const all = kind === 'taken' ? taskItems : itemsOf[kind];
    for (const item of all) coverage.items[kind][item.id] ??= { mark: 'nee' };
  }
  return coverage;
}

/** Ids of items of a kind that some case covers with own text (`ja`): what counts as demonstrated. */
export function demonstrated(cases: CaseCoverage[], kind: ItemKind): Set<string> {
  const out = new Set<string>();
  for (const c of cases) for (const [id, item] of Object.entries(c.items[kind])) if (item.mark === 'ja') out.add(id);
  return out;
}

/** Tasks whose section the koppeling table (toetsingskader C.1) suggests as a home for an item. */
export function suggestedTasks(kader: Kader, kind: ParentKind, id: string): number[] {
  return kader.taken.filter((t) => t.koppeling[kind].includes(id)).map((t) => t.id);
}

/** True when a mark stands for a task that was not worked out in this case (motivated or not). */
export function skipped(mark: Mark): boolean {
  return mark === 'niet-relevant' || mark === 'nvt' || mark === 'verwijst';
}

/** Tasks (ids) a complete trajectory normally has: intake, proposal, closing (the ruleset's `afronding_taken`). */
export function closingTasks(woorden: Woorden): string[] {
  return woorden.afronding_taken.map(String);
}

/**
 * Where the portfolio stands on one item over both cases (what the matrix's "samen" column and every
 * format show; the C rules decide the same way): `ja` demonstrated; `ontbreekt` not demonstrated
 * and needed (a C1–C4 error says so); `niet-nodig` a kennisgebied not demonstrated, but four of
 * five with both mandatory ones are (toetsingskader C.2). Attitude questions need every case.
 */
export type Together = 'ja' | 'ontbreekt' | 'niet-nodig';

/** `Together` of every item of every kind, from the cases' coverage. */
export function together(cases: CaseCoverage[], kader: Kader): Record<ItemKind, Record<string, Together>> {
  const { taskItems, itemsOf } = tablesOf(kader);
  const out = {} as Record<ItemKind, Record<string, Together>>;
  for (const kind of ['taken', ...parentKinds] as const) {
    const ids = kind === 'taken' ? taskItems.map((t) => t.id) : itemsOf[kind].map((i) => i.id);
    const shown = demonstrated(cases, kind);
    out[kind] = {};
    for (const id of ids) {
      const done = kind === 'attitude' ? cases.length > 0 && cases.every((c) => c.items.attitude[id]!.mark === 'ja') : shown.has(id);
      out[kind][id] = done ? 'ja' : 'ontbreekt';
    }
  }
  const shown = demonstrated(cases, 'kennisgebieden');
  const enough = shown.size >= kader.getallen.min_kennisgebieden && kader.getallen.verplichte_kennisgebieden.every((id) => shown.has(id));
  if (enough) for (const [id, state] of Object.entries(out.kennisgebieden)) if (state === 'ontbreekt') out.kennisgebieden[id] = 'niet-nodig';
  return out;
}
