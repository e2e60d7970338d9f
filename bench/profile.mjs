#!/usr/bin/env node
/**
 * Where a big run's time goes: runs one scenario once under `--cpu-prof` with the built CLI and prints the
 * wall, the CPU time, the share of named phases (total time of a function and what it calls) and the
 * summaries of bench/cpuprofile.mjs. A measurement, not a test.
 *
 *   node_modules/.bin/node bench/profile.mjs node_map [N] [--defaults]   # in-process node function map (10,000)
 *   node_modules/.bin/node bench/profile.mjs shell_map [N] [--defaults]  # `true` per item (10,000)
 *   node_modules/.bin/node bench/profile.mjs python_map [N]              # pandas module, RUNNABLE_PYTHON=/usr/bin/python3 (200)
 *
 * `--defaults` runs with the embedded defaults (file-system run log) instead of chunked-fs. BENCH_DIST picks
 * the build. Phases: the execution logs (storeExecutionLog), the runnable-layout export at the end
 * (writeRunnableLayout), the run log writes of steps (putStep), parsing the parameters file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { print, summarise } from './cpuprofile.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(REPO, 'dist');
const CLI = path.join(DIST, 'cli/index.js');
const args = process.argv.slice(2);
const defaults = args.includes('--defaults');
const [what = 'node_map', nArg] = args.filter((a) => !a.startsWith('--'));
const dir = path.join(REPO, '.bench-work', `profile-${what}-${process.pid}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(path.join(dir, 'prof'), { recursive: true });

const map = (step) => `dag:\n  start_at: m\n  steps:\n    m:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n      branch:\n        start_at: f\n        steps:\n          f:\n            type: task\n${step}            next: success\n`;
const scenarios = {
  node_map: { n: 10000, step: '            command_type: node\n            command: fns.mjs:inc\n            returns: [{name: out}]\n' },
  shell_map: { n: 10000, step: '            command_type: shell\n            command: "true"\n' },
  python_map: { n: 200, step: '            command_type: python\n            command: bench_fns.double\n            returns: [{name: out}]\n', env: { RUNNABLE_PYTHON: process.env.BENCH_PYTHON ?? '/usr/bin/python3' } },
};
const sc = scenarios[what];
if (!sc) {
  console.error(`unknown scenario '${what}': ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}
const n = Number(nArg ?? sc.n);
writeFileSync(path.join(dir, 'p.yaml'), map(sc.step));
writeFileSync(path.join(dir, 'fns.mjs'), 'export function inc({ item }) { return item + 1; }\n');
writeFileSync(path.join(dir, 'bench_fns.py'), 'import pandas as pd\n\n\ndef double(item):\n    return int(pd.Series([item]).sum()) * 2\n');
writeFileSync(path.join(dir, 'c.yaml'), 'pipeline-executor:\n  type: local\nrun-log-store:\n  type: chunked-fs\ncatalog:\n  type: file-system\nsecrets:\n  type: env-secrets\n');
writeFileSync(path.join(dir, 'params.yaml'), JSON.stringify({ items: Array.from({ length: n }, (_, i) => i) }));

const load0 = loadavg()[0];
const cli = ['execute', '-f', 'p.yaml', ...(defaults ? [] : ['-c', 'c.yaml']), '-p', 'params.yaml'];
const t0 = performance.now();
const r = spawnSync('/usr/bin/time', ['-f', '__CPU__%U %S %M', process.execPath, '--cpu-prof', '--cpu-prof-dir', 'prof', '--cpu-prof-interval', '250', CLI, ...cli], {
  cwd: dir,
  env: { ...process.env, ...sc.env },
  encoding: 'utf8',
});
const wall = performance.now() - t0;
if (r.status !== 0) {
  console.error(`the run failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  process.exit(1);
}
const m = /__CPU__([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
const files = readdirSync(path.join(dir, 'prof')).map((f) => path.join(dir, 'prof', f));
const s = summarise(files, DIST);
console.log(`${what} of ${n} items, ${defaults ? 'embedded defaults (file-system run log)' : 'chunked-fs'}: wall ${wall.toFixed(0)} ms, cpu (user+sys, with children) ${m ? ((Number(m[1]) + Number(m[2])) * 1000).toFixed(0) : '?'} ms, peak RSS ${m ? (Number(m[3]) / 1024).toFixed(0) : '?'} MB; load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}; dist ${DIST}`);
const phase = (fn) => [...s.byTotal].filter(([k]) => k.startsWith(`${fn} `)).reduce((a, [, v]) => a + v, 0);
console.log('\nphases (total time, share of the profiled main thread):');
for (const fn of ['storeExecutionLog', 'writeRunnableLayout', 'putStep', 'parseParametersText', 'runTask', '(garbage collector)', '(idle)']) {
  const v = phase(fn);
  console.log(`${v.toFixed(0).padStart(8)} ms ${((100 * v) / s.total).toFixed(1).padStart(5)} %  ${fn}`);
}
console.log('');
print(s, 20);
rmSync(dir, { recursive: true, force: true });
