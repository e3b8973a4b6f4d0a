/**
 * `C/diversiteit`: the two cases differ in question, client type or challenge (toetsingskader C.1:
 * "Je zorgt voor diversiteit in je casussen"). Compared on the front-matter fields
 * `vraagstelling`, `clienttype` and `uitdaging`.
 */
import { fold } from '../text.js';
import { metaPlace } from './place.js';
import type { Rule } from './rule.js';

const FIELDS = ['vraagstelling', 'clienttype', 'uitdaging'] as const;

export const rule: Rule = {
  id: 'C/diversiteit',
  severity: 'warning',
  part: 'C',
  source: 'C.1',
  check({ portfolio, report }) {
    const [a, b] = portfolio.cases;
    if (!a?.meta || !b?.meta || portfolio.cases.length !== 2) return;
    const compared = FIELDS.filter((f) => a.meta![f]?.trim() && b.meta![f]?.trim());
    if (compared.length === 0) {
      report({ messageId: 'unverifiable', args: { fields: FIELDS.join(', ') }, ...metaPlace(b) });
      return;
    }
    if (compared.every((f) => fold(a.meta![f]!) === fold(b.meta![f]!))) {
      report({ messageId: 'same', args: { fields: compared.join(', '), other: a.file }, ...metaPlace(b, compared[0]!) });
    }
  },
};
