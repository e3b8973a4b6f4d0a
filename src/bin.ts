/**
 * What bin/rlp.js runs (bundled into dist/cli.cjs): the CLI, and the worker that checks part of a
 * cohort in another thread. The worker code is only evaluated when a worker starts.
 */
export { main } from './cli.js';

/** Starts serving as a cohort worker thread (src/cohort.ts). */
export async function serveCohort(): Promise<void> {
  return (await import('./cohort.js')).serveCohort();
}
