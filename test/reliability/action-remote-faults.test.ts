/**
 * Remote-service faults for the Action's artifact uploads (the Kubernetes API's 500/429/reset/timeout cases
 * are in test/argo/submit-poll.test.ts; zip-slip in test/action/github-artifacts-catalog.test.ts). The Results
 * service double answers 500 or 429 before answering OK, during the catalog's and the run log's uploads: the
 * run still succeeds, every artifact is made once (no 409 conflict, no duplicate), and a later step gets the
 * files back. (A service that keeps failing costs the toolkit's full backoff, ~70 s: measured
 * once for SECURITY.md, not repeated in CI.)
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type AzuriteHandle } from '../support/azurite.js';
import { startResultsService, type ResultsService } from '../support/results-service.js';
import { DIST, runAction, workspaceWith } from '../security/action-harness.js';

jest.setTimeout(120_000);

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
  test('500 then OK on CreateArtifact, 429 then OK on FinalizeArtifact (2 faults: each costs the toolkit ~3 s of backoff): the run succeeds, each artifact made once', async () => {
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
