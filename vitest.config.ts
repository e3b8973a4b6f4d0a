import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM helper without types
import { viteYaml } from './scripts/yaml-plugin.mjs';

export default defineConfig({
  plugins: [viteYaml],
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ first when it is older than the sources (the CLI tests spawn bin/rlp.js).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20000,
    // Starting a local npm registry or a browser can take a while on a busy 2-core machine.
    hookTimeout: 120000,
    pool: 'forks',
    // An unknown message id throws instead of showing `rule: id` (src/messages/index.ts).
    env: { RLP_STRICT_MESSAGES: '1' },
  },
});
