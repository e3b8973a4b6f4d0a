// Embeds `*.yaml` imports as data (the framework under schemas/), for esbuild and for vitest.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** YAML text -> ES module source exporting the parsed data. */
export function yamlToModule(text) {
  return `export default ${JSON.stringify(parse(text))};`;
}

/** esbuild plugin. */
export const esbuildYaml = {
  name: 'yaml',
  setup(build) {
    build.onLoad({ filter: /\.yaml$/ }, (args) => ({ contents: yamlToModule(readFileSync(args.path, 'utf8')), loader: 'js' }));
  },
};

/** Vite/vitest plugin. */
export const viteYaml = {
  name: 'yaml',
  transform(code, id) {
    return id.endsWith('.yaml') ? { code: yamlToModule(code), map: null } : undefined;
  },
};

/** Node module-loader hook (for scripts run with tsx): `node --import ./scripts/yaml-register.mjs`. */
export async function load(url, context, nextLoad) {
  if (url.endsWith('.yaml')) {
    const { fileURLToPath } = await import('node:url');
    return { format: 'module', source: yamlToModule(readFileSync(fileURLToPath(url), 'utf8')), shortCircuit: true };
  }
  return nextLoad(url, context);
}
