/** Hazard scenarios in memory: the example with the files of `test/fixtures/hazards/<scenario>/` laid over it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Edit } from '../scripts/defects.js';
import { HAZARDS } from './helpers.js';
import { memoryVariant } from './memory-variant.js';
import type { Files } from './rule-tester.js';

/**
 * The example in memory with `edits` applied and the files of a hazard scenario (`'08-limits/deep-yaml'`)
 * laid over it, as `hazard()` does on disk. For scenarios where nothing about the disk matters.
 */
export function memoryHazard(scenario: string, ...edits: Edit[]): Files {
  const files = memoryVariant(...edits);
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else files[`${prefix}${name}`] = readFileSync(path);
    }
  };
  walk(join(HAZARDS, scenario), '');
  return files;
}
