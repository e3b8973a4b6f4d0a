/** `C/keuze`: each case starts by explaining why this trajectory was chosen (toetsingskader C). */
import { kader } from '../kader.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'C/keuze',
  severity: 'error',
  part: 'C',
  source: 'C',
  check({ portfolio, coverage, report }) {
    portfolio.cases.forEach((doc, i) => {
      if (!coverage[i]!.keuze) report({ messageId: 'missing', args: { kop: kader.casus.secties.keuze.kop }, file: doc.file, line: doc.sections[0]?.line ?? 1, column: 1 });
    });
  },
};
