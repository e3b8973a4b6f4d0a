/**
 * `A/cursus` (warning): for routes 2–4, each course that does not count towards the 98 hours,
 * with the reasons: no quality mark (also `keurmerk: geen`, `n.v.t.`, `-`), certificate not signed
 * by the provider, no study load in hours (or ECTS), no certificate file (toetsingskader A,
 * "Vereisten certificaat/bewijs van deelname"). A course whose name says nothing about career
 * guidance ("gericht op loopbaanadvisering, -coaching en/of -begeleiding"). Also a course whose
 * `uren` and `ects` disagree: `uren` is what counts.
 */
import { chosenRoute, courseName, courseReasons, doubtfulCourse } from '../courses.js';
import { roundHours } from '../hours.js';
import type { ItemRef } from '../types.js';
import { configPlace, isConfigInvalid } from './place.js';
import type { Rule } from './rule.js';

/** The fields of a course behind each reason it does not count (see `courseReasons`). */
const REASON_FIELDS: Record<string, readonly string[]> = {
  reasonKeurmerk: ['keurmerk'],
  reasonSigned: ['ondertekend'],
  reasonHours: ['uren', 'ects'],
  reasonFile: ['bestand'],
};

export const rule: Rule = {
  id: 'A/cursus',
  severity: 'warning',
  part: 'A',
  source: 'A',
  check({ portfolio, report, kader, ruleset }) {
    if (!chosenRoute(portfolio, kader)?.cursussen) return;
    const perEcts = kader.getallen.uren_per_ects;
    portfolio.config?.opleiding?.cursussen?.forEach((course, i) => {
      const place = configPlace(portfolio, 'opleiding', 'cursussen', i);
      const naam = courseName(course, i);
      const reasons = courseReasons(course, ruleset);
      if (reasons.length > 0) {
        // A reason whose value was written but could not be read (`ondertekend: misschien`) is
        // bestand/schema's finding; the course still does not count, but "er staat niet bij" would be false.
        const said = reasons.filter((id) => !REASON_FIELDS[id]?.some((field) => isConfigInvalid(portfolio, 'opleiding', 'cursussen', i, field)));
        const redenen: ItemRef[] = said.map((id) => ({ ref: 'tekst', rule: 'A/cursus', id }));
        if (said.length > 0) report({ messageId: 'notCounted', args: { naam, redenen, minimum: kader.getallen.min_cursusuren }, ...place });
        return;
      }
      if (doubtfulCourse(course, ruleset.woorden)) report({ messageId: 'notCareer', args: { naam }, ...configPlace(portfolio, 'opleiding', 'cursussen', i, 'naam') });
      if (course.uren !== undefined && course.ects !== undefined && Math.abs(course.uren - course.ects * perEcts) >= 1) {
        report({ messageId: 'mismatch', args: { naam, uren: course.uren, ects: course.ects, omgerekend: roundHours(course.ects * perEcts) }, ...configPlace(portfolio, 'opleiding', 'cursussen', i, 'uren') });
      }
    });
  },
};
