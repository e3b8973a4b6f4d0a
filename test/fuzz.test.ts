/**
 * Hazard 12 of issue 6: a short property-based campaign (fast-check, a new seed each run) over mutants of the example
 * portfolio; `npm run fuzz` runs the long one. The mutations and the properties are in
 * scripts/fuzz.ts.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FuzzBench, mutant, runMutant } from '../scripts/fuzz.js';

describe('12. any mutant of the example portfolio gets a sound report', () => {
  const bench = new FuzzBench();
  afterAll(() => bench.close());

  it('100 mutants: nothing throws, known rule ids, a file (or a portfolio-level rule), lines inside the file', () => {
    fc.assert(
      fc.property(mutant, (ops) => {
        expect(runMutant(bench, ops).problems).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120000);
});
