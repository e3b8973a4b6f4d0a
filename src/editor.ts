/**
 * The VS Code files `rlp init` puts in `.vscode/` of a portfolio: settings that link portfolio.yaml
 * to its schema (for Red Hat's YAML extension, which reads no front-matter in Markdown), the
 * recommendation of that extension, tasks that run `rlp check --format compact` and put the
 * findings in the Problems panel, and snippets with the framework's headings and ids. Each file
 * opens with a comment line naming the rlp version and a fingerprint of the rest, so that
 * `rlp init --schemas` can tell a file rlp wrote and nobody changed (it may replace that one)
 * from a file the candidate made or edited (left alone).
 */
import { createHash } from 'node:crypto';
import { type Kader, kaderIds } from './kader.js';
import { catalogues, frameworkText } from './messages/index.js';
import { defaultRuleset, type Ruleset } from './rulesets/index.js';
import { opdrachtgevers } from './schema.js';
import type { Lang } from './types.js';

/** A file of `.vscode/`: its path from the portfolio folder (with `/`) and its content. */
export interface EditorFile {
  target: string;
  content: () => Buffer;
}

/** The settings file; init never writes into one that exists, it says what to add instead. */
export const SETTINGS_FILE = '.vscode/settings.json';

/** What settings.json holds for rlp (also what init tells the candidate to add to their own). */
export const editorSettings = {
  'yaml.schemas': { '.rlp/portfolio.schema.json': 'portfolio.yaml' },
} as const;

const HEADER = /^\/\/ rlp (\S+) \u00b7 ([0-9a-f]{12}) \u00b7 .*\n/; // \u00b7: the bundle keeps a regular expression as written, and may not be read as UTF-8

function fingerprint(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}

/** `body` (JSON) with the comment line that marks it as rlp's own file of `version`. */
function withHeader(body: string, version: string): Buffer {
  return Buffer.from(`// rlp ${version} · ${fingerprint(body)} · rlp init --schemas vernieuwt dit bestand zolang je het niet verandert.\n${body}`);
}

/** Whether `content` is a `.vscode/` file exactly as some version of rlp wrote it (its fingerprint still fits). */
export function isUnchangedOwnFile(content: Buffer | string): boolean {
  const text = content.toString();
  const match = HEADER.exec(text);
  return match !== null && fingerprint(text.slice(match[0].length)) === match[2];
}

/** Escapes text for a choice of a VS Code snippet (`${1|a,b|}`): backslash, comma and bar. */
export function snippetChoice(texts: readonly string[]): string {
  return texts.map((t) => t.replace(/[\\,|]/g, (c) => `\\${c}`)).join(',');
}

/** The heading of each task as the templates write it (`Taak 1 – Het voeren van …`). */
export function taskHeadings(kader: Kader): string[] {
  return kader.taken.map((t) => `${t.kop} – ${frameworkText(t.naam)}`);
}

/**
 * The snippets of `.vscode/rlp.code-snippets`, from the ruleset's framework. Headings are for the
 * Markdown text; the ids go in the front-matter, which VS Code treats as YAML inside Markdown, so
 * those snippets are scoped to yaml.
 */
export function snippets(ruleset: Ruleset = defaultRuleset): Record<string, { scope: string; prefix: string; description: string; body: string[] }> {
  const { kader } = ruleset;
  const ids = kaderIds(kader);
  const heading = (level: string, names: string[]) => [`${level} \${1|${snippetChoice(names)}|}`, '', '$0'];
  return {
    'rlp: gegevens bovenaan een casus': {
      scope: 'markdown',
      prefix: 'rlp-casus',
      description: 'De gegevens bovenaan een casus; haal weg wat niet bij deze casus hoort.',
      body: [
        '---',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: VS Code's own ${…} syntax, not a template
        'titel: "${1:titel van je casus}"',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: VS Code's own ${…} syntax, not a template
        'periode: { start: ${2:JJJJ-MM-DD}, eind: ${3:JJJJ-MM-DD} }',
        'afgerond: ja',
        `opdrachtgever: \${4|${snippetChoice([...opdrachtgevers])}|}`,
        'vraagstelling: "$5"',
        'clienttype: "$6"',
        'uitdaging: "$7"',
        `taken: [\${8:${ids.taken.join(', ')}}]`,
        `kennisgebieden: [\${9:${ids.kennisgebieden.join(', ')}}]`,
        `competenties: [\${10:${ids.competenties.join(', ')}}]`,
        '---',
        '',
        '$0',
      ],
    },
    'rlp: kop van een taak': { scope: 'markdown', prefix: 'rlp-taak', description: 'Een kop voor een taak uit het beroepsprofiel.', body: heading('##', taskHeadings(kader)) },
    'rlp: kop van een kennisgebied': {
      scope: 'markdown',
      prefix: 'rlp-kennisgebied',
      description: `Een kop voor een kennisgebied (onder '## ${kader.casus.secties.kennisgebieden.kop}').`,
      body: heading('###', kader.kennisgebieden.map((k) => k.naam)),
    },
    'rlp: kop van een competentie': {
      scope: 'markdown',
      prefix: 'rlp-competentie',
      description: `Een kop voor een competentie (onder '## ${kader.casus.secties.competenties.kop}').`,
      body: heading('###', kader.competenties.map((c) => c.naam)),
    },
    'rlp: kop van een attitudevraag': {
      scope: 'markdown',
      prefix: 'rlp-attitude',
      description: `Een kop voor een vraag over je attitude (onder '## ${kader.casus.secties.attitude.kop}').`,
      body: heading('###', kader.attitude.map((a) => a.naam)),
    },
    'rlp: naam van een kennisgebied': {
      scope: 'yaml',
      prefix: 'rlp-kennisgebied',
      description: 'Een kennisgebied voor de lijst kennisgebieden bovenaan een casus.',
      body: [`\${1|${snippetChoice(ids.kennisgebieden)}|}`],
    },
    'rlp: naam van een competentie': {
      scope: 'yaml',
      prefix: 'rlp-competentie',
      description: 'Een competentie voor de lijst competenties bovenaan een casus.',
      body: [`\${1|${snippetChoice(ids.competenties)}|}`],
    },
    'rlp: opdrachtgever': {
      scope: 'yaml',
      prefix: 'rlp-opdrachtgever',
      description: 'Wie het traject liet beginnen.',
      body: [`opdrachtgever: \${1|${snippetChoice([...opdrachtgevers])}|}`],
    },
  };
}

/** A regular expression matching any of `texts` literally. */
function anyOf(texts: Iterable<string>): string {
  return `(?:${[...new Set(texts)].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

const LANGS: Lang[] = ['nl', 'en'];

/** The part of a message before its first `{placeholder}`, trimmed. */
const before = (text: string) => text.split('{')[0]!.trim();

/**
 * The problem matchers of the tasks: one per severity (VS Code knows only English severity words),
 * each matching a line of `--format compact` in either language. With `watching`, also when a
 * round of `rlp check --watch` ends (its verdict) and the next begins (its status line).
 */
export function problemMatchers(watching: boolean): Record<string, unknown>[] {
  const severities = { error: 'error', warning: 'warning', info: 'info' } as const;
  return (Object.keys(severities) as (keyof typeof severities)[]).map((severity) => ({
    owner: 'rlp',
    source: 'rlp',
    severity,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: VS Code's own ${…} syntax, not a template
    fileLocation: ['relative', '${workspaceFolder}'],
    pattern: { regexp: `^(.+?):(\\d+):(\\d+): ${anyOf(LANGS.map((l) => catalogues[l].ui.severity[severity]))}: (.*)$`, file: 1, line: 2, column: 3, message: 4 },
    ...(watching
      ? {
          background: {
            activeBegin: true,
            beginsPattern: `^${anyOf(LANGS.map((l) => before(catalogues[l].watch.status)))}`,
            endsPattern: `^${anyOf(LANGS.flatMap((l) => Object.values(catalogues[l].ui.verdict).map(before)))}`,
          },
        }
      : {}),
  }));
}

/** The tasks of `.vscode/tasks.json`: check once (the default build task, Ctrl+Shift+B), and keep checking on every save. */
export function tasks(): Record<string, unknown> {
  return {
    version: '2.0.0',
    tasks: [
      {
        label: 'rlp: controleer mijn portfolio',
        type: 'shell',
        command: 'rlp',
        args: ['check', '--format', 'compact', '--no-color'],
        group: { kind: 'build', isDefault: true },
        presentation: { reveal: 'always', clear: true },
        problemMatcher: problemMatchers(false),
      },
      {
        label: 'rlp: blijf controleren bij elke keer opslaan',
        type: 'shell',
        command: 'rlp',
        args: ['check', '--watch', '--format', 'compact', '--no-color'],
        isBackground: true,
        presentation: { reveal: 'silent' },
        problemMatcher: problemMatchers(true),
      },
    ],
  };
}

/** The files of `.vscode/` for `version` of rlp, from the ruleset's framework. */
export function editorFiles(version: string, ruleset: Ruleset = defaultRuleset): EditorFile[] {
  const json = (data: unknown) => () => withHeader(`${JSON.stringify(data, null, 2)}\n`, version);
  return [
    { target: SETTINGS_FILE, content: json(editorSettings) },
    { target: '.vscode/extensions.json', content: json({ recommendations: ['redhat.vscode-yaml'] }) },
    { target: '.vscode/tasks.json', content: json(tasks()) },
    { target: '.vscode/rlp.code-snippets', content: json(snippets(ruleset)) },
  ];
}
