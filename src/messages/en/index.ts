/** The English message catalogue (`--lang en`): the same keys and placeholders as ../nl/. */
import type { Catalogue } from '../index.js';
import { bestand } from './bestand.js';
import { c } from './c.js';
import { parts, ui } from './ui.js';
import { cohort, watch } from './runs.js';

export const en: Catalogue = {
  rules: { ...bestand, ...c },
  parts,
  ui,
  cohort,
  watch,
};
