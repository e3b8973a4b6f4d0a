/**
 * Starting headless Chromium for the HTML report's browser tests and screenshots: the Debian
 * `chromium` package at /usr/bin/chromium, or the browser named by RLP_CHROMIUM, driven by
 * playwright-core, with a fresh profile and everything that would reach the network turned off.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the browser is looked for. */
export const browserPath = process.env.RLP_CHROMIUM ?? '/usr/bin/chromium';

/** Chromium's flags: headless, no sandbox (containers, root), no GPU, and no traffic of its own. */
export const browserArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Starts the browser with a fresh profile. Resolves to `{ context, close }`, or to `{ why }` (a
 * sentence) when there is no browser or it does not start.
 */
export async function launchBrowser() {
  if (!existsSync(browserPath)) return { why: `no browser at ${browserPath} (install the Debian package chromium, or set RLP_CHROMIUM)` };
  const profile = mkdtempSync(join(tmpdir(), 'rlp-chromium-'));
  try {
    const { chromium } = await import('playwright-core');
    const context = await chromium.launchPersistentContext(profile, { executablePath: browserPath, headless: true, args: browserArgs, timeout: 30000 });
    return {
      context,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    return { why: `the browser at ${browserPath} did not start: ${String(error?.message ?? error).split('\n')[0]}` };
  }
}
