/**
 * Remote-service faults for the Action's artifact uploads (the Kubernetes API's 500/429/reset/timeout cases
 * are in test/argo/submit-poll.test.ts; zip-slip in test/action/github-artifacts-catalog.test.ts). The Results
 * service double answers 500 or 429 before answering OK, during the catalog's and the run log's uploads: the
 * run still succeeds, every artifact is made once (no 409 conflict, no duplicate), and a later step gets the
 * files back. A service that keeps failing (below) fails the Action with RA600 and still leaves the `status` and
 * `run-id` outputs, a job summary saying what failed, one annotation, and a settled run log that `retry` accepts.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type AzuriteHandle } from '../support/azurite.js';
import { startResultsService, type ResultsService } from '../support/results-service.js';
import { DIST, effectiveCommands, runAction, workspaceWith } from '../security/action-harness.js';
import { createRunLogStore } from '../../src/runlog/factory.js';
import { parseRunFolder } from '../support/run-folder.js';

/** The summary escapes Markdown in text it did not write itself (inert): compare the plain text. */
const plain = (md: string): string => md.replace(/\\(.)/g, '$1');

jest.setTimeout(240_000); // a test of several Action runs took 56 s on a loaded machine (load 9)

let az: AzuriteHandle;
let svc: ResultsService;
let root: string;

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: build it with 'flock /tmp/build.lock node scripts/build.mjs'`);
  root = await mkdtemp(join(tmpdir(), 'ra-remote-'));
  az = await startAzurite();
  svc = await startResultsService({ azurite: az });
});

afterAll(async () => {
  await svc?.close();
  await az?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

const PIPELINE = `
dag:
  start_at: produce
  steps:
    produce:
      type: task
      command_type: shell
      command: |
        mkdir -p data && echo "rows 3" > data/table.txt
      catalog:
        put: [data/table.txt]
      next: wipe
    wipe:
      type: task
      command_type: shell
      command: rm -rf data
      next: read
    read:
      type: task
      command_type: shell
      command: grep -q "rows 3" data/table.txt
      catalog:
        get: [data/table.txt]
      next: success
`;

describe('artifact service answering 500 / 429 during uploads', () => {
  // Each of the 2 faults costs the toolkit a backoff of a few seconds.
  test('500 then OK on CreateArtifact, 429 then OK on FinalizeArtifact: the run succeeds, each artifact made once', async () => {
    const ws = await workspaceWith(root, { 'p.yaml': PIPELINE });
    const before = svc.artifacts().length;
    const callsBefore = svc.calls.length;
    svc.failNext('CreateArtifact', 500);
    svc.failNext('FinalizeArtifact', 429);
    const r = await runAction(root, svc, ws, { command: 'execute', pipeline: 'p.yaml', 'run-id': 'flaky-svc' }, { job: 'job-flaky' });
    const calls = svc.calls.slice(callsBefore);
    const injected = calls.filter((c) => c.status >= 500 || c.status === 429);
    expect({ code: r.code, tail: r.code === 0 ? '' : r.stdout.slice(-3000) }).toEqual({ code: 0, tail: '' });
    expect(r.outputs.status).toBe('SUCCESS');
    expect(injected.length).toBe(2); // the faults were really served
    const made = svc.artifacts().slice(before).map((a) => a.name);
    expect(new Set(made).size).toBe(made.length);
    expect(made.some((n) => /-runlog-/.test(n))).toBe(true);
    expect(svc.count(409)).toBe(0);
    // eslint-disable-next-line no-console
    console.log(`remote faults: ${injected.map((c) => `${c.method}=${c.status}`).join(', ')} injected; ${made.length} artifacts; ${Math.round(r.ms)} ms`);
  });

});

/**
 * An artifact service that fails on every attempt. A retryable answer (500, 502, 503, 504, 429) costs the toolkit 5
 * attempts over ~33 s per upload, and @actions/artifact 6.2 reads no setting that shortens it (its twirp client
 * takes attempts/backoff as constructor options that `uploadArtifact` never passes; the ACTIONS_ARTIFACT_* variables
 * cover concurrency, chunk timeout and list size only). A non-retryable answer fails on the first attempt and
 * reaches our code as the same rejected upload (`Failed to CreateArtifact: …`), so these tests refuse with 403.
 * The 500 case end to end (3 uploads × 5 attempts, ~95 s) was measured once for SECURITY.md.
 */
describe('artifact service failing on every attempt', () => {
  const TOKEN = 'ghs_outage_token_0123456789';
  const runLogFolder = (ws: string) => join(ws, '.run_log_store');
  const readRunLog = (ws: string, runId: string) => createRunLogStore({ type: 'chunked-fs', config: { log_folder: '.run_log_store' } }, ws).getRunLog(runId);
  const errors = (stdout: string) => effectiveCommands(stdout).filter((c) => c.name === 'error');

  test('catalog and run log uploads refused: status FAIL, run-id, a summary with the masked RA600, an ::error:: for it and one at the step whose file was lost, exit 1; the run log on disk marks that step FAIL and a retry runs it again', async () => {
    const ws = await workspaceWith(root, { 'p.yaml': PIPELINE });
    const before = svc.artifacts().length;
    // The service's message carries a registered secret: it must reach neither the summary nor the annotation.
    svc.artifactOutage = { status: 403, msg: `artifact service down (token ${TOKEN})` };
    let r: Awaited<ReturnType<typeof runAction>>;
    try {
      r = await runAction(root, svc, ws, { command: 'execute', pipeline: 'p.yaml', 'run-id': 'svc-down', 'github-token': TOKEN }, { job: 'job-down' });
    } finally {
      svc.artifactOutage = undefined;
    }
    expect(svc.artifacts().length).toBe(before); // nothing was stored
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('FAIL');
    expect(r.outputs['run-id']).toBe('svc-down');
    expect(r.outputs['run-log-artifact']).toBeUndefined();
    // Two annotations: the step whose file was not stored (at its place in the pipeline) and what failed (the
    // pack of that file), masked, no stack trace.
    const errs = errors(r.stdout);
    expect(errs.length).toBe(2);
    expect(errs[0]!.line).toBe('::error title=step produce failed,file=p.yaml::catalog put failed: its files could not be stored (github-artifacts failed; see the job log)');
    expect(errs[1]!.line).toMatch(/^::error::\[RA600\] the catalog of run 'svc-down' could not be stored \(2 file\(s\) are in no artifact\): uploading artifact 'rn-svc-down-a1-[0-9a-f]{8}-\d{4}' failed: Failed to CreateArtifact: .*\(403\)/);
    expect(r.stdout).not.toMatch(/^\s+at /m);
    // Our own lines are masked; the toolkit's debug lines echo the service's answer, which the runner masks
    // (the value was registered with ::add-mask:: before any of them).
    const withToken = r.stdout.split('\n').filter((l) => l.includes(TOKEN));
    expect(withToken[0]).toBe(`::add-mask::${TOKEN}`);
    expect(withToken.slice(1).filter((l) => !l.startsWith('::debug::'))).toEqual([]);
    expect(r.stdout).toMatch(/^::warning::could not store the run log as an artifact: .*\*\*\*/m);
    // The summary: FAIL heading, the error line, the run's own table, what to do.
    expect(plain(r.summary)).toContain('## ❌ runnable run `svc-down`: FAIL');
    expect(plain(r.summary)).toMatch(/\*\*❌ \[RA600\] the catalog of run 'svc-down' could not be stored .*\*\*\*/);
    expect(plain(r.summary)).toContain('**status** FAIL');
    expect(plain(r.summary)).not.toContain('the run log says');
    expect(plain(r.summary)).toContain('| ❌ produce | task | FAIL | 1 |');
    expect(plain(r.summary)).toMatch(/the run log could not be stored as an artifact/);
    expect(plain(r.summary)).toMatch(/those steps are marked FAIL in the run log, so a retry \(command: retry, run-id: svc-down\) runs them again/);
    expect(plain(r.summary)).not.toContain(TOKEN);
    expect(r.outputFileText).not.toContain(TOKEN);
    // The post step is told to store the run log again.
    expect(r.state.persisted).toBe('false');

    // The run log on disk is whole and settled: every chunk parses, nothing PROCESSING, no owner left.
    expect(parseRunFolder(runLogFolder(ws))).toBeGreaterThan(0);
    expect(existsSync(join(runLogFolder(ws), 'svc-down', 'Owner.lock'))).toBe(false);
    const log = await readRunLog(ws, 'svc-down');
    expect(log.status).toBe('FAIL');
    expect(log.steps.produce!.status).toBe('FAIL');
    expect(log.steps.produce!.attempts.map((a) => a.status)).toEqual(['FAIL']);
    expect(log.steps.read!.status).toBe('SUCCESS');
    expect(JSON.stringify(log)).not.toContain('PROCESSING');
    expect(JSON.stringify(log)).not.toContain(TOKEN);

    // Service back: a retry of the run is accepted and ends, and its run log is stored.
    const again = await runAction(root, svc, ws, { command: 'retry', pipeline: 'p.yaml', 'run-id': 'svc-down' }, { job: 'job-down-retry' });
    expect({ code: again.code, tail: again.code === 0 ? '' : again.stdout.slice(-3000) }).toEqual({ code: 0, tail: '' });
    expect(again.outputs.status).toBe('SUCCESS');
    expect(again.outputs['run-log-artifact']).toMatch(/^rn-svc-down-a1-runlog-/);
    // The step whose file was lost ran again and stored it; the others were skipped.
    const retried = await readRunLog(ws, 'svc-down');
    expect(retried.steps.produce!.attempts.map((a) => a.status)).toEqual(['FAIL', 'SUCCESS']);
    expect(retried.steps.read!.attempts).toHaveLength(1);
    expect(svc.artifacts().some((a) => /^rn-svc-down-a1-[0-9a-f]{8}-\d{4}$/.test(a.name))).toBe(true);
    // eslint-disable-next-line no-console
    console.log(`outage: exit ${r.code} in ${Math.round(r.ms)} ms; retry ${Math.round(again.ms)} ms`);
  });

  test('only the catalog pack refused: FAIL (the step and the run), and no index that lists files whose bytes are in no artifact', async () => {
    const ws = await workspaceWith(root, { 'p.yaml': PIPELINE });
    const before = svc.artifacts().length;
    svc.artifactOutage = { status: 403, names: /^rn-pack-down-a1-[0-9a-f]{8}-\d{4}$/ };
    let r: Awaited<ReturnType<typeof runAction>>;
    try {
      r = await runAction(root, svc, ws, { command: 'execute', pipeline: 'p.yaml', 'run-id': 'pack-down' }, { job: 'job-pack-down' });
    } finally {
      svc.artifactOutage = undefined;
    }
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('FAIL');
    expect(errors(r.stdout).map((e) => e.line)).toEqual([
      '::error title=step produce failed,file=p.yaml::catalog put failed: its files could not be stored (github-artifacts failed; see the job log)',
      expect.stringMatching(/^::error::\[RA600\] the catalog of run 'pack-down' could not be stored/),
    ]);
    const made = svc.artifacts().slice(before).map((a) => a.name);
    // The run log and the run report, no catalog index.
    expect(made).toEqual([expect.stringMatching(/^rn-pack-down-a1-runlog-/), expect.stringMatching(/^rn-pack-down-a1-report-/)]);
    expect(r.outputs['run-log-artifact']).toBe(made[0]);
  });

  test('a map whose items put files, pack refused: the items, their branches and the map are marked FAIL; a retry runs exactly those items again and stores their files', async () => {
    const pipeline = `
dag:
  start_at: fan
  steps:
    fan:
      type: map
      iterate_on: items
      iterate_as: item
      next: after
      branch:
        start_at: make
        steps:
          make:
            type: task
            command_type: shell
            command: mkdir -p out && echo "item $item" > out/$item.txt
            catalog:
              put: ["out/*.txt"]
            next: success
    after:
      type: task
      command_type: shell
      command: "true"
      next: success
`;
    const ws = await workspaceWith(root, { 'm.yaml': pipeline, 'params.yaml': 'items: [a, b, c]\n' });
    svc.artifactOutage = { status: 403, names: /^rn-map-down-a1-[0-9a-f]{8}-\d{4}$/ };
    let r: Awaited<ReturnType<typeof runAction>>;
    try {
      r = await runAction(root, svc, ws, { command: 'execute', pipeline: 'm.yaml', 'parameters-file': 'params.yaml', 'run-id': 'map-down' }, { job: 'job-map-down' });
    } finally {
      svc.artifactOutage = undefined;
    }
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('FAIL');
    const log = await readRunLog(ws, 'map-down');
    expect(log.status).toBe('FAIL');
    expect(log.steps.fan!.status).toBe('FAIL');
    expect(log.steps.after!.status).toBe('SUCCESS');
    const branches = Object.values(log.steps.fan!.branches);
    expect(branches.map((b) => b.status)).toEqual(['FAIL', 'FAIL', 'FAIL']);
    for (const b of branches) expect(Object.values(b.steps).find((st) => st.name === 'make')!.status).toBe('FAIL');

    const again = await runAction(root, svc, ws, { command: 'retry', pipeline: 'm.yaml', 'run-id': 'map-down' }, { job: 'job-map-down-retry' });
    expect({ code: again.code, tail: again.code === 0 ? '' : again.stdout.slice(-3000) }).toEqual({ code: 0, tail: '' });
    const retried = await readRunLog(ws, 'map-down');
    expect(retried.status).toBe('SUCCESS');
    for (const b of Object.values(retried.steps.fan!.branches)) {
      expect(b.status).toBe('SUCCESS');
      expect(Object.values(b.steps).find((st) => st.name === 'make')!.attempts.map((a) => a.status)).toEqual(['FAIL', 'SUCCESS']);
    }
    expect(retried.steps.after!.attempts).toHaveLength(1);
  });

  test('only the run log upload refused: the run status stands (exit 0), a warning and a summary line; the post step stores it', async () => {
    const ws = await workspaceWith(root, { 'p.yaml': PIPELINE });
    svc.artifactOutage = { status: 403, names: /-runlog-/ };
    let r: Awaited<ReturnType<typeof runAction>>;
    try {
      r = await runAction(root, svc, ws, { command: 'execute', pipeline: 'p.yaml', 'run-id': 'log-down' }, { job: 'job-log-down' });
    } finally {
      svc.artifactOutage = undefined;
    }
    expect({ code: r.code, tail: r.code === 0 ? '' : r.stdout.slice(-3000) }).toEqual({ code: 0, tail: '' });
    expect(r.outputs.status).toBe('SUCCESS');
    expect(r.outputs['run-id']).toBe('log-down');
    expect(r.outputs['run-log-artifact']).toBeUndefined();
    expect(errors(r.stdout)).toEqual([]);
    expect(r.stdout).toMatch(/^::warning::could not store the run log as an artifact: uploading artifact 'rn-log-down-a1-runlog-/m);
    expect(plain(r.summary)).toContain('## ✅ runnable run `log-down`: SUCCESS');
    expect(plain(r.summary)).toMatch(/⚠️ the run log could not be stored as an artifact .*\[RA600\] uploading artifact 'rn-log-down-a1-runlog-/);
    expect(r.state).toMatchObject({ isPost: 'true', runId: 'log-down', persisted: 'false' });
    // The post step (the runner passes main's saved state back as STATE_*) stores it once the service answers.
    const stateEnv = Object.fromEntries(Object.entries(r.state).map(([k, v]) => [`STATE_${k}`, v]));
    const post = await runAction(root, svc, ws, { command: 'execute', pipeline: 'p.yaml', 'run-id': 'log-down' }, { job: 'job-log-down', env: stateEnv });
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(/run log of log-down stored as artifact rn-log-down-a1-runlog-/);
  });

  test('a retry whose run log cannot be restored (ListArtifacts refused): status FAIL, run-id, a summary, one ::error::, exit 1', async () => {
    const ws = await workspaceWith(root, { 'p.yaml': PIPELINE });
    svc.artifactOutage = { status: 403, rpc: 'ListArtifacts' };
    let r: Awaited<ReturnType<typeof runAction>>;
    try {
      r = await runAction(root, svc, ws, { command: 'retry', pipeline: 'p.yaml', 'run-id': 'list-down' }, { job: 'job-list-down' });
    } finally {
      svc.artifactOutage = undefined;
    }
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('FAIL');
    expect(r.outputs['run-id']).toBe('list-down');
    const errs = errors(r.stdout);
    expect(errs.map((e) => e.line)).toEqual([expect.stringMatching(/^::error::\[RA600\] listing the artifacts of this workflow run failed: /)]);
    expect(r.stdout).not.toMatch(/^\s+at /m);
    expect(plain(r.summary)).toMatch(/^## ❌ `retry` of run `list-down` failed\n\n\[RA600\] listing the artifacts of this workflow run failed: /);
  });
});

describe('cancellation while an upload hangs', () => {
  // The Action gives a hanging upload a few seconds, short of the runner's kill (not asserted: timing is bench/'s).
  test('SIGTERM while the catalog upload hangs: the Action gives the upload up, sets status FAIL and run-id, writes a summary, stores the run log and exits 130', async () => {
    // PIPELINE's first step, then a step that is still running when the signal comes.
    const pipeline = `${PIPELINE.slice(0, PIPELINE.indexOf('    wipe:')).replace('next: wipe', 'next: slow')}    slow:
      type: task
      command_type: shell
      command: |
        echo "step-running-$((6 * 7))"
        sleep 60
      next: success
`;
    const ws = await workspaceWith(root, { 'p.yaml': pipeline });
    // Only the catalog's packs hang; the run log's own upload works.
    svc.artifactStall = { ms: 60_000, names: /^rn-hang-a1-[0-9a-f]{8}-\d{4}$/ };
    let r: Awaited<ReturnType<typeof runAction>>;
    let sentAt = 0;
    try {
      r = await runAction(root, svc, ws, { command: 'execute', pipeline: 'p.yaml', 'run-id': 'hang' }, {
        job: 'job-hang',
        onStdout: (all, kill) => {
          // The step's own output (the shell computes 42), not its command's text that a log line could echo.
          if (!sentAt && all.includes('step-running-42')) {
            sentAt = Date.now();
            kill('SIGTERM');
          }
        },
      });
    } finally {
      svc.artifactStall = undefined;
    }
    expect(sentAt).toBeGreaterThan(0);
    expect(r.code).toBe(130);
    expect(r.outputs.status).toBe('FAIL');
    expect(r.outputs['run-id']).toBe('hang');
    expect(plain(r.summary)).toContain('cancelled by SIGTERM');
    expect(plain(r.summary)).toContain('run-id: hang');
    expect(r.stdout).not.toMatch(/^\s+at /m);
    // The run log is stored: by this step within the 2.5 s it allows itself after the 6 s, or — a busy machine
    // may need longer for the upload — by the post step, which this step's saved state sends to do it.
    const stored = () => svc.artifacts().some((a) => /^rn-hang-a1-runlog-/.test(a.name));
    if (!stored()) {
      expect(r.state.persisted).not.toBe('true');
      const stateEnv = Object.fromEntries(Object.entries(r.state).map(([k, v]) => [`STATE_${k}`, v]));
      const post = await runAction(root, svc, ws, { command: 'execute', pipeline: 'p.yaml', 'run-id': 'hang' }, { job: 'job-hang', env: stateEnv });
      expect({ code: post.code, tail: post.code === 0 ? '' : post.stdout.slice(-3000) }).toEqual({ code: 0, tail: '' });
    }
    expect(stored()).toBe(true);
    const log = await createRunLogStore({ type: 'chunked-fs', config: {} }, ws).getRunLog('hang');
    expect(log.steps.produce!.status).toBe('SUCCESS');
    expect(log.steps.slow!.status).not.toBe('SUCCESS');
  });
});
