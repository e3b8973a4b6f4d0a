/** `-o/--output-file` and `--color`/`--no-color` (contract §4, revision 2), with the built binary. */
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { OutputFileError, outputFailure, writeOutputFile } from '../src/output.js';
import { rlp, tempDir } from './helpers.js';

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

const FAILING = 'fixtures/defecten/C2-kennisgebieden';
const ESC = /\x1b\[/;

describe('-o/--output-file', () => {
  it('writes exactly what stdout would get, in UTF-8, keeps stdout empty and the exit status', () => {
    const dir = tempDir();
    const printed = rlp(['check', FAILING, '--format', 'json']);
    const written = rlp(['check', FAILING, '--format', 'json', '-o', join(dir, 'rapport.json')]);
    expect(written.status).toBe(1);
    expect(written.stdout).toBe('');
    expect(written.stderr).toContain("Rapport opgeslagen in '");
    expect(readFileSync(join(dir, 'rapport.json'), 'utf8')).toBe(printed.stdout);
    const pretty = rlp(['check', 'fixtures/voorbeeld', '--output-file', join(dir, 'rapport.txt')]);
    expect(pretty.status).toBe(0);
    const text = readFileSync(join(dir, 'rapport.txt'), 'utf8');
    expect(text).toBe(rlp(['check', 'fixtures/voorbeeld']).stdout);
    expect(text).toContain('Portfolio voorbeeld — indiendatum');
    expect(text).not.toMatch(ESC);
    // Only the report is left: no temporary file.
    expect(readdirSync(dir).sort()).toEqual(['rapport.json', 'rapport.txt']);
  });

  it('replaces an existing report and works for a group too', () => {
    const dir = tempDir();
    const file = join(dir, 'groep.json');
    writeFileSync(file, 'oud rapport');
    const r = rlp(['check', 'fixtures/voorbeeld', FAILING, '-f', 'json', '-o', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const reports = JSON.parse(readFileSync(file, 'utf8'));
    expect(reports.map((x: { portfolio: string }) => x.portfolio)).toEqual(['voorbeeld', 'C2-kennisgebieden']);
    expect(readdirSync(dir)).toEqual(['groep.json']);
  });

  it('says in Dutch why it cannot write, exit 2, no stack trace, nothing left behind', () => {
    const dir = tempDir();
    const missing = rlp(['check', 'fixtures/voorbeeld', '-o', join(dir, 'geen-map', 'r.html')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^rlp: Kon het rapport niet opslaan in '.*r\.html': die map bestaat niet\./);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    mkdirSync(join(dir, 'map'));
    const folder = rlp(['check', '--alle', 'fixtures/defecten', '-o', join(dir, 'map')]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('dat is een map');
    expect(folder.stdout).toBe('');
    const english = rlp(['check', 'fixtures/voorbeeld', '-o', join(dir, 'map'), '--lang', 'en']);
    expect(english.stderr).toContain("Could not save the report in '");
    const watch = rlp(['check', '--watch', 'fixtures/voorbeeld', '-o', join(dir, 'geen-map', 'r.html')]);
    expect(watch.status).toBe(2);
    expect(watch.stderr).toContain('die map bestaat niet');
    expect(readdirSync(dir)).toEqual(['map']);
    expect(readdirSync(join(dir, 'map'))).toEqual([]);
  });

  it('keeps the earlier report and leaves no temporary file when the disk is full', () => {
    const dir = tempDir();
    const file = join(dir, 'rapport.html');
    writeFileSync(file, 'het vorige rapport');
    disk.failAt = 1;
    let error: unknown;
    try {
      writeOutputFile(file, '<!doctype html>…');
    } catch (caught) {
      error = caught;
    }
    disk.failAt = 0;
    expect(error).toBeInstanceOf(OutputFileError);
    expect(outputFailure(error as OutputFileError, 'nl')).toBe(`Kon het rapport niet opslaan in '${file}': de schijf is vol; maak ruimte vrij. Een eerder rapport daar is niet gewijzigd.`);
    expect(readFileSync(file, 'utf8')).toBe('het vorige rapport');
    expect(readdirSync(dir)).toEqual(['rapport.html']);
    // Without a fault the same call replaces it.
    writeOutputFile(file, 'nieuw');
    expect(readFileSync(file, 'utf8')).toBe('nieuw');
  });

  it.runIf(process.getuid?.() === 0)('leaves an earlier report untouched when it may not write there', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const file = join(dir, 'rapport.txt');
    writeFileSync(file, 'het vorige rapport');
    const r = rlp(['check', 'fixtures/voorbeeld', '-o', file], { uid: 65534, gid: 65534 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('je mag daar niet schrijven');
    expect(readFileSync(file, 'utf8')).toBe('het vorige rapport');
  });
});

describe('--color / --no-color', () => {
  it('forces or disables colour in pretty, over the environment', () => {
    expect(rlp(['check', 'fixtures/voorbeeld', '--color']).stdout).toMatch(ESC);
    expect(rlp(['check', 'fixtures/voorbeeld', '--color'], { env: { NO_COLOR: '1' } }).stdout).toMatch(ESC);
    expect(rlp(['check', 'fixtures/voorbeeld', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ESC);
    expect(rlp(['check', 'fixtures/voorbeeld', FAILING, '--color']).stdout).toMatch(ESC);
    expect(rlp(['check', 'fixtures/voorbeeld', FAILING, '--no-color'], { env: { FORCE_COLOR: '3' } }).stdout).not.toMatch(ESC);
  });

  it('without a flag follows NO_COLOR / FORCE_COLOR; a report file gets no colour unless asked', () => {
    expect(rlp(['check', 'fixtures/voorbeeld']).stdout).not.toMatch(ESC);
    expect(rlp(['check', 'fixtures/voorbeeld'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ESC);
    const dir = tempDir();
    rlp(['check', 'fixtures/voorbeeld', '-o', join(dir, 'a.txt')]);
    rlp(['check', 'fixtures/voorbeeld', '-o', join(dir, 'b.txt'), '--color']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).not.toMatch(ESC);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toMatch(ESC);
  });

  it('never colours json, whatever the flag', () => {
    expect(rlp(['check', 'fixtures/voorbeeld', '-f', 'json', '--color']).stdout).not.toMatch(ESC);
  });
});
