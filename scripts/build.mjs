// Builds dist/ with esbuild into one self-contained bundle (no resolution of hundreds of small
// modules at run time, and no runtime dependencies: everything rlp uses is inside):
// - dist/cli.cjs: the CLI and the programmatic API, CommonJS, so that bin/rlp.js can compile it
//   with V8's code cache (Node 20 has none for ES modules). Its first line is `//rlp:<sha256>` of
//   the rest: the content key of that cache (bin/rlp.js; the cache itself is per user, never here).
// - dist/index.cjs (require) and dist/index.js (import): the API, thin doors into dist/cli.cjs.
// Then tsc writes the type declarations of the API (dist/index.d.ts and what it imports; tsconfig.build.json).
// `npm pack` runs this (prepack); a git install too. scripts/notices.mjs lists the bundled packages.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

rmSync(join(root, 'dist'), { recursive: true, force: true });
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
const cli = join(root, 'dist', 'cli.cjs');
const body = readFileSync(cli, 'latin1');
writeFileSync(cli, `//rlp:${createHash('sha256').update(body, 'latin1').digest('hex')}\n${body}`, 'latin1');

// The API: every export of src/index.ts, taken from the one bundle (the CLI's own exports stay out).
const { main, serveCohort, ...api } = createRequire(import.meta.url)(cli);
const names = Object.keys(api).sort();
writeFileSync(
  join(root, 'dist', 'index.cjs'),
  `'use strict';\n// The API of rlp-portfolio for require(); the code is in cli.cjs.\nconst { main, serveCohort, ...api } = require('./cli.cjs');\nmodule.exports = api;\n`,
);
writeFileSync(
  join(root, 'dist', 'index.js'),
  `// The API of rlp-portfolio for import; the code is in cli.cjs.\nimport api from './index.cjs';\nexport const { ${names.join(', ')} } = api;\n`,
);

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
