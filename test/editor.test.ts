/**
 * The VS Code files of `rlp init` (.vscode/): written once and never over the candidate's own,
 * refreshed by `rlp init --schemas` only while unchanged; snippets from the framework; problem
 * matchers that read real `--format compact` output of the built CLI.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorSettings, isUnchangedOwnFile, taskHeadings } from '../src/editor.js';
import { catalogues, fill } from '../src/messages/index.js';
import { defaultRuleset } from '../src/rulesets/index.js';
import { opdrachtgevers } from '../src/schema.js';
import { ROOT, rlp, tempDir } from './helpers.js';

const VSCODE = ['.vscode/settings.json', '.vscode/extensions.json', '.vscode/tasks.json', '.vscode/rlp.code-snippets'];

/** A `.vscode/` file as VS Code reads it: JSON after rlp's comment line. */
// biome-ignore lint/suspicious/noExplicitAny: the shape is what the test checks
function readJson(path: string): any {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('// rlp ')).toBe(true);
  return JSON.parse(text.slice(text.indexOf('\n') + 1));
}

interface Matcher {
  severity: string;
  pattern: { regexp: string; file: number; line: number; column: number; message: number };
  background?: { beginsPattern: string; endsPattern: string };
}

/** The problems VS Code would take from `output` with `matchers` (each line tried by each matcher). */
function problems(output: string, matchers: Matcher[]) {
  return output.split('\n').flatMap((line) =>
    matchers.flatMap((m) => {
      const match = new RegExp(m.pattern.regexp).exec(line);
      return match ? [{ severity: m.severity, file: match[m.pattern.file], line: Number(match[m.pattern.line]), column: Number(match[m.pattern.column]), message: match[m.pattern.message] }] : [];
    }),
  );
}

describe('rlp init: VS Code files', () => {
  it('writes settings, the recommended extension, tasks and snippets, and leaves existing ones alone', () => {
    const dir = join(tempDir(), 'portfolio');
    const first = rlp(['init', dir]);
    expect(first.status).toBe(0);
    for (const file of VSCODE) {
      expect(first.stdout).toContain(file);
      expect(isUnchangedOwnFile(readFileSync(join(dir, file)))).toBe(true);
    }
    expect(readJson(join(dir, '.vscode/settings.json'))).toEqual(editorSettings);
    expect(readJson(join(dir, '.vscode/extensions.json')).recommendations).toEqual(['redhat.vscode-yaml']);
    const again = rlp(['init', dir]);
    expect(again.stdout).not.toContain('+ .vscode');
    expect(again.stdout).not.toContain('settings.json;');
  });

  it('never writes into the candidate own settings.json; says what to add instead', () => {
    const dir = join(tempDir(), 'portfolio');
    mkdirSync(join(dir, '.vscode'), { recursive: true });
    writeFileSync(join(dir, '.vscode/settings.json'), '{ "editor.fontSize": 16 }\n');
    const r = rlp(['init', dir]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')).toBe('{ "editor.fontSize": 16 }\n');
    expect(r.stdout).toContain('= .vscode/settings.json');
    expect(r.stdout).toContain('"yaml.schemas":{".rlp/portfolio.schema.json":"portfolio.yaml"}');
    expect(existsSync(join(dir, '.vscode/tasks.json'))).toBe(true);
    const schemas = rlp(['init', dir, '--schemas']);
    expect(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')).toBe('{ "editor.fontSize": 16 }\n');
    expect(schemas.stdout).toContain('yaml.schemas');
  });

  it('init --schemas refreshes an unchanged file of another rlp version, never an edited one', () => {
    const dir = join(tempDir(), 'portfolio');
    rlp(['init', dir]);
    const tasks = join(dir, '.vscode/tasks.json');
    const snippets = join(dir, '.vscode/rlp.code-snippets');
    const current = readFileSync(tasks, 'utf8');
    // What an older version wrote: another body with its own, fitting fingerprint.
    const oldBody = '{\n  "version": "2.0.0",\n  "tasks": []\n}\n';
    writeFileSync(tasks, `// rlp 0.1.0 · ${createHash('sha256').update(oldBody).digest('hex').slice(0, 12)} · oud\n${oldBody}`);
    expect(isUnchangedOwnFile(readFileSync(tasks))).toBe(true);
    const edited = readFileSync(snippets, 'utf8').replace('"rlp-taak"', '"mijn-taak"');
    writeFileSync(snippets, edited);
    expect(isUnchangedOwnFile(edited)).toBe(false);
    expect(rlp(['init', dir]).stdout).toContain('rlp init --schemas');
    const r = rlp(['init', dir, '--schemas']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('~ .vscode/tasks.json');
    expect(readFileSync(tasks, 'utf8')).toBe(current);
    expect(readFileSync(snippets, 'utf8')).toBe(edited);
  });
});

describe('snippets', () => {
  const dir = join(tempDir(), 'portfolio');
  rlp(['init', dir]);
  const all = readJson(join(dir, '.vscode/rlp.code-snippets')) as Record<string, { scope: string; prefix: string; body: string[] }>;
  const byPrefix = (prefix: string, scope: string) => Object.values(all).find((s) => s.prefix === prefix && s.scope === scope)!;
  /** The choices of the first `${1|…|}` in a body, unescaped. */
  const choices = (body: string[]) => {
    const m = /\$\{\d+\|((?:[^|\\]|\\.)*)\|\}/.exec(body.join('\n'));
    return m ? m[1]!.split(/(?<!\\),/).map((c) => c.replace(/\\(.)/g, '$1')) : [];
  };
  const { kader } = defaultRuleset;

  it('offer exactly the framework ids in the front-matter (yaml) and its names as headings (markdown)', () => {
    expect(choices(byPrefix('rlp-kennisgebied', 'yaml').body)).toEqual(kader.kennisgebieden.map((k) => k.id));
    expect(choices(byPrefix('rlp-competentie', 'yaml').body)).toEqual(kader.competenties.map((c) => c.id));
    expect(choices(byPrefix('rlp-opdrachtgever', 'yaml').body)).toEqual([...opdrachtgevers]);
    expect(choices(byPrefix('rlp-taak', 'markdown').body)).toEqual(taskHeadings(kader));
    expect(choices(byPrefix('rlp-kennisgebied', 'markdown').body)).toEqual(kader.kennisgebieden.map((k) => k.naam));
    expect(choices(byPrefix('rlp-competentie', 'markdown').body)).toEqual(kader.competenties.map((c) => c.naam));
    expect(choices(byPrefix('rlp-attitude', 'markdown').body)).toEqual(kader.attitude.map((a) => a.naam));
  });

  it('the case front-matter snippet, filled with its defaults, checks without schema findings', () => {
    const body = byPrefix('rlp-casus', 'markdown').body.join('\n');
    const filled = body.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
    const folder = join(tempDir(), 'p');
    cpSync(join(ROOT, 'fixtures', 'voorbeeld'), folder, { recursive: true });
    const file = join(folder, 'casussen', 'casus-1.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, filled.replace('JJJJ-MM-DD', '2025-01-06').replace('JJJJ-MM-DD', '2025-06-30') + text.slice(text.indexOf('\n---\n', 4) + 5));
    const report = JSON.parse(rlp(['check', folder, '--format', 'json']).stdout);
    expect(report.diagnostics.filter((d: { rule: string }) => d.rule === 'bestand/schema')).toEqual([]);
  });
});

describe('tasks: problem matchers on real rlp output', () => {
  const dir = join(tempDir(), 'portfolio');
  rlp(['init', dir]);
  const [check, watch] = readJson(join(dir, '.vscode/tasks.json')).tasks as { args: string[]; problemMatcher: Matcher[] }[];

  it('turn every finding into a problem with its file, line, column and severity, also with accents and spaces', () => {
    // A portfolio in a folder with a space, a case file with a space in its name, a Dutch message with an accent (vóór).
    const folder = join(tempDir(), 'mijn portfolio');
    cpSync(join(ROOT, 'fixtures', 'defecten', 'C-periode'), folder, { recursive: true });
    renameSync(join(folder, 'casussen', 'casus-1.md'), join(folder, 'casussen', 'casus één.md'));
    const r = rlp(check!.args, { cwd: folder });
    expect(r.status).toBe(1);
    const found = problems(r.stdout, check!.problemMatcher);
    const report = JSON.parse(rlp(['check', '--format', 'json'], { cwd: folder }).stdout);
    expect(found).toHaveLength(report.diagnostics.length);
    expect(found).toContainEqual({ severity: 'error', file: 'casussen/casus één.md', line: 3, column: 31, message: expect.stringContaining('vóór je indiendatum') });
    for (const p of found) expect(existsSync(join(folder, p.file!))).toBe(true);
  });

  it('know warnings and infos, in Dutch and in English', () => {
    for (const lang of ['nl', 'en']) {
      const r = rlp(['check', join(ROOT, 'fixtures', 'voorbeeld-2'), '--format', 'compact', '--lang', lang]);
      const found = problems(r.stdout, check!.problemMatcher);
      const report = JSON.parse(rlp(['check', join(ROOT, 'fixtures', 'voorbeeld-2'), '--format', 'json']).stdout);
      expect(found.map((p) => p.severity)).toEqual(report.diagnostics.map((d: { severity: string }) => d.severity));
      expect(found.some((p) => p.severity === 'info')).toBe(true);
    }
    const fresh = problems(rlp(['check', dir, '--format', 'compact']).stdout, check!.problemMatcher);
    expect(fresh.some((p) => p.severity === 'warning')).toBe(true);
  });

  it('the watch task: a round ends at the verdict and the next begins at the status line', () => {
    expect(watch!.args).toContain('--watch');
    for (const lang of ['nl', 'en'] as const) {
      const out = rlp(['check', dir, '--format', 'compact', '--lang', lang]).stdout.trimEnd().split('\n');
      const verdictLine = out.at(-1)!;
      const status = fill(catalogues[lang].watch.status, { time: '12:34:56' });
      for (const m of watch!.problemMatcher) {
        expect(new RegExp(m.background!.endsPattern).test(verdictLine)).toBe(true);
        expect(new RegExp(m.background!.beginsPattern).test(status)).toBe(true);
        // No finding line ends or begins a round.
        for (const line of out.slice(0, -1)) expect(new RegExp(m.background!.endsPattern).test(line) || new RegExp(m.background!.beginsPattern).test(line)).toBe(false);
      }
    }
  });
});
