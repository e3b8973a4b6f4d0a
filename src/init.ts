/**
 * `rlp init [map]`: lays out a new portfolio from templates/ (contract §1). It never overwrites or
 * deletes: each file is written to a temporary name and then hard-linked into place, which fails
 * if the file exists, so even a file created meanwhile is left alone.
 */
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { packageRoot } from './paths.js';

/** Outcome of init: files created and files that already existed (paths relative to the target, with `/`). */
export interface InitResult {
  created: string[];
  kept: string[];
}

/** Thrown when a file cannot be created (read-only or full disk …); nothing existing was changed. */
export class InitError extends Error {
  constructor(readonly path: string, readonly reason: string) {
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

/** Writes `content` to `path` only if nothing is there yet; false when something was. */
function writeNew(path: string, content: Buffer): boolean {
  const temp = `${path}.rlp-${process.pid}.tmp`;
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

/** Creates the layout in `dir` (made if needed). Throws `InitError` when a file cannot be written. */
export function init(dir: string): InitResult {
  const result: InitResult = { created: [], kept: [] };
  const folders = ['bewijs'];
  for (const { target, source } of initFiles()) {
    const path = join(dir, target);
    try {
      mkdirSync(dirname(path), { recursive: true });
      if (writeNew(path, readFileSync(source))) result.created.push(target);
      else result.kept.push(target);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code === 'EEXIST') result.kept.push(target);
      else throw new InitError(target, e.code ?? e.message);
    }
  }
  for (const folder of folders) {
    try {
      if (!existsSync(join(dir, folder))) result.created.push(`${folder}/`);
      mkdirSync(join(dir, folder), { recursive: true });
    } catch (error) {
      throw new InitError(folder, (error as NodeJS.ErrnoException).code ?? String(error));
    }
  }
  return result;
}
