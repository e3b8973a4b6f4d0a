// Bundles the CLI and the programmatic API into dist/ with esbuild: one self-contained ESM file per entry,
// so `rlp check` starts fast (no resolution of hundreds of small modules at run time). Then tsc writes
// the type declarations of the API (dist/index.d.ts and what it imports; tsconfig.build.json).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { esbuildYaml } from './yaml-plugin.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  define: { RLP_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
  plugins: [esbuildYaml],
  // gray-matter and a few dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __rlpCreateRequire } from 'node:module'; const require = __rlpCreateRequire(import.meta.url);" },
});

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: new URL('..', import.meta.url) });
