/**
 * The progress view: where a candidate stands per part of the portfolio and the next three things
 * to do. `rlp status` prints only this; the pretty report opens with it when there are many errors
 * (`opensWithProgress`). Renders what src/overview.ts `progress` computed; decides nothing.
 */
import type { Chalk } from 'chalk';
import { catalogues, fill } from '../messages/index.js';
import { progress } from '../overview.js';
import type { Report } from '../report.js';
import type { Lang } from '../types.js';

/** The lines of the progress view of `report` in `lang`, coloured with `c` (a chalk instance, level 0 for none). */
export function progressLines(report: Report, lang: Lang, c: InstanceType<typeof Chalk>): string[] {
  const t = catalogues[lang].ui.progress;
  const { parts, next } = progress(report);
  const lines = [c.bold.underline(t.title)];
  const width = Math.max(...parts.map((p) => catalogues[lang].parts[p.part].length)) + 1;
  for (const p of parts) {
    const name = `${catalogues[lang].parts[p.part]}:`.padEnd(width + 1);
    const state = p.errors > 0 ? c.red(fill(t.errors, { errors: p.errors }, lang)) : p.warnings > 0 ? c.yellow(fill(t.warnings, { warnings: p.warnings }, lang)) : c.green(t.ok);
    const items = p.items ? `${fill(t.items, { done: p.items.done, needed: p.items.needed }, lang)}; ` : '';
    lines.push(`  ${name} ${items}${state}`);
  }
  if (next.length > 0) {
    lines.push('', c.bold(t.next));
    next.forEach((d, i) => {
      const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}` : catalogues[lang].ui.portfolioLevel;
      lines.push(`  ${i + 1}. ${d.message}  ${c.dim(`(${where})`)}`);
    });
  }
  return lines;
}
