/**
 * `C/periode`: each case ended within the two years before the indiendatum and not after it;
 * a warning when it started before that window (toetsingskader C.1: "in de afgelopen twee jaar").
 */
import { addYears, compareDates, formatDate, parseDate } from '../dates.js';
import { isInvalid, metaPlace } from './place.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'C/periode',
  severity: 'error',
  part: 'C',
  source: 'C.1',
  check({ portfolio, settings, report, kader }) {
    const years = kader.getallen.casus_venster_jaren;
    const windowStart = addYears(settings.indiendatum, -years);
    const args = { indiendatum: formatDate(settings.indiendatum), grens: formatDate(windowStart), jaren: years };
    for (const doc of portfolio.cases) {
      if (!doc.meta || isInvalid(doc, 'periode')) continue;
      const periode = doc.meta.periode;
      if (!periode?.eind) {
        report({ messageId: periode ? 'noEnd' : 'missing', ...metaPlace(doc, 'periode') });
        continue;
      }
      const eind = parseDate(periode.eind)!;
      const start = periode.start ? parseDate(periode.start) : undefined;
      if (!start) report({ messageId: 'noStart', severity: 'warning', ...metaPlace(doc, 'periode') });
      if (start && compareDates(start, eind) > 0) {
        report({ messageId: 'order', args: { start: periode.start!, eind: periode.eind }, ...metaPlace(doc, 'periode', 'start') });
        continue;
      }
      if (compareDates(eind, settings.indiendatum) > 0) {
        report({ messageId: 'future', args: { ...args, eind: periode.eind }, ...metaPlace(doc, 'periode', 'eind') });
      } else if (compareDates(eind, windowStart) < 0) {
        report({ messageId: 'tooOld', args: { ...args, eind: periode.eind }, ...metaPlace(doc, 'periode', 'eind') });
      } else if (start && compareDates(start, windowStart) < 0) {
        report({ messageId: 'startedBefore', severity: 'warning', args: { ...args, start: periode.start! }, ...metaPlace(doc, 'periode', 'start') });
      }
    }
  },
};
