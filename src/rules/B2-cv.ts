/**
 * `B2/cv`: a curriculum vitae is handed in (toetsingskader B2): `cv:` names a .pdf, .docx or .md
 * file (contract §2) that is there. Where exactly a named file went wrong is `bestand/bewijs`'s
 * finding too.
 */
import { configPlace, isConfigInvalid } from './place.js';
import type { Rule } from './rule.js';

/** File types a CV may have (contract §2). */
const CV_TYPES = ['pdf', 'docx', 'md'];

export const rule: Rule = {
  id: 'B2/cv',
  severity: 'error',
  part: 'B2',
  source: 'B2',
  check({ portfolio, report }) {
    if (!portfolio.config) return;
    const path = portfolio.config.cv;
    const place = configPlace(portfolio, 'cv');
    if (!path) {
      // `cv: ''` or a list is bestand/schema's finding, not a missing cv.
      if (!isConfigInvalid(portfolio, 'cv')) report({ messageId: 'missing', ...place });
      return;
    }
    const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
    const info = portfolio.evidence[path];
    if (!CV_TYPES.includes(extension)) report({ messageId: 'type', args: { path, types: CV_TYPES.join(', ') }, ...place });
    else if (info && (!info.exists || info.outside || info.size === 0)) report({ messageId: 'notThere', args: { path }, ...place });
  },
};
