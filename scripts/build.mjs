// Bundles the CLI and the programmatic API into dist/ with esbuild: one self-contained ESM file per entry,
// so `rlp check` starts fast (no resolution of hundreds of small modules at run time).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { esbuildYaml } from './yaml-plugin.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [esbuildYaml],
  // gray-matter and a few dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __rlpCreateRequire } from 'node:module'; const require = __rlpCreateRequire(import.meta.url);" },
};

// The template paragraphs (text a candidate left unchanged) are computed once here, not on every run.
const probe = new URL('../dist/.templates.mjs', import.meta.url);
await build({ ...common, entryPoints: ['src/load/templates.ts'], outfile: probe.pathname });
const templateText = (await import(probe.href)).readTemplateParagraphs();
rmSync(probe);

await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
  outdir: 'dist',
  define: { RLP_VERSION: JSON.stringify(pkg.version), RLP_TEMPLATE_TEXT: JSON.stringify(templateText) },
});
