/** file-system store specifics: the single document on disk, reloads, coalesced rewrites, corruption. */
import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { RunLogCorruptError } from '../../src/errors.js';
import { FileSystemRunLogStore } from '../../src/runlog/file-system.js';
import { makeParameter } from '../../src/runlog/model.js';
import { header, step, tempDir } from './helpers.js';

const root = tempDir('fsstore-');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('file-system run log store', () => {
  it('keeps <log_folder>/<run_id>.json equal to the assembled document after every change, indented', async () => {
    const folder = path.join(root, 'a');
    const store = new FileSystemRunLogStore({ logFolder: folder });
    await store.createRun(header('r'), { dag: {} });
    const file = path.join(folder, 'r.json');
    const onDisk = () => JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(onDisk()).toEqual(await store.getRunLog('r'));
    await store.putStep('r', step('m', 'map'), '');
    await store.putBranch('r', { internal_name: 'm.1', status: 'SUCCESS', parameters: {} }, 'm');
    await store.putStep('r', step('m.1.t'), 'm.1');
    expect(onDisk()).toEqual(await store.getRunLog('r'));
    await store.updateBranch('r', 'm.1', (b) => ({ ...b, parameters: { z: makeParameter('json', 1) } }));
    expect(onDisk().steps.m.branches['m.1'].parameters.z.value).toBe(1);
    expect(Object.keys(onDisk())).toEqual(['run_id', 'dag_hash', 'tag', 'status', 'steps', 'job', 'parameters', 'run_config']);
    expect(fs.readFileSync(file, 'utf8')).toContain('\n  "run_id": "r"');
    expect(fs.readdirSync(folder)).toEqual(['r.json']); // no temp files left
  });

  it('coalesces concurrent writers into few rewrites, losing nothing', async () => {
    const folder = path.join(root, 'b');
    const store = new FileSystemRunLogStore({ logFolder: folder });
    await store.createRun(header('c'), {});
    await store.putStep('c', step('m', 'map'), '');
    await Promise.all(
      Array.from({ length: 300 }, async (_, i) => {
        await store.putBranch('c', { internal_name: `m.${i}`, status: 'PROCESSING', parameters: {} }, 'm');
        await store.putStep('c', step(`m.${i}.t`), `m.${i}`);
        await store.updateBranch('c', `m.${i}`, (b) => ({ ...b, status: 'SUCCESS' }));
        await store.updateRunHeader('c', (h) => ({ ...h, parameters: { ...h.parameters, [`p${i}`]: makeParameter('json', i) } }));
      }),
    );
    const disk = JSON.parse(fs.readFileSync(path.join(folder, 'c.json'), 'utf8'));
    expect(Object.keys(disk.steps.m.branches)).toHaveLength(300);
    expect(Object.values(disk.steps.m.branches).every((b) => (b as { status: string }).status === 'SUCCESS')).toBe(true);
    expect(Object.keys(disk.parameters)).toHaveLength(301);
  });

  it('reloads a run another process (store instance) changed, and reads runs it did not write', async () => {
    const folder = path.join(root, 'c');
    const a = new FileSystemRunLogStore({ logFolder: folder });
    const b = new FileSystemRunLogStore({ logFolder: folder });
    await a.createRun(header('x'), {});
    await a.putStep('x', step('one', 'task', 'PROCESSING'), '');
    expect((await b.getStep('x', 'one'))!.status).toBe('PROCESSING'); // loaded on first access
    await b.putStep('x', step('one'), ''); // like execute-single-node in a child process
    expect((await a.getStep('x', 'one'))!.status).toBe('SUCCESS'); // a notices the new file
    await a.putStep('x', step('two'), '');
    expect(Object.keys((await b.getRunLog('x')).steps)).toEqual(['one', 'two']);
    expect(await b.runExists('x')).toBe(true);
    fs.unlinkSync(path.join(folder, 'x.json'));
    expect(await a.runExists('x')).toBe(false);
  });

  it('reports a corrupt document with its path', async () => {
    const folder = path.join(root, 'd');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'bad.json'), '{"run_id": "bad", ');
    const store = new FileSystemRunLogStore({ logFolder: folder });
    const err = await store.getRunHeader('bad').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunLogCorruptError);
    expect((err as RunLogCorruptError).path).toBe(path.join(folder, 'bad.json'));
    fs.writeFileSync(path.join(folder, 'bad.json'), JSON.stringify({ run_id: 'bad', status: 'SUCCESS', parameters: {}, steps: { a: { internal_name: 'a' } } }));
    await expect(store.getRunLog('bad')).rejects.toThrow(/bad\.json \(step a\) is corrupt/);
  });
});
