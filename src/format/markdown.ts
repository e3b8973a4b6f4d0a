/**
 * `--format markdown`: the report as GitHub-flavoured Markdown, for a CI job summary
 * (`$GITHUB_STEP_SUMMARY` on GitHub, a merge-request note elsewhere): a heading with the verdict,
 * the counts, every finding in one table (where, rule, message; files named from the repository
 * root via `pathPrefix`), and the coverage matrix (tasks, kennisgebieden, competenties, attitude ×
 * cases). Text from the portfolio is escaped so that it cannot open links, HTML or table cells.
 */
import { partOrder } from '../check.js';
import type { MatrixMark } from '../coverage.js';
import type { ItemKind } from '../coverage.js';
import { catalogues, fill, itemLabel } from '../messages/index.js';
import { findRule } from '../rules/index.js';
import { reportRuleset } from '../overview.js';
import type { Formatter } from './index.js';
import { verdict } from './verdict.js';

const MARKS: Record<MatrixMark, string> = { ja: '✓', leeg: '~', nvt: 'n', verwijst: '→', 'niet-relevant': '–', nee: '✗', elders: '·' };
const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

/** Escapes text for a Markdown table cell: no HTML, links, emphasis, code or cell breaks survive. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}

export const markdown: Formatter = (report, { lang, pathPrefix = '', ruleset: given }) => {
  const ruleset = reportRuleset(report, given);
  const t = catalogues[lang];
  const m = t.ui.markdown;
  const { errors, warnings, infos } = report.summary;
  const out: string[] = [];
  out.push(`## ${errors > 0 ? '❌' : '✅'} ${escapeMarkdown(fill(report.indiendatumBron === 'vandaag' ? t.ui.headerToday : t.ui.header, { name: report.portfolio, datum: report.indiendatum }))}`, '');
  out.push(`**${escapeMarkdown(verdict(report, lang))}**`, '');
  out.push(escapeMarkdown(fill(m.counts, { errors, warnings, infos }, lang)), '');

  out.push(`### ${m.findings}`, '');
  if (report.diagnostics.length === 0) out.push(m.none, '');
  else {
    out.push(`| | ${m.where} | ${m.rule} | ${m.message} |`, '| --- | --- | --- | --- |');
    const rank = (rule: string) => partOrder.indexOf(findRule(rule)?.part ?? 'bestand');
    const list = [...report.diagnostics].map((d, i) => ({ d, i })).sort((a, b) => rank(a.d.rule) - rank(b.d.rule) || a.i - b.i);
    for (const { d } of list) {
      const where = d.file ? `${pathPrefix}${d.file}${d.line ? `:${d.line}` : ''}` : t.ui.portfolioLevel;
      out.push(`| ${ICON[d.severity]} ${t.ui.severity[d.severity]} | ${escapeMarkdown(where)} | ${escapeMarkdown(d.rule)} | ${escapeMarkdown(d.message)} |`);
    }
    out.push('');
  }

  if (report.coverage.cases.length > 0) {
    const names = [...report.coverage.cases.map((f) => f.replace(/^.*\//, '').replace(/\.md$/i, '')), t.ui.matrix.together];
    out.push(`### ${t.ui.matrix.title}`, '');
    out.push(`| ${m.item} | ${names.map(escapeMarkdown).join(' | ')} |`, `| --- |${' :-: |'.repeat(names.length)}`);
    const kinds: ItemKind[] = ['taken', 'kennisgebieden', 'competenties', 'attitude'];
    for (const kind of kinds) {
      out.push(`| **${t.ui.matrix[kind]}** |${' |'.repeat(names.length)}`);
      for (const [id, marks] of Object.entries(report.coverage.items[kind])) {
        const state = report.coverage.samen[kind][id];
        const cells = marks.map((x) => MARKS[x]);
        out.push(`| ${kind === 'taken' ? fill(t.ui.matrix.taak, { id }) : escapeMarkdown(itemLabel({ ref: kind, id }, lang, ruleset))} | ${[...cells, state === 'ja' ? '✓' : state === 'niet-nodig' ? '·' : '✗'].join(' | ')} |`);
      }
    }
    out.push('', escapeMarkdown(t.ui.matrix.legend), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
};
