/**
 * Cancellation through the bundled CLI (SIGTERM of a plain step is in faults.test.ts): SIGINT (Ctrl-C), and
 * a cancel while a parallel node and a map each have several step processes running, some with grandchildren.
 * Every process is stopped, the CLI exits 130, the run log is FAIL with the reason, nothing is left PROCESSING,
 * and `runnable retry` completes the run. (How fast the CLI exits is measured in bench/, not asserted here.)
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, cleanEnv, runCli } from '../support/cli.js';
import { alive, waitFor, waitGone } from '../support/wait.js';
import { createRunLogStore } from '../../src/runlog/factory.js';
import type { RunLog, StepLog } from '../../src/runlog/model.js';

const CONFIG = 'pipeline-executor:\n  type: local\n  config:\n    max_workers: 8\nrun-log-store:\n  type: chunked-fs\ncatalog:\n  type: do-nothing\nsecrets:\n  type: do-nothing\n';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A shell step that records its pid and a background grandchild's, then waits unless go.marker exists. */
const SLOW = (indent: string, name: string, next: string, id: string) =>
  `${indent}${name}:\n${indent}  type: task\n${indent}  command_type: shell\n${indent}  command: |\n` +
  `${indent}    if [ -f go.marker ]; then echo ran ${id} >> ledger.txt; exit 0; fi\n` +
  `${indent}    sleep 60 &\n${indent}    echo $! > pids/${id}.grandchild\n${indent}    echo $$ > pids/${id}.pid\n${indent}    wait\n` +
  `${indent}  next: ${next}\n`;

function pipeline(): string {
  let y = 'dag:\n  start_at: par\n  steps:\n    par:\n      type: parallel\n      next: fan\n      branches:\n';
  for (let i = 0; i < 4; i++) y += `        b${i}:\n          start_at: s\n          steps:\n` + SLOW('            ', 's', 'success', `b${i}`);
  y += '    fan:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n      branch:\n        start_at: m\n        steps:\n' + SLOW('          ', 'm', 'success', 'm$item');
  return y;
}

function setup(): { cwd: string; env: Record<string, string> } {
  const cwd = mkdtempSync(path.join(tmpdir(), 'ra-cancel-'));
  dirs.push(cwd);
  mkdirSync(path.join(cwd, 'pids'));
  writeFileSync(path.join(cwd, 'p.yaml'), pipeline());
  writeFileSync(path.join(cwd, 'c.yaml'), CONFIG);
  writeFileSync(path.join(cwd, 'params.yaml'), 'items: [0, 1, 2, 3, 4, 5]\n');
  return { cwd, env: cleanEnv() };
}

/** Every pid the steps wrote so far (each file is complete only once it ends with a newline: see readWhole). */
function pids(cwd: string): number[] {
  return readdirSync(path.join(cwd, 'pids')).map((f) => {
    const text = readFileSync(path.join(cwd, 'pids', f), 'utf8');
    return text.endsWith('\n') ? Number(text) : NaN;
  });
}

function walk(steps: Record<string, StepLog>, out: StepLog[]): StepLog[] {
  for (const s of Object.values(steps)) {
    out.push(s);
    for (const b of Object.values(s.branches)) walk(b.steps, out);
  }
  return out;
}

async function cancelAt(signal: NodeJS.Signals, phase: 'parallel' | 'map'): Promise<void> {
  const { cwd, env } = setup();
  // For the map phase the parallel branches must pass: let them through with a per-branch marker.
  const p = phase === 'map' ? pipeline().replace(/if \[ -f go\.marker \]/g, 'if [ -f go.marker ] || [ "${item:-}" = "" ]') : pipeline();
  writeFileSync(path.join(cwd, 'p.yaml'), p);
  const child = spawn(process.execPath, [CLI, 'execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'cx'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const expected = phase === 'parallel' ? 8 : 12; // pid + grandchild per running step (4 branches / 6 items)
  await waitFor(() => { const p = pids(cwd); return p.length >= expected && p.every((x) => x > 1); }, undefined, `${expected} step and grandchild pids`);
  const running = pids(cwd);
  expect(running.every(alive)).toBe(true);
  child.kill(signal);
  const code = await new Promise<number | null>((r) => child.on('close', r));
  expect(code).toBe(130);
  expect(stderr).toContain("retry it with 'runnable retry cx'");
  // Every shell and grandchild stops (SIGTERM, SIGKILL after a grace: signals act asynchronously, so poll).
  await waitGone(running);

  const store = createRunLogStore({ type: 'chunked-fs', config: { log_folder: '.run_log_store' } }, cwd);
  const log: RunLog = await store.getRunLog('cx');
  expect(log.status).toBe('FAIL');
  const composite = log.steps[phase === 'parallel' ? 'par' : 'fan']!;
  expect(composite.status).toBe('FAIL');
  const failedTasks = walk(log.steps, []).filter((s) => s.step_type === 'task' && s.status === 'FAIL');
  expect(failedTasks.length).toBe(phase === 'parallel' ? 4 : 6);
  for (const s of failedTasks) expect(s.message).toMatch(/cancel/i);
  expect(JSON.stringify(log)).not.toContain('PROCESSING');

  writeFileSync(path.join(cwd, 'go.marker'), '');
  const retry = await runCli(['retry', 'cx', '-c', 'c.yaml'], { cwd, env });
  expect({ code: retry.code, err: retry.code === 0 ? '' : retry.stderr }).toEqual({ code: 0, err: '' });
  expect((await store.getRunLog('cx')).status).toBe('SUCCESS');
}

describe('cancellation with several running children', () => {
  it('SIGINT during a 4-branch parallel: 4 shells + 4 grandchildren stopped, exit 130, FAIL with reason, retry succeeds', async () => {
    await cancelAt('SIGINT', 'parallel');
  }, 240_000);
  it('SIGTERM during a 6-item map (max_workers 8): 6 shells + 6 grandchildren stopped, exit 130, FAIL with reason, retry succeeds', async () => {
    await cancelAt('SIGTERM', 'map');
  }, 240_000);
  it('SIGINT during a map: same guarantees as SIGTERM', async () => {
    await cancelAt('SIGINT', 'map');
  }, 240_000);
});
