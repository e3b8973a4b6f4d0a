/**
 * `C/keuze`: each case starts by explaining why this trajectory was chosen (toetsingskader C: "Je
 * start met een toelichting waarom je juist voor dit begeleidingstraject hebt gekozen"). Missing:
 * error; after the first task section: warning (contract §7).
 */
import { sectionPlace } from './place.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'C/keuze',
  severity: 'error',
  part: 'C',
  source: 'C',
  check({ portfolio, coverage, report, kader }) {
    portfolio.cases.forEach((doc, i) => {
      const { keuze, firstTask } = coverage[i]!;
      const kop = kader.casus.secties.keuze.kop;
      if (!keuze) report({ messageId: 'missing', args: { kop }, file: doc.file, line: doc.sections[0]?.line ?? 1, column: 1 });
      else if (firstTask && firstTask.line < keuze.line) report({ messageId: 'late', severity: 'warning', args: { kop, taak: firstTask.title }, ...sectionPlace(doc.file, keuze) });
    });
  },
};
