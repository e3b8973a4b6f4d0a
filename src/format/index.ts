/**
 * Output formats. A formatter only renders a finished report; it decides nothing. Add a format
 * by adding a module and listing it here.
 */
import type { Report } from '../report.js';
import type { Lang } from '../types.js';
import { json } from './json.js';
import { pretty } from './pretty.js';

/** Rendering options: language, and whether colour codes may be used. */
export interface FormatOptions {
  lang: Lang;
  color: boolean;
}

/** Renders a report as text for stdout. */
export type Formatter = (report: Report, options: FormatOptions) => string;

/** The formats of `--format`. */
export const formatters: Record<string, Formatter> = { pretty, json };
