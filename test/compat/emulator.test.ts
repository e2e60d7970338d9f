/**
 * The `emulator` pipeline executor (runnable's): every leaf runs in its own `runnable execute-single-node`
 * process, with the argv an Argo pod gets; composites fan out and in in the walking process. Runs the built
 * CLI (RUNNABLE_DIST or dist/).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli } from '../support/cli.js';
import { PEER_PYTHON, readWithRunnable } from './runnable-peer.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const d = mkdtempSync(path.join(tmpdir(), 'ra-emu-'));
  dirs.push(d);
  for (const [n, t] of Object.entries(files)) writeFileSync(path.join(d, n), t);
  return d;
}

const PIPELINE = `
dag:
  start_at: a
  steps:
    a: {type: task, command_type: shell, command: 'echo $PPID >> pids.txt; export items="[1, 2]"', returns: [{name: items}], next: m}
    m:
      type: map
      iterate_on: items
      iterate_as: item
      next: flaky
      branch:
        start_at: t
        steps:
          t: {type: task, command_type: shell, command: 'echo $PPID >> pids.txt; export res=$((item * 10))', returns: [{name: res}], next: success}
          success: {type: success}
          fail: {type: fail}
    flaky:
      type: task
      command_type: shell
      command: 'echo x >> tries.txt; [ $(wc -l < tries.txt) -ge 2 ]'
      max_attempts: 3
      next: success
    success: {type: success}
    fail: {type: fail}
`;

describe('emulator executor', () => {
  it('runs every step in a process of its own, retries one attempt per process, and gets what local gets', async () => {
    const cwd = project({ 'pipeline.yaml': PIPELINE, 'config.yaml': 'pipeline-executor:\n  type: emulator\nrun-log-store:\n  type: chunked-fs\n' });
    const r = await runCli(['execute', '-f', 'pipeline.yaml', '-c', 'config.yaml', '--run-id', 'emu'], { cwd, env: cleanEnv(), timeoutMs: 400_000 });
    expect(r.stderr + r.stdout).toMatch(/run emu SUCCESS/);
    expect(r.code).toBe(0);
    const pids = readFileSync(path.join(cwd, 'pids.txt'), 'utf8').trim().split('\n');
    expect(pids).toHaveLength(3);
    expect(new Set(pids).size).toBe(3);
    expect(readFileSync(path.join(cwd, 'tries.txt'), 'utf8').trim().split('\n')).toHaveLength(2);
    const t = await runCli(['timeline', 'emu', '-c', 'config.yaml'], { cwd, env: cleanEnv() });
    expect(t.stdout).toMatch(/flaky\s+task\s+SUCCESS\s+2/);
    // Each step's status line once: the step's own process prints it, the walker does not repeat it.
    expect(r.stderr.match(/^✓ a SUCCESS/gm)).toHaveLength(1);
    expect(r.stderr.match(/^✓ flaky SUCCESS/gm)).toHaveLength(1);
    expect(r.stderr.match(/^✓ m SUCCESS/gm)).toHaveLength(1);
    // Settled by the walker: written in runnable's layout too, although its steps were written by other processes.
    const dir = path.join(cwd, '.run_log_store', 'emu');
    expect(readdirSync(dir).filter((f) => f.startsWith('StepLog-'))).toEqual([]);
    const runLog = JSON.parse(readFileSync(path.join(dir, 'RunLog.json'), 'utf8'));
    expect(Object.keys(runLog.steps)).toEqual(['a', 'm', 'flaky', 'success']);
    expect(JSON.parse(readFileSync(path.join(dir, 'BranchLog-m.2.json'), 'utf8')).parameters.res.value).toBe(20);
    if (PEER_PYTHON) {
      const seen = readWithRunnable(path.join(cwd, '.run_log_store'), 'emu');
      expect(seen.status).toBe('SUCCESS');
      expect(Object.keys(seen.steps).sort()).toEqual(['a', 'flaky', 'm', 'm.1.success', 'm.1.t', 'm.2.success', 'm.2.t', 'success']);
    }
  }, 450_000); // a process per step: 115 s measured on a loaded machine (load 9)

  it('with the file-system run log (one document, rewritten whole), runs map branches one at a time and loses no step', async () => {
    // Pods are processes: two writing the one document at once would lose one's update (a step left PROCESSING).
    const pipeline = PIPELINE.replace('export items="[1, 2]"', 'export items="[1, 2, 3, 4]"').replace("'echo $PPID >> pids.txt; export res", "'echo \"start $item\" >> order.txt; sleep 0.3; echo \"end $item\" >> order.txt; export res");
    const cwd = project({ 'pipeline.yaml': pipeline, 'config.yaml': 'pipeline-executor:\n  type: emulator\n' });
    const r = await runCli(['execute', '-f', 'pipeline.yaml', '-c', 'config.yaml', '--run-id', 'emufs'], { cwd, env: cleanEnv(), timeoutMs: 400_000 });
    expect(r.stderr + r.stdout).toMatch(/run emufs SUCCESS/);
    const order = readFileSync(path.join(cwd, 'order.txt'), 'utf8').trim().split('\n');
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3', 'start 4', 'end 4']);
    const log = JSON.parse(readFileSync(path.join(cwd, '.run_log_store', 'emufs.json'), 'utf8'));
    expect(log.parameters.res.value).toEqual([10, 20, 30, 40]);
  }, 450_000);

  it('local-container stays refused with a clear message', async () => {
    const cwd = project({ 'pipeline.yaml': PIPELINE, 'config.yaml': 'pipeline-executor:\n  type: local-container\n' });
    const r = await runCli(['execute', '-f', 'pipeline.yaml', '-c', 'config.yaml'], { cwd, env: cleanEnv() });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/config\.yaml:2:9: .*'local-container' is a runnable pipeline-executor .*\(supported: local, mocked, emulator, argo\)/);
  });
});
