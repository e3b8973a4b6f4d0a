/**
 * Hostile surroundings, hazards 10–11 of issue 6: stdout through a slow pipe and on a terminal
 * (colour and spinner only where allowed), and `rlp init` on a target it cannot write (a file in
 * the path, /proc, a read-only folder, a full disk): a clear message, a non-zero exit, nothing
 * overwritten and nothing half-written.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { init, InitError } from '../src/init.js';
import { ROOT, rlp, tempDir } from './helpers.js';

/** When set, the n-th writeSync from now fails with ENOSPC (a full disk). */
const disk = vi.hoisted(() => ({ failAt: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((...args: Parameters<typeof fs.writeSync>) => {
    if (disk.failAt > 0 && --disk.failAt === 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    return (fs.writeSync as (...a: unknown[]) => number)(...args);
  }) as typeof fs.writeSync;
  return { ...fs, default: { ...fs, writeSync }, writeSync };
});

const BIN = join(ROOT, 'bin', 'rlp.js');
const SGR = /\x1b\[[0-9;]*m/;
const linux = process.platform === 'linux';
const hasScript = linux && spawnSync('script', ['--version']).status === 0;
/** The environment of a user's shell: no CI, no colour settings unless given. */
const userEnv = (extra: NodeJS.ProcessEnv = {}) => {
  const env = { ...process.env, ...extra };
  for (const key of ['CI', 'NO_COLOR', 'FORCE_COLOR'] as const) if (!(key in extra)) delete env[key];
  return env;
};
/** Runs a shell command line (Linux/macOS). */
const sh = (command: string, env: NodeJS.ProcessEnv) => spawnSync('sh', ['-c', command], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60000 });
/** Runs the CLI on a pseudo-terminal (util-linux `script`) of `columns` wide, so stdout and stderr are TTYs. */
const onTerminal = (args: string, env: NodeJS.ProcessEnv, columns = 100) =>
  sh(`script -qec 'stty cols ${columns} rows 40; "${process.execPath}" "${BIN}" ${args}' /dev/null`, env);

/** A portfolio of 40 untouched template cases: a report of several hundred kB. */
function bigPortfolio(): string {
  const dir = join(tempDir(), 'groot');
  expect(rlp(['init', dir]).status).toBe(0);
  for (let i = 3; i <= 40; i++) copyFileSync(join(dir, 'casussen/casus-1.md'), join(dir, `casussen/casus-${i}.md`));
  return dir;
}

describe.skipIf(process.platform === 'win32')('10. output', () => {
  it('--format json is one complete document through a slow pipe, with FORCE_COLOR=1 and 2>&1', () => {
    const dir = bigPortfolio();
    const r = sh(`"${process.execPath}" "${BIN}" check "${dir}" --format json 2>&1 | (sleep 1; cat)`, userEnv({ FORCE_COLOR: '1' }));
    expect(r.stdout.length).toBeGreaterThan(300 * 1024);
    expect(r.stdout).not.toMatch(/\x1b/);
    const report = JSON.parse(r.stdout);
    expect(report.summary.errors).toBe(report.diagnostics.filter((d: { severity: string }) => d.severity === 'error').length);
  });

  it('the same pipe cuts a naive program that exits right after writing at 64 KiB', () => {
    const r = sh(`"${process.execPath}" -e "process.stdout.write('x'.repeat(300000)); process.exit(1)" | (sleep 1; cat)`, userEnv());
    expect(r.stdout.length).toBeLessThan(300000);
  });

  it('not on a terminal: no spinner, no colour, nothing on stderr', () => {
    const r = spawnSync(process.execPath, [BIN, 'check', 'fixtures/defecten/C2-kennisgebieden'], { cwd: ROOT, env: userEnv(), encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\x1b/);
  });

  it.skipIf(!hasScript)('on a terminal: colour, but none with NO_COLOR (also not in the spinner)', () => {
    const coloured = onTerminal('check fixtures/defecten/C2-kennisgebieden', userEnv());
    expect(coloured.stdout).toMatch(SGR);
    const plain = onTerminal('check fixtures/defecten/C2-kennisgebieden', userEnv({ NO_COLOR: '1' }));
    expect(plain.stdout).toContain('C2/kennisgebieden');
    expect(plain.stdout).not.toMatch(SGR);
  });

  it.skipIf(!hasScript)('a terminal that reports no width gets no spinner (ora would clear lines forever)', () => {
    const r = onTerminal('check fixtures/defecten/C2-kennisgebieden', userEnv(), 0);
    expect(r.status).toBe(1);
    expect(r.stdout.length).toBeLessThan(20000);
    expect(r.stdout).toContain('C2/kennisgebieden');
  });

  it.skipIf(!hasScript)('on a terminal with FORCE_COLOR, --format json is still plain JSON', () => {
    const r = onTerminal('check fixtures/voorbeeld --format json', userEnv({ FORCE_COLOR: '1' }));
    expect(r.stdout).not.toMatch(/\x1b/);
    expect(JSON.parse(r.stdout).ok).toBe(true);
  });
});

describe('11. rlp init', () => {
  const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

  it('never overwrites: an existing file is kept as it is and named', () => {
    const dir = join(tempDir(), 'bestaand');
    mkdirSync(dir);
    writeFileSync(join(dir, 'portfolio.yaml'), 'kandidaat: mijn eigen tekst\n');
    const r = rlp(['init', dir]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'portfolio.yaml'), 'utf8')).toBe('kandidaat: mijn eigen tekst\n');
    expect(r.stdout).toMatch(/Bestond al, niet gewijzigd:\n\s+= portfolio\.yaml/);
  });

  it('a file where a folder belongs: a clear message, exit 2, nothing made', () => {
    const file = join(tempDir(), 'een-bestand');
    writeFileSync(file, 'x');
    const r = rlp(['init', join(file, 'portfolio')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('een deel van dat pad is een bestand, geen map');
    noStack(r.stderr);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it.skipIf(!linux)('a place where no folder can be made (/proc) ends with a message instead of looping', () => {
    const r = spawnSync(process.execPath, [BIN, 'init', '/proc/rlp-init-test'], { env: userEnv(), encoding: 'utf8', timeout: 20000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('niet aanmaken');
    noStack(r.stderr);
  });

  it.skipIf(process.platform === 'win32')('a read-only folder (as user nobody when run as root): a clear message, exit 2', () => {
    const base = tempDir();
    const asRoot = process.getuid?.() === 0;
    chmodSync(base, asRoot ? 0o755 : 0o555);
    const r = rlp(['init', join(base, 'nieuw')], asRoot ? { uid: 65534, gid: 65534 } : {});
    chmodSync(base, 0o755);
    if (asRoot && r.status === null) return; // no such user here: nothing to prove
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('je mag in deze map niet schrijven');
    noStack(r.stderr);
    expect(existsSync(join(base, 'nieuw'))).toBe(false);
  });

  it('a full disk: the file being written is not left half, no temporary file stays, made files are named', () => {
    const dir = join(tempDir(), 'vol');
    disk.failAt = 3;
    let error: unknown;
    try {
      init(dir);
    } catch (e) {
      error = e;
    }
    disk.failAt = 0;
    expect(error).toBeInstanceOf(InitError);
    const { path, reason, created } = error as InitError;
    expect(reason).toBe('ENOSPC');
    expect(created).toHaveLength(2);
    const left = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(dir, path))).toBe(false);
    const again = init(dir);
    expect(again.kept).toEqual(created);
    expect(again.created).toContain(path);
  });
});
