/**
 * The direction of dependencies (docs/architecture.md): cli → commands → engine → rules →
 * portfolio model ← loader, with no import cycles (type-only imports do not count: they vanish
 * at build time). madge reads the import graph of the sources, dynamic imports included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const graph = madge(['src/bin.ts', 'src/cli.ts', 'src/index.ts'], {
  fileExtensions: ['ts'],
  tsConfig: 'tsconfig.json',
  detectiveOptions: { ts: { skipTypeImports: true } },
});

describe('architecture', () => {
  it('has no import cycles', async () => {
    expect((await graph).circular()).toEqual([]);
  });

  it('keeps the loader, the model and the rules below the engine', async () => {
    const deps = (await graph).obj();
    const upward = (from: RegExp, to: RegExp) => Object.entries(deps).flatMap(([file, list]) => (from.test(file) ? list.filter((d) => to.test(d)).map((d) => `${file} → ${d}`) : []));
    // The loader knows no ruleset, rule, engine or command.
    expect(upward(/^load\//, /^(rules|rulesets|format)\/|^(check|report|cli|cohort|watch|init)\.ts$/)).toEqual([]);
    // A rule imports no other rule (shared helpers live in src/refs.ts, src/rules/place.ts …) and no engine or command.
    expect(upward(/^rules\/(?!index|rule|place)/, /^rules\/(?!rule|place)|^rulesets\/|^(check|report|cli|cohort|watch)\.ts$/)).toEqual([]);
    // No module but a ruleset imports the framework's data.
    const readers = Object.keys(deps).filter((file) => /from '[./]+\/schemas\/(kader|inhoud)\.yaml'/.test(readFileSync(join('src', file), 'utf8')));
    expect(readers.every((file) => file.startsWith('rulesets/'))).toBe(true);
    expect(readers).not.toEqual([]);
  });
});
