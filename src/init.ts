/**
 * `rlp init [map]`: lays out a new portfolio from templates/ (contract §1); with `--ci github` or
 * `--ci gitlab` also a workflow from templates/ci/ that checks it on every push. It never
 * overwrites or deletes: each file is written whole to a temporary name and then hard-linked into
 * place, which fails if the file exists, so even a file created meanwhile is left alone and no
 * half-written file ever carries a portfolio name. When the disk is full or read-only, the
 * temporary file is removed and `InitError` says which file and why; files made before stay (run
 * init again).
 */
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { editorFiles, isUnchangedOwnFile, SETTINGS_FILE } from './editor.js';
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
  /**
   * `rlp init --schemas`: only (re)write the editor files: the schemas under `.rlp/` (rlp's own
   * files, not the candidate's: one whose content differs from this version's is replaced whole,
   * written aside and then renamed over it) and the VS Code files in `.vscode/` (made when absent,
   * replaced only while they are exactly as an rlp version wrote them). Nothing else is touched.
   */
  schemasOnly?: boolean;
}

/**
 * Why init left out a template file in an existing portfolio (by role, not by name): `cases`:
 * the portfolio already has case files (casussen/*.md, or `casussen:` in portfolio.yaml);
 * `motivation` / `plan`: portfolio.yaml names another file for the motivation / development plan.
 */
export type SkipReason = 'cases' | 'motivation' | 'plan';

/** Outcome of init: files created and files that already existed (paths relative to the target, with `/`). */
export interface InitResult {
  created: string[];
  kept: string[];
  /** Template files left out because the portfolio already has a file in that role. */
  skipped: { target: string; reason: SkipReason }[];
  /** `--schemas`: editor schemas replaced by this version's. */
  updated: string[];
  /** Editor files (`.rlp/`, unchanged `.vscode/` files) from another version of rlp (plain init leaves them; `--schemas` refreshes them). */
  outdated: string[];
  /** `.vscode/settings.json` exists and is not rlp's: init left it alone; the candidate adds rlp's settings (`editorSettings`) themselves. */
  ownSettings: boolean;
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

/** What init writes: template files (not templates/ci/), the JSON Schemas for editors under `.rlp/` and the VS Code files in `.vscode/`. */
export function initFiles(): InitFile[] {
  const root = packageRoot();
  const templates = join(root, 'templates');
  const out = filesUnder(templates)
    .map((source) => ({ target: slashes(relative(templates, source)), content: () => readFileSync(source) }))
    .filter((f) => !f.target.startsWith('ci/'));
  return [...out, ...schemaFiles(), ...vscodeFiles()];
}

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The VS Code files of `.vscode/` for this version of rlp (src/editor.ts). */
export function vscodeFiles(): InitFile[] {
  return editorFiles(version());
}

/**
 * The editor schemas `rlp init` puts under `.rlp/`, each carrying the rlp version it belongs to
 * (`x-rlp-version`, also in `$id` as `rlp:casus@0.1.0`), so an outdated copy can be recognised.
 */
export function schemaFiles(): InitFile[] {
  const root = packageRoot();
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return ['portfolio', 'casus', 'ontwikkelplan'].map((name) => ({
    target: `.rlp/${name}.schema.json`,
    content: () => {
      const schema = JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8')) as Record<string, unknown>;
      const id = typeof schema.$id === 'string' ? `${schema.$id}@${version}` : `rlp:${name}@${version}`;
      return Buffer.from(`${JSON.stringify({ ...schema, $id: id, 'x-rlp-version': version }, null, 2)}\n`);
    },
  }));
}

/** The rlp version an editor schema file was written for (`x-rlp-version`), or undefined when unreadable or absent. */
export function schemaVersion(path: string): string | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    return typeof data['x-rlp-version'] === 'string' ? data['x-rlp-version'] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The roles an existing portfolio in `dir` already fills, so init adds no second file for them:
 * case files (any `.md` in casussen/, or `casussen:` in portfolio.yaml), and another motivation
 * or development plan file named in portfolio.yaml. An unreadable portfolio.yaml names nothing.
 */
function filledRoles(dir: string): Map<string, SkipReason> {
  let config: Record<string, unknown> = {};
  try {
    const data = parse(readFileSync(join(dir, 'portfolio.yaml'), 'utf8'), { maxAliasCount: 100 }) as unknown;
    if (data && typeof data === 'object' && !Array.isArray(data)) config = data as Record<string, unknown>;
  } catch {
    // No or unreadable portfolio.yaml: only what is on disk counts.
  }
  const roles = new Map<string, SkipReason>();
  let cases = Array.isArray(config.casussen) && config.casussen.length > 0;
  try {
    cases ||= readdirSync(join(dir, 'casussen')).some((name) => /\.md$/i.test(name));
  } catch {
    // No casussen/ folder yet.
  }
  if (cases) roles.set('casussen/', 'cases');
  const named = (key: string, template: string) => typeof config[key] === 'string' && (config[key] as string).replace(/^\.\//, '') !== template;
  if (named('motivatie', 'motivatie.md')) roles.set('motivatie.md', 'motivation');
  if (named('ontwikkelplan', 'ontwikkelplan.md')) roles.set('ontwikkelplan.md', 'plan');
  return roles;
}

/** Why `target` is left out in a portfolio whose filled roles are `roles`, or undefined to write it. */
function skipReason(target: string, roles: Map<string, SkipReason>): SkipReason | undefined {
  return target.startsWith('casussen/') ? roles.get('casussen/') : roles.get(target);
}

/** Replaces `path` with `content` when it differs: written aside and renamed over it, so it is never half-written. True when replaced or created. */
function replaceFile(path: string, content: Buffer): boolean {
  try {
    if (readFileSync(path).equals(content)) return false;
  } catch {
    // Absent or unreadable: write it.
  }
  const temp = `${path}.rlp-${process.pid}.tmp`;
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
  return true;
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
  const result: InitResult = { created: [], kept: [], skipped: [], updated: [], outdated: [], ownSettings: false };
  const attempt = (target: string, make: () => void) => {
    try {
      make();
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      throw new InitError(target, e.code ?? e.message, result.created);
    }
  };
  attempt('.', () => makeFolder(dir));
  if (options.schemasOnly) {
    for (const { target, content } of schemaFiles()) {
      attempt(target, () => {
        const path = join(dir, target);
        const existed = existsSync(path);
        makeFolder(dirname(path));
        if (!replaceFile(path, content())) result.kept.push(target);
        else (existed ? result.updated : result.created).push(target);
      });
    }
    for (const { target, content } of vscodeFiles()) {
      attempt(target, () => {
        const path = join(dir, target);
        makeFolder(dirname(path));
        if (writeNew(path, content())) result.created.push(target);
        else if (isUnchangedOwnFile(readFileSync(path)) && replaceFile(path, content())) result.updated.push(target);
        else {
          result.kept.push(target);
          if (target === SETTINGS_FILE && !isUnchangedOwnFile(readFileSync(path))) result.ownSettings = true;
        }
      });
    }
    return result;
  }
  const roles = filledRoles(dir);
  const schemas = new Set(schemaFiles().map((f) => f.target));
  const vscode = new Set(vscodeFiles().map((f) => f.target));
  for (const { target, content } of [...initFiles(), ...(options.ci ? [ciFile(dir, options.ci)] : [])]) {
    const reason = skipReason(target, roles);
    if (reason && !existsSync(join(dir, target))) {
      result.skipped.push({ target, reason });
      continue;
    }
    attempt(target, () => {
      const path = join(dir, target);
      makeFolder(dirname(path));
      const data = content();
      if (writeNew(path, data)) result.created.push(target);
      else {
        result.kept.push(target);
        const existing = readFileSync(path);
        if (schemas.has(target) && !existing.equals(data)) result.outdated.push(target);
        if (vscode.has(target) && isUnchangedOwnFile(existing) && !existing.equals(data)) result.outdated.push(target);
        if (target === SETTINGS_FILE && !isUnchangedOwnFile(existing)) result.ownSettings = true;
      }
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
