/**
 * `--format pretty` (default): findings grouped by portfolio part, with colours when allowed, the
 * coverage matrix (tasks, kennisgebieden, competenties, attitude × cases) with, for what is
 * missing, the tasks the koppeling table suggests, and a closing verdict in plain language.
 */
import { Chalk } from 'chalk';
import { partOrder } from '../check.js';
import { suggestedTasks, type ItemKind, type Mark } from '../coverage.js';
import { kader } from '../kader.js';
import { catalogues, fill, formatNumber, itemLabel } from '../messages/index.js';
import { findRule } from '../rules/index.js';
import type { Lang, Part } from '../types.js';
import type { Formatter } from './index.js';
import { verdict } from './verdict.js';

const MARKS: Record<Mark, string> = { ja: '✓', leeg: '~', 'niet-relevant': '–', nee: '✗' };

/** Findings of one file printed per part; the rest is one line with their number (json, sarif and github list them all). */
export const MAX_PER_FILE = 20;

export const pretty: Formatter = (report, { lang, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const t = catalogues[lang];
  const lines: string[] = [];
  lines.push(c.bold(fill(report.indiendatumBron === 'vandaag' ? t.ui.headerToday : t.ui.header, { name: report.portfolio, datum: report.indiendatum })));
  if (report.settings.length > 0) {
    const shown = (v: number | string) => (typeof v === 'number' ? String(v) : t.ui.settings.level[v as keyof typeof t.ui.settings.level]);
    const items = report.settings.map((s) => fill(t.ui.settings.item, { setting: s.setting.replace(/^instellingen\./, ''), value: shown(s.value), default: shown(s.default) }));
    lines.push(c.yellow(`${t.ui.settings.title}: ${items.join('; ')}`));
  }
  lines.push('');

  const byPart = new Map<Part, typeof report.diagnostics>();
  for (const d of report.diagnostics) {
    const part = findRule(d.rule)?.part ?? 'bestand';
    byPart.set(part, [...(byPart.get(part) ?? []), d]);
  }
  for (const part of partOrder) {
    const list = byPart.get(part) ?? [];
    const hours = part === 'B1' ? report.uren : undefined;
    if (list.length === 0 && !hours) continue;
    lines.push(c.bold.underline(t.parts[part]));
    // Past MAX_PER_FILE findings of one file in a part, the rest is counted, not printed.
    const shown = new Map<string, number>();
    for (const d of list) {
      const key = d.file ?? '';
      const n = (shown.get(key) ?? 0) + 1;
      shown.set(key, n);
      if (n > MAX_PER_FILE) continue;
      const icon = d.severity === 'error' ? c.red('✗') : d.severity === 'warning' ? c.yellow('!') : c.blue('i');
      const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}${d.line && d.column ? `:${d.column}` : ''}` : t.ui.portfolioLevel;
      const label = t.ui.severity[d.severity];
      const tone = d.severity === 'error' ? c.red : d.severity === 'warning' ? c.yellow : c.blue;
      lines.push(`  ${icon} ${tone(label)}  ${c.dim(where)}  ${c.dim(`[${d.rule}]`)}`);
      lines.push(`    ${d.message}`);
    }
    for (const [file, n] of shown) {
      if (n > MAX_PER_FILE) lines.push(`  ${c.dim(fill(t.ui.moreFindings, { count: n - MAX_PER_FILE, file: file || t.ui.portfolioLevel }))}`);
    }
    if (hours) {
      const u = t.ui.uren;
      const width = Math.max(...hours.perCategorie.map((h) => h.categorie.length), 10);
      lines.push(`  ${c.bold(fill(u.title, { bestand: hours.bestand }, lang))}`);
      for (const h of hours.perCategorie) {
        lines.push(`    ${h.categorie.padEnd(width)} ${formatNumber(h.uren, lang).padStart(8)}${h.telt ? '' : c.dim(`  (${u.excluded})`)}`);
      }
      if (hours.naIndiendatum > 0) lines.push(`    ${c.yellow(fill(u.after, { uren: hours.naIndiendatum }, lang))}`);
      lines.push(`    ${fill(u.total, { totaal: hours.totaal, tellend: hours.tellend, minimum: kader.getallen.min_werkervaring_uren }, lang)}`);
    }
    lines.push('');
  }

  if (report.coverage.cases.length > 0) {
    const names = [...report.coverage.cases.map((f) => f.replace(/^.*\//, '').replace(/\.md$/i, '')), t.ui.matrix.together];
    const width = Math.max(...names.map((n) => n.length), 7) + 2;
    const cell = (text: string, visible: string) => text + ' '.repeat(Math.max(1, width - visible.length));
    lines.push(c.bold.underline(t.ui.matrix.title));
    lines.push(`    ${''.padEnd(44)}${names.map((n) => n.padEnd(width)).join('')}`);
    const kinds: ItemKind[] = ['taken', 'kennisgebieden', 'competenties', 'attitude'];
    const hints: string[] = [];
    for (const kind of kinds) {
      lines.push(`  ${c.bold(t.ui.matrix[kind])}`);
      // Kennisgebieden and competenties may be spread over the cases: absent in one case is no fault.
      const spread = kind === 'kennisgebieden' || kind === 'competenties';
      for (const [id, marks] of Object.entries(report.coverage.items[kind])) {
        const name = truncate(kind === 'taken' ? fill(t.ui.matrix.taak, { id }) + ` ${shortTask(id, lang)}` : itemLabel({ ref: kind, id }, lang), 42);
        const cells = marks.map((m) => (spread && m === 'nee' ? cell(c.dim('·'), '·') : cell(colourMark(c, m), MARKS[m])));
        const done = kind === 'attitude' ? marks.every((m) => m === 'ja') : marks.includes('ja');
        cells.push(done ? cell(c.green('✓'), '✓') : cell(c.red('✗'), '✗'));
        lines.push(`    ${name.padEnd(44)}${cells.join('')}`);
        if (spread && !done) {
          hints.push(fill(t.ui.matrix.missingHint, { naam: itemLabel({ ref: kind, id }, lang), taken: suggestedTasks(kind, id) }));
        }
      }
    }
    lines.push(c.dim(`  ${t.ui.matrix.legend}`));
    for (const hint of hints) lines.push(`  ${c.yellow('→')} ${hint}`);
    lines.push('');
  }

  const closing = verdict(report, lang);
  lines.push(report.summary.errors > 0 ? c.red.bold(`✗ ${closing}`) : c.green.bold(`✓ ${closing}`));
  return `${lines.join('\n')}\n`;
};

function colourMark(c: InstanceType<typeof Chalk>, mark: Mark): string {
  const text = MARKS[mark];
  return mark === 'ja' ? c.green(text) : mark === 'nee' ? c.red(text) : mark === 'leeg' ? c.yellow(text) : c.dim(text);
}

/** The task's name without the task number, for the matrix ("Procestaken gedurende …"). */
function shortTask(id: string, lang: Lang): string {
  return itemLabel({ ref: 'taken', id }, lang).replace(/^[^(]*\(/, '').replace(/\)$/, '');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
