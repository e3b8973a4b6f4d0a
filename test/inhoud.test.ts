/**
 * Content hints (inhoud/*, contract §8): calibrated on test/corpus/inhoud (texts by authors who had
 * not seen the rules), quiet on both example portfolios, silenced per section and per rule.
 */
import { describe, expect, it } from 'vitest';
import { calibrate, CORPORA, hintsFor } from '../scripts/calibrate.js';
import { checkDir, EXAMPLE, ROOT } from './helpers.js';
import { memoryFindings, memoryVariant } from './memory-variant.js';
import { join } from 'node:path';

const C1 = 'casussen/casus-1.md';
const QUICK = join(ROOT, 'test', 'corpus', 'inhoud', 'a3-snel.md');

describe('calibration on the corpus', () => {
  const rows = calibrate();
  it.each(rows.map((r) => [r.rule, r]))('%s: no false alarm on a good version, and at least 80%% of its weak versions caught', (_rule, row) => {
    expect(row.falseAlarms).toEqual([]);
    expect(row.weak).toBeGreaterThanOrEqual(4);
    expect(row.weakCaught / row.weak).toBeGreaterThanOrEqual(0.8);
  });
  it('raises no false alarm on the control corpus either (another author, not tuned on)', () => {
    expect(calibrate(CORPORA.controle).flatMap((r) => r.falseAlarms)).toEqual([]);
  });
  it('the seven hints of contract §6 are calibrated', () => {
    expect(rows.map((r) => r.rule).sort()).toEqual(['inhoud/afwegingen', 'inhoud/attitude', 'inhoud/concreet', 'inhoud/effect', 'inhoud/opdrachtgever', 'inhoud/perspectief', 'inhoud/theorie']);
  });
});

describe('quiet on good portfolios, helpful on a quick one', () => {
  it.each([EXAMPLE, EXAMPLE.replace(/voorbeeld$/, 'voorbeeld-2')])('no content hint on %s', (dir) => {
    expect(checkDir(dir).diagnostics.filter((d) => d.rule.startsWith('inhoud/'))).toEqual([]);
  });
  it('a case written quickly, session by session, gets hints of several kinds, never an error', () => {
    const hints = hintsFor(QUICK);
    expect(new Set(hints.map((d) => d.rule))).toEqual(new Set(['inhoud/afwegingen', 'inhoud/effect', 'inhoud/theorie', 'inhoud/concreet', 'inhoud/attitude', 'inhoud/perspectief']));
    expect(hints.every((d) => d.severity !== 'error')).toBe(true);
    expect(hints.find((d) => d.rule === 'inhoud/afwegingen')).toMatchObject({ severity: 'warning', messageId: 'diary' });
  });
});

describe('switching hints off', () => {
  it('an answer that is only a negation fires, and a comment in the section silences it', () => {
    const dir = memoryVariant({ file: C1, removeSection: '### Ethisch handelen volgens gedragscode' }, { file: C1, replace: ['### Zelfreflectie', '### Ethisch handelen volgens gedragscode\n\nNee, er was geen ethisch dilemma.\n\n### Zelfreflectie'] });
    expect(memoryFindings(dir, 'inhoud/attitude')).toMatchObject([{ severity: 'warning', messageId: 'onlyNo', args: expect.objectContaining({ naam: { ref: 'attitude', id: 'ethisch-handelen' } }) }]);
    const silenced = memoryVariant({ file: C1, removeSection: '### Ethisch handelen volgens gedragscode' }, { file: C1, replace: ['### Zelfreflectie', '### Ethisch handelen volgens gedragscode\n\nNee, er was geen ethisch dilemma.\n<!-- rlp: geen inhoud/attitude -->\n\n### Zelfreflectie'] });
    expect(memoryFindings(silenced, 'inhoud/attitude')).toEqual([]);
  });
  it('instellingen.regels switches a hint off or makes it an info', () => {
    const edits = [{ file: C1, removeSection: '### Ethisch handelen volgens gedragscode' }, { file: C1, replace: ['### Zelfreflectie', '### Ethisch handelen volgens gedragscode\n\nNee, dat speelde niet.\n\n### Zelfreflectie'] as [string, string] }];
    const off = memoryVariant(...edits, { file: 'portfolio.yaml', replace: ['  min_woorden: 50', '  min_woorden: 50\n  regels:\n    inhoud/attitude: uit'] });
    expect(memoryFindings(off, 'inhoud/attitude')).toEqual([]);
    const info = memoryVariant(...edits, { file: 'portfolio.yaml', replace: ['  min_woorden: 50', '  min_woorden: 50\n  regels:\n    inhoud/attitude: info'] });
    expect(memoryFindings(info, 'inhoud/attitude')).toMatchObject([{ severity: 'info' }]);
  });
  // About the wording itself: the English sentence.
  it('speaks English with --lang en', () => {
    const dir = memoryVariant({ file: C1, removeSection: '### Ethisch handelen volgens gedragscode' }, { file: C1, replace: ['### Zelfreflectie', '### Ethisch handelen volgens gedragscode\n\nNee, dat speelde niet.\n\n### Zelfreflectie'] });
    expect(memoryFindings(dir, 'inhoud/attitude', { lang: 'en' })[0]!.message).toContain('only a negation');
  });
});
