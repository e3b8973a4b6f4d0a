/**
 * What bin/rlp.js runs (bundled into dist/cli.cjs): the CLI, and the worker that checks part of a
 * cohort in another thread. The worker code is only evaluated when a worker starts. The same
 * bundle carries the programmatic API (src/index.ts), which dist/index.js and dist/index.cjs expose.
 */
export { main } from './cli.js';
export * from './index.js';

/** Starts serving as a cohort worker thread (src/cohort.ts). */
export async function serveCohort(): Promise<void> {
  return (await import('./cohort.js')).serveCohort();
}
