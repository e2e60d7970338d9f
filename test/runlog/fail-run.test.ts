/**
 * `RunLogStore.failRun`: an interrupted run is settled in one write, whatever its size — the run FAIL, every
 * step and branch still CREATED or PROCESSING FAIL (a step's message: the reason), nothing else touched — and
 * every reader (this store, another process's, runnable's layout, the fold into chunk files) sees it so. A
 * retry's later records are read as written.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { RunLogCorruptError } from '../../src/errors.js';
import { BufferedRunLogStore } from '../../src/runlog/buffered.js';
import { ChunkedFsRunLogStore, JOURNAL_FILE } from '../../src/runlog/chunked-fs.js';
import { FileSystemRunLogStore } from '../../src/runlog/file-system.js';
import type { RunLog, StepLog } from '../../src/runlog/model.js';
import type { RunLogStore } from '../../src/runlog/store.js';
import { header, step, tempDir } from './helpers.js';

const root = tempDir('fail-run-');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = () => path.join(root, `s${++n}`);
const REASON = 'cancelled: SIGTERM';

/** A task step the engine has started: PROCESSING, no attempt yet (attempts are recorded when they end). */
const running = (name: string) => ({ ...step(name, 'task', 'PROCESSING'), attempts: [] });

/**
 * `start` done, then map `m` cut short: m.0 done, m.1 running its task, m.2 opened, m.3 created, and
 * `items`-many more opened branches (a big map's fan-out).
 */
async function writeInterrupted(store: RunLogStore, runId: string, items = 0): Promise<void> {
  await store.putStep(runId, step('start'), '');
  await store.putStep(runId, step('m', 'map', 'PROCESSING'), '');
  await store.putBranch(runId, { internal_name: 'm.0', status: 'PROCESSING', parameters: {} }, 'm');
  await store.putStep(runId, step('m.0.t'), 'm.0');
  await store.updateBranch(runId, 'm.0', (b) => ({ ...b, status: 'SUCCESS' }));
  await store.putBranch(runId, { internal_name: 'm.1', status: 'PROCESSING', parameters: {} }, 'm');
  await store.putStep(runId, running('m.1.t'), 'm.1');
  await store.putBranch(runId, { internal_name: 'm.2', status: 'PROCESSING', parameters: {} }, 'm');
  await store.putBranch(runId, { internal_name: 'm.3', status: 'CREATED', parameters: {} }, 'm');
  for (let i = 4; i < 4 + items; i++) await store.putBranch(runId, { internal_name: `m.${i}`, status: 'PROCESSING', parameters: {} }, 'm');
}

const OPEN = /"(PROCESSING|CREATED)"/;

/** The run's files named by `pick` (in its folder) hold no open record. */
function expectNoOpenRecordInFiles(runDir: string, pick: (file: string) => boolean): void {
  const files = fs.readdirSync(runDir).filter(pick);
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) expect(fs.readFileSync(path.join(runDir, f), 'utf8')).not.toMatch(OPEN);
}

/** What the run reads as after failRun. */
function expectSettled(log: RunLog, items = 0): void {
  expect(log.status).toBe('FAIL');
  expect(JSON.stringify(log)).not.toMatch(OPEN);
  const m = log.steps.m!;
  expect({ start: log.steps.start!.status, startMessage: log.steps.start!.message, m: m.status, message: m.message }).toEqual({
    start: 'SUCCESS',
    startMessage: '',
    m: 'FAIL',
    message: REASON,
  });
  const b = m.branches;
  expect(Object.keys(b)).toHaveLength(4 + items);
  expect([b['m.0']!.status, b['m.1']!.status, b['m.2']!.status, b['m.3']!.status]).toEqual(['SUCCESS', 'FAIL', 'FAIL', 'FAIL']);
  const done = b['m.0']!.steps['m.0.t']!;
  expect({ status: done.status, message: done.message }).toEqual({ status: 'SUCCESS', message: '' });
  const cut: StepLog = b['m.1']!.steps['m.1.t']!;
  expect({ status: cut.status, message: cut.message }).toEqual({ status: 'FAIL', message: REASON });
  // failRun settles statuses; it does not invent attempts.
  expect(cut.attempts).toEqual([]);
}

const stores: Array<[string, () => { store: RunLogStore; reader?: () => RunLogStore; claim: boolean }]> = [
  ['buffered', () => ({ store: new BufferedRunLogStore(), claim: false })],
  [
    'file-system',
    () => {
      const logFolder = folder();
      return { store: new FileSystemRunLogStore({ logFolder }), reader: () => new FileSystemRunLogStore({ logFolder }), claim: true };
    },
  ],
  [
    'chunked-fs (owner: journal)',
    () => {
      const logFolder = folder();
      return { store: new ChunkedFsRunLogStore({ logFolder }), reader: () => new ChunkedFsRunLogStore({ logFolder }), claim: true };
    },
  ],
  [
    'chunked-fs (not the owner: chunk files)',
    () => {
      const logFolder = folder();
      return { store: new ChunkedFsRunLogStore({ logFolder }), reader: () => new ChunkedFsRunLogStore({ logFolder }), claim: false };
    },
  ],
];

describe.each(stores)('failRun, %s', (_kind, make) => {
  it('fails the run and exactly what was unsettled, for this store and for another reader', async () => {
    const { store, reader, claim } = make();
    await store.createRun(header('R'), { dag: {} });
    if (claim) await store.claimRun?.('R');
    await writeInterrupted(store, 'R', 20);
    await store.failRun('R', REASON);
    expectSettled(await store.getRunLog('R'), 20);
    expect((await store.getRunHeader('R')).status).toBe('FAIL');
    expect((await store.getBranch('R', 'm.7'))?.status).toBe('FAIL');
    expect(await store.getStep('R', 'm.1.t')).toMatchObject({ status: 'FAIL', message: REASON });
    if (reader) expectSettled(await reader().getRunLog('R'), 20);
    await store.releaseRun?.('R');
    if (reader) expectSettled(await reader().getRunLog('R'), 20);
  });

  it("a retry's records after it are read as written; a second interruption settles them", async () => {
    const { store, reader, claim } = make();
    await store.createRun(header('R'), { dag: {} });
    if (claim) await store.claimRun?.('R');
    await writeInterrupted(store, 'R');
    await store.failRun('R', REASON);
    // The retry: m.1 runs again (PROCESSING), m.2 succeeds, m.3 is not reached.
    await store.updateRunHeader('R', (h) => ({ ...h, status: 'PROCESSING' }));
    await store.putBranch('R', { internal_name: 'm.1', status: 'PROCESSING', parameters: {} }, 'm');
    await store.putStep('R', running('m.1.t'), 'm.1');
    await store.putBranch('R', { internal_name: 'm.2', status: 'SUCCESS', parameters: {} }, 'm');
    const live = await (reader ? reader() : store).getRunLog('R');
    expect([live.status, live.steps.m!.branches['m.1']!.status, live.steps.m!.branches['m.1']!.steps['m.1.t']!.status]).toEqual(['PROCESSING', 'PROCESSING', 'PROCESSING']);
    expect([live.steps.m!.branches['m.2']!.status, live.steps.m!.branches['m.3']!.status]).toEqual(['SUCCESS', 'FAIL']);

    await store.failRun('R', 'cancelled: SIGINT');
    const log = await store.getRunLog('R');
    expect(JSON.stringify(log)).not.toMatch(OPEN);
    expect(log.steps.m!.branches['m.1']!.steps['m.1.t']!.message).toBe('cancelled: SIGINT');
    expect([log.steps.m!.branches['m.2']!.status, log.steps.m!.branches['m.3']!.status]).toEqual(['SUCCESS', 'FAIL']);
    if (reader) expect(JSON.stringify(await reader().getRunLog('R'))).toBe(JSON.stringify(log));
  });
});

describe('failRun, chunked-fs journal', () => {
  const journalLines = (dir: string) => fs.readFileSync(path.join(dir, 'R', JOURNAL_FILE), 'utf8').split('\n').filter(Boolean);

  it('appends one line, however many records it settles (the header too)', async () => {
    const dir = folder();
    const store = new ChunkedFsRunLogStore({ logFolder: dir });
    await store.createRun(header('R'), { dag: {} });
    await store.claimRun('R');
    await writeInterrupted(store, 'R', 2000);
    const before = journalLines(dir).length;
    await store.failRun('R', REASON);
    const added = journalLines(dir).slice(before);
    expect(added.map((l) => JSON.parse(l))).toEqual([{ t: 'f', message: REASON }]);
    expectSettled(await store.getRunLog('R'), 2000);
    await store.releaseRun('R');
    // RunLog.json, what a person looking at the folder reads, says FAIL too.
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'R', 'RunLog.json'), 'utf8')).status).toBe('FAIL');
  });

  it('killed while writing the settling line: the run reads as before it (PROCESSING), and a retry owner settles it', async () => {
    const dir = folder();
    const store = new ChunkedFsRunLogStore({ logFolder: dir });
    await store.createRun(header('R'), { dag: {} });
    await store.claimRun('R');
    await writeInterrupted(store, 'R');
    await store.failRun('R', REASON);
    await store.releaseRun('R');
    // What a kill -9 in the middle of the write leaves: a torn settling line (RunLog.json as it was).
    const file = path.join(dir, 'R', JOURNAL_FILE);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.slice(0, text.lastIndexOf('{"t":"f"')) + '{"t":"f","mes');
    fs.writeFileSync(path.join(dir, 'R', 'RunLog.json'), JSON.stringify(header('R')));
    const cut = await new ChunkedFsRunLogStore({ logFolder: dir }).getRunLog('R');
    expect(cut.status).toBe('PROCESSING');
    expect(cut.steps.m!.branches['m.2']!.status).toBe('PROCESSING');
    const retry = new ChunkedFsRunLogStore({ logFolder: dir });
    await retry.claimRun('R');
    await retry.failRun('R', REASON);
    expectSettled(await retry.getRunLog('R'));
  });

  it('a later writer that is not the owner folds the journal into chunk files settled, older chunk files too', async () => {
    const dir = folder();
    // m.2 and m.3 were written as chunk files (an orchestrator's pods), before the local owner took the run.
    const pods = new ChunkedFsRunLogStore({ logFolder: dir });
    await pods.createRun(header('R'), { dag: {} });
    await writeInterrupted(pods, 'R');
    const owner = new ChunkedFsRunLogStore({ logFolder: dir });
    await owner.claimRun('R');
    await owner.putStep('R', step('m.0.t'), 'm.0');
    await owner.failRun('R', REASON);
    expectSettled(await owner.getRunLog('R'));
    await owner.releaseRun('R');
    expectSettled(await new ChunkedFsRunLogStore({ logFolder: dir }).getRunLog('R'));

    const later = new ChunkedFsRunLogStore({ logFolder: dir });
    await later.updateRunHeader('R', (h) => ({ ...h, tag: 'later' }));
    expect(fs.existsSync(path.join(dir, 'R', JOURNAL_FILE))).toBe(false);
    expectNoOpenRecordInFiles(path.join(dir, 'R'), (f) => /^(StepLog|BranchLog)-/.test(f));
    expectSettled(await new ChunkedFsRunLogStore({ logFolder: dir }).getRunLog('R'));
  });

  it("runnable's layout written at the end (finishRun) holds no PROCESSING record", async () => {
    const dir = folder();
    const store = new ChunkedFsRunLogStore({ logFolder: dir });
    await store.createRun(header('R'), { dag: {} });
    await store.claimRun('R');
    await writeInterrupted(store, 'R');
    await store.failRun('R', REASON);
    await store.finishRun('R');
    const runDir = path.join(dir, 'R');
    const runnable = JSON.parse(fs.readFileSync(path.join(runDir, 'RunLog.json'), 'utf8')) as RunLog;
    expect(runnable.status).toBe('FAIL');
    expect(runnable.steps.m).toMatchObject({ status: 'FAIL', message: REASON });
    const m1 = JSON.parse(fs.readFileSync(path.join(runDir, 'BranchLog-m.1.json'), 'utf8')) as RunLog['steps'][string]['branches'][string];
    expect(m1.status).toBe('FAIL');
    expect(m1.steps['m.1.t']).toMatchObject({ status: 'FAIL', message: REASON });
    expectNoOpenRecordInFiles(runDir, (f) => f.startsWith('BranchLog-'));
    expectSettled(await new ChunkedFsRunLogStore({ logFolder: dir }).getRunLog('R'));
  });

  it("runnable's layout written later by another process, over older chunk files, holds no PROCESSING record", async () => {
    const dir = folder();
    const pods = new ChunkedFsRunLogStore({ logFolder: dir });
    await pods.createRun(header('R'), { dag: {} });
    await writeInterrupted(pods, 'R');
    const owner = new ChunkedFsRunLogStore({ logFolder: dir });
    await owner.claimRun('R');
    await owner.failRun('R', REASON);
    await owner.releaseRun('R');
    // Argo's exit handler, say: it folds the chunk files into the journal, then exports.
    await new ChunkedFsRunLogStore({ logFolder: dir }).finishRun('R');
    const runDir = path.join(dir, 'R');
    expect(fs.readdirSync(runDir).filter((f) => f.startsWith('StepLog-'))).toEqual([]);
    expectNoOpenRecordInFiles(runDir, (f) => f.startsWith('BranchLog-') || f === 'RunLog.json');
    expectSettled(await new ChunkedFsRunLogStore({ logFolder: dir }).getRunLog('R'));
  });

  it('a settling line without its message is corruption, named with file and line', async () => {
    const dir = folder();
    const store = new ChunkedFsRunLogStore({ logFolder: dir });
    await store.createRun(header('R'), { dag: {} });
    await store.claimRun('R');
    await writeInterrupted(store, 'R');
    await store.releaseRun('R');
    const file = path.join(dir, 'R', JOURNAL_FILE);
    fs.appendFileSync(file, '{"t":"f"}\n');
    const err = await new ChunkedFsRunLogStore({ logFolder: dir }).getRunLog('R').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunLogCorruptError);
    expect((err as Error).message).toMatch(new RegExp(`${JOURNAL_FILE}:\\d+.*message`));
  });
});
