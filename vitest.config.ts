import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM helper without types
import { viteYaml } from './scripts/yaml-plugin.mjs';

/** Test files that replace `node:fs` with `vi.mock`: they need a fresh module graph of their own. */
const MOCKING = ['test/hazards-files.test.ts', 'test/hazards-output.test.ts', 'test/output.test.ts'];
/** Installing rlp from a local npm registry, from git and as a tarball: a minute on its own, so `npm run test:install` (CI runs it). */
const INSTALL = ['test/install.test.ts'];

export default defineConfig({
  plugins: [viteYaml],
  test: {
    // Builds dist/ first when it is older than the sources (the CLI tests spawn bin/rlp.js).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20000,
    // Starting a local npm registry or a browser can take a while on a busy 2-core machine.
    hookTimeout: 120000,
    pool: 'forks',
    // vitest's default on a 2-core machine is one worker; many tests wait on a spawned rlp, so two keep both cores busy.
    maxWorkers: 2,
    // An unknown message id throws instead of showing `rule: id` (src/messages/index.ts).
    env: { RLP_STRICT_MESSAGES: '1' },
    projects: [
      // Most files share one module graph per worker (isolate: false): loading the sources, the
      // schemas and the stemmer once per worker instead of once per file halves `npm test`.
      // A test file must therefore not change shared state it does not restore.
      { extends: true, test: { name: 'rlp', include: ['test/**/*.test.ts'], exclude: [...MOCKING, ...INSTALL], isolate: false } },
      { extends: true, test: { name: 'fs-mocks', include: MOCKING, isolate: true } },
      { extends: true, test: { name: 'install', include: INSTALL, isolate: true } },
    ],
  },
});
