/** `C4/attitude`: each case answers all four attitude questions (toetsingskader C.4), not with only "n.v.t.", "Nee." or a reference. */
import { sectionPlace } from './place.js';
import type { Rule } from './rule.js';
import { itemName } from '../refs.js';

export const rule: Rule = {
  id: 'C4/attitude',
  severity: 'error',
  part: 'C',
  source: 'C.4',
  check({ portfolio, coverage, report, kader }) {
    portfolio.cases.forEach((doc, i) => {
      const cov = coverage[i]!;
      const parent = cov.parents.attitude;
      const place = parent ? sectionPlace(doc.file, parent) : { file: doc.file, line: doc.text.split('\n').length, column: 1 };
      for (const item of kader.attitude) {
        // An empty answer is C/inhoud's finding; here: no answer at all, or one that only says
        // "n.v.t.", "Nee." or "zie casus 1" (contract §7: demonstrates nothing).
        const answer = cov.items.attitude[item.id]!;
        if (answer.standIn && answer.section) {
          report({ messageId: 'standIn', args: { naam: itemName('attitude', item.id), tekst: answer.section.text.trim(), vraag: { ref: 'attitude', id: item.id, field: 'vraag' } }, ...sectionPlace(doc.file, answer.section) });
          continue;
        }
        if (answer.mark !== 'nee') continue;
        report({ messageId: parent ? 'missing' : 'noSection', args: { naam: itemName('attitude', item.id), vraag: { ref: 'attitude', id: item.id, field: 'vraag' }, sectie: { ref: 'attitude', id: item.id, field: 'kop' }, kop: parent?.title ?? kader.casus.secties.attitude.kop }, ...place });
      }
    });
  },
};
