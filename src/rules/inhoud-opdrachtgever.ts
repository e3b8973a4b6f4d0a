/**
 * `inhoud/opdrachtgever` (warning): a trajectory started by an employer, UWV or a municipality
 * whose task sections never deal with the opdrachtgever or the interests at stake (toetsingskader
 * C.1: "kiest de cliënt zelf voor een traject of is het geïnitieerd door de werkgever"; "hoe ben je
 * bijvoorbeeld omgegaan met mogelijk tegengestelde belangen?"). Words: schemas/ruleset.inhoud.yaml
 * `opdrachtgever`.
 */
import { hasTerm, silenced, tokens, writtenSections } from '../content.js';
import { metaPlace } from './place.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 'inhoud/opdrachtgever',
  severity: 'warning',
  part: 'C',
  source: 'C.1',
  check({ portfolio, coverage, report, ruleset }) {
    const { voor, woorden } = ruleset.inhoud.opdrachtgever;
    portfolio.cases.forEach((doc, i) => {
      const who = doc.meta?.opdrachtgever;
      if (!who || !voor.includes(who)) return;
      const tasks = writtenSections(coverage[i]!, 'taken');
      if (tasks.length === 0 || tasks.some((t) => silenced(doc, t.section, this.id, ruleset))) return;
      if (tasks.some((t) => hasTerm(tokens(t.section.text), woorden))) return;
      report({ messageId: 'absent', args: { opdrachtgever: who }, ...metaPlace(doc, 'opdrachtgever') });
    });
  },
};
