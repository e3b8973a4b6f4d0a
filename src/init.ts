/**
 * `rlp init [map]`: lays out a new portfolio from templates/ (contract §1). It never overwrites or
 * deletes: each file is written whole to a temporary name and then hard-linked into place, which
 * fails if the file exists, so even a file created meanwhile is left alone and no half-written
 * file ever carries a portfolio name. When the disk is full or read-only, the temporary file is
 * removed and `InitError` says which file and why; files made before stay (run init again).
 */
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { packageRoot } from './paths.js';

/** Outcome of init: files created and files that already existed (paths relative to the target, with `/`). */
export interface InitResult {
  created: string[];
  kept: string[];
}

/**
 * Thrown when a file or folder cannot be created; nothing existing was changed. `reason` is the
 * system's error code (`EACCES`, `EROFS`, `ENOSPC`, `ENOTDIR` …); `created` what was made before.
 */
export class InitError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly created: string[] = [],
  ) {
    super(`${path}: ${reason}`);
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** What init writes: template files, and the JSON Schemas for editors under `.rlp/`. */
export function initFiles(): { target: string; source: string }[] {
  const root = packageRoot();
  const templates = join(root, 'templates');
  const out = filesUnder(templates).map((source) => ({ target: relative(templates, source).split('\\').join('/'), source }));
  for (const name of ['portfolio', 'casus', 'ontwikkelplan']) {
    out.push({ target: `.rlp/${name}.schema.json`, source: join(root, 'schemas', `${name}.schema.json`) });
  }
  return out;
}

/** Writes `content` to `path` only if nothing is there yet; false when something was. Leaves no temporary file behind. */
function writeNew(path: string, content: Buffer): boolean {
  const temp = `${path}.rlp-${process.pid}.tmp`;
  const fd = openSync(temp, 'wx');
  try {
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

/**
 * Makes a folder and its missing parents, one level at a time. (`mkdirSync` with `recursive`
 * loops forever on Node 20 where the system answers ENOENT for an existing parent, as in /proc.)
 */
function makeFolder(dir: string): void {
  try {
    mkdirSync(dir);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (statSync(dir).isDirectory()) return;
      throw Object.assign(new Error(`not a folder: ${dir}`), { code: 'ENOTDIR' });
    }
    if (code !== 'ENOENT' || dirname(dir) === dir) throw error;
  }
  makeFolder(dirname(dir));
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw error;
  }
}

/** Creates the layout in `dir` (made if needed). Throws `InitError` when a file or folder cannot be made. */
export function init(dir: string): InitResult {
  const result: InitResult = { created: [], kept: [] };
  const attempt = (target: string, make: () => void) => {
    try {
      make();
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      throw new InitError(target, e.code ?? e.message, result.created);
    }
  };
  attempt('.', () => makeFolder(dir));
  for (const { target, source } of initFiles()) {
    const path = join(dir, target);
    attempt(target, () => {
      makeFolder(dirname(path));
      if (writeNew(path, readFileSync(source))) result.created.push(target);
      else result.kept.push(target);
    });
  }
  for (const folder of ['bewijs', 'casussen']) attempt(folder, () => makeFolder(join(dir, folder)));
  return result;
}
