/** Every rule has its messages and explanation in both languages, with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { catalogues } from '../src/messages/index.js';
import { rules } from '../src/rules/index.js';

function leaves(node: unknown, path: string[] = []): [string, string][] {
  if (typeof node === 'string') return [[path.join('.'), node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, [...path, k]));
}
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?::\d+)?(?:\|[^}]*)?\}/g)].map((m) => m[1]))].sort();

describe('message catalogues', () => {
  it.each(rules.map((r) => r.id))('%s has title, explanation and fix in nl and en', (id) => {
    for (const lang of ['nl', 'en'] as const) {
      const entry = (catalogues[lang].rules as Record<string, { title: string; explain: string; fix: string }>)[id];
      expect(entry?.title, `${lang} ${id}`).toBeTruthy();
      expect(entry?.explain).toBeTruthy();
      expect(entry?.fix).toBeTruthy();
    }
  });
  it('nl and en have the same keys and placeholders', () => {
    const nl = new Map(leaves(catalogues.nl));
    const en = new Map(leaves(catalogues.en));
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort());
    for (const [key, text] of nl) expect(placeholders(en.get(key)!), key).toEqual(placeholders(text));
  });
  it('every catalogue entry belongs to a rule', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const id of Object.keys(catalogues.nl.rules)) expect(ids.has(id), id).toBe(true);
  });
});

describe('fill', () => {
  it('chooses singular or plural and joins lists as a reader would', async () => {
    const { fill } = await import('../src/messages/index.js');
    expect(fill('{n} {n|punt|punten}', { n: 1 })).toBe('1 punt');
    expect(fill('{n} {n|punt|punten}', { n: 3 })).toBe('3 punten');
    expect(fill('bij {t|taak|de taken} {t}', { t: [1] })).toBe('bij taak 1');
    expect(fill('bij {t|taak|de taken} {t}', { t: [0, 3, 6] })).toBe('bij de taken 0, 3 en 6');
    expect(fill('{t}', { t: [0, 3, 6] }, 'en')).toBe('0, 3, and 6');
    expect(fill('{k}', { k: { keyPath: ['opleiding', 'cursussen', 1, 'ects'] } })).toBe('opleiding › cursussen nr. 2 › ects');
  });
  it('names at most N items of a list with {name:N} and counts the rest', async () => {
    const { fill } = await import('../src/messages/index.js');
    const lines = [14, 18, 22, 30, 31, 40];
    expect(fill('regels {r:3}', { r: lines })).toBe('regels 14, 18, 22 en nog 3');
    expect(fill('lines {r:3}', { r: lines }, 'en')).toBe('lines 14, 18, 22, and 3 more');
    expect(fill('{r|regel|regels} {r:3}', { r: [14, 18] })).toBe('regels 14 en 18');
    expect(fill('{r|regel|regels} {r:3}', { r: [14] })).toBe('regel 14');
    expect(fill('regels {r:3}', { r: [14, 18, 22, 30] })).toBe('regels 14, 18, 22 en 30');
  });
});
