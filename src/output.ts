/**
 * `-o/--output-file FILE` (contract §4, revision 2): the report goes to a file in UTF-8 instead of
 * stdout. Written atomically: first to a temporary file next to it, then renamed over it, so a
 * reader (a browser tab that reloads, a CI step) never sees half a report, and an existing report
 * survives a failed write. Problems are thrown as `OutputFileError` with the system's error code;
 * the CLI turns that into a message in the user's language (exit status 2).
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { catalogues, fill } from './messages/index.js';
import type { Lang } from './types.js';

/** Writing the report file failed: `path` as the user gave it, `code` the system's error code (`EACCES`, `ENOENT`, `EISDIR`, …). */
export class OutputFileError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`cannot write ${path}: ${code}`);
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? 'EIO';
}

/**
 * A report file being written: `write` appends text (UTF-8) to a temporary file in the same
 * folder, `commit` renames it over `path`, `abort` removes it. Opening already fails (with
 * `OutputFileError`) when the folder is missing or not writable, before any work is done.
 */
export class OutputFile {
  private fd: number | undefined;
  private readonly temp: string;

  constructor(readonly path: string) {
    this.temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
    try {
      this.fd = openSync(this.temp, 'wx', 0o644);
    } catch (error) {
      throw new OutputFileError(path, codeOf(error));
    }
  }

  /** Appends `text` in UTF-8. */
  write(text: string): void {
    if (this.fd === undefined) return;
    try {
      writeSync(this.fd, text, null, 'utf8');
    } catch (error) {
      this.abort();
      throw new OutputFileError(this.path, codeOf(error));
    }
  }

  /** Puts the finished file in place (an existing file at `path` is replaced in one step). */
  commit(): void {
    if (this.fd === undefined) return;
    try {
      closeSync(this.fd);
      this.fd = undefined;
      renameSync(this.temp, this.path);
    } catch (error) {
      this.abort();
      throw new OutputFileError(this.path, codeOf(error));
    }
  }

  /** Drops the temporary file; `path` stays as it was. */
  abort(): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed or gone: nothing to keep
      }
      this.fd = undefined;
    }
    rmSync(this.temp, { force: true });
  }
}

/** Writes `text` to `path` atomically (see `OutputFile`). Throws `OutputFileError`. */
export function writeOutputFile(path: string, text: string): void {
  const file = new OutputFile(path);
  file.write(text);
  file.commit();
}

/** The user's message for a failed write of the report file, in `lang`. */
export function outputFailure(error: OutputFileError, lang: Lang): string {
  const t = catalogues[lang].output;
  const reasons: Record<string, string> = t.reasons;
  return fill(t.failed, { path: error.path, reason: reasons[error.code] ?? fill(t.reasons.other, { code: error.code }) });
}

/**
 * Whether to colour output: `--color` / `--no-color` (`flag`) decide when given; otherwise as
 * `useColor` in src/cli.ts (NO_COLOR, FORCE_COLOR, a terminal). A report file is no terminal.
 */
export function colorFor(flag: boolean | undefined, toFile: boolean, stream: NodeJS.WriteStream, useColor: (stream: NodeJS.WriteStream) => boolean): boolean {
  if (flag !== undefined) return flag;
  return useColor(toFile ? ({ isTTY: false } as NodeJS.WriteStream) : stream);
}
