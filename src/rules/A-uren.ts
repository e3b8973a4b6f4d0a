/**
 * `A/uren`: for routes 2–4, the qualifying courses add up to at least 98 hours of study load
 * (3.5 ECTS; 1 ECTS = 28 h). A course qualifies with a quality mark, a signed certificate and its
 * hours stated (toetsingskader A); `A/cursus` says why a course does not. Hours are summed to 0.01 h,
 * so 97.9 h fires and 98 h (or 3.5 ECTS) does not. No courses at all is `A/route`'s finding.
 */
import { kader } from '../kader.js';
import { roundHours } from '../hours.js';
import { configPlace } from './place.js';
import { summariseCourses } from '../courses.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'A/uren',
  severity: 'error',
  part: 'A',
  source: 'A',
  check({ portfolio, report }) {
    const summary = summariseCourses(portfolio);
    if (!summary) return;
    const uren = summary.tellend;
    const { min_cursusuren: minimum, min_ects: ects } = kader.getallen;
    if (uren >= minimum) return;
    const skipped = summary.perCursus.filter((c) => !c.telt).length;
    const args = { uren, minimum, ects, tekort: roundHours(minimum - uren), overgeslagen: skipped };
    report({ messageId: skipped > 0 ? 'tooFewSkipped' : 'tooFew', args, ...configPlace(portfolio, 'opleiding', 'cursussen') });
  },
};
