/**
 * `--format html` without a browser: self-contained, escaped, grouped as the issue asks, and the
 * report's new `cursussen` summary. The browser checks (DOM against JSON, axe, layout) are in
 * test/browser.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, htmlCohort } from '../src/format/html.js';
import type { Report } from '../src/report.js';
import { checkDir, EXAMPLE, rlp, tempDir, variant } from './helpers.js';

const FAILING = 'fixtures/defecten/C2-kennisgebieden';

/** The example's report with other findings. */
function withFindings(diagnostics: Report['diagnostics']): Report {
  const report = checkDir(EXAMPLE);
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  return { ...report, ok: count('error') === 0, summary: { errors: count('error'), warnings: count('warning'), infos: count('info') }, diagnostics };
}

describe('--format html', () => {
  it('is one self-contained page: no network, no external script, font or stylesheet', () => {
    const r = rlp(['check', 'fixtures/voorbeeld', '--format', 'html']);
    expect(r.status).toBe(0);
    const page = r.stdout;
    expect(page).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(page).toContain('<style>');
    expect(page).not.toMatch(/<link\b|<script\b|\bsrc=|@import|url\(|https?:\/\//i);
    expect(page).toContain('Je portfolio voldoet aan alle eisen');
    expect(page).toContain('<table class="matrix">');
    expect(page).toContain('Geen bevindingen.');
    expect(page).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
  });

  it('shows a failing portfolio: verdict, finding with place, source and fix, the missing item with its tasks', () => {
    const r = rlp(['check', FAILING, '--format', 'html']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Nog niet klaar om in te dienen');
    expect(r.stdout).toMatch(/<li class="finding error" data-rule="C2\/kennisgebieden" data-severity="error"/);
    expect(r.stdout).toContain('Bron: toetsingskader C.2');
    expect(r.stdout).toContain('<strong>Oplossen:</strong>');
    expect(r.stdout).toMatch(/Ontwikkeling van de mens ontbreekt nog; past volgens het toetsingskader \(C\.1, koppeling\) bij de taken 0, 1, 2, 3, 4, 5, 6 en 7\./);
    expect(r.stdout).toContain('data-part="C" data-state="errors"');
    // The example passes: no missing item, no failing part.
    const ok = rlp(['check', 'fixtures/voorbeeld', '--format', 'html']).stdout;
    expect(ok).not.toContain('ontbreekt nog');
    expect(ok).not.toContain('data-state="errors"');
  });

  it('speaks English with --lang en', () => {
    const page = rlp(['check', FAILING, '--format', 'html', '--lang', 'en']).stdout;
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('Portfolio report C2-kennisgebieden');
    expect(page).toContain('Source: toetsingskader C.2');
    expect(page).not.toContain('Oplossen');
  });

  it('escapes portfolio text and drops control characters', () => {
    const page = html(withFindings([{ rule: 'C/inhoud', severity: 'error', message: 'Kop <script>alert("x")</script> & \u0007bel\u009b', file: 'casussen/<b>.md', line: 3 }]), { lang: 'nl', color: false });
    expect(page).toContain('Kop &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; bel');
    expect(page).toContain('data-file="casussen/&lt;b&gt;.md"');
    expect(page).not.toContain('<script>alert');
    expect(page).not.toMatch(/[\u0007\u009b]/);
    expect(escapeHtml("a'b\u0000\tc")).toBe('a&#39;b\tc');
  });

  it('puts content hints (inhoud/*) apart, under where an assessor will probably ask', () => {
    const hint = { rule: 'inhoud/theorie', severity: 'warning', message: 'Noem een theorie.', file: 'casussen/casus-1.md', line: 40 } as const;
    const hard = { rule: 'C/keuze', severity: 'error', message: 'Leg uit waarom.', file: 'casussen/casus-1.md', line: 5 } as const;
    const page = html(withFindings([hard, hint]), { lang: 'nl', color: false });
    expect(page).toContain('<h2 id="doorvragen">Waar een assessor waarschijnlijk doorvraagt</h2>');
    const hints = page.slice(page.indexOf('id="doorvragen"'));
    const parts = page.slice(page.indexOf('id="bevindingen"'), page.indexOf('id="doorvragen"'));
    expect(hints).toContain('data-rule="inhoud/theorie"');
    expect(parts).not.toContain('data-rule="inhoud/theorie"');
    expect(parts).toContain('data-rule="C/keuze"');
    // Without content hints: no such group.
    expect(html(withFindings([hard]), { lang: 'nl', color: false })).not.toContain('doorvraagt');
  });

  it('reloads itself only in watch mode, with a pause button', () => {
    const report = checkDir(EXAMPLE);
    expect(html(report, { lang: 'nl', color: false })).not.toContain('<script');
    const watching = html(report, { lang: 'nl', color: false, watching: true });
    expect(watching).toContain('location.reload()');
    expect(watching).toContain('<button type="button" id="rlp-pauze"');
  });

  it('gives a group one overview table linking to each portfolio further down', () => {
    const dir = tempDir();
    const r = rlp(['check', 'fixtures/voorbeeld', FAILING, '--format', 'html', '-o', join(dir, 'groep.html')]);
    expect(r.status).toBe(1);
    const page = readFileSync(join(dir, 'groep.html'), 'utf8');
    expect(page.match(/<!doctype html>/g)).toHaveLength(1);
    expect(page).toContain('<table class="overview">');
    expect(page).toMatch(/<tr data-portfolio="voorbeeld"[^>]*><th scope="row"><a href="#p1-rapport">voorbeeld<\/a>/);
    expect(page).toMatch(/<tr data-portfolio="C2-kennisgebieden" data-ok="false"[^>]*><th scope="row"><a href="#p2-rapport">/);
    expect(page).toContain('<h2 id="p1-rapport">');
    expect(page).toContain('<h2 id="p2-rapport">');
    expect(page.indexOf('id="overzicht"')).toBeLessThan(page.indexOf('id="p1-rapport"'));
    // Ids are unique on the page.
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // An empty group still renders a page.
    const empty = htmlCohort('nl');
    expect(empty.open() + empty.close()).toContain('<table class="overview">');
  });
});

describe('report: cursussen (toetsingskader A)', () => {
  it('sums the courses of routes 2–4, and only those that count', () => {
    expect(checkDir(EXAMPLE).cursussen).toEqual({
      route: 2,
      minimum: 98,
      tellend: 108,
      perCursus: [
        { naam: 'Basisopleiding loopbaancoaching', uren: 64, telt: true, twijfel: false },
        { naam: 'Narratief werken in loopbaanbegeleiding', uren: 28, telt: true, twijfel: false },
        { naam: 'Arbeidsmarktinformatie in de loopbaanpraktijk', uren: 16, telt: true, twijfel: false },
      ],
    });
    const unsigned = variant({ file: 'portfolio.yaml', replace: ['      uren: 16\n      keurmerk: CRKBO\n      ondertekend: true', '      uren: 16\n      keurmerk: CRKBO\n      ondertekend: false'] });
    expect(checkDir(unsigned).cursussen).toMatchObject({ tellend: 92, perCursus: [{ telt: true }, { telt: true }, { telt: false, uren: 16 }] });
  });

  it('is absent for route 1 (a diploma, no courses)', () => {
    const route1 = variant({ file: 'portfolio.yaml', replace: ['  route: 2\n', '  route: 1\n'] });
    expect(checkDir(route1).cursussen).toBeUndefined();
  });
});
