/// <reference lib="dom" />
/**
 * The run report opened in a real headless Chromium (Debian's /usr/bin/chromium, driven by puppeteer-core;
 * nothing downloads a browser): reports of real runs — a successful one, a failed one with retries, a
 * 1,000-item map and one with hostile names — checked on the DOM, with no network request, no console error
 * and no script run from the data. A screenshot of each is kept in test-artifacts/report/ (gitignored).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { writeRunReport } from '../../src/report/write.js';
import { failedRun, hostileRun, mapRun, successfulRun, HOSTILE_FILE, HOSTILE_NEXT, HOSTILE_STEP, HOSTILE_VALUE, SECRET, type FixtureRun } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = path.join(REPO, 'test-artifacts', 'report');
const haveBrowser = existsSync(CHROMIUM);
const describeBrowser = haveBrowser ? describe : describe.skip;

interface Opened {
  page: Page;
  html: string;
  /** Requests other than the report file itself (all aborted). */
  requests: string[];
  errors: string[];
  dialogs: string[];
}

let browser: Browser;
let userDataDir: string;
const pages: Page[] = [];

async function open(name: string, fixture: FixtureRun): Promise<Opened> {
  const out = path.join(fixture.dir, `${name}.html`);
  await writeRunReport(fixture.runLog, { file: out, cwd: fixture.dir, env: fixture.env, config: fixture.config, source: name });
  const html = readFileSync(out, 'utf8');
  const page = await browser.newPage();
  pages.push(page);
  // Puppeteer's 30 s defaults (navigation, selectors, clicks) are short for a page of 1,000 bars on a busy machine.
  page.setDefaultTimeout(90_000);
  page.setDefaultNavigationTimeout(90_000);
  const opened: Opened = { page, html, requests: [], errors: [], dialogs: [] };
  const self = `file://${out}`;
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.url() === self) return void req.continue();
    opened.requests.push(req.url());
    void req.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') opened.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => opened.errors.push(`pageerror: ${(e as Error).message}`));
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(self, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="1"]');
  return opened;
}

async function shot(o: Opened, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await o.page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

function clean(o: Opened): void {
  expect(o.requests).toEqual([]);
  expect(o.errors).toEqual([]);
  expect(o.dialogs).toEqual([]);
}

const texts = (page: Page, sel: string) => page.$$eval(sel, (els) => els.map((e) => e.textContent ?? ''));

describeBrowser('run report in headless Chromium', () => {
  beforeAll(async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    userDataDir = mkdtempSync(path.join(tmpdir(), 'ra-report-chromium-'));
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      userDataDir,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      timeout: 90_000,
    });
  }, 120_000);

  afterAll(async () => {
    for (const p of pages) await p.close().catch(() => undefined);
    await browser?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  test('a successful run: graph, one bar per attempt, parameters, metric, log, and file lineage across a parallel', async () => {
    const fx = await successfulRun();
    const o = await open('successful', fx);
    const { page } = o;
    expect(await page.title()).toBe('run ok-run — SUCCESS');
    expect(await texts(page, '#run h1 .badge')).toEqual(['SUCCESS']);
    // Top-level nodes: generate, fan (collapsed), score, success; all green.
    const nodes = await texts(page, 'svg.graph g.gnode > text:first-of-type');
    expect(nodes).toEqual(expect.arrayContaining(['generate', 'fan', 'score', 'success']));
    expect(await page.$$eval('svg.graph g.gnode', (els) => els.filter((e) => !e.classList.contains('st-S')).length)).toBe(0);
    // Expanding the parallel shows both branches' steps.
    await page.click('svg.graph g.gnode.composite');
    expect(await texts(page, 'svg.graph g.gnode > text:first-of-type')).toEqual(expect.arrayContaining(['read left', 'read right']));
    expect(await texts(page, 'svg.graph text.clabel')).toEqual(expect.arrayContaining(['left', 'right']));
    // generate, read left, read right, score (success/fail nodes are instants, not bars).
    expect(await page.$$eval('.bar', (els) => els.length)).toBe(4);
    expect(o.html).not.toContain('"attempt_number"'); // the raw run log is not embedded
    // The parallel's group has a lane per reader when they overlapped in time (they nearly always do), else one.
    const readers = Object.values(fx.runLog.steps.fan!.branches).map((b) => Object.values(b.steps)[0]!.attempts[0]!);
    const overlap = Date.parse(readers[0]!.start_time) < Date.parse(readers[1]!.end_time) && Date.parse(readers[1]!.start_time) < Date.parse(readers[0]!.end_time);
    expect(await page.$$eval('.grow', (rows) => rows.map((r) => r.querySelectorAll('.lane').length))).toEqual([0, 1, overlap ? 2 : 1, 1]);
    await page.hover('.bar');
    expect(await page.$eval('#tip', (e) => e.textContent)).toMatch(/attempt 1 · SUCCESS[\s\S]*duration/);
    // generate: its output parameter, its execution log read from the catalog, its file.
    await page.$$eval('.glabel button.link', (els) => (els.find((e) => e.textContent === 'generate') as HTMLElement).click());
    expect(await texts(page, '#step h3')).toEqual([expect.stringContaining('generate')]);
    expect((await texts(page, '#step table.kv td.mono')).join('\n')).toContain('rows');
    expect(await texts(page, '#step pre.log-text')).toEqual([expect.stringContaining('hello from generate')]);
    const sha = (await texts(page, '#step .step-files td.sha'))[0]!;
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    // Lineage: the file → produced by generate, consumed by both readers.
    await page.click('#step .step-files button.link');
    expect(await texts(page, '#lineage h3')).toEqual(['data.csv']);
    expect(await texts(page, '#lineage dd.sha')).toEqual([sha]);
    expect(await texts(page, '#lineage .producers button')).toEqual(['generate']);
    expect((await texts(page, '#lineage .consumers button')).sort()).toEqual(['fan › [left] › read left', 'fan › [right] › read right']);
    // Clicking a consumer opens that step.
    await page.$$eval('#lineage .consumers button', (els) => (els[0] as HTMLElement).click());
    expect(await texts(page, '#step h3')).toEqual([expect.stringContaining('read ')]);
    // score's metric.
    await page.$$eval('.glabel button.link', (els) => (els.find((e) => e.textContent === 'score') as HTMLElement).click());
    expect(await texts(page, '#step h4')).toContain('metrics');
    expect((await texts(page, '#step td.mono')).join(' ')).toContain('accuracy');
    await shot(o, 'successful');
    clean(o);
  }, 120_000);

  test('a failed run with retries: every attempt is its own bar, the failure is listed, secrets are masked', async () => {
    const o = await open('failed-retries', await failedRun());
    const { page } = o;
    expect(await texts(page, '#run h1 .badge')).toEqual(['FAIL']);
    // flaky: 3 attempts (2 failed), always fails: 2 failed attempts.
    const bars = await page.$$eval('.bar', (els) => els.map((e) => e.className));
    expect(bars.filter((c) => c.includes('st-F')).length).toBe(4);
    expect(bars.filter((c) => c.includes('retry')).length).toBe(3);
    expect(await texts(page, '#failures li button')).toEqual(['always fails']);
    expect(await page.$$eval('svg.graph g.gnode.st-F > text:first-of-type', (els) => els.map((e) => e.textContent))).toEqual(['always fails']);
    await page.click('#failures li button');
    expect(await page.$$eval('#step table.attempts tr', (rows) => rows.length - 1)).toBe(2);
    expect((await texts(page, '#step table.attempts td')).join(' ')).toContain('7');
    await page.$$eval('.glabel button.link', (els) => (els.find((e) => e.textContent === 'flaky') as HTMLElement).click());
    const logs = await texts(page, '#step pre.log-text');
    expect(logs).toHaveLength(3);
    expect(logs.join('\n')).toContain('attempt 3 with ***');
    // The secret is in a run parameter and in the task's environment: it appears nowhere in the file.
    expect(o.html).not.toContain(SECRET);
    expect((await texts(page, '#run td.mono')).join(' ')).toContain('token *** in a parameter');
    const retryBar = await page.$('.bar.retry.st-S');
    await retryBar!.hover();
    expect(await page.$eval('#tip', (e) => e.textContent)).toMatch(/flaky\nattempt 3 · SUCCESS/);
    await shot(o, 'failed-retries');
    clean(o);
  }, 120_000);

  test('a 1,000-item map: counts on the graph, the 4 failed items listed, one bar per attempt', async () => {
    const o = await open('map-1000', await mapRun(1000));
    const { page } = o;
    expect(Buffer.byteLength(o.html)).toBeLessThan(3_000_000);
    const sub = await page.$$eval('svg.graph g.gnode.composite text.sub', (els) => els.map((e) => e.textContent));
    expect(sub).toEqual([expect.stringContaining('map · 1000 items: 996 ok · 4 failed')]);
    await page.click('svg.graph g.gnode.composite');
    const work = await page.$$eval('svg.graph g.gnode', (els) => els.filter((e) => e.querySelector('text')?.textContent === 'work').map((e) => [e.getAttribute('class'), e.querySelector('text.sub')?.textContent]));
    expect(work).toEqual([[expect.stringContaining('st-F'), expect.stringContaining('996 ok · 4 failed')]]);
    // The template node lists the failed items.
    await page.$$eval('svg.graph g.gnode', (els) => els.find((e) => e.querySelector('text')?.textContent === 'work')!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(await texts(page, '#step .failed-items button')).toEqual(['each › [7] › work', 'each › [257] › work', 'each › [507] › work', 'each › [757] › work']);
    expect((await texts(page, '#step .failed-items li')).join('\n')).toContain('item 757 is bad');
    await page.$$eval('.glabel button.link', (els) => (els.find((e) => e.textContent === 'each') as HTMLElement).click());
    expect(await texts(page, '#step .branch-counts')).toEqual(['996 ok · 4 failed']);
    expect(await page.$$eval('#step .failed-branches li', (els) => els.length)).toBe(4);
    // Every item's attempt is a bar (DOM bars below the canvas threshold), the failed ones red.
    expect(await page.$$eval('.bar', (els) => els.length)).toBe(1000);
    expect(await page.$$eval('.bar.st-F', (els) => els.length)).toBe(4);
    await shot(o, 'map-1000');
    clean(o);
  }, 300_000);

  test('hostile names stay text: no markup, no script, no javascript: link', async () => {
    const o = await open('hostile', await hostileRun());
    const { page } = o;
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // Only the page's own three script elements and no element made from the data.
    expect(await page.$$eval('script', (els) => els.length)).toBe(3);
    expect(await page.$$eval('img, b, iframe, object, embed', (els) => els.length)).toBe(0);
    expect(await page.$$eval('a[href]', (els) => els.map((e) => e.getAttribute('href')))).toEqual([]);
    expect(await page.title()).toBe('run hostile-run — SUCCESS');
    const nodes = await texts(page, 'svg.graph g.gnode > text:first-of-type');
    expect(nodes).toEqual(expect.arrayContaining([HOSTILE_STEP, HOSTILE_NEXT]));
    expect((await texts(page, '#run td.mono')).filter((t) => t === HOSTILE_VALUE || t === JSON.stringify(HOSTILE_VALUE))).toHaveLength(2);
    expect(await texts(page, '#run dd')).toEqual(expect.arrayContaining([expect.stringContaining(HOSTILE_VALUE)]));
    await page.click('#files button.link');
    expect(await texts(page, '#lineage h3')).toEqual([HOSTILE_FILE]);
    expect(await texts(page, '#lineage .producers button')).toEqual([HOSTILE_STEP]);
    expect(await texts(page, '#lineage .consumers button')).toEqual([HOSTILE_NEXT]);
    await page.click('#lineage .producers button');
    expect((await texts(page, '#step pre.log-text')).join('')).toContain(HOSTILE_VALUE);
    // The JSON island cannot be closed from the data.
    expect(o.html.match(/<\/script>/gi)).toHaveLength(3);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await shot(o, 'hostile');
    clean(o);
  }, 120_000);
});

if (!haveBrowser) {
  test.skip(`browser tests skipped: ${CHROMIUM} is not installed (apt-get install chromium)`, () => undefined);
}
