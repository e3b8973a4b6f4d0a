/**
 * `C/inhoud`: every section of a case holds the candidate's own text. Empty or only template
 * text: error. Fewer words than `instellingen.min_woorden` (default 50): warning; the framework
 * sets no length, so length alone is never an error. A kennisgebied or competentie section that
 * only says "n.v.t." or "zie …" does not count as demonstrated (contract §7): warning, and C2/C3
 * count without it.
 */
import type { ItemCoverage, ItemKind } from '../coverage.js';
import type { ItemRef, Section } from '../types.js';
import { sectionPlace } from './place.js';
import type { Rule } from './rule.js';
import { itemName } from '../refs.js';

export const rule: Rule = {
  id: 'C/inhoud',
  severity: 'error',
  part: 'C',
  source: 'C',
  check({ portfolio, coverage, settings, report }) {
    portfolio.cases.forEach((doc, i) => {
      const cov = coverage[i]!;
      const sections: { name: ItemRef | string; section: Section; kind?: ItemKind; item?: ItemCoverage }[] = [];
      if (cov.keuze) sections.push({ name: { ref: 'secties', id: 'keuze' }, section: cov.keuze });
      for (const kind of ['taken', 'kennisgebieden', 'competenties', 'attitude'] as const) {
        for (const [id, item] of Object.entries(cov.items[kind])) {
          if (item.section) sections.push({ name: itemName(kind, id), section: item.section, kind, item });
        }
      }
      for (const { name, section, kind, item } of sections) {
        const place = sectionPlace(doc.file, section);
        // A task that only says "n.v.t." or "zie taak 2" is C1/taken's finding; such an attitude answer C4/attitude's.
        if (item?.standIn && (kind === 'taken' || kind === 'attitude')) continue;
        if (item?.standIn && (kind === 'kennisgebieden' || kind === 'competenties')) {
          report({ messageId: item.standIn.kind === 'nvt' ? 'standInNvt' : 'standInRef', severity: 'warning', args: { naam: name, tekst: section.text.trim(), soort: kind }, ...place });
          continue;
        }
        if (section.words === 0) report({ messageId: section.templateOnly ? 'template' : 'empty', args: { naam: name }, ...place });
        else if (section.words < settings.minWords) {
          report({ messageId: 'short', severity: 'warning', args: { naam: name, woorden: section.words, minimum: settings.minWords }, ...place });
        }
      }
    });
  },
};
