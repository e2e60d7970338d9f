/**
 * SIGTERM while a huge map's items run (issue #12 item 7): 40,000 stubs over a list a node function returned.
 * Every item's branch is opened before the items run, so a cancelled run holds ~40k opened branches. They used
 * to be settled one record each (a 200k-item map: seconds to a minute, and a CI runner kills the process ~7.5 s
 * after SIGTERM, leaving branches PROCESSING); now one settling record does it. What a user notices: exit 130,
 * the run FAIL with nothing PROCESSING for any reader, and `retry` runs exactly the unfinished items — those
 * that had succeeded keep their records untouched.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/cli.js';
import { allSteps, cleanup, project, runLog, start, waitFor } from './support.js';
import type { StepLog } from '../../src/runlog/model.js';

afterAll(cleanup);

const N = 40_000; // the test's time is mostly the retry running the items: under a minute on a busy 2-core machine

describe('cancelling a huge map', () => {
  it(`SIGTERM while ${N} stub items run: exit 130, run FAIL, nothing PROCESSING, retry runs only the unfinished items`, async () => {
    const cwd = project({
      'c.yaml': 'run-log-store:\n  type: chunked-fs\n',
      'f.mjs': 'export function items({ n }) { return Array.from({ length: n }, (_, i) => `item-${i}`); }\n',
      'params.yaml': `n: ${N}\n`,
      'p.yaml':
        'dag:\n  start_at: gen\n  steps:\n    gen:\n      type: task\n      command_type: node\n      command: f.mjs:items\n' +
        '      returns:\n        - name: items\n      next: fan\n' +
        '    fan:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n' +
        '      branch:\n        start_at: s\n        steps:\n          s:\n            type: stub\n            next: success\n',
    });
    const journal = path.join(cwd, '.run_log_store', 'big', 'Journal.jsonl');
    const run = start(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'big'], cwd);
    // Items run once a stub's record follows the branch records (read from where the last look ended).
    let seen = 0;
    await waitFor(() => {
      try {
        const size = statSync(journal).size;
        if (size === seen) return false;
        const text = readFileSync(journal).subarray(Math.max(0, seen - 200)).toString('utf8');
        seen = size;
        return text.includes('"t":"s","parent_branch":"fan.');
      } catch {
        return false;
      }
    }, 150_000, 'the map items to start');
    run.child.kill('SIGTERM');
    const { code } = await run.exit;
    expect({ code, err: code === 130 ? '' : run.stderr().slice(-2000) }).toEqual({ code: 130, err: '' });

    const log = await runLog(cwd, 'big', 'chunked-fs');
    expect(log.status).toBe('FAIL');
    const fan = log.steps.fan!;
    expect(fan.status).toBe('FAIL');
    const branches = Object.values(fan.branches);
    expect(branches.length).toBe(N); // all opened before the items ran: all of them needed settling
    expect(JSON.stringify(log)).not.toMatch(/"(PROCESSING|CREATED)"/);
    const doneBefore = new Map<string, StepLog>();
    for (const s of allSteps(log.steps)) if (s.step_type === 'stub' && s.status === 'SUCCESS') doneBefore.set(s.internal_name, s);
    // How many items finished before the signal depends on the machine's speed: not asserted here (that a
    // signal stops a fast map early is fast-map-cancel.test.ts); what matters is that none is re-run below.
    // One settling line, not one FAIL record per branch.
    const lines = readFileSync(journal, 'utf8').split('\n');
    expect(lines.filter((l) => l.startsWith('{"t":"f"')).length).toBe(1);
    expect(lines.filter((l) => l.startsWith('{"t":"b"') && l.includes('"status":"FAIL"')).length).toBe(0);

    const retry = await runCli(['retry', 'big', '-c', 'c.yaml'], { cwd, timeoutMs: 400_000 });
    expect({ code: retry.code, err: retry.code === 0 ? '' : retry.stderr.slice(-2000) }).toEqual({ code: 0, err: '' });
    const after = await runLog(cwd, 'big', 'chunked-fs');
    expect(after.status).toBe('SUCCESS');
    const stubs = allSteps(after.steps).filter((s) => s.step_type === 'stub');
    expect({ stubs: stubs.length, success: stubs.filter((s) => s.status === 'SUCCESS').length }).toEqual({ stubs: N, success: N });
    expect(Object.values(after.steps.fan!.branches).every((b) => b.status === 'SUCCESS')).toBe(true);
    // Items that had succeeded were not run again: their records are exactly as the cancelled run left them.
    const byName = new Map(stubs.map((s) => [s.internal_name, s]));
    for (const [name, before] of doneBefore) expect(byName.get(name)).toEqual(before);
  }, 600_000);
});
