/** Checking a whole group: `rlp check map1 map2 …` and `rlp check --alle <map>` (table, JSON array, exit status). */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORTFOLIOS_PER_THREAD } from '../src/cohort.js';
import { EXAMPLE, ROOT, rlp, tempDir } from './helpers.js';

const DEFECT = join(ROOT, 'fixtures', 'defecten', 'C2-kennisgebieden');
const WARNING = join(ROOT, 'fixtures', 'defecten', 'C-diversiteit');

/** A folder holding `count` copies of the example named p1 … pN, plus what is not a portfolio. */
function group(count: number): string {
  const dir = tempDir();
  for (let i = 1; i <= count; i++) cpSync(EXAMPLE, join(dir, `p${i}`), { recursive: true });
  mkdirSync(join(dir, 'geen-portfolio'));
  writeFileSync(join(dir, 'geen-portfolio', 'notities.md'), '# Notities\n');
  cpSync(EXAMPLE, join(dir, '.verborgen'), { recursive: true });
  writeFileSync(join(dir, 'los-bestand.txt'), 'x');
  return dir;
}

describe('rlp check with several folders', () => {
  it('prints one summary table and exits 1 when any portfolio has errors', () => {
    const r = rlp(['check', EXAMPLE, DEFECT, WARNING]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Portfolio\s+Fouten\s+Aandachtspunten\s+Oordeel$/);
    expect(lines[1]).toMatch(/^voorbeeld\s+0\s+0\s+voldoet$/);
    expect(lines[2]).toMatch(/^C2-kennisgebieden\s+1\s+0\s+nog niet klaar$/);
    expect(lines[3]).toMatch(/^C-diversiteit\s+0\s+1\s+voldoet, met aandachtspunten$/);
    expect(lines.at(-1)).toBe('Totaal: 3 — voldoet: 2, nog niet klaar: 1.');
  });
  it('prints a JSON array of the reports of contract §5, in the order given', () => {
    const r = rlp(['check', DEFECT, EXAMPLE, '--format', 'json']);
    expect(r.status).toBe(1);
    const reports = JSON.parse(r.stdout);
    expect(Array.isArray(reports)).toBe(true);
    expect(reports.map((x: { portfolio: string }) => x.portfolio)).toEqual(['C2-kennisgebieden', 'voorbeeld']);
    const single = JSON.parse(rlp(['check', DEFECT, '--format', 'json']).stdout);
    expect(reports[0]).toEqual(single);
  });
  it('exits 0 when no portfolio has errors, 1 with --strict or --max-warnings when one has too many warnings', () => {
    expect(rlp(['check', EXAMPLE, WARNING]).status).toBe(0);
    const strict = rlp(['check', EXAMPLE, WARNING, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/^C-diversiteit\s+0\s+1\s+te veel aandachtspunten$/m);
    expect(rlp(['check', EXAMPLE, WARNING, '--max-warnings', '1']).status).toBe(0);
    expect(rlp(['check', EXAMPLE, WARNING, '--max-warnings', 'veel']).status).toBe(2);
  });
  it('prints exactly JSON.stringify of the array, and only errors with --quiet', () => {
    const r = rlp(['check', WARNING, DEFECT, '--format', 'json', '--quiet']);
    const reports = JSON.parse(r.stdout);
    expect(r.stdout).toBe(`${JSON.stringify(reports, null, 2)}\n`);
    expect(reports[0].diagnostics).toEqual([]);
    expect(reports[0].summary.warnings).toBe(1);
    expect(reports[1].diagnostics).toHaveLength(1);
  });
  it('writes one SARIF log with a run per portfolio', () => {
    const r = rlp(['check', DEFECT, WARNING, '--format', 'sarif']);
    const log = JSON.parse(r.stdout);
    expect(r.stdout).toBe(`${JSON.stringify(log, null, 2)}\n`);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(2);
    const single = JSON.parse(rlp(['check', DEFECT, '--format', 'sarif']).stdout);
    expect(log.runs[0]).toEqual(single.runs[0]);
  });
  it('speaks English with --lang en', () => {
    const r = rlp(['check', EXAMPLE, DEFECT, '--lang', 'en']);
    expect(r.stdout).toMatch(/^Portfolio\s+Errors\s+Warnings\s+Verdict$/m);
    expect(r.stdout).toContain('Total: 2 — pass: 1, not ready yet: 1.');
  });
  it('exits 2 with the usual message and prints nothing when a folder does not exist', () => {
    const r = rlp(['check', EXAMPLE, 'bestaat-niet', '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("De map 'bestaat-niet' bestaat niet");
  });
});

describe('rlp check --alle', () => {
  it('checks every subfolder holding a portfolio.yaml, sorted as people count (p2 before p10)', () => {
    const dir = group(10);
    const r = rlp(['check', '--alle', dir, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const names = JSON.parse(r.stdout).map((x: { portfolio: string }) => x.portfolio);
    expect(names).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10']);
  });
  it('gives the same reports with worker threads as one by one', () => {
    const count = PORTFOLIOS_PER_THREAD * 3;
    const dir = group(count);
    cpSync(DEFECT, join(dir, `p${count + 1}`), { recursive: true });
    const r = rlp(['check', '--alle', dir, '--format', 'json']);
    expect(r.status).toBe(1);
    const reports = JSON.parse(r.stdout);
    expect(reports).toHaveLength(count + 1);
    const single = JSON.parse(rlp(['check', join(dir, `p${count + 1}`), '--format', 'json']).stdout);
    expect(reports.at(-1)).toEqual(single);
    expect(reports[0]).toEqual(JSON.parse(rlp(['check', join(dir, 'p1'), '--format', 'json']).stdout));
  });
  it('can be combined with folders given one by one', () => {
    const r = rlp(['check', DEFECT, '--alle', group(2)]);
    expect(r.stdout).toMatch(/C2-kennisgebieden[\s\S]*p1[\s\S]*p2/);
    expect(r.status).toBe(1);
  });
  it('exits 2 when the folder holds no portfolio', () => {
    const dir = tempDir();
    const r = rlp(['check', '--alle', dir]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('geen enkele map met een portfolio.yaml');
  });
});

describe('rlp check with one folder', () => {
  it('still prints exactly one JSON object, not an array', () => {
    const r = rlp(['check', 'fixtures/voorbeeld', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(Array.isArray(report)).toBe(false);
    expect(Object.keys(report).slice(0, 6)).toEqual(['portfolio', 'kader', 'indiendatum', 'ok', 'summary', 'diagnostics']);
    expect(r.stdout.startsWith('{\n')).toBe(true);
  });
});
