/**
 * The Dutch message catalogue: every text rlp shows, by rule id and by screen, one file per part
 * of the portfolio. Placeholders are `{name}`; the English catalogue (../en/) must have the same
 * keys and placeholders (TypeScript and a test check). Per rule: `title` (short), `explain` (what
 * it checks), `fix` (how to fix a finding), `messages` (the findings).
 */
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

export const nl = {
  rules: { ...bestand, ...a, ...b, ...c, ...d, ...e, ...privacy, ...inhoud },
  parts,
  ui,
  cohort,
  watch,
  output,
  html,
};
