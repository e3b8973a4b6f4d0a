/**
 * `C1/taken`: every task 0–7 is demonstrated in some case; a case that skips a task motivates why
 * (under `niet_relevant`, or in the section's own words after "niet relevant"), and then the other
 * case must cover it (toetsingskader C.1). A section that only says "n.v.t." or "zie taak 2", and a
 * motivation that is only a negation, a reference or shorter than five words, demonstrate nothing
 * (contract §7).
 */
import { skipped } from '../coverage.js';
import { isMotivation } from '../woorden.js';
import { isInvalid, metaPlace, sectionPlace } from './place.js';
import type { Rule } from './rule.js';
import { itemName } from '../refs.js';

export const rule: Rule = {
  id: 'C1/taken',
  severity: 'error',
  part: 'C',
  source: 'C.1',
  check({ portfolio, coverage, report, kader, ruleset }) {
    portfolio.cases.forEach((doc, i) => {
      // Without readable front-matter (or with an unreadable task list) bestand/* has said enough.
      if (!doc.meta || isInvalid(doc, 'taken') || isInvalid(doc, 'niet_relevant')) return;
      const tagged = new Set((doc.meta?.taken ?? []).map(String));
      const items = coverage[i]!.items.taken;
      for (const [id, motivation] of Object.entries(doc.meta?.niet_relevant ?? {})) {
        if (items[id]?.mark === 'ja') continue;
        const place = metaPlace(doc, 'niet_relevant', id);
        if (!motivation?.trim()) report({ messageId: 'emptyMotivation', args: { naam: itemName('taken', id) }, ...place });
        else if (!isMotivation(motivation, ruleset.woorden)) report({ messageId: 'weakMotivation', args: { naam: itemName('taken', id), tekst: motivation.trim() }, ...place });
      }
      for (const [id, item] of Object.entries(items)) {
        // A tagged task without its section is C/tags' finding.
        if (item.mark === 'nee' && !tagged.has(id) && doc.meta?.niet_relevant?.[id] === undefined) report({ messageId: 'skipped', args: { naam: itemName('taken', id), id }, ...metaPlace(doc, 'taken') });
        if ((item.mark === 'nvt' || item.mark === 'verwijst') && item.section && doc.meta?.niet_relevant?.[id] === undefined) {
          report({ messageId: item.mark === 'nvt' ? 'standInNvt' : 'standInRef', args: { naam: itemName('taken', id), id, tekst: item.section.text.trim() }, ...sectionPlace(doc.file, item.section) });
        }
      }
    });
    if (portfolio.cases.length === 0) return;
    for (const task of kader.taken) {
      const id = String(task.id);
      if (coverage.some((c) => c.items.taken[id]!.mark === 'ja')) continue;
      const skippedIn = portfolio.cases.findIndex((_, i) => skipped(coverage[i]!.items.taken[id]!.mark));
      if (skippedIn >= 0) {
        const doc = portfolio.cases[skippedIn]!;
        const item = coverage[skippedIn]!.items.taken[id]!;
        const place = item.motivation === 'niet_relevant' || !item.section ? metaPlace(doc, 'niet_relevant', id) : sectionPlace(doc.file, item.section);
        report({ messageId: 'notInOther', args: { naam: itemName('taken', id), casus: doc.file }, ...place });
      } else {
        report({ messageId: 'nowhere', args: { naam: itemName('taken', id) } });
      }
    }
  },
};
