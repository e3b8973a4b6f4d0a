/**
 * Issue 15: rlp speaks to career coaches, not programmers. Messages without programming
 * vocabulary, one word per severity, dates in words, the framework's typos corrected (or marked
 * [sic] where quoted), the rule id last and quiet, no success line with a failing exit status.
 */
import { rlpInitieel } from '../src/rulesets/index.js';
import { describe, expect, it } from 'vitest';
import { catalogues, fill, frameworkText, itemLabel, longDate } from '../src/messages/index.js';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { progress } from '../src/overview.js';
import { checkDir, EXAMPLE, findings, rlp, ROOT, tempDir, variant } from './helpers.js';

function leaves(node: unknown, path: string[] = []): [string, string][] {
  if (typeof node === 'string') return [[path.join('.'), node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, [...path, k]));
}

describe('Dutch messages for a coach', () => {
  const nl = leaves(catalogues.nl);
  it('use no programming vocabulary outside quoted text to type', () => {
    // Quoted text ('afgerond: true') is what the candidate types; it may hold such words.
    const unquoted = (text: string) => text.replace(/[\w./-]+\.(yaml|md|csv|json)\b/g, 'bestand').replace(/'[^']*'/g, "''").replace(/"[^"]*"/g, '""').replace(/<!--.*?-->/g, '');
    const forbidden = /\b(front-?matter|YAML|sleutels?|tags?|JSON|CI-log|push)\b/i;
    const hits = nl.filter(([, text]) => forbidden.test(unquoted(text))).map(([key, text]) => `${key}: ${text}`);
    expect(hits).toEqual([]);
  });
  it('use one word per severity: no "waarschuwing" or "let op" for a warning', () => {
    const hits = nl.filter(([, text]) => /waarschuwing|\blet op\b/i.test(text.replace(/'[^']*'/g, ''))).map(([key]) => key);
    expect(hits).toEqual([]);
    expect(catalogues.nl.ui.severity.warning).toBe('aandachtspunt');
    expect(catalogues.nl.ui.settings.level.warning).toBe('aandachtspunt');
  });
  it('never say "Reken op minstens" or "Kies uit:"', () => {
    const all = [...nl, ...leaves(catalogues.en)].map(([, t]) => t).join('\n');
    expect(all).not.toMatch(/Reken op minstens|Kies uit:|Choose from:|Count on at least/);
  });
});

describe('dates in sentences', () => {
  it('are written in words, in Dutch and English', () => {
    expect(longDate('2025-09-08', 'nl')).toBe('8 september 2025');
    expect(longDate('2025-09-08', 'en')).toBe('8 September 2025');
    expect(fill('begon op {start}', { start: '2025-09-08' })).toBe('begon op 8 september 2025');
  });
  it('stay as written where the candidate wrote or must type them', () => {
    expect(longDate('2025-02-30', 'nl')).toBe('2025-02-30');
    expect(fill("Bij {key} staat '{value}'. Bedoel je {tip}?", { key: 'indiendatum', value: '2026-13-01', tip: '2026-03-12' })).toBe("Bij indiendatum staat '2026-13-01'. Bedoel je 2026-03-12?");
  });
  it('appear in words in a finding, and the JSON keeps no ISO in that message', () => {
    const dir = variant({ file: 'casussen/casus-1.md', replace: ['start: 2025-02-03', 'start: 2024-10-03'] });
    const [hit] = findings(dir, 'C/periode');
    expect(hit!.message).toContain('begon op 3 oktober 2024, vóór 1 december 2024');
    expect(hit!.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe("the framework's typos", () => {
  it('are corrected where rlp names an item', () => {
    expect(itemLabel({ ref: 'taken', id: '5' }, 'nl', rlpInitieel)).toContain('keuzeproces bij');
    expect(itemLabel({ ref: 'taken', id: '5' }, 'nl', rlpInitieel)).not.toContain('keuzeprocess');
  });
  it('are marked [sic] where rlp quotes the framework', () => {
    const vraag = itemLabel({ ref: 'attitude', id: 'diversiteit-inclusiviteit', field: 'vraag' }, 'nl', rlpInitieel) + itemLabel({ ref: 'attitude', id: 'ethisch-handelen', field: 'vraag' }, 'nl', rlpInitieel);
    expect(vraag).toContain('conflicteerde [sic] met');
    expect(frameworkText('met concrete vervolgspraken.')).toBe('met concrete vervolgafspraken.');
    expect(frameworkText('met concrete vervolgspraken.', true)).toBe('met concrete vervolgspraken [sic].');
    expect(frameworkText('een gewone zin')).toBe('een gewone zin');
  });
});

describe('English lists', () => {
  it('join with "and", never the Dutch "en"', () => {
    expect(fill('{x}', { x: ['a', 'b', 'c'] }, 'en')).toMatch(/^a, b,? and c$/);
    expect(fill('{x}', { x: ['a', 'b', 'c'] }, 'nl')).toBe('a, b en c');
  });
});

describe('the pretty report', () => {
  it('puts the rule id last and quietly, not first', () => {
    const dir = variant({ file: 'portfolio.yaml', replace: ['naar_waarheid: true', 'naar_waarheid: false'] });
    const out = rlp(['check', dir, '--no-color']).stdout;
    const line = out.split('\n').find((l) => l.includes('naar_waarheid'))!;
    expect(line).toMatch(/\(E\/verklaringen\)$/);
    expect(out).not.toContain('[E/verklaringen]');
  });
  it('puts the rule id first with --verbose', () => {
    const dir = variant({ file: 'portfolio.yaml', replace: ['naar_waarheid: true', 'naar_waarheid: false'] });
    const out = rlp(['check', dir, '--no-color', '--verbose']).stdout;
    expect(out).toMatch(/✗ fout {2}portfolio\.yaml:\d+:\d+ {2}\[E\/verklaringen\]\n {4}Je hebt de verklaring 'naar_waarheid' nog niet afgegeven[^\n]*\.\n/);
  });
});

describe('--strict with warnings', () => {
  it('prints no success line when it exits 1', () => {
    const dir = variant({ file: 'casussen/casus-1.md', replace: ['start: 2025-02-03', 'start: 2024-10-03'] });
    const plain = rlp(['check', dir, '--no-color']);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/✓ Geen fouten meer/);
    const strict = rlp(['check', dir, '--no-color', '--strict']);
    expect(strict.status).toBe(1);
    const last = strict.stdout.trim().split('\n').at(-1)!;
    expect(last).not.toMatch(/✓|Geen fouten meer/);
    expect(last).toMatch(/^✗ Nog niet klaar: met --strict/);
    const limit = rlp(['check', dir, '--no-color', '--max-warnings', '0', '-f', 'github']);
    expect(limit.status).toBe(1);
    expect(limit.stdout.trim().split('\n').at(-1)).toMatch(/^Nog niet klaar: 1 aandachtspunten|^Nog niet klaar/);
  });
  it('still prints the success line for a clean portfolio', () => {
    const out = rlp(['check', EXAMPLE, '--no-color', '--strict']);
    expect(out.status).toBe(0);
    expect(out.stdout.trim().split('\n').at(-1)).toMatch(/^✓ /);
  });
});

describe('the progress view', () => {
  it('opens a report with many errors: per part where the candidate stands, then the next three things to do', () => {
    const dir = join(tempDir(), 'nieuw');
    expect(rlp(['init', dir]).status).toBe(0);
    const out = rlp(['check', dir, '--no-color']).stdout;
    const head = out.slice(0, out.indexOf('Alle meldingen per onderdeel'));
    expect(head).toMatch(/Waar je staat\n\s+Bestanden:\s+in orde\n\s+A\. Opleiding:\s+\d+ fouten/);
    expect(head).toMatch(/C\. Casusbeschrijvingen:\s+0 van 22 onderdelen van het toetsingskader uitgewerkt; \d+ fouten/);
    expect(head).toMatch(/Wat je nu kunt doen:\n {2}1\. .+\n {2}2\. .+\n {2}3\. .+\n/);
    expect(head).not.toMatch(/✗ fout/);
    expect(out.indexOf('✗ fout')).toBeGreaterThan(out.indexOf('Alle meldingen per onderdeel'));
  });
  it('does not open a report with few errors', () => {
    const dir = variant({ file: 'portfolio.yaml', replace: ['naar_waarheid: true', 'naar_waarheid: false'] });
    const out = rlp(['check', dir, '--no-color']).stdout;
    expect(out).not.toContain('Waar je staat');
  });
  it('is all that rlp status prints, with exit 0', () => {
    const dir = join(tempDir(), 'nieuw');
    rlp(['init', dir]);
    const out = rlp(['status', dir, '--no-color']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^Waar je staat\n/);
    expect(out.stdout).not.toMatch(/✗ fout|Dekking per casus/);
    const done = rlp(['status', EXAMPLE, '--no-color']);
    expect(done.stdout).toMatch(/22 van 22 onderdelen van het toetsingskader uitgewerkt; in orde/);
    expect(done.stdout).not.toContain('Wat je nu kunt doen');
    expect(rlp(['status', join(tempDir(), 'bestaat-niet')]).status).toBe(2);
  });
  it('takes the first error of each part as next steps (overview.progress)', () => {
    const report = checkDir(join(ROOT, 'fixtures', 'voorbeeld'));
    expect(progress(report).next).toEqual([]);
    const fake = { ...report, diagnostics: [
      { rule: 'A/route', severity: 'error' as const, message: 'a1' },
      { rule: 'A/diploma', severity: 'error' as const, message: 'a2' },
      { rule: 'C/aantal', severity: 'error' as const, message: 'c1' },
      { rule: 'inhoud/theorie', severity: 'warning' as const, message: 'h' },
    ] };
    expect(progress(fake).next.map((d) => d.message)).toEqual(['a1', 'c1', 'a2']);
  });
});

describe('rlp init in an existing portfolio', () => {
  const copy = () => {
    const dir = join(tempDir(), 'bestaand');
    cpSync(EXAMPLE, dir, { recursive: true });
    renameSync(join(dir, 'casussen', 'casus-1.md'), join(dir, 'casussen', 'herorientatie.md'));
    renameSync(join(dir, 'casussen', 'casus-2.md'), join(dir, 'casussen', 'starter.md'));
    return dir;
  };
  it('adds no blank cases next to renamed ones, and says why', () => {
    const dir = copy();
    const before = rlp(['check', dir, '-f', 'json']).stdout;
    const out = rlp(['init', dir]);
    expect(out.status).toBe(0);
    expect(readdirSync(join(dir, 'casussen')).sort()).toEqual(['herorientatie.md', 'starter.md']);
    expect(out.stdout).toMatch(/Niet aangemaakt, want je portfolio heeft dit al:\n {2}- casussen\/casus-1\.md \(je hebt al casussen\)/);
    expect(JSON.parse(rlp(['check', dir, '-f', 'json']).stdout).summary).toEqual(JSON.parse(before).summary);
  });
  it('adds no motivatie.md when portfolio.yaml names another motivation file', () => {
    const dir = copy();
    renameSync(join(dir, 'motivatie.md'), join(dir, 'mijn-motivatie.md'));
    writeFileSync(join(dir, 'portfolio.yaml'), readFileSync(join(dir, 'portfolio.yaml'), 'utf8').replace('motivatie: motivatie.md', 'motivatie: mijn-motivatie.md'));
    const out = rlp(['init', dir]);
    expect(existsSync(join(dir, 'motivatie.md'))).toBe(false);
    expect(out.stdout).toContain('motivatie.md (portfolio.yaml noemt een ander bestand voor je motivatie)');
  });
  it('still lays out cases in an empty folder, and a missing motivatie.md in a portfolio that names none', () => {
    const dir = copy();
    rmSync(join(dir, 'motivatie.md'));
    rlp(['init', dir]);
    expect(existsSync(join(dir, 'motivatie.md'))).toBe(true);
    const fresh = join(tempDir(), 'leeg');
    rlp(['init', fresh]);
    expect(readdirSync(join(fresh, 'casussen')).sort()).toEqual(['casus-1.md', 'casus-2.md']);
  });
  it('refreshes only the editor schemas with --schemas; they carry their version; plain init never overwrites them', () => {
    const dir = copy();
    rlp(['init', dir]);
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    const schema = join(dir, '.rlp', 'casus.schema.json');
    expect(JSON.parse(readFileSync(schema, 'utf8'))).toMatchObject({ 'x-rlp-version': version, $id: `rlp:casus@${version}` });
    writeFileSync(schema, '{"x-rlp-version": "0.0.1"}');
    const plain = rlp(['init', dir]);
    expect(readFileSync(schema, 'utf8')).toBe('{"x-rlp-version": "0.0.1"}');
    expect(plain.stdout).toContain('rlp init --schemas');
    const before = snapshotExcept(dir, '.rlp');
    const refresh = rlp(['init', '--schemas', dir]);
    expect(refresh.status).toBe(0);
    expect(refresh.stdout).toMatch(/Bijgewerkt naar deze versie van rlp:\n {2}~ \.rlp\/casus\.schema\.json/);
    expect(JSON.parse(readFileSync(schema, 'utf8'))['x-rlp-version']).toBe(version);
    expect(snapshotExcept(dir, '.rlp')).toEqual(before);
    expect(rlp(['init', '--schemas', dir]).stdout).toContain('waren al bij');
  });
});

function snapshotExcept(dir: string, skip: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === skip) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('rlp explain with short forms', () => {
  it.each([['c2'], ['C2'], ['kennisgebieden'], ['c2/ken'], ['KENNISGEBIEDEN']])('%s explains C2/kennisgebieden', (q) => {
    const out = rlp(['explain', q]);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^C2\/kennisgebieden — /);
  });
  it('resolves theorie to inhoud/theorie', () => {
    expect(rlp(['explain', 'theorie']).stdout).toMatch(/^inhoud\/theorie — /);
  });
  it('asks "bedoel je" for a form that fits several rules, and knows no rule for nonsense', () => {
    const b1 = rlp(['explain', 'B1']);
    expect(b1.status).toBe(2);
    expect(b1.stderr).toBe("rlp: 'B1' past bij meer dan één regel. Bedoel je 'B1/jaren', 'B1/uren' of 'B1/verklaringen'?\n");
    expect(rlp(['explain', 'uren', '--lang', 'en']).stderr).toContain("Do you mean 'A/uren' or 'B1/uren'?");
    expect(rlp(['explain', 'xyz']).status).toBe(2);
    expect(rlp(['explain', 'xyz']).stderr).toContain("Onbekende regel 'xyz'");
  });
});

describe('inline silencing', () => {
  const TASK1 = readFileSync(join(EXAMPLE, 'casussen', 'casus-1.md'), 'utf8').split('\n')[23]!;
  const SHORT = 'In het eerste gesprek verhelderde ik samen met cliënt zijn vraag en de verwachtingen van de werkgever.';
  const shortTask1 = (extra = '') =>
    variant({ file: 'casussen/casus-1.md', replace: [TASK1, `${SHORT}${extra}`] });
  const json = (dir: string) => JSON.parse(rlp(['check', dir, '-f', 'json']).stdout) as { diagnostics: { rule: string; severity: string; message: string; line?: number; file?: string }[] };
  it('silences a warning rule in its section; without the comment the warning shows', () => {
    expect(json(shortTask1()).diagnostics.filter((d) => d.rule === 'C/inhoud')).toMatchObject([{ severity: 'warning', line: 22 }]);
    const quiet = json(shortTask1('\n\n<!-- rlp-disable C/inhoud -->'));
    expect(quiet.diagnostics).toEqual([]);
  });
  it('reports a silence that silences nothing (info), as ESLint does', () => {
    const dir = variant({ file: 'casussen/casus-1.md', replace: ['## Taak 1 – Vraagverhelderend gesprek', '## Taak 1 – Vraagverhelderend gesprek\n\n<!-- rlp-disable C/inhoud -->'] });
    expect(json(dir).diagnostics).toMatchObject([{ rule: 'bestand/schema', severity: 'info', file: 'casussen/casus-1.md', line: 24, messageId: 'silenceUnused', args: { rule: 'C/inhoud' } }]);
  });
  it('cannot silence an error: the error stays and the comment gets a finding', () => {
    const dir = variant({ file: 'portfolio.yaml', replace: ['naar_waarheid: true', 'naar_waarheid: false  # rlp-disable E/verklaringen'] });
    const ds = json(dir).diagnostics;
    expect(ds.filter((d) => d.rule === 'E/verklaringen')).toMatchObject([{ severity: 'error' }]);
    expect(ds.filter((d) => d.rule === 'bestand/schema')).toMatchObject([{ severity: 'warning', file: 'portfolio.yaml', messageId: 'silenceHard', args: { rule: 'E/verklaringen' } }]);
  });
  it('names an unknown rule with a suggestion', () => {
    const ds = json(shortTask1('\n\n<!-- rlp-disable C/inhout -->')).diagnostics;
    expect(ds.filter((d) => d.rule === 'bestand/schema')).toMatchObject([{ severity: 'warning', messageId: 'silenceUnknownTip', args: { tip: 'C/inhoud' } }]);
    expect(ds.filter((d) => d.rule === 'C/inhoud')).toHaveLength(1);
  });
  it("counts a content hint's own silence as used when the hint would have fired", () => {
    const C1 = 'casussen/casus-1.md';
    const dir = variant({ file: C1, removeSection: '### Ethisch handelen volgens gedragscode' }, { file: C1, replace: ['### Zelfreflectie', '### Ethisch handelen volgens gedragscode\n\nNee, er was geen ethisch dilemma.\n<!-- rlp: geen inhoud/attitude -->\n\n### Zelfreflectie'] });
    const ds = json(dir).diagnostics;
    expect(ds.filter((d) => d.rule === 'inhoud/attitude' || d.rule === 'bestand/schema')).toEqual([]);
  });
  it("counts a content hint's own silence (rlp: geen inhoud/…) as used, and reports it where there was nothing to silence", () => {
    const dir = variant({ file: 'casussen/casus-1.md', replace: ['## Taak 1 – Vraagverhelderend gesprek', '## Taak 1 – Vraagverhelderend gesprek\n\n<!-- rlp: geen inhoud/theorie -->'] });
    expect(json(dir).diagnostics).toMatchObject([{ rule: 'bestand/schema', severity: 'info', messageId: 'silenceUnused', args: { rule: 'inhoud/theorie' } }]);
  });
});

describe('fix suggestions as data', () => {
  const C1 = 'casussen/casus-1.md';
  const apply = (dir: string, fix: { file: string; line: number; column: number; replace: string; with: string }) => {
    const path = join(dir, fix.file);
    const lines = readFileSync(path, 'utf8').split('\n');
    const line = lines[fix.line - 1]!;
    expect(line.slice(fix.column - 1, fix.column - 1 + fix.replace.length)).toBe(fix.replace);
    lines[fix.line - 1] = line.slice(0, fix.column - 1) + fix.with + line.slice(fix.column - 1 + fix.replace.length);
    writeFileSync(path, lines.join('\n'));
  };
  it('gives a fix for a "bedoel je" value, a misspelt name and a Dutch date; applying them leaves nothing to report', () => {
    const dir = variant(
      { file: C1, replace: ['kennisgebieden: [loopbaantheorie, ontwikkeling-mens, organisaties]', 'kennisgebieden: [loopbaantheorie, ontwikkeling-mens, organisatie]'] },
      { file: 'portfolio.yaml', replace: ['indiendatum: 2026-12-01', 'indiendatum: 01-12-2026'] },
    );
    const report = JSON.parse(rlp(['check', dir, '-f', 'json']).stdout) as { diagnostics: { rule: string; fix?: { file: string; line: number; column: number; replace: string; with: string } }[] };
    const fixes = report.diagnostics.map((d) => d.fix);
    expect(fixes).toEqual([
      { file: C1, line: 10, column: 54, replace: 'organisatie', with: 'organisaties' },
      { file: 'portfolio.yaml', line: 5, column: 14, replace: '01-12-2026', with: '2026-12-01' },
    ].sort((a, b) => (a.file === 'portfolio.yaml' ? 1 : 0) - (b.file === 'portfolio.yaml' ? 1 : 0)));
    for (const fix of fixes) apply(dir, fix!);
    expect(JSON.parse(rlp(['check', dir, '-f', 'json']).stdout).diagnostics).toEqual([]);
  });
  it('puts the fix in SARIF as fixes with a replacement', () => {
    const dir = variant({ file: 'portfolio.yaml', replace: ['indiendatum: 2026-12-01', 'indiendatum: 01-12-2026'] });
    const log = JSON.parse(rlp(['check', dir, '-f', 'sarif']).stdout);
    const result = log.runs[0].results[0];
    expect(result.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 5, startColumn: 14, endLine: 5, endColumn: 24 },
      insertedContent: { text: '2026-12-01' },
    });
  });
  it('gives no fix where rlp does not know one', () => {
    const dir = variant({ file: 'portfolio.yaml', replace: ['indiendatum: 2026-12-01', 'indiendatum: morgen'] });
    const report = JSON.parse(rlp(['check', dir, '-f', 'json']).stdout) as { diagnostics: { fix?: unknown }[] };
    expect(report.diagnostics.length).toBeGreaterThan(0);
    expect(report.diagnostics.every((d) => d.fix === undefined)).toBe(true);
  });
});

describe('English output', () => {
  it('writes dates and lists in English everywhere, also in the header and the matrix hints', () => {
    const dir = join(tempDir(), 'nieuw');
    rlp(['init', dir]);
    const out = rlp(['check', dir, '--no-color', '--lang', 'en', '--datum', '2026-03-08']).stdout;
    expect(out).toMatch(/^Portfolio nieuw — submission date 8 March 2026/);
    expect(out).toMatch(/for tasks 1, 2, 3,? and 4/);
    expect(out).not.toMatch(/\d en \d|maart/);
  });
});

describe('one word for a warning, also in portfolio.yaml', () => {
  it('accepts aandachtspunt as a level (waarschuwing still works) and shows it as aandachtspunt', () => {
    for (const word of ['aandachtspunt', 'waarschuwing']) {
      const dir = variant({ file: 'portfolio.yaml', replace: ['  min_woorden: 50', `  min_woorden: 50\n  regels:\n    inhoud/perspectief: ${word}`] });
      const out = rlp(['check', dir, '--no-color']);
      expect(out.stdout).toContain('Afwijkend ingesteld in portfolio.yaml: regels.inhoud/perspectief aandachtspunt (standaard info)');
      expect(out.stdout).not.toContain('bestand/schema');
    }
    const bad = variant({ file: 'portfolio.yaml', replace: ['  min_woorden: 50', '  min_woorden: 50\n  regels:\n    inhoud/perspectief: streng'] });
    expect(rlp(['check', bad, '--no-color']).stdout).toContain('(bestand/schema)');
  });
});
