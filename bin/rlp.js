#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/ by `npm run build` (run on install).
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('rlp is nog niet gebouwd: voer eerst `npm install` of `npm run build` uit.\n');
  } else {
    process.stderr.write(`rlp: interne fout: ${error && error.message ? error.message : error}\n`);
  }
  process.exitCode = 2;
});
