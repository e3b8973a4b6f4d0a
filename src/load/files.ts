/**
 * The portfolio's files on disk, for the loader. A path from the portfolio is resolved inside the
 * portfolio folder: symlinks are followed and a target outside the folder is refused (never
 * read), a symlink loop is reported, and a name typed in one Unicode form (NFC, as on Windows and
 * Linux) is found when the disk holds the other (NFD, as macOS writes it), and back. Every file
 * is opened at most once per load, through one descriptor: the type and size checked are those
 * of the file read, a named pipe cannot block the check (O_NONBLOCK), and anything larger than
 * `MAX_FILE_BYTES` is not read. Nothing is ever written.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { EvidenceFile, LoadProblem } from '../types.js';
import { kindOf } from './decode.js';

/** Largest file rlp reads (bytes); a larger one is reported, not read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Why a path cannot be read. */
type Refusal = 'missing' | 'brokenLink' | 'outside' | 'loop' | 'unreadable' | 'isFolder' | 'notAFile' | 'tooLarge';

/** What one open of a file gave: its first bytes or all of them, or why not. */
type Content = { ok: true; size: number; bytes: Buffer; whole: boolean } | { ok: false; refusal: Refusal; size?: number; head?: Buffer };

/** Result of reading a path: the bytes (and the real path, to spot two names for one file), or a problem to report. */
export type Read = { bytes: Buffer; real: string } | { problem: LoadProblem };

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/** The files of one portfolio folder during one load. */
export class PortfolioFiles {
  private readonly contents = new Map<string, Content>();

  /** `root`: the folder as given (resolved); `realRoot`: the same after symlinks. */
  constructor(
    readonly root: string,
    readonly realRoot: string,
  ) {}

  /** Where a portfolio path (relative, with `/`) is on disk after symlinks, or why it is not usable. */
  locate(path: string): { real: string } | { refusal: Refusal } {
    const lexical = resolve(this.root, path);
    if (!inside(lexical, this.root)) return { refusal: 'outside' };
    const found = this.onDisk(lexical);
    if (found === undefined) return { refusal: 'missing' };
    let real: string;
    try {
      real = realpathSync(found);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return { refusal: 'loop' };
      return { refusal: code === 'ENOENT' || code === 'ENOTDIR' ? 'brokenLink' : 'unreadable' };
    }
    return inside(real, this.realRoot) ? { real } : { refusal: 'outside' };
  }

  /**
   * The path as it is on disk: each part as written, or else the entry of its folder that is the
   * same name in NFC (`cliënt` typed on Windows, saved on a Mac). Undefined when there is none.
   */
  private onDisk(full: string): string | undefined {
    if (exists(full)) return full;
    let current = this.root;
    for (const part of relative(this.root, full).split(sep)) {
      let next = join(current, part);
      if (!exists(next)) {
        let names: string[];
        try {
          names = readdirSync(current);
        } catch {
          return undefined;
        }
        const wanted = part.normalize('NFC');
        const match = names.find((name) => name.normalize('NFC') === wanted);
        if (match === undefined) return undefined;
        next = join(current, match);
      }
      current = next;
    }
    return current;
  }

  /** Opens a real path once; later calls reuse what was read (the first bytes, or all of them when `whole`). */
  private open(real: string, whole: boolean): Content {
    const known = this.contents.get(real);
    if (known && (!known.ok || known.whole || !whole)) return known;
    let content: Content;
    let fd: number | undefined;
    try {
      fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      const stat = fstatSync(fd);
      if (stat.isDirectory()) content = { ok: false, refusal: 'isFolder' };
      else if (!stat.isFile()) content = { ok: false, refusal: 'notAFile' };
      else if (whole && stat.size > MAX_FILE_BYTES) content = { ok: false, refusal: 'tooLarge', size: stat.size, head: readUpTo(fd, 8) };
      else content = { ok: true, size: stat.size, bytes: readUpTo(fd, whole ? stat.size : 8), whole };
    } catch (error) {
      content = { ok: false, refusal: (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'isFolder' : 'unreadable' };
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    this.contents.set(real, content);
    return content;
  }

  /** Reads a whole file (once). Problems name `path`: `bestand/bewijs` when it cannot be reached, `bestand/syntax` when too large. */
  read(path: string): Read {
    const at = this.locate(path);
    if ('refusal' in at) return { problem: refusalProblem(at.refusal, path) };
    const content = this.open(at.real, true);
    if (!content.ok) return { problem: refusalProblem(content.refusal, path, content.size) };
    return { bytes: content.bytes, real: at.real };
  }

  /** Facts about a referenced file for `bestand/bewijs`; reads only its first bytes, unless it was read already. */
  info(path: string): EvidenceFile {
    const info: EvidenceFile = { path, exists: false, size: 0, outside: false };
    const at = this.locate(path);
    if ('refusal' in at) {
      if (at.refusal === 'outside') return { ...info, outside: true, exists: true };
      if (at.refusal === 'loop' || at.refusal === 'unreadable') return { ...info, exists: true, detected: at.refusal };
      return info;
    }
    const content = this.open(at.real, false);
    if (content.ok) return { ...info, exists: true, size: content.size, detected: content.size > 0 ? kindOf(content.bytes) : 'unknown' };
    if (content.refusal === 'tooLarge') return { ...info, exists: true, size: content.size ?? 0, detected: kindOf(content.head ?? Buffer.alloc(0)) };
    return { ...info, exists: true, detected: content.refusal === 'isFolder' ? 'folder' : content.refusal === 'notAFile' ? 'special' : 'unreadable' };
  }

  /** Names in a folder of the portfolio, or the problem when it is there but cannot be listed (undefined problem: absent). */
  list(folder: string): { names: string[] } | { problem?: LoadProblem } {
    const at = this.locate(folder);
    if ('refusal' in at) return at.refusal === 'missing' ? {} : { problem: refusalProblem(at.refusal, folder) };
    try {
      return { names: readdirSync(at.real) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { problem: refusalProblem(code === 'ENOTDIR' ? 'notAFolder' : 'unreadable', folder) };
    }
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Reads up to `max` bytes from the start of an open file (fewer when it is shorter or shrank). */
function readUpTo(fd: number, max: number): Buffer {
  const buffer = Buffer.alloc(max);
  let total = 0;
  while (total < max) {
    const n = readSync(fd, buffer, total, max - total, total);
    if (n === 0) break;
    total += n;
  }
  return total === max ? buffer : buffer.subarray(0, total);
}

function refusalProblem(refusal: Refusal | 'notAFolder', path: string, size?: number): LoadProblem {
  if (refusal === 'tooLarge') return { rule: 'bestand/syntax', messageId: 'tooLarge', args: { size: Math.round((size ?? 0) / 1048576) }, file: path };
  return { rule: 'bestand/bewijs', messageId: refusal, args: { path }, file: path };
}
