/**
 * Shared types of rlp: diagnostics (what `check` produces) and the portfolio model (what the
 * loader produces from the files). The core never does I/O; everything it needs is in here.
 */

/** How serious a finding is (contract §5): `error` = the portfolio would be sent back. */
export type Severity = 'error' | 'warning' | 'info';

/** Language of all user-facing text. Dutch is the default. */
export type Lang = 'nl' | 'en';

/** A part of the portfolio (toetsingskader Deel II), used to group findings. */
export type Part = 'bestand' | 'A' | 'B1' | 'B2' | 'C' | 'D' | 'E' | 'privacy';

/** A 1-based place in a file of the portfolio; `file` is relative to the portfolio folder, with `/`. */
export interface Place {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * A framework item named in a message (a task, kennisgebied, competentie, attitude question or
 * case section), rendered from schemas/kader.yaml in the report's language. `field: 'vraag'`
 * renders the item's question instead of its name; `field: 'kop'` the Dutch heading a candidate
 * writes for it (`Taak 6`, `Coachen`), the same in every language. `ref: 'tekst'` renders another
 * message of a rule (`rule`, message `id`) in the report's language: a phrase that is part of a
 * finding, such as one of the reasons why a course does not count.
 */
export interface ItemRef {
  ref: 'taken' | 'kennisgebieden' | 'competenties' | 'attitude' | 'secties' | 'tekst';
  id: string;
  field?: 'naam' | 'vraag' | 'kop';
  /** With `ref: 'tekst'`: the rule whose message `id` is meant. */
  rule?: string;
}

/** A key in a YAML file, as a path (`['opleiding', 'cursussen', 1, 'ects']`), rendered readably per language. */
export interface KeyPath {
  keyPath: (string | number)[];
}

/** One argument value: text, a number, a framework item, a key path, or a list (rendered "a, b en c"). */
export type MessageArg = string | number | ItemRef | KeyPath | (string | number | ItemRef)[];

/** Arguments of a message: filled into `{name}` placeholders of the message catalogue. */
export type MessageArgs = Record<string, MessageArg>;

/**
 * One finding, as in the JSON report (contract §5). `rule` is a rule id of contract §6;
 * `message` is rendered in the chosen language; `file`/`line`/`column` are present
 * whenever the finding has a place.
 */
export interface Diagnostic extends Place {
  rule: string;
  severity: Severity;
  message: string;
  /** Key of the rule's message in the ruleset's catalogue (contract §4 revision 2); `message` is it rendered. */
  messageId?: string;
  /** The message's arguments, language-free: numbers, text, framework items (`ItemRef`), key paths. */
  args?: MessageArgs;
  /**
   * True when the candidate accepted this finding as a false positive (so far only
   * `privacy/persoonsgegevens`, via `instellingen.privacy.toegestaan` or an `rlp: geen-persoonsgegevens`
   * marker); such a finding has severity `info` and counts as no error. Absent otherwise.
   */
  accepted?: true;
  /** A fix rlp knows for certain (a "bedoel je …?", a date to rewrite): replace `replace` at its place by `with`. */
  fix?: Fix;
}

/**
 * A fix as data (JSON `fix`, SARIF `fixes`): the text `replace` that stands at `file:line:column`
 * (1-based; column in UTF-16 code units, as JavaScript and SARIF count) is to be replaced by `with`.
 */
export interface Fix {
  file: string;
  line: number;
  column: number;
  replace: string;
  with: string;
}

/**
 * A problem found while reading files (unparseable YAML, a value that does not fit the schema,
 * a missing evidence file). The loader produces these language-free; the `bestand/*` rules
 * turn them into diagnostics.
 */
export interface LoadProblem extends Place {
  rule: 'bestand/syntax' | 'bestand/schema' | 'bestand/bewijs';
  /** Key of the rule's message in the catalogue. */
  messageId: string;
  args?: MessageArgs;
  severity?: Severity;
}

/**
 * Line/column of each value in a YAML document, keyed by its path joined with `.`
 * (`opleiding.cursussen.0.uren`); `source`: how a number or boolean was written (`0612345678`).
 */
export type PositionMap = Record<string, { line: number; column: number; source?: string }>;

/** A Markdown heading of a portfolio file, with its place and what is written under it. */
export interface Section {
  /** 2 for `##`, 3 for `###`, 4 for `####` … */
  depth: number;
  /** The heading text as written (normalised to NFC, invisible spaces removed). */
  title: string;
  line: number;
  column: number;
  /**
   * Words of the candidate's own text under this heading up to the next heading of any level:
   * HTML comments and paragraphs that are unchanged template text do not count.
   */
  words: number;
  /**
   * The candidate's own text under this heading and its subheadings (template text and comments
   * left out), paragraphs joined by a blank line; at most 64 KiB.
   */
  text: string;
  /** True when there is text under the heading, but all of it is unchanged template text. */
  templateOnly: boolean;
  /** Subsections (`###` under a `##`, `####` under a `###` …). */
  children: Section[];
}

/** A Markdown file of the portfolio: its front-matter (if any) and its section tree. */
export interface MarkdownFile {
  file: string;
  /**
   * The whole file as text, normalised (no BOM, LF line ends, NFC, no zero-width characters,
   * non-breaking spaces made plain); line N is `text.split('\n')[N - 1]`.
   */
  text: string;
  /** Parsed front-matter data (YAML), or undefined when absent or unreadable. */
  data?: unknown;
  /** Front-matter paths (joined with `.`) whose values did not fit the schema and were left out. */
  invalid: string[];
  /** Positions of front-matter values, with real file lines. */
  positions: PositionMap;
  /** Line of the opening `---`, when there is front-matter. */
  frontMatterLine?: number;
  /** `##` sections (with `###` children); text before the first `##` is not a section. */
  sections: Section[];
  /** Words of the candidate's own text in the whole body (comments and template text excluded). */
  words: number;
}

/** Facts about a file the portfolio refers to (diploma, certificate, CV …), gathered by the loader. */
export interface EvidenceFile {
  /** Path as written in portfolio.yaml. */
  path: string;
  exists: boolean;
  size: number;
  /**
   * Kind detected from the content's first bytes (`pdf`, `png`, `jpg`, `docx`, `rtf`, `text`,
   * `unknown`), or why there is no content: `folder`, `special` (a pipe or device), `loop` (a
   * symlink loop), `unreadable` (no permission).
   */
  detected?: string;
  /** True when the path (after `..` and symlinks) leaves the portfolio folder. */
  outside: boolean;
}

/**
 * A portfolio as the loader read it. Values of `config` and of each case's `meta` have passed
 * the zod schema (invalid values are dropped and reported as `bestand/schema` problems).
 */
export interface Portfolio {
  /** Name of the portfolio folder, as shown in reports. */
  name: string;
  /** Validated `portfolio.yaml`, or undefined when it is missing or unreadable. */
  config?: import('./schema.js').PortfolioConfig;
  /** Positions of the values of portfolio.yaml. */
  configPositions: PositionMap;
  /** Paths of portfolio.yaml values that did not fit the schema and were left out. */
  configInvalid: string[];
  /** The text of portfolio.yaml as read (normalised like a Markdown file's `text`), for rules that scan free text. */
  configText?: string;
  /** True when portfolio.yaml exists (even if it does not parse). */
  hasConfig: boolean;
  /** The case files, in order (`casussen:` in portfolio.yaml, else sorted by name). */
  cases: CaseFile[];
  motivatie?: MarkdownFile;
  /** `ontwikkelplan.md` with its validated front-matter (`periode`). */
  ontwikkelplan?: MarkdownFile & { meta?: import('./schema.js').OntwikkelplanMeta };
  /** The hours log (`werkervaring.urenlog`, toetsingskader B1), when it could be read. */
  urenlog?: HoursLog;
  /** Evidence files referenced by the portfolio, keyed by the path as written. */
  evidence: Record<string, EvidenceFile>;
  /** Problems found while reading. */
  problems: LoadProblem[];
}

/** One valid row of the hours log: a day, a number of hours and the activity's category as written. */
export interface HoursRow {
  /** File line of the row (1-based; a row with a quoted line break starts here). */
  line: number;
  /** The day, `YYYY-MM-DD` (written `DD-MM-YYYY` or ISO in the file). */
  datum: string;
  /** Hours, a non-negative number (`1,5` and `1:30` in the file are 1.5). */
  uren: number;
  /** The category as written (trimmed), e.g. `begeleiding` or `pr/acquisitie`. */
  categorie: string;
  /** The `omschrijving` column, when the log has one and the cell is not empty (scanned for personal data). */
  omschrijving?: string;
}

/** The hours log (contract §2, `uren.csv`) as the loader read it: only its valid rows. */
export interface HoursLog {
  /** Path as written in portfolio.yaml. */
  file: string;
  rows: HoursRow[];
}

/** A case file (`casussen/*.md`) with its validated front-matter. */
export interface CaseFile extends MarkdownFile {
  meta?: import('./schema.js').CaseMeta;
}
