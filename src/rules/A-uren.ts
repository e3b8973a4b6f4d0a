/**
 * `A/uren`: for routes 2–4, the qualifying courses add up to at least 98 hours of study load
 * (3.5 ECTS; 1 ECTS = 28 h). A course qualifies with a quality mark, a signed certificate and its
 * hours stated (toetsingskader A); `A/cursus` says why a course does not. Hours are summed to 0.01 h,
 * so 97.9 h fires and 98 h (or 3.5 ECTS) does not. No courses at all is `A/route`'s finding.
 */
import { roundHours } from '../hours.js';
import { configPlace } from './place.js';
import { chosenRoute, courseHours, courseReasons, doubtfulCourse } from '../courses.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'A/uren',
  severity: 'error',
  part: 'A',
  source: 'A',
  check({ portfolio, report, kader, ruleset }) {
    const courses = portfolio.config?.opleiding?.cursussen ?? [];
    if (!chosenRoute(portfolio, kader)?.cursussen || courses.length === 0) return;
    const qualifying = courses.filter((c) => courseReasons(c, ruleset).length === 0);
    const uren = roundHours(qualifying.reduce((sum, c) => sum + courseHours(c, kader)!, 0));
    const { min_cursusuren: minimum, min_ects: ects } = kader.getallen;
    if (uren >= minimum) {
      // Enough only thanks to courses whose name says nothing about career guidance: no false safety.
      const sure = roundHours(qualifying.filter((c) => !doubtfulCourse(c, ruleset.woorden)).reduce((sum, c) => sum + courseHours(c, kader)!, 0));
      if (sure < minimum) report({ messageId: 'onlyWithDoubtful', severity: 'warning', args: { uren: sure, minimum, ects }, ...configPlace(portfolio, 'opleiding', 'cursussen') });
      return;
    }
    const skipped = courses.length - qualifying.length;
    const args = { uren, minimum, ects, tekort: roundHours(minimum - uren), overgeslagen: skipped };
    report({ messageId: skipped > 0 ? 'tooFewSkipped' : 'tooFew', args, ...configPlace(portfolio, 'opleiding', 'cursussen') });
  },
};
