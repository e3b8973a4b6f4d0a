/**
 * `C1/taken`: every task 0–7 is demonstrated in some case; a case that skips a task motivates why
 * under `niet_relevant`, and then the other case must cover it (toetsingskader C.1).
 */
import { kader } from '../kader.js';
import { isInvalid, metaPlace } from './place.js';
import type { Rule } from './rule.js';
import { itemName } from './C-tags.js';

export const rule: Rule = {
  id: 'C1/taken',
  severity: 'error',
  part: 'C',
  source: 'C.1',
  check({ portfolio, coverage, report }) {
    portfolio.cases.forEach((doc, i) => {
      // Without readable front-matter (or with an unreadable task list) bestand/* has said enough.
      if (!doc.meta || isInvalid(doc, 'taken') || isInvalid(doc, 'niet_relevant')) return;
      const tagged = new Set((doc.meta?.taken ?? []).map(String));
      for (const [id, motivation] of Object.entries(doc.meta?.niet_relevant ?? {})) {
        if (!motivation?.trim()) report({ messageId: 'emptyMotivation', args: { naam: itemName('taken', id) }, ...metaPlace(doc, 'niet_relevant', id) });
      }
      for (const [id, item] of Object.entries(coverage[i]!.items.taken)) {
        // A tagged task without its section is C/tags' finding.
        if (item.mark === 'nee' && !tagged.has(id)) report({ messageId: 'skipped', args: { naam: itemName('taken', id), id }, ...metaPlace(doc, 'taken') });
      }
    });
    if (portfolio.cases.length === 0) return;
    for (const task of kader.taken) {
      const id = String(task.id);
      if (coverage.some((c) => c.items.taken[id]!.mark === 'ja')) continue;
      const skippedIn = portfolio.cases.findIndex((_, i) => coverage[i]!.items.taken[id]!.mark === 'niet-relevant');
      if (skippedIn >= 0) {
        const doc = portfolio.cases[skippedIn]!;
        report({ messageId: 'notInOther', args: { naam: itemName('taken', id), casus: doc.file }, ...metaPlace(doc, 'niet_relevant', id) });
      } else {
        report({ messageId: 'nowhere', args: { naam: itemName('taken', id) } });
      }
    }
  },
};
