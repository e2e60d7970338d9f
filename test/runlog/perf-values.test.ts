/**
 * chunked-fs performance changes, checked for correctness: large parameter values stored once
 * (`Value-<hash>.json`), lock-free creation of new branches, and no second look-up of a step `getStep`
 * just found absent.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { RunLogCorruptError } from '../../src/errors.js';
import { ChunkedFsRunLogStore, branchFileName, stepFileName } from '../../src/runlog/chunked-fs.js';
import { makeParameter, newStepRecord } from '../../src/runlog/model.js';
import type { StepRecord } from '../../src/runlog/model.js';
import { attempt, header, tempDir } from './helpers.js';

const root = tempDir('chunked-perf-');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const newStore = () => new ChunkedFsRunLogStore({ logFolder: path.join(root, `s${++n}`), lock: { staleMs: 2000, timeoutMs: 3000 } });

const items = Array.from({ length: 5000 }, (_, i) => i);

function itemStep(b: string, i: number, list: unknown[]): StepRecord {
  const s = newStepRecord('f', `${b}.f`, 'task');
  s.status = 'SUCCESS';
  s.attempts = [{ ...attempt('SUCCESS'), input_parameters: { items: makeParameter('json', list), item: makeParameter('json', i) } }];
  return s;
}

describe('chunked-fs large values', () => {
  it('stores a large value once, keeps chunks small, and reads back the same records', async () => {
    const store = newStore();
    await store.createRun(header('V', { parameters: { items: makeParameter('json', items) } }), {});
    await store.putStep('V', newStepRecord('m', 'm', 'map'), '');
    for (let i = 0; i < 20; i++) {
      await store.putBranch('V', { internal_name: `m.${i}`, status: 'PROCESSING', parameters: {} }, 'm');
      await store.putStep('V', itemStep(`m.${i}`, i, items), `m.${i}`);
    }
    const dir = store.runDir('V');
    const values = fs.readdirSync(dir).filter((f) => f.startsWith('Value-'));
    expect(values).toHaveLength(1);
    const chunk = fs.readFileSync(path.join(dir, stepFileName('m.3.f')), 'utf8');
    expect(chunk.length).toBeLessThan(2000);
    expect(chunk).toContain('"$value_ref"');

    const got = (await store.getStep('V', 'm.3.f'))!;
    expect(got.attempts[0]!.input_parameters.items).toEqual(makeParameter('json', items));
    expect(Object.keys(got.attempts[0]!.input_parameters.items!)).toEqual(['kind', 'value', 'description']);
    expect(got.attempts[0]!.input_parameters.item!.value).toBe(3);

    const log = await store.getRunLog('V');
    const branches = log.steps.m!.branches;
    expect(Object.keys(branches)).toHaveLength(20);
    for (let i = 0; i < 20; i++) {
      const p = branches[`m.${i}`]!.steps[`m.${i}.f`]!.attempts[0]!.input_parameters;
      expect(p.items!.value).toEqual(items);
      expect(p.item!.value).toBe(i);
    }
    // one parsed copy shared by the document
    expect(branches['m.0']!.steps['m.0.f']!.attempts[0]!.input_parameters.items!.value).toBe(
      branches['m.7']!.steps['m.7.f']!.attempts[0]!.input_parameters.items!.value,
    );

    // a different process (a fresh store) reads the same
    const other = newStore();
    const again = new ChunkedFsRunLogStore({ logFolder: store.logFolder });
    expect((await again.getStep('V', 'm.19.f'))!.attempts[0]!.input_parameters.items!.value).toEqual(items);
    void other;
  });

  it('notices a changed value (length) and stores the new one', async () => {
    const store = newStore();
    await store.createRun(header('W'), {});
    const list = Array.from({ length: 3000 }, (_, i) => `v${i}`);
    await store.putStep('W', itemStep('', 1, list), '');
    list.push('extra');
    const s = itemStep('', 1, list);
    s.internal_name = 'g';
    await store.putStep('W', s, '');
    expect((await store.getStep('W', 'g'))!.attempts[0]!.input_parameters.items!.value).toEqual(list);
    expect(fs.readdirSync(store.runDir('W')).filter((f) => f.startsWith('Value-'))).toHaveLength(2);
  });

  it('externalises large branch parameters across updateBranch, and large strings', async () => {
    const store = newStore();
    await store.createRun(header('B'), {});
    await store.putStep('B', newStepRecord('l', 'l', 'loop'), '');
    const big = 'x'.repeat(10_000);
    await store.putBranch('B', { internal_name: 'l.0', status: 'PROCESSING', parameters: { s: makeParameter('json', big) } }, 'l');
    const updated = await store.updateBranch('B', 'l.0', (b) => ({ ...b, status: 'SUCCESS', parameters: { ...b.parameters, n: makeParameter('json', items) } }));
    expect(updated.parameters.s!.value).toBe(big);
    expect(updated.parameters.n!.value).toEqual(items);
    const text = fs.readFileSync(path.join(store.runDir('B'), branchFileName('l.0')), 'utf8');
    expect(text.length).toBeLessThan(1500);
    const b = (await store.getBranch('B', 'l.0'))!;
    expect(b.status).toBe('SUCCESS');
    expect(b.parameters.s!.value).toBe(big);
    expect(b.parameters.n!.value).toEqual(items);
    expect((await store.getRunLog('B')).steps.l!.branches['l.0']!.parameters.n!.value).toEqual(items);
  });

  it('names the chunk when its value file is missing', async () => {
    const store = newStore();
    await store.createRun(header('M'), {});
    await store.putStep('M', itemStep('', 1, items), '');
    const dir = store.runDir('M');
    for (const f of fs.readdirSync(dir)) if (f.startsWith('Value-')) fs.unlinkSync(path.join(dir, f));
    const fresh = new ChunkedFsRunLogStore({ logFolder: store.logFolder });
    const err = await fresh.getRunLog('M').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunLogCorruptError);
    expect((err as Error).message).toContain('StepLog-.f.json');
  });
});

describe('chunked-fs fast paths', () => {
  it('creates a new branch without a lock, and replaces an existing one keeping its sequence', async () => {
    const store = newStore();
    await store.createRun(header('F'), {});
    await store.putStep('F', newStepRecord('m', 'm', 'map'), '');
    await store.putBranch('F', { internal_name: 'm.a', status: 'PROCESSING', parameters: {} }, 'm');
    const file = path.join(store.runDir('F'), branchFileName('m.a'));
    const seq = JSON.parse(fs.readFileSync(file, 'utf8')).sequence;
    // another process (a fresh store) re-puts it: the locked path, same sequence
    const other = new ChunkedFsRunLogStore({ logFolder: store.logFolder });
    await other.putBranch('F', { internal_name: 'm.a', status: 'FAIL', parameters: {} }, 'm');
    const after = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(after.sequence).toBe(seq);
    expect(after.branch.status).toBe('FAIL');
    await expect(other.putBranch('F', { internal_name: 'm.a', status: 'FAIL', parameters: {} }, 'x')).rejects.toThrow(/already recorded under step 'm'/);
    await expect(store.putBranch('F', { internal_name: 'm.b', status: 'FAIL', parameters: {} }, 'nope')).rejects.toThrow(/parent step 'nope' does not exist/);
    expect(fs.readdirSync(store.runDir('F')).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  });

  it('putStep after getStep found nothing writes a new record; an existing one keeps its sequence', async () => {
    const store = newStore();
    await store.createRun(header('G'), {});
    expect(await store.getStep('G', 's')).toBeUndefined();
    const s = newStepRecord('s', 's', 'task');
    await store.putStep('G', s, '');
    const file = path.join(store.runDir('G'), stepFileName('s'));
    const seq = JSON.parse(fs.readFileSync(file, 'utf8')).sequence;
    const other = new ChunkedFsRunLogStore({ logFolder: store.logFolder });
    expect((await other.getStep('G', 's'))!.internal_name).toBe('s');
    await other.putStep('G', { ...s, status: 'SUCCESS' }, '');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).sequence).toBe(seq);
    await expect(other.putStep('G', s, 'b')).rejects.toThrow(/already recorded under branch ''/);
  });
});
