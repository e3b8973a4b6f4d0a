/**
 * Issue 11, item 6 (contract §4, revision 2): `rlp check` without a folder, run inside a
 * portfolio, checks that portfolio (the nearest folder upwards with portfolio.yaml); outside any
 * portfolio it exits 2 and says so. Tested with the built binary, as a user runs it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portfolioRoot } from '../src/cli.js';
import { rlp, tempDir, variant } from './helpers.js';

describe('rlp check without a folder', () => {
  const dir = variant();

  it('in casussen/ (and deeper): checks the portfolio around it', () => {
    mkdirSync(join(dir, 'casussen', 'oud'), { recursive: true });
    for (const cwd of [join(dir, 'casussen'), join(dir, 'casussen', 'oud'), join(dir, 'bewijs')]) {
      const r = rlp(['check', '--format', 'json'], { cwd });
      expect(r.status, cwd).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.portfolio).toBe('portfolio');
      expect(report.coverage.cases).toEqual(['casussen/casus-1.md', 'casussen/casus-2.md']);
    }
  });

  it('in the portfolio folder itself: as before', () => {
    const r = rlp(['check'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Portfolio portfolio — indiendatum 1 december 2026/);
  });

  it('outside any portfolio: exit 2, says so in Dutch (English with --lang en), no report', () => {
    const outside = tempDir();
    const nl = rlp(['check'], { cwd: outside });
    expect(nl.status).toBe(2);
    expect(nl.stdout).toBe('');
    expect(nl.stderr).toBe(`rlp: Hier staat geen portfolio: in '${outside}' en de mappen erboven staat geen portfolio.yaml. Ga naar de map van je portfolio of geef die op, bijvoorbeeld: rlp check mijn-portfolio. Een nieuw portfolio maak je met: rlp init mijn-portfolio\n`);
    const en = rlp(['check', '--lang', 'en'], { cwd: outside });
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('There is no portfolio here');
  });

  it('a folder named on the command line is checked as given, even outside a portfolio', () => {
    const r = rlp(['check', dir], { cwd: tempDir() });
    expect(r.status).toBe(0);
  });

  it('portfolioRoot: the nearest folder upwards with portfolio.yaml, or undefined', () => {
    expect(portfolioRoot(join(dir, 'casussen'))).toBe(dir);
    expect(portfolioRoot(dir)).toBe(dir);
    expect(portfolioRoot(tempDir())).toBeUndefined();
  });
});

describe('rlp status without a folder (a coach ran it in casussen/ and was told to run rlp init there)', () => {
  const dir = variant();
  it('in casussen/: shows the portfolio around it', () => {
    const inside = rlp(['status', '--no-color'], { cwd: join(dir, 'casussen') });
    expect(inside.status).toBe(0);
    expect(inside.stdout).toBe(rlp(['status', '--no-color'], { cwd: dir }).stdout);
    expect(inside.stdout).not.toContain('rlp init');
  });
  it('outside any portfolio: exit 2 and says so, as check does', () => {
    const outside = tempDir();
    const r = rlp(['status'], { cwd: outside });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(rlp(['check'], { cwd: outside }).stderr);
  });
});
