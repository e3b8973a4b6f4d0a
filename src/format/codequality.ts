/**
 * `--format codequality`: a GitLab Code Quality report (the JSON array GitLab reads from
 * `artifacts: reports: codequality`), one issue per finding: `description` (rule title and
 * message), `check_name` (the rule id), `fingerprint` (stable over runs: the same finding keeps
 * its fingerprint when lines move), `severity` (error → major, warning → minor, info → info),
 * `location.path` (from the repository root, `pathPrefix`) and `location.lines.begin`. A finding
 * about the portfolio as a whole points at portfolio.yaml, line 1, as GitLab wants a file.
 */
import { createHash } from 'node:crypto';
import { ruleText } from '../messages/index.js';
import type { Severity } from '../types.js';
import { reportRuleset } from '../overview.js';
import type { Formatter } from './index.js';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

/** One issue of GitLab's Code Quality report. */
export interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  severity: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

export const codequality: Formatter = (report, { lang, pathPrefix = '', ruleset: given }) => {
  const ruleset = reportRuleset(report, given);
  const seen = new Map<string, number>();
  const issues: CodeQualityIssue[] = report.diagnostics.map((d) => {
    const path = pathPrefix + (d.file ?? 'portfolio.yaml');
    // The same rule, file and message twice gets a counter, so fingerprints stay unique.
    const key = `${d.rule}\0${path}\0${d.message}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const title = ruleText(lang, d.rule, ruleset)?.title;
    return {
      type: 'issue',
      check_name: d.rule,
      description: title ? `${title}: ${d.message}` : d.message,
      categories: ['Style'],
      severity: SEVERITY[d.severity],
      fingerprint: createHash('md5').update(`${key}\0${n}`).digest('hex'),
      location: { path, lines: { begin: d.file && d.line ? d.line : 1 } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
