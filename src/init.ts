/**
 * `rlp init [map]`: lays out a new portfolio from templates/ (contract §1); with `--ci github` or
 * `--ci gitlab` also a workflow from templates/ci/ that checks it on every push. It never
 * overwrites or deletes: each file is written whole to a temporary name and then hard-linked into
 * place, which fails if the file exists, so even a file created meanwhile is left alone and no
 * half-written file ever carries a portfolio name. When the disk is full or read-only, the
 * temporary file is removed and `InitError` says which file and why; files made before stay (run
 * init again).
 */
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { real, repositoryRoot } from './load/repository.js';
import { packageRoot } from './paths.js';

/**
 * The CI platforms of `rlp init --ci` and the file each workflow goes to, from the repository root
 * (the nearest folder with `.git` above the portfolio, else the portfolio folder itself).
 */
export const ciFiles = { github: '.github/workflows/rlp.yml', gitlab: '.gitlab-ci.yml' } as const;

/** A CI platform `rlp init --ci` can write a workflow for. */
export type CiPlatform = keyof typeof ciFiles;

/** Options of init. */
export interface InitOptions {
  /** Also write a workflow for this platform. */
  ci?: CiPlatform;
}

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

const slashes = (path: string) => path.split(sep).join('/');

/** A file init writes: its path relative to the portfolio folder (with `/`) and its content. */
interface InitFile {
  target: string;
  content: () => Buffer;
}

/** What init writes: template files (not templates/ci/), and the JSON Schemas for editors under `.rlp/`. */
export function initFiles(): InitFile[] {
  const root = packageRoot();
  const templates = join(root, 'templates');
  const out = filesUnder(templates)
    .map((source) => ({ target: slashes(relative(templates, source)), content: () => readFileSync(source) }))
    .filter((f) => !f.target.startsWith('ci/'));
  for (const name of ['portfolio', 'casus', 'ontwikkelplan']) {
    out.push({ target: `.rlp/${name}.schema.json`, content: () => readFileSync(join(root, 'schemas', `${name}.schema.json`)) });
  }
  return out;
}

/**
 * The CI workflow for the portfolio in `dir`: templates/ci/<platform>.yml with the portfolio's path
 * from the repository root and the package to install (this version of rlp) filled in.
 */
export function ciFile(dir: string, platform: CiPlatform): InitFile {
  const root = packageRoot();
  const folder = real(dir);
  const repo = repositoryRoot(dir) ?? folder;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const portfolio = slashes(relative(repo, folder)) || '.';
  return {
    target: slashes(relative(folder, join(repo, ciFiles[platform]))),
    content: () =>
      Buffer.from(
        readFileSync(join(root, 'templates', 'ci', `${platform}.yml`), 'utf8')
          .replaceAll('__PORTFOLIO__', JSON.stringify(portfolio))
          .replaceAll('__PAKKET__', `${pkg.name}@${pkg.version}`),
      ),
  };
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

/**
 * Creates the layout in `dir` (made if needed), and with `ci` the workflow. Throws `InitError`
 * when a file or folder cannot be made.
 */
export function init(dir: string, options: InitOptions = {}): InitResult {
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
  for (const { target, content } of [...initFiles(), ...(options.ci ? [ciFile(dir, options.ci)] : [])]) {
    attempt(target, () => {
      const path = join(dir, target);
      makeFolder(dirname(path));
      if (writeNew(path, content())) result.created.push(target);
      else result.kept.push(target);
    });
  }
  for (const folder of ['bewijs']) {
    attempt(folder, () => {
      if (!existsSync(join(dir, folder))) result.created.push(`${folder}/`);
      makeFolder(join(dir, folder));
    });
  }
  return result;
}
