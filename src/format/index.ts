/**
 * Output formats. A formatter only renders a finished report; it decides nothing and does no I/O
 * (what it needs from outside, such as where the portfolio sits in its repository, comes in
 * `FormatOptions`). Add a format by adding a module and listing it here.
 */
import type { Report } from '../report.js';
import type { Ruleset } from '../rules/rule.js';
import type { Lang } from '../types.js';
import { codequality } from './codequality.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { pretty } from './pretty.js';
import { sarif } from './sarif.js';

/** Rendering options. */
export interface FormatOptions {
  lang: Lang;
  /** Whether colour codes may be used (pretty only). */
  color: boolean;
  /**
   * Path of the portfolio folder from the repository root, with `/` and a trailing `/` (`''` when
   * the portfolio is the root; the default). sarif and github put it before every file, so that
   * code hosts find the files (`repositoryPrefix` in src/load/repository.ts computes it).
   */
  pathPrefix?: string;
  /**
   * Set by `rlp check --watch -o FILE`: the report is kept current while the user writes (html
   * adds a note and reloads itself in the browser, which the user can pause).
   */
  watching?: boolean;
  /** The ruleset the report was checked against; default: the one the report's `kader` names. */
  ruleset?: Ruleset;
  /**
   * The most warnings the run accepts (`--strict`: 0, `--max-warnings N`: N); undefined: any.
   * With more, the verdict says the check failed, so no format prints success while rlp exits 1.
   */
  maxWarnings?: number;
  /** `rlp check --verbose`: pretty puts each finding's rule id on its line. */
  verbose?: boolean;
}

/** Renders a report as text for stdout. */
export type Formatter = (report: Report, options: FormatOptions) => string;

/**
 * The formats of `--format`: pretty (default), json (contract §5), sarif (SARIF 2.1.0), github
 * (workflow commands), markdown (a CI job summary), codequality (GitLab Code Quality JSON), html
 * (one self-contained page), compact (one line per finding, for text editors).
 */
export const formatters: Record<string, Formatter> = { pretty, json, sarif, github, markdown, codequality, html, compact };
