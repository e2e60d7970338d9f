/**
 * Faults: a cancelled job (SIGTERM) and a runner killed with SIGKILL at 20 points of a 50-step pipeline
 * with a map and a parallel node, each followed by `runnable retry`. Nothing that succeeded runs again,
 * no record is lost, and the final run log matches an uninterrupted run's statuses and parameters.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, cleanEnv, makeProject, runCli } from '../support/cli.js';
import { readPid, waitGone } from '../support/wait.js';
import { createRunLogStore } from '../../src/runlog/factory.js';
import type { RunLog, StepLog } from '../../src/runlog/model.js';

const CONFIG = 'pipeline-executor:\n  type: local\n  config:\n    max_workers: 2\nrun-log-store:\n  type: chunked-fs\ncatalog:\n  type: file-system\nsecrets:\n  type: env-secrets\n';

/** 50 steps: a chain with a 10-item map (2 steps each) and a 4-branch parallel (2 steps each) in it. */
function bigPipeline(): string {
  const task = (name: string, next: string, indent: string) =>
    `${indent}${name}:\n${indent}  type: task\n${indent}  command_type: shell\n${indent}  command: |\n${indent}    echo "${name} $item" >> "$LEDGER"\n${indent}    sleep 0.02\n${indent}    export last=${name}\n${indent}  returns: [{name: last}]\n${indent}  next: ${next}\n`;
  let y = 'dag:\n  start_at: s01\n  steps:\n';
  for (let i = 1; i <= 10; i++) y += task(`s${String(i).padStart(2, '0')}`, i === 10 ? 'fan' : `s${String(i + 1).padStart(2, '0')}`, '    ');
  y += '    fan:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: par\n      branch:\n        start_at: m1\n        steps:\n';
  y += task('m1', 'm2', '          ') + task('m2', 'success', '          ');
  y += '    par:\n      type: parallel\n      next: t01\n      branches:\n';
  for (const b of ['b1', 'b2', 'b3', 'b4']) y += `        ${b}:\n          start_at: ${b}x1\n          steps:\n` + task(`${b}x1`, `${b}x2`, '            ') + task(`${b}x2`, 'success', '            ');
  for (let i = 1; i <= 10; i++) y += task(`t${String(i).padStart(2, '0')}`, i === 10 ? 'success' : `t${String(i + 1).padStart(2, '0')}`, '    ');
  return y;
}

function walk(steps: Record<string, StepLog>, out: Map<string, StepLog>): void {
  for (const s of Object.values(steps)) {
    out.set(s.internal_name, s);
    for (const b of Object.values(s.branches)) walk(b.steps, out);
  }
}

function allSteps(log: RunLog): Map<string, StepLog> {
  const m = new Map<string, StepLog>();
  walk(log.steps, m);
  return m;
}

async function readLog(cwd: string, runId: string): Promise<RunLog | undefined> {
  const store = createRunLogStore({ type: 'chunked-fs', config: { log_folder: '.run_log_store' } }, cwd);
  if (!(await store.runExists(runId))) return undefined;
  return store.getRunLog(runId);
}

function ledgerCounts(cwd: string): Map<string, number> {
  const m = new Map<string, number>();
  const file = path.join(cwd, 'ledger.txt');
  if (!existsSync(file)) return m;
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) m.set(line.trim(), (m.get(line.trim()) ?? 0) + 1);
  return m;
}

function setup(): { cwd: string; env: Record<string, string> } {
  const cwd = makeProject('ra-fault-');
  writeFileSync(path.join(cwd, 'p.yaml'), bigPipeline());
  writeFileSync(path.join(cwd, 'c.yaml'), CONFIG);
  writeFileSync(path.join(cwd, 'params.yaml'), 'items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n');
  return { cwd, env: cleanEnv({ LEDGER: path.join(cwd, 'ledger.txt') }) };
}

function summary(log: RunLog): Record<string, string> {
  const out: Record<string, string> = { run: log.status };
  for (const [name, s] of allSteps(log)) out[name] = s.status;
  return out;
}

describe('kill -9 of the runner, then retry', () => {
  it('completes with the same statuses and parameters as an uninterrupted run, at 20 kill points', async () => {
    const ref = setup();
    const t0 = performance.now();
    const full = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'ref'], ref);
    const fullMs = performance.now() - t0;
    expect(full.code).toBe(0);
    const reference = (await readLog(ref.cwd, 'ref'))!;
    expect(allSteps(reference).size).toBeGreaterThanOrEqual(50);

    for (let k = 0; k < 20; k++) {
      const { cwd, env } = setup();
      // Kill points spread over the whole run, from start-up to the last steps.
      const delay = Math.round(60 + (k / 19) * (fullMs - 80));
      const child = spawn(process.execPath, [CLI, 'execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'k'], { cwd, env, stdio: 'ignore' });
      // Listen before killing: at late kill points the run may already have finished.
      const closed = new Promise((r) => child.on('close', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await closed;
      // (Orphaned step shells may still append to the ledger: only steps recorded SUCCESS below are counted,
      // and those had finished. The retry stops the orphans' process groups before it runs anything.)
      const before = await readLog(cwd, 'k');
      const succeededBefore = before ? [...allSteps(before)].filter(([, s]) => s.step_type === 'task' && s.attempts.at(-1)?.status === 'SUCCESS').map(([n]) => n) : [];

      const retry = before
        ? await runCli(['retry', 'k', '-c', 'c.yaml'], { cwd, env })
        : await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'k'], { cwd, env });
      expect({ k, delay, code: retry.code, err: retry.code === 0 ? '' : retry.stderr }).toEqual({ k, delay, code: 0, err: '' });
      const after = (await readLog(cwd, 'k'))!;
      expect(summary(after)).toEqual(summary(reference));
      expect(after.parameters).toEqual(reference.parameters);
      // A step that had succeeded before the kill did not run again.
      const ledger = ledgerCounts(cwd);
      for (const name of succeededBefore) {
        const short = name.split('.').slice(-1)[0]!;
        const item = name.startsWith('fan.') ? name.split('.')[1] : '';
        expect({ name, runs: ledger.get(`${short} ${item}`.trim()) }).toEqual({ name, runs: 1 });
      }
      // Every step record is intact: attempts numbered 1..n without gaps or duplicates.
      for (const [, s] of allSteps(after)) {
        expect(s.attempts.map((a) => a.attempt_number)).toEqual(s.attempts.map((_, i) => i + 1));
      }
    }
  }, 1_800_000); // 21 runs and 20 retries: 9 min measured beside two CPU hogs and other suites (load 10)
});

describe('SIGTERM (a cancelled job)', () => {
  it('stops the step processes, marks the run FAIL with the reason, and the run can be retried', async () => {
    const { cwd, env } = setup();
    writeFileSync(
      path.join(cwd, 'slow.yaml'),
      'dag:\n  start_at: first\n  steps:\n    first:\n      type: task\n      command_type: shell\n      command: echo done >> first.txt\n      next: slow\n    slow:\n      type: task\n      command_type: shell\n      command: |\n        echo $$ > slow.pid\n        if [ ! -f go.marker ]; then sleep 60; fi\n      next: success\n',
    );
    const child = spawn(process.execPath, [CLI, 'execute', '-f', 'slow.yaml', '-c', 'c.yaml', '--run-id', 'cx'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // The shell creates slow.pid before it writes it: wait for the whole line (an empty read is pid 0, which
    // process.kill(0, 0) takes as our own process group, always alive).
    const pid = await readPid(path.join(cwd, 'slow.pid'));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(130);
    expect(stderr).toContain("retry it with 'runnable retry cx'");
    // The step's shell is stopped (SIGTERM, then SIGKILL after a grace: acted on asynchronously, so poll).
    await waitGone([pid]);
    const log = (await readLog(cwd, 'cx'))!;
    expect(log.status).toBe('FAIL');
    expect(log.steps.slow!.status).toBe('FAIL');
    expect(log.steps.slow!.message).toMatch(/cancel/i);
    expect(JSON.stringify(log)).not.toContain('PROCESSING');

    writeFileSync(path.join(cwd, 'go.marker'), '');
    const retry = await runCli(['retry', 'cx', '-c', 'c.yaml'], { cwd, env });
    expect(retry.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'first.txt'), 'utf8')).toBe('done\n');
    expect((await readLog(cwd, 'cx'))!.status).toBe('SUCCESS');
  }, 240_000);
});
