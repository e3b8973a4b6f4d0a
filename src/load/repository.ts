/**
 * Where the portfolio sits in its repository, so that CI formats (SARIF, GitHub annotations) can
 * name files from the repository root, as code hosts expect.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { displayText } from '../display.js';

/** The real path of `path` (symlinks resolved), or its absolute path when it does not exist (yet). */
export function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** The nearest folder from `dir` upwards that holds `.git` (a folder, or a file in a worktree), or undefined. */
export function repositoryRoot(dir: string): string | undefined {
  for (let current = real(dir); ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/**
 * The path of the portfolio folder `dir` from the repository root, with `/` and a trailing `/`
 * (`''` when the folder is the root). Outside a git repository: from the current directory `cwd`.
 * Folder names are shown as src/display.ts shows portfolio text (the prefix goes into reports).
 */
export function repositoryPrefix(dir: string, cwd: string = process.cwd()): string {
  const path = relative(repositoryRoot(dir) ?? real(cwd), real(dir)).split(sep).join('/');
  return path === '' ? '' : `${displayText(path, { max: 1000 })}/`;
}
