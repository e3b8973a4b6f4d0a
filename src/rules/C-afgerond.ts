/** `C/afgerond`: each case describes a complete, finished trajectory (toetsingskader C.1). */
import { isInvalid, metaPlace } from './place.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'C/afgerond',
  severity: 'error',
  part: 'C',
  source: 'C.1',
  check({ portfolio, report }) {
    for (const doc of portfolio.cases) {
      if (!doc.meta || doc.meta.afgerond === true || isInvalid(doc, 'afgerond')) continue;
      report({ messageId: doc.meta.afgerond === false ? 'notFinished' : 'missing', ...metaPlace(doc, 'afgerond') });
    }
  },
};
