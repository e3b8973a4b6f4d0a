#!/usr/bin/env node
// `rlp-pre-commit [map] [opties]`: `rlp check` for the pre-commit hook `rlp` (.pre-commit-hooks.yaml).
// Shows the same report, but a portfolio with findings does not stop the commit (exit status 0
// instead of 1): a draft is unfinished by nature. Only "could not check" (exit status 2: the
// folder does not exist, an unknown option) still stops it, so that a broken hook is noticed.
// The hook `rlp-strict` runs `rlp check` itself and stops commits while there are errors.
'use strict';
const { load } = require('./rlp.js');

let app;
try {
  app = load();
} catch (error) {
  process.stderr.write(`rlp: ${error && error.code === 'ENOENT' ? 'rlp is nog niet gebouwd: voer eerst `npm run build` uit.' : `interne fout: ${error && error.message ? error.message : error}`}\n`);
  process.exitCode = 2;
  return;
}
if (!app.cached) process.once('exit', app.saveCache);
app.exports.main(['check', ...process.argv.slice(2)]).then(
  (code) => {
    process.exitCode = code === 1 ? 0 : code;
  },
  () => {
    process.exitCode = 2;
  },
);
