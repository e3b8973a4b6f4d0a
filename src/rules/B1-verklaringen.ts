/**
 * `B1/verklaringen`: both B1 declarations ("Tenminste 2 jaar actief in het vakgebied en 1200 uur
 * beroepsgerichte werkervaring" and "Werkzaam als uitvoerend loopbaanprofessional") are given,
 * signed, dated not after the indiendatum, and uploaded (toetsingskader B1: "volledig ingevuld en
 * ondertekend"). A declaration dated on the indiendatum itself counts. The declaration of two years'
 * experience dated before `actief_sinds` + two years declares what had not yet happened (error);
 * the declaration of current activity dated more than six months before the indiendatum does not
 * show current activity (warning; contract §7).
 */
import { addMonths, addYears, compareDates, formatDate, parseDate } from '../dates.js';
import { configPlace, isConfigInvalid } from './place.js';
import type { Rule } from './rule.js';

/** The keys under `werkervaring:` of the two declarations (contract §2), in the framework's order. */
const DECLARATIONS = ['verklaring_werkervaring', 'verklaring_actief'] as const;

export const rule: Rule = {
  id: 'B1/verklaringen',
  severity: 'error',
  part: 'B1',
  source: 'B1',
  check({ portfolio, settings, report, kader }) {
    if (!portfolio.config) return;
    const since = portfolio.config.werkervaring?.actief_sinds ? parseDate(portfolio.config.werkervaring.actief_sinds) : undefined;
    for (const key of DECLARATIONS) {
      const declaration = portfolio.config.werkervaring?.[key];
      const at = (...field: string[]) => configPlace(portfolio, 'werkervaring', key, ...field);
      // A value written but unreadable is bestand/schema's finding, not a missing one.
      const unread = (...field: string[]) => isConfigInvalid(portfolio, 'werkervaring', key, ...field);
      const args = { verklaring: { ref: 'tekst' as const, rule: this.id, id: key }, sleutel: key, indiendatum: formatDate(settings.indiendatum), datum: declaration?.datum ?? '' };
      if (!declaration) {
        if (!unread()) report({ messageId: 'missing', args, ...at() });
        continue;
      }
      if (declaration.ondertekend !== true && !unread('ondertekend')) report({ messageId: 'notSigned', args, ...at('ondertekend') });
      const date = declaration.datum ? parseDate(declaration.datum) : undefined;
      if (!date) {
        if (!unread('datum')) report({ messageId: 'noDate', args, ...at('datum') });
      }
      else if (compareDates(date, settings.indiendatum) > 0) report({ messageId: 'afterDate', args, ...at('datum') });
      else if (key === 'verklaring_werkervaring' && since && compareDates(date, addYears(since, kader.getallen.min_jaren_actief)) < 0) {
        // It declares two years of activity that had not yet passed when it was signed.
        report({ messageId: 'beforeTwoYears', args: { ...args, sinds: formatDate(since), jaren: kader.getallen.min_jaren_actief, vanaf: formatDate(addYears(since, kader.getallen.min_jaren_actief)) }, ...at('datum') });
      } else if (key === 'verklaring_actief' && compareDates(date, addMonths(settings.indiendatum, -kader.getallen.verklaring_actief_max_maanden)) < 0) {
        report({ messageId: 'notCurrent', severity: 'warning', args: { ...args, maanden: kader.getallen.verklaring_actief_max_maanden }, ...at('datum') });
      }
      if (!declaration.bestand && !unread('bestand')) report({ messageId: 'noFile', args, ...at('bestand') });
    }
  },
};
