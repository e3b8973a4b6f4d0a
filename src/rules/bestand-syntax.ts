/** `bestand/syntax`: problems the loader found while reading files, reported with file and line. */
import { reportLoadProblems } from './place.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'bestand/syntax',
  severity: 'error',
  part: 'bestand',
  source: 'Deel II',
  check({ portfolio, report }) {
    reportLoadProblems(this.id, portfolio, report);
  },
};
