/**
 * A framework is a value: a tiny second ruleset (its own framework data, two rules, their
 * messages) checks a portfolio through the same engine, loader and formatters, none of which
 * is changed for it.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { formatters } from '../src/format/index.js';
import type { Kader } from '../src/kader.js';
import { buildReport } from '../src/report.js';
import type { Rule, Ruleset } from '../src/rules/rule.js';
import { defaultRuleset, rlpInitieel, rulesetFor } from '../src/rulesets/index.js';
import { buildSchemas } from '../src/schema.js';
import { portfolioOf } from './rule-tester.js';

const section = (kop: string) => ({ kop });
/** A made-up framework "her-2030": one case, one task, one declaration. */
const kader = {
  id: 'her-2030',
  naam: 'Hercertificering (voorbeeld)',
  getallen: { aantal_casussen: 1 },
  routes: [],
  casus: { secties: { keuze: section('Keuze'), kennisgebieden: section('Kennis'), competenties: section('Kunde'), attitude: section('Houding') }, wrappers: { proces: section('Proces'), reflectie: section('Reflectie') } },
  taken: [{ id: 1, kop: 'Taak 1', naam: 'Intake', indicatoren: [], handreiking: '', koppeling: { kennisgebieden: [], competenties: [], attitude: [] } }],
  kennisgebieden: [{ id: 'kennis', naam: 'Kennis van zaken', nummer: 1, verplicht: true, indicatoren: [], voorbeelden: [] }],
  competenties: [{ id: 'kunde', naam: 'Vakkundigheid', omschrijving: '', indicatoren: [] }],
  attitude: [{ id: 'houding', naam: 'Houding', criterium: '', vraag: 'Hoe kijk je terug?' }],
  verklaringen: [{ id: 'gedragscode', tekst: 'Ik houd mij aan de gedragscode.' }],
} as unknown as Kader;

const aantal: Rule = {
  id: 'H/aantal',
  severity: 'error',
  part: 'C',
  source: 'H.1',
  check({ portfolio, kader: k, report }) {
    if (portfolio.cases.length !== k.getallen.aantal_casussen) report({ messageId: 'count', args: { count: portfolio.cases.length, wanted: k.getallen.aantal_casussen } });
  },
};
const verklaring: Rule = {
  id: 'H/verklaring',
  severity: 'warning',
  part: 'E',
  source: 'H.2',
  check({ portfolio, kader: k, report }) {
    const made = (portfolio.config?.verklaringen ?? {}) as Record<string, unknown>;
    for (const { id } of k.verklaringen) if (made[id] !== true) report({ messageId: 'missing', args: { id, taak: { ref: 'taken', id: '1' } }, file: 'portfolio.yaml' });
  },
};
const rules = [aantal, verklaring];
const texts = (count: string, missing: string) => ({
  'H/aantal': { title: 'Aantal', explain: '', fix: '', messages: { count } },
  'H/verklaring': { title: 'Verklaring', explain: '', fix: '', messages: { missing } },
});
const her: Ruleset = {
  id: 'her-2030',
  kader,
  woorden: rlpInitieel.woorden,
  inhoud: rlpInitieel.inhoud,
  rules,
  schemas: buildSchemas(kader, rules),
  templates: 'templates',
  messages: { nl: texts('{count} van {wanted} casussen', "Verklaring '{id}' ontbreekt ({taak})"), en: texts('{count} of {wanted} cases', "Declaration '{id}' is missing ({taak})") },
};

const files = { 'portfolio.yaml': 'kader: her-2030\nverklaringen:\n  gedragscode: false\n', 'casussen/a.md': '# A\n', 'casussen/b.md': '# B\n' };

describe('a second ruleset', () => {
  it('checks a portfolio with its own rules, numbers and messages', () => {
    const portfolio = portfolioOf(files, her);
    expect(portfolio.config?.kader).toBe('her-2030');
    const found = check(portfolio, { ruleset: her });
    expect(found.map(({ rule, messageId, args, severity }) => ({ rule, messageId, args, severity }))).toEqual([
      { rule: 'H/aantal', messageId: 'count', args: { count: 2, wanted: 1 }, severity: 'error' },
      { rule: 'H/verklaring', messageId: 'missing', args: { id: 'gedragscode', taak: { ref: 'taken', id: '1' } }, severity: 'warning' },
    ]);
    // The ruleset's own catalogue is under test here, so the rendered sentences are asserted.
    expect(found.map((d) => d.message)).toEqual(['2 van 1 casussen', "Verklaring 'gedragscode' ontbreekt (Taak 1 (Intake))"]);
    expect(check(portfolio, { ruleset: her, lang: 'en' })[0]!.message).toBe('2 of 1 cases');
  });
  it('stays quiet when the portfolio meets it', () => {
    const ok = portfolioOf({ 'portfolio.yaml': 'kader: her-2030\nverklaringen:\n  gedragscode: true\n', 'casussen/a.md': '# A\n' }, her);
    expect(check(ok, { ruleset: her })).toEqual([]);
  });
  it('reads portfolio.yaml with the schema built from it: its own kader id, its own rules under instellingen', () => {
    const portfolio = portfolioOf({ ...files, 'portfolio.yaml': 'kader: her-2030\ninstellingen:\n  regels:\n    H/verklaring: uit\n    C2/kennisgebieden: uit\n' }, her);
    expect(portfolio.problems.filter((p) => p.file === 'portfolio.yaml').map((p) => [p.messageId, p.line])).toEqual([['unknownKey', 5]]);
    expect(check(portfolio, { ruleset: her }).map((d) => d.rule)).toEqual(['H/aantal']);
    expect(portfolioOf(files, rlpInitieel).configInvalid).toContain('kader');
  });
  it('gives every format its coverage matrix and texts', () => {
    const portfolio = portfolioOf(files, her);
    const report = buildReport(portfolio, check(portfolio, { ruleset: her }), { ruleset: her });
    expect(report.kader).toBe('her-2030');
    expect(Object.keys(report.coverage.items.taken)).toEqual(['1']);
    expect(Object.keys(report.coverage.items.kennisgebieden)).toEqual(['kennis']);
    const pretty = formatters.pretty!(report, { lang: 'nl', color: false, ruleset: her });
    expect(pretty).toContain('Vakkundigheid');
    expect(pretty).not.toContain('Loopbaantheorie');
    const sarif = JSON.parse(formatters.sarif!(report, { lang: 'nl', color: false, ruleset: her }));
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['H/aantal', 'H/verklaring']);
  });
  it('is chosen by kader: in portfolio.yaml, with rlp-initieel as the default', () => {
    expect(rulesetFor('rlp-initieel')).toBe(rlpInitieel);
    expect(rulesetFor(undefined)).toBe(defaultRuleset);
    expect(rulesetFor('onbekend')).toBe(defaultRuleset);
    expect(rulesetFor('toString')).toBe(defaultRuleset);
  });
});
