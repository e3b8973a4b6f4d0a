/**
 * Inline silencing (contract §8, "per line with a comment"), for every rule: a comment
 * `<!-- rlp: geen RULE -->` (or `rlp-uit`, `rlp negeer`, `rlp-disable`; rules by id or short name,
 * several separated by commas or spaces; the grammar is src/directive.ts) in a Markdown file, or
 * `# rlp: geen RULE` in portfolio.yaml or in the data at the top of a Markdown file, silences that
 * rule's warnings and infos in its scope:
 *
 * - Markdown, the comment alone on its line: the section it stands in (its heading up to the next
 *   heading of the same or a higher level); above the first heading: the whole file.
 * - Markdown, the comment after text on a line: that line.
 * - YAML (portfolio.yaml, the data at the top of a file): after a value, that line; alone on its
 *   line, the next line.
 *
 * Errors (the hard requirements of the toetsingskader) are never silenced: a comment whose scope
 * holds an error of its rule gets a finding saying so (warning). A comment that silences nothing
 * gets an info, as ESLint's `--report-unused-disable-directives`; one naming an unknown rule a
 * warning. All three are reported by `bestand/schema` at the comment. Content hints that silence
 * themselves (src/content.ts `silenced`) mark the comment as used.
 */
import type { Ruleset } from './rules/rule.js';
import { silenceUsed } from './content.js';
import { DIRECTIVE, namedRules, ruleIds, type Named } from './directive.js';
import { message } from './messages/index.js';
import { suggest } from './text.js';
import type { Diagnostic, Lang, MessageArgs, Part, Portfolio } from './types.js';

/** A finding with its part, as the engine (src/check.ts) collects them. */
type PartDiagnostic = Diagnostic & { part: Part };

/** One silencing comment: where it is, which rules it names, and the lines (1-based, inclusive) it covers. */
export interface Silence {
  file: string;
  line: number;
  column: number;
  rules: Named[];
  from: number;
  to: number;
  /** The loaded file the comment is in (for content hints that silenced themselves). */
  doc?: object;
}

const HTML = /<!--(.*?)-->/g;

/** Its marker accepts a finding (it stays, as info) instead of hiding it: the rule reads the marker itself. */
const ACCEPTS = 'privacy/persoonsgegevens';

/**
 * The silencing comments of one file's text. `yamlUntil`: the last line that is YAML (all of
 * portfolio.yaml; the data at the top of a Markdown file), 0 for none. `known`: the rule ids.
 */
export function silencesIn(file: string, text: string, yamlUntil: number, known: readonly string[]): Silence[] {
  const lines = text.split('\n');
  const out: Silence[] = [];
  const headings = lines.map((l, i) => ({ line: i + 1, depth: /^(#{1,6})\s/.exec(l)?.[1]?.length ?? 0 })).filter((h) => h.line > yamlUntil && h.depth > 0);
  lines.forEach((text, i) => {
    const line = i + 1;
    if (line <= yamlUntil) {
      const hash = text.search(new RegExp(`#\\s*${DIRECTIVE.source}`, 'i'));
      if (hash < 0) return;
      const rules = namedRules(text.slice(hash), known);
      if (rules.length === 0) return;
      const alone = text.slice(0, hash).trim() === '';
      out.push({ file, line, column: hash + 1, rules, from: alone ? line + 1 : line, to: alone ? line + 1 : line });
      return;
    }
    for (const m of text.matchAll(HTML)) {
      const rules = namedRules(m[1]!, known);
      if (rules.length === 0) continue;
      const alone = text.replace(HTML, '').trim() === '' || /^#{1,6}\s/.test(text);
      let from = line;
      let to = line;
      if (alone) {
        const above = [...headings].reverse().find((h) => h.line <= line);
        if (!above) [from, to] = [yamlUntil + 1, lines.length];
        else {
          const next = headings.find((h) => h.line > above.line && h.depth <= above.depth);
          [from, to] = [above.line, next ? next.line - 1 : lines.length];
        }
      }
      out.push({ file, line, column: m.index + 1, rules, from, to });
    }
  });
  return out;
}

/** Every silencing comment in the portfolio's Markdown files and portfolio.yaml. */
export function silencesOf(portfolio: Portfolio, known: readonly string[]): Silence[] {
  const docs = [...portfolio.cases, ...(portfolio.motivatie ? [portfolio.motivatie] : []), ...(portfolio.ontwikkelplan ? [portfolio.ontwikkelplan] : [])];
  const out: Silence[] = docs.flatMap((doc) => silencesIn(doc.file, doc.text, frontMatterEnd(doc.text), known).map((s) => ({ ...s, doc })));
  if (portfolio.configText !== undefined) out.push(...silencesIn('portfolio.yaml', portfolio.configText, Number.MAX_SAFE_INTEGER, known));
  return out;
}

/** The line of the `---` that closes the data at the top of a Markdown file, or 0 when there is none. */
function frontMatterEnd(text: string): number {
  const lines = text.split('\n');
  const open = lines.findIndex((l) => l.trim() !== '');
  if (open < 0 || lines[open]!.trim() !== '---') return 0;
  const close = lines.findIndex((l, i) => i > open && l.trim() === '---');
  return close < 0 ? 0 : close + 1;
}

/**
 * Applies the silencing comments of `portfolio` to `findings`: drops the silenced warnings and
 * infos, and adds the findings about the comments themselves (hard requirement, unused, unknown
 * rule). Returns a new list; order is left to the caller.
 */
export function applySilences(portfolio: Portfolio, findings: PartDiagnostic[], ruleset: Ruleset, lang: Lang): PartDiagnostic[] {
  const known = ruleIds(ruleset);
  const silences = silencesOf(portfolio, known);
  if (silences.length === 0) return findings;
  const used = new Set<string>();
  const hard = new Set<string>();
  const key = (s: Silence, rule: string) => `${s.file}:${s.line}:${s.column}:${rule}`;
  const covers = (s: Silence, d: PartDiagnostic, rule: string) => d.rule === rule && d.file === s.file && d.line !== undefined && d.line >= s.from && d.line <= s.to;
  const kept = findings.filter((d) => {
    let drop = false;
    for (const s of silences) {
      for (const named of s.rules) {
        if (!('rule' in named) || named.rule === ACCEPTS || !covers(s, d, named.rule)) continue;
        const rule = named.rule;
        if (d.severity === 'error') hard.add(key(s, rule));
        else {
          used.add(key(s, rule));
          drop = true;
        }
      }
    }
    return !drop;
  });
  const extra: PartDiagnostic[] = [];
  const at = (s: Silence, severity: 'warning' | 'info', messageId: string, args: MessageArgs): PartDiagnostic => ({
    file: s.file,
    line: s.line,
    column: s.column,
    part: 'bestand',
    rule: 'bestand/schema',
    severity,
    messageId,
    args,
    message: message(lang, 'bestand/schema', messageId, args, ruleset),
  });
  for (const s of silences) {
    for (const named of s.rules) {
      const written = named.written;
      if (!('rule' in named)) {
        if (named.candidates) {
          extra.push(at(s, 'warning', 'silenceAmbiguous', { value: written, candidates: named.candidates }));
          continue;
        }
        const tip = suggest(written, [...known]);
        extra.push(at(s, 'warning', tip ? 'silenceUnknownTip' : 'silenceUnknown', { value: written, ...(tip ? { tip } : {}) }));
        continue;
      }
      const rule = named.rule;
      if (rule === ACCEPTS) continue;
      if (hard.has(key(s, rule))) {
        extra.push(at(s, 'warning', 'silenceHard', { rule }));
      } else if (!used.has(key(s, rule)) && !(s.doc && silenceUsed(s.doc, s.line, rule))) {
        extra.push(at(s, 'info', 'silenceUnused', { rule }));
      }
    }
  }
  return [...kept, ...extra];
}
