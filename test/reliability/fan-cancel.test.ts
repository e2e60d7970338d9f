/**
 * Issue #12 item 7, round 3: the fan-out and fan-in of a composite over a huge map. Last round made map items
 * give the event loop a turn every 20 ms; the fan-out (one branch record per item) and the fan-in (one read
 * per item) still ran on microtasks alone, so a SIGTERM arriving there was seen only after all 200,000 branch
 * records were written or read — and then every opened branch had to be settled as well.
 *
 * The signal is an AbortSignal aborted from a timer (as the CLI's SIGTERM handler does), scheduled at the start
 * of each phase. Now the phase stops: the fan-out opens only the branches written before the signal, the
 * fan-in does not mark the map SUCCESS; the run log is FAIL with the reason and nothing is PROCESSING.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { executeCommand } from '../../src/commands/execute.js';
import type { RunReporter } from '../../src/engine/index.js';
import { cleanEnv } from '../support/cli.js';
import { cleanup, project, runLog } from './support.js';

afterAll(cleanup);

// The fan-out is stopped early, so its map can be as large as the issue's; the fan-in test has to run every
// item first, in this process: 30,000 items already take its reads well past one 20 ms slice.
const FAN_OUT_N = 200_000;
const FAN_IN_N = 30_000;
const PIPELINE =
  'dag:\n  start_at: fan\n  steps:\n    fan:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n' +
  '      branch:\n        start_at: s\n        steps:\n          s:\n            type: stub\n            next: success\n';

async function cancelledAt(phase: 'fan-out' | 'fan-in', runId: string, n: number) {
  const cwd = project({ 'p.yaml': PIPELINE, 'c.yaml': 'run-log-store:\n  type: chunked-fs\n' });
  const ac = new AbortController();
  const reporter: RunReporter = {
    branchProgress: (e) => {
      // done 0: the fan-out is about to write the branch records; done = total: the fan-in is about to read them.
      if ((phase === 'fan-out' && e.done === 0) || (phase === 'fan-in' && e.done === e.total)) setImmediate(() => ac.abort('SIGTERM'));
    },
  };
  const items = Array.from({ length: n }, (_, i) => i);
  const result = await executeCommand({ pipelineFile: 'p.yaml', configFile: 'c.yaml', parameters: { items }, runId, cwd, env: cleanEnv(), reporter, signal: ac.signal, runLog: 'header' });
  return { result, log: await runLog(cwd, runId, 'chunked-fs') };
}

describe('cancelling the fan-out or fan-in of a large map', () => {
  it(`fan-out of ${FAN_OUT_N} items: stops opening branches, the map and the run end FAIL, nothing PROCESSING`, async () => {
    const { result, log } = await cancelledAt('fan-out', 'fo', FAN_OUT_N);
    expect(result.status).toBe('FAIL');
    const fan = log.steps.fan!;
    expect(fan.status).toBe('FAIL');
    expect(fan.message).toContain('cancelled');
    expect(Object.keys(fan.branches).length).toBeLessThan(FAN_OUT_N);
    expect(JSON.stringify(log)).not.toContain('"PROCESSING"');
  }, 300_000);

  it(`fan-in of ${FAN_IN_N} items: the map is not marked SUCCESS after the signal; run FAIL, nothing PROCESSING`, async () => {
    const { result, log } = await cancelledAt('fan-in', 'fi', FAN_IN_N);
    expect(result.status).toBe('FAIL');
    const fan = log.steps.fan!;
    expect(Object.keys(fan.branches).length).toBe(FAN_IN_N);
    expect(fan.status).toBe('FAIL');
    expect(fan.message).toContain('cancelled');
    expect(JSON.stringify(log)).not.toContain('"PROCESSING"');
  }, 400_000);
});
