/**
 * `--format pretty` (default): findings grouped by portfolio part, with colours when allowed, the
 * coverage matrix (tasks, kennisgebieden, competenties, attitude × cases) with, for what is
 * missing, the tasks the koppeling table suggests, and a closing verdict in plain language.
 */
import { Chalk } from 'chalk';
import { partOrder } from '../check.js';
import type { ItemKind, MatrixMark } from '../coverage.js';
import { catalogues, fill, formatNumber, itemLabel } from '../messages/index.js';
import { contentHints, findingsByPart, matrixRows, opensWithProgress, reportRuleset } from '../overview.js';
import type { Ruleset } from '../rules/rule.js';
import { progressLines } from './progress.js';
import type { Lang } from '../types.js';
import type { Formatter } from './index.js';
import { passed, verdict } from './verdict.js';

const MARKS: Record<MatrixMark, string> = { ja: '✓', leeg: '~', nvt: 'n', verwijst: '→', 'niet-relevant': '–', nee: '✗', elders: '·' };

/** Findings of one file printed per part; the rest is one line with their number (json, sarif and github list them all). */
export const MAX_PER_FILE = 20;

export const pretty: Formatter = (report, { lang, color, ruleset: given, maxWarnings, verbose }) => {
  const ruleset = reportRuleset(report, given);
  const { kader } = ruleset;
  const c = new Chalk({ level: color ? 1 : 0 });
  const t = catalogues[lang];
  const lines: string[] = [];
  lines.push(c.bold(fill(report.indiendatumBron === 'vandaag' ? t.ui.headerToday : t.ui.header, { name: report.portfolio, datum: report.indiendatum }, lang)));
  if (report.settings.length > 0) {
    const shown = (v: number | string) => (typeof v === 'number' ? String(v) : t.ui.settings.level[v as keyof typeof t.ui.settings.level]);
    const items = report.settings.map((s) => fill(t.ui.settings.item, { setting: s.setting.replace(/^instellingen\./, ''), value: shown(s.value), default: shown(s.default) }, lang));
    lines.push(c.yellow(`${t.ui.settings.title}: ${items.join('; ')}`));
  }
  lines.push('');
  // Many errors (a portfolio just begun): first where the candidate stands and what to do next.
  if (opensWithProgress(report)) lines.push(...progressLines(report, lang, c), '', c.dim(t.ui.progress.details), '');

  const finding = (d: (typeof report.diagnostics)[number]) => {
    const icon = d.severity === 'error' ? c.red('✗') : d.severity === 'warning' ? c.yellow('!') : c.blue('i');
    const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}${d.line && d.column ? `:${d.column}` : ''}` : t.ui.portfolioLevel;
    const label = t.ui.severity[d.severity];
    const tone = d.severity === 'error' ? c.red : d.severity === 'warning' ? c.yellow : c.blue;
    // The rule id goes last and quietly: a coach reads the place and the message; the id is for `rlp explain`.
    lines.push(verbose ? `  ${icon} ${tone(label)}  ${c.dim(where)}  ${c.dim(`[${d.rule}]`)}` : `  ${icon} ${tone(label)}  ${c.dim(where)}`);
    lines.push(verbose ? `    ${d.message}` : `    ${d.message}  ${c.dim(`(${d.rule})`)}`);
  };
  // Content hints (inhoud/*) come apart, after the matrix: where an assessor is likely to ask, per case.
  const byPart = findingsByPart(report, true, ruleset);
  // Once, what `casus-1.md:10:68` means (a coach's trial: the numbers went unexplained).
  const placed = [...byPart.values()].flat().find((d) => d.file && d.line && d.column);
  if (placed) {
    const voorbeeld = `${placed.file}:${placed.line}:${placed.column}`;
    lines.push(c.dim(fill(t.ui.placeLegend, { voorbeeld, bestand: placed.file!, regel: placed.line!, kolom: placed.column! }, lang)), '');
  }
  for (const part of partOrder) {
    const list = byPart.get(part)!;
    const hours = part === 'B1' ? report.uren : undefined;
    const courses = part === 'A' ? report.cursussen : undefined;
    if (list.length === 0 && !hours && !courses) continue;
    lines.push(c.bold.underline(t.parts[part]));
    // Past MAX_PER_FILE findings of one file in a part, the rest is counted, not printed.
    const shown = new Map<string, number>();
    for (const d of list) {
      const key = d.file ?? '';
      const n = (shown.get(key) ?? 0) + 1;
      shown.set(key, n);
      if (n <= MAX_PER_FILE) finding(d);
    }
    for (const [file, n] of shown) {
      if (n > MAX_PER_FILE) lines.push(`  ${c.dim(fill(t.ui.moreFindings, { count: n - MAX_PER_FILE, file: file || t.ui.portfolioLevel }, lang))}`);
    }
    if (courses && courses.perCursus.length > 0) {
      const u = t.ui.cursussen;
      const width = Math.max(...courses.perCursus.map((h) => h.naam.length), 10);
      lines.push(`  ${c.bold(u.title)}`);
      for (const h of courses.perCursus) {
        const note = !h.telt ? c.dim(`  (${u.notCounted})`) : h.twijfel ? c.yellow(`  (${u.doubtful})`) : '';
        lines.push(`    ${h.naam.padEnd(width)} ${(h.uren === undefined ? '?' : formatNumber(h.uren, lang)).padStart(8)}${note}`);
      }
      lines.push(`    ${fill(u.total, { tellend: courses.tellend, minimum: courses.minimum }, lang)}`);
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
    const hints: string[] = [];
    let kind: ItemKind | undefined;
    for (const { kind: k, id, marks, state, suggested } of matrixRows(report, ruleset)) {
      if (k !== kind) lines.push(`  ${c.bold(t.ui.matrix[(kind = k)])}`);
      const name = truncate(k === 'taken' ? fill(t.ui.matrix.taak, { id }) + ` ${shortTask(id, lang, ruleset)}` : itemLabel({ ref: k, id }, lang, ruleset), 42);
      const cells = marks.map((m) => cell(colourMark(c, m), MARKS[m]));
      cells.push(state === 'ja' ? cell(c.green('✓'), '✓') : state === 'niet-nodig' ? cell(c.dim('·'), '·') : cell(c.red('✗'), '✗'));
      lines.push(`    ${name.padEnd(44)}${cells.join('')}`);
      if (suggested) hints.push(fill(t.ui.matrix.missingHint, { naam: itemLabel({ ref: k, id }, lang, ruleset), taken: suggested }, lang));
    }
    lines.push(c.dim(`  ${t.ui.matrix.legend}`));
    for (const hint of hints) lines.push(`  ${c.yellow('→')} ${hint}`);
    lines.push('');
  }

  const hints = contentHints(report);
  if (hints.length > 0) {
    lines.push(c.bold.underline(t.html.hintsTitle));
    lines.push(c.dim(`  ${t.html.hintsIntro}`));
    let file: string | undefined;
    for (const d of hints) {
      if (d.file !== file) lines.push(`  ${c.bold((file = d.file) ?? t.ui.portfolioLevel)}`);
      finding(d);
    }
    lines.push('');
  }

  const closing = verdict(report, lang, maxWarnings);
  lines.push(passed(report, maxWarnings) ? c.green.bold(`✓ ${closing}`) : c.red.bold(`✗ ${closing}`));
  return `${lines.join('\n')}\n`;
};

function colourMark(c: InstanceType<typeof Chalk>, mark: MatrixMark): string {
  const text = MARKS[mark];
  return mark === 'ja' ? c.green(text) : mark === 'nee' ? c.red(text) : mark === 'leeg' || mark === 'nvt' || mark === 'verwijst' ? c.yellow(text) : c.dim(text);
}

/** The task's name without the task number, for the matrix ("Procestaken gedurende …"). */
function shortTask(id: string, lang: Lang, ruleset: Ruleset): string {
  return itemLabel({ ref: 'taken', id }, lang, ruleset).replace(/^[^(]*\(/, '').replace(/\)$/, '');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
