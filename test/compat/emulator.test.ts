/**
 * The `emulator` pipeline executor (runnable's): every leaf runs in its own `runnable execute-single-node`
 * process, with the argv an Argo pod gets; composites fan out and in in the walking process. Runs the built
 * CLI (RUNNABLE_DIST or dist/).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli } from '../support/cli.js';

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
    const r = await runCli(['execute', '-f', 'pipeline.yaml', '-c', 'config.yaml', '--run-id', 'emu'], { cwd, env: cleanEnv(), timeoutMs: 180_000 });
    expect(r.stderr + r.stdout).toMatch(/run emu SUCCESS/);
    expect(r.code).toBe(0);
    const pids = readFileSync(path.join(cwd, 'pids.txt'), 'utf8').trim().split('\n');
    expect(pids).toHaveLength(3);
    expect(new Set(pids).size).toBe(3);
    expect(readFileSync(path.join(cwd, 'tries.txt'), 'utf8').trim().split('\n')).toHaveLength(2);
    const t = await runCli(['timeline', 'emu', '-c', 'config.yaml'], { cwd, env: cleanEnv() });
    expect(t.stdout).toMatch(/flaky\s+task\s+SUCCESS\s+2/);
  }, 200_000);

  it('local-container stays refused with a clear message', async () => {
    const cwd = project({ 'pipeline.yaml': PIPELINE, 'config.yaml': 'pipeline-executor:\n  type: local-container\n' });
    const r = await runCli(['execute', '-f', 'pipeline.yaml', '-c', 'config.yaml'], { cwd, env: cleanEnv() });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/config\.yaml:2:9: .*'local-container' is a runnable pipeline-executor that runnable-action does not support \(supported: local, mocked, emulator, argo\)/);
  });
});
