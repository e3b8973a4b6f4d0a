/** The loader's parts one by one; hostile input as a whole is in hazards-*.test.ts. */
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../src/load/frontmatter.js';
import { parseYaml } from '../src/load/yaml.js';
import { memoryFindings, memoryVariant } from './memory-variant.js';

const C1 = 'casussen/casus-1.md';

describe('front-matter', () => {
  it('reads YAML 1.2 core: dates and leading zeros stay text, 10:00 is not 600', () => {
    const { data } = parseYaml('a: 2025-02-03\nb: 0612345678\nc: 10:00\n', 'x.yaml');
    expect(data).toEqual({ a: '2025-02-03', b: 612345678, c: '10:00' });
  });
  it('names both lines of a duplicate key', () => {
    const { problems } = parseYaml('titel: a\nafgerond: true\ntitel: b\n', 'x.md', 2);
    expect(problems).toMatchObject([{ messageId: 'duplicateKey', line: 4, args: { first: 2, key: 'titel' } }]);
  });
  it('reads ---titel: with the newline forgotten, with a message', () => {
    const split = splitFrontMatter('---titel: x\nafgerond: true\n---\n# Kop\n', 'c.md');
    expect(split.yaml).toBe('titel: x\nafgerond: true');
    expect(split.problems).toMatchObject([{ messageId: 'fenceNewline' }]);
  });
  it('recognises Word long dashes', () => {
    const split = splitFrontMatter('———\ntitel: x\n———\n', 'c.md');
    expect(split.problems).toMatchObject([{ messageId: 'longDashes' }]);
    expect(split.yaml).toBe('titel: x');
  });
});

describe('schema problems', () => {
  it('suggests a near-miss id with the line of the value', () => {
    const hits = memoryFindings(memoryVariant({ file: C1, replace: ['organisaties]', 'organisatie]'] }), 'bestand/schema');
    expect(hits).toMatchObject([{ file: C1, line: 10, messageId: 'unknownValueTip', args: expect.objectContaining({ value: 'organisatie', tip: 'organisaties' }) }]);
  });
  it('suggests a near-miss key in portfolio.yaml', () => {
    const hits = memoryFindings(memoryVariant({ file: 'portfolio.yaml', replace: ['indiendatum:', 'indeindatum:'] }), 'bestand/schema');
    expect(hits).toMatchObject([{ file: 'portfolio.yaml', line: 5, messageId: 'unknownKeyTip', args: expect.objectContaining({ key: { keyPath: ['indeindatum'] }, tip: 'indiendatum' }) }]);
  });
  it('tells to quote a text that arrives as a number', () => {
    const hits = memoryFindings(memoryVariant({ file: C1, replace: ['titel: Heroriëntatie na reorganisatie', 'titel: 2025'] }), 'bestand/schema');
    expect(hits).toMatchObject([{ file: C1, line: 2, messageId: 'quoteText', args: { key: { keyPath: ['titel'] }, value: '2025' } }]);
  });
  it('rejects a Dutch date with a hint', () => {
    const hits = memoryFindings(memoryVariant({ file: 'portfolio.yaml', replace: ['indiendatum: 2026-12-01', 'indiendatum: 01-12-2026'] }), 'bestand/schema');
    expect(hits).toMatchObject([{ file: 'portfolio.yaml', line: 5, messageId: 'dateTip', args: { value: '01-12-2026', tip: '2026-12-01' } }]);
  });
});
