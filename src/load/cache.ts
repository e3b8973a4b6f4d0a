/**
 * A per-file cache for repeated loads of one portfolio (`rlp check --watch`): what the loader made
 * of a file, kept while the file's path, modification time and size stay the same, so a re-check
 * reads and parses only the files that changed. It lives in the loader, so the core stays pure.
 */
import { statSync } from 'node:fs';
import type { LoadProblem } from '../types.js';

interface Entry {
  mtimeMs: number;
  size: number;
  value: unknown;
  problems: LoadProblem[];
}

/** Cache for `loadPortfolio(dir, { cache })` (src/rulesets/). Keep one per watched portfolio; values must not be mutated. */
export class LoadCache {
  private entries = new Map<string, Entry>();
  private used = new Set<string>();

  /**
   * The loader's result for file `full` read as `kind`: from the cache when the file is unchanged,
   * else from `produce` (which reports its problems to the list it is given). The file's problems
   * are added to `problems` either way.
   */
  read<T>(full: string, kind: string, problems: LoadProblem[], produce: (problems: LoadProblem[]) => T): T {
    let stat;
    try {
      stat = statSync(full);
    } catch {
      return produce(problems);
    }
    const key = `${kind}:${full}`;
    this.used.add(key);
    const hit = this.entries.get(key);
    if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) {
      problems.push(...hit.problems);
      return hit.value as T;
    }
    const own: LoadProblem[] = [];
    const value = produce(own);
    problems.push(...own);
    this.entries.set(key, { mtimeMs: stat.mtimeMs, size: stat.size, value, problems: own });
    return value;
  }

  /** Forgets files the last load did not read (renamed, deleted, no longer listed), so the cache cannot grow. */
  sweep(): void {
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key);
    this.used.clear();
  }

  /** Number of files held. */
  get size(): number {
    return this.entries.size;
  }
}

/** Without a cache: just produce. */
export function readUncached<T>(_full: string, _kind: string, problems: LoadProblem[], produce: (problems: LoadProblem[]) => T): T {
  return produce(problems);
}
