/** The RunLogStore contract, run against every store (buffered, file-system, chunked-fs). */
import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InternalError, RunLogExistsError, RunLogNotFoundError, UsageError, ValidationError } from '../../src/errors.js';
import { BufferedRunLogStore } from '../../src/runlog/buffered.js';
import { ChunkedFsRunLogStore } from '../../src/runlog/chunked-fs.js';
import { createRunLogStore } from '../../src/runlog/factory.js';
import { FileSystemRunLogStore } from '../../src/runlog/file-system.js';
import { makeParameter } from '../../src/runlog/model.js';
import type { RunLog } from '../../src/runlog/model.js';
import type { RunLogStore } from '../../src/runlog/store.js';
import { header, step, tempDir } from './helpers.js';

const root = tempDir('stores-');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let n = 0;
const makers: Array<[string, () => RunLogStore]> = [
  ['buffered', () => new BufferedRunLogStore()],
  ['file-system', () => new FileSystemRunLogStore({ logFolder: path.join(root, `fs-${++n}`) })],
  ['chunked-fs', () => new ChunkedFsRunLogStore({ logFolder: path.join(root, `ch-${++n}`) })],
];

/** parallel `par` (b1: map `m` over two items, each inner+success; b2: one task) between `start` and `success`. */
async function writeNested(store: RunLogStore, runId: string): Promise<void> {
  await store.putStep(runId, step('start'), '');
  await store.putStep(runId, step('par', 'parallel', 'PROCESSING'), '');
  for (const b of ['par.b1', 'par.b2']) {
    await store.putBranch(runId, { internal_name: b, status: 'CREATED', parameters: {} }, 'par');
  }
  await store.updateBranch(runId, 'par.b1', (b) => ({ ...b, status: 'PROCESSING' }));
  await store.putStep(runId, step('par.b1.m', 'map', 'PROCESSING'), 'par.b1');
  for (const item of ['1', 'a/b c']) {
    const b = `par.b1.m.${item}`;
    await store.putBranch(runId, { internal_name: b, status: 'PROCESSING', parameters: {} }, 'par.b1.m');
    await store.putStep(runId, step(`${b}.inner`, 'task', 'PROCESSING'), b);
    await store.putStep(runId, step(`${b}.inner`), b);
    await store.putStep(runId, step(`${b}.success`, 'success'), b);
    await store.updateBranch(runId, b, (x) => ({ ...x, status: 'SUCCESS', parameters: { v: makeParameter('json', item) } }));
  }
  await store.putStep(runId, step('par.b1.m', 'map', 'SUCCESS'), 'par.b1');
  await store.putStep(runId, step('par.b1.success', 'success'), 'par.b1');
  await store.updateBranch(runId, 'par.b1', (b) => ({ ...b, status: 'SUCCESS' }));
  await store.putStep(runId, step('par.b2.t'), 'par.b2');
  await store.putStep(runId, step('par.b2.success', 'success'), 'par.b2');
  await store.updateBranch(runId, 'par.b2', (b) => ({ ...b, status: 'SUCCESS' }));
  await store.putStep(runId, step('par', 'parallel', 'SUCCESS'), '');
  await store.putStep(runId, step('success', 'success'), '');
  await store.updateRunHeader(runId, (h) => ({ ...h, status: 'SUCCESS' }));
}

/** The expected document, built independently (key order included). */
function expectedNested(runId: string): RunLog {
  const s = (name: string, type = 'task', branches: RunLog['steps'][string]['branches'] = {}) => {
    const { branches: _b, ...rec } = { ...step(name, type), branches: {} };
    const { name: nm, internal_name, status, step_type, message, mock, attempts, data_catalog } = rec;
    return { name: nm, internal_name, status, step_type, message, mock, attempts, branches, data_catalog };
  };
  const mapBranch = (item: string) => ({
    internal_name: `par.b1.m.${item}`,
    status: 'SUCCESS' as const,
    steps: { [`par.b1.m.${item}.inner`]: s(`par.b1.m.${item}.inner`), [`par.b1.m.${item}.success`]: s(`par.b1.m.${item}.success`, 'success') },
    parameters: { v: makeParameter('json', item) },
  });
  return {
    run_id: runId,
    dag_hash: 'abc',
    tag: '',
    status: 'SUCCESS',
    steps: {
      start: s('start'),
      par: s('par', 'parallel', {
        'par.b1': {
          internal_name: 'par.b1',
          status: 'SUCCESS',
          steps: {
            'par.b1.m': s('par.b1.m', 'map', { 'par.b1.m.1': mapBranch('1'), 'par.b1.m.a/b c': mapBranch('a/b c') }),
            'par.b1.success': s('par.b1.success', 'success'),
          },
          parameters: {},
        },
        'par.b2': {
          internal_name: 'par.b2',
          status: 'SUCCESS',
          steps: { 'par.b2.t': s('par.b2.t'), 'par.b2.success': s('par.b2.success', 'success') },
          parameters: {},
        },
      }),
      success: s('success', 'success'),
    },
    job: null,
    parameters: { x: makeParameter('json', 1) },
    run_config: { dag: { start_at: 'start' } },
  };
}

/** Replaces times (which differ) so two documents can be compared with key order (JSON text). */
function canon(log: RunLog): string {
  return JSON.stringify(log, (k, v) => (k === 'start_time' || k === 'end_time' ? 'T' : v));
}

describe.each(makers)('%s run log store', (kind, make) => {
  it('creates a run, refuses a duplicate, reports unknown runs with the store location', async () => {
    const store = make();
    expect(store.kind).toBe(kind);
    // file-system: the owner's writes are serialised in memory, so its branches may run concurrently (issue 13).
    expect(store.supportsParallelWrites).toBe(kind !== 'buffered');
    await store.createRun(header('r1'), { a: 1 });
    expect(await store.runExists('r1')).toBe(true);
    expect(await store.runExists('r2')).toBe(false);
    await expect(store.createRun(header('r1'), {})).rejects.toBeInstanceOf(RunLogExistsError);
    const err = await store.getRunHeader('r2').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunLogNotFoundError);
    expect((err as Error).message).toContain(store.describe());
    await expect(store.getRunLog('r2')).rejects.toBeInstanceOf(RunLogNotFoundError);
    await expect(store.putStep('r2', step('a'), '')).rejects.toBeInstanceOf(RunLogNotFoundError);
    expect(await store.getRunConfig('r1')).toEqual({ a: 1 });
    expect(await store.getRunHeader('r1')).toEqual(header('r1'));
  });

  it('updates the header (read-modify-write), keeping the run id', async () => {
    const store = make();
    await store.createRun(header('h1'), {});
    const h = await store.updateRunHeader('h1', (x) => ({ ...x, run_id: 'other', status: 'FAIL', parameters: { ...x.parameters, z: makeParameter('metric', 2) } }));
    expect(h.run_id).toBe('h1');
    expect(h.status).toBe('FAIL');
    expect(await store.getRunHeader('h1')).toEqual(h);
    expect(Object.keys(h.parameters)).toEqual(['x', 'z']);
    // concurrent in-process updates are all applied
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.updateRunHeader('h1', (x) => ({ ...x, parameters: { ...x.parameters, [`p${i}`]: makeParameter('json', i) } })),
      ),
    );
    expect(Object.keys((await store.getRunHeader('h1')).parameters)).toHaveLength(52);
  });

  it('puts and gets steps and branches, copies values, refuses orphans', async () => {
    const store = make();
    await store.createRun(header('s1'), {});
    expect(await store.getStep('s1', 'a')).toBeUndefined();
    const a = step('a', 'task', 'PROCESSING');
    await store.putStep('s1', a, '');
    a.status = 'FAIL'; // the store kept a copy
    expect((await store.getStep('s1', 'a'))!.status).toBe('PROCESSING');
    const a2 = step('a');
    await store.putStep('s1', a2, '');
    expect(await store.getStep('s1', 'a')).toEqual(a2);

    await expect(store.putStep('s1', step('nope.b.c'), 'nope.b')).rejects.toBeInstanceOf(InternalError);
    await expect(store.putBranch('s1', { internal_name: 'x.b', status: 'CREATED', parameters: {} }, 'x')).rejects.toBeInstanceOf(InternalError);
    await expect(store.updateBranch('s1', 'missing', (b) => b)).rejects.toBeInstanceOf(InternalError);

    await store.putStep('s1', step('m', 'map', 'PROCESSING'), '');
    expect(await store.getBranch('s1', 'm.1')).toBeUndefined();
    await store.putBranch('s1', { internal_name: 'm.1', status: 'CREATED', parameters: {} }, 'm');
    expect(await store.getBranch('s1', 'm.1')).toEqual({ internal_name: 'm.1', status: 'CREATED', parameters: {} });
    const b = await store.updateBranch('s1', 'm.1', (x) => ({ ...x, internal_name: 'renamed', status: 'SUCCESS', parameters: { r: makeParameter('json', [1]) } }));
    expect(b).toEqual({ internal_name: 'm.1', status: 'SUCCESS', parameters: { r: makeParameter('json', [1]) } });
    expect(await store.getBranch('s1', 'm.1')).toEqual(b);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        store.updateBranch('s1', 'm.1', (x) => ({ ...x, parameters: { ...x.parameters, [`q${i}`]: makeParameter('json', i) } })),
      ),
    );
    expect(Object.keys((await store.getBranch('s1', 'm.1'))!.parameters)).toHaveLength(31);
    // a step cannot move to another branch
    await store.putStep('s1', step('m.1.t'), 'm.1');
    await expect(store.putStep('s1', step('m.1.t'), '')).rejects.toBeInstanceOf(InternalError);
  });

  it("assembles runnable's nested document (parallel → map → steps) in execution order", async () => {
    const store = make();
    await store.createRun(header('n1'), { dag: { start_at: 'start' } });
    await writeNested(store, 'n1');
    const log = await store.getRunLog('n1');
    expect(canon(log)).toBe(canon(expectedNested('n1')));
  });

  it('keeps steps in creation order, also when a step is rewritten later', async () => {
    const store = make();
    await store.createRun(header('o1'), {});
    for (const name of ['zeta', 'alpha', 'mid', 'beta']) await store.putStep('o1', step(name, 'task', 'PROCESSING'), '');
    await store.putStep('o1', step('alpha'), '');
    await store.putStep('o1', step('zeta'), '');
    expect(Object.keys((await store.getRunLog('o1')).steps)).toEqual(['zeta', 'alpha', 'mid', 'beta']);
    // a new store instance (another process) sees the same order
    if (store instanceof ChunkedFsRunLogStore || store instanceof FileSystemRunLogStore) {
      const again = store instanceof ChunkedFsRunLogStore ? new ChunkedFsRunLogStore({ logFolder: store.logFolder }) : new FileSystemRunLogStore({ logFolder: store.logFolder });
      await again.putStep('o1', step('mid'), '');
      await again.putStep('o1', step('last'), '');
      expect(Object.keys((await again.getRunLog('o1')).steps)).toEqual(['zeta', 'alpha', 'mid', 'beta', 'last']);
    }
  });

  it('rejects run ids that are not file names', async () => {
    const store = make();
    if (kind === 'buffered') return;
    await expect(store.createRun(header('../evil'), {})).rejects.toBeInstanceOf(UsageError);
    await expect(store.runExists('a/b')).rejects.toBeInstanceOf(UsageError);
  });
});

describe('createRunLogStore', () => {
  it('builds each type with log_folder relative to cwd, and refuses unknown types', () => {
    const cwd = path.join(root, 'factory');
    const fsStore = createRunLogStore({ type: 'file-system', config: {} }, cwd);
    expect(fsStore).toBeInstanceOf(FileSystemRunLogStore);
    expect((fsStore as FileSystemRunLogStore).logFolder).toBe(path.join(cwd, '.run_log_store'));
    const ch = createRunLogStore({ type: 'chunked_fs', config: { log_folder: 'logs/x' } }, cwd);
    expect(ch).toBeInstanceOf(ChunkedFsRunLogStore);
    expect((ch as ChunkedFsRunLogStore).logFolder).toBe(path.join(cwd, 'logs/x'));
    expect(createRunLogStore({ type: 'buffered', config: {} }, cwd).kind).toBe('buffered');
    const err = (() => {
      try {
        createRunLogStore({ type: 'mongo', config: {}, source: { file: 'cfg.yaml', line: 3, column: 1 } }, cwd);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as Error).message).toContain("cfg.yaml:3:1: run-log-store.type: unknown run-log-store type 'mongo'");
    expect(() => createRunLogStore({ type: 'chunked-minio', config: {} }, cwd)).toThrow(/does not support/);
    expect(() => createRunLogStore({ type: 'file-system', config: { log_folder: 3 } }, cwd)).toThrow(/log_folder: must be a string/);
  });
});

describe('file-system run log store: one writer per run', () => {
  it('a second store (another process) cannot claim or write a claimed run; after release it can', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ra-fs-owner-'));
    try {
      const a = new FileSystemRunLogStore({ logFolder: dir });
      const b = new FileSystemRunLogStore({ logFolder: dir });
      await a.createRun(header('own'), {});
      await a.claimRun('own');
      // In this process the holder is alive, so b (standing for another process) is refused.
      await expect(b.claimRun('own')).rejects.toThrow(/RA204|is being written by/);
      await expect(b.updateRunHeader('own', (h) => ({ ...h, tag: 'b' }))).rejects.toThrow(/is being written by/);
      await a.updateRunHeader('own', (h) => ({ ...h, tag: 'a' }));
      await a.releaseRun('own');
      expect(fs.readdirSync(dir).sort()).toEqual(['own.json']);
      await b.claimRun('own');
      await b.updateRunHeader('own', (h) => ({ ...h, tag: 'b' }));
      await b.releaseRun('own');
      expect((await a.getRunHeader('own')).tag).toBe('b');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
