/**
 * A run written by Argo pods (one process per step, none owning the run) is written in runnable's chunked-fs
 * layout by the workflow's exit handler (`fan RUN - exit`), once it has settled the run. Real processes of the
 * built CLI (RUNNABLE_DIST or dist/), the argv the compiled workflow gives them.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli } from '../support/cli.js';
import { PEER_PYTHON, readWithRunnable } from './runnable-peer.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const PIPELINE = `dag:
  start_at: m
  steps:
    m:
      type: map
      iterate_on: items
      iterate_as: x
      next: success
      branch:
        start_at: s
        steps:
          s: {type: task, command_type: shell, command: 'export seen="$x"', returns: [{name: seen}], next: success}
`;

describe("Argo's exit handler", () => {
  it("writes the pods' run in runnable's layout after settling it", async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ra-argo-exit-'));
    dirs.push(cwd);
    writeFileSync(path.join(cwd, 'p.yaml'), PIPELINE);
    writeFileSync(path.join(cwd, 'c.yaml'), 'run-log-store: {type: chunked-fs}\n');
    writeFileSync(path.join(cwd, 'params.yaml'), 'items: [1, 2]\n');
    const common = ['--file', 'p.yaml', '--config-file', 'c.yaml', '--orchestrator', 'argo', '--parameters-file', 'params.yaml'];
    const pod = async (...argv: string[]) => {
      const r = await runCli(argv, { cwd, env: cleanEnv(), timeoutMs: 120_000 });
      expect({ argv, code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ argv, code: 0, err: '' });
    };
    await pod('fan', 'r1', 'm', 'out', ...common, '--output-file', 'out.txt');
    for (const i of [0, 1]) await pod('execute-single-node', 'r1', 'm.map_variable_placeholder.s', ...common, '--iter-variable', `{"map_variable":{"x":{"index":${i}}},"loop_variable":[]}`);
    await pod('fan', 'r1', 'm', 'in', ...common);
    const dir = path.join(cwd, '.run_log_store', 'r1');
    expect(readdirSync(dir).filter((f) => f.startsWith('StepLog-')).length).toBeGreaterThan(0); // pods write chunk files
    await pod('fan', 'r1', '-', 'exit', ...common, '--workflow-status', 'Succeeded');
    expect(readdirSync(dir).filter((f) => f.startsWith('StepLog-'))).toEqual([]);
    const runLog = JSON.parse(readFileSync(path.join(dir, 'RunLog.json'), 'utf8'));
    expect(runLog.status).toBe('SUCCESS');
    expect(Object.keys(runLog.steps)).toEqual(['m', 'success']);
    const branch = JSON.parse(readFileSync(path.join(dir, 'BranchLog-m.2.json'), 'utf8'));
    expect(Object.keys(branch.steps)).toEqual(['m.2.s', 'm.2.success']);
    expect(branch.parameters.seen.value).toBe(2);
    // Still ours: timeline reads it.
    const t = await runCli(['timeline', 'r1', '-c', 'c.yaml'], { cwd, env: cleanEnv() });
    expect(t.stdout).toMatch(/\[2\]\s+branch\s+SUCCESS[^]*\n\s+s\s+task\s+SUCCESS/);
    if (PEER_PYTHON) expect(Object.keys(readWithRunnable(path.join(cwd, '.run_log_store'), 'r1').steps).sort()).toEqual(['m', 'm.1.s', 'm.1.success', 'm.2.s', 'm.2.success', 'success']);
  }, 300_000);
});
