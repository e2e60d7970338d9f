/**
 * SIGTERM during a map whose items never wait for I/O (stubs: each item settles on microtasks alone, as
 * node functions and spawns that fail at once do). Before the fix the map never gave the event loop a
 * turn: the signal handler ran only after the last item (a 200k-item map exited 0 long after SIGTERM).
 * Now the CLI stops the map: exit 130, most items never ran, every branch and step settled (no
 * PROCESSING) by one journal line, and `retry` completes the run. (huge-map-cancel.test.ts: 50k items.)
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/cli.js';
import { allSteps, cleanup, project, runLog, start, waitFor } from './support.js';

afterAll(cleanup);

const N = 10_000;

describe('cancelling a fast map', () => {
  it(`SIGTERM during a ${N}-item stub map: exit 130, the map stops early, nothing PROCESSING, retry completes it`, async () => {
    const cwd = project({
      'c.yaml': 'run-log-store:\n  type: chunked-fs\n',
      'params.yaml': `items: [${Array.from({ length: N }, (_, i) => i).join(', ')}]\n`,
      'p.yaml':
        'dag:\n  start_at: fan\n  steps:\n    fan:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n' +
        '      branch:\n        start_at: s\n        steps:\n          s:\n            type: stub\n            next: success\n',
    });
    const journal = path.join(cwd, '.run_log_store', 'fm', 'Journal.jsonl');
    const run = start(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'fm'], cwd);
    // Items have started once step records follow the branch records in the journal.
    await waitFor(() => {
      try {
        if (statSync(journal).size < 4096) return false;
        const text = readFileSync(journal, 'utf8');
        return text.includes('"t":"s","parent_branch":"fan.');
      } catch {
        return false;
      }
    }, 90_000, 'the map items to start');
    run.child.kill('SIGTERM');
    const { code } = await run.exit;
    expect({ code, err: code === 130 ? '' : run.stderr().slice(-2000) }).toEqual({ code: 130, err: '' });

    const log = await runLog(cwd, 'fm', 'chunked-fs');
    expect(log.status).toBe('FAIL');
    const done = allSteps(log.steps).filter((s) => s.step_type === 'stub' && s.status === 'SUCCESS').length;
    expect(done).toBeLessThan(N);
    expect(JSON.stringify(log)).not.toContain('"PROCESSING"');
    // The run's FAIL and every opened branch are settled by one journal line that its readers apply, not by a
    // line per branch (seconds to a minute for a 200k-item map, while the runner waits seconds to kill us).
    const lines = readFileSync(journal, 'utf8').split('\n').filter(Boolean);
    expect(lines.filter((l) => l.startsWith('{"t":"b"') && /"status":"FAIL"/.test(l))).toEqual([]);
    expect(JSON.parse(lines.at(-1)!)).toEqual({ t: 'f', message: expect.stringMatching(/^cancelled: SIGTERM/) });
    // `timeline --json` (the CLI's reader of any run) sees the same.
    const shown = await runCli(['timeline', 'fm', '-c', 'c.yaml', '--json'], { cwd, timeoutMs: 120_000 });
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout).status).toBe('FAIL');
    expect(shown.stdout).not.toContain('"PROCESSING"');
    // A cancelled run is not exported to runnable's layout (thousands of branch files while the runner waits
    // to kill us); RunLog.json still says FAIL, and the retry that finishes the run writes the layout.
    const runDir = path.dirname(journal);
    const branchFiles = () => readdirSync(runDir).filter((f) => f.startsWith('BranchLog-')).length;
    expect(branchFiles()).toBe(0);
    expect(JSON.parse(readFileSync(path.join(runDir, 'RunLog.json'), 'utf8')).status).toBe('FAIL');

    const retry = await runCli(['retry', 'fm', '-c', 'c.yaml'], { cwd, timeoutMs: 170_000 });
    expect({ code: retry.code, err: retry.code === 0 ? '' : retry.stderr.slice(-2000) }).toEqual({ code: 0, err: '' });
    expect((await runLog(cwd, 'fm', 'chunked-fs')).status).toBe('SUCCESS');
    expect(branchFiles()).toBe(N);
  }, 300_000);
});
