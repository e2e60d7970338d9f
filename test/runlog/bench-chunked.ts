/**
 * Benchmark of the run log stores (chunked-fs by default; STORE=file-system|buffered), not a jest test. Run:
 *   node --expose-gc --experimental-transform-types --no-warnings --import ./test/runlog/ts-hooks.mjs test/runlog/bench-chunked.ts [N]
 * Simulates a map of N items as the executor writes it: per item putBranch, updateBranch (PROCESSING),
 * 3 putStep of the task step, 2 putStep of the branch's success step, updateBranch (SUCCESS + parameter).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BufferedRunLogStore } from '../../src/runlog/buffered.js';
import { ChunkedFsRunLogStore } from '../../src/runlog/chunked-fs.js';
import { FileSystemRunLogStore } from '../../src/runlog/file-system.js';
import type { RunLogStore } from '../../src/runlog/store.js';
import { makeParameter, newStepRecord, nowIso } from '../../src/runlog/model.js';
import type { StepRecord } from '../../src/runlog/model.js';

const N = Number(process.argv[2] ?? 10_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-chunked-'));
// STORE=file-system|buffered benchmarks the other stores (file-system is quadratic: keep N small).
const kind = process.env.STORE ?? 'chunked-fs';
const store: RunLogStore =
  kind === 'file-system' ? new FileSystemRunLogStore({ logFolder: dir }) : kind === 'buffered' ? new BufferedRunLogStore() : new ChunkedFsRunLogStore({ logFolder: dir });
const runId = 'bench';
await store.createRun(
  { run_id: runId, dag_hash: 'h', tag: '', status: 'PROCESSING', job: null, parameters: { items: makeParameter('json', [1, 2]) } },
  { dag: {} },
);
const map = newStepRecord('map_state', 'map_state', 'map');
await store.putStep(runId, map, '');

function attempt(status: 'SUCCESS' | 'PROCESSING', i: number): StepRecord['attempts'][number] {
  return {
    attempt_number: 1, start_time: nowIso(), end_time: nowIso(), status, message: '',
    input_parameters: { item: makeParameter('json', i) }, output_parameters: { doubled: makeParameter('json', 2 * i) },
    user_defined_metrics: {}, retry_indicator: '', code_identities: [],
  };
}

// 0) physical floor on this disk: raw writeFileSync(tmp) + renameSync of the same chunk size.
const sample = JSON.stringify({ parent_branch: '', sequence: 1, step: { ...newStepRecord('probe', 'probe', 'task'), attempts: [attempt('SUCCESS', 1)] } }, null, 2);
let t0 = performance.now();
for (let i = 0; i < 5000; i++) {
  const f = path.join(dir, `raw-${i % 100}.json`);
  fs.writeFileSync(f + '.tmp', sample);
  fs.renameSync(f + '.tmp', f);
}
const floor = ((performance.now() - t0) * 1000) / 5000;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
gc();
const heap0 = process.memoryUsage().heapUsed;
const rss0 = process.memoryUsage().rss;
// 1) raw putStep cost: repeated writes of one existing step (the steady-state write).
const s = newStepRecord('probe', 'probe', 'task');
await store.putStep(runId, s, '');
let t = performance.now();
const W = 5000;
for (let i = 0; i < W; i++) {
  s.attempts = [attempt('SUCCESS', i)];
  await store.putStep(runId, s, '');
}
const perPut = ((performance.now() - t) * 1000) / W;

// 2) full map.
let writes = 0;
t = performance.now();
for (let i = 0; i < N; i++) {
  const b = `map_state.${i}`;
  await store.putBranch(runId, { internal_name: b, status: 'CREATED', parameters: {} }, 'map_state');
  await store.updateBranch(runId, b, (x) => ({ ...x, status: 'PROCESSING' }));
  const step = newStepRecord('inner', `${b}.inner`, 'task');
  await store.putStep(runId, step, b);
  step.status = 'PROCESSING';
  await store.putStep(runId, step, b);
  step.status = 'SUCCESS';
  step.attempts = [attempt('SUCCESS', i)];
  await store.putStep(runId, step, b);
  const succ = newStepRecord('success', `${b}.success`, 'success');
  await store.putStep(runId, succ, b);
  succ.status = 'SUCCESS';
  await store.putStep(runId, succ, b);
  await store.updateBranch(runId, b, (x) => ({ ...x, status: 'SUCCESS', parameters: { doubled: makeParameter('json', 2 * i) } }));
  writes += 8;
}
const total = performance.now() - t;
gc();
const heap1 = process.memoryUsage().heapUsed;
const rssWrite = process.memoryUsage().rss;
t = performance.now();
const log = await store.getRunLog(runId);
const read = performance.now() - t;
const rss = process.memoryUsage().rss;
console.log(JSON.stringify({
  store: kind,
  dir,
  raw_atomic_write_us: +floor.toFixed(1),
  chunk_bytes: sample.length,
  putStep_us: +perPut.toFixed(1),
  items: N,
  writes,
  map_total_ms: Math.round(total),
  us_per_write: +((total * 1000) / writes).toFixed(1),
  retained_heap_growth_mb: +((heap1 - heap0) / 1048576).toFixed(1),
  rss_before_mb: Math.round(rss0 / 1048576),
  rss_after_writes_mb: Math.round(rssWrite / 1048576),
  rss_after_getRunLog_mb: Math.round(rss / 1048576),
  getRunLog_ms: Math.round(read),
  branches: Object.keys(log.steps.map_state!.branches).length,
}));
fs.rmSync(dir, { recursive: true, force: true });
