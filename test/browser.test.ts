/**
 * The HTML report in a real browser: headless Chromium (the Debian `chromium` package, or the
 * browser named by RLP_CHROMIUM), driven by playwright-core. For the example portfolio, a failing
 * one and a group of ten it checks the page's data against the JSON report of the same
 * portfolios, runs axe-core (no serious or critical violations), checks keyboard navigation and
 * that nothing is fetched, and saves screenshots at desktop (1280) and phone (390) width into
 * test-output/, comparing their layout loosely (no page-wide horizontal scrolling on a phone, the
 * matrix present and visible, boxes of a sane size). Without a browser the tests skip and say why.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without types
import { launchBrowser } from '../scripts/browser.mjs';
import { defects, makeVariant } from '../scripts/defects.js';
import type { Report } from '../src/report.js';
import { EXAMPLE, ROOT, rlp, tempDir } from './helpers.js';

const SHOTS = join(ROOT, 'test-output');
const FAILING = join(ROOT, 'fixtures', 'defecten', 'C2-kennisgebieden');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let context: BrowserContext | undefined;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const started = await launchBrowser();
  if ('why' in started) console.warn(`browser tests skipped: ${started.why}`);
  else ({ context, close } = started);
  mkdirSync(SHOTS, { recursive: true });
}, 60000);

afterAll(async () => {
  await close?.();
});

/** The HTML and the JSON report of `args` (folders and options), made with the built binary. */
function reports(args: string[]): { file: string; json: unknown } {
  const file = join(tempDir(), 'rapport.html');
  const made = rlp(['check', ...args, '--format', 'html', '-o', file]);
  expect(made.status, made.stderr).not.toBe(2);
  const json = rlp(['check', ...args, '--format', 'json']);
  return { file, json: JSON.parse(json.stdout) };
}

/** Opens a report file in a new tab; fails the test when the page asks for anything but itself. */
async function open(file: string, width: number): Promise<Page> {
  const page = await context!.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.setViewportSize({ width, height: 900 });
  await page.goto(pathToFileURL(file).href);
  expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
  return page;
}

interface PageData {
  summary: { ok: boolean; errors: number; warnings: number; infos: number };
  cells: string[];
  done: string[];
  findings: Record<string, unknown>[];
  hours: string[];
  courses: string[];
}

/** What one portfolio's section of the page shows, read from the DOM (`scope`: a CSS selector of the section, or the whole page). */
function readPage(page: Page, scope = 'main'): Promise<PageData> {
  return page.evaluate((scope) => {
    const root = document.querySelector(scope)!;
    const summary = root.querySelector<HTMLElement>('[data-errors][data-infos]')!.dataset;
    const text = (el: Element | null) => el?.textContent ?? '';
    return {
      summary: { ok: summary.ok === 'true', errors: Number(summary.errors), warnings: Number(summary.warnings), infos: Number(summary.infos) },
      cells: [...root.querySelectorAll<HTMLElement>('td[data-mark]')].map((td) => `${td.dataset.kind} ${td.dataset.item} ${td.dataset.case} ${td.dataset.mark}`),
      done: [...root.querySelectorAll<HTMLElement>('td[data-done]')].map((td) => `${td.dataset.kind} ${td.dataset.item} ${td.dataset.done}`),
      findings: [...root.querySelectorAll<HTMLElement>('li.finding')].map((li) => ({
        rule: li.dataset.rule,
        severity: li.dataset.severity,
        ...(li.dataset.file ? { file: li.dataset.file } : {}),
        ...(li.dataset.line ? { line: Number(li.dataset.line) } : {}),
        ...(li.dataset.column ? { column: Number(li.dataset.column) } : {}),
        ...(li.dataset.accepted ? { accepted: true } : {}),
        message: text(li.querySelector('.message')),
      })),
      hours: [...root.querySelectorAll<HTMLElement>('tr[data-categorie]')].map((tr) => `${tr.dataset.categorie} ${tr.dataset.uren} ${tr.dataset.telt} | ${text(tr.querySelector('th'))}`),
      courses: [...root.querySelectorAll<HTMLElement>('tr[data-naam]')].map((tr) => `${tr.dataset.naam} ${tr.dataset.uren} ${tr.dataset.telt} | ${text(tr.querySelector('th'))}`),
    };
  }, scope);
}

/** The same data from the JSON report. */
function fromJson(report: Report): PageData {
  const done = (kind: string, id: string) => report.coverage.samen[kind as keyof typeof report.coverage.samen][id] === 'ja';
  const kinds = ['taken', 'kennisgebieden', 'competenties', 'attitude'] as const;
  const key = (d: object) => JSON.stringify(d, Object.keys(d).sort());
  return {
    summary: { ok: report.ok, ...report.summary },
    cells: kinds.flatMap((kind) => Object.entries(report.coverage.items[kind]).flatMap(([id, marks]) => marks.map((m, i) => `${kind} ${id} ${report.coverage.cases[i]} ${m}`))),
    done: report.coverage.cases.length ? kinds.flatMap((kind) => Object.keys(report.coverage.items[kind]).map((id) => `${kind} ${id} ${done(kind, id)}`)) : [],
    findings: report.diagnostics.map(({ messageId: _id, args: _args, ...shown }) => shown).sort((a, b) => key(a).localeCompare(key(b))),
    hours: (report.uren?.perCategorie ?? []).map((c) => `${c.categorie} ${c.uren} ${c.telt} | ${c.categorie}`),
    courses: (report.cursussen?.perCursus ?? []).map((c) => `${c.naam} ${c.uren ?? ''} ${c.telt} | ${c.naam}`),
  };
}

function sameData(shown: PageData, report: Report): void {
  const key = (d: object) => JSON.stringify(d, Object.keys(d).sort());
  expect({ ...shown, findings: [...shown.findings].sort((a, b) => key(a).localeCompare(key(b))) }).toEqual(fromJson(report));
}

/** axe-core's serious and critical violations on the page (rule id and the first offending element). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, target: String(v.nodes[0]?.target ?? '') }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.target}`);
}

/** The page's layout at its width: overflow of the page, and where the matrix is. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el) return undefined;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return { left: r.left, right: r.right, width: r.width, height: r.height, visible: style.visibility !== 'hidden' && style.display !== 'none' };
    };
    const scroller = document.querySelector('table.matrix')?.closest('.scroll');
    return {
      viewport: window.innerWidth,
      pageWidth: document.documentElement.scrollWidth,
      h1: box(document.querySelector('h1')),
      main: box(document.querySelector('main')),
      matrix: box(document.querySelector('table.matrix')),
      matrixScroller: scroller ? { ...box(scroller)!, scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth } : undefined,
      verdict: box(document.querySelector('.verdict')),
    };
  });
}

/** Loose layout checks at a width, and a full-page screenshot. */
async function screenshotAndLayout(file: string, name: string, width: number): Promise<void> {
  const page = await open(file, width);
  try {
    await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
    const l = await layout(page);
    expect(l.pageWidth, 'no horizontal scrolling of the whole page').toBeLessThanOrEqual(width);
    for (const part of [l.h1, l.main, l.verdict, l.matrix]) {
      expect(part).toBeDefined();
      expect(part!.visible).toBe(true);
      expect(part!.height).toBeGreaterThan(10);
      expect(part!.left).toBeGreaterThanOrEqual(0);
    }
    expect(l.main!.right).toBeLessThanOrEqual(width);
    expect(l.matrixScroller!.right, 'the matrix scrolls inside its own box').toBeLessThanOrEqual(width);
    expect(l.matrix!.width).toBeGreaterThan(width < 600 ? 200 : 600);
    if (width >= 1280) expect(l.matrixScroller!.scrollWidth, 'on a desktop the whole matrix fits').toBeLessThanOrEqual(l.matrixScroller!.clientWidth + 1);
  } finally {
    await page.close();
  }
}

describe('the HTML report in a browser', () => {
  it('shows the example exactly as the JSON report says, accessibly, on desktop and phone', async (ctx) => {
    if (!context) return ctx.skip();
    const { file, json } = reports([EXAMPLE]);
    const page = await open(file, 1280);
    try {
      const shown = await readPage(page);
      sameData(shown, json as Report);
      expect(shown.cells.length).toBeGreaterThan(40);
      expect(shown.hours.length).toBeGreaterThan(3);
      expect(shown.courses).toHaveLength(3);
      expect(await axeViolations(page)).toEqual([]);
      // Keyboard: the first Tab reaches the skip link, which is then visible and leads to the content.
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement;
        const r = el.getBoundingClientRect();
        return { href: el.getAttribute('href'), visible: r.left >= 0 && r.top >= 0 && r.width > 0 };
      });
      expect(skip).toEqual({ href: '#inhoud', visible: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
      // Printing: no navigation on paper, the matrix in full.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav.toc').isVisible()).toBe(false);
      expect(await page.locator('table.matrix').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await page.close();
    }
    await screenshotAndLayout(file, 'voorbeeld', 1280);
    await screenshotAndLayout(file, 'voorbeeld', 390);
  }, 60000);

  it('shows a failing portfolio with its findings, the missing item and what to do, on desktop and phone', async (ctx) => {
    if (!context) return ctx.skip();
    const { file, json } = reports([FAILING]);
    const report = json as Report;
    expect(report.ok).toBe(false);
    const page = await open(file, 390);
    try {
      const shown = await readPage(page);
      sameData(shown, report);
      expect(shown.findings.length).toBeGreaterThan(0);
      const finding = page.locator('li.finding[data-rule="C2/kennisgebieden"]');
      expect(await finding.isVisible()).toBe(true);
      expect(await finding.locator('.fix').textContent()).toMatch(/^Oplossen: /);
      expect(await page.locator('ul.missing li[data-item="ontwikkeling-mens"]').getAttribute('data-suggested')).toBe('0 1 2 3 4 5 6 7');
      expect(await page.locator('tr[data-part="C"] .state').textContent()).toContain('nog niet in orde');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
    await screenshotAndLayout(file, 'falend', 1280);
    await screenshotAndLayout(file, 'falend', 390);
  }, 60000);

  it('shows a group of ten: an overview whose rows lead to each portfolio, all matching the JSON reports', async (ctx) => {
    if (!context) return ctx.skip();
    const group = join(tempDir(), 'groep');
    const picked = ['A-uren', 'B1-uren', 'C2-kennisgebieden', 'C4-attitude', 'privacy-persoonsgegevens', 'C-diversiteit', 'bestand-syntax', 'D-ontwikkelplan', 'C1-taken'];
    makeVariant(ROOT, join(group, 'kandidaat-01'), []);
    picked.forEach((name, i) => {
      makeVariant(ROOT, join(group, `kandidaat-${String(i + 2).padStart(2, '0')}`), defects.find((d) => d.name === name)!.edits);
    });
    const { file, json } = reports(['--alle', group]);
    const all = json as Report[];
    expect(all).toHaveLength(10);
    const page = await open(file, 1280);
    try {
      const rows = await page.locator('table.overview tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ ...(tr as HTMLElement).dataset, href: tr.querySelector('a')!.getAttribute('href') }) as Record<string, string>),
      );
      expect(rows.map((r) => [r.portfolio, r.ok, r.errors, r.warnings])).toEqual(all.map((r) => [r.portfolio, String(r.ok), String(r.summary.errors), String(r.summary.warnings)]));
      for (const [i, row] of rows.entries()) {
        const selector = `article[aria-labelledby="${row.href!.slice(1)}"]`;
        expect(await page.locator(selector).getAttribute('data-portfolio')).toBe(all[i]!.portfolio);
        sameData(await readPage(page, selector), all[i]!);
      }
      // Following a row's link brings that portfolio's report into view.
      await page.locator('table.overview a[href="#p7-rapport"]').click();
      expect(await page.locator('#p7-rapport').evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(50);
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 900 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await page.close();
    }
  }, 120000);
});
