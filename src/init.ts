/**
 * `rlp init [map]`: lays out a new portfolio from templates/ (contract §1); with `--ci github` or
 * `--ci gitlab` also a workflow from templates/ci/ that checks it on every push. It never
 * overwrites or deletes: each file is written to a temporary name and then hard-linked into place,
 * which fails if the file exists, so even a file created meanwhile is left alone.
 */
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
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

/**
 * Creates the layout in `dir` (made if needed), and with `ci` the workflow. Throws `InitError`
 * when a file cannot be written.
 */
export function init(dir: string, options: InitOptions = {}): InitResult {
  const result: InitResult = { created: [], kept: [] };
  const folders = ['bewijs'];
  for (const { target, content } of [...initFiles(), ...(options.ci ? [ciFile(dir, options.ci)] : [])]) {
    const path = join(dir, target);
    try {
      mkdirSync(dirname(path), { recursive: true });
      if (writeNew(path, content())) result.created.push(target);
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
