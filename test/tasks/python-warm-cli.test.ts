/**
 * Warm python workers through the bundled CLI: a map's module is imported once per run, an edited module is
 * seen by the next run, SIGTERM stops every python task and its subprocesses, and a `kill -9` of the CLI
 * leaves nothing that a `retry` does not stop first.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, cleanEnv, runCli } from '../support/cli.js';
import { alive, waitFor, waitGone } from '../support/wait.js';
import { createRunLogStore } from '../../src/runlog/factory.js';

const CONFIG = 'pipeline-executor:\n  type: local\n  config:\n    max_workers: 4\nrun-log-store:\n  type: chunked-fs\ncatalog:\n  type: do-nothing\nsecrets:\n  type: do-nothing\n';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const MODULE = `import os, subprocess, time
with open('imports.log', 'a') as f:
    f.write('%d\\n' % os.getpid())
VERSION = 'one'


def work(item):
    if os.path.exists('go.marker') or not os.path.exists('slow.marker'):
        return '%s-%s' % (VERSION, item)
    p = subprocess.Popen(['sleep', '60'])
    with open('pids/%s' % item, 'w') as f:
        f.write('%d %d\\n' % (os.getpid(), p.pid))
    time.sleep(60)
`;
const PIPELINE =
  'dag:\n  start_at: fan\n  steps:\n    fan:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n' +
  '      branch:\n        start_at: w\n        steps:\n          w:\n            type: task\n            command_type: python\n' +
  '            command: warmmod.work\n            returns: [{name: out}]\n            next: success\n';

function project(): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'ra-warm-cli-'));
  dirs.push(cwd);
  mkdirSync(path.join(cwd, 'pids'));
  writeFileSync(path.join(cwd, 'warmmod.py'), MODULE);
  writeFileSync(path.join(cwd, 'p.yaml'), PIPELINE);
  writeFileSync(path.join(cwd, 'c.yaml'), CONFIG);
  writeFileSync(path.join(cwd, 'params.yaml'), 'items: [0, 1, 2, 3]\n');
  return cwd;
}
const env = cleanEnv({ PYTHONDONTWRITEBYTECODE: '1' });
const imports = (cwd: string): number => readFileSync(path.join(cwd, 'imports.log'), 'utf8').trim().split('\n').length;

/** The pids of the first `n` tasks (task and its subprocess each): each file counts once it is whole. */
async function waitForPids(cwd: string, n: number): Promise<number[]> {
  const dir = path.join(cwd, 'pids');
  const whole = () => readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8')).filter((t) => t.endsWith('\n'));
  await waitFor(() => whole().length >= n, undefined, () => `${n} tasks to start (${whole().length} did)`);
  return whole().flatMap((t) => t.trim().split(' ').map(Number));
}

async function outs(cwd: string, runId: string): Promise<unknown[]> {
  const store = createRunLogStore({ type: 'chunked-fs', config: { log_folder: '.run_log_store' } }, cwd);
  const log = await store.getRunLog(runId);
  expect(log.status).toBe('SUCCESS');
  expect(JSON.stringify(log)).not.toContain('PROCESSING');
  return Object.values(log.steps.fan!.branches)
    .map((b) => b.steps[Object.keys(b.steps).find((k) => k.endsWith('.w'))!]!.attempts.at(-1)!.output_parameters?.out?.value ?? null)
    .sort();
}

describe('warm python workers in the CLI', () => {
  it('import the module once per run; the next run sees an edited module', async () => {
    const cwd = project();
    const a = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'w1'], { cwd, env });
    expect({ code: a.code, err: a.code === 0 ? '' : a.stderr }).toEqual({ code: 0, err: '' });
    expect(await outs(cwd, 'w1')).toEqual(['one-0', 'one-1', 'one-2', 'one-3']);
    expect(imports(cwd)).toBe(1);
    writeFileSync(path.join(cwd, 'warmmod.py'), MODULE.replace("VERSION = 'one'", "VERSION = 'two'"));
    const b = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'w2'], { cwd, env });
    expect(b.code).toBe(0);
    expect(await outs(cwd, 'w2')).toEqual(['two-0', 'two-1', 'two-2', 'two-3']);
    expect(imports(cwd)).toBe(2);
  }, 180_000);

  it('SIGTERM stops every python task and its subprocesses; the run fails with the reason and retry completes it', async () => {
    const cwd = project();
    writeFileSync(path.join(cwd, 'slow.marker'), '');
    const child = spawn(process.execPath, [CLI, 'execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'wt'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const pids = await waitForPids(cwd, 4);
    expect(pids.every(alive)).toBe(true);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(130);
    expect(stderr).toContain("retry it with 'runnable retry wt'");
    // Signals act asynchronously: poll until every task and subprocess is gone.
    await waitGone(pids);
    writeFileSync(path.join(cwd, 'go.marker'), '');
    const retry = await runCli(['retry', 'wt', '-c', 'c.yaml'], { cwd, env });
    expect({ code: retry.code, err: retry.code === 0 ? '' : retry.stderr }).toEqual({ code: 0, err: '' });
    expect(await outs(cwd, 'wt')).toEqual(['one-0', 'one-1', 'one-2', 'one-3']);
  }, 240_000);

  it('after kill -9 of the CLI, retry stops the python tasks still running before it runs them again', async () => {
    const cwd = project();
    writeFileSync(path.join(cwd, 'slow.marker'), '');
    const child = spawn(process.execPath, [CLI, 'execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'wk'], { cwd, env, stdio: ['ignore', 'ignore', 'ignore'] });
    const pids = await waitForPids(cwd, 4);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    writeFileSync(path.join(cwd, 'go.marker'), '');
    const retry = await runCli(['retry', 'wk', '-c', 'c.yaml'], { cwd, env });
    expect({ code: retry.code, err: retry.code === 0 ? '' : retry.stderr }).toEqual({ code: 0, err: '' });
    expect(pids.filter(alive)).toEqual([]);
    expect(await outs(cwd, 'wk')).toEqual(['one-0', 'one-1', 'one-2', 'one-3']);
    expect(existsSync(path.join(cwd, 'imports.log'))).toBe(true);
  }, 240_000);
});
