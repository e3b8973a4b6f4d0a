/** Where to point a finding: a front-matter value, a portfolio.yaml value, or a section heading. */
import { positionOf } from '../load/yaml.js';
import { layout } from '../load/paths.js';
import type { Finding } from './rule.js';
import type { MarkdownFile, Place, Portfolio, Section } from '../types.js';

/** The place of a front-matter value of a Markdown file (or its fence, when the value is absent). */
export function metaPlace(doc: MarkdownFile, ...path: (string | number)[]): Place {
  return { file: doc.file, ...positionOf(doc.positions, path, doc.frontMatterLine ?? 1) };
}

/** The place of a value in portfolio.yaml (or of its nearest parent). */
export function configPlace(portfolio: Portfolio, ...path: (string | number)[]): Place {
  return { file: layout.config, ...(portfolio.hasConfig ? positionOf(portfolio.configPositions, path, 1) : {}) };
}

/**
 * True when the portfolio.yaml value at `path` (or inside it) was written but could not be read
 * (a date as 01-09-2022, a word where a number belongs): `bestand/schema` already reported it, so a
 * rule should not also call it missing or unsigned.
 */
export function isConfigInvalid(portfolio: Portfolio, ...path: (string | number)[]): boolean {
  const key = path.join('.');
  return portfolio.configInvalid.some((p) => p === key || p.startsWith(`${key}.`));
}

/**
 * True when the front-matter value at `key` (or inside it) was written but did not fit the schema:
 * `bestand/schema` already reported it, so a rule should not also call it missing.
 */
export function isInvalid(doc: MarkdownFile, key: string): boolean {
  return doc.invalid.some((path) => path === key || path.startsWith(`${key}.`));
}

/** The place of a section's heading. */
export function sectionPlace(file: string, section: Section): Place {
  return { file, line: section.line, column: section.column };
}

/** Reports the loader's problems of one `bestand/*` rule as its findings (file, line and message id as found). */
export function reportLoadProblems(ruleId: string, portfolio: Portfolio, report: (finding: Finding) => void): void {
  for (const problem of portfolio.problems) {
    if (problem.rule !== ruleId) continue;
    const { rule: _rule, ...finding } = problem;
    report(finding);
  }
}

/**
 * A Markdown part of the portfolio (`motivatie`, `ontwikkelplan`): the loaded file, or, when it
 * could not be read, its path and the place in portfolio.yaml to point a "missing" finding at.
 */
export function markdownPart(portfolio: Portfolio, key: 'motivatie' | 'ontwikkelplan'): { doc: MarkdownFile } | { path: string; place: Place } {
  const doc = portfolio[key];
  if (doc) return { doc };
  return { path: portfolio.config?.[key] ?? layout[key], place: configPlace(portfolio, key) };
}
