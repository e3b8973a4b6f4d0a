/**
 * No Markdown or YAML file the project keeps (under fixtures/ and test/) makes `rlp check` print
 * a stack trace or exit 2, and a check changes nothing in the folder. The built CLI reads every
 * such file in its own role: each portfolio folder as it is, each hazard scenario laid over the
 * example, and any other file put into a copy of the example (a .md as a case, a .yaml as
 * portfolio.yaml).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../src/messages/index.js';
import { hazard, HAZARDS, ROOT, variant } from './helpers.js';

const run = promisify(execFile);

/** Every Markdown and YAML file under `dir` (absolute paths), skipping node_modules. */
function inputFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'node_modules' ? [] : inputFiles(join(dir, e.name))) : /\.(md|ya?ml)$/i.test(e.name) ? [join(dir, e.name)] : [],
  );
}
/** Portfolio folders kept as they are: those with a portfolio.yaml. */
const portfolios = (dir: string): string[] =>
  existsSync(join(dir, 'portfolio.yaml')) ? [dir] : readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? portfolios(join(dir, e.name)) : []));
/** Scenario folders of the hazards: `<NN-hazard>/<scenario>`. */
const scenarios = readdirSync(HAZARDS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((e) => readdirSync(join(HAZARDS, e.name), { withFileTypes: true }).filter((s) => s.isDirectory()).map((s) => `${e.name}/${s.name}`));

/** Content and modification time of every file in a folder, to prove a check leaves it as it was. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const stat = statSync(join(dir, file));
    hash.update(`${file}\0${stat.mtimeMs}\0`);
    if (stat.isFile()) hash.update(readFileSync(join(dir, file)));
  }
  return hash.digest('hex');
}

/** Runs `rlp check <dirs…> --format json` (a group run when more than one); resolves to what a user would see. */
async function check(dirs: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'bin', 'rlp.js'), 'check', ...dirs, '--format', 'json'], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: '1' } });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { status: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Runs `fn` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

describe('rlp check over every Markdown and YAML file kept in the project', () => {
  const roots = portfolios(join(ROOT, 'fixtures'));
  const runs = [
    ...roots.map((dir) => ({ name: relative(ROOT, dir), dir, covers: inputFiles(dir) })),
    ...scenarios.map((s) => ({ name: `hazard ${s}`, dir: hazard(s), covers: inputFiles(join(HAZARDS, s)) })),
  ];
  const covered = new Set(runs.flatMap((r) => r.covers));
  for (const file of [...inputFiles(join(ROOT, 'fixtures')), ...inputFiles(join(ROOT, 'test'))].filter((f) => !covered.has(f))) {
    const role = /\.md$/i.test(file) ? 'casussen/casus-1.md' : 'portfolio.yaml';
    const dir = variant();
    copyFileSync(file, join(dir, role));
    runs.push({ name: `${relative(ROOT, file)} as ${role}`, dir, covers: [file] });
  }

  it(`${runs.length} portfolios in one group run: exit 0 or 1, one JSON report each, no stack trace, none unchecked, nothing changed`, async () => {
    expect(roots.length).toBeGreaterThan(10);
    const before = runs.map(({ dir }) => fingerprint(dir));
    const r = await check(runs.map(({ dir }) => dir));
    expect([0, 1]).toContain(r.status);
    expect(r.stderr).toBe('');
    const reports = JSON.parse(r.stdout) as { diagnostics: { message: string }[] }[];
    expect(reports).toHaveLength(runs.length);
    // A portfolio the run could not check (an internal fault) becomes a row with this sentence.
    const unchecked = catalogues.nl.cohort.failed.split('{')[0]!;
    expect(runs.filter((_, i) => reports[i]!.diagnostics.some((d) => d.message.startsWith(unchecked))).map(({ name }) => name)).toEqual([]);
    expect(runs.filter(({ dir }, i) => fingerprint(dir) !== before[i]).map(({ name }) => name)).toEqual([]);
  }, 180000);

  // One by one as well, for a sample (a group run catches faults a single run would show): the
  // example portfolios, the first defect, the first scenario of each hazard, the first loose file.
  const kind = (name: string) => (name.startsWith('hazard') ? name.split('/')[0]! : name.includes('defecten') ? 'defect' : name.includes(' as ') ? 'file' : name);
  const sample = runs.filter((r, i) => runs.findIndex((o) => kind(o.name) === kind(r.name)) === i);
  it(`${sample.length} of them one by one: exit 0 or 1, one JSON report, no stack trace, nothing changed`, async () => {
    expect(sample.length).toBeGreaterThan(5);
    const failures: string[] = [];
    await pool(sample, 4, async ({ name, dir }) => {
      const before = fingerprint(dir);
      const r = await check([dir]);
      if (r.status !== 0 && r.status !== 1) failures.push(`${name}: exit ${r.status}: ${r.stderr.slice(0, 300)}`);
      if (r.stderr !== '') failures.push(`${name}: stderr: ${r.stderr.slice(0, 300)}`);
      try {
        JSON.parse(r.stdout);
      } catch {
        failures.push(`${name}: stdout is no JSON document`);
      }
      if (fingerprint(dir) !== before) failures.push(`${name}: the check changed the folder`);
    });
    expect(failures).toEqual([]);
  }, 180000);
});
