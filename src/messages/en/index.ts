/** The English message catalogue (`--lang en`): the same keys and placeholders as ../nl/. */
import type { Catalogue } from '../index.js';
import { bestand } from './bestand.js';
import { c } from './c.js';
import { privacy } from './privacy.js';
import { parts, ui } from './ui.js';

export const en: Catalogue = {
  rules: { ...bestand, ...c, ...privacy },
  parts,
  ui,
};
