/**
 * `A/cursus` (warning): for routes 2–4, each course that does not count towards the 98 hours,
 * with the reasons: no quality mark, certificate not signed by the provider, no study load in
 * hours (or ECTS), no certificate file (toetsingskader A, "Vereisten certificaat/bewijs van
 * deelname"). Also a course whose `uren` and `ects` disagree: `uren` is what counts.
 */
import { kader } from '../kader.js';
import { roundHours } from '../hours.js';
import type { PortfolioConfig } from '../schema.js';
import type { ItemRef } from '../types.js';
import { configPlace } from './place.js';
import { chosenRoute } from './A-route.js';
import type { Rule } from './rule.js';

/** A course as written under `opleiding.cursussen`. */
export type Course = NonNullable<NonNullable<PortfolioConfig['opleiding']>['cursussen']>[number];

/**
 * Study load of a course in hours: `uren` when given (also when `ects` is given too: the
 * certificate's hours are what the assessor reads), else `ects` × 28; undefined when neither.
 */
export function courseHours(course: Course): number | undefined {
  if (course.uren !== undefined) return course.uren;
  return course.ects === undefined ? undefined : roundHours(course.ects * kader.getallen.uren_per_ects);
}

/** Why a course does not count (message ids of A/cursus); empty when it counts. */
export function courseReasons(course: Course): string[] {
  const reasons: string[] = [];
  if (!course.keurmerk?.trim()) reasons.push('reasonKeurmerk');
  if (course.ondertekend !== true) reasons.push('reasonSigned');
  if (!courseHours(course)) reasons.push('reasonHours');
  if (!course.bestand) reasons.push('reasonFile');
  return reasons;
}

/** How a finding names a course: its `naam`, else its number in the list (`#3`). */
export function courseName(course: Course, index: number): string {
  return course.naam?.trim() || `#${index + 1}`;
}

export const rule: Rule = {
  id: 'A/cursus',
  severity: 'warning',
  part: 'A',
  source: 'A',
  check({ portfolio, report }) {
    if (!chosenRoute(portfolio)?.cursussen) return;
    const perEcts = kader.getallen.uren_per_ects;
    portfolio.config?.opleiding?.cursussen?.forEach((course, i) => {
      const place = configPlace(portfolio, 'opleiding', 'cursussen', i);
      const naam = courseName(course, i);
      const reasons = courseReasons(course);
      if (reasons.length > 0) {
        const redenen: ItemRef[] = reasons.map((id) => ({ ref: 'tekst', rule: 'A/cursus', id }));
        report({ messageId: 'notCounted', args: { naam, redenen, minimum: kader.getallen.min_cursusuren }, ...place });
      } else if (course.uren !== undefined && course.ects !== undefined && Math.abs(course.uren - course.ects * perEcts) >= 1) {
        report({ messageId: 'mismatch', args: { naam, uren: course.uren, ects: course.ects, omgerekend: roundHours(course.ects * perEcts) }, ...configPlace(portfolio, 'opleiding', 'cursussen', i, 'uren') });
      }
    });
  },
};
