/**
 * Issue 11, item 4: output errors end quietly with the right exit status (a reader that stops
 * early, a full disk, a closed stdout), many findings are summarised per file in the pretty
 * format, and 10,000 case files take seconds, not minutes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PER_FILE } from '../src/format/pretty.js';
import { MAX_CASE_FILES } from '../src/load/index.js';
import { checkDir, EXAMPLE, ROOT, rlp, variant } from './helpers.js';

const BIN = join(ROOT, 'bin', 'rlp.js');
const DEFECT = join(ROOT, 'fixtures', 'defecten', 'C2-kennisgebieden');
const hasBash = process.platform !== 'win32' && spawnSync('bash', ['-c', 'true']).status === 0;
/** Runs a bash command line with pipefail; stdout is what the line prints last. */
const bash = (line: string) => spawnSync('bash', ['-c', `set -o pipefail; ${line}`], { encoding: 'utf8', env: { ...process.env, CI: '1' }, timeout: 60000 });
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Unhandled|node:events/);

/** The example with `count` copies of its first case (a report of several hundred kB in JSON). */
function manyCases(count: number): string {
  const dir = variant();
  const text = readFileSync(join(dir, 'casussen/casus-1.md'));
  for (let i = 3; i <= count; i++) writeFileSync(join(dir, `casussen/casus-${i}.md`), text);
  return dir;
}

describe.skipIf(!hasBash)('output errors', () => {
  const big = manyCases(40);

  it('`| head -1` (EPIPE): quiet, with the exit status of the check (0 clean, 1 errors)', () => {
    for (const [dir, status] of [[EXAMPLE, 0], [DEFECT, 1]] as const) {
      const r = bash(`"${process.execPath}" "${BIN}" check "${dir}" | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`);
      expect(r.stdout.trim()).toBe(`status=${status}`);
      noStack(r.stderr);
      expect(r.stderr).toBe('');
    }
    const json = bash(`"${process.execPath}" "${BIN}" check "${big}" --format json | head -c 100 >/dev/null; echo "status=\${PIPESTATUS[0]}"`);
    expect(json.stdout.trim()).toMatch(/^status=[01]$/);
    expect(json.stderr).toBe('');
    const explain = bash(`"${process.execPath}" "${BIN}" explain | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`);
    expect(explain.stdout.trim()).toBe('status=0');
    expect(explain.stderr).toBe('');
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk (/dev/full, ENOSPC): one line on stderr, exit 2, alone and in a group', () => {
    for (const args of [`check "${EXAMPLE}" --format json`, `check "${EXAMPLE}"`, `check "${EXAMPLE}" "${DEFECT}" --format json`]) {
      const r = bash(`"${process.execPath}" "${BIN}" ${args} > /dev/full`);
      expect(r.status, args).toBe(2);
      noStack(r.stderr);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('kon niet worden weggeschreven (ENOSPC)')]);
    }
  });

  it('a closed stdout: quiet, with the exit status of the check', () => {
    for (const [dir, status] of [[EXAMPLE, 0], [DEFECT, 1]] as const) {
      const r = bash(`"${process.execPath}" "${BIN}" check "${dir}" >&-`);
      expect(r.status).toBe(status);
      noStack(r.stderr);
    }
  });
});

describe('many findings and many files', () => {
  it(`pretty prints at most ${MAX_PER_FILE} findings of one file per part and counts the rest`, () => {
    const dir = variant();
    const keys = Array.from({ length: 45 }, (_, i) => `onbekend${i}: x`).join('\n');
    writeFileSync(join(dir, 'portfolio.yaml'), `${readFileSync(join(dir, 'portfolio.yaml'), 'utf8')}\n${keys}\n`);
    const r = rlp(['check', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout.match(/\(bestand\/schema\)/g)).toHaveLength(MAX_PER_FILE);
    expect(r.stdout).toContain(`… en nog 25 meldingen bij portfolio.yaml zoals hierboven. Alles op een rij: 'rlp check --format html -o rapport.html' maakt een rapport dat je in je browser opent.`);
    const json = JSON.parse(rlp(['check', dir, '--format', 'json']).stdout);
    expect(json.diagnostics.filter((d: { rule: string }) => d.rule === 'bestand/schema')).toHaveLength(45);
  });

  it('keeps quiet (no summary line) when a file has few findings', () => {
    expect(rlp(['check', DEFECT]).stdout).not.toContain('… en nog');
  });

  it('10,000 case files: checked in seconds, with a warning that only the first ones were read', () => {
    const dir = variant();
    const text = readFileSync(join(dir, 'casussen/casus-1.md'));
    for (let i = 3; i <= 10000; i++) writeFileSync(join(dir, `casussen/casus-${i}.md`), text);
    const start = performance.now();
    const r = rlp(['check', dir, '--format', 'json']);
    expect(performance.now() - start).toBeLessThan(20000);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.coverage.cases).toHaveLength(MAX_CASE_FILES);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ rule: 'bestand/schema', severity: 'warning', file: 'casussen', message: expect.stringContaining('10000 casussen') }));
    expect(r.stdout.length).toBeLessThan(1024 * 1024);
  });

  it('keeps quiet about the number of files with two cases', () => {
    expect(checkDir(EXAMPLE).diagnostics).toEqual([]);
  });
});
