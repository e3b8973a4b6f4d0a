/**
 * The command line (contract §4): `rlp init`, `rlp check`, `rlp explain`. Thin: parses options,
 * calls the API (`checkPortfolio`), prints. Exit status: 0 no errors, 1 errors (with --strict or
 * --max-warnings also too many warnings), 2 could not check at all. Never prints a stack trace
 * (set RLP_DEBUG=1 to see one). Texts, commander's included, come from the message catalogues.
 */
import { statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { localise } from './cli-i18n.js';
import { parseDate } from './dates.js';
import { formatters } from './format/index.js';
import { checkPortfolio, PortfolioNotFoundError } from './index.js';
import { notFoundMessage } from './not-found.js';
import { editorSettings } from './editor.js';
import { ciFiles, init, InitError, type CiPlatform } from './init.js';
import { repositoryPrefix } from './load/repository.js';
import { catalogues, fill, ruleText } from './messages/index.js';
import { colorFor, OutputFileError, outputFailure, writeOutputFile } from './output.js';
import { failure, onlyErrors } from './report.js';
import { resolveRule } from './explain.js';
import { rules } from './rules/index.js';
import { defaultRuleset } from './rulesets/index.js';
import { suggest } from './text.js';
import type { Lang } from './types.js';
import { version } from './version.js';
import { useColor } from './terminal.js';

export { useColor };

function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'nl';
}

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

/** Options of `rlp check` as commander parses them. */
interface CheckFlags {
  format: string;
  strict?: boolean;
  maxWarnings?: string;
  quiet?: boolean;
  datum?: string;
  /** `-o/--output-file`: write the report to this file instead of stdout. */
  outputFile?: string;
  /** `--color` (true) / `--no-color` (false); undefined: decided by environment and terminal. */
  color?: boolean;
  /** `--verbose`: the rule id of each finding on its first line. */
  verbose?: boolean;
}

async function runCheck(dir: string, options: CheckFlags, lang: Lang): Promise<number> {
  const t = catalogues[lang].ui.fatal;
  const formatter = Object.hasOwn(formatters, options.format) ? formatters[options.format] : undefined;
  if (!formatter) fail(fill(t.badFormat, { value: options.format, options: Object.keys(formatters).join(', ') }));
  let datum;
  if (options.datum !== undefined) {
    datum = parseDate(options.datum);
    if (!datum) fail(fill(t.badDate, { value: options.datum }));
  }
  if (options.maxWarnings !== undefined && !/^\d+$/.test(options.maxWarnings)) fail(fill(t.badCount, { value: options.maxWarnings }));
  const maxWarnings = options.strict ? 0 : options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  // Only on a terminal, never in CI or a pipe; in colour only when allowed (ora's chalk ignores NO_COLOR).
  // A terminal that reports 0 columns (a pseudo-terminal without a size) would make ora clear lines forever.
  const spinner =
    options.format === 'pretty' && process.stderr.isTTY && (process.stderr.columns ?? 0) > 0 && !process.env.CI
      ? (await import('ora')).default({ text: catalogues[lang].ui.checking, stream: process.stderr, color: useColor(process.stderr) ? 'cyan' : false }).start()
      : undefined;
  try {
    const report = checkPortfolio(dir, { lang, ...(datum ? { datum } : {}) });
    spinner?.stop();
    const color = options.format === 'pretty' && colorFor(options.color, options.outputFile !== undefined, process.stdout, useColor);
    const text = formatter(options.quiet ? onlyErrors(report) : report, { lang, color, pathPrefix: repositoryPrefix(dir), ...(maxWarnings !== undefined ? { maxWarnings } : {}), ...(options.verbose ? { verbose: true } : {}) });
    if (options.outputFile === undefined) process.stdout.write(text);
    else {
      writeOutputFile(options.outputFile, text);
      process.stderr.write(`${fill(catalogues[lang].output.written, { path: options.outputFile })}\n`);
    }
    const failed = failure(report, maxWarnings);
    if (failed === 'warnings') process.stderr.write(`rlp: ${fill(options.strict ? t.strictWarnings : t.tooManyWarnings, { warnings: report.summary.warnings, max: maxWarnings ?? 0 })}\n`);
    return failed ? 1 : 0;
  } catch (error) {
    spinner?.stop();
    if (error instanceof PortfolioNotFoundError) fail(fill(notFoundMessage(error.reason, lang), { path: dir }));
    if (error instanceof OutputFileError) fail(outputFailure(error, lang));
    throw error;
  }
}

/**
 * `rlp status [map]`: only the progress view (where the candidate stands per part, the next three
 * things to do). Exit 0 when it could check (it is a view, not a gate), 2 when it could not.
 */
async function runStatus(dir: string, options: { color?: boolean }, lang: Lang): Promise<number> {
  try {
    const report = checkPortfolio(dir, { lang });
    const { Chalk } = await import('chalk');
    const c = new Chalk({ level: colorFor(options.color, false, process.stdout, useColor) ? 1 : 0 });
    const { progressLines } = await import('./format/progress.js');
    const { verdict } = await import('./format/verdict.js');
    process.stdout.write(`${[...progressLines(report, lang, c), '', verdict(report, lang)].join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof PortfolioNotFoundError) fail(fill(notFoundMessage(error.reason, lang), { path: dir }));
    throw error;
  }
}

function runInit(dir: string, options: { ci?: string; schemas?: boolean }, lang: Lang): number {
  const t = catalogues[lang].ui.init;
  const ci = options.ci;
  if (ci !== undefined && !Object.hasOwn(ciFiles, ci)) fail(fill(catalogues[lang].ui.fatal.badCi, { value: ci }));
  try {
    const result = init(dir, { ...(ci ? { ci: ci as CiPlatform } : {}), ...(options.schemas ? { schemasOnly: true } : {}) });
    const out: string[] = [];
    if (result.created.length) out.push(t.created, ...result.created.map((f) => `  + ${f}`));
    if (result.updated.length) out.push(t.updated, ...result.updated.map((f) => `  ~ ${f}`));
    if (result.kept.length) out.push(t.kept, ...result.kept.map((f) => `  = ${f}`));
    if (result.skipped.length) out.push(t.skipped, ...result.skipped.map((f) => `  - ${f.target} (${t.skipReasons[f.reason]})`));
    if (result.outdated.length) out.push(fill(t.outdated, { path: dir }));
    if (result.ownSettings) out.push(fill(t.ownSettings, { settings: JSON.stringify(editorSettings).slice(1, -1) }));
    if (options.schemas) out.push(result.created.length || result.updated.length ? t.schemasDone : t.schemasCurrent);
    else out.push(result.created.length ? fill(t.next, { path: dir }) : t.nothing);
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InitError) {
      const reasons: Record<string, string> = t.reasons;
      const reason = reasons[error.reason] ?? fill(t.reasons.other, { code: error.reason });
      const made = error.created.length ? ['', t.madeBefore, ...error.created.map((f) => `  + ${f}`)] : [];
      fail([fill(t.failed, { path: join(dir, error.path), reason }), ...made].join('\n'));
    }
    throw error;
  }
}

function runExplain(id: string | undefined, lang: Lang): number {
  const t = catalogues[lang].ui.explain;
  if (!id) {
    for (const rule of rules) process.stdout.write(`${rule.id.padEnd(26)} ${ruleText(lang, rule.id, defaultRuleset)?.title ?? ''} (toetsingskader ${rule.source})\n`);
    return 0;
  }
  const resolved = resolveRule(id);
  if (resolved && 'candidates' in resolved) {
    const options = new Intl.ListFormat(lang, { type: 'disjunction' }).format(resolved.candidates.map((r) => `'${r.id}'`));
    fail(fill(t.ambiguous, { id, options }));
  }
  const rule = resolved?.rule;
  const text = rule && ruleText(lang, rule.id, defaultRuleset);
  if (!rule || !text) {
    const tip = suggest(id, rules.map((r) => r.id));
    fail(tip ? fill(t.unknownTip, { id, tip }) : fill(t.unknown, { id }));
  }
  process.stdout.write(
    `${rule.id} — ${text.title}\n\n${text.explain}\n\n${t.fix}: ${text.fix}\n\n${t.source}: toetsingskader ${rule.source}. ${t.severity}: ${catalogues[lang].ui.severity[rule.severity]}.\n`,
  );
  return 0;
}

/**
 * The portfolio folder `dir` lies in: the nearest folder from `dir` upwards that holds a
 * `portfolio.yaml` (a file, or one that cannot be looked at), or undefined outside any portfolio.
 */
export function portfolioRoot(dir: string): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    try {
      if (statSync(join(current, 'portfolio.yaml')).isFile()) return current;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') return current;
    }
    if (dirname(current) === current) return undefined;
  }
}

let outputGuarded = false;

/**
 * Output errors end the program quietly, never with a stack trace: a reader that stops early
 * (`rlp check … | head -1`: EPIPE) or a closed stdout lets the run finish with the exit status it
 * would have had (the report was not wanted any further); a write that fails otherwise (ENOSPC on
 * a full disk, EIO) says so in one line on stderr and exits 2, since the report did not arrive.
 * Errors on stderr itself are ignored. Installed once per process.
 */
export function guardOutput(lang: Lang): void {
  if (outputGuarded) return;
  outputGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || error.code === 'EBADF') return;
    try {
      process.stderr.write(`rlp: ${fill(catalogues[lang].ui.fatal.output, { code: error.code ?? '' })}\n`);
    } catch {
      // stderr is gone too: nothing left to tell
    }
    process.exit(2);
  });
  process.stderr.on('error', () => {});
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  const lang = langOf(argv);
  guardOutput(lang);
  const t = catalogues[lang].ui.cli;
  const program = localise(new Command('rlp'), lang).description(t.description).version(version, '-v, --version', t.version).exitOverride();
  let status = 0;
  const { names } = t;
  const langOption = () => new Option(`--lang ${names.lang}`, t.lang).default('nl');
  program
    .command('check')
    .description(t.check.description)
    .argument(names.folders, t.check.folders)
    .option(`-f, --format ${names.format}`, fill(t.check.format, { formats: Object.keys(formatters).join(' | ') }), 'pretty')
    .option('--strict', t.check.strict)
    .option(`--max-warnings ${names.count}`, t.check.maxWarnings)
    .option('-q, --quiet', t.check.quiet)
    .option(`--datum ${names.date}`, t.check.datum)
    .option(`--alle ${names.parent}`, t.check.alle, (value: string, list: string[] = []) => [...list, value])
    .option('--watch', t.check.watch)
    .option(`-o, --output-file ${catalogues[lang].output.file}`, catalogues[lang].output.option)
    .option('--color', catalogues[lang].output.color)
    .option('--no-color', catalogues[lang].output.noColor)
    .option('--verbose', t.check.verbose)
    .addOption(langOption())
    .action(async (given: string[], options: CheckFlags & { alle?: string[]; watch?: boolean }) => {
      // Without a folder (and without --alle): the portfolio this command runs in (contract §4, revision 2).
      let dirs = given;
      if (given.length === 0 && !options.alle?.length) {
        const root = portfolioRoot(process.cwd());
        if (root === undefined) fail(fill(catalogues[lang].ui.fatal.noPortfolioHere, { path: process.cwd() }));
        dirs = [relative(process.cwd(), root) || '.'];
      }
      // Several folders, --alle and --watch live in src/cohort.ts, loaded only when asked for.
      const many = dirs.length > 1 || options.alle || options.watch;
      status = many ? await (await import('./cohort.js')).runFromCli(dirs, options, lang, fail) : await runCheck(dirs[0] ?? '.', options, lang);
    });
  program
    .command('status')
    .description(t.status.description)
    .argument(names.folder, t.status.folder)
    .option('--color', catalogues[lang].output.color)
    .option('--no-color', catalogues[lang].output.noColor)
    .addOption(langOption())
    .action(async (given: string | undefined, options: { color?: boolean }) => {
      // As check: without a folder, the portfolio this command runs in, also from casussen/ (a coach's trial).
      let dir = given;
      if (dir === undefined) {
        const root = portfolioRoot(process.cwd());
        if (root === undefined) fail(fill(catalogues[lang].ui.fatal.noPortfolioHere, { path: process.cwd() }));
        dir = relative(process.cwd(), root) || '.';
      }
      status = await runStatus(dir, options, lang);
    });
  program
    .command('init')
    .description(t.init.description)
    .argument(names.folder, t.init.folder, '.')
    .option(`--ci ${names.platform}`, t.init.ci)
    .option('--schemas', t.init.schemas)
    .addOption(langOption())
    .action((dir: string, options: { ci?: string; schemas?: boolean }) => {
      status = runInit(dir, options, lang);
    });
  program
    .command('explain')
    .description(t.explain.description)
    .argument(names.rule, t.explain.rule)
    .addOption(langOption())
    .action((id: string | undefined) => {
      status = runExplain(id, lang);
    });
  try {
    const value = argv.find((a, i) => (argv[i - 1] === '--lang' || a.startsWith('--lang=')) && a !== '--lang');
    const chosen = value?.replace(/^--lang=/, '');
    if (chosen !== undefined && chosen !== 'nl' && chosen !== 'en') fail(fill(catalogues.nl.ui.fatal.badLang, { value: chosen }));
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`rlp: ${error.message}\n`);
      return 2;
    }
    if (process.env.RLP_DEBUG) throw error;
    process.stderr.write(`rlp: ${fill(catalogues[lang].ui.fatal.internal, { detail: (error as Error)?.message ?? String(error) })}\n`);
    return 2;
  }
}
