/**
 * chunked-fs owner journal: the local executor claims its run and appends records to Journal.jsonl. What a
 * user of the store would notice: the same run log as chunk files give, readable by other processes while the
 * owner runs, one owner at a time, a killed owner's run picked up (torn line cut), and any later non-owner
 * writer folding the journal back into chunk files without losing or reordering a record.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { RunLogCorruptError, RunLogInUseError } from '../../src/errors.js';
import { ChunkedFsRunLogStore, JOURNAL_FILE, OWNER_LOCK_FILE } from '../../src/runlog/chunked-fs.js';
import { makeParameter } from '../../src/runlog/model.js';
import type { RunLogStore } from '../../src/runlog/store.js';
import { header, step, tempDir } from './helpers.js';
import { CLI, cleanEnv, makeProject, runCli } from '../support/cli.js';

const root = tempDir('journal-');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = () => path.join(root, `s${++n}`);
const storeAt = (logFolder: string) => new ChunkedFsRunLogStore({ logFolder, lock: { staleMs: 2000, timeoutMs: 3000 } });

/** A run with a map of 3 items, a branch update and a header update, written through `store`. */
async function writeRun(store: RunLogStore, runId: string): Promise<void> {
  await store.putStep(runId, step('m', 'map', 'PROCESSING'), '');
  for (const i of ['0', '1', '2']) {
    await store.putBranch(runId, { internal_name: `m.${i}`, status: 'PROCESSING', parameters: {} }, 'm');
    await store.putStep(runId, step(`m.${i}.t`, 'task', 'PROCESSING'), `m.${i}`);
    await store.putStep(runId, step(`m.${i}.t`), `m.${i}`);
    await store.updateBranch(runId, `m.${i}`, (b) => ({ ...b, status: 'SUCCESS', parameters: { out: makeParameter('json', Number(i) * 2) } }));
  }
  await store.putStep(runId, step('m'), '');
  await store.updateRunHeader(runId, (h) => ({ ...h, status: 'SUCCESS', parameters: { ...h.parameters, big: makeParameter('json', 'x'.repeat(10_000)) } }));
}

describe('chunked-fs owner journal', () => {
  it('gives the same run log as chunk files, with no chunk file per record, and RunLog.json final after release', async () => {
    const plain = storeAt(folder());
    await plain.createRun(header('J'), { dag: {} });
    await writeRun(plain, 'J');
    const expected = await plain.getRunLog('J');

    const dir = folder();
    const owner = storeAt(dir);
    await owner.createRun(header('J'), { dag: {} });
    await owner.claimRun('J');
    await writeRun(owner, 'J');
    const files = fs.readdirSync(path.join(dir, 'J')).sort();
    expect(files.filter((f) => /^(StepLog|BranchLog)-/.test(f))).toEqual([]);
    expect(files).toContain(JOURNAL_FILE);
    expect(files).toContain(OWNER_LOCK_FILE);
    const strip = (log: unknown) => JSON.parse(JSON.stringify(log, (k, v) => (k.endsWith('_time') ? undefined : v)));
    expect(strip(await owner.getRunLog('J'))).toEqual(strip(expected));
    // Another process (here: another store instance) reads the journal over the chunk files while the owner runs.
    expect(strip(await storeAt(dir).getRunLog('J'))).toEqual(strip(expected));
    expect(Object.keys((await owner.getRunLog('J')).steps.m!.branches)).toEqual(['m.0', 'm.1', 'm.2']);

    await owner.releaseRun('J');
    expect(fs.existsSync(path.join(dir, 'J', OWNER_LOCK_FILE))).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'J', 'RunLog.json'), 'utf8')).status).toBe('SUCCESS');
    expect(strip(await storeAt(dir).getRunLog('J'))).toEqual(strip(expected));
  });

  it('allows one owner at a time: a second claim while the owner lives fails with RA204 and a non-owner write is refused', async () => {
    const dir = folder();
    const owner = storeAt(dir);
    await owner.createRun(header('K'), {});
    await owner.claimRun('K');
    await owner.putStep('K', step('a'), '');
    const other = storeAt(dir);
    const err = await other.claimRun('K').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunLogInUseError);
    expect((err as RunLogInUseError).code).toBe('RA204');
    expect((err as Error).message).toContain(`process ${process.pid}`);
    await expect(other.putStep('K', step('b'), '')).rejects.toBeInstanceOf(RunLogInUseError);
    await owner.releaseRun('K');
    await other.claimRun('K');
    await other.putStep('K', step('b'), '');
    await other.releaseRun('K');
    expect(Object.keys((await storeAt(dir).getRunLog('K')).steps)).toEqual(['a', 'b']);
  });

  it('picks up the run of a killed owner: the dead owner lock is broken and a torn last line is cut, not read', async () => {
    const dir = folder();
    const first = storeAt(dir);
    await first.createRun(header('D'), {});
    await first.claimRun('D');
    await first.putStep('D', step('a'), '');
    await first.releaseRun('D');
    // What a kill -9 leaves: the lock of a dead process and half a line.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(path.join(dir, 'D', OWNER_LOCK_FILE), JSON.stringify({ pid: Number(dead.stdout), host: (await import('node:os')).hostname(), token: 'x', time: new Date().toISOString() }));
    fs.appendFileSync(path.join(dir, 'D', JOURNAL_FILE), '{"t":"s","parent_branch":"","sequence":1,"step":{"name":"b","internal_');
    expect(Object.keys((await storeAt(dir).getRunLog('D')).steps)).toEqual(['a']);

    const next = storeAt(dir);
    await next.claimRun('D');
    await next.putStep('D', step('c'), '');
    await next.releaseRun('D');
    const text = fs.readFileSync(path.join(dir, 'D', JOURNAL_FILE), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n').filter(Boolean).map((l) => JSON.parse(l).t)).toEqual(['s', 's']);
    expect(Object.keys((await storeAt(dir).getRunLog('D')).steps)).toEqual(['a', 'c']);
  });

  it('folds the journal into chunk files on the first write of a non-owner (an orchestrator pod), keeping every record and its order', async () => {
    const dir = folder();
    const owner = storeAt(dir);
    await owner.createRun(header('F'), {});
    await owner.claimRun('F');
    await writeRun(owner, 'F');
    await owner.releaseRun('F');
    const before = await storeAt(dir).getRunLog('F');

    const pod = storeAt(dir);
    await pod.putStep('F', step('after'), '');
    const files = fs.readdirSync(path.join(dir, 'F'));
    expect(files).not.toContain(JOURNAL_FILE);
    expect(files.filter((f) => f.startsWith('BranchLog-'))).toHaveLength(3);
    const after = await storeAt(dir).getRunLog('F');
    expect(Object.keys(after.steps)).toEqual(['m', 'after']);
    expect(after.steps.m).toEqual(before.steps.m);
    expect(after.parameters).toEqual(before.parameters);
    expect(after.status).toBe('SUCCESS');
  });

  it('names the file and line of a corrupt journal line', async () => {
    const dir = folder();
    const owner = storeAt(dir);
    await owner.createRun(header('C'), {});
    await owner.claimRun('C');
    await owner.putStep('C', step('a'), '');
    await owner.releaseRun('C');
    fs.appendFileSync(path.join(dir, 'C', JOURNAL_FILE), '{"t":"s","oops"}\n');
    const err = await storeAt(dir).getRunLog('C').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunLogCorruptError);
    expect((err as Error).message).toContain(`${JOURNAL_FILE}:2`);
  });

  it('a retry of a run still being executed by another runnable process is refused (RA204, exit 1, no stack trace); after that process is killed, retry completes it', async () => {
    const cwd = makeProject('ra-owner-');
    fs.writeFileSync(
      path.join(cwd, 'p.yaml'),
      'dag:\n  start_at: slow\n  steps:\n    slow:\n      type: task\n      command_type: shell\n      command: "if [ ! -f once ]; then touch once; sleep 30; fi"\n      next: success\n',
    );
    fs.writeFileSync(path.join(cwd, 'c.yaml'), 'run-log-store:\n  type: chunked-fs\ncatalog:\n  type: do-nothing\nsecrets:\n  type: do-nothing\n');
    const child = spawn(process.execPath, [CLI, 'execute', '-f', 'p.yaml', '-c', 'c.yaml', '--run-id', 'busy'], { cwd, env: cleanEnv(), stdio: 'ignore' });
    try {
      const once = path.join(cwd, 'once');
      for (let i = 0; i < 200 && !fs.existsSync(once); i++) await new Promise((r) => setTimeout(r, 50));
      expect(fs.existsSync(once)).toBe(true);
      const refused = await runCli(['retry', 'busy', '-f', 'p.yaml', '-c', 'c.yaml'], { cwd, env: cleanEnv() });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`run 'busy' is being written by process ${child.pid}`);
      expect(refused.stderr).toContain('RA204');
      expect(refused.stderr).not.toMatch(/^\s+at /m);
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.on('close', r));
    }
    const retried = await runCli(['retry', 'busy', '-f', 'p.yaml', '-c', 'c.yaml'], { cwd, env: cleanEnv() });
    expect({ code: retried.code, err: retried.stderr }).toEqual({ code: 0, err: expect.any(String) });
    const log = await storeAt(path.join(cwd, '.run_log_store')).getRunLog('busy');
    expect(log.status).toBe('SUCCESS');
    expect(log.steps.slow!.attempts.map((a) => a.status)).toEqual(['SUCCESS']);
    fs.rmSync(cwd, { recursive: true, force: true });
  }, 30_000);
});
