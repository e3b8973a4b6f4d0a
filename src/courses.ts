/**
 * What the courses of routes 2–4 add up to (toetsingskader A: at least 98 hours of study load,
 * 3.5 ECTS). Pure: computed from portfolio.yaml's `opleiding`; used by `A/uren` and shown in the
 * report (`cursussen`). A course counts when `A/cursus` finds nothing missing (quality mark,
 * signed certificate, stated hours, certificate file).
 */
import { roundHours } from './hours.js';
import { kader } from './kader.js';
import { chosenRoute } from './rules/A-route.js';
import { courseHours, courseName, courseReasons } from './rules/A-cursus.js';
import type { Portfolio } from './types.js';

/** One course: its name (or `#n`), its study load in hours (absent when not stated), and whether it counts. */
export interface CourseHours {
  naam: string;
  uren?: number;
  telt: boolean;
}

/** The courses summed up: the route, the minimum (hours), the hours that count (0.01 h), each course in the portfolio's order. */
export interface CoursesSummary {
  route: number;
  minimum: number;
  tellend: number;
  perCursus: CourseHours[];
}

/** The courses of a portfolio whose route needs them (2–4) and lists any; undefined otherwise. */
export function summariseCourses(portfolio: Portfolio): CoursesSummary | undefined {
  const route = chosenRoute(portfolio);
  const courses = portfolio.config?.opleiding?.cursussen ?? [];
  if (!route?.cursussen || courses.length === 0) return undefined;
  const perCursus = courses.map((course, i) => {
    const uren = courseHours(course);
    return { naam: courseName(course, i), ...(uren !== undefined ? { uren: roundHours(uren) } : {}), telt: courseReasons(course).length === 0 };
  });
  const tellend = roundHours(perCursus.reduce((sum, c) => sum + (c.telt ? c.uren! : 0), 0));
  return { route: route.id, minimum: kader.getallen.min_cursusuren, tellend, perCursus };
}
