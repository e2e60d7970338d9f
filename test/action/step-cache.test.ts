/**
 * `step-cache: true`: the bundled Action (dist/index.js) run as the runner runs it, twice, in two jobs of two
 * workflow runs, against the Results double's CacheService v2 (the unmodified `@actions/cache` 6.3, blobs in
 * Azurite through the signed URLs the double returns). The second job restores the unchanged steps instead of
 * running them, runs the ones whose definition or inputs changed, and says which is which; a cache service
 * answering 500 costs one retry series and a warning, and every step runs.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startAzurite, type AzuriteHandle } from '../support/azurite.js';
import { runtimeToken, startResultsService, type ResultsService } from '../support/results-service.js';
import { createRunLogStore } from '../../src/runlog/factory.js';
import { ActionsStepCache } from '../../src/action/step-cache-actions.js';
import { RemoteServiceError } from '../../src/errors.js';
import { ACTION } from '../support/cli.js';

jest.setTimeout(240_000);

const DIST = ACTION;
let az: AzuriteHandle;
let svc: ResultsService;
let root: string;

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

/**
 * One job: a fresh workspace (as a checkout gives), its own workflow run and job ids; RUNNER_TEMP and the
 * workspace's parent are the same for every job, as on hosted runners (the cache tool keys entries on them).
 */
async function runJob(workflowRun: number, job: string, files: Record<string, string>, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const ws = join(root, `ws-${workflowRun}-${job}`);
  await rm(ws, { recursive: true, force: true });
  await mkdir(ws, { recursive: true });
  for (const [f, c] of Object.entries(files)) await writeFile(join(ws, f), c);
  const cmdFiles = await mkdtemp(join(root, 'files-'));
  const outFile = join(cmdFiles, 'output');
  const stateFile = join(cmdFiles, 'state');
  const summaryFile = join(cmdFiles, 'summary');
  for (const f of [outFile, stateFile, summaryFile]) await writeFile(f, '');
  const runnerTemp = join(root, 'runner-temp');
  await mkdir(runnerTemp, { recursive: true });
  const full: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? root,
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outFile,
    GITHUB_STATE: stateFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_RUN_ID: String(workflowRun),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY: 'octo/pipelines',
    GITHUB_API_URL: svc.apiUrl,
    ACTIONS_RESULTS_URL: svc.url,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(`run-${workflowRun}`, job),
    ACTIONS_CACHE_SERVICE_V2: 'true',
    COUNTERS: join(root, 'counters'),
    ...env,
  };
  for (const [k, v] of Object.entries(inputs)) full[`INPUT_${k.toUpperCase()}`] = v;
  const t0 = Date.now();
  const child = spawn(process.execPath, [DIST], { cwd: ws, env: full, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
  const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
  return { code, stdout, outputs: parseFileCommands(await readFile(outFile, 'utf8')), summary: await readFile(summaryFile, 'utf8'), ms: Date.now() - t0 };
}

const count = async (name: string) => (await readFile(join(root, 'counters', `${name}.count`), 'utf8').catch(() => '')).split('\n').filter(Boolean).length;

/** produce → check → transform → report. `transform`'s multiplier is the definition change between jobs. */
const pipeline = (multiplier: number) => `
dag:
  start_at: produce
  steps:
    produce:
      type: task
      command_type: shell
      command: |
        mkdir -p "$COUNTERS" && echo ran >> "$COUNTERS/produce.count"
        sleep 1
        mkdir -p data
        printf 'a\\nb\\nc\\n' > data/table.txt
        echo "made by produce" > data/notes.txt
        export n_rows=$(wc -l < data/table.txt)
      returns: [{name: n_rows}]
      catalog:
        put: [data/*.txt]
      next: check
    check:
      type: task
      command_type: shell
      command: |
        mkdir -p "$COUNTERS" && echo ran >> "$COUNTERS/check.count"
        grep -q "made by produce" data/notes.txt
        export checked="ok $n_rows"
      returns: [{name: checked}]
      catalog:
        get: [data/notes.txt]
      next: transform
    transform:
      type: task
      command_type: shell
      command: |
        mkdir -p "$COUNTERS" && echo ran >> "$COUNTERS/transform.count"
        export scaled=$(( n_rows * ${multiplier} ))
      returns: [{name: scaled}]
      next: report
    report:
      type: task
      command_type: shell
      command: |
        mkdir -p "$COUNTERS" && echo ran >> "$COUNTERS/report.count"
        { cat data/table.txt; echo "scaled=$scaled $checked"; } > report.txt
        export report="$(tr '\\n' ' ' < report.txt)"
      returns: [{name: report}]
      catalog:
        get: [data/table.txt]
      next: success
    success:
      type: success
    fail:
      type: fail
`;

async function runLog(ws: string, id: string) {
  return createRunLogStore({ type: 'chunked-fs', config: { log_folder: '.run_log_store' } }, ws).getRunLog(id);
}

/** `step cache: restored … in N ms` / `… saved … in N ms` lines the Action logs, by outcome. */
function timings(stdout: string): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const m of stdout.matchAll(/^step cache: (restored|no entry|saved)\b.* in (\d+) ms$/gm)) (out[m[1]!] ??= []).push(Number(m[2]));
  return out;
}

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: build it with 'flock /tmp/build.lock node scripts/build.mjs'`);
  root = await mkdtemp(join(tmpdir(), 'rn-step-cache-'));
  az = await startAzurite();
  svc = await startResultsService({ azurite: az });
});

afterAll(async () => {
  await svc?.close();
  await az?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('step-cache on the GitHub cache service', () => {
  test('a second job restores unchanged steps, runs changed ones, and the log and summary say which', async () => {
    const inputs = { command: 'execute', pipeline: 'pipeline.yaml', 'step-cache': 'true', 'persist-run-log': 'none' };
    const one = await runJob(901, 'job-a', { 'pipeline.yaml': pipeline(2) }, { ...inputs, 'run-id': 'sc-one' });
    expect(one.stdout).not.toMatch(/::(warning|error)::/);
    expect(one.code).toBe(0);
    expect(one.outputs.status).toBe('SUCCESS');
    for (const s of ['produce', 'check', 'transform', 'report']) expect(await count(s)).toBe(1);
    // Four misses, four entries written through CreateCacheEntry → Put Blob (Azurite) → FinalizeCacheEntryUpload.
    expect(one.stdout.match(/^step cache: no entry for runnable-step-[0-9a-f]{64}: the step runs/gm)).toHaveLength(4);
    const entries = svc.cacheEntries();
    expect(entries.filter((e) => e.finalized)).toHaveLength(4);
    expect(entries.every((e) => e.sizeBytes > 0 && e.jobBackendId === 'job-a')).toBe(true);
    for (const m of ['GetCacheEntryDownloadURL', 'CreateCacheEntry', 'FinalizeCacheEntryUpload']) expect(svc.calls.filter((c) => c.method === m && c.status === 200)).toHaveLength(4);
    // None of the cache client's workflow commands or signed URLs reached the log (they would print verbatim
    // inside the step's stop-commands window).
    expect(one.stdout).not.toMatch(/CacheService|\/cache-[0-9a-f-]{36}|Cache Size|Cache saved/);
    expect(one.summary).not.toContain('♻️');
    const logOne = await runLog(join(root, 'ws-901-job-a'), 'sc-one');

    // Job 2, another workflow run, a fresh checkout where `transform` changed.
    const two = await runJob(902, 'job-b', { 'pipeline.yaml': pipeline(10) }, { ...inputs, 'run-id': 'sc-two' });
    expect(two.code).toBe(0);
    expect(two.stdout).not.toMatch(/::(warning|error)::/);
    // produce and check did not run again; transform (changed definition) and report (changed input `scaled`) did.
    expect(await count('produce')).toBe(1);
    expect(await count('check')).toBe(1);
    expect(await count('transform')).toBe(2);
    expect(await count('report')).toBe(2);
    const ws2 = join(root, 'ws-902-job-b');
    const logTwo = await runLog(ws2, 'sc-two');
    expect(logTwo.status).toBe('SUCCESS');
    for (const s of ['produce', 'check']) {
      expect(logTwo.steps[s]!.attempts[0]!.message).toMatch(new RegExp(`^skipped: cached result of step '${s}' in run 'sc-one' .*key runnable-step-[0-9a-f]{64}$`));
      // the same returns as in the run that computed them
      expect(logTwo.steps[s]!.attempts[0]!.output_parameters).toEqual(logOne.steps[s]!.attempts[0]!.output_parameters);
    }
    expect(logTwo.steps.transform!.attempts[0]!.message).not.toMatch(/cached/);
    expect(logTwo.parameters.n_rows?.value).toBe(3);
    expect(logTwo.parameters.scaled?.value).toBe(30);
    // The files produce put were restored into the workspace and reached report through the catalog.
    expect(await readFile(join(ws2, 'data', 'notes.txt'), 'utf8')).toBe('made by produce\n');
    expect(await readFile(join(ws2, 'report.txt'), 'utf8')).toBe('a\nb\nc\nscaled=30 ok 3\n');
    expect(logTwo.steps.produce!.data_catalog.filter((e) => e.stage === 'put').map((e) => e.name).sort()).toEqual(expect.arrayContaining(['data/notes.txt', 'data/table.txt']));
    // The log says why each step ran or not.
    expect(two.stdout).toMatch(/produce SUCCESS — skipped: cached result of step 'produce' in run 'sc-one'/);
    expect(two.stdout).toMatch(/^step cache: restored runnable-step-[0-9a-f]{64} \(step 'produce' of run 'sc-one'\) in \d+ ms$/m);
    expect(two.stdout).toMatch(/step cache \(GitHub cache service\): 2 restored, 2 not in the cache, 2 saved/);
    // The summary marks the restored steps and counts them.
    expect(two.summary).toContain('**♻️ cached** 2 of 4 tasks (restored, not run)');
    expect(two.summary).toMatch(/\| ♻️ produce \| task \| SUCCESS \| 1 \|.*♻️ cached: result of run `sc-one`, not run again \|/);
    expect(two.summary).toMatch(/\| ♻️ check \| task \| SUCCESS \|/);
    expect(two.summary).toMatch(/\| ✅ transform \| task \| SUCCESS \|/);
    // The summary escapes Markdown in its notes (inert text): parentheses arrive backslash-escaped.
    expect(two.summary.replace(/\\(.)/g, "$1")).toMatch(/♻️ 2 step\(s\) not run: .*\(produce, check from run sc-one\)/);
    // Entries are immutable: the two changed steps added two, nothing was overwritten.
    expect(svc.cacheEntries().filter((e) => e.finalized)).toHaveLength(6);

    const t1 = timings(one.stdout);
    const t2 = timings(two.stdout);
    const durations = (log: typeof logOne, step: string) => {
      const a = log.steps[step]!.attempts[0]!;
      return Date.parse(a.end_time) - Date.parse(a.start_time);
    };
    // eslint-disable-next-line no-console
    console.log(
      `step cache figures: job 1 ${one.ms} ms, job 2 ${two.ms} ms; produce (sleeps 1 s) attempt ${durations(logOne, 'produce')} ms on a miss (incl. lookup + save) vs ${durations(logTwo, 'produce')} ms on a hit; ` +
        `lookups that missed ${JSON.stringify(t1['no entry'])} ms, saves ${JSON.stringify(t1.saved)} ms, restores ${JSON.stringify(t2.restored)} ms`,
    );

    // A third job with the same definitions: every step is restored (and saves nothing: the keys exist).
    const three = await runJob(903, 'job-c', { 'pipeline.yaml': pipeline(10) }, { ...inputs, 'run-id': 'sc-three' });
    expect(three.code).toBe(0);
    expect(await count('transform')).toBe(2);
    expect(await count('report')).toBe(2);
    expect(three.summary).toContain('**♻️ cached** 4 of 4 tasks');
    expect(three.summary.replace(/\\(.)/g, "$1")).toMatch(/\(produce, check from run sc-one; transform, report from run sc-two\)/);
    expect((await runLog(join(root, 'ws-903-job-c'), 'sc-three')).parameters.report?.value).toBe(logTwo.parameters.report?.value);
  });

  test('an entry another job saved first is fine: the reservation conflict (409) is not a warning', async () => {
    // Same definitions as an earlier job, but the lookup misses (injected): the save then meets an existing key.
    const inputs = { command: 'execute', pipeline: 'pipeline.yaml', 'step-cache': 'true', 'persist-run-log': 'none' };
    const ran = await count('produce');
    svc.forcedCacheMisses = 1;
    const r = await runJob(904, 'job-d', { 'pipeline.yaml': pipeline(10) }, { ...inputs, 'run-id': 'sc-four' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/::(warning|error)::/);
    expect(await count('produce')).toBe(ran + 1);
    expect(r.stdout).toMatch(/^step cache: runnable-step-[0-9a-f]{64} was already saved by another job in \d+ ms$/m);
    const conflict = svc.calls.find((c) => c.job === 'job-d' && c.method === 'CreateCacheEntry' && c.status === 409);
    expect(conflict).toBeDefined();
    // the entry stays the one the first job wrote
    expect(svc.cacheEntries().filter((e) => e.key === conflict!.name).map((e) => e.jobBackendId)).toEqual(['job-a']);
    expect(svc.cacheEntries().some((e) => e.jobBackendId === 'job-d')).toBe(false);
  });

  test('a cache service answering 500 degrades to running the steps, with one warning', async () => {
    const inputs = { command: 'execute', pipeline: 'pipeline.yaml', 'step-cache': 'true', 'persist-run-log': 'none' };
    const before = { produce: await count('produce'), report: await count('report') };
    svc.cacheOutage = 500;
    let r: ActionRun;
    try {
      r = await runJob(905, 'job-e', { 'pipeline.yaml': pipeline(10) }, { ...inputs, 'run-id': 'sc-outage' });
    } finally {
      svc.cacheOutage = undefined;
    }
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('SUCCESS');
    expect(await count('produce')).toBe(before.produce + 1);
    expect(await count('report')).toBe(before.report + 1);
    // One annotation, after the step's output window; no `::error::` from the toolkit.
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^::warning::step cache: could not restore 'produce': GitHub cache service: Failed to restore: .*500.*; running it$/);
    expect(r.stdout).not.toMatch(/^::error::/m);
    expect(r.stdout).toMatch(/step cache: turned off for the rest of this run/);
    // One retry series (5 attempts), then no more calls.
    const outageCalls = svc.calls.filter((c) => c.job === 'job-e' && c.method.includes('Cache'));
    expect(outageCalls.map((c) => `${c.method} ${c.status}`)).toEqual(Array(5).fill('GetCacheEntryDownloadURL 500'));
    expect(r.summary).toMatch(/turned off after: Failed to restore/);
    // eslint-disable-next-line no-console
    console.log(`step cache outage: job took ${r.ms} ms (one retry series of the cache client)`);
  });

  test('step-cache: false (the default) never calls the cache service', async () => {
    const calls = svc.calls.length;
    const r = await runJob(906, 'job-f', { 'pipeline.yaml': pipeline(10) }, { command: 'execute', pipeline: 'pipeline.yaml', 'persist-run-log': 'none', 'run-id': 'sc-off' });
    expect(r.code).toBe(0);
    expect(svc.calls.slice(calls).filter((c) => c.method.includes('Cache'))).toEqual([]);
    expect(r.stdout).not.toContain('step cache');
  });
});

describe('ActionsStepCache with a stand-in cache client', () => {
  /** A client whose restore "extracts" the given entry into the folder, and whose save prints what it is told. */
  function standIn(entry: { record: unknown; files?: Record<string, string> } | undefined, saveSays?: string) {
    const saved: string[] = [];
    return {
      saved,
      cache: {
        isFeatureAvailable: () => true,
        restoreCache: async (paths: string[], key: string) => {
          if (!entry) return undefined;
          await mkdir(join(paths[0]!, 'files'), { recursive: true });
          await writeFile(join(paths[0]!, 'record.json'), JSON.stringify(entry.record));
          for (const [f, c] of Object.entries(entry.files ?? {})) {
            await mkdir(join(paths[0]!, 'files', f, '..'), { recursive: true });
            await writeFile(join(paths[0]!, 'files', f), c);
          }
          return key;
        },
        saveCache: async (paths: string[], key: string) => {
          if (saveSays) {
            process.stdout.write(`::warning::${saveSays}\n`);
            return -1;
          }
          saved.push(key);
          return 1;
        },
      } as unknown as NonNullable<Parameters<typeof ActionsStepCache.create>[0]['cache']>,
    };
  }

  test('a recorded path escaping the work dir is refused before anything is written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rn-sc-unit-'));
    try {
      const work = join(dir, 'work');
      await mkdir(work);
      const s = standIn({ record: { returns: {}, files: ['ok.txt', '../outside.txt'], runId: 'r', step: 's', savedAt: '' }, files: { 'ok.txt': 'x', '../outside.txt': 'y' } });
      const { cache } = await ActionsStepCache.create({ root: join(dir, 'staging'), cache: s.cache });
      await expect(cache!.restore('runnable-step-abc', work)).rejects.toThrow(RemoteServiceError);
      await expect(cache!.restore('runnable-step-abc', work)).rejects.toThrow(/escapes/);
      expect(existsSync(join(work, 'ok.txt'))).toBe(false);
      expect(existsSync(join(dir, 'outside.txt'))).toBe(false);
      cache!.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a write denial turns saving off and keeps restoring; keys are plain names', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rn-sc-unit-'));
    try {
      await writeFile(join(dir, 'f.txt'), 'data');
      const s = standIn({ record: { returns: { a: { kind: 'json', value: 1 } }, files: ['f.txt'], runId: 'r1', step: 'st', savedAt: '' }, files: { 'f.txt': 'data' } }, 'Failed to save: Unable to reserve cache with key k. More details: cache write denied: read-only token');
      const logs: string[] = [];
      const { cache } = await ActionsStepCache.create({ root: join(dir, 'staging'), cache: s.cache, info: (m) => logs.push(m) });
      const rec = { returns: {}, files: ['f.txt'], runId: 'r2', step: 'st', savedAt: '' };
      await expect(cache!.save('runnable-step-one', rec, dir)).rejects.toThrow(/cache write denied/);
      await expect(cache!.save('runnable-step-two', rec, dir)).resolves.toBeUndefined(); // writes are off: no call
      expect(logs.some((l) => /writes turned off/.test(l))).toBe(true);
      const work = join(dir, 'w');
      expect((await cache!.restore('runnable-step-one', work))?.runId).toBe('r1');
      expect(await readFile(join(work, 'f.txt'), 'utf8')).toBe('data');
      await expect(cache!.restore('../evil', work)).rejects.toThrow(/not a plain name/);
      expect(cache!.ops.map((o) => `${o.op}:${o.outcome}`)).toEqual(['save:failed', 'restore:hit']);
      cache!.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
