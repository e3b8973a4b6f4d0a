/** `C/aantal`: exactly two case descriptions (toetsingskader C). */
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'C/aantal',
  severity: 'error',
  part: 'C',
  source: 'C',
  check({ portfolio, report, kader }) {
    const count = portfolio.cases.length;
    const wanted = kader.getallen.aantal_casussen;
    if (count === 0) report({ messageId: 'none', args: { wanted } });
    else if (count !== wanted) {
      report({ messageId: count < wanted ? 'tooFew' : 'tooMany', args: { count, wanted, files: portfolio.cases.map((c) => c.file).join(', ') }, file: portfolio.cases[wanted]?.file });
    }
  },
};
