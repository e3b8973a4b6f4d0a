/**
 * `A/rapport`: for route 3 the EVC report, for route 4 the assessment report (toetsingskader A):
 * dated at most two years before the indiendatum (a report dated exactly two years before counts;
 * calendar years, 29 February becomes 28 February) and not after it; EVC: aimed at BOC level 6
 * and from a recognised provider; assessment: by an accredited bureau or a NIP A&O psychologist,
 * showing at least hbo level. A missing report is `A/route`'s finding.
 */
import { addYears, compareDates, formatDate, parseDate } from '../dates.js';
import { configPlace, isConfigInvalid } from './place.js';
import { chosenRoute } from '../courses.js';
import { documentName } from '../refs.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'A/rapport',
  severity: 'error',
  part: 'A',
  source: 'A',
  check({ portfolio, settings, report, kader }) {
    const key = chosenRoute(portfolio, kader)?.bewijs;
    const opleiding = portfolio.config?.opleiding;
    if ((key !== 'evc' && key !== 'assessment') || !opleiding?.[key]) return;
    const at = (field: string) => configPlace(portfolio, 'opleiding', key, field);
    // A value written but unreadable is bestand/schema's finding, not a missing one.
    const unread = (field: string) => isConfigInvalid(portfolio, 'opleiding', key, field);
    const years = kader.getallen.max_ouderdom_rapport_jaren;
    const grens = addYears(settings.indiendatum, -years);
    const datum = opleiding[key].datum;
    const date = datum ? parseDate(datum) : undefined;
    const args = { document: documentName(key), datum: datum ?? '', grens: formatDate(grens), indiendatum: formatDate(settings.indiendatum), jaren: years };
    if (!date) {
      if (!unread('datum')) report({ messageId: 'noDate', args, ...at('datum') });
    } else if (compareDates(date, settings.indiendatum) > 0) report({ messageId: 'future', args, ...at('datum') });
    else if (compareDates(date, grens) < 0) report({ messageId: 'tooOld', args, ...at('datum') });

    if (key === 'evc') {
      const evc = opleiding.evc!;
      const niveau = kader.getallen.min_boc_niveau;
      if ((evc.boc_niveau ?? 0) < niveau && !unread('boc_niveau')) report({ messageId: 'evcLevel', args: { niveau }, ...at('boc_niveau') });
      if (evc.erkende_aanbieder !== true && !unread('erkende_aanbieder')) report({ messageId: 'evcProvider', ...at('erkende_aanbieder') });
    } else {
      const assessment = opleiding.assessment!;
      if (!assessment.afgenomen_door && !unread('afgenomen_door')) report({ messageId: 'assessor', ...at('afgenomen_door') });
      if (assessment.hbo_niveau !== true && !unread('hbo_niveau')) report({ messageId: 'hboLevel', ...at('hbo_niveau') });
    }
  },
};
