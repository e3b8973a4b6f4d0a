/** The CI formats: SARIF 2.1.0 (validated against the official schema) and GitHub workflow commands; --quiet, --max-warnings. */
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatters } from '../src/format/index.js';
import { escapeData, escapeProperty } from '../src/format/github.js';
import { repositoryPrefix } from '../src/load/repository.js';
import { rules } from '../src/rules/index.js';
import { checkDir, fixtureDirs, rlp, ROOT, tempDir } from './helpers.js';

// unicodeRegExp: false, because the schema's pattern for `language` is not valid with the u flag.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')));

/** A copy of a fixture as a subfolder of a git repository; returns the repository and the portfolio folder. */
function inRepository(fixture: string, sub = 'portfolios/jan de vries'): { repo: string; dir: string } {
  const repo = tempDir();
  mkdirSync(join(repo, '.git'));
  const dir = join(repo, sub);
  cpSync(join(ROOT, 'fixtures', fixture), dir, { recursive: true });
  return { repo, dir };
}

describe('--format sarif', () => {
  it.each(fixtureDirs().map((dir) => [basename(dir), dir]))('%s validates against the SARIF 2.1.0 schema', (_name, dir) => {
    for (const lang of ['nl', 'en'] as const) {
      const log = JSON.parse(formatters.sarif!(checkDir(dir, { lang }), { lang, color: false, pathPrefix: 'portfolios/jan de vries/' }));
      expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
    }
  });
  it('describes every rule once and points every result at a file from the repository root', () => {
    const { dir } = inRepository('defecten/C-tags');
    const r = rlp(['check', dir, '--format', 'sarif'], { cwd: tempDir() });
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout) as Log;
    expect(validateSarif(log), ajv.errorsText(validateSarif.errors)).toBe(true);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules!.map((d) => d.id)).toEqual(rules.map((rule) => rule.id));
    const c2 = run.tool.driver.rules!.find((d) => d.id === 'C2/kennisgebieden')!;
    expect(c2.properties).toMatchObject({ toetsingskader: 'C.2' });
    expect(c2.help!.text).toContain('Oplossen:');
    expect(run.results).toMatchObject([
      {
        ruleId: 'C/tags',
        level: 'error',
        locations: [{ physicalLocation: { artifactLocation: { uri: 'portfolios/jan%20de%20vries/casussen/casus-1.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 10 } } }],
      },
    ]);
  });
  it('gives a finding about the whole portfolio a file (code scanning needs one) and lists changed settings', () => {
    const report = checkDir(join(ROOT, 'fixtures', 'defecten', 'C2-kennisgebieden'));
    const log = JSON.parse(formatters.sarif!({ ...report, settings: [{ setting: 'instellingen.regels.C/diversiteit', rule: 'C/diversiteit', value: 'off', default: 'warning' }] }, { lang: 'nl', color: false })) as Log;
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('portfolio.yaml');
    expect(log.runs[0]!.invocations![0]!.ruleConfigurationOverrides).toMatchObject([{ descriptor: { id: 'C/diversiteit' }, configuration: { enabled: false, level: 'none' } }]);
    expect(validateSarif(log)).toBe(true);
    expect(validateSarif({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding, with paths from the repository root of a subfolder portfolio', () => {
    const { repo, dir } = inRepository('defecten/C-tags', 'portfolios/jan');
    expect(repositoryPrefix(dir)).toBe('portfolios/jan/');
    for (const cwd of [tempDir(), repo, dir]) {
      const r = rlp(['check', dir, '--format', 'github'], { cwd });
      expect(r.status).toBe(1);
      const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
      expect(commands).toEqual([expect.stringMatching(/^::error file=portfolios\/jan\/casussen\/casus-1\.md,line=10,col=68,title=Gegevens en secties kloppen \(C\/tags\)::Je noemt Arbeidsmarkt/)]);
    }
  });
  it('uses ::warning and ::notice, and leaves out the place of a finding about the whole portfolio', () => {
    const report = checkDir(join(ROOT, 'fixtures', 'defecten', 'C2-kennisgebieden'));
    const out = formatters.github!(
      { ...report, diagnostics: [...report.diagnostics, { rule: 'C/diversiteit', severity: 'warning', message: 'w', file: 'a.md', line: 2 }, { rule: 'x', severity: 'info', message: 'i' }] },
      { lang: 'en', color: false, pathPrefix: 'p/' },
    );
    expect(out.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(/^::error title=Knowledge areas \(C2\/kennisgebieden\)::/),
      '::warning file=p/a.md,line=2,title=Different cases (C/diversiteit)::w',
      '::notice title=x::i',
    ]);
  });
  it('escapes as GitHub documents', () => {
    expect(escapeData('100% klaar\r\nnu: ja, nee')).toBe('100%25 klaar%0D%0Anu: ja, nee');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
  it('names files from the current directory outside a git repository', () => {
    const base = tempDir();
    cpSync(join(ROOT, 'fixtures', 'defecten', 'C-tags'), join(base, 'p'), { recursive: true });
    expect(repositoryPrefix(join(base, 'p'), base)).toBe('p/');
    expect(repositoryPrefix(base, base)).toBe('');
  });
});

describe('--quiet, --strict and --max-warnings', () => {
  const warnings = 'fixtures/defecten/C-diversiteit';
  it('--quiet shows errors only', () => {
    const r = rlp(['check', warnings, '--quiet', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ diagnostics: [], summary: { warnings: 1 } });
    expect(JSON.parse(rlp(['check', 'fixtures/defecten/C-tags', '-q', '--format', 'json']).stdout).diagnostics).toHaveLength(1);
  });
  it('--max-warnings N fails with more than N warnings, and says why on stderr', () => {
    expect(rlp(['check', warnings, '--max-warnings', '1']).status).toBe(0);
    const r = rlp(['check', warnings, '--max-warnings', '0', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).ok).toBe(true);
    expect(r.stderr).toContain('--max-warnings');
    expect(rlp(['check', warnings, '--strict', '--lang', 'en']).stderr).toContain('With --strict');
    expect(rlp(['check', warnings, '--max-warnings', 'veel']).status).toBe(2);
  });
});
