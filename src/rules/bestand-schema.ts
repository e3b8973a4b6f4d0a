/**
 * `bestand/schema`: problems the loader found while reading files, reported with file and line;
 * and a level in `instellingen.regels` that would switch off or lower a hard requirement of the
 * toetsingskader (a rule that is an error by default), which rlp refuses.
 */
import { configPlace, reportLoadProblems } from './place.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'bestand/schema',
  severity: 'error',
  part: 'bestand',
  source: 'Deel II',
  check({ portfolio, settings, report }) {
    reportLoadProblems(this.id, portfolio, report);
    for (const { rule, value } of settings.refusedLevels) {
      report({ messageId: 'hardRule', args: { rule, value }, ...configPlace(portfolio, 'instellingen', 'regels', rule) });
    }
  },
};
