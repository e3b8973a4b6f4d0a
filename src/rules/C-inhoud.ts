/**
 * `C/inhoud`: every section of a case holds the candidate's own text. Empty or only template
 * text: error. Fewer words than `instellingen.min_woorden` (default 50): warning; the framework
 * sets no length, so length alone is never an error.
 */
import type { ItemRef, Section } from '../types.js';
import { sectionPlace } from './place.js';
import type { Rule } from './rule.js';
import { itemName } from './C-tags.js';

export const rule: Rule = {
  id: 'C/inhoud',
  severity: 'error',
  part: 'C',
  source: 'C',
  check({ portfolio, coverage, settings, report }) {
    portfolio.cases.forEach((doc, i) => {
      const cov = coverage[i]!;
      const sections: { name: ItemRef | string; section: Section }[] = [];
      if (cov.keuze) sections.push({ name: { ref: 'secties', id: 'keuze' }, section: cov.keuze });
      for (const kind of ['taken', 'kennisgebieden', 'competenties', 'attitude'] as const) {
        for (const [id, item] of Object.entries(cov.items[kind])) {
          if (item.section) sections.push({ name: itemName(kind, id), section: item.section });
        }
      }
      for (const { name, section } of sections) {
        const place = sectionPlace(doc.file, section);
        if (section.words === 0) report({ messageId: section.templateOnly ? 'template' : 'empty', args: { naam: name }, ...place });
        else if (section.words < settings.minWords) {
          report({ messageId: 'short', severity: 'warning', args: { naam: name, woorden: section.words, minimum: settings.minWords }, ...place });
        }
      }
    });
  },
};
