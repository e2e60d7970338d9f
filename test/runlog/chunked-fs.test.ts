/** chunked-fs specifics: layout, name encoding, corruption, temp files, locks, kill -9. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RunLogCorruptError, RunnableError } from '../../src/errors.js';
import { ChunkedFsRunLogStore, branchFileName, stepFileName } from '../../src/runlog/chunked-fs.js';
import { encodeName } from '../../src/runlog/fs-util.js';
import { withFileLock } from '../../src/runlog/lock.js';
import { makeParameter } from '../../src/runlog/model.js';
import { header, step, tempDir } from './helpers.js';

const root = tempDir('chunked-');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const newStore = () => new ChunkedFsRunLogStore({ logFolder: path.join(root, `s${++n}`), lock: { staleMs: 2000, timeoutMs: 3000 } });
const HERE = path.dirname(new URL(import.meta.url).pathname);

describe('chunked-fs layout', () => {
  it('writes RunLog.json, RunConfig.json and one indented chunk per step and branch', async () => {
    const store = newStore();
    await store.createRun(header('L'), { dag: {} });
    await store.putStep('L', step('m', 'map', 'PROCESSING'), '');
    await store.putBranch('L', { internal_name: 'm.1', status: 'CREATED', parameters: {} }, 'm');
    await store.putStep('L', step('m.1.t'), 'm.1');
    const dir = store.runDir('L');
    expect(fs.readdirSync(dir).sort()).toEqual(['BranchLog-m.1.json', 'RunConfig.json', 'RunLog.json', 'StepLog-m.1.t.json', 'StepLog-m.json']);
    const runLog = JSON.parse(fs.readFileSync(path.join(dir, 'RunLog.json'), 'utf8'));
    expect(Object.keys(runLog)).toEqual(['run_id', 'dag_hash', 'tag', 'status', 'job', 'parameters']);
    const chunkText = fs.readFileSync(path.join(dir, 'StepLog-m.1.t.json'), 'utf8');
    expect(chunkText).toContain('\n  "parent_branch": "m.1"');
    const chunk = JSON.parse(chunkText);
    expect(chunk.step.internal_name).toBe('m.1.t');
    expect(typeof chunk.sequence).toBe('number');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'BranchLog-m.1.json'), 'utf8')).parent_step).toBe('m');
  });

  it('encodes any internal name into a safe, unique file name', async () => {
    const names = ['m.a/b', 'm.a b', 'm.a%2Fb', 'm.A', 'm.a', 'm.~x', 'm.' + 'x'.repeat(400), 'm.' + 'x'.repeat(399) + 'y', 'm.ü', 'm..', 'm.*?<>|:"'];
    const files = names.map(encodeName);
    expect(new Set(files).size).toBe(names.length);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(names.length); // case-insensitive file systems
    for (const f of files) {
      expect(f).toMatch(/^[A-Za-z0-9_.%~-]+$/);
      expect(Buffer.byteLength(stepFileName(f))).toBeLessThan(200);
    }
    expect(encodeName('map_state.1.inner')).toBe('map_state.1.inner');
    expect(encodeName('m.a/b c')).toBe('m.a%2fb%20c');

    const store = newStore();
    await store.createRun(header('E'), {});
    await store.putStep('E', step('m', 'map'), '');
    for (const b of names) {
      await store.putBranch('E', { internal_name: b, status: 'SUCCESS', parameters: { name: makeParameter('json', b) } }, 'm');
      await store.putStep('E', step(`${b}.t`), b);
    }
    const log = await store.getRunLog('E');
    expect(Object.keys(log.steps.m!.branches)).toEqual(names);
    for (const b of names) {
      expect(log.steps.m!.branches[b]!.parameters.name!.value).toBe(b);
      expect(Object.keys(log.steps.m!.branches[b]!.steps)).toEqual([`${b}.t`]);
      expect((await store.getBranch('E', b))!.internal_name).toBe(b);
    }
  });

  it('names the corrupt chunk, and ignores temp files, locks and unrelated files', async () => {
    const store = newStore();
    await store.createRun(header('C'), {});
    await store.putStep('C', step('a'), '');
    const dir = store.runDir('C');
    fs.writeFileSync(path.join(dir, '.StepLog-b.json.123.4.tmp'), '{"half": ');
    fs.writeFileSync(path.join(dir, 'StepLog-x.json.lock'), '{}');
    fs.writeFileSync(path.join(dir, 'README.txt'), 'hello');
    expect(Object.keys((await store.getRunLog('C')).steps)).toEqual(['a']);

    const bad = path.join(dir, stepFileName('b'));
    fs.writeFileSync(bad, '{"parent_branch": "", "sequ');
    const err = await store.getRunLog('C').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunLogCorruptError);
    expect((err as RunLogCorruptError).path).toBe(bad);
    expect((err as Error).message).toContain('StepLog-b.json');
    await expect(store.getStep('C', 'b')).rejects.toBeInstanceOf(RunLogCorruptError);

    fs.writeFileSync(bad, '{"parent_branch": "", "sequence": 1, "step": 7}');
    await expect(store.getRunLog('C')).rejects.toThrow(/StepLog-b\.json is corrupt: not a step log/);
    fs.writeFileSync(bad, JSON.stringify({ parent_branch: 'ghost.1', sequence: 1, step: step('ghost.1.b') }));
    await expect(store.getRunLog('C')).rejects.toThrow(/parent branch 'ghost\.1' has no chunk/);
    fs.unlinkSync(bad);

    fs.writeFileSync(path.join(dir, 'RunLog.json'), 'not json');
    await expect(store.getRunHeader('C')).rejects.toBeInstanceOf(RunLogCorruptError);
    await expect(store.updateRunHeader('C', (h) => h)).rejects.toBeInstanceOf(RunLogCorruptError);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.lock') && f !== 'StepLog-x.json.lock')).toEqual([]); // released on error
  });

  it('breaks a lock left by a dead process, and times out on a live holder', async () => {
    const store = newStore();
    await store.createRun(header('K'), {});
    const lock = path.join(store.runDir('K'), 'RunLog.json.lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(lock, JSON.stringify({ pid: Number(dead.stdout), host: os.hostname(), token: 'x', time: '' }));
    const t = Date.now();
    await store.updateRunHeader('K', (h) => ({ ...h, status: 'SUCCESS' }));
    expect(fs.existsSync(lock)).toBe(false);

    // another host's lock, older than staleMs: broken by age
    fs.writeFileSync(lock, JSON.stringify({ pid: 1, host: 'elsewhere', token: 'y', time: '' }));
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    await store.updateRunHeader('K', (h) => ({ ...h, tag: 'aged' }));
    expect((await store.getRunHeader('K')).tag).toBe('aged');

    // a live holder on this host (this test process's parent, which is alive): wait, then time out
    fs.writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: os.hostname(), token: 'z', time: 'now' }));
    const quick = new ChunkedFsRunLogStore({ logFolder: store.logFolder, lock: { staleMs: 60_000, timeoutMs: 300 } });
    const err = await quick.updateRunHeader('K', (h) => h).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunnableError);
    expect((err as Error).message).toMatch(/timed out .* waiting for lock .*RunLog\.json\.lock \(held by pid \d+/);
    fs.unlinkSync(lock);
  });

  it('serialises in-process holders of one lock', async () => {
    const lockPath = path.join(root, 'inproc.lock');
    let inside = 0;
    let max = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        withFileLock(lockPath, async () => {
          inside++;
          max = Math.max(max, inside);
          await new Promise((r) => setTimeout(r, 1));
          inside--;
        }),
      ),
    );
    expect(max).toBe(1);
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  it('never leaves a half-written chunk when the writer is killed with SIGKILL', async () => {
    const store = newStore();
    await store.createRun(header('X'), {});
    await store.putStep('X', step('m', 'map', 'PROCESSING'), '');
    const child = spawn(
      process.execPath,
      ['--experimental-transform-types', '--no-warnings', '--import', path.join(HERE, 'ts-hooks.mjs'), path.join(HERE, 'writer-loop.ts'), store.logFolder, 'X'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    // wait until it is writing, then kill it mid-flight
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 150));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const dir = store.runDir('X');
    const chunks = fs.readdirSync(dir).filter((f) => /^(StepLog|BranchLog)-.*\.json$/.test(f) || f === 'RunLog.json');
    expect(chunks.length).toBeGreaterThan(3);
    for (const f of chunks) expect(() => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))).not.toThrow();
    // the killed writer may have left a temp file or a lock; the log still reads (locks age out)
    const log = await store.getRunLog('X');
    expect(Object.keys(log.steps.m!.branches).length).toBeGreaterThan(0);
    await store.updateRunHeader('X', (h) => ({ ...h, status: 'FAIL' })); // a dead holder's lock is broken
  });
});

describe('chunked-fs file names', () => {
  it('branch and step files are prefixed and encoded', () => {
    expect(branchFileName('map.x y')).toBe('BranchLog-map.x%20y.json');
    expect(stepFileName('Train')).toMatch(/^StepLog-Train~[0-9a-f]{12}\.json$/);
  });
});
