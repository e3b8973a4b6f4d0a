/** Generated files (JSON Schemas, templates) match their sources; the framework data has the right shape. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/generate.js';
import { rlpInitieel } from '../src/rulesets/index.js';

const { kader } = rlpInitieel;
import { ROOT } from './helpers.js';

describe('generated files', () => {
  it.each(Object.entries(generatedFiles()))('%s is up to date (run npm run generate)', (path, content) => {
    expect(readFileSync(join(ROOT, path), 'utf8')).toBe(content);
  });
});

describe('schemas/kader.yaml', () => {
  it('holds the framework: 8 tasks, 5 kennisgebieden, 5 competenties, 4 attitude questions, 4 routes', () => {
    expect(kader.taken.map((t) => t.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(kader.kennisgebieden.map((k) => k.id)).toEqual(['loopbaantheorie', 'ontwikkeling-mens', 'arbeidsmarkt', 'opleidingen-beroepen', 'organisaties']);
    expect(kader.competenties.map((c) => c.id)).toEqual(['methodisch-werken', 'inlevingsvermogen', 'effectief-communiceren', 'adviseren', 'coachen']);
    expect(kader.attitude.map((a) => a.id)).toEqual(['ethisch-handelen', 'zelfreflectie', 'ontwikkeling', 'diversiteit-inclusiviteit']);
    expect(kader.routes).toHaveLength(4);
    expect(kader.getallen).toMatchObject({ min_cursusuren: 98, uren_per_ects: 28, min_werkervaring_uren: 1200, min_kennisgebieden: 4, aantal_casussen: 2, ontwikkelplan_jaren: 4 });
  });
  it('links only known ids in the koppeling table', () => {
    const known = { kennisgebieden: kader.kennisgebieden.map((k) => k.id), competenties: kader.competenties.map((c) => c.id), attitude: kader.attitude.map((a) => a.id) };
    for (const task of kader.taken) {
      for (const kind of ['kennisgebieden', 'competenties', 'attitude'] as const) {
        for (const id of task.koppeling[kind]) expect(known[kind]).toContain(id);
      }
    }
  });
});
