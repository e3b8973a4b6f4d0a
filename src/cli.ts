/**
 * The command line (contract §4): `rlp init`, `rlp check`, `rlp explain`. Thin: parses options,
 * calls the API, prints. Exit status: 0 no errors, 1 errors (with --strict also warnings),
 * 2 could not check at all. Never prints a stack trace (set RLP_DEBUG=1 to see one).
 */
import { Command, CommanderError, Option } from 'commander';
import { parseDate } from './dates.js';
import { formatters } from './format/index.js';
import { init, InitError } from './init.js';
import { loadPortfolio, PortfolioNotFoundError } from './load/index.js';
import { catalogues, fill } from './messages/index.js';
import { reportFor } from './report.js';
import { rules, findRule } from './rules/index.js';
import type { Lang } from './types.js';

declare const RLP_VERSION: string | undefined;

/** Whether colour codes may be written to a stream: NO_COLOR wins, then FORCE_COLOR, then a TTY. */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'nl';
}

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

async function runCheck(dir: string, options: { format: string; strict?: boolean; lang: string; datum?: string }, lang: Lang): Promise<number> {
  const t = catalogues[lang].ui.fatal;
  const formatter = formatters[options.format];
  if (!formatter) fail(fill(t.badFormat, { value: options.format, options: Object.keys(formatters).join(', ') }));
  let datum;
  if (options.datum !== undefined) {
    datum = parseDate(options.datum);
    if (!datum) fail(fill(t.badDate, { value: options.datum }));
  }
  const spinner = options.format === 'pretty' && process.stderr.isTTY && !process.env.CI ? (await import('ora')).default({ text: catalogues[lang].ui.checking, stream: process.stderr }).start() : undefined;
  try {
    const portfolio = loadPortfolio(dir);
    const report = reportFor(portfolio, { lang, ...(datum ? { datum } : {}) });
    spinner?.stop();
    process.stdout.write(formatter(report, { lang, color: options.format === 'pretty' && useColor(process.stdout) }));
    return report.summary.errors > 0 || (options.strict && report.summary.warnings > 0) ? 1 : 0;
  } catch (error) {
    spinner?.stop();
    if (error instanceof PortfolioNotFoundError) fail(fill(error.reason === 'missing' ? t.notFound : t.notAFolder, { path: dir }));
    throw error;
  }
}

function runInit(dir: string, lang: Lang): number {
  const t = catalogues[lang].ui.init;
  try {
    const result = init(dir);
    const out: string[] = [];
    if (result.created.length) out.push(t.created, ...result.created.map((f) => `  + ${f}`));
    if (result.kept.length) out.push(t.kept, ...result.kept.map((f) => `  = ${f}`));
    out.push(result.created.length ? fill(t.next, { path: dir }) : t.nothing);
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InitError) fail(fill(t.failed, { path: error.path, reason: error.reason }));
    throw error;
  }
}

function runExplain(id: string | undefined, lang: Lang): number {
  const catalogue = catalogues[lang].rules as Record<string, { title: string; explain: string; fix: string }>;
  if (!id) {
    for (const rule of rules) process.stdout.write(`${rule.id.padEnd(26)} ${catalogue[rule.id]?.title ?? ''} (toetsingskader ${rule.source})\n`);
    return 0;
  }
  const rule = findRule(id);
  const text = rule && catalogue[rule.id];
  if (!rule || !text) fail(lang === 'en' ? `Unknown rule '${id}'. 'rlp explain' lists all rules.` : `Onbekende regel '${id}'. 'rlp explain' toont alle regels.`);
  const label = lang === 'en' ? { source: 'Source', severity: 'Default', fix: 'How to fix' } : { source: 'Bron', severity: 'Standaard', fix: 'Oplossen' };
  process.stdout.write(
    `${rule.id} — ${text.title}\n\n${text.explain}\n\n${label.fix}: ${text.fix}\n\n${label.source}: toetsingskader ${rule.source}. ${label.severity}: ${catalogues[lang].ui.severity[rule.severity]}.\n`,
  );
  return 0;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  const lang = langOf(argv);
  const program = new Command('rlp')
    .description(lang === 'en' ? 'Checks a Register Loopbaanprofessional portfolio against the Noloc toetsingskader' : 'Controleert een portfolio voor Register Loopbaanprofessional tegen het toetsingskader van Noloc')
    .version(typeof RLP_VERSION === 'string' ? RLP_VERSION : '0.0.0-dev', '-v, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let status = 0;
  const langOption = () => new Option('--lang <taal>', 'nl | en').default('nl');
  program
    .command('check')
    .argument('[mappen...]', lang === 'en' ? 'portfolio folder(s) (default: .)' : 'portfoliomap(pen) (standaard: .)')
    .option('-f, --format <vorm>', 'pretty | json', 'pretty')
    .option('--strict', lang === 'en' ? 'warnings fail too' : 'ook waarschuwingen tellen als fout')
    .option('--datum <JJJJ-MM-DD>', lang === 'en' ? 'submission date (overrides indiendatum)' : 'indiendatum (vervangt die uit portfolio.yaml)')
    .option('--alle <map>', lang === 'en' ? 'check every portfolio folder in this folder' : "controleer alle portfoliomappen in deze map", (value: string, list: string[] = []) => [...list, value])
    .option('--watch', lang === 'en' ? 'check again on every save' : 'controleer opnieuw bij elke keer opslaan')
    .addOption(langOption())
    .action(async (dirs: string[], options) => {
      // Several folders, --alle and --watch live in src/cohort.ts, loaded only when asked for.
      const many = dirs.length > 1 || options.alle || options.watch;
      status = many ? await (await import('./cohort.js')).runFromCli(dirs, options, lang, fail) : await runCheck(dirs[0] ?? '.', options, lang);
    });
  program
    .command('init')
    .argument('[map]', lang === 'en' ? 'folder for the new portfolio' : 'map voor het nieuwe portfolio', '.')
    .addOption(langOption())
    .action((dir: string) => {
      status = runInit(dir, lang);
    });
  program
    .command('explain')
    .argument('[regel]', lang === 'en' ? 'rule id, e.g. C2/kennisgebieden' : 'regel, bijvoorbeeld C2/kennisgebieden')
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
