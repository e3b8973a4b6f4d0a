/**
 * `--format github`: one GitHub Actions workflow command per finding, so that findings show as
 * annotations on the lines of the portfolio's files: `::error file=…,line=…,col=…,title=…::message`
 * (`::warning` for warnings, `::notice` for infos). Files are named from the repository root
 * (`pathPrefix`). Special characters are escaped as GitHub documents for workflow commands.
 */
import { ruleText } from '../messages/index.js';
import { reportRuleset } from '../overview.js';
import type { Severity } from '../types.js';
import type { Formatter } from './index.js';
import { verdict } from './verdict.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the message of a workflow command: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command: as data, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (report, { lang, pathPrefix = '', ruleset: given, maxWarnings }) => {
  const ruleset = reportRuleset(report, given);
  const lines = report.diagnostics.map((d) => {
    const title = ruleText(lang, d.rule, ruleset)?.title;
    const properties = [
      ...(d.file ? [`file=${escapeProperty(pathPrefix + d.file)}`] : []),
      ...(d.file && d.line ? [`line=${d.line}`] : []),
      ...(d.file && d.line && d.column ? [`col=${d.column}`] : []),
      `title=${escapeProperty(title ? `${title} (${d.rule})` : d.rule)}`,
    ];
    return `::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(d.message)}`;
  });
  return `${[...lines, verdict(report, lang, maxWarnings)].join('\n')}\n`;
};
