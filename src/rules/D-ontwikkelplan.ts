/**
 * `D/ontwikkelplan`: the development plan is there, covers four calendar years (front-matter
 * `periode: { van: 2027, tot: 2030 }`, both years included) and answers each of the four
 * questions of toetsingskader D in its own `##` section (heading = the question's short label,
 * e.g. `## Doelen en acties`, or the question itself; matched like case headings). A plan that
 * starts in a year before the indiendatum's year gets a warning: it looks back, not ahead.
 */
import { kader } from '../kader.js';
import { headingMatches } from '../text.js';
import type { Section } from '../types.js';
import { metaPlace, sectionPlace } from './place.js';
import { markdownPart } from './B2-motivatie.js';
import type { Rule } from './rule.js';

/** Own words under a section, its subsections included. */
function wordsUnder(section: Section): number {
  return section.children.reduce((sum, child) => sum + wordsUnder(child), section.words);
}

export const rule: Rule = {
  id: 'D/ontwikkelplan',
  severity: 'error',
  part: 'D',
  source: 'D',
  check({ portfolio, settings, report }) {
    if (!portfolio.hasConfig && !portfolio.ontwikkelplan) return;
    const part = markdownPart(portfolio, 'ontwikkelplan');
    const jaren = kader.getallen.ontwikkelplan_jaren;
    if (!('doc' in part)) {
      report({ messageId: 'missing', args: { path: part.path, jaren }, ...part.place });
      return;
    }
    const doc = portfolio.ontwikkelplan!;
    const periode = doc.meta?.periode;
    if (periode?.van === undefined || periode.tot === undefined) {
      report({ messageId: 'noPeriod', args: { jaren, van: settings.indiendatum.year + 1, tot: settings.indiendatum.year + jaren }, ...metaPlace(doc, 'periode') });
    } else {
      const { van, tot } = periode;
      if (tot < van) report({ messageId: 'order', args: { van, tot }, ...metaPlace(doc, 'periode') });
      else if (tot - van + 1 !== jaren) report({ messageId: 'years', args: { van, tot, geteld: tot - van + 1, jaren, voorbeeld: van + jaren - 1 }, ...metaPlace(doc, 'periode') });
      if (van < settings.indiendatum.year) report({ messageId: 'pastStart', severity: 'warning', args: { van, jaar: settings.indiendatum.year }, ...metaPlace(doc, 'periode', 'van') });
    }
    for (const vraag of kader.ontwikkelplan.vragen) {
      const section = doc.sections.find((s) => s.depth === 2 && (headingMatches(s.title, vraag.kop) || headingMatches(s.title, vraag.vraag)));
      if (!section) report({ messageId: 'missingSection', args: { kop: vraag.kop }, file: doc.file });
      else if (wordsUnder(section) === 0) report({ messageId: 'emptySection', args: { kop: vraag.kop }, ...sectionPlace(doc.file, section) });
    }
  },
};
