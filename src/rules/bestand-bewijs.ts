/**
 * `bestand/bewijs`: every file the portfolio refers to exists, is not empty, stays inside the
 * portfolio folder (after `..` and symlinks) and its content matches its type (toetsingskader A,
 * B1, B2: the documents to hand in). Also forwards read problems of the loader.
 */
import { evidencePaths } from '../load/evidence.js';
import { configPlace, reportLoadProblems } from './place.js';
import type { Rule } from './rule.js';

/** Content kind expected from a file name's extension; undefined for a type an assessor may not open. */
const EXPECTED: Record<string, string> = { pdf: 'pdf', jpg: 'jpg', jpeg: 'jpg', png: 'png', docx: 'docx', md: 'text', csv: 'text', txt: 'text' };

/** Message for a referenced path whose content cannot be read (see EvidenceFile.detected). */
const UNREACHABLE: Record<string, string> = { folder: 'isFolder', special: 'notAFile', loop: 'loop', unreadable: 'unreadable' };

export const rule: Rule = {
  id: 'bestand/bewijs',
  severity: 'error',
  part: 'bestand',
  source: 'A, B1, B2',
  check({ portfolio, report }) {
    reportLoadProblems(this.id, portfolio, report);
    const seen = new Set<string>();
    for (const { path, at } of evidencePaths(portfolio.config)) {
      const info = portfolio.evidence[path];
      if (!info || seen.has(path)) continue;
      seen.add(path);
      const place = configPlace(portfolio, ...at);
      const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
      const expected = EXPECTED[extension];
      if (info.outside) report({ messageId: 'outside', args: { path }, ...place });
      else if (!info.exists) report({ messageId: 'evidenceMissing', args: { path }, ...place });
      else if (info.detected && info.detected in UNREACHABLE) report({ messageId: UNREACHABLE[info.detected]!, args: { path }, ...place });
      else if (info.size === 0) report({ messageId: 'empty', args: { path }, ...place });
      else if (!expected) report({ messageId: 'unsupported', severity: 'warning', args: { path }, ...place });
      else if (info.detected !== expected) report({ messageId: 'wrongType', args: { path, expected: extension, detected: { ref: 'tekst', rule: 'bestand/bewijs', id: `soort-${info.detected ?? 'unknown'}` } }, ...place });
    }
  },
};
