/**
 * `rlp check --watch [map]`: checks the portfolio, then again each time a file in it is saved
 * (debounced, so an editor's burst of writes gives one check). Only changed files are read again
 * (a per-file cache in the loader, keyed by path, modification time and size). On a terminal the
 * screen is cleared and the report redrawn; a broken file is just a finding, and even a folder
 * that disappears for a moment does not stop the watch. Ctrl-C stops it (exit status 0).
 * File watching is chokidar's (fs.watch underneath, with its quirks handled).
 */
import { relative, resolve, sep } from 'node:path';
import type { CheckOptions } from './check.js';
import { isFolder } from './terminal.js';
import { formatters } from './format/index.js';
import { LoadCache, PortfolioNotFoundError } from './load/index.js';
import { loadPortfolio } from './rulesets/index.js';
import { catalogues, fill } from './messages/index.js';
import { repositoryPrefix } from './load/repository.js';
import { OutputFileError, outputFailure, writeOutputFile } from './output.js';
import { onlyErrors, reportFor } from './report.js';
import type { Lang } from './types.js';

/** Quiet time after the last change before checking (ms): editors write a file in a burst of events. */
export const DEBOUNCE_MS = 15;

/** How often to look whether a folder that was gone is back (ms). */
const POLL_MS = 250;

/** Clears the screen and its scrollback and puts the cursor home. */
const CLEAR = '\x1b[2J\x1b[3J\x1b[H';

/** Options of a watch. */
export interface WatchOptions {
  format: string;
  lang: Lang;
  color: boolean;
  check: CheckOptions;
  /** Show only the errors (`--quiet`). */
  quiet: boolean;
  /** `-o/--output-file`: keep this file current instead of printing (written atomically each time). */
  outputFile?: string;
}

/** Whether a changed path is of no interest: hidden files and folders (.git, editor swap files), node_modules, backups `…~`. */
function ignored(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && (rel.split(sep).some((part) => part.startsWith('.') || part === 'node_modules') || rel.endsWith('~'));
}

/** Watches the portfolio in `dir` until SIGINT or SIGTERM; resolves to the exit status (0). */
export async function watch(dir: string, options: WatchOptions): Promise<number> {
  const { watch: watchFiles } = await import('chokidar');
  const root = resolve(dir);
  const t = catalogues[options.lang];
  const formatter = formatters[options.format]!;
  const toFile = options.outputFile !== undefined;
  const report = toFile ? resolve(options.outputFile!) : undefined;
  const redraw = !toFile && options.format === 'pretty' && Boolean(process.stdout.isTTY);
  const cache = new LoadCache();
  const pathPrefix = repositoryPrefix(dir);
  let watcher: ReturnType<typeof watchFiles> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let poll: NodeJS.Timeout | undefined;

  /** (Re)starts watching the folder: needed again after it was gone, since the old watches died with it. */
  const start = async () => {
    await watcher?.close();
    // The report file itself may sit in the portfolio (`-o rapport.html` inside it): writing it is no change.
    watcher = watchFiles(root, { ignoreInitial: true, ignored: (path) => ignored(root, path) || resolve(path) === report });
    watcher.on('all', () => {
      clearTimeout(timer);
      timer = setTimeout(check, DEBOUNCE_MS);
    });
    await new Promise<void>((ready) => watcher!.once('ready', ready));
  };

  const check = () => {
    let text: string;
    try {
      const report = reportFor(loadPortfolio(dir, { cache }), options.check);
      text = formatter(options.quiet ? onlyErrors(report) : report, { lang: options.lang, color: options.color, pathPrefix, ...(toFile ? { watching: true } : {}) });
    } catch (error) {
      // Keep watching whatever happened: a folder that is gone for a moment, or even a fault in rlp.
      if (redraw) process.stdout.write(CLEAR);
      if (!(error instanceof PortfolioNotFoundError)) {
        process.stderr.write(`rlp: ${fill(t.ui.fatal.internal, { detail: (error as Error)?.message ?? String(error) })}\n`);
        return;
      }
      process.stderr.write(`${fill(t.watch.gone, { path: dir })}\n`);
      poll ??= setInterval(() => {
        if (!isFolder(root)) return;
        clearInterval(poll);
        poll = undefined;
        void start().then(check);
      }, POLL_MS);
      return;
    }
    if (toFile) {
      try {
        writeOutputFile(options.outputFile!, text);
      } catch (error) {
        // Say so and keep watching: the next save may well succeed (a full disk, a folder made later).
        if (!(error instanceof OutputFileError)) throw error;
        process.stderr.write(`rlp: ${outputFailure(error, options.lang)}\n`);
        return;
      }
      process.stderr.write(`${fill(t.output.written, { path: options.outputFile! })} `);
    } else process.stdout.write(redraw ? CLEAR + text : text);
    process.stderr.write(`${fill(t.watch.status, { time: new Date().toTimeString().slice(0, 8) })}\n`);
  };

  await start();
  check();
  await new Promise<void>((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  clearTimeout(timer);
  clearInterval(poll);
  await watcher?.close();
  if (redraw) process.stdout.write('\n');
  return 0;
}
