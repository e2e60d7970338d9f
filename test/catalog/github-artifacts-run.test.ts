/**
 * The github-artifacts catalog's options and statistics travel with the run, not through process-wide slots:
 * the edge gives options in RunOptions.catalogOptions, gets the run's catalog through RunOptions.onCatalog,
 * and reads its statistics from RunResult.catalog. Two runs in one process keep their statistics apart, and
 * the token the options carry reaches no step's environment. Engine from src/, Results double + Azurite.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executeCommand } from '../../src/commands/execute.js';
import type { Catalog } from '../../src/catalog/catalog.js';
import type { GithubArtifactsCatalog } from '../../src/catalog/github-artifacts.js';
import { startAzurite, type AzuriteHandle } from '../support/azurite.js';
import { runtimeToken, startResultsService, type ResultsService } from '../support/results-service.js';
import { cleanEnv } from '../support/cli.js';

jest.setTimeout(120_000);

let az: AzuriteHandle;
let svc: ResultsService;
let root: string;
const TOKEN = 'ghs_crossRunReadToken0123456789';

const PIPELINE = `dag:
  start_at: make
  steps:
    make:
      type: task
      command_type: shell
      command: |
        mkdir -p out && echo "made by $RUN" > out/x.txt
        env
      catalog: {put: [out/x.txt]}
      next: use
    use:
      type: task
      command_type: shell
      command: grep -q "made by" out/x.txt
      catalog: {get: [out/x.txt]}
      next: success
`;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rn-gha-run-'));
  az = await startAzurite();
  svc = await startResultsService({ azurite: az });
  // The artifact client reads its runtime from process.env, as on a runner.
  for (const k of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'GITHUB_SERVER_URL']) delete process.env[k];
  Object.assign(process.env, { ACTIONS_RESULTS_URL: svc.url, ACTIONS_RUNTIME_TOKEN: runtimeToken('run-6161', 'job-1'), GITHUB_RUN_ID: '6161', GITHUB_RUN_ATTEMPT: '1', GITHUB_REPOSITORY: 'octo/pipelines', RUNNER_TEMP: root });
  await writeFile(join(root, 'p.yaml'), PIPELINE);
  await writeFile(join(root, 'c.yaml'), `run-log-store: {type: buffered}\ncatalog:\n  type: github-artifacts\n  flush_interval_seconds: 0\n  state_dir: ${JSON.stringify(join(root, 'state'))}\n`);
});

afterAll(async () => {
  await svc?.close();
  await az?.stop();
  await rm(root, { recursive: true, force: true });
});

async function run(runId: string) {
  const logs: string[] = [];
  const output: string[] = [];
  let handed: Catalog | undefined;
  const env = cleanEnv({ ACTIONS_RESULTS_URL: svc.url, ACTIONS_RUNTIME_TOKEN: process.env.ACTIONS_RUNTIME_TOKEN!, GITHUB_RUN_ID: '6161', GITHUB_RUN_ATTEMPT: '1', RUNNER_TEMP: root, RUN: runId });
  const result = await executeCommand({
    pipelineFile: 'p.yaml',
    configFile: 'c.yaml',
    cwd: root,
    env,
    runId,
    catalogOptions: { githubArtifacts: { token: TOKEN, log: (m) => logs.push(m) } },
    onCatalog: (c) => {
      handed = c;
    },
    reporter: { stepOutput: (e) => output.push(e.chunk) },
  });
  return { result, logs, output: output.join(''), handed };
}

describe('github-artifacts catalog in a run', () => {
  test('options in RunOptions, the catalog handed over and its statistics in RunResult, per run', async () => {
    const one = await run('gha-one');
    expect(one.result.status).toBe('SUCCESS');
    // The handle given during the run is the run's catalog, the one the result carries.
    expect(one.handed).toBe(one.result.catalog);
    expect(one.result.catalog.kind).toBe('github-artifacts');
    const stats1 = (one.result.catalog as GithubArtifactsCatalog).stats;
    expect(stats1.uploaded.map((u) => u.kind)).toEqual(['pack', 'index']);
    expect(stats1.uploaded.every((u) => u.name.startsWith('rn-gha-one-'))).toBe(true);
    // The logger given in the options is the catalog's.
    expect(one.logs.join('\n')).toMatch(/catalog: uploaded \d+ file\(s\), .* as artifact rn-gha-one-/);

    const two = await run('gha-two');
    expect(two.result.status).toBe('SUCCESS');
    const stats2 = (two.result.catalog as GithubArtifactsCatalog).stats;
    // Only its own uploads: nothing of the first run's catalog.
    expect(stats2.uploaded.length).toBeGreaterThan(0);
    expect(stats2.uploaded.every((u) => u.name.startsWith('rn-gha-two-'))).toBe(true);
    expect(two.logs.join('\n')).not.toMatch(/gha-one/);

    // Flushing through the handle after the run is harmless (nothing pending).
    await expect(two.result.catalog.flush()).resolves.toBeUndefined();
    // Nothing went through process-wide slots or the environment.
    expect(Object.getOwnPropertySymbols(globalThis).map(String).filter((s) => /github-artifacts/.test(s))).toEqual([]);
    expect(one.output).toContain('RUN=gha-one');
    expect(one.output + two.output).not.toContain(TOKEN);
    expect(JSON.stringify(process.env)).not.toContain(TOKEN);
  });
});
