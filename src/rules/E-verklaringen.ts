/**
 * `E/verklaringen`: the three declarations of toetsingskader E are made: under `verklaringen:` in
 * portfolio.yaml, `gedragscode`, `klachtenreglement` and `naar_waarheid` are each `true` (the
 * template starts them at `false`). One finding per declaration, naming it.
 */
import { configPlace, isConfigInvalid } from './place.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'E/verklaringen',
  severity: 'error',
  part: 'E',
  source: 'E',
  check({ portfolio, report, kader }) {
    if (!portfolio.config) return;
    const made = (portfolio.config.verklaringen ?? {}) as Record<string, boolean | undefined>;
    for (const { id } of kader.verklaringen) {
      // A value written but unreadable (`gedragscode: misschien`) is bestand/schema's finding.
      if (made[id] === true || isConfigInvalid(portfolio, 'verklaringen', id)) continue;
      report({ messageId: made[id] === false ? 'notMade' : 'missing', args: { sleutel: id, verklaring: { ref: 'tekst', rule: this.id, id } }, ...configPlace(portfolio, 'verklaringen', id) });
    }
  },
};
