#!/usr/bin/env node
// Launcher of the CLI bundle dist/cli.cjs (built by `npm run build`; `npm pack` runs it).
//
// It compiles the bundle with a V8 code cache: Node 20 keeps no compile cache for modules
// (module.enableCompileCache() came in Node 22.1), and compiling the bundle cold costs more than
// checking a portfolio. The cache lives in the user's own cache folder, never in the package (an
// installed package is often read-only, and a cache made on the build machine would not fit):
//   Linux and others: $XDG_CACHE_HOME/rlp-portfolio, else ~/.cache/rlp-portfolio
//   macOS:            ~/Library/Caches/rlp-portfolio
//   Windows:          %LOCALAPPDATA%\rlp-portfolio\Cache
//   RLP_CACHE_DIR overrides the folder; RLP_CACHE_DIR=off uses no cache at all.
// One file per bundle content (the hash the build writes on the bundle's first line), Node version,
// architecture and V8 flags (execArgv, NODE_OPTIONS), so a cache is only offered where it fits.
// V8 checks it again and refuses a stale one; then a fresh one is written after the run. Files of
// other versions written more than 30 days ago are removed when a new one is written.
// This file is CommonJS (bin/package.json) because starting Node's ES module loader alone costs ~3 ms.
'use strict';
const fs = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const Module = require('node:module');

const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'cli.cjs');
const MONTH_MS = 30 * 24 * 3600 * 1000;

/** The per-user cache folder (see above), or undefined when caching is off or no home is known. */
function cacheDir() {
  const env = process.env;
  if (env.RLP_CACHE_DIR) return env.RLP_CACHE_DIR === 'off' ? undefined : env.RLP_CACHE_DIR;
  let home;
  try {
    home = require('node:os').homedir();
  } catch {}
  if (process.platform === 'win32') {
    const local = env.LOCALAPPDATA || (home && join(home, 'AppData', 'Local'));
    return local ? join(local, 'rlp-portfolio', 'Cache') : undefined;
  }
  if (process.platform === 'darwin' && home) return join(home, 'Library', 'Caches', 'rlp-portfolio');
  // XDG: a relative XDG_CACHE_HOME is invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME && require('node:path').isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : home && join(home, '.cache');
  return xdg ? join(xdg, 'rlp-portfolio') : undefined;
}

/** FNV-1a of a short string, as 8 hex digits (to name the V8 flags in a file name). */
function fnv(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Name of the cache file for this bundle under this Node: content hash, Node version, arch, flags. */
function cacheName(source) {
  // The build writes `//rlp:<sha256 prefix of the rest>` as the first line.
  const head = /^\/\/rlp:([0-9a-f]{16,64})\n/.exec(source.slice(0, 80));
  const hash = head ? head[1].slice(0, 16) : require('node:crypto').createHash('sha256').update(source, 'latin1').digest('hex').slice(0, 16);
  // Options (`--…`) only: `node -e <code>` or `-p` change nothing V8 compiles for the bundle.
  const options = process.execArgv.filter((a) => a.startsWith('--') && !/^--(eval|print|require|import|input-type)\b/.test(a));
  const flags = fnv(`${options.join('\0')}\0${process.env.NODE_OPTIONS || ''}`);
  return `cli-${hash}-node${process.versions.node}-${process.arch}-${flags}.v8`;
}

/**
 * Evaluates the bundle; returns its exports, whether V8 accepted a code cache (`cached`), and
 * `saveCache()`, which writes the code cache of what ran so far to the per-user cache folder
 * (silently nothing when that folder cannot be written).
 */
function load() {
  // esbuild writes ASCII only (non-ASCII is escaped), so latin1 reads it exactly and skips UTF-8 decoding.
  const source = fs.readFileSync(bundle, 'latin1');
  const dir = cacheDir();
  const cacheFile = dir && join(dir, cacheName(source));
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {}
  }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  const cached = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, dist);
  const saveCache = () => {
    if (!cacheFile) return;
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const temp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(temp, cacheFile);
      const now = Date.now();
      for (const name of fs.readdirSync(dir)) {
        if (!name.startsWith('cli-') || join(dir, name) === cacheFile) continue;
        try {
          if (now - fs.statSync(join(dir, name)).mtimeMs > MONTH_MS) fs.unlinkSync(join(dir, name));
        } catch {}
      }
    } catch {}
  };
  return { exports: module.exports, cached, cacheFile, saveCache };
}

module.exports = { load };

if (require.main === module) {
  let app;
  try {
    app = load();
  } catch (error) {
    if (error && error.code === 'ENOENT') process.stderr.write('rlp is nog niet gebouwd: voer eerst `npm run build` uit.\n');
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
