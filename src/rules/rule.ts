/**
 * What a rule is. One module per rule under src/rules/, named after its id (`C2/kennisgebieden`
 * lives in `C2-kennisgebieden.ts`); its messages and explanation are under the same id in the
 * message catalogues (src/messages/). Rules are pure: they read the loaded portfolio and report.
 */
import type { CalendarDate } from '../dates.js';
import type { CaseCoverage } from '../coverage.js';
import type { RuleLevel } from '../schema.js';
import type { MessageArgs, Part, Place, Portfolio, Severity } from '../types.js';

/** A finding as a rule reports it; the engine adds the rule id and renders the message. */
export interface Finding extends Place {
  /** Key under `messages` of this rule in the catalogue. */
  messageId: string;
  args?: MessageArgs;
  /** Only when it differs from the rule's default severity. */
  severity?: Severity;
  /** The candidate accepted this finding as a false positive (report it with severity `info`). */
  accepted?: true;
}

/** Settings in force for one check. */
export interface CheckSettings {
  /** The date every "at most/at least two years" is measured from (toetsingskader A, B1, C.1). */
  indiendatum: CalendarDate;
  /** Where the indiendatum comes from: `--datum`, portfolio.yaml, or today for want of both. */
  indiendatumBron: 'datum' | 'portfolio' | 'vandaag';
  /** Minimum words per case section before `C/inhoud` warns. */
  minWords: number;
  /**
   * Levels set in `instellingen.regels` that the engine applies: only for rules that are not an
   * error by default, and only where they differ from the default. `off` leaves the rule's
   * findings out; an error finding is never lowered.
   */
  levels: Record<string, RuleLevel>;
  /**
   * Settings the engine refuses: a rule that is an error by default (a hard requirement of the
   * toetsingskader) set to anything but `fout`. `bestand/schema` reports each.
   */
  refusedLevels: { rule: string; value: string }[];
}

/** Everything a rule may look at. */
export interface RuleContext {
  portfolio: Portfolio;
  settings: CheckSettings;
  /** Coverage of each case, in the order of `portfolio.cases`. */
  coverage: CaseCoverage[];
  report(finding: Finding): void;
}

/** A rule of contract §6. */
export interface Rule {
  /** The rule id, e.g. `C2/kennisgebieden`. */
  id: string;
  /** Default severity (contract §6). */
  severity: Severity;
  /** Portfolio part it belongs to, for grouping the report. */
  part: Part;
  /** The toetsingskader part it comes from, e.g. `C.2` (cited as "toetsingskader C.2"). */
  source: string;
  check(context: RuleContext): void;
}
