/** The CI summary formats: `--format markdown` (GitHub job summary) and `--format codequality` (GitLab Code Quality). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatters } from '../src/format/index.js';
import type { Report } from '../src/report.js';
import { checkDir, EXAMPLE, fixtureDirs, rlp, ROOT } from './helpers.js';

const md = (report: Report, pathPrefix = '') => formatters.markdown!(report, { lang: 'nl', color: false, pathPrefix });
const cq = (report: Report, pathPrefix = '') =>
  JSON.parse(formatters.codequality!(report, { lang: 'nl', color: false, pathPrefix })) as {
    check_name: string;
    description: string;
    fingerprint: string;
    severity: string;
    location: { path: string; lines: { begin: number } };
  }[];

describe('--format markdown', () => {
  it('a complete portfolio: a passing heading, no findings, the coverage matrix', () => {
    const text = md(checkDir(EXAMPLE));
    expect(text).toMatch(/^## ✅ Portfolio /);
    expect(text).toContain('Geen meldingen.');
    expect(text).toMatch(/^### Dekking per casus$/m);
    expect(text).toMatch(/^\| Taak 1 \| .*\| ✓ \|$/m);
    expect(text).not.toContain('❌');
  });
  it('a portfolio with errors: the verdict and every finding as a table row, files from the repository root', () => {
    const report = checkDir(join(ROOT, 'fixtures', 'defecten', 'C-tags'));
    const text = md(report, 'portfolios/jan/');
    expect(text).toMatch(/^## ❌ /);
    expect(text).toContain('**Nog niet klaar om in te dienen');
    const rows = text.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) /.test(l));
    expect(rows).toHaveLength(report.diagnostics.length);
    expect(rows.some((r) => r.includes('| portfolios/jan/casussen/'))).toBe(true);
  });
  it('keeps text from the portfolio inside its cell: no HTML, links, or extra columns', () => {
    const report = checkDir(EXAMPLE);
    const hostile: Report = {
      ...report,
      summary: { errors: 1, warnings: 0, infos: 0 },
      diagnostics: [{ rule: 'C/inhoud', severity: 'error', file: 'casussen/a|b.md', line: 3, message: 'kop | <script>x</script> [klik](https://x.example) *vet*\nnieuwe regel' }],
    };
    const row = md(hostile).split('\n').find((l) => l.startsWith('| ❌'))!;
    expect(row).toBe('| ❌ fout | casussen/a\\|b.md:3 | C/inhoud | kop \\| &lt;script>x&lt;/script> \\[klik\\](https://x.example) \\*vet\\* nieuwe regel |');
    // an unescaped pipe would add a column: exactly 5 unescaped pipes in the row
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
  });
  it('speaks English with --lang en', () => {
    const r = rlp(['check', join(ROOT, 'fixtures', 'defecten', 'C-tags'), '--format', 'markdown', '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^### Findings$/m);
    expect(r.stdout).toMatch(/^\| ❌ error \|/m);
  });
});

describe('--format codequality', () => {
  it('a complete portfolio: an empty report', () => {
    expect(cq(checkDir(EXAMPLE))).toEqual([]);
  });
  it.each(fixtureDirs().slice(1).map((d) => [d.replace(/^.*\//, ''), d]))('%s: one issue per finding with GitLab fields', (_name, dir) => {
    const report = checkDir(dir);
    const issues = cq(report, 'p/');
    expect(issues).toHaveLength(report.diagnostics.length);
    for (const issue of issues) {
      expect(issue.description.length).toBeGreaterThan(0);
      expect(['major', 'minor', 'info']).toContain(issue.severity);
      expect(issue.location.path).toMatch(/^p\/./);
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });
  it('maps severities, points portfolio-wide findings at portfolio.yaml, keeps fingerprints when lines move', () => {
    const report = checkDir(EXAMPLE);
    const diagnostics = [
      { rule: 'C/inhoud', severity: 'warning' as const, file: 'casussen/casus-1.md', line: 10, message: 'kort' },
      { rule: 'C1/taken', severity: 'error' as const, message: 'taak 3 ontbreekt' },
      { rule: 'C/tags', severity: 'info' as const, file: 'casussen/casus-1.md', line: 2, message: 'x' },
    ];
    const a = cq({ ...report, diagnostics });
    expect(a.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ['C/inhoud', 'minor', 'casussen/casus-1.md', 10],
      ['C1/taken', 'major', 'portfolio.yaml', 1],
      ['C/tags', 'info', 'casussen/casus-1.md', 2],
    ]);
    const moved = cq({ ...report, diagnostics: diagnostics.map((d) => ({ ...d, line: d.line && d.line + 5 })) });
    expect(moved.map((i) => i.fingerprint)).toEqual(a.map((i) => i.fingerprint));
    const twice = cq({ ...report, diagnostics: [diagnostics[0]!, diagnostics[0]!] });
    expect(twice[0]!.fingerprint).not.toBe(twice[1]!.fingerprint);
  });
  it('a cohort gives one JSON array with the issues of every portfolio', () => {
    const a = join(ROOT, 'fixtures', 'defecten', 'C-tags');
    const b = join(ROOT, 'fixtures', 'defecten', 'A-uren');
    const r = rlp(['check', a, b, EXAMPLE, '--format', 'codequality']);
    expect(r.status).toBe(1);
    const issues = JSON.parse(r.stdout) as { check_name: string }[];
    expect(issues.length).toBe(checkDir(a).diagnostics.length + checkDir(b).diagnostics.length);
  });
});
