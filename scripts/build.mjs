// Builds dist/ with esbuild, each entry one self-contained file (no resolution of hundreds of small
// modules at run time):
// - dist/index.js: the programmatic API, ESM;
// - dist/cli.cjs: the CLI, CommonJS, so that bin/rlp.js can compile it with V8's code cache
//   (Node 20 has none for ES modules); dist/cli.cache is that cache, made here by a warm-up run.
// Then tsc writes the type declarations of the API (dist/index.d.ts and what it imports; tsconfig.build.json).
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildYaml } from './yaml-plugin.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  charset: 'ascii', // bin/rlp.js reads dist/cli.cjs as latin1
  logLevel: 'warning',
  plugins: [esbuildYaml],
};
const esm = {
  ...common,
  format: 'esm',
  // A few dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __rlpCreateRequire } from 'node:module'; const require = __rlpCreateRequire(import.meta.url);" },
};

// The template paragraphs (text a candidate left unchanged) are computed once here, not on every run.
const probe = join(root, 'dist', '.templates.mjs');
await build({ ...esm, entryPoints: ['src/load/templates.ts'], outfile: probe });
const templateText = (await import(`${new URL(`file://${probe}`).href}`)).readTemplateParagraphs();
rmSync(probe);
const define = { RLP_VERSION: JSON.stringify(pkg.version), RLP_TEMPLATE_TEXT: JSON.stringify(templateText) };

rmSync(join(root, 'dist', 'cli.cache'), { force: true });
await build({ ...esm, entryPoints: { index: 'src/index.ts' }, outdir: 'dist', define });
await build({
  ...common,
  entryPoints: { cli: 'src/bin.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // Less to read and parse at every start; identifiers are kept, so stack traces (RLP_DEBUG=1) stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  define: { ...define, 'import.meta.url': '__rlpModuleUrl' },
  banner: { js: "const __rlpModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// Warm-up: run `rlp check` as users do (an unfinished portfolio, laid out from templates/, and the
// example), then save V8's code cache of what it compiled. Other commands compile on demand.
const scratch = mkdtempSync(join(tmpdir(), 'rlp-build-'));
cpSync(join(root, 'templates'), scratch, { recursive: true });
const example = join(root, 'fixtures', 'voorbeeld');
const runs = [['check', scratch], ['check', scratch, '--format', 'json', '--lang', 'en']];
if (existsSync(example)) runs.push(['check', example], ['check', example, '--format', 'json']);
const warm = `const app = require(${JSON.stringify(join(root, 'bin', 'rlp.js'))}).load();
(async () => { for (const argv of ${JSON.stringify(runs)}) await app.exports.main(argv); app.saveCache(); })();`;
const result = spawnSync(process.execPath, ['-e', warm], { stdio: ['ignore', 'ignore', 'inherit'] });
rmSync(scratch, { recursive: true, force: true });
if (result.status !== 0) console.warn('rlp build: warm-up failed; rlp works, but its first run compiles from scratch.');

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
