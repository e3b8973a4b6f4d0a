/**
 * `npm run screenshots`: the two pictures of the HTML report in the README, made from the real
 * report (never by hand): the example portfolio on a desktop (docs/img/rapport-voorbeeld.png) and
 * a failing portfolio on a phone (docs/img/rapport-falend-telefoon.png). Needs a build (the npm
 * script makes one) and headless Chromium (see scripts/browser.mjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'img');

/** What to photograph: folder, file name, viewport, and how much of the page (from the top, px). */
const shots = [
  { folder: 'fixtures/voorbeeld', file: 'rapport-voorbeeld.png', width: 1280, height: 1100 },
  { folder: 'fixtures/defecten/C2-kennisgebieden', file: 'rapport-falend-telefoon.png', width: 390, height: 1300 },
];

const started = await launchBrowser();
if ('why' in started) {
  console.error(`screenshots: ${started.why}`);
  process.exit(1);
}
const temp = mkdtempSync(join(tmpdir(), 'rlp-screenshots-'));
try {
  mkdirSync(out, { recursive: true });
  for (const shot of shots) {
    const html = join(temp, `${shot.file}.html`);
    const made = spawnSync(process.execPath, [join(root, 'bin', 'rlp.js'), 'check', join(root, shot.folder), '--format', 'html', '-o', html], { encoding: 'utf8' });
    if (made.status === 2) throw new Error(made.stderr);
    const page = await started.context.newPage();
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.goto(pathToFileURL(html).href);
    const target = join(out, shot.file);
    await page.screenshot({ path: target, fullPage: false });
    await page.close();
    console.log(`${target.slice(root.length + 1)}: ${shot.width}×${shot.height}, ${Math.round(statSync(target).size / 1024)} kB`);
  }
} finally {
  await started.close();
  rmSync(temp, { recursive: true, force: true });
}
