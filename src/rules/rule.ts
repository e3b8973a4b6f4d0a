/**
 * What a rule is. One module per rule under src/rules/, named after its id (`C2/kennisgebieden`
 * lives in `C2-kennisgebieden.ts`); its messages and explanation are under the same id in the
 * message catalogues (src/messages/). Rules are pure: they read the loaded portfolio and report.
 */
import type { CalendarDate } from '../dates.js';
import type { CaseCoverage } from '../coverage.js';
import type { Inhoud } from '../content.js';
import type { Kader } from '../kader.js';
import type { PortfolioSchemas, RuleLevel } from '../schema.js';
import type { Lang, MessageArgs, Part, Place, Portfolio, Severity } from '../types.js';
import type { Woorden } from '../woorden.js';

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
  /** The ruleset being checked against (framework data, word lists, rules). */
  ruleset: Ruleset;
  /** The framework of the ruleset (`ruleset.kader`): numbers, ids and labels a rule checks against. */
  kader: Kader;
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

/** A rule's messages, title, explanation and fix in one language (what `rlp explain` prints). */
export interface RuleMessages {
  title: string;
  explain: string;
  fix: string;
  messages: Record<string, string>;
}

/**
 * A framework as a value, as Spectral passes rulesets: its data, the rules that apply to it, the
 * schemas of the files a candidate writes (built from both), its templates and the messages of
 * its rules per language. `kader:` in portfolio.yaml chooses one (src/rulesets/); the engine takes
 * it as `check(portfolio, { ruleset })`. Adding a framework version is adding a ruleset folder.
 */
export interface Ruleset {
  /** The value of `kader:` in portfolio.yaml that chooses this ruleset, e.g. `rlp-initieel`. */
  id: string;
  /** The framework: numbers, routes, tasks, kennisgebieden, competenties, attitude questions, declarations. */
  kader: Kader;
  /** Dutch word lists the framework's rules read with (stand-ins, hours categories, course terms). */
  woorden: Woorden;
  /** Word lists and thresholds of the content hints (`inhoud/*`). */
  inhoud: Inhoud;
  /** The rules, in report order. */
  rules: readonly Rule[];
  /** zod schemas of portfolio.yaml and the front-matter, built from `kader` and `rules`. */
  schemas: PortfolioSchemas;
  /** Folder of the Markdown templates `rlp init` copies, relative to the package root. */
  templates: string;
  /** Messages of the rules per language, keyed by rule id. */
  messages: Record<Lang, Record<string, RuleMessages>>;
}
