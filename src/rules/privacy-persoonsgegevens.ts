/**
 * `privacy/persoonsgegevens`: no client's personal data in the portfolio (AVG; toetsingskader
 * C.1 taak 0 "bewaakt zorgvuldig de privacy en geheimhouding", taak 7 "met inachtneming van de
 * gedragscode en AVG", and the gedragscode of E). Scans every Markdown file (cases, motivatie, ontwikkelplan: front-matter,
 * prose and comments alike) and portfolio.yaml. E-mail, phone, BSN, IBAN and postcode with house
 * number are errors; names, dates of birth and profile links warnings. Messages hold the datum
 * masked only (src/privacy/mask.ts), so no output format can leak it.
 *
 * A false positive is accepted by listing the text under `instellingen.privacy.toegestaan` in
 * portfolio.yaml, or by a marker `<!-- rlp: geen persoonsgegevens -->` (`# rlp: …` in YAML; the
 * silencing grammar of src/directive.ts, and the older `rlp: geen-persoonsgegevens`) on the line
 * itself or alone on the line above; it is then reported as `info` with `accepted: true`, not hidden.
 */
import { findPersonalData, heuristicKinds, normaliseKey, phoneKey } from '../privacy/detect.js';
import { layout } from '../load/paths.js';
import type { HoursLog } from '../types.js';
import type { Rule } from './rule.js';
import { namedRules } from '../directive.js';

const ID = 'privacy/persoonsgegevens';

/** True when the line holds a marker that accepts personal-data findings (a coach may write it either way). */
function isMarker(line: string): boolean {
  return /rlp\s*:?\s*geen-persoonsgegevens/i.test(line) || (/rlp/i.test(line) && namedRules(line, [ID]).some((n) => 'rule' in n));
}

/** The line without its comments: empty when the marker stands alone. */
const withoutComments = (line: string) => line.replace(/<!--.*?-->/g, '').replace(/#\s*rlp.*$/i, '');

/** 0-based indexes of the lines whose findings a marker accepts. */
function markedLines(lines: readonly string[]): Set<number> {
  const marked = new Set<number>();
  lines.forEach((line, i) => {
    if (!isMarker(line)) return;
    if (withoutComments(line).trim() !== '') {
      marked.add(i);
      return;
    }
    let next = i + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    marked.add(next);
  });
  return marked;
}

/** Contact data: in a file about the candidate, most likely the candidate's own. */
const CONTACT = new Set(['email', 'phone', 'postcode', 'profile']);

/**
 * The `omschrijving` cells of the hours log as one text whose line N is the file's line N (other
 * lines empty), so positions need no translation. Only descriptions: dates, hours and categories
 * hold no personal data.
 */
function hoursDescriptions(log: HoursLog): { file: string; text: string; skip: Set<number> } {
  const lines: string[] = [];
  for (const row of log.rows) {
    if (!row.omschrijving) continue;
    while (lines.length < row.line - 1) lines.push('');
    lines[row.line - 1] = row.omschrijving.replace(/\n/g, ' ');
  }
  return { file: log.file, text: lines.join('\n'), skip: new Set() };
}

export const rule: Rule = {
  id: ID,
  severity: 'error',
  part: 'privacy',
  source: 'C.1 (0, 7), E',
  check({ portfolio, report }) {
    const privacy = portfolio.config?.instellingen?.privacy;
    const allowed = new Set((privacy?.toegestaan ?? []).flatMap((s) => [normaliseKey(s), phoneKey(s)]).filter((k): k is string => !!k));
    // The accepted strings themselves are listed in portfolio.yaml: those lines are not scanned.
    const listLines = new Set(
      Object.entries(portfolio.configPositions)
        .filter(([path]) => path === 'instellingen.privacy.toegestaan' || path.startsWith('instellingen.privacy.toegestaan.'))
        .map(([, p]) => p.line - 1),
    );
    // The candidate's own name, also when portfolio.yaml does not parse as a whole.
    const ownName = portfolio.config?.kandidaat ?? /^kandidaat:[ \t]*["']?([^"'#\n]+)/m.exec(portfolio.configText ?? '')?.[1]?.trim();
    // Files about the candidate: their own contact data there is no client's (a warning, to check).
    const own = (file: string) => file === layout.config || file === portfolio.motivatie?.file || file === portfolio.ontwikkelplan?.file;
    const texts = [
      ...(portfolio.configText !== undefined ? [{ file: layout.config, text: portfolio.configText, skip: listLines }] : []),
      ...[...portfolio.cases, portfolio.motivatie, portfolio.ontwikkelplan].flatMap((doc) => (doc ? [{ file: doc.file, text: doc.text, skip: new Set<number>() }] : [])),
      ...(portfolio.urenlog ? [hoursDescriptions(portfolio.urenlog)] : []),
    ];
    for (const { file, text, skip } of texts) {
      const lines = text.split('\n');
      const starts: number[] = [];
      lines.reduce((offset, line) => {
        starts.push(offset);
        return offset + line.length + 1;
      }, 0);
      const marked = markedLines(lines);
      for (const datum of findPersonalData(text, { ownName })) {
        let line = starts.length - 1;
        while (starts[line]! > datum.index) line--;
        if (skip.has(line)) continue;
        const place = { file, line: line + 1, column: datum.index - starts[line]! + 1 };
        const args = { gegeven: datum.masked };
        const byList = datum.keys.some((k) => allowed.has(k));
        if (byList || marked.has(line)) {
          report({ messageId: byList ? 'acceptedList' : 'acceptedMarker', args, severity: 'info', accepted: true, ...place });
        } else {
          const ownContact = own(file) && CONTACT.has(datum.kind);
          report({ messageId: ownContact ? 'ownContact' : datum.kind, args, ...(heuristicKinds.has(datum.kind) || ownContact ? { severity: 'warning' as const } : {}), ...place });
        }
      }
    }
  },
};
