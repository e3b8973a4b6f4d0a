/**
 * `B2/motivatie`: the motivation ("Terugblik op je ontwikkeling tot nu toe", toetsingskader B2)
 * is there and holds the candidate's own words (comments and unchanged template text do not
 * count). The framework sets no length; a motivation shorter than `MIN_MOTIVATIE_WOORDEN` words gets
 * a warning (contract §7): one sentence does not "geeft kleur aan wie jij bent".
 */
import { markdownPart } from './place.js';
import type { Rule } from './rule.js';

/** Words under which a motivation gets a warning (rlp's choice; a page of A4 is about 400 words). */
export const MIN_MOTIVATIE_WOORDEN = 150;

export const rule: Rule = {
  id: 'B2/motivatie',
  severity: 'error',
  part: 'B2',
  source: 'B2',
  check({ portfolio, report }) {
    if (!portfolio.hasConfig && !portfolio.motivatie) return;
    const part = markdownPart(portfolio, 'motivatie');
    if (!('doc' in part)) report({ messageId: 'missing', args: { path: part.path }, ...part.place });
    else if (part.doc.words === 0) report({ messageId: 'empty', args: { path: part.doc.file }, file: part.doc.file, line: 1, column: 1 });
    else if (part.doc.words < MIN_MOTIVATIE_WOORDEN) report({ messageId: 'short', severity: 'warning', args: { path: part.doc.file, woorden: part.doc.words, minimum: MIN_MOTIVATIE_WOORDEN }, file: part.doc.file, line: 1, column: 1 });
  },
};
