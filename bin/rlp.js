#!/usr/bin/env node
// Launcher of the CLI bundle dist/cli.cjs (built by `npm run build`, which runs on install).
//
// It compiles the bundle with V8's code cache (dist/cli.cache): Node 20 keeps no compile cache for
// modules (module.enableCompileCache() came in Node 22.1), and compiling the bundle cold costs
// more than checking a portfolio. The cache is keyed by V8 version and bundle, so a stale one is
// never used; when it is missing or stale (Node was upgraded), one is written after the run
// (if dist/ is writable).
// This file is CommonJS (bin/package.json) because starting Node's ES module loader alone costs ~3 ms.
'use strict';
const { accessSync, constants, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const Module = require('node:module');

const bundle = join(__dirname, '..', 'dist', 'cli.cjs');
const cacheFile = join(__dirname, '..', 'dist', 'cli.cache');

/** Evaluates the bundle; returns its exports and `saveCache()`, which writes the code cache of what ran so far. */
function load() {
  // esbuild writes ASCII only (non-ASCII is escaped), so latin1 reads it exactly and skips UTF-8 decoding.
  const source = readFileSync(bundle, 'latin1');
  const stat = statSync(bundle);
  const key = Buffer.from(`${process.versions.v8}|${stat.size}|${stat.mtimeMs}\n`);
  let cachedData;
  try {
    const cache = readFileSync(cacheFile);
    if (cache.subarray(0, key.length).equals(key)) cachedData = cache.subarray(key.length);
  } catch {}
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, join(__dirname, '..', 'dist'));
  const saveCache = () => {
    try {
      accessSync(join(__dirname, '..', 'dist'), constants.W_OK);
      const temp = `${cacheFile}.${process.pid}`;
      writeFileSync(temp, Buffer.concat([key, script.createCachedData()]));
      renameSync(temp, cacheFile);
    } catch {}
  };
  // A cache V8 refused although made for this V8 and bundle was made under other V8 flags
  // (--cpu-prof …): leave it for the usual runs rather than overwrite it.
  return { exports: module.exports, cached: cachedData !== undefined, saveCache };
}

module.exports = { load };

if (require.main === module) {
  let app;
  try {
    app = load();
  } catch (error) {
    if (error && error.code === 'ENOENT') process.stderr.write('rlp is nog niet gebouwd: voer eerst `npm install` of `npm run build` uit.\n');
    else process.stderr.write(`rlp: interne fout: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
    return;
  }
  if (!app.cached) process.once('exit', app.saveCache);
  app.exports.main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      if (process.env.RLP_DEBUG) process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 2;
    },
  );
}
