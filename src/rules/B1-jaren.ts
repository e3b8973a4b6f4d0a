/**
 * `B1/jaren`: active in the field at least two years at the indiendatum (toetsingskader B1,
 * "tenminste twee jaar actief binnen het vakgebied"): `werkervaring.actief_sinds` on or before the
 * same calendar day two years earlier (29 February counts as 28 February in a year without it).
 */
import { addYears, compareDates, formatDate, parseDate } from '../dates.js';
import { configPlace, isConfigInvalid } from './place.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'B1/jaren',
  severity: 'error',
  part: 'B1',
  source: 'B1',
  check({ portfolio, settings, report, kader }) {
    if (!portfolio.config) return;
    const sinds = portfolio.config.werkervaring?.actief_sinds;
    const place = configPlace(portfolio, 'werkervaring', 'actief_sinds');
    const date = sinds ? parseDate(sinds) : undefined;
    const years = kader.getallen.min_jaren_actief;
    if (!date) {
      // Written but unreadable (01-09-2022): bestand/schema says how to write it; it is not missing.
      if (isConfigInvalid(portfolio, 'werkervaring', 'actief_sinds')) return;
      report({ messageId: 'missing', args: { jaren: years }, ...place });
      return;
    }
    const grens = addYears(settings.indiendatum, -years);
    if (compareDates(date, grens) > 0) {
      report({ messageId: 'tooShort', args: { sinds: sinds!, grens: formatDate(grens), indiendatum: formatDate(settings.indiendatum), jaren: years }, ...place });
    }
  },
};
