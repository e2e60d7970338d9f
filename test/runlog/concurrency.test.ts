/**
 * chunked-fs under real parallel writers: several node processes write one run at full concurrency (a
 * 20-branch parallel and a 500-item map, repeated), as local parallel branches or Argo pods sharing a
 * volume do. Checks: every chunk is valid JSON, no temp or lock file is left, no read-modify-write of the
 * header or of a shared branch is lost, and the assembled log is complete and ordered.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ChunkedFsRunLogStore } from '../../src/runlog/chunked-fs.js';
import { newStepRecord } from '../../src/runlog/model.js';
import { header, tempDir } from './helpers.js';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const WORKERS = 4;
const REPS_PARALLEL = 20;
const REPS_MAP = 2;
const root = tempDir('concurrency-');
let children: ChildProcess[] = [];

type Msg = { ready?: number; done?: string; error?: string };
const waiters = new Map<string, Array<(m: Msg) => void>>();

beforeAll(async () => {
  children = Array.from({ length: WORKERS }, (_, i) =>
    spawn(
      process.execPath,
      ['--experimental-transform-types', '--no-warnings', '--import', path.join(HERE, 'ts-hooks.mjs'), path.join(HERE, 'concurrency-worker.ts'), root, String(i), String(WORKERS)],
      { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    ),
  );
  await Promise.all(children.map((c) => new Promise<void>((resolve) => c.once('message', () => resolve()))));
  for (const c of children) {
    c.on('message', (m: Msg) => {
      const key = m.done ?? 'error';
      const list = waiters.get(key) ?? waiters.get('*');
      list?.shift()?.(m);
    });
  }
});

afterAll(async () => {
  for (const c of children) {
    if (c.connected) c.send('exit');
  }
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
  fs.rmSync(root, { recursive: true, force: true });
});

/** Sends one job to every worker at once and waits for all of them. */
async function runJob(runId: string, composite: string, items: string[]): Promise<void> {
  const store = new ChunkedFsRunLogStore({ logFolder: root });
  await store.createRun(header(runId, { parameters: {} }), {});
  await store.putStep(runId, newStepRecord(composite, composite, 'map'), '');
  await store.putBranch(runId, { internal_name: `${composite}.shared`, status: 'PROCESSING', parameters: {} }, composite);
  const answers = children.map(
    () =>
      new Promise<Msg>((resolve) => {
        const list = waiters.get('*') ?? [];
        list.push(resolve);
        waiters.set('*', list);
      }),
  );
  for (const c of children) c.send({ runId, composite, items });
  for (const m of await Promise.all(answers)) {
    if (m.error) throw new Error(`worker failed: ${m.error}`);
    expect(m.done).toBe(runId);
  }
}

async function verify(runId: string, composite: string, items: string[]): Promise<void> {
  const store = new ChunkedFsRunLogStore({ logFolder: root });
  const dir = store.runDir(runId);
  const files = fs.readdirSync(dir);
  expect(files.filter((f) => f.endsWith('.tmp') || f.includes('.lock'))).toEqual([]);
  for (const f of files) expect(() => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))).not.toThrow();
  expect(files).toHaveLength(2 + 1 + 1 + items.length * 3); // RunLog, RunConfig, composite step, shared branch, 3 per item

  const log = await store.getRunLog(runId);
  expect(log.parameters.count!.value).toBe(items.length); // no lost header update
  for (let k = 0; k < items.length; k++) expect(log.parameters[`p_${k}`]!.value).toBe(k);
  const branches = log.steps[composite]!.branches;
  expect(Object.keys(branches)).toHaveLength(items.length + 1);
  expect(branches[`${composite}.shared`]!.parameters.count!.value).toBe(items.length); // no lost branch update
  items.forEach((item, k) => {
    const b = branches[`${composite}.${item}`]!;
    expect(b.status).toBe('SUCCESS');
    expect(b.parameters.out!.value).toBe(k * 2);
    expect(Object.keys(b.steps)).toEqual([`${composite}.${item}.inner`, `${composite}.${item}.success`]);
    expect(b.steps[`${composite}.${item}.inner`]!.status).toBe('SUCCESS');
  });
}

describe('chunked-fs with parallel writer processes', () => {
  it(`20-branch parallel, ${REPS_PARALLEL} repetitions, ${WORKERS} processes`, async () => {
    const items = Array.from({ length: 20 }, (_, i) => `branch_${String(i + 1).padStart(2, '0')}`);
    for (let r = 0; r < REPS_PARALLEL; r++) {
      await runJob(`par-${r}`, 'fan_out', items);
      await verify(`par-${r}`, 'fan_out', items);
    }
  });

  it(`500-item map, ${REPS_MAP} repetitions, ${WORKERS} processes (items with '/', spaces, '.', upper case)`, async () => {
    const items = Array.from({ length: 500 }, (_, i) => (i % 3 === 0 ? String(i) : i % 3 === 1 ? `it/${i} v.w` : `Item${i}`));
    for (let r = 0; r < REPS_MAP; r++) {
      await runJob(`map-${r}`, 'map_state', items);
      await verify(`map-${r}`, 'map_state', items);
    }
  });
});
