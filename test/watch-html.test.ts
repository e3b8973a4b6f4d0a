/** `rlp check --watch --format html -o rapport.html`: the report file stays current while the user writes. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, variant } from './helpers.js';

/** Waits until `test` holds (polling every 50 ms), at most `ms`. */
async function until(test: () => boolean, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

describe('--watch --format html -o', () => {
  it('rewrites the report file after each save, and stops cleanly', async () => {
    const dir = variant();
    const out = join(tempDir(), 'rapport.html');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'rlp.js'), 'check', dir, '--watch', '--format', 'html', '-o', out], { env: { ...process.env, CI: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await until(() => read(out).includes('</html>'));
      const first = read(out);
      expect(first).toContain('Je portfolio voldoet');
      expect(first).toContain('location.reload()');
      expect(first).not.toContain('data-rule="C2/kennisgebieden"');
      const file = join(dir, 'casussen', 'casus-1.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('### Ontwikkeling van de mens', '### Iets anders'));
      await until(() => read(out).includes('data-rule="C2/kennisgebieden"'));
      expect(read(out)).toContain('Nog niet klaar om in te dienen');
      expect(stderr).toContain("Rapport opgeslagen in '");
      expect(stdout).toBe('');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exit).toBe(0);
    expect(readdirSync(dirname(out))).toEqual(['rapport.html']);
  });

  it('does not check again because of its own report file inside the portfolio', async () => {
    const dir = variant();
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'rlp.js'), 'check', '--watch', '--format', 'html', '-o', 'rapport.html'], { cwd: dir, env: { ...process.env, CI: '1' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await until(() => read(join(dir, 'rapport.html')).includes('</html>'));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(stderr.match(/Rapport opgeslagen/g)).toHaveLength(1);
      // A real change is still seen.
      writeFileSync(join(dir, 'motivatie.md'), `${readFileSync(join(dir, 'motivatie.md'), 'utf8')}\nNog een zin.\n`);
      await until(() => (stderr.match(/Rapport opgeslagen/g) ?? []).length === 2);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exit).toBe(0);
  });
});
