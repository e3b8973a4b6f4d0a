import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM helper without types
import { viteYaml } from './scripts/yaml-plugin.mjs';

export default defineConfig({
  plugins: [viteYaml],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    // Starting a local npm registry or a browser can take a while on a busy 2-core machine.
    hookTimeout: 120000,
    pool: 'forks',
  },
});
