/**
 * SIGTERM during a big catalog put (issue 12, item 15). The copy used to run to its end (hash the whole file,
 * then copyFile, neither abortable): a 2 GB put delayed the exit by 6–8 s and the step was then recorded
 * SUCCESS although the run was cancelled. Now the copy stops between 1 MiB chunks: exit 130, the step is FAIL
 * (cancelled), no temp file is left in the catalog and no partial file is stored; retry completes the run.
 * The file is sparse (no disk needed to make it); 1 GiB is enough to still be copying when the signal comes.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/cli.js';
import { cleanup, project, runLog, start, waitFor } from './support.js';

afterAll(cleanup);

describe('cancelling a big catalog put', () => {
  it('SIGTERM while a 1 GiB file is being put: exit 130, step FAIL (cancelled), no temp or partial file, retry succeeds', async () => {
    const cwd = project({
      'p.yaml':
        'dag:\n  start_at: make\n  steps:\n    make:\n      type: task\n      command_type: shell\n' +
        '      command: truncate -s 1G big.bin\n      catalog:\n        put: [big.bin]\n      next: success\n',
    });
    const runDir = path.join(cwd, '.catalog', 'big');
    const inCatalog = () => (existsSync(runDir) ? readdirSync(runDir).filter((f) => f.includes('big.bin')) : []);
    const run = start(['execute', '-f', 'p.yaml', '--run-id', 'big'], cwd);
    // The put has started once bytes go to the catalog (its temp file) — or, at the latest, after 90 s.
    await waitFor(() => inCatalog().some((f) => f.endsWith('.catalog-tmp')), undefined, 'the put to start').catch(() => undefined);
    run.child.kill('SIGTERM');
    const { code } = await run.exit;
    expect(code).toBe(130);
    expect(inCatalog()).toEqual([]);
    const log = await runLog(cwd, 'big');
    expect(log.status).toBe('FAIL');
    expect(log.steps.make!.status).toBe('FAIL');
    expect(log.steps.make!.message).toMatch(/cancel/);

    const retry = await runCli(['retry', 'big'], { cwd, timeoutMs: 120_000 });
    expect({ code: retry.code, err: retry.code === 0 ? '' : retry.stderr }).toEqual({ code: 0, err: '' });
    expect(inCatalog()).toEqual(['big.bin']);
  }, 300_000);
});
