#!/usr/bin/env node
/**
 * The benchmark suite (`npm run bench`, or `node bench/run.mjs [name...]`). Each benchmark runs our CLI and,
 * in the same run, its floor: the same number of `sh -c true` spawns from Node (at the same concurrency as
 * our runner) plus one `node -e ''` start-up. Prints medians of several runs, the ratio to the floor and
 * peak RSS (GNU time). These are measurements, not tests: nothing here fails on a slow machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_DIST=/other/dist compares another build (A/B) with the same harness.
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(REPO, 'dist');
const CLI = path.join(DIST, 'cli/index.js');
const ACTION = path.join(DIST, 'index.js');
// One folder per invocation: two benchmark runs at once (A/B, several users of one machine) never clash.
const WORK = path.join(REPO, '.bench-work', `run-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
const NODE = process.execPath;
const WORKERS = availableParallelism();
const REPS = Number(process.env.BENCH_REPS ?? 5);
const HAVE_TIME = existsSync('/usr/bin/time');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function fresh(name) {
  const dir = path.join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs a command, returns wall ms and peak RSS (MB) of the process. */
function timed(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const useTime = HAVE_TIME && opts.rss !== false;
    const child = useTime
      ? spawn('/usr/bin/time', ['-f', '__RSS__%M %U %S', cmd, ...args], { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] })
      : spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const m = /__RSS__(\d+) ([\d.]+) ([\d.]+)/.exec(err);
      if (code !== 0 && !opts.allowFail) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${err.slice(-2000)}`));
      // cpuMs (user + system of the process and its children): less sensitive to a busy machine than the wall.
      resolve({ ms, rssMb: m ? Number(m[1]) / 1024 : undefined, cpuMs: m ? (Number(m[2]) + Number(m[3])) * 1000 : undefined });
    });
  });
}

/**
 * The floor: `n` spawns of `sh -c true` from this Node process at `concurrency`, awaited to close. `asStep`:
 * spawned as a step must be (output through pipes for masking and the log, its own process group for
 * cancellation) — a reference printed beside the floor, not the floor.
 */
async function spawnFloor(n, concurrency = 1, asStep = false) {
  const opts = asStep ? { stdio: ['ignore', 'pipe', 'pipe'], detached: true } : { stdio: 'ignore' };
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) {
        next++;
        await new Promise((res, rej) => {
          const c = spawn('/bin/sh', ['-c', 'true'], opts);
          c.stdout?.resume();
          c.stderr?.resume();
          c.on('error', rej);
          c.on('close', res);
        });
      }
    }),
  );
  return performance.now() - t0;
}
/** The same spawns as a step needs them (median of REPS), for the notes of the shell rows. */
async function stepSpawns(n, concurrency) {
  const xs = [];
  for (let r = 0; r < REPS; r++) xs.push(await spawnFloor(n, concurrency, true));
  return median(xs);
}
const stepNote = (ms, f) => `a step's spawn (pipes, own process group) from a bare node: ${ms.toFixed(0)} ms for those spawns = ${(ms / f.spawns).toFixed(2)}× the floor's`;

async function nodeStart() {
  return (await timed(NODE, ['-e', ''], { rss: false })).ms;
}

const CHUNKED = 'pipeline-executor:\n  type: local\nrun-log-store:\n  type: chunked-fs\ncatalog:\n  type: file-system\nsecrets:\n  type: env-secrets\n';

function chainYaml(n) {
  let y = 'dag:\n  start_at: step_01\n  steps:\n';
  for (let i = 1; i <= n; i++) {
    const name = `step_${String(i).padStart(2, '0')}`;
    const next = i === n ? 'success' : `step_${String(i + 1).padStart(2, '0')}`;
    y += `    ${name}:\n      type: task\n      command_type: shell\n      command: "true"\n      next: ${next}\n`;
  }
  return y;
}

const NODE_MAP_YAML = 'dag:\n  start_at: m\n  steps:\n    m:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n      branch:\n        start_at: f\n        steps:\n          f:\n            type: task\n            command_type: node\n            command: fns.mjs:inc\n            returns: [{name: out}]\n            next: success\n';
const BRANCH = 'branch: &branch\n  start_at: item_step\n  steps:\n    item_step:\n      type: task\n      command_type: shell\n      command: "true"\n      next: success\n';
const mapYaml = () => `${BRANCH}\ndag:\n  start_at: map_items\n  steps:\n    map_items:\n      type: map\n      branch: *branch\n      iterate_on: items\n      iterate_as: item\n      next: success\n`;
function parallelYaml(n) {
  let y = `${BRANCH}\ndag:\n  start_at: fan_out\n  steps:\n    fan_out:\n      type: parallel\n      next: success\n      branches:\n`;
  for (let i = 1; i <= n; i++) y += `        branch_${String(i).padStart(2, '0')}: *branch\n`;
  return y;
}

/** Runs our CLI `REPS` times in fresh dirs; returns median ms and max RSS. */
async function ours(name, files, args) {
  const times = [];
  let rss = 0;
  for (let r = 0; r < REPS; r++) {
    const dir = fresh(`${name}-${r}`);
    for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
    const res = await timed(NODE, [CLI, ...args], { cwd: dir });
    times.push(res.ms);
    rss = Math.max(rss, res.rssMb ?? 0);
  }
  return { ms: median(times), rssMb: rss || undefined, dir: path.join(WORK, `${name}-0`) };
}

async function floor(n, concurrency) {
  const starts = [];
  const spawns = [];
  for (let r = 0; r < REPS; r++) {
    starts.push(await nodeStart());
    spawns.push(await spawnFloor(n, concurrency));
  }
  return { ms: median(starts) + median(spawns), start: median(starts), spawns: median(spawns) };
}

function countFiles(dir) {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

const results = [];
function report(row) {
  row.load = loadavg()[0];
  results.push(row);
  const ratio = row.floorMs ? (row.ms / row.floorMs).toFixed(2) + '×' : '–';
  const verdict = row.met === undefined ? '' : row.met ? 'MET ' : 'MISS';
  console.log(
    `${verdict} ${row.name.padEnd(30)} ours ${row.ms.toFixed(0).padStart(7)} ms   floor ${row.floorMs ? row.floorMs.toFixed(0).padStart(7) + ' ms' : '      –   '}   ratio ${ratio.padStart(6)}   budget ${row.budget ?? '–'}   ${row.rssMb ? `rss ${row.rssMb.toFixed(0)} MB` : ''} ${row.note ?? ''}`,
  );
}

/** Fixed cost of one run (start-up, parse, store setup, git identity, finalize): a map over 1 item. */
let fixedCost;
async function fixed() {
  if (fixedCost === undefined) {
    const o = await ours('map1', { 'p.yaml': mapYaml(), 'c.yaml': CHUNKED, 'params.yaml': JSON.stringify({ items: [0] }) }, ['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml']);
    fixedCost = o.ms;
  }
  return fixedCost;
}
/** Per-item cost of a map of n items: (wall − one-item run) / (n − 1). */
let perItem200;

// ---------------------------------------------------------------------------------------------------------
// Python benchmarks: a function whose module imports pandas (Debian's python3-pandas), run by Debian's python3.
const DEBIAN_PY = process.env.BENCH_PYTHON ?? '/usr/bin/python3';
const RUNNABLE_PEER = process.env.BENCH_RUNNABLE ?? '/work/peers/venv/bin/runnable';
const PEER_REPS = Number(process.env.BENCH_PEER_REPS ?? Math.min(REPS, 3));
let pandasMissing;
/** Why the python benchmarks cannot run here, or undefined. */
function pythonSkip() {
  if (pandasMissing === undefined) {
    const r = spawnSync(DEBIAN_PY, ['-c', 'import pandas'], { encoding: 'utf8' });
    pandasMissing = r.status === 0 ? '' : `${DEBIAN_PY} cannot import pandas (apt-get install python3-pandas): ${(r.stderr || r.error?.message || '').trim().split('\n').pop()}`;
  }
  return pandasMissing || undefined;
}
const PD_MODULE = 'import pandas as pd\n\n\ndef double(item):\n    return int(pd.Series([item]).sum()) * 2\n\n\ndef step(x=1):\n    return int(pd.Series([x]).sum())\n';
const PY_BRANCH = 'branch: &branch\n  start_at: item_step\n  steps:\n    item_step:\n      type: task\n      command_type: python\n      command: bench_fns.double\n      returns: [{name: out}]\n      next: success\n';
const pyMapYaml = () => `${PY_BRANCH}\ndag:\n  start_at: map_items\n  steps:\n    map_items:\n      type: map\n      branch: *branch\n      iterate_on: items\n      iterate_as: item\n      next: success\n`;
function pyChainYaml(n) {
  let y = 'dag:\n  start_at: step_01\n  steps:\n';
  for (let i = 1; i <= n; i++) {
    const name = `step_${String(i).padStart(2, '0')}`;
    const next = i === n ? 'success' : `step_${String(i + 1).padStart(2, '0')}`;
    y += `    ${name}:\n      type: task\n      command_type: python\n      command: bench_fns.step\n      next: ${next}\n`;
  }
  return y;
}
const pyEnv = () => ({ ...process.env, RUNNABLE_PYTHON: DEBIAN_PY });
/** A python map of n items with our CLI: the median of REPS runs (fewer for big maps). */
async function pyMap(name, n, reps = REPS, extraEnv = {}) {
  const times = [];
  let rss = 0;
  for (let r = 0; r < reps; r++) {
    const dir = fresh(`${name}-${r}`);
    writeFileSync(path.join(dir, 'bench_fns.py'), PD_MODULE);
    writeFileSync(path.join(dir, 'p.yaml'), pyMapYaml());
    writeFileSync(path.join(dir, 'c.yaml'), CHUNKED);
    writeFileSync(path.join(dir, 'params.yaml'), JSON.stringify({ items: Array.from({ length: n }, (_, i) => i) }));
    const res = await timed(NODE, [CLI, 'execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml'], { cwd: dir, env: { ...pyEnv(), ...extraEnv } });
    times.push(res.ms);
    rss = Math.max(rss, res.rssMb ?? 0);
  }
  return { ms: median(times), rssMb: rss || undefined };
}
/**
 * The python floor, measured by the same interpreter: its start, `import pandas`, and `n` forks of that warm
 * interpreter at `concurrency` (each child exits at once; the parent waits for them all).
 */
async function pyFloor(n, concurrency, call = false) {
  // call: each child also calls the benchmark's function once (the module imported before the forks) — the
  // least any fork-per-task design pays: what the first call costs in a child, copy-on-write faults included.
  const script = `import json, os, sys, time
t0 = time.perf_counter()
import pandas
t1 = time.perf_counter()
n, c, call = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1"
if call:
    import gc
    sys.path.insert(0, sys.argv[4])
    import bench_fns
    gc.freeze()
running = started = 0
while started < n or running:
    while running < c and started < n:
        if os.fork() == 0:
            if call:
                bench_fns.double(started)
            os._exit(0)
        running += 1
        started += 1
    os.wait()
    running -= 1
t2 = time.perf_counter()
print(json.dumps({"import": (t1 - t0) * 1000, "forks": (t2 - t1) * 1000}))`;
  let dir = '';
  if (call) {
    dir = fresh('pyideal');
    writeFileSync(path.join(dir, 'bench_fns.py'), PD_MODULE);
  }
  const rows = [];
  for (let r = 0; r < REPS; r++) {
    const t0 = performance.now();
    const out = spawnSync(DEBIAN_PY, ['-c', script, String(n), String(concurrency), call ? '1' : '0', dir], { encoding: 'utf8' });
    const wall = performance.now() - t0;
    const m = JSON.parse(out.stdout);
    rows.push({ wall, import: m.import, forks: m.forks, start: wall - m.import - m.forks });
  }
  const pick = (k) => median(rows.map((x) => x[k]));
  return { wall: pick('wall'), import: pick('import'), forks: pick('forks'), start: pick('start') };
}
/** runnable (the peer, installed outside this repository: bench/README.md) on the same files; undefined when absent. */
async function peer(name, files, args, reps = REPS) {
  if (!existsSync(RUNNABLE_PEER)) return undefined;
  const times = [];
  for (let r = 0; r < reps; r++) {
    const dir = fresh(`peer-${name}-${r}`);
    for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
    times.push((await timed(RUNNABLE_PEER, ['execute', ...args], { cwd: dir, rss: false })).ms);
  }
  return median(times);
}
const peerNote = (ms, oursMs) => (ms === undefined ? `runnable: not installed at ${RUNNABLE_PEER}` : `runnable ${ms.toFixed(0)} ms = ${(ms / oursMs).toFixed(1)}× ours`);
let pyPerItem200;
let pyFixed;
async function pyFixedCost() {
  pyFixed ??= (await pyMap('pymap1', 1)).ms;
  return pyFixed;
}

const BENCHES = {
  async chain_50() {
    const o = await ours('chain50', { 'p.yaml': chainYaml(50), 'c.yaml': CHUNKED }, ['execute', '-f', 'p.yaml', '-c', 'c.yaml']);
    const f = await floor(50, 1);
    const asStep = await stepSpawns(50, 1);
    report({ name: '1. chain of 50 shell steps', ms: o.ms, floorMs: f.ms, met: o.ms <= 1.5 * f.ms, rssMb: o.rssMb, budget: '≤ 1.5×', note: `(floor: start ${f.start.toFixed(0)} + 50 spawns ${f.spawns.toFixed(0)} ms; ${stepNote(asStep, f)})` });
  },
  async map_200() {
    const items = { items: Array.from({ length: 200 }, (_, i) => i) };
    const o = await ours('map200', { 'p.yaml': mapYaml(), 'c.yaml': CHUNKED, 'params.yaml': JSON.stringify(items) }, ['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml']);
    const f = await floor(200, WORKERS);
    const asStep = await stepSpawns(200, WORKERS);
    const store = countFiles(path.join(o.dir, '.run_log_store'));
    perItem200 = (o.ms - (await fixed())) / 199;
    report({ name: '2. map over 200 items', ms: o.ms, floorMs: f.ms, met: o.ms <= 1.5 * f.ms, rssMb: o.rssMb, budget: '≤ 1.5×', note: `(floor at concurrency ${WORKERS}; ${perItem200.toFixed(2)} ms/item beyond a 1-item run of ${fixedCost.toFixed(0)} ms; ${stepNote(asStep, f)}; run log ${store.files} files / ${(store.bytes / 1024).toFixed(0)} KiB)` });
    return o.ms;
  },
  async map_10000() {
    const n = Number(process.env.BENCH_MAP_N ?? 10000);
    const items = { items: Array.from({ length: n }, (_, i) => i) };
    const dir = fresh('map10k');
    writeFileSync(path.join(dir, 'p.yaml'), mapYaml());
    writeFileSync(path.join(dir, 'c.yaml'), CHUNKED);
    writeFileSync(path.join(dir, 'params.yaml'), JSON.stringify(items));
    const o = await timed(NODE, [CLI, 'execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml'], { cwd: dir });
    const f = await spawnFloor(n, WORKERS);
    const store = countFiles(path.join(dir, '.run_log_store'));
    const per = (o.ms - (await fixed())) / (n - 1);
    const ref = perItem200;
    const ok = ref !== undefined && per <= 1.2 * ref && (o.rssMb ?? 0) <= 150;
    report({
      name: `3. map over ${n} items`,
      ms: o.ms,
      floorMs: f + (await nodeStart()),
      met: ref === undefined ? undefined : ok,
      rssMb: o.rssMb,
      budget: 'per item ≤ 1.2× (2); RSS ≤ 150 MB',
      note: `(${per.toFixed(2)} ms/item vs ${ref === undefined ? '? (run map_200 too)' : ref.toFixed(2)} for (2) = ${ref ? (per / ref).toFixed(2) + '×' : '?'}; run log ${(store.files / n).toFixed(2)} files and ${(store.bytes / n / 1024).toFixed(1)} KiB per item, ${(store.bytes / 1048576).toFixed(1)} MiB in all; 1 rep)`,
    });
  },
  async parallel_20() {
    const o = await ours('par20', { 'p.yaml': parallelYaml(20), 'c.yaml': CHUNKED }, ['execute', '-f', 'p.yaml', '-c', 'c.yaml']);
    const f = await floor(20, WORKERS);
    const asStep = await stepSpawns(20, WORKERS);
    report({ name: '4. parallel with 20 branches', ms: o.ms, floorMs: f.ms, met: o.ms <= 1.5 * f.ms, rssMb: o.rssMb, budget: '≤ 1.5×', note: `(${stepNote(asStep, f)})` });
  },
  async compile_1000() {
    if (!existsSync(path.join(REPO, 'src/argo/compile.ts'))) return console.log('5. compile: skipped (no Argo compiler in this tree)');
    // Nested: 10 parallels × (5 branches × (a map with 4 steps + 14 steps)) + chain ≈ 1,000 nodes.
    let branch = 'start_at: s0\n  steps:\n';
    const steps = (indent, n, last = 'success') => {
      let y = '';
      for (let i = 0; i < n; i++) y += `${indent}s${i}:\n${indent}  type: task\n${indent}  command_type: shell\n${indent}  command: "true"\n${indent}  next: ${i === n - 1 ? last : `s${i + 1}`}\n`;
      return y;
    };
    let y = 'dag:\n  start_at: p0\n  steps:\n';
    for (let p = 0; p < 10; p++) {
      y += `    p${p}:\n      type: parallel\n      next: ${p === 9 ? 'success' : `p${p + 1}`}\n      branches:\n`;
      for (let b = 0; b < 5; b++) {
        y += `        b${b}:\n          start_at: m\n          steps:\n            m:\n              type: map\n              iterate_on: items\n              iterate_as: item\n              next: s0\n              branch:\n                start_at: s0\n                steps:\n${steps('                  ', 4)}${steps('            ', 14)}`;
      }
    }
    void branch;
    // The run log and catalog live on the PVC every pod mounts at /mnt (the compiler refuses anything else).
    const cfg = 'pipeline-executor:\n  type: argo\n  config:\n    pvc_for_runnable: runnable\n    defaults:\n      image: runnable:bench\n    argoWorkflow:\n      metadata:\n        generateName: bench-\n      spec: {}\nrun-log-store:\n  type: chunked-fs\n  config:\n    log_folder: /mnt/run_log_store\ncatalog:\n  type: file-system\n  config:\n    catalog_location: /mnt/catalog\n';
    const times = [];
    const sizes = {};
    for (const n of [10, 10000]) {
      const dir = fresh(`compile${n}`);
      writeFileSync(path.join(dir, 'p.yaml'), y);
      writeFileSync(path.join(dir, 'c.yaml'), cfg);
      writeFileSync(path.join(dir, 'params.yaml'), JSON.stringify({ items: Array.from({ length: n }, (_, i) => i) }));
      for (let r = 0; r < REPS; r++) times.push((await timed(NODE, [CLI, 'compile', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '-o', 'wf.yaml'], { cwd: dir, rss: false })).ms);
      sizes[n] = statSync(path.join(dir, 'wf.yaml')).size;
    }
    const start = median(await Promise.all([nodeStart(), nodeStart(), nodeStart()]));
    report({ name: '5. compile 1,000 nodes to Argo', ms: median(times), floorMs: start, met: median(times) - start <= 100 && sizes[10] === sizes[10000], budget: '≤ start + 100 ms', note: `(beyond node start: ${(median(times) - start).toFixed(0)} ms; manifest ${sizes[10]} B with 10 items, ${sizes[10000]} B with 10,000)` });
  },
  async action_cold_start() {
    const dir = fresh('cold');
    writeFileSync(path.join(dir, 'p.yaml'), chainYaml(10));
    const env = { ...process.env, INPUT_COMMAND: 'validate', INPUT_PIPELINE: 'p.yaml', GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'), GITHUB_OUTPUT: path.join(dir, 'out.txt') };
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    writeFileSync(env.GITHUB_OUTPUT, '');
    const times = [];
    for (let r = 0; r < REPS * 2; r++) times.push((await timed(NODE, [ACTION], { cwd: dir, env, rss: false, allowFail: true })).ms);
    const starts = [];
    for (let r = 0; r < REPS * 2; r++) starts.push(await nodeStart());
    report({ name: '6. Action cold start (validate)', ms: median(times), floorMs: median(starts), met: median(times) <= 2 * median(starts), budget: '≤ 2×' });
  },
  async catalog_1000() {
    const dir = fresh('catalog');
    // make: 1,000 files, put; snap: record the catalog's inodes; again: put the same files, unchanged;
    // clear: remove them; read: get them back. A file the second put rewrote has a new inode (writes are
    // temp file + rename), so the bytes of the files whose inode changed are what the second put wrote.
    const put = '      catalog:\n        put: ["files/**"]\n';
    const yaml = `dag:\n  start_at: make\n  steps:\n    make:\n      type: task\n      command_type: shell\n      command: |\n        mkdir -p files && cd files && for i in $(seq 1 1000); do echo "content $i" > f$i.txt; done\n${put}      next: snap\n    snap:\n      type: task\n      command_type: shell\n      command: find .catalog/cat1/files -type f -printf '%i %s %p\\n' | sort > inodes1.txt\n      next: again\n    again:\n      type: task\n      command_type: shell\n      command: "true"\n${put}      next: clear\n    clear:\n      type: task\n      command_type: shell\n      command: rm -rf files\n      next: read\n    read:\n      type: task\n      command_type: shell\n      command: test -f files/f1000.txt\n      catalog:\n        get: ["files/**"]\n      next: success\n`;
    writeFileSync(path.join(dir, 'p.yaml'), yaml);
    writeFileSync(path.join(dir, 'c.yaml'), CHUNKED);
    const o = await timed(NODE, [CLI, 'execute', '-f', 'p.yaml', '-c', 'c.yaml', '--run-id', 'cat1'], { cwd: dir });
    // Second put: bytes rewritten.
    const before = new Map(
      readFileSync(path.join(dir, 'inodes1.txt'), 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const [ino, size, p] = l.split(' ');
          return [p, { ino, size: Number(size) }];
        }),
    );
    let rewritten = 0;
    for (const [p, b] of before) {
      const st = statSync(path.join(dir, p));
      if (String(st.ino) !== b.ino) rewritten += st.size;
    }
    // Same shape without catalog: the difference is what put + put + get cost; "again" is timed apart.
    const noCatalog = yaml.replaceAll(put, '').replace('      catalog:\n        get: ["files/**"]\n', '').replace('test -f files/f1000.txt', '"true"');
    writeFileSync(path.join(dir, 'p2.yaml'), noCatalog);
    // The figure is a difference of two runs and the floor is ~30 ms: medians of interleaved repetitions
    // (with and without catalog, each in a new run), against the median cp -r out and back.
    const withCat = [o.ms];
    const without = [];
    const floors = [];
    const src = path.join(dir, 'cpsrc');
    mkdirSync(src);
    for (let i = 1; i <= 1000; i++) writeFileSync(path.join(src, `f${i}.txt`), `content ${i}\n`);
    for (let r = 0; r < REPS; r++) {
      if (r > 0) withCat.push((await timed(NODE, [CLI, 'execute', '-f', 'p.yaml', '-c', 'c.yaml', '--run-id', `cat1-${r}`], { cwd: dir, rss: false })).ms);
      without.push((await timed(NODE, [CLI, 'execute', '-f', 'p2.yaml', '-c', 'c.yaml', '--run-id', `cat2-${r}`], { cwd: dir, rss: false })).ms);
      // cp -r floor: the same files out and back.
      rmSync(path.join(dir, 'cpdst'), { recursive: true, force: true });
      rmSync(path.join(dir, 'cpback'), { recursive: true, force: true });
      const cp1 = await timed('cp', ['-r', src, path.join(dir, 'cpdst')], { rss: false });
      const cp2 = await timed('cp', ['-r', path.join(dir, 'cpdst'), path.join(dir, 'cpback')], { rss: false });
      floors.push(cp1.ms + cp2.ms);
    }
    const base = { ms: median(without) };
    const ms = median(withCat) - base.ms;
    const floorMs = median(floors);
    o.ms = median(withCat);
    report({
      name: '7. catalog put+get 1,000 files',
      ms,
      floorMs,
      met: ms <= 2 * floorMs && rewritten === 0,
      budget: '≤ 2× cp -r; 2nd put 0 B',
      note: `(run with catalog ${o.ms.toFixed(0)} ms − without ${base.ms.toFixed(0)} ms, includes a second put of the unchanged files; second put rewrote ${rewritten} bytes of ${before.size} files)`,
    });
  },
  async python_map_200() {
    const skip = pythonSkip();
    if (skip) return console.log(`9. python map 200: skipped (${skip})`);
    const o = await pyMap('pymap200', 200);
    const f = await pyFloor(200, WORKERS);
    const ideal = (await pyFloor(200, WORKERS, true)).forks / 200;
    pyPerItem200 = (o.ms - (await pyFixedCost())) / 199;
    const forkPerItem = f.forks / 200;
    const files = { 'bench_fns.py': PD_MODULE, 'p.yaml': pyMapYaml(), 'c.yaml': CHUNKED, 'params.yaml': JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => i) }) };
    const theirs = await peer('pymap200', files, ['p.yaml', '-c', 'c.yaml', '-p', 'params.yaml'], PEER_REPS);
    // BENCH_PY_COLD=1: also the same map with a fresh interpreter per task (RUNNABLE_PYTHON_WARM=0, as before warm workers).
    const cold = process.env.BENCH_PY_COLD === '1' ? await pyMap('pymap200cold', 200, 1, { RUNNABLE_PYTHON_WARM: '0' }) : undefined;
    report({
      name: '9. python map 200 (pandas), per item',
      ms: pyPerItem200,
      floorMs: forkPerItem,
      met: pyPerItem200 <= 2 * forkPerItem && (theirs === undefined || theirs >= 3 * o.ms),
      rssMb: o.rssMb,
      budget: 'per item ≤ 2× a warm fork; ≥ 3× faster than runnable',
      note: `(wall ${o.ms.toFixed(0)} ms; ${pyPerItem200.toFixed(2)} ms/item beyond a 1-item run of ${pyFixed.toFixed(0)} ms; floor: a fork of a warm interpreter ${forkPerItem.toFixed(2)} ms/item at concurrency ${WORKERS}; a fork that also calls the function once, nothing else: ${ideal.toFixed(2)} ms/item = ${(ideal / forkPerItem).toFixed(2)}× the fork, ours = ${(pyPerItem200 / ideal).toFixed(2)}× that; python start ${f.start.toFixed(0)} ms + import pandas ${f.import.toFixed(0)} ms; ${peerNote(theirs, o.ms)}${cold ? `; cold (RUNNABLE_PYTHON_WARM=0) ${cold.ms.toFixed(0)} ms = ${(cold.ms / o.ms).toFixed(1)}× warm` : ''})`,
    });
  },
  async python_map_2000() {
    const skip = pythonSkip();
    if (skip) return console.log(`10. python map 2,000: skipped (${skip})`);
    const o = await pyMap('pymap2000', 2000, 1);
    const per = (o.ms - (await pyFixedCost())) / 1999;
    const ref = pyPerItem200;
    report({
      name: '10. python map over 2,000',
      ms: o.ms,
      met: ref === undefined ? undefined : per <= 1.2 * ref && (o.rssMb ?? 0) <= 300,
      rssMb: o.rssMb,
      budget: 'per item ≤ 1.2× (9); RSS ≤ 300 MB',
      note: `(${per.toFixed(2)} ms/item vs ${ref === undefined ? '? (run python_map_200 too)' : `${ref.toFixed(2)} = ${(per / ref).toFixed(2)}×`}; 1 rep)`,
    });
  },
  async python_chain_50() {
    const skip = pythonSkip();
    if (skip) return console.log(`11. python chain 50: skipped (${skip})`);
    const times = [];
    for (let r = 0; r < REPS; r++) {
      const dir = fresh(`pychain-${r}`);
      writeFileSync(path.join(dir, 'bench_fns.py'), PD_MODULE);
      writeFileSync(path.join(dir, 'p.yaml'), pyChainYaml(50));
      writeFileSync(path.join(dir, 'c.yaml'), CHUNKED);
      times.push((await timed(NODE, [CLI, 'execute', '-f', 'p.yaml', '-c', 'c.yaml'], { cwd: dir, env: pyEnv(), rss: false })).ms);
    }
    const ms = median(times);
    const f = await pyFloor(50, 1);
    const floorMs = (await nodeStart()) + f.wall;
    let cold = '';
    if (process.env.BENCH_PY_COLD === '1') {
      const dir = fresh('pychain-cold');
      writeFileSync(path.join(dir, 'bench_fns.py'), PD_MODULE);
      writeFileSync(path.join(dir, 'p.yaml'), pyChainYaml(50));
      writeFileSync(path.join(dir, 'c.yaml'), CHUNKED);
      const c = await timed(NODE, [CLI, 'execute', '-f', 'p.yaml', '-c', 'c.yaml'], { cwd: dir, env: { ...pyEnv(), RUNNABLE_PYTHON_WARM: '0' }, rss: false });
      cold = `; cold (RUNNABLE_PYTHON_WARM=0, 1 rep) ${c.ms.toFixed(0)} ms = ${(c.ms / ms).toFixed(1)}× warm`;
    }
    report({ name: '11. chain of 50 python steps', ms, floorMs, met: ms <= 2 * floorMs, budget: '≤ 2× (one import + 50 warm forks)', note: `(floor: node start + python start ${f.start.toFixed(0)} + import pandas ${f.import.toFixed(0)} + 50 forks ${f.forks.toFixed(0)} ms${cold})` });
  },
  async sleep_map_defaults() {
    const files = { 'p.yaml': mapYaml().replace('command: "true"', 'command: "sleep 1"'), 'params.yaml': JSON.stringify({ items: Array.from({ length: 12 }, (_, i) => i) }) };
    const defaults = await ours('sleepdef', files, ['execute', '-f', 'p.yaml', '-p', 'params.yaml']);
    const chunked = await ours('sleepchunk', { ...files, 'c.yaml': CHUNKED }, ['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml']);
    report({ name: '12. 12 × sleep 1, embedded defaults', ms: defaults.ms, floorMs: chunked.ms, met: defaults.ms <= 1.1 * chunked.ms, budget: '≤ 1.1× chunked-fs', note: `(floor = the same map with chunked-fs: ${chunked.ms.toFixed(0)} ms)` });
  },
  async runnable_peer() {
    if (!existsSync(RUNNABLE_PEER)) return console.log(`13. runnable comparison: skipped (no runnable at ${RUNNABLE_PEER}; see bench/README.md)`);
    const chain = await ours('chain50', { 'p.yaml': chainYaml(50), 'c.yaml': CHUNKED }, ['execute', '-f', 'p.yaml', '-c', 'c.yaml']);
    const chainPeer = await peer('chain50', { 'p.yaml': chainYaml(50), 'c.yaml': CHUNKED }, ['p.yaml', '-c', 'c.yaml'], PEER_REPS);
    report({ name: '13a. chain 50 shell vs runnable', ms: chain.ms, note: peerNote(chainPeer, chain.ms) });
    const par = await ours('par20', { 'p.yaml': parallelYaml(20), 'c.yaml': CHUNKED }, ['execute', '-f', 'p.yaml', '-c', 'c.yaml']);
    const parPeer = await peer('par20', { 'p.yaml': parallelYaml(20), 'c.yaml': CHUNKED }, ['p.yaml', '-c', 'c.yaml'], PEER_REPS);
    report({ name: '13b. parallel 20 vs runnable', ms: par.ms, note: peerNote(parPeer, par.ms) });
  },
  async node_map_10000() {
    const dir = fresh('nodemap');
    writeFileSync(path.join(dir, 'fns.mjs'), 'export function inc({ item }) { return item + 1; }\n');
    writeFileSync(path.join(dir, 'p.yaml'), NODE_MAP_YAML);
    writeFileSync(path.join(dir, 'c.yaml'), CHUNKED);
    writeFileSync(path.join(dir, 'params.yaml'), JSON.stringify({ items: Array.from({ length: 10000 }, (_, i) => i) }));
    const o = await timed(NODE, [CLI, 'execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml'], { cwd: dir });
    const store = countFiles(path.join(dir, '.run_log_store'));
    const cat = countFiles(path.join(dir, '.catalog'));
    report({ name: '8. node-function map, 10,000', ms: o.ms, met: o.ms <= 2000, rssMb: o.rssMb, budget: '≤ 2,000 ms', note: `(${((o.ms / 10000) * 1000).toFixed(0)} µs/item incl. start-up, cpu ${o.cpuMs?.toFixed(0) ?? '?'} ms; chunked-fs; run log ${store.files} files / ${(store.bytes / 1048576).toFixed(1)} MiB, catalog ${cat.files} files)` });
  },
  /** The same node map with the embedded defaults (file-system run log: one document rewritten per change, O(N²)). */
  async node_map_defaults() {
    const n = Number(process.env.BENCH_DEFAULTS_N ?? 200);
    const dir = fresh('nodemapdef');
    writeFileSync(path.join(dir, 'fns.mjs'), 'export function inc({ item }) { return item + 1; }\n');
    writeFileSync(path.join(dir, 'p.yaml'), NODE_MAP_YAML);
    writeFileSync(path.join(dir, 'params.yaml'), JSON.stringify({ items: Array.from({ length: n }, (_, i) => i) }));
    const o = await timed(NODE, [CLI, 'execute', '-f', 'p.yaml', '-p', 'params.yaml'], { cwd: dir });
    const store = countFiles(path.join(dir, '.run_log_store'));
    report({ name: `8b. node map ${n}, embedded defaults`, ms: o.ms, rssMb: o.rssMb, note: `(cpu ${o.cpuMs?.toFixed(0) ?? '?'} ms; file-system run log ${(store.bytes / 1048576).toFixed(1)} MiB; BENCH_DEFAULTS_N items)` });
  },
};

const wanted = process.argv.slice(2);
if (!existsSync(CLI)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first');
  process.exit(1);
}
console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}, ${REPS} reps (median), dist ${DIST}`);
console.log(`sh -c true floor (50 sequential spawns): ${(await spawnFloor(50, 1)).toFixed(1)} ms; node -e '' ${(await nodeStart()).toFixed(0)} ms\n`);
for (const [name, fn] of Object.entries(BENCHES)) {
  if (wanted.length && !wanted.some((w) => name.includes(w))) continue;
  try {
    await fn();
  } catch (err) {
    console.log(`${name}: FAILED ${err.message.split('\n').slice(0, 6).join(' | ')}`);
  }
}
console.log(`\nload average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
// A clean table to paste (bench/README.md).
console.log('| benchmark | ours | floor | ratio | budget | status | load |\n| --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const ratio = r.floorMs ? `${(r.ms / r.floorMs).toFixed(2)}×` : '–';
  const status = r.met === undefined ? '–' : r.met ? 'met' : 'miss';
  console.log(`| ${r.name} | ${r.ms.toFixed(r.ms < 20 ? 2 : 0)} ms${r.rssMb ? `, ${r.rssMb.toFixed(0)} MB` : ''} | ${r.floorMs ? `${r.floorMs.toFixed(r.floorMs < 20 ? 2 : 0)} ms` : '–'} | ${ratio} | ${r.budget ?? '–'} | ${status} | ${r.load.toFixed(1)} |`);
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
// BENCH_KEEP=1 keeps this invocation's folders (run logs, catalogs) to look at.
if (process.env.BENCH_KEEP !== '1') rmSync(WORK, { recursive: true, force: true });
else console.log(`\nkept: ${WORK}`);
void cpSync;
void spawnSync;
