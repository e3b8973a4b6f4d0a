// Preloaded by bench/bench.mjs into the rlp process it measures (`node --require`): reports the
// process's peak resident memory (all threads) on stderr when it ends.
const { isMainThread } = require('node:worker_threads');
if (isMainThread) process.on('exit', () => process.stderr.write(`\nRLP_BENCH_MAXRSS_KB ${process.resourceUsage().maxRSS}\n`));
