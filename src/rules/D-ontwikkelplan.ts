/**
 * `D/ontwikkelplan`: the development plan is there, covers four calendar years and answers each of
 * the four questions of toetsingskader D in its own `##` section (contract §3). The period is read
 * as people write it: `{ van: 2027, tot_en_met: 2030 }`; `{ van: 2027, tot: 2030 }` and
 * `{ van: 2027, tot: 2031 }` both mean 2027–2030 (Dutch "tot" is ambiguous); `2027-2030`. A heading
 * is the question's short label, the question itself (in full or its first words, "ik" or "je"),
 * or names its key terms (`Welke belemmeringen voorzie je?`). Warnings: a plan that starts in a year
 * before the indiendatum's year (it looks back) or more than one year after it (contract §7); a
 * section shorter than `min_woorden`; a `##` heading that answers none of the questions.
 */
import { matchHeading, type HeadingItem } from '../headings.js';
import { suggestHeading } from '../text.js';
import type { Section } from '../types.js';
import { metaPlace, sectionPlace } from './place.js';
import { markdownPart } from './place.js';
import type { Rule } from './rule.js';
import { perObject, type Kader } from '../kader.js';

/** The questions of D as headings a plan can have (computed once per framework). */
const questionsOf = perObject((kader: Kader): HeadingItem[] => kader.ontwikkelplan.vragen.map((v) => ({ id: v.id, labels: [v.kop, ...(v.aliassen ?? [])], vraag: v.vraag, ...(v.trefwoorden ? { trefwoorden: v.trefwoorden } : {}) })));

/**
 * The plan's years, both included, from the front-matter: `tot_en_met` as written; `tot` as the
 * last year when that makes the framework's `jaren` years, as the year after the last when that does,
 * else as the last year. Undefined when a year is missing.
 */
export function planYears(periode: { van?: number; tot?: number; tot_en_met?: number } | undefined, jaren: number): { van: number; tot: number } | undefined {
  if (periode?.van === undefined) return undefined;
  if (periode.tot_en_met !== undefined) return { van: periode.van, tot: periode.tot_en_met };
  if (periode.tot === undefined) return undefined;
  return { van: periode.van, tot: periode.tot - periode.van === jaren ? periode.tot - 1 : periode.tot };
}

export const rule: Rule = {
  id: 'D/ontwikkelplan',
  severity: 'error',
  part: 'D',
  source: 'D',
  check({ portfolio, settings, report, kader }) {
    if (!portfolio.hasConfig && !portfolio.ontwikkelplan) return;
    const questions = questionsOf(kader);
    const part = markdownPart(portfolio, 'ontwikkelplan');
    const jaren = kader.getallen.ontwikkelplan_jaren;
    if (!('doc' in part)) {
      report({ messageId: 'missing', args: { path: part.path, jaren }, ...part.place });
      return;
    }
    const doc = portfolio.ontwikkelplan!;
    const years = planYears(doc.meta?.periode, jaren);
    const jaar = settings.indiendatum.year;
    if (!years) {
      report({ messageId: 'noPeriod', args: { jaren, van: jaar + 1, tot: jaar + jaren }, ...metaPlace(doc, 'periode') });
    } else {
      const { van, tot } = years;
      if (tot < van) report({ messageId: 'order', args: { van, tot }, ...metaPlace(doc, 'periode') });
      else if (tot - van + 1 !== jaren) report({ messageId: 'years', args: { van, tot, geteld: tot - van + 1, jaren, voorbeeld: van + jaren - 1 }, ...metaPlace(doc, 'periode') });
      const uitstel = kader.getallen.ontwikkelplan_max_uitstel_jaren;
      if (van < jaar) report({ messageId: 'pastStart', severity: 'warning', args: { van, jaar }, ...metaPlace(doc, 'periode', 'van') });
      else if (van > jaar + uitstel) report({ messageId: 'lateStart', severity: 'warning', args: { van, jaar, uiterlijk: jaar + uitstel }, ...metaPlace(doc, 'periode', 'van') });
    }
    const found = new Map<string, Section>();
    for (const section of doc.sections) {
      const id = matchHeading(section.title, questions);
      if (id && !found.has(id)) found.set(id, section);
      else if (!id) {
        const tip = suggestHeading(section.title, questions.flatMap((q) => q.labels));
        report({ messageId: tip ? 'unknownHeadingTip' : 'unknownHeading', severity: 'warning', args: { kop: section.title, tip: tip ?? '', koppen: kader.ontwikkelplan.vragen.map((v) => v.kop) }, ...sectionPlace(doc.file, section) });
      }
    }
    for (const vraag of kader.ontwikkelplan.vragen) {
      const section = found.get(vraag.id);
      if (!section) report({ messageId: 'missingSection', args: { kop: vraag.kop, vraag: vraag.vraag }, file: doc.file });
      else if (section.words === 0) report({ messageId: 'emptySection', args: { kop: vraag.kop }, ...sectionPlace(doc.file, section) });
      else if (section.words < settings.minWords) report({ messageId: 'shortSection', severity: 'warning', args: { kop: vraag.kop, woorden: section.words, minimum: settings.minWords }, ...sectionPlace(doc.file, section) });
    }
  },
};
