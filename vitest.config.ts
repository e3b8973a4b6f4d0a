import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM helper without types
import { viteYaml } from './scripts/yaml-plugin.mjs';

export default defineConfig({
  plugins: [viteYaml],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    pool: 'forks',
  },
});
