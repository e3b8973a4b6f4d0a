/**
 * `A/diploma`: for routes 1 and 2, the diploma is at hbo or wo level, signed by the institution,
 * from an NVAO-accredited institution; for route 1 also a CROHO programme aimed at "mens en
 * organisatie" (toetsingskader A, randvoorwaarden). A missing diploma is `A/route`'s finding.
 */
import { configPlace, isConfigInvalid } from './place.js';
import { chosenRoute } from '../courses.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'A/diploma',
  severity: 'error',
  part: 'A',
  source: 'A',
  check({ portfolio, report, kader }) {
    const route = chosenRoute(portfolio, kader);
    const diploma = portfolio.config?.opleiding?.diploma;
    if (route?.bewijs !== 'diploma' || !diploma) return;
    const at = (key: string) => configPlace(portfolio, 'opleiding', 'diploma', key);
    // A value written but unreadable is bestand/schema's finding, not a missing one.
    const unread = (key: string) => isConfigInvalid(portfolio, 'opleiding', 'diploma', key);
    if (!diploma.niveau && !unread('niveau')) report({ messageId: 'noLevel', ...at('niveau') });
    if (diploma.ondertekend !== true && !unread('ondertekend')) report({ messageId: 'notSigned', ...at('ondertekend') });
    if (diploma.nvao !== true && !unread('nvao')) report({ messageId: 'notNvao', ...at('nvao') });
    if (route.croho_mens_en_organisatie && diploma.croho_mens_en_organisatie !== true && !unread('croho_mens_en_organisatie')) {
      report({ messageId: 'notCroho', args: { route: route.id, minimum: kader.getallen.min_cursusuren }, ...at('croho_mens_en_organisatie') });
    }
  },
};
