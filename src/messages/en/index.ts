/** The English message catalogue (`--lang en`): the same keys and placeholders as ../nl/. */
import type { Catalogue } from '../index.js';
import { bestand } from './bestand.js';
import { a } from './a.js';
import { b } from './b.js';
import { c } from './c.js';
import { d } from './d.js';
import { e } from './e.js';
import { privacy } from './privacy.js';
import { inhoud } from './inhoud.js';
import { parts, ui } from './ui.js';
import { cohort, watch } from './runs.js';
import { html, output } from './report.js';

export const en: Catalogue = {
  rules: { ...bestand, ...a, ...b, ...c, ...d, ...e, ...privacy, ...inhoud },
  parts,
  ui,
  cohort,
  watch,
  output,
  html,
};
