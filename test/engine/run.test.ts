/**
 * The engine from src/, without a build: `execute` and `retry` as library calls over the engine's front
 * door, on pipelines of every node kind. The CLI suites cover the same runs through the bundle; these make
 * an engine change testable before `dist/` is rebuilt.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { executeCommand } from '../../src/commands/execute.js';
import { retryCommand } from '../../src/commands/retry.js';
import type { RunResult } from '../../src/engine/index.js';
import type { StepLog } from '../../src/runlog/model.js';
import { cleanEnv, makeProject } from '../support/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(): string {
  const d = makeProject('ra-engine-');
  dirs.push(d);
  return d;
}

async function run(cwd: string, pipelineFile: string, more: { parametersFile?: string; configFile?: string; runId?: string } = {}): Promise<RunResult> {
  return executeCommand({ pipelineFile, cwd, env: cleanEnv(), runId: more.runId, parametersFile: more.parametersFile, configFile: more.configFile });
}

const status = (r: RunResult, name: string): string | undefined => r.runLog.steps[name]?.status;

describe('engine (src, no build)', () => {
  it('runs a shell task to SUCCESS and records its attempt', async () => {
    const r = await run(project(), 'examples/concepts/task_shell_simple.yaml');
    expect(r.status).toBe('SUCCESS');
    const s = r.runLog.steps['shell'] as StepLog;
    expect(s.status).toBe('SUCCESS');
    expect(s.attempts.length).toBe(1);
  });

  it('follows on_failure: the failed step stays FAIL and the run recovers', async () => {
    const r = await run(project(), 'examples/02-sequential/on_failure_succeed.yaml');
    expect(r.status).toBe('SUCCESS');
    expect(status(r, 'step_1')).toBe('FAIL');
    expect(status(r, 'step_4')).toBe('SUCCESS');
    expect(r.runLog.steps['step_2']).toBeUndefined();
  });

  it('a conditional runs only the branch whose key matches', async () => {
    const cwd = project();
    const r = await run(cwd, 'examples/08-conditional/conditional.yaml', { parametersFile: 'examples/08-conditional/params.yaml' });
    expect(r.status).toBe('SUCCESS');
    const branches = Object.keys((r.runLog.steps['toss'] as StepLog).branches ?? {});
    expect(branches).toEqual(['toss.heads']);
    expect(r.runLog.parameters['outcome']?.value).toBe('heads');
  });

  it('a loop runs until break_on and hands its parameters to the next step', async () => {
    const r = await run(project(), 'examples/09-loop/loop.yaml');
    expect(r.status).toBe('SUCCESS');
    expect(status(r, 'after')).toBe('SUCCESS');
    expect(Object.keys((r.runLog.steps['count'] as StepLog).branches ?? {})).toHaveLength(3);
  });

  it('a map over a parameter list runs one branch per item and reduces their returns', async () => {
    const cwd = project();
    const r = await run(cwd, 'examples/07-map/custom_reducer.yaml', { parametersFile: 'examples/03-parameters/initial_parameters.yaml' });
    expect(r.status).toBe('SUCCESS');
    expect(status(r, 'collect')).toBe('SUCCESS');
  });

  it('parallel branches all run', async () => {
    const r = await run(project(), 'examples/06-parallel/parallel.yaml');
    expect(r.status).toBe('SUCCESS');
    const p = Object.values(r.runLog.steps).find((s) => (s as StepLog).step_type === 'parallel') as StepLog;
    expect(Object.values(p.branches ?? {}).every((b) => b.status === 'SUCCESS')).toBe(true);
    expect(Object.keys(p.branches ?? {}).length).toBeGreaterThan(1);
  });

  it('retry passes the run id as data: succeeded steps are skipped, the failed one runs again', async () => {
    const cwd = project();
    const dir = mkdtempSync(path.join(tmpdir(), 'ra-engine-flag-'));
    dirs.push(dir);
    const flag = path.join(dir, 'ok');
    writeFileSync(
      path.join(cwd, 'retry.yaml'),
      `dag:\n  start_at: first\n  steps:\n    first:\n      type: task\n      command_type: shell\n      command: echo once >> ${JSON.stringify(path.join(dir, 'count'))}\n      next: second\n    second:\n      type: task\n      command_type: shell\n      command: test -f ${JSON.stringify(flag)}\n      next: success\n`,
    );
    const first = await run(cwd, 'retry.yaml', { runId: 'engine-retry-1' });
    expect(first.status).toBe('FAIL');
    writeFileSync(flag, '');
    const again = await retryCommand({ runId: 'engine-retry-1', pipelineFile: 'retry.yaml', cwd, env: cleanEnv() });
    expect(again.status).toBe('SUCCESS');
    expect(again.runId).toBe('engine-retry-1');
    expect((again.runLog.steps['first'] as StepLog).attempts).toHaveLength(1);
    expect((again.runLog.steps['second'] as StepLog).attempts.length).toBe(2);
    expect(readFileSync(path.join(dir, 'count'), 'utf8')).toBe('once\n');
  });

  it('one run-id rule everywhere: the engine, the stores and the artifact store refuse the same ids', async () => {
    const { isValidRunId } = await import('../../src/runlog/run-id.js');
    const { createRunLogStore } = await import('../../src/runlog/factory.js');
    const cwd = project();
    for (const bad of ['a b', '-x', '../up', '.hidden', 'x'.repeat(201), 'a/b']) {
      expect({ bad, valid: isValidRunId(bad) }).toEqual({ bad, valid: false });
      await expect(run(cwd, 'examples/concepts/task_shell_simple.yaml', { runId: bad })).rejects.toThrow(/run id/);
      for (const type of ['file-system', 'chunked-fs'] as const) {
        const store = createRunLogStore({ type } as never, cwd);
        await expect(store.getRunHeader(bad).then(() => `${type} accepted ${bad}`)).rejects.toThrow(/run id/);
      }
    }
    expect(isValidRunId('quick-otter-20261204-212925-49adbd02')).toBe(true);
  });
});
