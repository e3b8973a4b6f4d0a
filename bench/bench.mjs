#!/usr/bin/env node
// `npm run bench`: how fast rlp is, measured as a user runs it (the built bin/rlp.js, a fresh
// process per run), in one run, alternating the commands compared so that drift in the machine's
// load hits all of them alike. Reports medians and ratios against the targets of issue 7:
//   1. `rlp check fixtures/voorbeeld --format json` vs bare `node -e 0`     (target ≤ 1.6 ×)
//   2. the same vs markdownlint-cli2 on the example's Markdown files       (target: faster)
//   3. cohorts of 100, 200 and 500 copies of the example (`rlp check --alle`): wall time,
//      portfolios per second (target ≥ 40/s at 500), peak memory (≤ 300 MB), 500 ≤ 5.5 × 100
//   4. `rlp check --watch`: from a file's change on disk to the finished report, over 200 edits
//      (median ≤ 50 ms), and its memory over 1,000 re-checks (no growth).
//   5. the V8 code cache (issue 14): `rlp check` from an installed copy of the package, writable
//      and read-only (as another user when run as root), from the second run on, against no cache
//      at all and against a first run (empty cache folder); target: read-only within 10 % of writable.
// Options: --rounds N (start-up runs per command, default 30), --cohort-rounds N (default 3),
// --edits N (default 200), --rechecks N (default 1000), --only startup|cohort|watch|cache.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RLP = join(ROOT, 'bin', 'rlp.js');
const EXAMPLE = join(ROOT, 'fixtures', 'voorbeeld');
const MARKDOWNLINT = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const MAXRSS = join(ROOT, 'bench', 'maxrss.cjs');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : args[i + 1];
};
const ROUNDS = Number(option('rounds', 30));
const COHORT_ROUNDS = Number(option('cohort-rounds', 3));
const EDITS = Number(option('edits', 200));
const RECHECKS = Number(option('rechecks', 1000));
const ONLY = option('only', undefined);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const ms = (x) => `${x.toFixed(1)} ms`;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const verdicts = [];
const target = (label, ok, detail) => verdicts.push(`${ok ? '✓' : '✗'} ${label}: ${detail}`);
const shuffle = (xs) => xs.map((x) => [Math.random(), x]).sort((a, b) => a[0] - b[0]).map(([, x]) => x);

/** Wall time of one run of `argv` (ms), stdout and stderr discarded. */
function wall(argv, cwd = ROOT) {
  const start = process.hrtime.bigint();
  spawnSync(argv[0], argv.slice(1), { cwd, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function machine() {
  const cpu = cpus();
  console.log('## Machine\n');
  console.log(`- CPU: ${cpu[0]?.model ?? '?'}, ${cpu.length} cores`);
  console.log(`- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GB; OS: ${platform()} ${release()}`);
  console.log(`- Node.js ${process.version} (V8 ${process.versions.v8})`);
  console.log(`- Load average at start: ${loadavg().map((l) => l.toFixed(2)).join(', ')}\n`);
}

function startup() {
  const markdown = ['motivatie.md', 'ontwikkelplan.md', ...readdirSync(join(EXAMPLE, 'casussen')).map((f) => `casussen/${f}`)].map((f) => join(EXAMPLE, f));
  const words = markdown.reduce((n, f) => n + (readFileSync(f, 'utf8').match(/\S+/g)?.length ?? 0), 0);
  const commands = {
    'node -e 0': [process.execPath, '-e', '0'],
    'rlp check fixtures/voorbeeld --format json': [process.execPath, RLP, 'check', EXAMPLE, '--format', 'json'],
    [`markdownlint-cli2 (${markdown.length} files, ${words} words)`]: [process.execPath, MARKDOWNLINT, ...markdown],
  };
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const argv of Object.values(commands)) for (let i = 0; i < 3; i++) wall(argv); // warm the file cache
  for (let r = 0; r < ROUNDS; r++) for (const name of shuffle(Object.keys(commands))) times[name].push(wall(commands[name]));
  const [node, rlp, lint] = Object.keys(commands).map((k) => median(times[k]));
  console.log(`## Start-up (${ROUNDS} alternating runs each, medians)\n`);
  console.log('| command | median | min | ratio to node -e 0 |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, xs] of Object.entries(times)) console.log(`| ${name} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${(median(xs) / node).toFixed(2)} × |`);
  console.log('');
  target('single portfolio ≤ 1.6 × node -e 0', rlp / node <= 1.6, `${(rlp / node).toFixed(2)} × (${ms(rlp)} vs ${ms(node)})`);
  target('faster than markdownlint-cli2', rlp < lint, `${(lint / rlp).toFixed(2)} × faster (${ms(rlp)} vs ${ms(lint)})`);
}

/** Runs `rlp check --alle dir --format json`; wall time (ms) and peak memory of the process (kB). */
function cohortRun(dir) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', MAXRSS, RLP, 'check', '--alle', dir, '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const time = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = Number(/RLP_BENCH_MAXRSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  if (r.status !== 0) throw new Error(`rlp check --alle ${dir} ended with ${r.status}: ${r.stderr}`);
  return { time, rss };
}

function cohorts(scratch) {
  const sizes = [100, 200, 500];
  for (const n of sizes) {
    for (let i = 1; i <= n; i++) cpSync(EXAMPLE, join(scratch, `cohort-${n}`, `kandidaat-${String(i).padStart(3, '0')}`), { recursive: true });
  }
  const results = Object.fromEntries(sizes.map((n) => [n, []]));
  cohortRun(join(scratch, 'cohort-100')); // warm the file cache
  for (let r = 0; r < COHORT_ROUNDS; r++) for (const n of shuffle(sizes)) results[n].push(cohortRun(join(scratch, `cohort-${n}`)));
  console.log(`## Cohorts (rlp check --alle, copies of the example, ${COHORT_ROUNDS} alternating runs each, medians)\n`);
  console.log('| portfolios | wall | portfolios/s | peak memory |');
  console.log('| ---: | ---: | ---: | ---: |');
  const wallOf = (n) => median(results[n].map((x) => x.time));
  const rssOf = (n) => Math.max(...results[n].map((x) => x.rss));
  for (const n of sizes) console.log(`| ${n} | ${(wallOf(n) / 1000).toFixed(2)} s | ${(n / (wallOf(n) / 1000)).toFixed(0)} | ${mb(rssOf(n))} |`);
  console.log('');
  const rate = 500 / (wallOf(500) / 1000);
  target('500 portfolios ≥ 40/s', rate >= 40, `${rate.toFixed(0)}/s`);
  target('500 portfolios peak memory ≤ 300 MB', rssOf(500) <= 300 * 1024, mb(rssOf(500)));
  target('linear: 500 ≤ 5.5 × 100', wallOf(500) <= 5.5 * wallOf(100), `${(wallOf(500) / wallOf(100)).toFixed(2)} ×`);
}

/** Resident memory of a process (kB), from /proc on Linux; NaN elsewhere. */
function rssOf(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  } catch {
    return NaN;
  }
}

async function watchMode(scratch) {
  const dir = join(scratch, 'watch', 'portfolio');
  cpSync(EXAMPLE, dir, { recursive: true });
  const file = join(dir, 'casussen', 'casus-1.md');
  const original = readFileSync(file, 'utf8');
  const child = spawn(process.execPath, [RLP, 'check', dir, '--watch', '--format', 'json'], { stdio: ['ignore', 'pipe', 'ignore'] });
  // Every report is one JSON document whose last line is a lone `}`.
  let buffer = '';
  let reports = 0;
  let waiting;
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\n}\n')) >= 0) {
      buffer = buffer.slice(end + 3);
      reports++;
      waiting?.(performance.now());
    }
  });
  const nextReport = () => new Promise((resolve) => (waiting = resolve));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 40));
  await nextReport();
  await settle();
  const latencies = [];
  const memory = [];
  for (let edit = 1; edit <= Math.max(EDITS, RECHECKS); edit++) {
    const seen = reports;
    const report = nextReport();
    writeFileSync(file, edit % 2 ? `${original}\nNog een zin erbij, bewerking ${edit}.\n` : original);
    const start = performance.now();
    const end = await report;
    if (edit <= EDITS) latencies.push(end - start);
    await settle();
    if (reports - seen !== 1 && edit <= EDITS) console.log(`(edit ${edit} gave ${reports - seen} reports)`);
    if (edit === 100 || edit % 250 === 0) memory.push([edit, rssOf(child.pid)]);
  }
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  const code = await exited;
  console.log(`## Watch mode (rlp check --watch --format json; ${EDITS} edits of casus-1.md, then up to ${RECHECKS} re-checks)\n`);
  console.log('| change on disk → finished report | median | p90 | min | max |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(`| ${latencies.length} edits | ${ms(median(latencies))} | ${ms(quantile(latencies, 0.9))} | ${ms(Math.min(...latencies))} | ${ms(Math.max(...latencies))} |\n`);
  console.log(`Resident memory of the watching process: ${memory.map(([n, kb]) => `${mb(kb)} after ${n}`).join(', ')}; exit status after Ctrl-C: ${code}.\n`);
  target('watch change-to-report median ≤ 50 ms', median(latencies) <= 50, ms(median(latencies)));
  const [first, last] = [memory[0]?.[1], memory.at(-1)?.[1]];
  target('watch: no memory growth over re-checks', last <= first * 1.1, `${mb(first)} after ${memory[0]?.[0]} → ${mb(last)} after ${memory.at(-1)?.[0]} re-checks`);
}

/** The code cache: installed copies of the package (writable, read-only), per-user cache folders. */
function codeCache(scratch) {
  const asOther = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
  const install = (name) => {
    const dir = join(scratch, name, 'node_modules', 'rlp-portfolio');
    for (const f of ['bin', 'dist', 'schemas', 'templates', 'package.json']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
    return dir;
  };
  const writable = install('writable');
  const readonly = install('readonly');
  spawnSync('chmod', ['-R', 'a-w,a+rX', readonly]);
  const cacheDir = (name) => {
    const dir = join(scratch, `cache-${name}`);
    mkdirSync(dir, { mode: 0o777 });
    chmodSync(dir, 0o777);
    return dir;
  };
  // As root, run everything as "nobody", so that the read-only copy really is read-only.
  const prefix = asOther ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
  const argv = (dir, cache) => ['env', `RLP_CACHE_DIR=${cache}`, ...prefix, process.execPath, join(dir, 'bin', 'rlp.js'), 'check', EXAMPLE, '--format', 'json'];
  const caches = { writable: cacheDir('writable'), readonly: cacheDir('readonly'), first: cacheDir('first') };
  chmodSync(scratch, 0o755);
  const commands = {
    'writable install, second run on': argv(writable, caches.writable),
    'read-only install, second run on': argv(readonly, caches.readonly),
    'no cache (RLP_CACHE_DIR=off)': argv(writable, 'off'),
    'first run (empty cache folder)': argv(writable, caches.first),
  };
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const name of Object.keys(commands).slice(0, 3)) for (let i = 0; i < 3; i++) wall(commands[name]); // warm up; writes the caches
  const written = ['writable', 'readonly'].map((k) => readdirSync(caches[k]).length);
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of shuffle(Object.keys(commands))) {
      if (name.startsWith('first')) {
        rmSync(caches.first, { recursive: true, force: true });
        mkdirSync(caches.first, { mode: 0o777 });
        chmodSync(caches.first, 0o777);
      }
      times[name].push(wall(commands[name]));
    }
  }
  const base = median(times['writable install, second run on']);
  console.log(`## Code cache (${ROUNDS} alternating runs each, medians${asOther ? '; run as user nobody' : ''})\n`);
  console.log('| command | median | min | ratio to writable |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, xs] of Object.entries(times)) console.log(`| ${name} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${(median(xs) / base).toFixed(2)} × |`);
  console.log(`\nCache files written: writable ${written[0]}, read-only ${written[1]}; package folders untouched.\n`);
  const ro = median(times['read-only install, second run on']);
  target('read-only install within 10 % of writable (second run on)', ro <= base * 1.1 && written[1] === 1, `${ms(ro)} vs ${ms(base)} (${((ro / base - 1) * 100).toFixed(1)} %)`);
}

machine();
const scratch = mkdtempSync(join(tmpdir(), 'rlp-bench-'));
try {
  if (!ONLY || ONLY === 'startup') startup();
  if (!ONLY || ONLY === 'cohort') cohorts(scratch);
  if (!ONLY || ONLY === 'watch') await watchMode(scratch);
  if (!ONLY || ONLY === 'cache') codeCache(scratch);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log('## Targets\n');
for (const line of verdicts) console.log(`- ${line}`);
console.log(`\nLoad average at end: ${loadavg().map((l) => l.toFixed(2)).join(', ')}`);
