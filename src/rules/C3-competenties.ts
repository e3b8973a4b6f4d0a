/** `C3/competenties`: all five competenties, over both cases together (toetsingskader C.3). */
import { demonstrated, suggestedTasks } from '../coverage.js';
import type { Rule } from './rule.js';
import { itemName } from '../refs.js';

export const rule: Rule = {
  id: 'C3/competenties',
  severity: 'error',
  part: 'C',
  source: 'C.3',
  check({ portfolio, coverage, report, kader }) {
    if (portfolio.cases.length === 0) return;
    const shown = demonstrated(coverage, 'competenties');
    for (const item of kader.competenties) {
      if (!shown.has(item.id)) report({ messageId: 'missing', args: { naam: itemName('competenties', item.id), taken: suggestedTasks(kader, 'competenties', item.id) } });
    }
  },
};
