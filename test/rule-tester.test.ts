/**
 * Rules tested as the anchors write them (ESLint's RuleTester, Spectral's testRule): a portfolio
 * of a few lines in memory per case, asserting message ids and arguments. The pattern for new
 * rule tests; C/aantal, B2/cv and E/verklaringen live here now.
 */
import { describe, expect, it } from 'vitest';
import { memoryFiles, portfolioOf, ruleTester, runRule } from './rule-tester.js';

const Y = 'portfolio.yaml';
const CASE = '---\ntitel: Een casus\n---\n\n## Keuze\n\nTekst.\n';
const declarations = (lines: string) => `kader: rlp-initieel\nverklaringen:\n${lines}`;
const allMade = '  gedragscode: true\n  klachtenreglement: true\n  naar_waarheid: true\n';

describe('the in-memory portfolio', () => {
  it('is read by the real loader: positions, cases in name order, schema problems', () => {
    const portfolio = portfolioOf({ [Y]: 'kader: rlp-initieel\ncv: cv.pdf\nonbekend: 1\n', 'casussen/b.md': CASE, 'casussen/a.md': CASE });
    expect(portfolio.configPositions.cv).toMatchObject({ line: 2 });
    expect(portfolio.cases.map((c) => c.file)).toEqual(['casussen/a.md', 'casussen/b.md']);
    expect(portfolio.problems).toMatchObject([{ rule: 'bestand/schema', line: 3 }]);
  });
  it('lists folders and refuses paths outside the portfolio', () => {
    const files = memoryFiles({ 'bewijs/cv.pdf': '%PDF-1.4' });
    expect(files.list('bewijs')).toEqual({ names: ['cv.pdf'] });
    expect(files.info('../elders.pdf')).toMatchObject({ outside: true });
    expect(files.info('bewijs/cv.pdf')).toMatchObject({ exists: true, detected: 'pdf' });
  });
  it('reports an unknown rule id instead of testing nothing', () => {
    expect(() => runRule('X/bestaat-niet', {})).toThrow(/No rule/);
  });
});

ruleTester.run('C/aantal', {
  valid: [
    { name: 'two cases', files: { [Y]: 'kader: rlp-initieel\n', 'casussen/casus-1.md': CASE, 'casussen/casus-2.md': CASE } },
    {
      name: 'casussen: in portfolio.yaml leaves other Markdown files out',
      files: { [Y]: 'casussen: [casussen/casus-1.md, casussen/casus-2.md]\n', 'casussen/casus-1.md': CASE, 'casussen/casus-2.md': CASE, 'casussen/extra.md': '# niet meetellen\n' },
    },
  ],
  invalid: [
    { name: 'no case', files: { [Y]: 'kader: rlp-initieel\n' }, errors: [{ messageId: 'none', args: { wanted: 2 } }] },
    { name: 'one case', files: { 'casussen/casus-1.md': CASE }, errors: [{ messageId: 'tooFew', args: { count: 1, wanted: 2 } }] },
    {
      name: 'three cases, pointing at the third',
      files: { 'casussen/casus-1.md': CASE, 'casussen/casus-2.md': CASE, 'casussen/casus-3.md': '---\ntitel: x\n---\n' },
      errors: [{ messageId: 'tooMany', severity: 'error', file: 'casussen/casus-3.md', args: { count: 3, wanted: 2 } }],
    },
  ],
});

ruleTester.run('B2/cv', {
  valid: [
    { name: 'a PDF that is there', files: { [Y]: 'cv: bewijs/cv.pdf\n', 'bewijs/cv.pdf': '%PDF-1.4 cv' } },
    { name: 'a Markdown CV', files: { [Y]: 'cv: cv.md\n', 'cv.md': '# CV\n\nLoopbaancoach sinds 2021.\n' } },
    { name: 'no portfolio.yaml (bestand/schema says so)', files: {} },
  ],
  invalid: [
    { name: 'no cv key', files: { [Y]: 'kader: rlp-initieel\n' }, errors: [{ messageId: 'missing', file: Y }] },
    { name: 'another type', files: { [Y]: 'cv: bewijs/cv.txt\n', 'bewijs/cv.txt': 'cv' }, errors: [{ messageId: 'type', line: 1, args: { path: 'bewijs/cv.txt', types: 'pdf, docx, md' } }] },
    { name: 'a file that is not there', files: { [Y]: 'kader: rlp-initieel\ncv: bewijs/cv.pdf\n' }, errors: [{ messageId: 'notThere', line: 2, args: { path: 'bewijs/cv.pdf' } }] },
    { name: 'an empty file', files: { [Y]: 'cv: bewijs/cv.pdf\n', 'bewijs/cv.pdf': '' }, errors: [{ messageId: 'notThere' }] },
  ],
});

ruleTester.run('E/verklaringen', {
  valid: [
    { name: 'all three made', files: { [Y]: declarations(allMade) } },
    { name: 'no portfolio.yaml', files: {} },
  ],
  invalid: [
    {
      name: 'a declaration set to false, at its line',
      files: { [Y]: declarations(allMade.replace('klachtenreglement: true', 'klachtenreglement: false')) },
      errors: [{ messageId: 'notMade', severity: 'error', file: Y, line: 4, args: { sleutel: 'klachtenreglement', verklaring: { ref: 'tekst', rule: 'E/verklaringen', id: 'klachtenreglement' } } }],
    },
    {
      name: 'a missing declaration',
      files: { [Y]: declarations(allMade.replace('  gedragscode: true\n', '')) },
      errors: [{ messageId: 'missing', args: { sleutel: 'gedragscode' } }],
    },
    {
      name: 'no block: once per declaration, in the framework order',
      files: { [Y]: 'kader: rlp-initieel\n' },
      errors: [
        { messageId: 'missing', args: { sleutel: 'gedragscode' } },
        { messageId: 'missing', args: { sleutel: 'klachtenreglement' } },
        { messageId: 'missing', args: { sleutel: 'naar_waarheid' } },
      ],
    },
  ],
});
