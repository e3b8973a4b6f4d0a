/**
 * Yes/no as a coach writes it, and one message per slip (from a coach's trial): `afgerond: ja` was
 * refused with a message about 'true' and 'false'; `ondertekend: ja` under a course also got "er
 * staat niet bij dat het certificaat is ondertekend"; `actief_sinds: 01-09-2022` got the date
 * message and "Vul in sinds wanneer je actief bent".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { message } from '../src/messages/index.js';
import { rlpInitieel } from '../src/rulesets/index.js';
import { checkFiles, memoryVariant } from './memory-variant.js';

const C1 = 'casussen/casus-1.md';
const C2 = 'casussen/casus-2.md';
const Y = 'portfolio.yaml';
const COURSE_SIGNED = ['keurmerk: CRKBO\n      ondertekend: true', 'keurmerk: CRKBO\n      ondertekend: '] as const;
const course = (value: string) => ({ file: Y, replace: [COURSE_SIGNED[0], COURSE_SIGNED[1] + value] as [string, string] });
const findings = (...edits: Parameters<typeof memoryVariant>) => checkFiles(memoryVariant(...edits)).diagnostics.map(({ rule, messageId, args, file, line }) => ({ rule, messageId, args, file, line }));

describe('yes and no in words', () => {
  it.each(['ja', 'Ja', 'JA', 'yes', 'waar'])('reads afgerond: %s in a case as yes', (word) => {
    expect(findings({ file: C1, replace: ['afgerond: true', `afgerond: ${word}`] })).toEqual([]);
  });

  it('reads ondertekend: Ja under a course as signed, and gedragscode: ja as a declaration made', () => {
    expect(findings(course('Ja'), { file: Y, replace: ['gedragscode: true', 'gedragscode: ja'] })).toEqual([]);
  });

  it('reads ondertekend: nee under a course as not signed: the course does not count, as with false', () => {
    const found = findings(course('nee'));
    const asFalse = findings(course('false'));
    expect(found).toEqual(asFalse);
    expect(found.find((d) => d.rule === 'A/cursus')).toMatchObject({ messageId: 'notCounted', args: { redenen: [{ ref: 'tekst', rule: 'A/cursus', id: 'reasonSigned' }] } });
    expect(found.some((d) => d.rule === 'bestand/schema')).toBe(false);
  });

  it('reads afgerond: Nee. as not finished (C/afgerond), not as an unreadable value', () => {
    expect(findings({ file: C2, replace: ['afgerond: true', 'afgerond: Nee.'] })).toMatchObject([{ rule: 'C/afgerond', messageId: 'notFinished', file: C2 }]);
  });
});

describe('a value that is neither yes nor no', () => {
  it('afgerond: misschien gives one finding, the schema one, with the value as written', () => {
    expect(findings({ file: C2, replace: ['afgerond: true', 'afgerond: misschien'] })).toEqual([
      { rule: 'bestand/schema', messageId: 'expectBoolean', args: { key: { keyPath: ['afgerond'] }, value: 'misschien' }, file: C2, line: 4 },
    ]);
  });

  it('says ja/nee (yes/no) in the coach’s words, never true/false', () => {
    // The sentence itself is what the coach read: it must not name the programming words.
    const [d] = checkFiles(memoryVariant({ file: C2, replace: ['afgerond: true', 'afgerond: misschien'] })).diagnostics;
    const nl = message('nl', 'bestand/schema', d!.messageId!, d!.args, rlpInitieel);
    const en = message('en', 'bestand/schema', d!.messageId!, d!.args, rlpInitieel);
    expect(nl).toContain('ja of nee');
    expect(en).toContain('yes or no');
    for (const text of [nl, en]) expect(text).not.toMatch(/true|false/i);
  });

  it('ondertekend: misschien under a course is the schema finding only, not also "er staat niet bij dat … ondertekend"', () => {
    const found = findings(course('misschien'));
    expect(found.filter((d) => d.rule === 'bestand/schema')).toMatchObject([{ messageId: 'expectBoolean', args: { value: 'misschien' } }]);
    expect(found.filter((d) => d.rule === 'A/cursus')).toEqual([]);
  });
});

describe('a value written but unreadable is not also missing', () => {
  it('actief_sinds: 01-09-2022 gives exactly one finding, the date tip', () => {
    expect(findings({ file: Y, replace: ['actief_sinds: 2021-09-01', 'actief_sinds: 01-09-2022'] })).toEqual([
      { rule: 'bestand/schema', messageId: 'dateTip', args: { key: { keyPath: ['werkervaring', 'actief_sinds'] }, value: '01-09-2022', tip: '2022-09-01' }, file: Y, line: 41 },
    ]);
  });

  it('a declaration date 15-11-2026 gives exactly one finding, not also "geen datum"', () => {
    expect(findings({ file: Y, replace: ['verklaring_actief: { ondertekend: true, datum: 2026-11-15', 'verklaring_actief: { ondertekend: true, datum: 15-11-2026'] })).toMatchObject([
      { rule: 'bestand/schema', messageId: 'dateTip', args: { value: '15-11-2026', tip: '2026-11-15' } },
    ]);
  });

  it('a case period start 01-09-2025 gives exactly one finding', () => {
    expect(findings({ file: C2, replace: ['start: 2025-09-01', 'start: 01-09-2025'] })).toMatchObject([{ rule: 'bestand/schema', messageId: 'dateTip', file: C2 }]);
  });

  it('werkervaring uren: veel (no urenlog) is the schema finding, not also "vul je uren in"', () => {
    const found = findings({ file: Y, replace: ['  urenlog: uren.csv', ''] }, { file: Y, replace: ['  uren: 1450 ', '  uren: veel '] });
    expect(found).toMatchObject([{ rule: 'bestand/schema', messageId: 'expectNumber', args: { value: 'veel' } }]);
  });

  it('a diploma ondertekend: misschien is the schema finding, not also A/diploma notSigned', () => {
    const found = findings({ file: Y, replace: ['route: 2', 'route: 1'] }, { file: Y, replace: ['    ondertekend: true\n    nvao', '    ondertekend: misschien\n    nvao'] });
    expect(found.filter((d) => d.rule === 'bestand/schema')).toMatchObject([{ messageId: 'expectBoolean' }]);
    expect(found.filter((d) => d.rule === 'A/diploma' && d.messageId === 'notSigned')).toEqual([]);
  });
});

describe('the editor’s schemas', () => {
  it('accept ja, Nee and true for a yes/no field', () => {
    for (const file of ['schemas/casus.schema.json', 'schemas/portfolio.schema.json']) {
      const schema = JSON.parse(readFileSync(file, 'utf8'));
      const yesNo = schema.definitions.ja_nee;
      expect(yesNo.anyOf).toContainEqual({ type: 'boolean' });
      expect(yesNo.anyOf.find((s: { enum?: string[] }) => s.enum).enum).toEqual(expect.arrayContaining(['ja', 'Ja', 'JA', 'nee', 'Nee', 'NEE', 'yes', 'no']));
    }
    expect(JSON.parse(readFileSync('schemas/casus.schema.json', 'utf8')).properties.afgerond).toEqual({ allOf: [{ $ref: '#/definitions/ja_nee' }] });
  });
});
