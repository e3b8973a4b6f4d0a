/**
 * `--format sarif`: the report as SARIF 2.1.0 (OASIS), the format code hosts read static analysis
 * results from (GitHub code scanning, GitLab, Azure DevOps, editors with a SARIF viewer). One
 * `rule` per rule id with its title, explanation and fix from `rlp explain` and the toetsingskader
 * part as a property; one `result` per finding, its file named from the repository root
 * (`pathPrefix`) under `uriBaseId` `%SRCROOT%`. A finding about the whole portfolio points at its
 * portfolio.yaml, because code scanning needs a file for every result. Settings of portfolio.yaml
 * that change a rule are listed as `ruleConfigurationOverrides`.
 */
import type { Log, ReportingConfiguration, ReportingDescriptor, Result } from 'sarif';
import { layout } from '../load/paths.js';
import { catalogues, ruleText } from '../messages/index.js';
import { ruleDocsUri } from '../docs.js';
import { fill } from '../messages/index.js';
import { reportRuleset } from '../overview.js';
import type { RuleLevel } from '../schema.js';
import { version } from '../version.js';
import type { Formatter } from './index.js';

const LEVEL: Record<RuleLevel, ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

/** A path relative to the repository root as a URI reference: each segment percent-encoded. */
function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The SARIF log of a report. `pathPrefix`: see `FormatOptions`. */
export function sarifLog(report: Parameters<Formatter>[0], { lang, pathPrefix = '', ruleset: given }: Parameters<Formatter>[1]): Log {
  const t = catalogues[lang].ui.explain;
  const ruleset = reportRuleset(report, given);
  const { rules } = ruleset;
  const descriptors: ReportingDescriptor[] = rules.map((rule) => {
    const text = ruleText(lang, rule.id, ruleset);
    return {
      id: rule.id,
      helpUri: ruleDocsUri(rule.id),
      ...(text && {
        shortDescription: { text: text.title },
        fullDescription: { text: text.explain },
        help: { text: `${text.explain}\n\n${t.fix}: ${text.fix}`, markdown: `${text.explain}\n\n**${t.fix}:** ${text.fix}` },
      }),
      defaultConfiguration: { level: LEVEL[rule.severity] },
      properties: { toetsingskader: rule.source, tags: ['rlp', `toetsingskader-${rule.source}`] },
    };
  });
  const index = (id: string) => rules.findIndex((r) => r.id === id);
  const results: Result[] = report.diagnostics.map((d) => ({
    ruleId: d.rule,
    ...(index(d.rule) >= 0 && { ruleIndex: index(d.rule) }),
    level: LEVEL[d.severity],
    // The arguments rendered one by one (in the order of `properties.args`), and as data.
    message: { text: d.message, ...(d.args && { arguments: Object.values(d.args).map((a) => fill('{a}', { a }, lang, ruleset)) }) },
    ...(d.messageId && { properties: { messageId: d.messageId, ...(d.args && { args: d.args }) } }),
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(pathPrefix + (d.file ?? layout.config)), uriBaseId: '%SRCROOT%' },
          ...(d.file && d.line && { region: { startLine: d.line, ...(d.column && { startColumn: d.column }) } }),
        },
      },
    ],
    ...(d.fix && {
      fixes: [
        {
          description: { text: `${d.fix.replace} → ${d.fix.with}` },
          artifactChanges: [
            {
              artifactLocation: { uri: uri(pathPrefix + d.fix.file), uriBaseId: '%SRCROOT%' },
              replacements: [
                {
                  deletedRegion: { startLine: d.fix.line, startColumn: d.fix.column, endLine: d.fix.line, endColumn: d.fix.column + d.fix.replace.length },
                  insertedContent: { text: d.fix.with },
                },
              ],
            },
          ],
        },
      ],
    }),
  }));
  const overrides = report.settings.map((s) => ({
    descriptor: { id: s.rule, ...(index(s.rule) >= 0 && { index: index(s.rule) }) },
    configuration:
      typeof s.value === 'number'
        ? { parameters: { [s.setting.replace(/^instellingen\./, '')]: s.value } }
        : { level: LEVEL[s.value], enabled: s.value !== 'off' },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rlp',
            fullName: 'rlp: portfoliocheck Register Loopbaanprofessional',
            version,
            semanticVersion: version,
            language: lang,
            rules: descriptors,
          },
        },
        invocations: [{ executionSuccessful: true, ...(overrides.length > 0 && { ruleConfigurationOverrides: overrides }) }],
        language: lang,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export const sarif: Formatter = (report, options) => `${JSON.stringify(sarifLog(report, options), null, 2)}\n`;
