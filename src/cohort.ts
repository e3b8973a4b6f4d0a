/**
 * Cohorts: `rlp check map1 map2 …` and `rlp check --alle <map>` check a whole group of portfolios
 * (a training institute's cohort) in one run. The output is one summary table (portfolio, errors,
 * warnings, verdict) or, with `--format json`, a JSON array of reports (contract §5), in the order
 * of the folders. Exit status 1 when any portfolio has errors (with --strict also warnings).
 *
 * Large cohorts are spread over worker threads (the main thread checks too). Reports stream out as
 * soon as their turn comes and only a small window of them is held at once, so memory stays flat
 * however large the cohort.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { CheckOptions } from './check.js';
import { notFoundMessage } from './not-found.js';
import { displayFileName } from './display.js';
import { isFolder, useColor } from './terminal.js';

export { isFolder };
import { parseDate } from './dates.js';
import { cohortOutput } from './format/cohort.js';
import { formatters } from './format/index.js';
import { PortfolioNotFoundError } from './load/index.js';
import { loadPortfolio } from './rulesets/index.js';
import { compareNames } from './names.js';
import { catalogues, fill } from './messages/index.js';
import { colorFor, OutputFile, OutputFileError, outputFailure } from './output.js';
import { packageRoot } from './paths.js';
import { failedReport, failure, isUnchecked, onlyErrors, reportFor, type Report } from './report.js';
import { repositoryPrefix } from './load/repository.js';
import type { Lang } from './types.js';

/** Portfolios per extra thread: below this, starting a worker (~50 ms) costs more than it saves. */
export const PORTFOLIOS_PER_THREAD = 6;
/** Reports that may wait for their turn, per thread. */
const WINDOW_PER_THREAD = 4;

/** What checking one folder gives: a report, or why there was none. */
type Outcome = { report: Report } | { missing: PortfolioNotFoundError['reason']; dir: string } | { error: string };

/** The report for an outcome: the portfolio's own, or a row that says why it could not be checked. */
function reportOf(outcome: Outcome, dir: string, options: CheckOptions): Report {
  if ('report' in outcome) return outcome.report;
  const lang = options.lang ?? 'nl';
  const t = catalogues[lang];
  const reason =
    'missing' in outcome ? fill(notFoundMessage(outcome.missing, lang), { path: dir }) : fill(t.ui.fatal.internal, { detail: outcome.error });
  return failedReport(basename(resolve(dir)), fill(t.cohort.failed, { reason }), options, 'missing' in outcome ? 'bestand/bewijs' : 'bestand/syntax');
}

function checkOne(dir: string, options: CheckOptions): Outcome {
  try {
    return { report: reportFor(loadPortfolio(dir), options) };
  } catch (error) {
    if (error instanceof PortfolioNotFoundError) return { missing: error.reason, dir };
    return { error: (error as Error)?.message ?? String(error) };
  }
}

/**
 * The subfolders of `dir` that hold a `portfolio.yaml`, sorted by name as a Dutch reader would
 * (`p2` before `p10`). Hidden folders are skipped. Throws `PortfolioNotFoundError` when `dir` is
 * not a folder.
 */
export function portfolioFolders(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new PortfolioNotFoundError(dir, (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'not-a-folder' : 'missing');
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || entry.isSymbolicLink()) && isFile(join(dir, entry.name, 'portfolio.yaml')))
    .map((entry) => entry.name)
    .sort(compareNames)
    .map((name) => join(dir, name));
}

/** Whether `path` is a file; also true when it cannot be looked at (no permission), so that such a portfolio becomes a row that says so. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM';
  }
}

/** Threads worth using for `count` portfolios: the main thread plus one per PORTFOLIOS_PER_THREAD, at most one per core. */
export function threadsFor(count: number): number {
  return Math.max(1, Math.min(availableParallelism(), 1 + Math.floor(count / PORTFOLIOS_PER_THREAD)));
}

interface Helper {
  worker: Worker;
  ready: boolean;
  busy: number;
  /** Indices sent and not yet answered. */
  pending: Set<number>;
  /** Stopped (crashed, or out of memory): gets no more work; its pending portfolios become error rows. */
  dead: boolean;
}

/**
 * Checks the portfolios in `dirs` and yields their reports in that order, as soon as each one's
 * turn has come. `threads` > 1 starts that many minus one worker threads. Each portfolio is
 * isolated: one that cannot be checked (a folder gone or unreadable, an internal fault, a worker
 * thread that died on it) is yielded as a report with one finding that says why
 * (`failedReport`), and the run goes on.
 */
export async function* checkCohort(dirs: readonly string[], options: CheckOptions = {}, threads = threadsFor(dirs.length)): AsyncGenerator<Report> {
  const window = WINDOW_PER_THREAD * threads;
  const outcomes = new Map<number, Outcome>();
  const helpers: Helper[] = [];
  let next = 0;
  let turn = 0;
  let closing = false;
  let wake: (() => void) | undefined;
  const take = () => (next < dirs.length && next < turn + window ? next++ : -1);
  const feed = (helper: Helper) => {
    while (helper.ready && !helper.dead && helper.busy < 2) {
      const i = take();
      if (i < 0) return;
      helper.busy++;
      helper.pending.add(i);
      helper.worker.postMessage({ i, dir: dirs[i] });
    }
  };
  if (threads > 1) {
    const bin = JSON.stringify(join(packageRoot(), 'bin', 'rlp.js'));
    for (let n = 1; n < threads; n++) {
      const helper: Helper = {
        worker: new Worker(`require(${bin}).load().exports.serveCohort();`, { eval: true, workerData: options }),
        ready: false,
        busy: 0,
        pending: new Set(),
        dead: false,
      };
      /** The worker stopped: what it was checking becomes error rows; the main thread checks the rest. */
      const died = (why: string) => {
        if (closing || helper.dead) return;
        helper.dead = true;
        for (const i of helper.pending) outcomes.set(i, { error: why });
        helper.pending.clear();
        wake?.();
      };
      helper.worker.on('message', (message: { ready: true } | { i: number; outcome: Outcome }) => {
        if ('ready' in message) helper.ready = true;
        else {
          helper.busy--;
          helper.pending.delete(message.i);
          outcomes.set(message.i, message.outcome);
        }
        feed(helper);
        wake?.();
      });
      helper.worker.on('error', (error) => died((error as Error)?.message ?? String(error)));
      helper.worker.on('exit', (code) => died(`worker thread stopped (${code})`));
      helpers.push(helper);
    }
  }
  try {
    while (turn < dirs.length) {
      const outcome = outcomes.get(turn);
      if (outcome) {
        outcomes.delete(turn);
        const report = reportOf(outcome, dirs[turn++]!, options);
        for (const helper of helpers) feed(helper);
        yield report;
        continue;
      }
      const i = take();
      if (i >= 0) {
        outcomes.set(i, checkOne(dirs[i]!, options));
        // Let the helpers' messages in before the next portfolio.
        await new Promise<void>((resolve) => setImmediate(resolve));
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    }
  } finally {
    closing = true;
    await Promise.all(helpers.map((helper) => helper.worker.terminate()));
  }
}

/** Runs in a worker thread: checks each folder it is sent and sends back the outcome. */
export function serveCohort(): void {
  const options = workerData as CheckOptions;
  parentPort!.on('message', ({ i, dir }: { i: number; dir: string }) => parentPort!.postMessage({ i, outcome: checkOne(dir, options) }));
  parentPort!.postMessage({ ready: true });
}

/** How the CLI asked for a run over several folders or in watch mode (the flags of `rlp check`). */
export interface ManyOptions {
  format: string;
  strict?: boolean;
  maxWarnings?: string;
  quiet?: boolean;
  datum?: string;
  alle?: string[];
  watch?: boolean;
  /** `-o/--output-file`: write the output to this file instead of stdout. */
  outputFile?: string;
  /** `--color` / `--no-color`; undefined: decided by environment and terminal. */
  color?: boolean;
}

/**
 * The CLI's entry for `rlp check` with several folders, `--alle` or `--watch` (src/cli.ts keeps the
 * single-folder path). `fail` reports a usage problem (exit status 2). Resolves to the exit status;
 * watch mode resolves when the user stops it.
 */
export async function runFromCli(dirs: string[], options: ManyOptions, lang: Lang, fail: (message: string) => never): Promise<number> {
  const t = catalogues[lang];
  if (!Object.hasOwn(formatters, options.format)) fail(fill(t.ui.fatal.badFormat, { value: options.format, options: Object.keys(formatters).join(', ') }));
  const check: CheckOptions = { lang };
  if (options.datum !== undefined) {
    const datum = parseDate(options.datum);
    if (!datum) fail(fill(t.ui.fatal.badDate, { value: options.datum }));
    check.datum = datum;
  }
  if (options.maxWarnings !== undefined && !/^\d+$/.test(options.maxWarnings)) fail(fill(t.ui.fatal.badCount, { value: options.maxWarnings }));
  const maxWarnings = options.strict ? 0 : options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  const folders = dirs.length > 0 || !options.alle?.length ? [...(dirs.length > 0 ? dirs : ['.'])] : [];
  for (const dir of folders) {
    if (!isFolder(dir)) fail(fill(existsSync(dir) ? t.ui.fatal.notAFolder : t.ui.fatal.notFound, { path: dir }));
  }
  for (const dir of options.alle ?? []) {
    if (!isFolder(dir)) fail(fill(existsSync(dir) ? t.ui.fatal.notAFolder : t.ui.fatal.notFound, { path: dir }));
    const found = portfolioFolders(dir);
    if (found.length === 0) fail(fill(t.cohort.none, { path: dir }));
    folders.push(...found);
  }
  const color = options.format === 'pretty' && colorFor(options.color, options.outputFile !== undefined, process.stdout, useColor);
  // A reader that stops early (`| head`) ends the run quietly, as with any command-line tool.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2));
  const run = { format: options.format, lang, color, check, quiet: options.quiet ?? false };
  if (options.watch) {
    if (folders.length !== 1 || options.alle?.length) fail(t.watch.oneFolder);
    try {
      // Whether the report file can be written at all is said at once, not at the first save.
      if (options.outputFile !== undefined) new OutputFile(options.outputFile).abort();
    } catch (error) {
      if (error instanceof OutputFileError) fail(outputFailure(error, lang));
      throw error;
    }
    return (await import('./watch.js')).watch(folders[0]!, { ...run, ...(options.outputFile !== undefined ? { outputFile: options.outputFile } : {}) });
  }
  let file: OutputFile | undefined;
  try {
    // Opened before checking, so that a folder one cannot write in is said at once.
    if (options.outputFile !== undefined) file = new OutputFile(options.outputFile);
    const status = await runCohort(folders, { ...run, maxWarnings }, file ? (text) => file!.write(text) : undefined);
    if (file) {
      file.commit();
      process.stderr.write(`${fill(t.output.written, { path: options.outputFile! })}\n`);
    }
    return status;
  } catch (error) {
    file?.abort();
    if (error instanceof PortfolioNotFoundError) fail(fill(error.reason === 'missing' ? t.ui.fatal.notFound : t.ui.fatal.notAFolder, { path: error.path }));
    if (error instanceof OutputFileError) fail(outputFailure(error, lang));
    throw error;
  }
}

/** How a cohort is checked and shown. */
export interface CohortOptions {
  format: string;
  lang: Lang;
  color: boolean;
  check: CheckOptions;
  /** Show only the errors of each portfolio (`--quiet`). */
  quiet: boolean;
  /** A portfolio with more warnings than this fails (`--strict`: 0; undefined: warnings never fail). */
  maxWarnings?: number;
}

/**
 * Checks a cohort and writes its output (src/format/cohort.ts) through `write`. Resolves to the
 * exit status: 1 when any portfolio fails (errors, or more warnings than `maxWarnings`), else 0.
 */
export async function runCohort(dirs: readonly string[], options: CohortOptions, write: (text: string) => void = (text) => void process.stdout.write(text)): Promise<number> {
  const output = cohortOutput(options.format, dirs.map((d) => displayFileName(basename(resolve(d)))), options.lang, options.color);
  let failed = false;
  let i = 0;
  write(output.open());
  for await (const report of checkCohort(dirs, options.check)) {
    const why = isUnchecked(report) ? 'unchecked' : failure(report, options.maxWarnings);
    if (why) failed = true;
    write(output.item(options.quiet ? onlyErrors(report) : report, why, { lang: options.lang, color: options.color, pathPrefix: repositoryPrefix(dirs[i++]!) }));
  }
  write(output.close());
  return failed ? 1 : 0;
}


