import { describe, expect, it } from 'vitest';
import { checkDir, variant } from './helpers.js';
import { checkFiles, exampleFiles, memoryVariant } from './memory-variant.js';

/** The findings without the folder they were found in, to compare a disk and a memory check. */
const strip = (r: ReturnType<typeof checkFiles>) => r.diagnostics.map(({ rule, messageId, args, file, line, severity }) => ({ rule, messageId, args, file, line, severity }));

describe('memory variants give the same findings as variants on disk', () => {
  const C1 = 'casussen/casus-1.md';
  const cases: [string, Parameters<typeof memoryVariant>][] = [
    ['the example', []],
    ['a removed section', [{ file: C1, removeSection: '## Taak 3' }]],
    ['a replaced line', [{ file: 'portfolio.yaml', replace: ['route: 2', 'route: 4'] }]],
    ['a removed file', [{ file: 'casussen/casus-2.md', remove: true }]],
  ];
  for (const [name, edits] of cases) {
    it(name, () => {
      const memory = strip(checkFiles(memoryVariant(...edits)));
      expect(memory).toEqual(strip(checkDir(variant(...edits))));
      if (edits.length > 0) expect(memory.length).toBeGreaterThan(0);
    });
  }
  it('reads the whole example', () => {
    expect(Object.keys(exampleFiles())).toContain('portfolio.yaml');
    expect(checkFiles(exampleFiles()).diagnostics).toEqual([]);
  });
});
