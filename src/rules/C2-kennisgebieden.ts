/**
 * `C2/kennisgebieden`: over both cases together at least 4 of the 5 kennisgebieden, including
 * loopbaantheorie and ontwikkeling-mens (toetsingskader C.2).
 */
import { demonstrated, suggestedTasks } from '../coverage.js';
import type { Rule } from './rule.js';
import { itemName } from '../refs.js';

export const rule: Rule = {
  id: 'C2/kennisgebieden',
  severity: 'error',
  part: 'C',
  source: 'C.2',
  check({ portfolio, coverage, report, kader }) {
    if (portfolio.cases.length === 0) return;
    const shown = demonstrated(coverage, 'kennisgebieden');
    const tasks = (id: string) => suggestedTasks(kader, 'kennisgebieden', id);
    for (const id of kader.getallen.verplichte_kennisgebieden) {
      if (!shown.has(id)) report({ messageId: 'mandatory', args: { naam: itemName('kennisgebieden', id), taken: tasks(id) } });
    }
    const minimum = kader.getallen.min_kennisgebieden;
    if (shown.size < minimum) {
      const missing = kader.kennisgebieden.filter((k) => !shown.has(k.id));
      report({
        messageId: 'tooFew',
        args: { aantal: shown.size, totaal: kader.kennisgebieden.length, minimum, ontbreekt: missing.map((k) => itemName('kennisgebieden', k.id)) },
      });
    }
  },
};
