/** `bestand/syntax`: problems the loader found while reading files, reported with file and line. */
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'bestand/syntax',
  severity: 'error',
  part: 'bestand',
  source: 'Deel II',
  check({ portfolio, report }) {
    for (const problem of portfolio.problems) {
      if (problem.rule !== this.id) continue;
      const { rule: _rule, ...finding } = problem;
      report(finding);
    }
  },
};
