/** compareNames orders names exactly as Intl's Dutch numeric collation does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/names.js';

const collator = new Intl.Collator('nl', { numeric: true });
const agree = (a: string, b: string) => Math.sign(compareNames(a, b)) === Math.sign(collator.compare(a, b));
const name = (chars: string) => fc.string({ unit: fc.constantFrom(...chars), maxLength: 12 });

describe('compareNames', () => {
  it('agrees with the nl numeric collator on names of letters, digits and _ - . /', () => {
    fc.assert(fc.property(name('abcz09125_-./'), name('abcz09125_-./'), agree), { numRuns: 20000 });
  });
  it('agrees on names in mixed case', () => {
    fc.assert(fc.property(name('aAbBcZz19_-./'), name('aAbBcZz19_-./'), agree), { numRuns: 20000 });
  });
  it('agrees on any other name too (spaces, accents, leading zeros)', () => {
    fc.assert(fc.property(name('aAbé 0 1-_.ë'), name('aAbé 0 1-_.ë'), agree), { numRuns: 5000 });
  });
  it('sorts case files and rule ids as people count', () => {
    expect(['casus-10.md', 'casus-2.md', 'casus-1.md', 'casus.md'].sort(compareNames)).toEqual(['casus-1.md', 'casus-2.md', 'casus-10.md', 'casus.md']);
    expect(['C2/kennisgebieden', 'C/tags', 'bestand/syntax', 'C1/taken', 'A/route'].sort(compareNames)).toEqual(['A/route', 'bestand/syntax', 'C/tags', 'C1/taken', 'C2/kennisgebieden']);
  });
});
