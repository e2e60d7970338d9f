/**
 * Sums `--cpu-prof` profiles of the built CLI by source module (the bundler's `// src/...` and
 * `// node_modules/...` markers in dist/), by function (self time) and by function (total time: the function
 * and what it calls, each sample counted once per function on its stack). Used by profile-startup.mjs and
 * profile.mjs; also a command:
 *
 *   node bench/cpuprofile.mjs DIST file.cpuprofile... [--top N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function summarise(files, dist, { runs = 1 } = {}) {
  const markers = new Map();
  const moduleAt = (url, line) => {
    if (!url.startsWith('file://')) return url || '(vm)';
    const file = fileURLToPath(url);
    if (!file.startsWith(dist)) return path.basename(file);
    let m = markers.get(file);
    if (!m) {
      m = [];
      readFileSync(file, 'utf8').split('\n').forEach((l, i) => {
        const x = /^\/\/ ((?:src|node_modules)\/\S+)/.exec(l);
        if (x) m.push([i, x[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, '$1')]);
      });
      markers.set(file, m);
    }
    let found = path.relative(dist, file);
    for (const [i, name] of m) {
      if (i > line) break;
      found = name;
    }
    return found;
  };
  const byModule = new Map();
  const bySelf = new Map();
  const byTotal = new Map();
  let total = 0;
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  for (const f of files) {
    const p = JSON.parse(readFileSync(f, 'utf8'));
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = new Map();
    const labelOf = (n) => {
      let l = label.get(n.id);
      if (l === undefined) {
        const cf = n.callFrame;
        const mod = cf.url ? moduleAt(cf.url, cf.lineNumber) : cf.functionName;
        l = [mod, `${cf.functionName || '(anonymous)'}  ${mod}`];
        label.set(n.id, l);
      }
      return l;
    };
    p.samples.forEach((id, i) => {
      const ms = p.timeDeltas[i] / 1000 / runs;
      const n = nodes.get(id);
      const [mod, fn] = labelOf(n);
      total += ms;
      add(byModule, mod, ms);
      add(bySelf, fn, ms);
      const seen = new Set();
      for (let x = id; x !== undefined; x = parent.get(x)) {
        const l = labelOf(nodes.get(x))[1];
        if (!seen.has(l)) {
          seen.add(l);
          add(byTotal, l, ms);
        }
      }
    });
  }
  return { total, byModule, bySelf, byTotal };
}

export function top(m, n, total) {
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(1).padStart(9)} ms ${total ? `${((100 * v) / total).toFixed(1).padStart(5)} %` : ''}  ${k}`)
    .join('\n');
}

export function print(s, n = 25) {
  console.log(`profiled: ${s.total.toFixed(0)} ms (the profiler's own cost included)\n\nself time by module:\n${top(s.byModule, n, s.total)}`);
  console.log(`\nself time by function:\n${top(s.bySelf, n, s.total)}`);
  console.log(`\ntotal time by function (it and what it calls):\n${top(s.byTotal, n, s.total)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const k = args.indexOf('--top');
  const n = k >= 0 ? Number(args.splice(k, 2)[1]) : 25;
  const [dist, ...files] = args;
  if (!dist || files.length === 0) {
    console.error('usage: node bench/cpuprofile.mjs DIST file.cpuprofile... [--top N]');
    process.exit(2);
  }
  print(summarise(files, path.resolve(dist)), n);
}
