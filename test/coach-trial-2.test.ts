/** From a second coach trial: headings coaches write for the keuze section; explaining a rule by the title the reports show. */
import { describe, expect, it } from 'vitest';
import { checkFiles, memoryVariant } from './memory-variant.js';

const C1 = 'casussen/casus-1.md';

/** A coach's trial: "## Waarom heb ik voor deze casus gekozen?" was not taken for the keuze section. */
describe('the keuze section under the headings coaches write', () => {
  for (const heading of ['## Waarom heb ik voor deze casus gekozen?', '## Waarom ik voor deze casus koos', '## Casuskeuze', '## Keuze voor deze casus']) {
    it(heading, () => {
      const report = checkFiles(memoryVariant({ file: C1, replace: ['## Keuze voor deze casus', heading] }));
      expect(report.diagnostics.filter((d) => d.file === C1).map((d) => `${d.rule} ${d.messageId}`)).toEqual([]);
    });
  }
  it('an unrelated heading there is still reported', () => {
    const report = checkFiles(memoryVariant({ file: C1, replace: ['## Keuze voor deze casus', '## Mijn vakantie'] }));
    expect(report.diagnostics.filter((d) => d.file === C1).length).toBeGreaterThan(0);
  });
});

describe('rlp explain takes the title the reports show', () => {
  it('"Gegevens in de juiste vorm" is bestand/schema', async () => {
    const { resolveRule } = await import('../src/explain.js');
    expect(resolveRule('Gegevens in de juiste vorm')).toMatchObject({ rule: { id: 'bestand/schema' } });
    expect(resolveRule('gegevens in de juiste vorm.')).toMatchObject({ rule: { id: 'bestand/schema' } });
    expect(resolveRule('Geen titel van een regel')).toBeUndefined();
  });
});

describe('C/afgerond', () => {
  it('does not call a task "niet relevant" when its section only refers elsewhere (C1/taken reports that)', async () => {
    const { memoryFindings, memoryVariant } = await import('./memory-variant.js');
    const text = memoryVariant()['casussen/casus-1.md']!.toString();
    const task2 = /## Taak 2[^\n]*\n\n[\s\S]*?(?=\n## )/.exec(text)![0];
    const files = memoryVariant({ file: 'casussen/casus-1.md', replace: [task2, `${task2.split('\n')[0]}\n\nZie taak 1.\n`] });
    expect(memoryFindings(files, 'C1/taken')).toMatchObject([{ messageId: 'standInRef' }]);
    expect(memoryFindings(files, 'C/afgerond')).toEqual([]);
    const nvt = memoryVariant({ file: 'casussen/casus-1.md', replace: [task2, `${task2.split('\n')[0]}\n\nNiet relevant.\n`] });
    expect(memoryFindings(nvt, 'C/afgerond')).toMatchObject([{ messageId: 'closingSkipped' }]);
  });
});
