/**
 * `C/afgerond`: each case describes a complete, finished trajectory (toetsingskader C.1). A case
 * marked afgerond in which the intake, the proposal or the closing (tasks 1, 2, 7; schemas/woorden.yaml
 * `afronding_taken`) is "niet relevant" gets a warning: a complete trajectory normally has all three
 * (contract §7).
 */
import { closingTasks } from '../coverage.js';
import { isInvalid, metaPlace, sectionPlace } from './place.js';
import type { Rule } from './rule.js';
import { itemName } from '../refs.js';

export const rule: Rule = {
  id: 'C/afgerond',
  severity: 'error',
  part: 'C',
  source: 'C.1',
  check({ portfolio, coverage, report, ruleset }) {
    portfolio.cases.forEach((doc, i) => {
      if (!doc.meta || isInvalid(doc, 'afgerond')) return;
      if (doc.meta.afgerond !== true) {
        report({ messageId: doc.meta.afgerond === false ? 'notFinished' : 'missing', ...metaPlace(doc, 'afgerond') });
        return;
      }
      for (const id of closingTasks(ruleset.woorden)) {
        const item = coverage[i]!.items.taken[id]!;
        // A task skipped as not relevant ("niet relevant, omdat …", or only "n.v.t."). A section that
        // only says "zie taak 1" was never called "niet relevant" (a coach's trial): C1/taken's error says enough.
        if (item.mark !== 'niet-relevant' && item.mark !== 'nvt') continue;
        const place = item.motivation === 'niet_relevant' || !item.section ? metaPlace(doc, 'niet_relevant', id) : sectionPlace(doc.file, item.section);
        report({ messageId: 'closingSkipped', severity: 'warning', args: { naam: itemName('taken', id) }, ...place });
      }
    });
  },
};
