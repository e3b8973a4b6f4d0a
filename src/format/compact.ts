/**
 * `--format compact`: one line per finding, `file:line:column: severity: message (rule)`, then the
 * verdict. Meant for text editors that turn such lines into clickable problems (the VS Code task
 * `rlp init` sets up reads it). The file is named from the portfolio folder; a finding about the
 * portfolio as a whole points at portfolio.yaml, and one without a line at line 1, column 1,
 * because an editor needs a place for every problem. The severity is the word of the chosen
 * language (`fout`, `aandachtspunt`, `info`; `error`, `warning`, `info`).
 */
import { catalogues } from '../messages/index.js';
import type { Formatter } from './index.js';
import { verdict } from './verdict.js';

/** The file a finding without one is shown at (as in the sarif and codequality formats). */
export const PORTFOLIO_FILE = 'portfolio.yaml';

export const compact: Formatter = (report, { lang, maxWarnings }) => {
  const labels = catalogues[lang].ui.severity;
  const lines = report.diagnostics.map((d) => {
    const line = d.file && d.line ? d.line : 1;
    const column = d.file && d.line && d.column ? d.column : 1;
    // One finding, one line: a line break in a message would split it for the editor.
    const message = d.message.replace(/\s*[\r\n]+\s*/g, ' ');
    return `${d.file ?? PORTFOLIO_FILE}:${line}:${column}: ${labels[d.severity]}: ${message} (${d.rule})`;
  });
  return `${[...lines, verdict(report, lang, maxWarnings)].join('\n')}\n`;
};
