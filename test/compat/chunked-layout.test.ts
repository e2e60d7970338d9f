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
import type { StepLog } from '../../src/runlog/model.js';
import { cleanEnv } from '../support/cli.js';

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
