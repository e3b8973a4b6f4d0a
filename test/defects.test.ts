/** The example portfolio passes; each defective variant in fixtures/defecten fires its rule. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defects } from '../scripts/defects.js';
import { checkDir, EXAMPLE, ROOT, variant } from './helpers.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

describe('the example portfolio', () => {
  it('has no errors and no warnings', () => {
    const report = checkDir(EXAMPLE);
    expect(report.diagnostics).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.indiendatum).toBe('2026-12-01');
  });
});

describe.each(defects)('defect $name', (defect) => {
  const dir = join(ROOT, 'fixtures', 'defecten', defect.name);
  it(`fires ${defect.rule}${defect.messageId ? ` (${defect.messageId})` : ''}`, () => {
    const report = checkDir(dir);
    const hits = report.diagnostics.filter((d) => d.rule === defect.rule);
    expect(hits.length).toBeGreaterThan(0);
    for (const d of hits) expect(d.message).not.toMatch(/\{\w+\}|undefined|\[object/);
  });
  it('is up to date with scripts/defects.ts', () => {
    const fresh = variant(...defect.edits);
    const want = files(fresh).map((f) => relative(fresh, f)).sort();
    expect(files(dir).map((f) => relative(dir, f)).sort()).toEqual(want);
    for (const f of want) expect(readFileSync(join(dir, f)).equals(readFileSync(join(fresh, f))), f).toBe(true);
  });
});
