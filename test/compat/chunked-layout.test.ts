/**
 * chunked-fs in runnable 0.50's layout, both directions (issue 14): a finished run of ours is also written
 * as RunLog.json (root steps, run_config) + BranchLog-<internal name>.json (each branch with its steps), which
 * runnable's ChunkedFileSystemRunLogStore reads in full; and a folder in that layout (written here the way
 * runnable writes it, for a pipeline of our own) is read and retried by us. Engine from src/ (no build).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { executeCommand } from '../../src/commands/execute.js';
import { retryCommand } from '../../src/commands/retry.js';
import { ChunkedFsRunLogStore } from '../../src/runlog/chunked-fs.js';
import type { Parameter, Parameters, RunHeader, StepLog, StepRecord } from '../../src/runlog/model.js';
import { cleanEnv } from '../support/cli.js';
import { NO_PEER, PEER_PYTHON, readWithRunnable } from './runnable-peer.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const PIPELINE = `
dag:
  start_at: make
  steps:
    make: {type: task, command_type: shell, command: 'export items="[1, 2]"', returns: [{name: items}], next: m}
    m:
      type: map
      iterate_on: items
      iterate_as: item
      next: success
      branch:
        start_at: t
        steps:
          t: {type: task, command_type: shell, command: 'test -f ok || exit 1; export res=$item', returns: [{name: res}], next: success}
          success: {type: success}
          fail: {type: fail}
    success: {type: success}
    fail: {type: fail}
`;

function project(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'ra-layout-'));
  dirs.push(d);
  writeFileSync(path.join(d, 'pipeline.yaml'), PIPELINE);
  writeFileSync(path.join(d, 'config.yaml'), 'run-log-store:\n  type: chunked-fs\n');
  return d;
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;

describe('a finished run of ours, in runnable layout', () => {
  it('RunLog.json holds the root steps and run_config; each branch is BranchLog-<name>.json with its steps', async () => {
    const cwd = project();
    writeFileSync(path.join(cwd, 'ok'), '');
    const r = await executeCommand({ pipelineFile: 'pipeline.yaml', configFile: 'config.yaml', cwd, env: cleanEnv(), runId: 'ours' });
    expect(r.status).toBe('SUCCESS');
    const dir = path.join(cwd, '.run_log_store', 'ours');
    const runLog = json(path.join(dir, 'RunLog.json'));
    expect(runLog.status).toBe('SUCCESS');
    expect(Object.keys(runLog.steps)).toEqual(['make', 'm', 'success']);
    expect(runLog.steps.m.branches).toEqual({});
    expect(runLog.run_config.dag_hash).toBe(runLog.dag_hash);
    const branch = json(path.join(dir, 'BranchLog-m.1.json'));
    expect(branch.internal_name).toBe('m.1');
    expect(Object.keys(branch.steps)).toEqual(['m.1.t', 'm.1.success']);
    expect(branch.parameters.res.value).toBe(1);
    expect(existsSync(path.join(dir, 'BranchLog-m.2.json'))).toBe(true);
    // Still ours to read: the same document as during the run.
    const again = await new ChunkedFsRunLogStore({ logFolder: path.join(cwd, '.run_log_store') }).getRunLog('ours');
    expect(Object.keys((again.steps['m'] as StepLog).branches)).toEqual(['m.1', 'm.2']);
    expect(again.parameters['res']?.value).toEqual([1, 2]);
  });
});

describe('runnable 0.50 reading our runs', () => {
  const it_ = PEER_PYTHON ? it : it.skip;
  if (!PEER_PYTHON) it.skip(NO_PEER, () => undefined);
  it_('sees every step of a finished local run, branches included', async () => {
    const cwd = project();
    writeFileSync(path.join(cwd, 'ok'), '');
    expect((await executeCommand({ pipelineFile: 'pipeline.yaml', configFile: 'config.yaml', cwd, env: cleanEnv(), runId: 'peer' })).status).toBe('SUCCESS');
    const seen = readWithRunnable(path.join(cwd, '.run_log_store'), 'peer');
    expect(seen.status).toBe('SUCCESS');
    expect(Object.keys(seen.steps).sort()).toEqual(['m', 'm.1.success', 'm.1.t', 'm.2.success', 'm.2.t', 'make', 'success']);
  }, 150_000);
});

const attempt = (status: 'SUCCESS' | 'FAIL', input: Parameters = {}, output: Parameters = {}): StepRecord['attempts'][number] => ({
  attempt_number: 1, start_time: '2026-01-01T10:00:00.000Z', end_time: '2026-01-01T10:00:01.000Z', status, message: '',
  input_parameters: input, output_parameters: output, user_defined_metrics: {}, retry_indicator: '', code_identities: [],
});
const rec = (internal: string, type: string, status: string, attempts: StepRecord['attempts'] = []): StepRecord => ({
  name: internal.split('.').at(-1)!, internal_name: internal, status: status as StepRecord['status'], step_type: type, message: '', mock: false, attempts, data_catalog: [],
});

describe('a run several processes wrote (the emulator, Argo pods)', () => {
  /** Writes a finished map run from two store instances that never claim it: chunk files only, as pods leave them. */
  async function podsRun(logFolder: string, runId: string): Promise<void> {
    const p = (value: unknown): Parameter => ({ kind: 'json', value, description: value }) as Parameter;
    const big = p('x'.repeat(5000));
    const header = { run_id: runId, dag_hash: 'h', tag: '', status: 'PROCESSING', job: null, parameters: { items: p([1, 2]) } } as unknown as RunHeader;
    const walker = new ChunkedFsRunLogStore({ logFolder });
    await walker.createRun(header, { dag_hash: 'h' });
    await walker.putStep(runId, rec('m', 'map', 'SUCCESS'), '');
    for (const i of [1, 2]) {
      const pod = new ChunkedFsRunLogStore({ logFolder });
      await pod.putBranch(runId, { internal_name: `m.${i}`, status: 'SUCCESS', parameters: { res: p(i) } }, 'm');
      await pod.putStep(runId, rec(`m.${i}.t`, 'task', 'SUCCESS', [attempt('SUCCESS', { item: p(i), blob: big }, { res: p(i), out: big })]), `m.${i}`);
      await pod.putStep(runId, rec(`m.${i}.success`, 'success', 'SUCCESS', [attempt('SUCCESS')]), `m.${i}`);
    }
    await walker.putStep(runId, rec('success', 'success', 'SUCCESS', [attempt('SUCCESS')]), '');
    await walker.updateRunHeader(runId, (h) => ({ ...h, status: 'SUCCESS' }));
  }

  it('is written in runnable layout by whoever finishes it; our chunk files fold into the journal, the run reads the same', async () => {
    const logFolder = path.join(project(), '.run_log_store');
    await podsRun(logFolder, 'pods');
    const dir = path.join(logFolder, 'pods');
    expect(readdirSync(dir).filter((f) => f.startsWith('StepLog-'))).toHaveLength(6);
    const before = await new ChunkedFsRunLogStore({ logFolder }).getRunLog('pods');
    await new ChunkedFsRunLogStore({ logFolder }).finishRun('pods'); // a third process (Argo's exit handler)
    expect(readdirSync(dir).filter((f) => f.startsWith('StepLog-'))).toEqual([]);
    expect(existsSync(path.join(dir, 'Owner.lock'))).toBe(false);
    const runLog = json(path.join(dir, 'RunLog.json'));
    expect(runLog.status).toBe('SUCCESS');
    expect(Object.keys(runLog.steps)).toEqual(['m', 'success']);
    const b = json(path.join(dir, 'BranchLog-m.2.json'));
    expect(b.parameters.res.value).toBe(2);
    const t = b.steps['m.2.t'].attempts[0];
    expect(Object.keys(t.input_parameters)).toEqual(['item']); // the 5,000-character input is left out
    expect(t.output_parameters.out.value).toHaveLength(5000); // an output is written whole
    // Ours to read and to write again, unchanged.
    expect(await new ChunkedFsRunLogStore({ logFolder }).getRunLog('pods')).toEqual(before);
    const later = new ChunkedFsRunLogStore({ logFolder });
    await later.updateRunHeader('pods', (h) => ({ ...h, tag: 'again' }));
    expect({ ...(await later.getRunLog('pods')), tag: '' }).toEqual(before);
    if (PEER_PYTHON) {
      await new ChunkedFsRunLogStore({ logFolder }).finishRun('pods');
      const seen = readWithRunnable(logFolder, 'pods');
      expect(Object.keys(seen.steps).sort()).toEqual(['m', 'm.1.success', 'm.1.t', 'm.2.success', 'm.2.t', 'success']);
    }
  }, 150_000);

  it('is left alone while another live process owns it (that one exports at its end)', async () => {
    const logFolder = path.join(project(), '.run_log_store');
    await podsRun(logFolder, 'owned');
    const owner = new ChunkedFsRunLogStore({ logFolder });
    await owner.claimRun('owned');
    await new ChunkedFsRunLogStore({ logFolder }).finishRun('owned');
    const dir = path.join(logFolder, 'owned');
    expect(json(path.join(dir, 'RunLog.json')).steps).toBeUndefined();
    expect(readdirSync(dir).filter((f) => f.startsWith('StepLog-'))).toHaveLength(6);
    await owner.finishRun('owned');
    expect(Object.keys(json(path.join(dir, 'RunLog.json')).steps)).toEqual(['m', 'success']);
    expect(json(path.join(dir, 'BranchLog-m.1.json')).steps['m.1.t'].status).toBe('SUCCESS');
  });
});

/** Writes a failed run of PIPELINE the way runnable 0.50's chunked-fs store does (its dump, its hash). */
function writeRunnableRun(cwd: string, runId: string): void {
  const dir = path.join(cwd, '.run_log_store', runId);
  mkdirSync(dir, { recursive: true });
  const attempt = (status: string, t: string, out: Record<string, unknown> = {}) => ({
    attempt_number: 1,
    start_time: `2026-01-01 10:00:0${t}.000000`,
    end_time: `2026-01-01 10:00:0${t}.500000`,
    status,
    message: '',
    input_parameters: {},
    output_parameters: out,
    user_defined_metrics: {},
    retry_indicator: '',
    code_identities: [{ code_identifier: null, code_identifier_type: 'git', code_identifier_dependable: false, code_identifier_url: null, code_identifier_message: '' }],
  });
  const step = (name: string, internal: string, type: string, status: string, attempts: unknown[]) => ({ name, internal_name: internal, status, step_type: type, message: '', mock: false, attempts, branches: {}, data_catalog: [] });
  const items = { kind: 'json', value: [1, 2], description: [1, 2] };
  const term = (name: string, type: string) => ({ name, node_type: type });
  const dag = {
    start_at: 'make',
    name: '',
    description: null,
    nodes: {
      make: { node_type: 'task', name: 'make', next_node: 'm', on_failure: '', overrides: {}, catalog: null, max_attempts: 1, command_type: 'shell', command: 'export items="[1, 2]"', returns: [{ name: 'items' }] },
      m: {
        node_type: 'map', name: 'm', is_composite: true, next_node: 'success', on_failure: '', overrides: {}, iterate_on: 'items', iterate_as: 'item', reducer: null,
        branch: {
          start_at: 't', name: '', description: null,
          nodes: {
            t: { node_type: 'task', name: 't', next_node: 'success', on_failure: '', overrides: {}, catalog: null, max_attempts: 1, command_type: 'shell', command: 'test -f ok || exit 1; export res=$item', returns: [{ name: 'res' }] },
            success: term('success', 'success'),
            fail: term('fail', 'fail'),
          },
        },
      },
      success: term('success', 'success'),
      fail: term('fail', 'fail'),
    },
  };
  writeFileSync(
    path.join(dir, 'RunLog.json'),
    JSON.stringify({
      run_id: runId,
      dag_hash: '9c59ed16d00f2bb5526fec455626adfdf2453504',
      tag: '',
      status: 'FAIL',
      steps: {
        make: step('make', 'make', 'task', 'SUCCESS', [attempt('SUCCESS', '1', { items })]),
        m: step('m', 'm', 'map', 'FAIL', []),
        fail: step('fail', 'fail', 'fail', 'SUCCESS', [attempt('SUCCESS', '6')]),
      },
      job: null,
      parameters: { items },
      run_config: { execution_mode: 'yaml', run_id: runId, dag, dag_hash: '9c59ed16d00f2bb5526fec455626adfdf2453504' },
    }, null, 4),
  );
  for (const [i, t] of [[1, '2'], [2, '4']] as const) {
    writeFileSync(
      path.join(dir, `BranchLog-m.${i}.json`),
      JSON.stringify({
        internal_name: `m.${i}`,
        status: 'FAIL',
        steps: {
          [`m.${i}.t`]: step('t', `m.${i}.t`, 'task', 'FAIL', [attempt('FAIL', t)]),
          [`m.${i}.fail`]: step('fail', `m.${i}.fail`, 'fail', 'SUCCESS', [attempt('SUCCESS', String(Number(t) + 1))]),
        },
        parameters: {},
      }, null, 4),
    );
  }
}

describe('a run runnable wrote', () => {
  it('is read as one document (branches under their steps)', async () => {
    const cwd = project();
    writeRunnableRun(cwd, 'theirs');
    const log = await new ChunkedFsRunLogStore({ logFolder: path.join(cwd, '.run_log_store') }).getRunLog('theirs');
    expect(log.status).toBe('FAIL');
    expect(Object.keys(log.steps)).toEqual(['make', 'm', 'fail']);
    const m = log.steps['m'] as StepLog;
    expect(Object.keys(m.branches)).toEqual(['m.1', 'm.2']);
    expect(Object.keys(m.branches['m.1']!.steps)).toEqual(['m.1.t', 'm.1.fail']);
    expect(log.run_config.dag_hash).toBe('9c59ed16d00f2bb5526fec455626adfdf2453504');
  });

  it('is retried by us: succeeded steps skipped, failed ones run again, and the result readable by runnable again', async () => {
    const cwd = project();
    writeRunnableRun(cwd, 'theirs');
    writeFileSync(path.join(cwd, 'ok'), '');
    const r = await retryCommand({ pipelineFile: 'pipeline.yaml', configFile: 'config.yaml', cwd, env: cleanEnv(), runId: 'theirs' });
    expect(r.status).toBe('SUCCESS');
    expect((r.runLog.steps['make'] as StepLog).attempts).toHaveLength(1);
    expect(r.runLog.parameters['res']?.value).toEqual([1, 2]);
    const dir = path.join(cwd, '.run_log_store', 'theirs');
    expect(json(path.join(dir, 'RunLog.json')).status).toBe('SUCCESS');
    const b = json(path.join(dir, 'BranchLog-m.2.json'));
    expect(b.status).toBe('SUCCESS');
    expect(b.steps['m.2.t'].attempts.map((a: { status: string }) => a.status)).toEqual(['FAIL', 'SUCCESS']);
    expect(readdirSync(dir).filter((f) => f.startsWith('StepLog-'))).toEqual([]);
  });
});
