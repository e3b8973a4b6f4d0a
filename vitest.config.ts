import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM helper without types
import { viteYaml } from './scripts/yaml-plugin.mjs';

/** Test files that replace `node:fs` with `vi.mock`: they need a fresh module graph of their own. */
const MOCKING = ['test/hazards-files.test.ts', 'test/hazards-output.test.ts', 'test/output.test.ts'];

export default defineConfig({
  plugins: [viteYaml],
  test: {
    // Builds dist/ first when it is older than the sources (the CLI tests spawn bin/rlp.js).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20000,
    // Starting a local npm registry or a browser can take a while on a busy 2-core machine.
    hookTimeout: 120000,
    pool: 'forks',
    // An unknown message id throws instead of showing `rule: id` (src/messages/index.ts).
    env: { RLP_STRICT_MESSAGES: '1' },
    projects: [
      // Most files share one module graph per worker (isolate: false): loading the sources, the
      // schemas and the stemmer once per worker instead of once per file halves `npm test`.
      // A test file must therefore not change shared state it does not restore.
      { extends: true, test: { name: 'rlp', include: ['test/**/*.test.ts'], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'fs-mocks', include: MOCKING, isolate: true } },
    ],
  },
});
