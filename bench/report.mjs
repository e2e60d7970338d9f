#!/usr/bin/env node
/**
 * The run report on large runs (issue #16): runs a map of N items (default 10,000) over an in-process node
 * function with the built CLI, writes its report with `runnable timeline RUN --html`, and opens it in
 * headless Chromium (Debian's /usr/bin/chromium through puppeteer-core). Prints the report's size, the time
 * to write it, the time until the page is drawn, Chromium's script/layout time, the longest main-thread task
 * and the latency of the heaviest interactions (expand the map, list an item template, hover the canvas).
 * A measurement, not a test: nothing here fails on a slow machine. Budget: ≤ 3 MB, no freeze.
 *
 * BENCH_REPORT_SOURCE=scaled (the default) keeps the store out of the figure: it runs the same map over 20
 * items with the CLI (file-system store), then scales that real run log to N items in memory — each item a
 * copy of a real item's branch (its parameters object shared, as a store's reader would give it), times
 * spread as 2 workers would run them, every 250th failed with a real failure message — and renders it with
 * src/report (bundled on the fly by esbuild). BENCH_REPORT_SOURCE=cli runs the N-item map with the CLI and
 * reports it with `runnable timeline --html` (store load included).
 *
 *   node_modules/.bin/node bench/report.mjs            # BENCH_REPORT_N=10000 BENCH_DIST=dist
 *   BENCH_REPORT_N=1000 BENCH_REPORT_SOURCE=cli BENCH_DIST=/work/dist-report node_modules/.bin/node bench/report.mjs
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(REPO, 'dist');
const CLI = path.join(DIST, 'cli/index.js');
const N = Number(process.env.BENCH_REPORT_N ?? 10_000);
const FAIL_EVERY = 250;
const WORK = path.join(REPO, '.bench-work', 'report');
const CHROMIUM = '/usr/bin/chromium';
const SOURCE = process.env.BENCH_REPORT_SOURCE ?? 'scaled';
const SAMPLE = 20;
const failures = (n) => Array.from({ length: n }, (_, i) => i).filter((i) => i % FAIL_EVERY === 7).length;

const ms = (t) => `${Math.round(t)} ms`;
console.log(`machine: ${cpus().length}× ${cpus()[0]?.model}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}`);

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
writeFileSync(path.join(WORK, 'tasks.mjs'), `export function work({ item }) { if (item % ${FAIL_EVERY} === 7) throw new Error('item ' + item + ' is bad'); return item * 2; }\n`);
writeFileSync(path.join(WORK, 'params.yaml'), `items: [${Array.from({ length: SOURCE === 'cli' ? N : SAMPLE }, (_, i) => i).join(',')}]\n`);
writeFileSync(path.join(WORK, 'config.yaml'), `pipeline-executor:\n  type: local\nrun-log-store:\n  type: ${SOURCE === 'cli' ? 'chunked-fs' : 'file-system'}\ncatalog:\n  type: file-system\nsecrets:\n  type: env-secrets\n`);
writeFileSync(
  path.join(WORK, 'pipeline.yaml'),
  'dag:\n  start_at: each\n  steps:\n    each:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n      branch:\n        start_at: work\n        steps:\n          work:\n            type: task\n            command_type: node\n            command: tasks.mjs:work\n            returns:\n              - name: doubled\n            next: success\n',
);

function cli(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: WORK, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { ...r, ms: performance.now() - t0 };
}

const file = path.join(WORK, 'big.html');
if (SOURCE === 'cli') {
  const run = cli(['execute', 'pipeline.yaml', '-c', 'config.yaml', '-p', 'params.yaml', '--run-id', 'big']);
  console.log(`run: map of ${N} items (${failures(N)} fail), exit ${run.status}, ${ms(run.ms)}`);
  // The same CLI reading the same run without the report: what loading the run log alone costs.
  const plain = cli(['timeline', 'big', '-c', 'config.yaml']);
  const rep = cli(['timeline', 'big', '-c', 'config.yaml', '--html', 'big.html']);
  if (rep.status !== 0) {
    console.error(rep.stderr);
    process.exit(1);
  }
  console.log(`written in ${ms(rep.ms)} by the CLI; the console timeline of the same run takes ${ms(plain.ms)} (so ≈ ${ms(rep.ms - plain.ms)} is the report itself)`);
} else {
  await scaledReport(file);
}
const bytes = statSync(file).size;
const html = readFileSync(file, 'utf8');
const json = /<script type="application\/json" id="run-data">([\s\S]*?)<\/script>/.exec(html)[1];
console.log(`report: ${(bytes / 1e6).toFixed(2)} MB (${bytes} B; data ${(json.length / 1e6).toFixed(2)} MB) — budget 3 MB: ${bytes <= 3e6 ? 'MET' : 'MISS'}`);

/** The real 20-item run scaled to N items (see the header), rendered by src/report bundled with esbuild. */
async function scaledReport(out) {
  const run = cli(['execute', 'pipeline.yaml', '-c', 'config.yaml', '-p', 'params.yaml', '--run-id', 'sample']);
  const log = JSON.parse(readFileSync(path.join(WORK, '.run_log_store', 'sample.json'), 'utf8'));
  const map = log.steps.each;
  const keys = Object.keys(map.branches);
  const ok = map.branches[keys.find((k) => map.branches[k].status === 'SUCCESS')];
  const bad = map.branches[keys.find((k) => map.branches[k].status === 'FAIL')];
  if (!ok || !bad) throw new Error(`the sample run has no succeeded or no failed item (exit ${run.status}: ${run.stderr})`);
  const items = Array.from({ length: N }, (_, i) => i);
  const shared = { ...ok.steps[Object.keys(ok.steps)[0]].attempts[0].input_parameters, items: { kind: 'json', value: items, description: items } };
  const t0 = Date.parse(map.branches[keys[0]].steps[Object.keys(map.branches[keys[0]].steps)[0]].attempts[0].start_time);
  const branches = {};
  for (const i of items) {
    const src = i % FAIL_EVERY === 7 ? bad : ok;
    const b = JSON.parse(JSON.stringify({ ...src, steps: {} }).replaceAll(src.internal_name, `each.${i}`));
    // 2 workers, 0.4 ms per item; a step's record is the sample's with this item's names and times.
    let t = t0 + Math.floor(i / 2) * 0.4;
    for (const st of Object.values(src.steps)) {
      const { attempts, ...rest } = st;
      const copy = JSON.parse(JSON.stringify(rest).replaceAll(src.internal_name, `each.${i}`).replaceAll(`item ${src.internal_name.split('.').pop()} `, `item ${i} `));
      copy.attempts = attempts.map((a) => {
        const { input_parameters: _p, ...ar } = a;
        const start = new Date(t).toISOString();
        t += st.step_type === 'task' ? 0.4 : 0;
        return { ...JSON.parse(JSON.stringify(ar).replaceAll(`item ${src.internal_name.split('.').pop()} `, `item ${i} `)), start_time: start, end_time: new Date(t).toISOString(), input_parameters: { ...shared, item: { kind: 'json', value: i, description: i } } };
      });
      b.steps[copy.internal_name] = copy;
    }
    branches[`each.${i}`] = b;
  }
  map.branches = branches;
  map.message = `${failures(N)} of ${N} branches did not succeed`;
  log.parameters.items = { kind: 'json', value: items, description: items };
  const bundle = path.join(WORK, 'report-bundle.mjs');
  const b = spawnSync(path.join(REPO, 'node_modules/.bin/esbuild'), [path.join(REPO, 'src/report/render.ts'), '--bundle', '--platform=node', '--format=esm', `--outfile=${bundle}`, '--log-level=warning']);
  if (b.status !== 0) throw new Error(b.stderr.toString());
  const { renderHtmlReport } = await import(bundle);
  const t = performance.now();
  const html = renderHtmlReport(log, { source: `20-item run scaled to ${N} items` });
  console.log(`run: 20-item sample by the CLI (exit ${run.status}), scaled to ${N} items (${failures(N)} fail); report rendered in ${ms(performance.now() - t)} (buildReportData + page, in process)`);
  writeFileSync(out, html);
}

const puppeteer = createRequire(path.join(REPO, 'package.json'))('puppeteer-core');
const userDataDir = path.join(WORK, 'chromium-profile');
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  userDataDir,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.setViewport({ width: 1400, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  // Long main-thread tasks, observed from the first script on.
  await page.evaluateOnNewDocument(() => {
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  const t0 = performance.now();
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="1"]', { timeout: 120_000 });
  const wall = performance.now() - t0;
  const readyMs = Number(await page.$eval('body', (b) => b.getAttribute('data-ready-ms')));
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const counts = await page.evaluate(() => ({ bars: document.querySelectorAll('.bar').length, canvases: document.querySelectorAll('canvas').length, nodes: document.getElementsByTagName('*').length }));
  console.log(
    `open: drawn ${ms(readyMs)} after navigation (wall incl. launch of the tab ${ms(wall)}); script ${ms(metrics.ScriptDuration * 1000)}, layout ${ms(metrics.LayoutDuration * 1000)}, ` +
      `${counts.nodes} elements, ${counts.bars} bar elements, ${counts.canvases} canvas; JS heap ${(metrics.JSHeapUsedSize / 1e6).toFixed(0)} MB`,
  );
  const longest = async () => Math.max(0, ...(await page.evaluate(() => window.__long.splice(0))));
  console.log(`longest main-thread task while opening: ${ms(await longest())}`);
  const act = async (label, fn) => {
    const t = performance.now();
    await fn();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    console.log(`${label}: ${ms(performance.now() - t)} (longest task ${ms(await longest())})`);
  };
  await act('expand the map in the graph', () => page.click('svg.graph g.gnode.composite'));
  await act('open the item template (lists failed items)', () =>
    page.$$eval('svg.graph g.gnode', (els) => els.find((e) => e.querySelector('text')?.textContent === 'work').dispatchEvent(new MouseEvent('click', { bubbles: true }))),
  );
  await act('open the map step (branch counts and lists)', () => page.$$eval('.glabel button.link', (els) => els.find((e) => e.textContent === 'each').click()));
  const canvas = await page.$('canvas.lanes');
  if (canvas) {
    const box = await canvas.boundingBox();
    await act('hover the Gantt canvas', () => page.mouse.move(box.x + box.width / 2, box.y + 4));
  }
  await act('expand all + collapse all', async () => {
    await page.$$eval('.toolbar button', (els) => els.find((e) => e.textContent === 'expand all').click());
    await page.$$eval('.toolbar button', (els) => els.find((e) => e.textContent === 'collapse all').click());
  });
  const shot = path.join(WORK, 'big.png');
  await page.screenshot({ path: shot });
  console.log(`console errors: ${errors.length}${errors.length ? ' — ' + errors.slice(0, 3).join(' | ') : ''}; screenshot ${path.relative(REPO, shot)}`);
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
