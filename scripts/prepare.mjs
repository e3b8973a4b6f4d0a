// `prepare` (npm install in a clone, and `npm install git+…`): builds dist/ like `prepack`, but only
// when the devDependencies are there. Why both scripts: `npm pack`/`npm publish` run prepack; a git
// install does not. npm (pacote) installs a git dependency by cloning it, running `npm install`
// with devDependencies in the clone, and then runs only its `prepare` script before packing it.
// Without devDependencies (`npm ci --omit=dev` in a clone) there is nothing to build with: then
// this says so and leaves dist/ as it is, instead of failing the install.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  require.resolve('esbuild');
  require.resolve('yaml');
} catch {
  console.log('rlp: devDependencies ontbreken; dist/ niet gebouwd (draai `npm install` en `npm run build`).');
  process.exit(0);
}
await import('./build.mjs');
