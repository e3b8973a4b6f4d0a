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
 *
 * The certain kinds (errors) are reported at every occurrence: each one has to be removed where it
 * stands, and they are rarely repeated. The warnings (names, dates of birth, profile links, the
 * candidate's own contact data) are reported once per distinct datum per file, at its first place,
 * with how often and on which lines it occurs: a first name used throughout a case would otherwise
 * push every other finding of that file out of the report. Accepting still works per occurrence:
 * the occurrences on marked lines become one accepted finding, the others stay one warning.
 * The advice names the marker as it is written where the finding is: `# rlp: …` in portfolio.yaml
 * and in the data at the top of a Markdown file (where an HTML comment would break the YAML).
 */
import { findPersonalData, heuristicKinds, normaliseKey, phoneKey, type PersonalDatum } from '../privacy/detect.js';
import { splitFrontMatter } from '../load/frontmatter.js';
import { layout } from '../load/paths.js';
import type { HoursLog } from '../types.js';
import type { Finding, Rule } from './rule.js';
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

/** The marker as it is written in Markdown text and in YAML (portfolio.yaml, front-matter). */
export const MARKERS = { markdown: '<!-- rlp: geen persoonsgegevens -->', yaml: '# rlp: geen persoonsgegevens' } as const;
/** The sentence that declares every name in a text made up (src/privacy/detect.ts `ALL_PSEUDONYMS`), per kind of file. */
export const ALL_FICTITIOUS = { case: 'Alle namen in deze casus zijn gefingeerd', markdown: 'Alle namen in dit bestand zijn gefingeerd', yaml: '# Alle namen zijn gefingeerd' } as const;

/** 1-based lines of `text` that are YAML: all of it for portfolio.yaml, else the data at the top of a Markdown file. */
function yamlLines(file: string, text: string): (line: number) => boolean {
  if (file === layout.config) return () => true;
  const split = splitFrontMatter(text, file);
  if (split.yaml === undefined || split.yamlLine === undefined) return () => false;
  const [from, to] = [split.yamlLine, split.yamlLine + split.yaml.split('\n').length - 1];
  return (line) => line >= from && line <= to;
}

/** One occurrence of a datum, with its place and how (if at all) the candidate accepted it. */
interface Occurrence {
  datum: PersonalDatum;
  /** 1-based line and column. */
  line: number;
  column: number;
  byList: boolean;
  marked: boolean;
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
    const caseFiles = new Set(portfolio.cases.map((c) => c.file));
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
      let inYaml: ((line: number) => boolean) | undefined;
      /** What the advice of a finding on `line` proposes to write: the marker, and the sentence that makes every name fictitious. */
      const advice = (line: number) => {
        inYaml ??= yamlLines(file, text);
        const yaml = inYaml(line);
        return { markering: yaml ? MARKERS.yaml : MARKERS.markdown, fictief: yaml ? ALL_FICTITIOUS.yaml : caseFiles.has(file) ? ALL_FICTITIOUS.case : ALL_FICTITIOUS.markdown };
      };
      // Warnings, grouped per distinct datum (first occurrence first; Map keeps insertion order).
      const groups = new Map<string, { messageId: string; occurrences: Occurrence[] }>();
      // In text order: findings as they are, and for a group the place of its first occurrence.
      const findings: (Finding | { group: string })[] = [];
      for (const datum of findPersonalData(text, { ownName })) {
        let line = starts.length - 1;
        while (starts[line]! > datum.index) line--;
        if (skip.has(line)) continue;
        const occurrence: Occurrence = { datum, line: line + 1, column: datum.index - starts[line]! + 1, byList: datum.keys.some((k) => allowed.has(k)), marked: marked.has(line) };
        const ownContact = own(file) && CONTACT.has(datum.kind);
        const messageId = ownContact ? 'ownContact' : datum.kind;
        if (heuristicKinds.has(datum.kind) || ownContact) {
          // A phone number is one datum however it is written: compare its +31 form.
          const key = `${messageId}\u0000${datum.kind === 'phone' ? datum.keys[datum.keys.length - 1] : datum.keys[0]}`;
          const group = groups.get(key) ?? { messageId, occurrences: [] };
          group.occurrences.push(occurrence);
          if (!groups.has(key)) {
            groups.set(key, group);
            findings.push({ group: key });
          }
          continue;
        }
        const place = { file, line: occurrence.line, column: occurrence.column };
        const args = { gegeven: datum.masked };
        if (occurrence.byList || occurrence.marked) findings.push({ messageId: occurrence.byList ? 'acceptedList' : 'acceptedMarker', args, severity: 'info', accepted: true, ...place });
        else findings.push({ messageId, args: { ...args, ...advice(occurrence.line) }, ...place });
      }
      for (const finding of findings) {
        if (!('group' in finding)) {
          report(finding);
          continue;
        }
        const group = groups.get(finding.group)!;
        const open = group.occurrences.filter((o) => !o.byList && !o.marked);
        const byList = group.occurrences.filter((o) => o.byList);
        const byMarker = group.occurrences.filter((o) => !o.byList && o.marked);
        for (const [occurrences, messageId] of [[open, group.messageId], [byList, 'acceptedList'], [byMarker, 'acceptedMarker']] as const) {
          const first = occurrences[0];
          if (!first) continue;
          const repeated = occurrences.length > 1;
          const args = {
            gegeven: first.datum.masked,
            ...(repeated ? { aantal: occurrences.length, regels: [...new Set(occurrences.map((o) => o.line))] } : {}),
            ...(occurrences === open ? advice(first.line) : {}),
          };
          const place = { file, line: first.line, column: first.column };
          const id = repeated ? `${messageId}Repeated` : messageId;
          if (occurrences === open) report({ messageId: id, args, severity: 'warning', ...place });
          else report({ messageId: id, args, severity: 'info', accepted: true, ...place });
        }
      }
    }
  },
};
