#!/usr/bin/env node
/**
 * The run report on large runs (issue #16): runs a map of N items (default 10,000) over an in-process node
 * function with the built CLI, writes its report with `runnable timeline RUN --html`, and opens it in
 * headless Chromium (Debian's /usr/bin/chromium through puppeteer-core). Prints the report's size, the time
 * to write it, the time until the page is drawn, Chromium's script/layout time, the longest main-thread task
 * and the latency of the heaviest interactions (expand the map, list an item template, hover the canvas).
 * A measurement, not a test: nothing here fails on a slow machine. Budget: ≤ 3 MB, no freeze.
 *
 *   node_modules/.bin/node bench/report.mjs            # BENCH_REPORT_N=10000 BENCH_DIST=dist
 *   BENCH_REPORT_N=1000 BENCH_DIST=/work/dist-report node_modules/.bin/node bench/report.mjs
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

const ms = (t) => `${Math.round(t)} ms`;
console.log(`machine: ${cpus().length}× ${cpus()[0]?.model}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}`);

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
writeFileSync(path.join(WORK, 'tasks.mjs'), `export function work({ item }) { if (item % ${FAIL_EVERY} === 7) throw new Error('item ' + item + ' is bad'); return item * 2; }\n`);
writeFileSync(path.join(WORK, 'params.yaml'), `items: [${Array.from({ length: N }, (_, i) => i).join(',')}]\n`);
writeFileSync(path.join(WORK, 'config.yaml'), 'pipeline-executor:\n  type: local\nrun-log-store:\n  type: chunked-fs\ncatalog:\n  type: file-system\nsecrets:\n  type: env-secrets\n');
writeFileSync(
  path.join(WORK, 'pipeline.yaml'),
  'dag:\n  start_at: each\n  steps:\n    each:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n      branch:\n        start_at: work\n        steps:\n          work:\n            type: task\n            command_type: node\n            command: tasks.mjs:work\n            returns:\n              - name: doubled\n            next: success\n',
);

function cli(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: WORK, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { ...r, ms: performance.now() - t0 };
}

const run = cli(['execute', 'pipeline.yaml', '-c', 'config.yaml', '-p', 'params.yaml', '--run-id', 'big']);
console.log(`run: map of ${N} items (${Math.floor(N / FAIL_EVERY) + (N % FAIL_EVERY > 7 ? 1 : 0)} fail), exit ${run.status}, ${ms(run.ms)}`);
// The same CLI reading the same run without the report: what loading the run log alone costs.
const plain = cli(['timeline', 'big', '-c', 'config.yaml']);
const rep = cli(['timeline', 'big', '-c', 'config.yaml', '--html', 'big.html']);
if (rep.status !== 0) {
  console.error(rep.stderr);
  process.exit(1);
}
const file = path.join(WORK, 'big.html');
const bytes = statSync(file).size;
const html = readFileSync(file, 'utf8');
const json = /<script type="application\/json" id="run-data">([\s\S]*?)<\/script>/.exec(html)[1];
console.log(`report: ${(bytes / 1e6).toFixed(2)} MB (${bytes} B; data ${(json.length / 1e6).toFixed(2)} MB) — budget 3 MB: ${bytes <= 3e6 ? 'MET' : 'MISS'}; written in ${ms(rep.ms)} by the CLI; the console timeline of the same run takes ${ms(plain.ms)} (so ≈ ${ms(rep.ms - plain.ms)} is the report itself)`);

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
