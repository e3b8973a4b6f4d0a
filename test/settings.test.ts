/** Rule settings in portfolio.yaml (`instellingen`): applied in the core, hard requirements refused, listed in the report. */
import { describe, expect, it } from 'vitest';
import { checkFiles, memoryVariant } from './memory-variant.js';

const settings = (yaml: string) => ({ file: 'portfolio.yaml', replace: ['instellingen:\n  min_woorden: 50', `instellingen:\n${yaml}`] as [string, string] });
const alike = [
  { file: 'casussen/casus-2.md', replace: ['vraagstelling: loopbaanheroriëntatie en opleidingskeuze', 'vraagstelling: Outplacement na reorganisatie'] as [string, string] },
  { file: 'casussen/casus-2.md', replace: ['clienttype: jonge professional, onderwijs', 'clienttype: werknemer 50+, teamleider logistiek'] as [string, string] },
  { file: 'casussen/casus-2.md', replace: ['uitdaging: twijfel en schuldgevoel bij een mogelijke overstap uit een tekortberoep', 'uitdaging: weerstand en boosheid over gedwongen vertrek'] as [string, string] },
];

describe('instellingen.regels', () => {
  it('changes the level of a warning rule, and lists it in the report', () => {
    const report = checkFiles(memoryVariant(...alike, settings('  regels:\n    C/diversiteit: info')));
    expect(report.diagnostics).toMatchObject([{ rule: 'C/diversiteit', severity: 'info' }]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 1 });
    expect(report.settings).toEqual([{ setting: 'instellingen.regels.C/diversiteit', rule: 'C/diversiteit', value: 'info', default: 'warning' }]);
  });
  it('switches a warning rule off or makes it an error', () => {
    expect(checkFiles(memoryVariant(...alike, settings('  regels:\n    C/diversiteit: uit'))).diagnostics).toEqual([]);
    expect(checkFiles(memoryVariant(...alike, settings('  regels:\n    C/diversiteit: fout'))).ok).toBe(false);
  });
  it('refuses to switch off or lower a hard requirement, as a bestand/schema error at the line', () => {
    const dir = memoryVariant(settings('  regels:\n    C2/kennisgebieden: uit\n    C3/competenties: fout'), { file: 'casussen/casus-2.md', removeSection: '### Coachen' }, { file: 'casussen/casus-2.md', replace: ['[methodisch-werken, adviseren, coachen]', '[methodisch-werken, adviseren]'] });
    const report = checkFiles(dir);
    expect(report.diagnostics.filter((d) => d.rule === 'bestand/schema')).toMatchObject([
      { severity: 'error', file: 'portfolio.yaml', line: 63, messageId: 'hardRule', args: { rule: 'C2/kennisgebieden', value: 'uit' } },
    ]);
    expect(report.diagnostics.filter((d) => d.rule === 'C3/competenties')).toMatchObject([{ severity: 'error' }]);
    expect(report.settings).toEqual([]);
  });
  it('names the closest rule id for a typo', () => {
    const report = checkFiles(memoryVariant(settings('  regels:\n    C/diversitijt: uit')));
    expect(report.diagnostics).toMatchObject([{ rule: 'bestand/schema', messageId: 'unknownKeyTip', args: expect.objectContaining({ key: { keyPath: ['instellingen', 'regels', 'C/diversitijt'] }, tip: 'C/diversiteit' }) }]);
  });
  it('lists a changed min_woorden', () => {
    const report = checkFiles(memoryVariant(settings('  min_woorden: 20')));
    expect(report.settings).toEqual([{ setting: 'instellingen.min_woorden', rule: 'C/inhoud', value: 20, default: 50 }]);
  });
});
