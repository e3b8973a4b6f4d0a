/**
 * The courses of toetsingskader A (routes 2–4): which count towards the 98 hours (3.5 ECTS) and
 * why others do not. A course counts with a quality mark ("De cursussen beschikken over een
 * keurmerk"), a certificate signed by the provider, its study load stated, and its certificate
 * file. A `keurmerk` that is a negation (`geen`, `n.v.t.`, `-`, `onbekend`; schemas/woorden.yaml)
 * is no quality mark. A course whose name says nothing about career guidance still counts, but is
 * `doubtful`: the framework asks for courses "gericht op loopbaanadvisering, -coaching en/of
 * -begeleiding" (contract §7). Pure.
 */
import { perObject, type Kader } from './kader.js';
import { roundHours } from './hours.js';
import type { PortfolioConfig } from './schema.js';
import type { Portfolio } from './types.js';
import type { Ruleset } from './rules/rule.js';
import { termMatcher, words, type Woorden } from './woorden.js';

/** A course as written under `opleiding.cursussen`. */
export type Course = NonNullable<NonNullable<PortfolioConfig['opleiding']>['cursussen']>[number];

/** A route of toetsingskader A, as in schemas/kader.yaml. */
export type Route = Kader['routes'][number];

/** The route the portfolio chose, or undefined when none (or an unknown one) is given. */
export function chosenRoute(portfolio: Portfolio, kader: Kader): Route | undefined {
  const id = portfolio.config?.opleiding?.route;
  return kader.routes.find((r) => r.id === id);
}

/**
 * Study load of a course in hours: `uren` when given (also when `ects` is given too: the
 * certificate's hours are what the assessor reads), else `ects` × 28; undefined when neither.
 */
export function courseHours(course: Course, kader: Kader): number | undefined {
  if (course.uren !== undefined) return course.uren;
  return course.ects === undefined ? undefined : roundHours(course.ects * kader.getallen.uren_per_ects);
}

/** Negations of a quality mark, and the career-guidance terms of a course name, per ruleset's lists. */
const listsOf = perObject((woorden: Woorden) => ({
  noMark: new Set(woorden.keurmerk_geen.map((w) => words(w).join(' ').replace(/\.$/, ''))),
  careerTerms: termMatcher(woorden.cursus_termen),
}));

/** True when `keurmerk` names a quality mark: not empty and not a negation such as `geen` or `n.v.t.`. */
export function hasQualityMark(keurmerk: string | undefined, woorden: Woorden): boolean {
  const { noMark } = listsOf(woorden);
  const said = words(keurmerk ?? '').join(' ').replace(/\.$/, '');
  return said !== '' && !noMark.has(said) && /[\p{L}\p{N}]/u.test(said);
}

/** Why a course does not count (message ids of A/cursus); empty when it counts. */
export function courseReasons(course: Course, ruleset: Pick<Ruleset, 'kader' | 'woorden'>): string[] {
  const reasons: string[] = [];
  if (!hasQualityMark(course.keurmerk, ruleset.woorden)) reasons.push('reasonKeurmerk');
  if (course.ondertekend !== true) reasons.push('reasonSigned');
  if (!courseHours(course, ruleset.kader)) reasons.push('reasonHours');
  if (!course.bestand) reasons.push('reasonFile');
  return reasons;
}

/** True when a course's name (or provider) says nothing about career guidance (schemas/woorden.yaml `cursus_termen`). */
export function doubtfulCourse(course: Course, woorden: Woorden): boolean {
  const name = `${course.naam ?? ''}`;
  return name.trim() !== '' && listsOf(woorden).careerTerms(words(name)) === undefined;
}

/** How a finding names a course: its `naam`, else its number in the list (`#3`). */
export function courseName(course: Course, index: number): string {
  return course.naam?.trim() || `#${index + 1}`;
}

/** One course as the report shows it (A): name, hours, whether it counts, and doubt about its subject. */
export interface CourseHours {
  naam: string;
  /** Study load in hours (ECTS × 28), or undefined when not stated. */
  uren?: number;
  telt: boolean;
  /** Counted, but its name says nothing about career guidance. */
  twijfel: boolean;
}

/** The course hours of routes 2–4 (hours): what counts, the minimum, and per course; undefined for route 1 or no route. */
export interface CourseSummary {
  /** The route chosen (2, 3 or 4). */
  route: number;
  /** Hours of the courses that count (rounded to 0.01). */
  tellend: number;
  minimum: number;
  perCursus: CourseHours[];
}

/** The course hours of a portfolio (toetsingskader A), or undefined when its route needs no courses or it lists none. */
export function summariseCourses(portfolio: Portfolio, ruleset: Pick<Ruleset, 'kader' | 'woorden'>): CourseSummary | undefined {
  const { kader, woorden } = ruleset;
  const route = chosenRoute(portfolio, kader);
  const courses = portfolio.config?.opleiding?.cursussen ?? [];
  if (!route?.cursussen || courses.length === 0) return undefined;
  const perCursus = courses.map((course, i) => {
    const uren = courseHours(course, kader);
    return { naam: courseName(course, i), ...(uren !== undefined ? { uren: roundHours(uren) } : {}), telt: courseReasons(course, ruleset).length === 0, twijfel: doubtfulCourse(course, woorden) };
  });
  const tellend = roundHours(perCursus.filter((c) => c.telt).reduce((sum, c) => sum + (c.uren ?? 0), 0));
  return { route: route.id, tellend, minimum: kader.getallen.min_cursusuren, perCursus };
}
