/** compareNames orders file names exactly as Intl's Dutch numeric collation does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/load/names.js';

const collate = (a: string, b: string) => Math.sign(a.localeCompare(b, 'nl', { numeric: true }));
const name = (chars: string) => fc.string({ unit: fc.constantFrom(...chars), maxLength: 12 });

describe('compareNames', () => {
  it('agrees with localeCompare(nl, numeric) on names of letters, digits and _ - . /', () => {
    fc.assert(fc.property(name('abcz09125_-./'), name('abcz09125_-./'), (a, b) => Math.sign(compareNames(a, b)) === collate(a, b)), { numRuns: 20000 });
  });
  it('agrees on any other name too (upper case, spaces, accents, leading zeros)', () => {
    fc.assert(fc.property(name('aAbé 0 1-_.'), name('aAbé 0 1-_.'), (a, b) => Math.sign(compareNames(a, b)) === collate(a, b)), { numRuns: 5000 });
  });
  it('sorts case files as people count', () => {
    expect(['casus-10.md', 'casus-2.md', 'casus-1.md', 'casus.md'].sort(compareNames)).toEqual(['casus-1.md', 'casus-2.md', 'casus-10.md', 'casus.md']);
  });
});
