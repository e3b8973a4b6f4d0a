/**
 * `C/tags`: the front-matter tags (`taken`, `kennisgebieden`, `competenties`) are the claims and
 * the sections the evidence (contract §3). A tag without its section is an error; a section
 * without its tag, or a `###` heading that matches nothing, a warning.
 */
import { itemName } from '../refs.js';
import { isInvalid, metaPlace, sectionPlace } from './place.js';
import type { Rule } from './rule.js';

const TAGGED = ['taken', 'kennisgebieden', 'competenties'] as const;

export const rule: Rule = {
  id: 'C/tags',
  severity: 'error',
  part: 'C',
  source: 'C',
  check({ portfolio, coverage, report, kader }) {
    portfolio.cases.forEach((doc, i) => {
      const cov = coverage[i]!;
      for (const unknown of cov.unknown) {
        const place = sectionPlace(doc.file, unknown.section);
        const onderdeel = unknown.kind ? kader.casus.secties[unknown.kind].kop : '';
        const kop = unknown.section.title;
        if (unknown.misplaced) {
          const { kind, id } = unknown.misplaced;
          const args = { kop, onderdeel, naam: itemName(kind, id), sectie: { ref: kind, id, field: 'kop' as const }, ouder: kind === 'taken' ? '' : kader.casus.secties[kind].kop };
          const messageId = kind === 'taken' ? 'misplacedTask' : unknown.kind ? 'misplacedOther' : 'misplacedItem';
          report({ messageId, severity: 'warning', args, ...place });
        } else if (unknown.kind) {
          const open = Object.entries(cov.items[unknown.kind]).filter(([, item]) => item.mark === 'nee').map(([id]) => itemName(unknown.kind!, id));
          if (unknown.tip) report({ messageId: 'unknownHeadingTip', severity: 'warning', args: { kop, onderdeel, tip: unknown.tip }, ...place });
          else report({ messageId: open.length > 0 ? 'unknownHeadingOptions' : 'unknownHeading', severity: 'warning', args: { kop, onderdeel, opties: open }, ...place });
        } else {
          // No close label: name the tasks this case still lacks, the usual home of such a heading.
          const open = Object.entries(cov.items.taken).filter(([, item]) => item.mark === 'nee').map(([id]) => ({ ref: 'taken' as const, id, field: 'kop' as const }));
          const messageId = unknown.tip ? 'unknownTopHeadingTip' : open.length > 0 ? 'unknownTopHeadingTasks' : 'unknownTopHeading';
          report({ messageId, severity: 'warning', args: { kop, tip: unknown.tip ?? '', opties: open }, ...place });
        }
      }
      if (!doc.meta) return;
      for (const kind of TAGGED) {
        if (isInvalid(doc, kind)) continue;
        const tags = new Set((doc.meta[kind] ?? []).map(String));
        tags.forEach((id) => {
          const item = cov.items[kind][id];
          // A task with a niet_relevant entry (even a weak one, C1/taken's finding) is no missing section.
          if (item?.section || item?.mark === 'niet-relevant' || (kind === 'taken' && doc.meta?.niet_relevant?.[id] !== undefined)) return;
          const index = (doc.meta![kind] ?? []).map(String).indexOf(id);
          const parent = kind === 'taken' ? undefined : kader.casus.secties[kind].kop;
          const args = { naam: itemName(kind, id), kop: parent ?? { ref: kind, id, field: 'kop' as const }, sectie: { ref: kind, id, field: 'kop' as const } };
          report({ messageId: kind === 'taken' ? 'taskWithoutSection' : 'tagWithoutSection', args, ...metaPlace(doc, kind, index) });
        });
        for (const [id, item] of Object.entries(cov.items[kind])) {
          // An empty section is C/inhoud's finding; only a written one needs its tag.
          if (item.mark !== 'ja' || !item.section || tags.has(id)) continue;
          report({ messageId: 'sectionWithoutTag', severity: 'warning', args: { naam: itemName(kind, id), key: kind, id }, ...sectionPlace(doc.file, item.section) });
        }
      }
    });
  },
};
