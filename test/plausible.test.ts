/**
 * Issue 11, item 3: plausibility limits of the hours log (schemas/plausibiliteit.yaml): 1,300 h in
 * one row, 25 h on one day and `1e20` are findings at the row's line, and an impossible row does
 * not carry B1.
 */
import { describe, expect, it } from 'vitest';
import { hoursLimits, plausibleRows } from '../src/load/plausible.js';
import { readHoursLog } from '../src/load/urenlog.js';
import type { LoadProblem } from '../src/types.js';
import { checkFiles, exampleFiles, memoryVariant } from './memory-variant.js';

const HEADER = 'datum;uren;categorie;omschrijving\n';

function read(text: string) {
  const problems: LoadProblem[] = [];
  const log = readHoursLog(HEADER + text, 'uren.csv', problems);
  return { rows: log?.rows ?? [], problems };
}

describe('hours no day can hold', () => {
  it('1,300 h in one row: a warning at its line that asks about a typing error (a total may be meant, so it counts)', () => {
    const { rows, problems } = read('01-03-2024;1300;begeleiding;x\n02-03-2024;4;begeleiding;y\n');
    expect(problems).toEqual([expect.objectContaining({ rule: 'bestand/schema', messageId: 'csvRowOver', line: 2, severity: 'warning' })]);
    expect(rows.map((r) => r.uren)).toEqual([1300, 4]);
  });

  it('a number of twenty digits and `1e20`: findings at their lines, neither counts', () => {
    const { rows, problems } = read('03-03-2024;1e20;begeleiding;c\n04-03-2024;100000000000000000000;begeleiding;d\n05-03-2024;' + '9'.repeat(400) + ';begeleiding;e\n');
    expect(problems.map((p) => [p.messageId, p.line])).toEqual([['csvHours', 2], ['csvImpossible', 3], ['csvImpossible', 4]]);
    expect(rows).toEqual([]);
  });

  it('25 h on one day (13 + 12 on the same date): a warning at the row that passes 24 h; both count', () => {
    const { rows, problems } = read('02-03-2024;13;begeleiding;a\n02-03-2024;12;intake;b\n');
    expect(problems).toEqual([expect.objectContaining({ messageId: 'csvDayOver', line: 3, args: expect.objectContaining({ uren: 25, max: 24 }) })]);
    expect(rows).toHaveLength(2);
  });

  it('more than a year on one row: the row does not count', () => {
    const { rows, problems } = read('02-03-2024;9000;begeleiding;a\n03-03-2024;8784;begeleiding;b\n');
    expect(problems.map((p) => [p.messageId, p.line])).toEqual([['csvImpossible', 2], ['csvRowOver', 3]]);
    expect(rows.map((r) => r.uren)).toEqual([8784]);
  });

  it('keeps quiet on 24 h over one date, on a row that sums up a period (42 h), and on the example log', () => {
    expect(read('02-03-2024;16;begeleiding;a\n02-03-2024;8;intake;b\n10-03-2024;42;begeleiding;week\n').problems).toEqual([]);
    const example = exampleFiles()['uren.csv']!.toString();
    const problems: LoadProblem[] = [];
    readHoursLog(example, 'uren.csv', problems);
    expect(problems).toEqual([]);
  });

  it('reports at most max_meldingen of a kind, then counts the rest', () => {
    const text = Array.from({ length: 30 }, (_, i) => `0${(i % 9) + 1}-04-2024;20000;begeleiding;x\n`).join('');
    const { problems } = read(text);
    expect(problems).toHaveLength(hoursLimits.max_meldingen + 1);
    expect(problems.at(-1)).toMatchObject({ messageId: 'csvMorePlausible', args: { count: 30 - hoursLimits.max_meldingen } });
  });

  it('the limits are data, and a log of other limits is judged by them', () => {
    expect(hoursLimits).toMatchObject({ max_uren_per_regel: 168, max_uren_per_dag: 24, onmogelijk_uren_per_regel: 8784 });
    const problems: LoadProblem[] = [];
    plausibleRows([{ line: 2, datum: '2024-03-02', uren: 10, categorie: 'x' }], 'uren.csv', problems, { ...hoursLimits, max_uren_per_regel: 8 });
    expect(problems.map((p) => p.messageId)).toEqual(['csvRowOver']);
  });

  it('in a check: the finding is in the report at the line, and B1 counts without the impossible row', () => {
    const files = memoryVariant();
    const before = checkFiles(files).uren!.totaal;
    const log = files['uren.csv']!.toString();
    const lines = log.trimEnd().split('\n').length;
    files['uren.csv'] = `${log}01-03-2024;1300;begeleiding;x\n01-03-2024;100000000000000000000;begeleiding;y\n`;
    const report = checkFiles(files);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ rule: 'bestand/schema', file: 'uren.csv', line: lines + 1, messageId: 'csvRowOver', args: { uren: 1300, max: 168 } }));
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ rule: 'bestand/schema', file: 'uren.csv', line: lines + 2, messageId: 'csvImpossible' }));
    expect(report.uren!.totaal).toBe(before + 1300);
  });
});
