// SIGTERM while a huge map runs (issue #12 item 7): how long until the run's FAIL is on disk, until the process
// exits, what is left PROCESSING, and (unless --no-retry) whether `retry` completes the run.
//
//   node_modules/.bin/node bench/cancel-map.mjs chunked-fs|file-system|buffered node|stub N [--delay MS] [--no-retry]
//
// A node task returns the N-item list; the map runs a node function or a stub per item. SIGTERM is sent once the
// first item has run (chunked-fs: its record is in the journal; file-system: in the document; buffered, which
// writes nothing: --delay after the start), plus --delay ms. Every wait has a deadline. BENCH_DIST: another build.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const delay = Number(flag('--delay') ?? 0);
const retry = !args.includes('--no-retry');
const [store, kind, nText] = args.filter((a) => a !== '--no-retry');
const N = Number(nText);
if (!['chunked-fs', 'file-system', 'buffered'].includes(store) || !['node', 'stub'].includes(kind) || !(N > 0)) {
  console.error('usage: bench/cancel-map.mjs chunked-fs|file-system|buffered node|stub N [--delay MS] [--no-retry]');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.join(process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(here, '..', 'dist'), 'cli', 'index.js');
const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cancel-'));
const write = (name, text) => fs.writeFileSync(path.join(cwd, name), text);
write('f.mjs', 'export function gen({ n }) { return Array.from({ length: n }, (_, i) => i); }\nexport function f({ item }) { return item; }\n');
write('c.yaml', `run-log-store:\n  type: ${store}\n`);
write('params.yaml', `n: ${N}\n`);
const item = kind === 'node' ? '            type: task\n            command_type: node\n            command: f.mjs:f\n' : '            type: stub\n';
write(
  'p.yaml',
  'dag:\n  start_at: gen\n  steps:\n    gen:\n      type: task\n      command_type: node\n      command: f.mjs:gen\n      returns:\n        - name: items\n      next: fan\n' +
    '    fan:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n      branch:\n        start_at: s\n        steps:\n          s:\n' +
    item +
    '            next: success\n',
);
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('RUNNABLE_') && k !== 'NODE_OPTIONS'));
const journal = path.join(cwd, '.run_log_store', 'rb', 'Journal.jsonl');
const document = path.join(cwd, '.run_log_store', 'rb.json');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** New complete lines of the journal since the last call. */
let offset = 0;
function newJournalText() {
  try {
    const fd = fs.openSync(journal, 'r');
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(Math.max(0, size - offset));
    fs.readSync(fd, buf, 0, buf.length, offset);
    fs.closeSync(fd);
    const cut = buf.lastIndexOf(0x0a) + 1;
    offset += cut;
    return buf.toString('utf8', 0, cut);
  } catch {
    return '';
  }
}
const itemsRan = () =>
  store === 'chunked-fs' ? newJournalText().includes('"t":"s","parent_branch":"fan.') : /"internal_name": "fan\.\d+\.s"/.test(fs.existsSync(document) ? fs.readFileSync(document, 'utf8') : '');
const runFailed = () => {
  if (store === 'chunked-fs') return /\{"t":"(f"|h","header":\{[^\n]*"status":"FAIL")/.test(newJournalText());
  try {
    const fd = fs.openSync(document, 'r');
    const b = Buffer.alloc(4096);
    const n = fs.readSync(fd, b, 0, b.length, 0);
    fs.closeSync(fd);
    return /"status": "FAIL"/.test(b.toString('utf8', 0, n).split('"steps"')[0]);
  } catch {
    return false;
  }
};

const t0 = Date.now();
const child = spawn(process.execPath, [CLI, 'execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'rb'], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
let exitAt;
let exitCode;
const exited = new Promise((r) => child.on('close', (code, signal) => r(((exitAt = Date.now()), (exitCode = code ?? signal)))));

let started;
while (Date.now() - t0 < 1_800_000 && exitAt === undefined) {
  if (store === 'buffered' ? Date.now() - t0 >= 2000 : itemsRan()) {
    started = Date.now();
    break;
  }
  await sleep(store === 'file-system' ? 200 : 20);
}
if (!started) {
  console.log(JSON.stringify({ store, kind, N, error: 'the items never ran', exitCode, stderr: stderr.slice(-500) }));
  child.kill('SIGKILL');
  process.exit(1);
}
await sleep(delay);
const termAt = Date.now();
child.kill('SIGTERM');
let failAt;
while (store !== 'buffered' && Date.now() - termAt < 600_000 && failAt === undefined) {
  if (runFailed()) failAt = Date.now();
  else if (exitAt !== undefined) break;
  else await sleep(5);
}
const killTimer = setTimeout(() => child.kill('SIGKILL'), Math.max(0, 600_000 - (Date.now() - termAt)));
await exited;
clearTimeout(killTimer);

/** The run log as our CLI reads it (`timeline --json`): status and how many steps and branches are PROCESSING. */
function read() {
  if (store === 'buffered') return undefined;
  const r = spawnSync(process.execPath, ['--max-old-space-size=8000', CLI, 'timeline', 'rb', '-c', 'c.yaml', '--json'], { cwd, env, encoding: 'utf8', maxBuffer: 2 ** 31 - 1, timeout: 600_000 });
  if (r.status !== 0) return { error: r.stderr.slice(-300) };
  const log = JSON.parse(r.stdout);
  let processing = 0;
  let success = 0;
  const walk = (steps) => {
    for (const s of Object.values(steps)) {
      if (s.status === 'PROCESSING') processing++;
      if (s.name === 's' && s.status === 'SUCCESS') success++;
      for (const b of Object.values(s.branches)) {
        if (b.status === 'PROCESSING') processing++;
        walk(b.steps);
      }
    }
  };
  walk(log.steps);
  return { status: log.status, processing, itemsSucceeded: success };
}
const row = { store, kind, N, loadavg: os.loadavg()[0].toFixed(1), itemsRanAfterMs: started - t0, failMs: failAt && failAt - termAt, exitMs: exitAt - termAt, exitCode, afterCancel: read() };
if (retry && store !== 'buffered') {
  const r0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, 'retry', 'rb', '-c', 'c.yaml'], { cwd, env, encoding: 'utf8', timeout: 1_800_000 });
  row.retry = { code: r.status, ms: Date.now() - r0, ...(r.status ? { stderr: r.stderr.slice(-300) } : {}) };
  row.afterRetry = read();
}
if (exitCode !== 130) row.stderr = stderr.slice(-500);
console.log(JSON.stringify(row));
fs.rmSync(cwd, { recursive: true, force: true });
process.exit(0);
