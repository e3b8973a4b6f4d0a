/**
 * Small facts about where rlp runs, shared by the commands (check, cohort, watch) so that none of
 * them imports another: may a stream get colours, is a path a folder.
 */
import { statSync } from 'node:fs';

/** Whether colour codes may be written to a stream: NO_COLOR wins, then FORCE_COLOR, then a TTY. */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

/** Whether `path` is a folder (false when it is missing or unreadable). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
