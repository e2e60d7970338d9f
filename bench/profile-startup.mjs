#!/usr/bin/env node
/**
 * Where a small run's time goes beyond `node -e ''`: runs the CLI `PROFILE_RUNS` times (default 10) under
 * `--cpu-prof` on a one-step pipeline and sums the samples of all runs by source module (the bundler's
 * `// src/...` / `// node_modules/...` markers in dist/) and by function. Also prints the median wall time of
 * the same command without the profiler, and of `node -e ''`.
 *
 *   node_modules/.bin/node bench/profile-startup.mjs [execute|validate|version] [--python]
 *
 * `--python` profiles a one-step python pipeline (warm worker included) instead of a shell one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(REPO, 'dist');
const CLI = path.join(DIST, 'cli/index.js');
const RUNS = Number(process.env.PROFILE_RUNS ?? 10);
const what = process.argv.find((a) => ['execute', 'validate', 'version'].includes(a)) ?? 'execute';
const python = process.argv.includes('--python');
const dir = path.join(REPO, '.bench-work', `profile-startup-${process.pid}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(path.join(dir, 'prof'), { recursive: true });
const step = python
  ? '      command_type: python\n      command: fns.hello\n'
  : '      command_type: shell\n      command: "true"\n';
writeFileSync(path.join(dir, 'p.yaml'), `dag:\n  start_at: a\n  steps:\n    a:\n      type: task\n${step}      next: success\n`);
writeFileSync(path.join(dir, 'fns.py'), 'def hello():\n    return None\n');
writeFileSync(path.join(dir, 'c.yaml'), 'pipeline-executor:\n  type: local\nrun-log-store:\n  type: chunked-fs\ncatalog:\n  type: file-system\nsecrets:\n  type: env-secrets\n');
const args = what === 'version' ? ['--version'] : what === 'validate' ? ['validate', '-f', 'p.yaml'] : ['execute', '-f', 'p.yaml', '-c', 'c.yaml'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const wall = (cmd, a) => {
  const t = performance.now();
  const r = spawnSync(cmd, a, { cwd: dir, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${cmd} ${a.join(' ')} exited ${r.status}`);
  return performance.now() - t;
};

wall(process.execPath, [CLI, ...args]); // the compile cache, as every later start finds it
const ours = [];
const floor = [];
for (let i = 0; i < RUNS; i++) {
  floor.push(wall(process.execPath, ['-e', '']));
  ours.push(wall(process.execPath, [CLI, ...args]));
}
for (let i = 0; i < RUNS; i++) wall(process.execPath, ['--cpu-prof', '--cpu-prof-dir', 'prof', '--cpu-prof-interval', '100', CLI, ...args]);

// Source module of each line of each bundle file, from the bundler's `// path` markers.
const markers = new Map();
function moduleAt(url, line) {
  if (!url.startsWith('file://')) return url.replace(/^node:/, 'node:') || '(vm)';
  const file = fileURLToPath(url);
  if (!file.startsWith(DIST)) return path.basename(file);
  let m = markers.get(file);
  if (!m) {
    m = [];
    readFileSync(file, 'utf8').split('\n').forEach((l, i) => {
      const x = /^\/\/ ((?:src|node_modules)\/\S+)/.exec(l);
      if (x) m.push([i, x[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, '$1')]);
    });
    markers.set(file, m);
  }
  let found = path.relative(DIST, file);
  for (const [i, name] of m) {
    if (i > line) break;
    found = name;
  }
  return found;
}

const byModule = new Map();
const byFunction = new Map();
let total = 0;
for (const f of readdirSync(path.join(dir, 'prof'))) {
  const p = JSON.parse(readFileSync(path.join(dir, 'prof', f), 'utf8'));
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  p.samples.forEach((id, i) => {
    const ms = p.timeDeltas[i] / 1000 / RUNS;
    const cf = nodes.get(id).callFrame;
    const mod = cf.url ? moduleAt(cf.url, cf.lineNumber) : cf.functionName;
    total += ms;
    byModule.set(mod, (byModule.get(mod) ?? 0) + ms);
    const fn = `${cf.functionName || '(anonymous)'}  ${mod}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  });
}
const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`).join('\n');
console.log(`runnable ${args.join(' ')}${python ? ' (python step)' : ''}: median ${median(ours).toFixed(0)} ms; node -e '' ${median(floor).toFixed(0)} ms; beyond it ${(median(ours) - median(floor)).toFixed(0)} ms (${RUNS} runs, dist ${DIST})`);
console.log(`\nprofiled: ${total.toFixed(0)} ms a run (the profiler's own cost included), self time by module:\n${top(byModule, 25)}`);
console.log(`\nby function:\n${top(byFunction, 25)}`);
rmSync(dir, { recursive: true, force: true });
