/**
 * `--format html`: the report as one self-contained HTML page to look at and to share (with a
 * supervisor, an intervision group, a training institute), and to print to PDF from the browser.
 * Inline CSS only; no network, no external script, font or stylesheet; a tiny inline script only
 * in watch mode (to reload itself), never needed to read the report.
 *
 * Shows: the verdict and how far each part is; the coverage matrix (tasks, kennisgebieden,
 * competenties, attitude × cases) as a table with a legend and, per missing item, the tasks the
 * koppeling table suggests (toetsingskader C.1); hours per category (B1) and counted course hours
 * (A) as bar charts; every finding by part with place, framework source and fix (the rule's texts
 * of `rlp explain`); content hints (`inhoud/*`) apart. For a group: an overview table first, each
 * row linking to that portfolio's section in the same page.
 *
 * Only renders: every decision comes from the report and src/overview.ts. All report text is
 * HTML-escaped with C0/C1 control characters removed. The data shown carries `data-*` attributes
 * (cells, findings, hours) so that a test can compare the page with the JSON report.
 * Accessible: landmarks, a skip link, tables with caption and th/scope, symbols and words next to
 * every colour, scrollable regions reachable by keyboard; responsive down to a phone's width.
 */
import { partOrder } from '../check.js';
import type { MatrixMark } from '../coverage.js';
import { catalogues, fill, formatNumber, itemLabel, ruleText } from '../messages/index.js';
import { contentHints, findingsByPart, matrixRows, partStandings, reportRuleset, type PartState } from '../overview.js';
import type { Ruleset } from '../rules/rule.js';
import type { Report } from '../report.js';
import type { Lang, Part } from '../types.js';
import { version } from '../version.js';
import type { CohortOutput, Failure } from './cohort.js';
import type { Formatter, FormatOptions } from './index.js';
import { passed, verdict } from './verdict.js';

/** C0 and C1 control characters other than tab, line feed and carriage return, and DEL. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Makes text safe to put in HTML, in element content and in quoted attribute values: `& < > " '`
 * as character references, control characters (C0 and C1 but tab and line ends) removed.
 */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replace(CONTROLS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const e = escapeHtml;

/** Symbol of a mark in the matrix (`elders`: a kennisgebied or competentie left to the other case, no fault). */
const SYMBOL: Record<MatrixMark, string> = { ja: '✓', leeg: '~', nvt: 'n', verwijst: '→', 'niet-relevant': '–', nee: '✗', elders: '·' };
const STATE_SYMBOL: Record<PartState, string> = { ok: '✓', warnings: '!', errors: '✗' };
const SEVERITY_SYMBOL = { error: '✗', warning: '!', info: 'i' } as const;

const CSS = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--ok:#116329;--ok-bg:#dafbe1;--warn:#6c4400;--warn-bg:#fff1c2;--err:#a40e26;--err-bg:#ffe2e0;--info:#0a4d9c;--info-bg:#ddf4ff;--na:#424a53;--na-bg:#eaeef2;--link:#0550ae}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
a:focus-visible,button:focus-visible,[tabindex]:focus-visible{outline:3px solid #0969da;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:2}
.skip:focus{left:.5rem;top:.5rem}
header.top,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header.top{padding-top:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
h4{font-size:1rem;margin:1.25rem 0 .5rem}
nav.toc{max-width:72rem;margin:0 auto;padding:0 1rem}
nav.toc ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:.5rem 0;margin:0;border-bottom:1px solid var(--line)}
.muted,.meta{color:var(--muted)}
.verdict{font-size:1.1rem;font-weight:600;padding:.75rem 1rem;border-radius:6px;border-left:6px solid}
.verdict.errors{background:var(--err-bg);border-color:var(--err)}
.verdict.warnings{background:var(--warn-bg);border-color:var(--warn)}
.verdict.ok{background:var(--ok-bg);border-color:var(--ok)}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;list-style:none}
.counts li{padding:.1rem .6rem;border-radius:999px;background:var(--soft);border:1px solid var(--line)}
table{border-collapse:collapse;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.25rem 0;caption-side:top}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--soft)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.scroll{position:relative;overflow-x:auto;max-width:100%;margin:.5rem 0}
.state,.mark,.badge{white-space:nowrap;font-weight:600}
.s-ok,.m-ja{color:var(--ok);background:var(--ok-bg)}
.s-warnings,.m-leeg,.m-nvt,.m-verwijst{color:var(--warn);background:var(--warn-bg)}
.s-errors,.m-nee{color:var(--err);background:var(--err-bg)}
.m-niet-relevant,.m-elders{color:var(--na);background:var(--na-bg)}
.m-elders{font-weight:400}
table.matrix td{text-align:center}
table.matrix thead th{white-space:nowrap}
table.overview td.state{text-align:center}
table.matrix th[scope=row]{font-weight:400;min-width:12rem}
table.matrix tbody th[scope=rowgroup]{background:var(--soft);font-weight:700}
.lbl{font-weight:400;font-size:.85em;margin-left:.25em}
.legend{display:flex;flex-wrap:wrap;gap:.25rem .75rem;padding:0;list-style:none;font-size:.9rem}
.legend li span.mark{display:inline-block;min-width:1.6em;text-align:center;border-radius:3px;margin-right:.25em}
.bar{display:block;height:.6rem;border-radius:3px;background:var(--ok);margin-top:.2rem;min-width:2px}
.bar.no{background:repeating-linear-gradient(45deg,var(--na) 0 3px,var(--na-bg) 3px 6px)}
td.barcell{width:40%;min-width:6rem}
.progress{position:relative;height:1rem;background:var(--soft);border:1px solid var(--line);border-radius:4px;max-width:30rem;margin:.25rem 0 1rem}
.progress>span.fill{position:absolute;left:0;top:0;bottom:0;background:var(--ok);border-radius:3px 0 0 3px}
.progress.short>span.fill{background:var(--err)}
.progress>span.min{position:absolute;top:-.25rem;bottom:-.25rem;border-left:2px solid var(--fg)}
ol.findings{list-style:none;padding:0;margin:0}
.finding{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;padding:.5rem .75rem;margin:.5rem 0;break-inside:avoid}
.finding.error{border-left-color:var(--err)}
.finding.warning{border-left-color:var(--warn)}
.finding.info{border-left-color:var(--info)}
.finding p{margin:.25rem 0}
.finding .head{display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:baseline}
.badge{padding:0 .4rem;border-radius:4px}
.badge.error{color:var(--err);background:var(--err-bg)}
.badge.warning{color:var(--warn);background:var(--warn-bg)}
.badge.info{color:var(--info);background:var(--info-bg)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
.fix{background:var(--soft);padding:.25rem .5rem;border-radius:4px}
.message{overflow-wrap:anywhere}
.watch{background:var(--info-bg);padding:.5rem 1rem;border-radius:6px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
article.portfolio{border-top:4px solid var(--line);margin-top:2.5rem}
footer{margin-top:3rem;padding-bottom:2rem;font-size:.9rem;color:var(--muted)}
@media (max-width:600px){body{font-size:15px}h1{font-size:1.35rem}table{font-size:.875rem}th,td{padding:.25rem .35rem}caption{max-width:calc(100vw - 2rem)}table.matrix .lbl{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}table.matrix th[scope=row]{min-width:9rem}td.barcell{min-width:4rem}}
@media print{.skip,nav.toc,.watch,.back{display:none}.scroll{overflow:visible}a{color:inherit;text-decoration:none}body{font-size:11pt}.finding,tr{break-inside:avoid}h2,h3{break-after:avoid}article.portfolio{break-before:page}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

/** What every piece of one page needs: the language's texts and an id prefix (unique per portfolio in a group page). */
interface Context {
  lang: Lang;
  /** The ruleset the report was checked against. */
  ruleset: Ruleset;
  /** Prefix of every element id of one portfolio's section (`''` on a single report). */
  id: string;
  /** Heading level of the portfolio's sections (2 on a single report, 3 in a group). */
  level: number;
  /** `--strict` / `--max-warnings`: more warnings than this make the verdict a failure. */
  maxWarnings?: number;
}

function texts(lang: Lang) {
  return catalogues[lang].html;
}

function heading(level: number, text: string, id?: string): string {
  const n = Math.min(level, 6);
  return `<h${n}${id ? ` id="${e(id)}"` : ''}>${text}</h${n}>`;
}

/** Where a finding is: `file:line:column`, or the whole portfolio. */
function place(d: Report['diagnostics'][number], lang: Lang): string {
  if (!d.file) return texts(lang).portfolioLevel;
  return `${d.file}${d.line ? `:${d.line}` : ''}${d.line && d.column ? `:${d.column}` : ''}`;
}

function num(value: number, lang: Lang): string {
  return e(formatNumber(value, lang));
}

function stateCell(state: PartState, lang: Lang): string {
  return `<span class="state s-${state}"><span aria-hidden="true">${STATE_SYMBOL[state]}</span> ${e(texts(lang).states[state])}</span>`;
}

/** The legend of the states' symbols. */
function stateLegend(lang: Lang): string {
  return `<ul class="legend">${(['ok', 'warnings', 'errors'] as const).map((s) => `<li><span class="state s-${s}" aria-hidden="true">${STATE_SYMBOL[s]}</span> ${e(texts(lang).states[s])}</li>`).join('')}</ul>`;
}

/** The page's verdict state: errors, warnings, or ok. */
function overall(report: Report, maxWarnings?: number): PartState {
  if (report.summary.errors === 0 && !passed(report, maxWarnings)) return 'errors';
  return report.summary.errors > 0 ? 'errors' : report.summary.warnings > 0 ? 'warnings' : 'ok';
}

function summarySection(report: Report, ctx: Context): string {
  const t = texts(ctx.lang);
  const ruleset = reportRuleset(report);
      const standings = partStandings(report, ruleset);
  const byPart = findingsByPart(report, true, ctx.ruleset);
  const rows = standings.map((s) => {
    const name = e(catalogues[ctx.lang].parts[s.part]);
    const linked = byPart.get(s.part)!.length > 0 ? `<a href="#${e(ctx.id)}deel-${e(s.part)}">${name}</a>` : name;
    const counts = [...(s.errors ? [fill(t.partErrors, { errors: s.errors }, ctx.lang)] : []), ...(s.warnings ? [fill(t.partWarnings, { warnings: s.warnings }, ctx.lang)] : [])];
    return `<tr data-part="${e(s.part)}" data-state="${s.state}" data-errors="${s.errors}" data-warnings="${s.warnings}"><th scope="row">${linked}</th><td>${stateCell(s.state, ctx.lang)}${counts.length ? ` <span class="meta">${e(counts.join(', '))}</span>` : ''}</td></tr>`;
  });
  const settings =
    report.settings.length > 0
      ? `<p class="meta">${e(t.settingsTitle)}: ${report.settings
          .map((s) => {
            const level = catalogues[ctx.lang].ui.settings.level;
            const shown = (v: number | string) => (typeof v === 'number' ? String(v) : level[v as keyof typeof level]);
            return e(fill(catalogues[ctx.lang].ui.settings.item, { setting: s.setting.replace(/^instellingen\./, ''), value: shown(s.value), default: shown(s.default) }, ctx.lang));
          })
          .join('; ')}</p>`
      : '';
  const state = overall(report, ctx.maxWarnings);
  return `<section aria-labelledby="${e(ctx.id)}oordeel" data-ok="${report.ok}" data-errors="${report.summary.errors}" data-warnings="${report.summary.warnings}" data-infos="${report.summary.infos}">
${heading(ctx.level, e(t.verdictTitle), `${ctx.id}oordeel`)}
<p class="verdict ${state}"><span aria-hidden="true">${STATE_SYMBOL[state]}</span> ${e(verdict(report, ctx.lang, ctx.maxWarnings))}</p>
<ul class="counts"><li>${e(t.errors)}: <strong>${report.summary.errors}</strong></li><li>${e(t.warnings)}: <strong>${report.summary.warnings}</strong></li><li>${e(t.infos)}: <strong>${report.summary.infos}</strong></li></ul>
${settings}
<div class="scroll" role="region" tabindex="0" aria-labelledby="${e(ctx.id)}delen-cap">
<table class="parts"><caption id="${e(ctx.id)}delen-cap">${e(t.partsCaption)}</caption>
<thead><tr><th scope="col">${e(t.part)}</th><th scope="col">${e(t.state)}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>
</section>`;
}

function caseName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.md$/i, '');
}

function matrixSection(report: Report, ctx: Context): string {
  const t = texts(ctx.lang);
  const ui = catalogues[ctx.lang].ui.matrix;
  const cases = report.coverage.cases;
  if (cases.length === 0) return '';
  const columns = cases.length + 2;
  const rows = matrixRows(report, ctx.ruleset);
  const body: string[] = [];
  let kind: string | undefined;
  for (const row of rows) {
    if (row.kind !== kind) {
      if (kind !== undefined) body.push('</tbody>');
      kind = row.kind;
      body.push(`<tbody><tr><th scope="rowgroup" colspan="${columns}">${e(ui[row.kind])}</th></tr>`);
    }
    const label = itemLabel({ ref: row.kind, id: row.id }, ctx.lang, ctx.ruleset);
    const cells = row.marks.map((mark, i) => {
      const shown = mark;
      return `<td class="mark m-${shown}" data-kind="${row.kind}" data-item="${e(row.id)}" data-case="${e(cases[i]!)}" data-mark="${mark}"><span aria-hidden="true">${SYMBOL[shown]}</span><span class="lbl">${e(t.marks[shown])}</span></td>`;
    });
    const done = row.state === 'ja' ? 'ja' : row.state === 'niet-nodig' ? 'elders' : 'nee';
    const symbol = row.state === 'ja' ? '✓' : row.state === 'niet-nodig' ? '·' : '✗';
    const word = row.state === 'ja' ? t.done.yes : row.state === 'niet-nodig' ? t.done.notNeeded : t.done.no;
    cells.push(
      `<td class="mark m-${done}" data-kind="${row.kind}" data-item="${e(row.id)}" data-done="${row.done}" data-state="${row.state}"><span aria-hidden="true">${symbol}</span><span class="lbl">${e(word)}</span></td>`,
    );
    body.push(`<tr><th scope="row">${e(label)}</th>${cells.join('')}</tr>`);
  }
  body.push('</tbody>');
  const legend = (['ja', 'leeg', 'nvt', 'verwijst', 'niet-relevant', 'nee', 'elders'] as const)
    .map((m) => `<li><span class="mark m-${m}" aria-hidden="true">${SYMBOL[m]}</span>${e(t.marks[m])}</li>`)
    .join('');
  const missing = rows
    .filter((r) => r.suggested)
    .map(
      (r) =>
        `<li data-kind="${r.kind}" data-item="${e(r.id)}" data-suggested="${r.suggested!.join(' ')}">${e(fill(t.missing, { naam: itemLabel({ ref: r.kind, id: r.id }, ctx.lang, ctx.ruleset), taken: r.suggested! }, ctx.lang))}</li>`,
    );
  return `<section aria-labelledby="${e(ctx.id)}dekking">
${heading(ctx.level, e(ui.title), `${ctx.id}dekking`)}
<div class="scroll" role="region" tabindex="0" aria-labelledby="${e(ctx.id)}matrix-cap">
<table class="matrix"><caption id="${e(ctx.id)}matrix-cap">${e(t.matrixCaption)}</caption>
<thead><tr><th scope="col">${e(t.item)}</th>${cases.map((c) => `<th scope="col" data-case="${e(c)}">${e(caseName(c))}</th>`).join('')}<th scope="col">${e(t.together)}</th></tr></thead>
${body.join('\n')}
</table></div>
${heading(ctx.level + 1, e(t.legend))}
<ul class="legend">${legend}</ul>
<p class="meta">${e(t.spreadNote)}</p>
${missing.length > 0 ? `${heading(ctx.level + 1, e(t.missingTitle))}\n<ul class="missing">${missing.join('\n')}</ul>` : ''}
</section>`;
}

/** A bar of `value` against `max`, hidden from screen readers (the number stands next to it). */
function bar(value: number, max: number, counts: boolean): string {
  const width = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return `<span class="bar${counts ? '' : ' no'}" style="width:${width.toFixed(1)}%" aria-hidden="true"></span>`;
}

/** Progress of `value` towards `minimum`, as a bar with the minimum marked, labelled in words. */
function progress(value: number, minimum: number, lang: Lang): string {
  const scale = Math.max(value, minimum) || 1;
  const label = fill(texts(lang).progress, { waarde: value, minimum }, lang);
  return `<div class="progress${value < minimum ? ' short' : ''}" role="img" aria-label="${e(label)}"><span class="fill" style="width:${((value / scale) * 100).toFixed(1)}%"></span><span class="min" style="left:${((minimum / scale) * 100).toFixed(1)}%"></span></div>`;
}

function hoursSection(report: Report, ctx: Context): string {
  const hours = report.uren;
  if (!hours) return '';
  const t = texts(ctx.lang);
  const minimum = ctx.ruleset.kader.getallen.min_werkervaring_uren;
  const max = Math.max(...hours.perCategorie.map((c) => c.uren), 1);
  const rows = hours.perCategorie.map(
    (c) =>
      `<tr data-categorie="${e(c.categorie)}" data-uren="${c.uren}" data-telt="${c.telt}"><th scope="row">${e(c.categorie)}</th><td class="num">${num(c.uren, ctx.lang)}</td><td>${e(c.telt ? t.yes : t.no)}</td><td class="barcell">${bar(c.uren, max, c.telt)}</td></tr>`,
  );
  return `<section aria-labelledby="${e(ctx.id)}uren" data-totaal="${hours.totaal}" data-tellend="${hours.tellend}">
${heading(ctx.level, e(t.hoursTitle), `${ctx.id}uren`)}
<p>${e(fill(t.hoursTotal, { totaal: hours.totaal, tellend: hours.tellend, minimum }, ctx.lang))}</p>
${progress(hours.tellend, minimum, ctx.lang)}
${hours.naIndiendatum > 0 ? `<p>${e(fill(t.hoursAfter, { uren: hours.naIndiendatum }, ctx.lang))}</p>` : ''}
<div class="scroll" role="region" tabindex="0" aria-labelledby="${e(ctx.id)}uren-cap">
<table class="hours"><caption id="${e(ctx.id)}uren-cap">${e(fill(t.hoursCaption, { bestand: hours.bestand }, ctx.lang))}</caption>
<thead><tr><th scope="col">${e(t.category)}</th><th scope="col" class="num">${e(t.hours)}</th><th scope="col">${e(t.counts)}</th><th scope="col"><span class="sr-only">${e(t.hours)}</span></th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>
</section>`;
}

function coursesSection(report: Report, ctx: Context): string {
  const courses = report.cursussen;
  if (!courses) return '';
  const t = texts(ctx.lang);
  const max = Math.max(...courses.perCursus.map((c) => c.uren ?? 0), 1);
  const rows = courses.perCursus.map(
    (c) =>
      `<tr data-naam="${e(c.naam)}" data-uren="${c.uren ?? ''}" data-telt="${c.telt}"><th scope="row">${e(c.naam)}</th><td class="num">${c.uren === undefined ? '–' : num(c.uren, ctx.lang)}</td><td>${e(c.telt ? t.yes : t.no)}</td><td class="barcell">${bar(c.uren ?? 0, max, c.telt)}</td></tr>`,
  );
  return `<section aria-labelledby="${e(ctx.id)}opleiding" data-tellend="${courses.tellend}" data-minimum="${courses.minimum}">
${heading(ctx.level, e(t.coursesTitle), `${ctx.id}opleiding`)}
<p>${e(fill(t.coursesTotal, { tellend: courses.tellend, minimum: courses.minimum, ects: ctx.ruleset.kader.getallen.min_ects }, ctx.lang))}</p>
${progress(courses.tellend, courses.minimum, ctx.lang)}
<div class="scroll" role="region" tabindex="0" aria-labelledby="${e(ctx.id)}cursus-cap">
<table class="courses"><caption id="${e(ctx.id)}cursus-cap">${e(fill(t.coursesCaption, { route: courses.route }, ctx.lang))}</caption>
<thead><tr><th scope="col">${e(t.course)}</th><th scope="col" class="num">${e(t.hours)}</th><th scope="col">${e(t.counts)}</th><th scope="col"><span class="sr-only">${e(t.hours)}</span></th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>
</section>`;
}

function finding(d: Report['diagnostics'][number], lang: Lang, ruleset: Ruleset): string {
  const t = texts(lang);
  const rule = ruleset.rules.find((r) => r.id === d.rule);
  const text = ruleText(lang, d.rule, ruleset);
  const severity = catalogues[lang].ui.severity[d.severity];
  const attrs = [
    `data-rule="${e(d.rule)}"`,
    `data-severity="${d.severity}"`,
    ...(d.file ? [`data-file="${e(d.file)}"`] : []),
    ...(d.line ? [`data-line="${d.line}"`] : []),
    ...(d.column ? [`data-column="${d.column}"`] : []),
    ...(d.accepted ? ['data-accepted="true"'] : []),
  ];
  return `<li class="finding ${d.severity}" ${attrs.join(' ')}>
<p class="head"><span class="badge ${d.severity}"><span aria-hidden="true">${SEVERITY_SYMBOL[d.severity]}</span> ${e(severity)}</span> <code class="where">${e(place(d, lang))}</code> <span class="rule">${e(text ? `${text.title} (${d.rule})` : d.rule)}</span></p>
<p class="message">${e(d.message)}</p>
${rule ? `<p class="meta source">${e(fill(t.source, { part: rule.source }))}</p>` : ''}
${text ? `<p class="fix"><strong>${e(t.fix)}:</strong> ${e(text.fix)}</p>` : ''}
</li>`;
}

function findingsSection(report: Report, ctx: Context): string {
  const t = texts(ctx.lang);
  const byPart = findingsByPart(report, true, ctx.ruleset);
  const parts: string[] = [];
  for (const [part, list] of byPart) {
    if (list.length === 0) continue;
    parts.push(`<section aria-labelledby="${e(ctx.id)}deel-${part}" data-part="${part}">
${heading(ctx.level + 1, e(catalogues[ctx.lang].parts[part as Part]), `${ctx.id}deel-${part}`)}
<ol class="findings">${list.map((d) => finding(d, ctx.lang, ctx.ruleset)).join('\n')}</ol>
</section>`);
  }
  const hints = contentHints(report);
  const hintsPart =
    hints.length > 0
      ? `<section aria-labelledby="${e(ctx.id)}doorvragen" class="hints">
${heading(ctx.level, e(t.hintsTitle), `${ctx.id}doorvragen`)}
<p class="meta">${e(t.hintsIntro)}</p>
<ol class="findings">${hints.map((d) => finding(d, ctx.lang, ctx.ruleset)).join('\n')}</ol>
</section>`
      : '';
  return `<section aria-labelledby="${e(ctx.id)}bevindingen">
${heading(ctx.level, e(t.findingsTitle), `${ctx.id}bevindingen`)}
${parts.length > 0 ? parts.join('\n') : `<p>${e(t.noFindings)}</p>`}
</section>
${hintsPart}`;
}

/** The sections of one portfolio's report, in order, and the table of contents linking to them. */
function portfolioSections(report: Report, ctx: Context): { toc: [string, string][]; body: string } {
  const t = texts(ctx.lang);
  const toc: [string, string][] = [[`${ctx.id}oordeel`, t.verdictTitle]];
  if (report.coverage.cases.length > 0) toc.push([`${ctx.id}dekking`, catalogues[ctx.lang].ui.matrix.title]);
  if (report.uren) toc.push([`${ctx.id}uren`, t.hoursTitle]);
  if (report.cursussen) toc.push([`${ctx.id}opleiding`, t.coursesTitle]);
  toc.push([`${ctx.id}bevindingen`, t.findingsTitle]);
  if (contentHints(report).length > 0) toc.push([`${ctx.id}doorvragen`, t.hintsTitle]);
  const body = [summarySection(report, ctx), matrixSection(report, ctx), hoursSection(report, ctx), coursesSection(report, ctx), findingsSection(report, ctx)].filter(Boolean).join('\n');
  return { toc, body };
}

function submitted(report: Report, lang: Lang): string {
  const t = texts(lang);
  return e(fill(report.indiendatumBron === 'vandaag' ? t.submittedToday : t.submitted, { datum: report.indiendatum }, lang));
}

/** In watch mode: a note, a pause button and a reload every few seconds (the page is a file; it cannot ask whether it changed). */
function watchNote(lang: Lang): string {
  const t = texts(lang);
  return `<p class="watch" role="status">${e(t.watching)} <button type="button" id="rlp-pauze" aria-pressed="false" data-pause="${e(t.pause)}" data-resume="${e(t.resume)}">${e(t.pause)}</button></p>
<script>(function(){var k="rlp-pauze",b=document.getElementById(k),p=false;try{p=sessionStorage.getItem(k)==="1"}catch(x){}function s(){b.setAttribute("aria-pressed",String(p));b.textContent=p?b.dataset.resume:b.dataset.pause}s();b.addEventListener("click",function(){p=!p;try{sessionStorage.setItem(k,p?"1":"0")}catch(x){}s()});setInterval(function(){if(!p&&!document.hidden)location.reload()},3000)})();</script>`;
}

function page(lang: Lang, title: string, intro: string, toc: [string, string][], main: string, options: Pick<FormatOptions, 'watching'>): string {
  const t = texts(lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="rlp ${e(version)}">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#inhoud">${e(t.skip)}</a>
<header class="top">
<h1>${e(title)}</h1>
${intro}
${options.watching ? watchNote(lang) : ''}
</header>
<nav class="toc" aria-label="${e(t.contents)}"><ul>${toc.map(([id, text]) => `<li><a href="#${e(id)}">${e(text)}</a></li>`).join('')}</ul></nav>
<main id="inhoud" tabindex="-1">
${main}
</main>
<footer><p>${e(fill(t.generated, { version }))}</p></footer>
</body>
</html>
`;
}

export const html: Formatter = (report, options) => {
  const { toc, body } = portfolioSections(report, { lang: options.lang, id: '', level: 2, ruleset: reportRuleset(report, options.ruleset), ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}) });
  return page(options.lang, fill(texts(options.lang).title, { name: report.portfolio }), `<p class="meta">${submitted(report, options.lang)}</p>`, toc, body, options);
};

/**
 * The HTML page of a group (`rlp check --alle`, several folders): an overview table (portfolio,
 * verdict, errors, warnings, state per part), each name linking to that portfolio's report
 * further down the page. Sections are rendered as reports come in; the page is put together at
 * the end, since the overview comes first.
 */
export function htmlCohort(lang: Lang, options: Pick<FormatOptions, 'watching'> = {}): CohortOutput {
  const t = texts(lang);
  const cohort = catalogues[lang].cohort;
  const rows: string[] = [];
  const sections: string[] = [];
  return {
    open: () => '',
    item(report: Report, failed: Failure) {
      const n = rows.length + 1;
      const id = `p${n}-`;
      const state: PartState = failed ? 'errors' : report.summary.warnings > 0 ? 'warnings' : 'ok';
      const word = failed === 'errors' ? cohort.verdict.errors : failed === 'warnings' ? cohort.verdict.tooManyWarnings : report.summary.warnings > 0 ? cohort.verdict.okWithWarnings : cohort.verdict.ok;
      const ruleset = reportRuleset(report);
      const standings = partStandings(report, ruleset);
      rows.push(
        `<tr data-portfolio="${e(report.portfolio)}" data-ok="${report.ok}" data-errors="${report.summary.errors}" data-warnings="${report.summary.warnings}"><th scope="row"><a href="#${id}rapport">${e(report.portfolio)}</a></th><td><span class="state s-${state}"><span aria-hidden="true">${STATE_SYMBOL[state]}</span> ${e(word)}</span></td><td class="num">${report.summary.errors}</td><td class="num">${report.summary.warnings}</td>${standings
          .map((s) => `<td class="state s-${s.state}" data-part="${s.part}" data-state="${s.state}"><span aria-hidden="true">${STATE_SYMBOL[s.state]}</span><span class="sr-only"> ${e(t.states[s.state])}</span></td>`)
          .join('')}</tr>`,
      );
      const { body } = portfolioSections(report, { lang, id, level: 3, ruleset });
      sections.push(`<article class="portfolio" aria-labelledby="${id}rapport" data-portfolio="${e(report.portfolio)}">
<h2 id="${id}rapport">${e(fill(t.title, { name: report.portfolio }))}</h2>
<p class="meta">${submitted(report, lang)} · <a class="back" href="#overzicht">${e(t.toOverview)}</a></p>
${body}
</article>`);
      return '';
    },
    close() {
      const names = catalogues[lang].parts;
      const overview = `<section aria-labelledby="overzicht">
<h2 id="overzicht" tabindex="-1">${e(t.overviewTitle)}</h2>
<div class="scroll" role="region" tabindex="0" aria-labelledby="overzicht-cap">
<table class="overview"><caption id="overzicht-cap">${e(t.overviewCaption)}</caption>
<thead><tr><th scope="col">${e(t.portfolio)}</th><th scope="col">${e(t.verdict)}</th><th scope="col" class="num">${e(t.errors)}</th><th scope="col" class="num">${e(t.warnings)}</th>${partOrder
        .map((p) => `<th scope="col"><abbr title="${e(names[p])}">${e(p === 'bestand' || p === 'privacy' ? names[p] : p)}</abbr></th>`)
        .join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>
${stateLegend(lang)}
</section>`;
      return page(lang, fill(t.groupTitle, { count: rows.length }), '', [['overzicht', t.overviewTitle]], `${overview}\n${sections.join('\n')}`, options);
    },
  };
}
