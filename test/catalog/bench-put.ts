/**
 * Benchmark (not a jest test): catalog put of N small files against `cp -r` of the same tree. Run:
 *   node --experimental-transform-types --no-warnings --import ./test/runlog/ts-hooks.mjs test/catalog/bench-put.ts [N]
 * Reports the median of 5 runs each; `put` includes globbing, sha256 of every file and lineage entries.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileSystemCatalog } from '../../src/catalog/file-system.js';

const N = Number(process.argv[2] ?? 1000);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-put-'));
const work = path.join(root, 'work');
for (let i = 0; i < N; i++) {
  const dir = path.join(work, 'data', `d${i % 20}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `f${i}.txt`), `file ${i} `.repeat(20));
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cp: number[] = [];
const put: number[] = [];
const again: number[] = [];
let written = 0;
for (let r = 0; r < 5; r++) {
  let t = performance.now();
  execFileSync('cp', ['-r', path.join(work, 'data'), path.join(root, `cp${r}`)]);
  cp.push(performance.now() - t);
  const catalog = new FileSystemCatalog({ catalogLocation: path.join(root, `cat${r}`) });
  t = performance.now();
  const entries = await catalog.put({ runId: 'run', patterns: ['data/**'], workDir: work, step: 's', storeCopy: true, allowNoMatch: false });
  put.push(performance.now() - t);
  if (entries.length !== N) throw new Error(`expected ${N} entries, got ${entries.length}`);
  t = performance.now();
  await catalog.put({ runId: 'run', patterns: ['data/**'], workDir: work, step: 's', storeCopy: true, allowNoMatch: false });
  again.push(performance.now() - t);
  written = catalog.stats.bytesWritten;
}
// `cp -r` includes a process spawn (~2 ms): measured and subtracted.
const spawnCost: number[] = [];
for (let r = 0; r < 5; r++) {
  const t = performance.now();
  execFileSync('true');
  spawnCost.push(performance.now() - t);
}
const cpMs = median(cp);
const putMs = median(put);
console.log(JSON.stringify({
  files: N,
  cp_r_ms: +cpMs.toFixed(1),
  spawn_ms: +median(spawnCost).toFixed(1),
  put_ms: +putMs.toFixed(1),
  ratio: +(putMs / cpMs).toFixed(2),
  second_put_ms: +median(again).toFixed(1),
  bytes_written_total_after_two_puts: written,
}));
fs.rmSync(root, { recursive: true, force: true });
