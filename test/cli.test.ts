/** The CLI as a user runs it: the built binary, its stdout, stderr and exit status (contract §4, §5). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rlp, tempDir } from './helpers.js';

const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(dir, f)).isFile())
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('rlp check', () => {
  it('passes the example with the coverage matrix and a verdict, exit 0', () => {
    const r = rlp(['check', 'fixtures/voorbeeld']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Dekking per casus');
    expect(r.stdout).toContain('Je portfolio voldoet');
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stderr).toBe('');
  });
  it('prints exactly the JSON report of contract §5', () => {
    const r = rlp(['check', 'fixtures/defecten/C2-kennisgebieden', '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report).slice(0, 6)).toEqual(['portfolio', 'kader', 'indiendatum', 'ok', 'summary', 'diagnostics']);
    expect(report).toMatchObject({ portfolio: 'C2-kennisgebieden', kader: 'rlp-initieel', indiendatum: '2026-12-01', ok: false });
    expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(report.diagnostics[0]).toMatchObject({ rule: 'C2/kennisgebieden', severity: 'error' });
  });
  it('fails with --strict on warnings only', () => {
    expect(rlp(['check', 'fixtures/defecten/C-diversiteit']).status).toBe(0);
    expect(rlp(['check', 'fixtures/defecten/C-diversiteit', '--strict']).status).toBe(1);
  });
  it('colours only when allowed', () => {
    expect(rlp(['check', 'fixtures/voorbeeld'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(rlp(['check', 'fixtures/voorbeeld'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
    expect(rlp(['check', 'fixtures/voorbeeld', '--format', 'json'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });
  it('exits 2 with a Dutch message and no stack trace for a missing folder or a bad option', () => {
    for (const args of [['check', 'bestaat-niet'], ['check', 'fixtures/voorbeeld', '--datum', '01-12-2026'], ['check', '.', '--format', 'xml'], ['check', '--onzin']]) {
      const r = rlp(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(rlp(['check', 'bestaat-niet']).stderr).toContain("De map 'bestaat-niet' bestaat niet");
  });
  it('speaks English with --lang en', () => {
    const r = rlp(['check', 'fixtures/defecten/C3-competenties', '--lang', 'en']);
    expect(r.stdout).toContain('The competence Coaching');
    expect(r.stdout).toContain('Coverage per case');
  });
  it('uses --datum over indiendatum', () => {
    const r = rlp(['check', 'fixtures/voorbeeld', '--format', 'json', '--datum', '2028-01-01']);
    expect(JSON.parse(r.stdout).indiendatum).toBe('2028-01-01');
    expect(r.status).toBe(1);
  });
});

describe('rlp init', () => {
  it('lays out a portfolio that check reports per file and section, and never overwrites', () => {
    const dir = join(tempDir(), 'nieuw');
    const first = rlp(['init', dir]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('casussen/casus-1.md');
    const check = rlp(['check', dir]);
    expect(check.status).toBe(1);
    expect(check.stderr).toBe('');
    expect(check.stdout).toMatch(/casussen\/casus-1\.md:\d+:\d+/);
    expect(check.stdout).toContain("De sectie 'Keuze voor deze casus' bevat alleen de voorbeeldtekst");
    const before = snapshot(dir);
    const again = rlp(['init', dir]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('niets gewijzigd');
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('rlp explain', () => {
  it('lists every rule and explains one in both languages', () => {
    expect(rlp(['explain']).stdout).toContain('C2/kennisgebieden');
    expect(rlp(['explain', 'C2/kennisgebieden']).stdout).toContain('toetsingskader C.2');
    expect(rlp(['explain', 'C2/kennisgebieden', '--lang', 'en']).stdout).toContain('knowledge areas');
    expect(rlp(['explain', 'X/y']).status).toBe(2);
  });
});

describe('rlp explain, forgiving', () => {
  it('accepts any case and suggests a near miss', () => {
    expect(rlp(['explain', 'c2/kennisgebieden']).status).toBe(0);
    expect(rlp(['explain', 'C2/kenisgebieden']).stderr).toContain("Bedoel je 'C2/kennisgebieden'?");
    // A unique beginning is no near miss: it explains the rule.
    expect(rlp(['explain', 'C2/kennisgebied']).stdout).toMatch(/^C2\/kennisgebieden — /);
  });
});

describe('--help and --version', () => {
  it('print to stdout and exit 0, in the chosen language', () => {
    const version = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')).version;
    for (const args of [['--version'], ['-v']]) expect(rlp(args)).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
    const nl = rlp(['check', '--help']);
    expect(nl).toMatchObject({ status: 0, stderr: '' });
    expect(nl.stdout).toMatch(/^Gebruik: rlp check \[opties\] \[mappen\.\.\.\]/);
    expect(nl.stdout).toMatch(/\(standaard:\s+"pretty"\)/);
    const en = rlp(['check', '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: rlp check \[options\] \[folders\.\.\.\]/);
    expect(en.stdout).toContain('--max-warnings <number>');
    expect(en.stdout).not.toMatch(/Opties|standaard|portfoliomap/);
    expect(rlp(['help', 'init']).stdout).toContain('--ci');
    expect(rlp(['--help']).status).toBe(0);
  });
  it("translate commander's errors, with a suggestion", () => {
    expect(rlp(['check', '--stict']).stderr).toBe("rlp: Onbekende optie '--stict'. Bedoel je --strict?\n");
    expect(rlp(['chek', '--lang', 'en'])).toMatchObject({ status: 2, stderr: "rlp: Unknown command 'chek'. Did you mean check?\n" });
  });
});
