/**
 * One writer per run with the embedded defaults (file-system run log), and parallel by default:
 * - two parallel branches that wait on each other's marker files both finish (they run at once);
 * - `retry` while `execute` still runs the run is refused (RA204) and runs nothing;
 * - after a `kill -9` of the runner, an immediate `retry` stops the orphaned step (still running in its own
 *   session) before it runs the step again: the two never overlap;
 * - kill -9 during a 4-branch parallel, then retry: every step that had succeeded is not run again and the
 *   run ends SUCCESS.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/cli.js';
import { alive, allSteps, cleanup, lines, project, readPid, runLog, start, waitFor } from './support.js';

afterAll(cleanup);

// Gives up after 90 s (not forever: a run that serialises the branches must fail, not hang), generous for a busy machine.
const WAIT_FOR = (marker: string) => `i=0; while [ ! -f ${marker} ]; do i=$((i+1)); [ $i -gt 1800 ] && exit 1; sleep 0.05; done`;

describe('parallel by default (file-system run log)', () => {
  it('two branches that wait on each other\'s marker file both finish with the embedded defaults', async () => {
    const branch = (me: string, other: string) =>
      `        ${me}:\n          start_at: s\n          steps:\n            s:\n              type: task\n              command_type: shell\n` +
      `              command: touch ${me}.marker; ${WAIT_FOR(`${other}.marker`)}\n              next: success\n`;
    const cwd = project({
      'p.yaml': `dag:\n  start_at: par\n  steps:\n    par:\n      type: parallel\n      next: success\n      branches:\n${branch('a', 'b')}${branch('b', 'a')}`,
    });
    const r = await runCli(['execute', '-f', 'p.yaml', '--run-id', 'both'], { cwd, timeoutMs: 120_000 });
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
    expect((await runLog(cwd, 'both')).status).toBe('SUCCESS');
  }, 180_000);

  it('max_workers: 1 still runs one branch at a time (opting out)', async () => {
    const cwd = project({
      'c.yaml': 'pipeline-executor:\n  type: local\n  config:\n    max_workers: 1\n',
      'p.yaml':
        'dag:\n  start_at: par\n  steps:\n    par:\n      type: parallel\n      next: success\n      branches:\n' +
        ['a', 'b', 'c']
          .map((k) => `        ${k}:\n          start_at: s\n          steps:\n            s:\n              type: task\n              command_type: shell\n              command: echo start >> ledger; sleep 0.2; echo end >> ledger\n              next: success\n`)
          .join(''),
    });
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '--run-id', 'one'], { cwd });
    expect(r.code).toBe(0);
    expect(lines(path.join(cwd, 'ledger'))).toEqual(['start', 'end', 'start', 'end', 'start', 'end']);
  }, 180_000);
});

describe('one writer per run (file-system run log)', () => {
  const STEP =
    'dag:\n  start_at: s\n  steps:\n    s:\n      type: task\n      command_type: shell\n      command: |\n' +
    // (The runner notes the step's process group right after the spawn returns: the kill comes later.)
    '        echo "start $$" >> ran.txt\n        sleep 0.2\n        echo $$ > pid.txt\n' +
    '        while [ ! -f go.marker ]; do sleep 0.05; done\n        echo "end $$" >> ran.txt\n      next: success\n';

  it('retry during a running execute is refused (RA204) and runs nothing', async () => {
    const cwd = project({ 'p.yaml': STEP });
    const run = start(['execute', '-f', 'p.yaml', '--run-id', 'busy'], cwd);
    await waitFor(() => existsSync(path.join(cwd, 'pid.txt')), undefined, 'the step to start');
    const retry = await runCli(['retry', 'busy', '-f', 'p.yaml'], { cwd });
    expect(retry.code).not.toBe(0);
    expect(retry.stderr).toContain('RA204');
    expect(retry.stderr).not.toMatch(/\n\s+at /);
    expect(lines(path.join(cwd, 'ran.txt'))).toHaveLength(1);
    writeFileSync(path.join(cwd, 'go.marker'), '');
    expect((await run.exit).code).toBe(0);
    expect(lines(path.join(cwd, 'ran.txt'))).toHaveLength(2);
    expect((await runLog(cwd, 'busy')).status).toBe('SUCCESS');
  }, 180_000);

  it('kill -9, then an immediate retry: the orphaned step is stopped before the step runs again', async () => {
    const cwd = project({ 'p.yaml': STEP });
    const run = start(['execute', '-f', 'p.yaml', '--run-id', 'orphan'], cwd);
    // The whole line: the shell creates pid.txt before it writes it (Number('') is 0).
    const orphan = await readPid(path.join(cwd, 'pid.txt'));
    run.child.kill('SIGKILL');
    await run.exit;
    expect(alive(orphan)).toBe(true); // its own session: it outlives the runner
    const retry = start(['retry', 'orphan', '-f', 'p.yaml'], cwd);
    await waitFor(() => lines(path.join(cwd, 'ran.txt')).length >= 2, undefined, 'the retried step to start');
    // The retried step runs; the orphan must already be gone.
    expect(alive(orphan)).toBe(false);
    writeFileSync(path.join(cwd, 'go.marker'), '');
    expect((await retry.exit).code).toBe(0);
    const ran = lines(path.join(cwd, 'ran.txt'));
    expect(ran).toHaveLength(3);
    expect(ran).not.toContain(`end ${orphan}`);
    expect((await runLog(cwd, 'orphan')).status).toBe('SUCCESS');
  }, 180_000);

  it('kill -9 during a 4-branch parallel, then retry: succeeded steps are not run again, the run succeeds', async () => {
    let y = 'dag:\n  start_at: par\n  steps:\n    par:\n      type: parallel\n      next: success\n      branches:\n';
    for (const k of ['a', 'b', 'c', 'd']) {
      y +=
        `        ${k}:\n          start_at: one\n          steps:\n` +
        `            one:\n              type: task\n              command_type: shell\n              command: echo ${k}1 >> ledger\n              next: two\n` +
        `            two:\n              type: task\n              command_type: shell\n              command: echo ${k}2 >> ledger; while [ ! -f go.marker ]; do sleep 0.05; done\n              next: success\n`;
    }
    const cwd = project({ 'p.yaml': y });
    const run = start(['execute', '-f', 'p.yaml', '--run-id', 'k9'], cwd);
    // Two second steps waiting at once (max_workers defaults to the CPU count, at least 2 here): concurrent.
    await waitFor(() => lines(path.join(cwd, 'ledger')).filter((l) => l.endsWith('2')).length >= 2, undefined, 'two second steps');
    run.child.kill('SIGKILL');
    await run.exit;
    // A branch whose second step started had its first step recorded SUCCESS: retry must not run it again.
    const before = lines(path.join(cwd, 'ledger')).filter((l) => l.endsWith('2')).map((l) => l[0]);
    writeFileSync(path.join(cwd, 'go.marker'), '');
    const retry = await runCli(['retry', 'k9', '-f', 'p.yaml'], { cwd });
    expect({ code: retry.code, err: retry.code === 0 ? '' : retry.stderr }).toEqual({ code: 0, err: '' });
    const ledger = lines(path.join(cwd, 'ledger'));
    for (const k of before) expect(ledger.filter((l) => l === `${k}1`)).toHaveLength(1);
    for (const k of ['a', 'b', 'c', 'd']) expect(ledger).toContain(`${k}2`);
    const log = await runLog(cwd, 'k9');
    expect(log.status).toBe('SUCCESS');
    expect(allSteps(log.steps).filter((s) => s.status !== 'SUCCESS')).toEqual([]);
  }, 240_000);
});
