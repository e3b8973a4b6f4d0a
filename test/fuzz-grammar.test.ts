/**
 * Issue 11, item 7: a short grammar-aware campaign (fast-check arbitraries that generate
 * Markdown, YAML and CSV with nesting, emphasis runs, tags, anchors, escape sequences, data URIs
 * and personal data); `npm run fuzz:grammar` runs the long one. Generators and properties are in
 * scripts/fuzz-grammar.ts.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { GrammarBench, outputViolations, portfolio, runGenerated } from '../scripts/fuzz-grammar.js';

describe('generated portfolios: no throw, no raw control character, no unmasked datum in any format', () => {
  const bench = new GrammarBench();
  afterAll(() => bench.close());

  it('the properties catch what they look for', () => {
    expect(outputViolations('ok\nregel', 'x')).toEqual([]);
    expect(outputViolations('a\u001b[31mb', 'x')).not.toEqual([]);
    expect(outputViolations('{"m": "a\\u001b[31m"}', 'x')).not.toEqual([]);
    expect(outputViolations('::error::bel 06-12345678%0A', 'x')).not.toEqual([]);
    expect(outputViolations('mail j.d…@…e.com', 'x')).toEqual([]);
  });

  it('12 generated portfolios, each in 4 formats and 2 languages', () => {
    let shown = 0;
    fc.assert(
      fc.property(portfolio, (files) => {
        const result = runGenerated(bench, files);
        if (result.shown) shown++;
        expect(result.problems).toEqual([]);
      }),
      { numRuns: 12, seed: 20261201 },
    );
    // The hostile text did reach the outputs (shown or masked): the campaign tests what it means to.
    expect(shown).toBeGreaterThan(5);
  }, 60000);
});
