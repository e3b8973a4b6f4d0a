/**
 * What a report says per part and per framework item, computed once for every format that shows
 * more than a list (pretty, html): findings grouped by part, how far each part is, and the rows of
 * the coverage matrix with what is done and, for what is missing, the tasks the koppeling table
 * suggests (toetsingskader C.1). Pure: works on a finished report; decides nothing new.
 */
import { partOrder } from './check.js';
import { suggestedTasks, type ItemKind, type MatrixMark, type Together } from './coverage.js';
import type { Report } from './report.js';
import type { Ruleset } from './rules/rule.js';
import { rulesetFor } from './rulesets/index.js';
import type { Part } from './types.js';

type Finding = Report['diagnostics'][number];

/** Content hints (`inhoud/*`, contract §8): where an assessor is likely to ask, never a hard requirement. */
export function isContentHint(rule: string): boolean {
  return rule.startsWith('inhoud/');
}

/** The ruleset a report was checked against: the one given, else the one its `kader` names. */
export function reportRuleset(report: Pick<Report, 'kader'>, ruleset?: Ruleset): Ruleset {
  return ruleset ?? rulesetFor(report.kader);
}

/** The part of the portfolio a finding belongs to (its rule's part; unknown rules count as `bestand`). */
export function partOf(finding: Finding, ruleset: Ruleset): Part {
  return ruleset.rules.find((r) => r.id === finding.rule)?.part ?? 'bestand';
}

/**
 * Findings by part, in the parts' order (contract order: bestand, A, B1, B2, C, D, E, privacy),
 * each list in report order. With `hintsApart`, content hints are left out (see `contentHints`).
 */
export function findingsByPart(report: Report, hintsApart = false, ruleset?: Ruleset): Map<Part, Finding[]> {
  const set = reportRuleset(report, ruleset);
  const byPart = new Map<Part, Finding[]>(partOrder.map((p) => [p, []]));
  for (const d of report.diagnostics) if (!hintsApart || !isContentHint(d.rule)) byPart.get(partOf(d, set))!.push(d);
  return byPart;
}

/** The content hints of a report, in report order. */
export function contentHints(report: Report): Finding[] {
  return report.diagnostics.filter((d) => isContentHint(d.rule));
}

/** How far a part is: `errors` (would be sent back), `warnings` (will likely be questioned), or `ok`. */
export type PartState = 'ok' | 'warnings' | 'errors';

/** One part's standing: its counts of findings (content hints included) and its state. */
export interface PartStanding {
  part: Part;
  errors: number;
  warnings: number;
  infos: number;
  state: PartState;
}

/**
 * Every part's standing, in the parts' order. Counts are over the findings in the report (with
 * `--quiet` only errors are left). Accepted findings are in the report as given.
 */
export function partStandings(report: Report, ruleset?: Ruleset): PartStanding[] {
  const byPart = findingsByPart(report, false, ruleset);
  return partOrder.map((part) => {
    const list = byPart.get(part)!;
    const count = (s: Finding['severity']) => list.filter((d) => d.severity === s).length;
    const errors = count('error');
    const warnings = count('warning');
    return { part, errors, warnings, infos: count('info'), state: errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'ok' };
  });
}

/** One row of the coverage matrix. */
export interface MatrixRow {
  kind: ItemKind;
  /** Item id (tasks as `"0"` … `"7"`). */
  id: string;
  /** The mark in each case, in `coverage.cases` order (`elders`: left to the other case). */
  marks: MatrixMark[];
  /** Whether the portfolio demonstrates the item (the core's `coverage.samen`: attitude in every case, the rest in some case). */
  done: boolean;
  /** Where the portfolio stands on the item over both cases, as the C rules decide (`coverage.samen`). */
  state: Together;
  /** For a spread item that is not done: the tasks the koppeling table suggests (toetsingskader C.1). */
  suggested?: number[];
}

/** The kinds of item in the matrix, in order. */
export const matrixKinds: readonly ItemKind[] = ['taken', 'kennisgebieden', 'competenties', 'attitude'];

/** The rows of the coverage matrix of a report, kind by kind in `matrixKinds` order. */
export function matrixRows(report: Report, ruleset?: Ruleset): MatrixRow[] {
  const { kader } = reportRuleset(report, ruleset);
  const rows: MatrixRow[] = [];
  for (const kind of matrixKinds) {
    const spread = kind === 'kennisgebieden' || kind === 'competenties';
    for (const [id, marks] of Object.entries(report.coverage.items[kind])) {
      const state = report.coverage.samen[kind][id]!;
      const done = state === 'ja';
      rows.push({ kind, id, marks, done, state, ...(spread && state === 'ontbreekt' ? { suggested: suggestedTasks(kader, kind as 'kennisgebieden' | 'competenties', id) } : {}) });
    }
  }
  return rows;
}

/**
 * From how many errors the pretty report opens with the progress view (where the candidate
 * stands per part and what to do next) before the details: a fresh portfolio has about 90.
 */
export const PROGRESS_FROM_ERRORS = 10;

/** One part in the progress view: its standing and, for the cases (C), how many framework items are worked out. */
export interface PartProgress extends PartStanding {
  /** Part C only: framework items (tasks, kennisgebieden, competenties, attitude questions) worked out over the cases (`coverage.samen` = `ja`), of those needed (all but `niet-nodig`). */
  items?: { done: number; needed: number };
}

/** Where a portfolio stands: each part with findings or items, and the next things to do (at most `steps`). */
export interface Progress {
  parts: PartProgress[];
  /**
   * The next things to do: the first error of each part in the parts' order, then further errors
   * in report order; with no errors, warnings the same way. Content hints are never next steps.
   */
  next: Finding[];
}

/** The progress view of a report (`rlp status`, and the opening of a pretty report with many errors). Decides nothing new: counts what the report holds. */
export function progress(report: Report, steps = 3, ruleset: Ruleset = reportRuleset(report)): Progress {
  const parts: PartProgress[] = partStandings(report).map((s) => {
    if (s.part !== 'C' || report.coverage.cases.length === 0) return s;
    const states = Object.values(report.coverage.samen).flatMap((kind) => Object.values(kind));
    return { ...s, items: { done: states.filter((v) => v === 'ja').length, needed: states.filter((v) => v !== 'niet-nodig').length } };
  });
  const pick = (severity: Finding['severity']) => {
    const list = report.diagnostics.filter((d) => d.severity === severity && !isContentHint(d.rule));
    const firsts = partOrder.map((p) => list.find((d) => partOf(d, ruleset) === p)).filter((d): d is Finding => d !== undefined);
    return [...firsts, ...list.filter((d) => !firsts.includes(d))];
  };
  const errors = pick('error');
  return { parts, next: (errors.length > 0 ? errors : pick('warning')).slice(0, steps) };
}

/** Whether the pretty report opens with the progress view: from `PROGRESS_FROM_ERRORS` errors on. */
export function opensWithProgress(report: Report): boolean {
  return report.summary.errors >= PROGRESS_FROM_ERRORS;
}
