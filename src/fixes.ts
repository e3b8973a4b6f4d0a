/**
 * Fix suggestions as data, where rlp already knows the fix: the "bedoel je …?" of a misspelt name
 * or value in portfolio.yaml or the data at the top of a file (bestand/schema), a date written
 * `12-03-2024` that should read `2024-03-12`, and an unrecognised heading with a close match
 * (C/tags, D/ontwikkelplan). A fix replaces exactly the text `replace` that stands at
 * `file:line:column` by `with`; when that text cannot be found on the line, there is no fix.
 */
import type { Fix, MessageArgs, Portfolio } from './types.js';

/** messageId → which argument is written in the file and which is its replacement. */
const FIXABLE: Record<string, Record<string, { replace: string; with: string }>> = {
  'bestand/schema': {
    unknownKeyTip: { replace: 'key', with: 'tip' },
    unknownValueTip: { replace: 'value', with: 'tip' },
    dateTip: { replace: 'value', with: 'tip' },
  },
  'C/tags': {
    unknownHeadingTip: { replace: 'kop', with: 'tip' },
    unknownTopHeadingTip: { replace: 'kop', with: 'tip' },
  },
  'D/ontwikkelplan': { unknownHeadingTip: { replace: 'kop', with: 'tip' } },
};

/** The text of a file of the portfolio as loaded (Markdown files and portfolio.yaml), or undefined. */
function textOf(portfolio: Portfolio, file: string): string | undefined {
  if (file === 'portfolio.yaml') return portfolio.configText;
  const docs = [...portfolio.cases, portfolio.motivatie, portfolio.ontwikkelplan];
  return docs.find((d) => d?.file === file)?.text;
}

/** The written text of an argument: a string, or the last name of a key path. */
function written(value: MessageArgs[string] | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value) && 'keyPath' in value) {
    const last = value.keyPath[value.keyPath.length - 1];
    return typeof last === 'string' ? last : undefined;
  }
  return undefined;
}

/**
 * The fix for a finding of `rule` (its `messageId`, `args` and place), or undefined when rlp does
 * not know one. Pure: reads only the loaded text of the file.
 */
export function fixFor(portfolio: Portfolio, rule: string, finding: { messageId: string; args?: MessageArgs; file?: string; line?: number; column?: number }): Fix | undefined {
  const how = FIXABLE[rule]?.[finding.messageId];
  if (!how || !finding.file || !finding.line) return undefined;
  const from = written(finding.args?.[how.replace]);
  const to = written(finding.args?.[how.with]);
  if (!from || !to || from === to) return undefined;
  const line = textOf(portfolio, finding.file)?.split('\n')[finding.line - 1];
  if (line === undefined) return undefined;
  // The written text nearest the reported column, as a whole word (not inside a longer name).
  const hits: number[] = [];
  for (let i = line.indexOf(from); i >= 0; i = line.indexOf(from, i + 1)) {
    const before = line[i - 1] ?? ' ';
    const after = line[i + from.length] ?? ' ';
    if (!/[\p{L}\p{N}_]/u.test(before) && !/[\p{L}\p{N}_]/u.test(after)) hits.push(i);
  }
  if (hits.length === 0) return undefined;
  const near = (finding.column ?? 1) - 1;
  const at = hits.reduce((best, i) => (Math.abs(i - near) < Math.abs(best - near) ? i : best));
  return { file: finding.file, line: finding.line, column: at + 1, replace: from, with: to };
}
