/** `rlp check --watch` and the loader's per-file cache behind it. */
import { spawn } from 'node:child_process';
import { readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LoadCache } from '../src/load/index.js';
import { loadPortfolio } from '../src/rulesets/index.js';
import { ROOT, rlp, variant } from './helpers.js';

const C1 = 'casussen/casus-1.md';

describe('LoadCache', () => {
  it('gives the same portfolio as a fresh load, before and after a file changes', () => {
    const dir = variant();
    const cache = new LoadCache();
    expect(loadPortfolio(dir, { cache })).toEqual(loadPortfolio(dir));
    const first = loadPortfolio(dir, { cache });
    expect(cache.size).toBe(6); // portfolio.yaml, two cases, motivatie, ontwikkelplan, uren.csv
    writeFileSync(join(dir, C1), readFileSync(join(dir, C1), 'utf8').replace('afgerond: true', 'afgerond: [kapot'));
    const again = loadPortfolio(dir, { cache });
    expect(again).toEqual(loadPortfolio(dir));
    expect(again.problems.some((p) => p.file === C1 && p.rule === 'bestand/syntax')).toBe(true);
    expect(again.cases[1]).toBe(first.cases[1]); // unchanged file: not read again
    expect(again.cases[0]).not.toBe(first.cases[0]);
  });
  it('reads a file again when only its modification time changed, and forgets files that are gone', () => {
    const dir = variant();
    const cache = new LoadCache();
    const first = loadPortfolio(dir, { cache });
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'motivatie.md'), later, later);
    expect(loadPortfolio(dir, { cache }).motivatie).not.toBe(first.motivatie);
    renameSync(join(dir, 'casussen', 'casus-2.md'), join(dir, 'casussen', 'casus-3.md'));
    expect(loadPortfolio(dir, { cache })).toEqual(loadPortfolio(dir));
    expect(cache.size).toBe(6); // portfolio.yaml, two cases, motivatie, ontwikkelplan, uren.csv
  });
});

/** Runs `rlp check <dir> --watch --format json` and hands out its reports one by one. */
function watching(dir: string) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'rlp.js'), 'check', dir, '--watch', '--format', 'json'], { env: { ...process.env, CI: '1' } });
  let buffer = '';
  let stderr = '';
  const reports: { summary: { errors: number }; diagnostics: { rule: string; file?: string }[] }[] = [];
  let waiting: (() => void) | undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\n}\n')) >= 0) {
      reports.push(JSON.parse(buffer.slice(0, end + 2)));
      buffer = buffer.slice(end + 3);
      waiting?.();
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    /** The next report (waits for it). */
    async next() {
      while (reports.length === 0) await new Promise<void>((resolve) => (waiting = resolve));
      return reports.shift()!;
    },
    /** Drops reports that arrived, after a moment of quiet. */
    async settle() {
      await new Promise((resolve) => setTimeout(resolve, 150));
      reports.length = 0;
    },
    async stop() {
      child.kill('SIGINT');
      return { code: await exit, stderr };
    },
  };
}

describe('rlp check --watch', () => {
  it('checks again on every save, keeps going with a broken file, and stops cleanly on Ctrl-C', async () => {
    const dir = variant();
    const file = join(dir, C1);
    const original = readFileSync(file, 'utf8');
    const watch = watching(dir);
    expect((await watch.next()).summary.errors).toBe(0);
    await watch.settle();

    writeFileSync(file, original.replace('---\n\n', '---\n').replace(/^---\n/, '---\ntitel: [kapot\n'));
    const broken = await watch.next();
    expect(broken.diagnostics).toContainEqual(expect.objectContaining({ rule: 'bestand/syntax', file: C1 }));
    await watch.settle();

    writeFileSync(file, original);
    expect((await watch.next()).summary.errors).toBe(0);

    const { code, stderr } = await watch.stop();
    expect(code).toBe(0);
    expect(stderr).toContain('rlp kijkt mee');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
  it('waits when the folder is gone for a moment and carries on when it is back', async () => {
    const dir = variant();
    const watch = watching(dir);
    await watch.next();
    renameSync(dir, `${dir}-weg`);
    await watch.settle();
    renameSync(`${dir}-weg`, dir);
    expect((await watch.next()).summary.errors).toBe(0);
    await watch.settle();
    writeFileSync(join(dir, C1), '---\ntitel: [kapot\n---\n');
    expect((await watch.next()).diagnostics).toContainEqual(expect.objectContaining({ rule: 'bestand/syntax', file: C1 }));
    const { code, stderr } = await watch.stop();
    expect(code).toBe(0);
    expect(stderr).toContain('rlp wacht tot hij terug is');
  });
  it('watches one folder only', () => {
    const r = rlp(['check', 'fixtures/voorbeeld', 'fixtures/voorbeeld', '--watch']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--watch werkt met één portfoliomap');
  });
});
