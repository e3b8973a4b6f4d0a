// `prepare` (npm install in a clone, `npm install git+…`, and npm pack): builds dist/ like
// `prepack`, but only when the devDependencies are there and dist/ is older than its sources.
// Why both scripts: `npm pack`/`npm publish` run prepack; a git install does not. npm (pacote)
// installs a git dependency by cloning it, running `npm install` with devDependencies in the
// clone, and then runs only its `prepare` script before packing it. Without devDependencies
// (`npm ci --omit=dev` in a clone) there is nothing to build with: then this says so (on stderr)
// and leaves dist/ as it is, instead of failing the install. `npm pack` runs both scripts; the
// second finds dist/ up to date and does nothing.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
try {
  require.resolve('esbuild');
  require.resolve('yaml');
} catch {
  console.error('rlp: devDependencies ontbreken; dist/ niet gebouwd (draai `npm install` en `npm run build`).');
  process.exit(0);
}

/** Newest modification time (ms) of a file or of any file under a folder. */
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}
const built = join(root, 'dist', 'cli.cjs');
const sources = ['src', 'schemas', 'templates', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.build.json'].map((p) => join(root, p));
if (existsSync(built) && existsSync(join(root, 'dist', 'index.d.ts')) && statSync(built).mtimeMs > Math.max(...sources.filter(existsSync).map(newest))) process.exit(0);
await import('./build.mjs');
