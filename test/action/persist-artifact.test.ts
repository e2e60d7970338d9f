/** Run-log persistence as an artifact (double + Azurite): idempotent per content, restored in a later job. */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type AzuriteHandle } from '../support/azurite.js';
import { runtimeToken, startResultsService, type ResultsService } from '../support/results-service.js';

jest.setTimeout(300_000); // Action runs against the service doubles: generous for a loaded machine
let az: AzuriteHandle;
let svc: ResultsService;
let root: string;
let mod: typeof import('../../src/github/persist-artifact.js');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rn-persist-'));
  az = await startAzurite();
  svc = await startResultsService({ azurite: az });
  Object.assign(process.env, { ACTIONS_RESULTS_URL: svc.url, ACTIONS_RUNTIME_TOKEN: runtimeToken('run-55', 'job-1'), GITHUB_RUN_ID: '55', GITHUB_RUN_ATTEMPT: '1', GITHUB_WORKSPACE: root, RUNNER_TEMP: root, GITHUB_REPOSITORY: 'o/r' });
  mod = await import('../../src/github/persist-artifact.js');
});
afterAll(async () => {
  await svc?.close();
  await az?.stop();
  await rm(root, { recursive: true, force: true });
});

describe('run log artifact', () => {
  test('same state twice: one artifact, no 409; new state: new artifact; restore takes the newest into a new job', async () => {
    const folder = join(root, 'logs');
    await mkdir(join(folder, 'r-1'), { recursive: true });
    await writeFile(join(folder, 'r-1', 'RunLog.json'), '{"status":"PROCESSING"}');
    await writeFile(join(folder, 'r-1', 'BranchLog-m.1.json'), '{}');
    const a = await mod.persistRunLogArtifact({ runId: 'r-1', logFolder: folder });
    const b = await mod.persistRunLogArtifact({ runId: 'r-1', logFolder: folder });
    expect(a.alreadyStored).toBe(false);
    expect(b).toMatchObject({ alreadyStored: true, id: a.id, name: a.name });
    await writeFile(join(folder, 'r-1', 'RunLog.json'), '{"status":"FAIL"}');
    const c = await mod.persistRunLogArtifact({ runId: 'r-1', logFolder: folder });
    expect(c.name).not.toBe(a.name);
    expect(svc.count(409)).toBe(0);

    process.env.ACTIONS_RUNTIME_TOKEN = runtimeToken('run-55', 'job-2');
    process.env.GITHUB_RUN_ATTEMPT = '2';
    const other = join(root, 'other');
    const r = await mod.restoreRunLogArtifact({ runId: 'r-1', logFolder: other });
    expect(r?.name).toBe(c.name);
    expect(await readFile(join(other, 'r-1', 'RunLog.json'), 'utf8')).toBe('{"status":"FAIL"}');
    expect(await mod.restoreRunLogArtifact({ runId: 'nope', logFolder: other })).toBeUndefined();
    await expect(mod.persistRunLogArtifact({ runId: '../x', logFolder: folder })).rejects.toThrow(/run ids may only contain/);
  });
});
