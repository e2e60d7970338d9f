/**
 * Off GitHub's hosted runners (GHES without the artifact service, a local runner) there is no
 * ACTIONS_RUNTIME_TOKEN: the Action still runs the pipeline, on a file-system catalog, and says so — a
 * warning for the catalog and for the run log it could not store as an artifact, and the
 * `run-log-artifact` output says why there is none — instead of switching silently.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResultsService } from '../support/results-service.js';
import { effectiveCommands, runAction, workspaceWith } from '../security/action-harness.js';

const roots: string[] = [];
afterAll(async () => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

// Nothing listens here: with no runtime token the Action must not talk to an artifact service at all.
const NO_SERVICE = { url: 'http://127.0.0.1:9', apiUrl: 'http://127.0.0.1:9' } as ResultsService;

describe('a runner without the Actions artifact service', () => {
  test('runs the pipeline, warns about the local catalog and the unstored run log, and the output says so', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ra-offhosted-'));
    roots.push(root);
    const ws = await workspaceWith(root, {
      'p.yaml': 'dag:\n  start_at: a\n  steps:\n    a:\n      type: task\n      command_type: shell\n      command: echo hello\n      next: success\n',
    });
    const r = await runAction(root, NO_SERVICE, ws, { command: 'execute', pipeline: 'p.yaml', 'run-id': 'ghes-1', 'persist-run-log': 'artifact' }, {
      env: { ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('SUCCESS');
    const warnings = effectiveCommands(r.stdout).filter((c) => c.name === 'warning').map((c) => c.line);
    expect(warnings.some((w) => /no Actions artifact service/.test(w) && /catalog/.test(w))).toBe(true);
    expect(warnings.some((w) => /persist-run-log: artifact/.test(w) && /not stored as an artifact/.test(w))).toBe(true);
    expect(r.outputs['run-log-artifact']).toMatch(/^none: no artifact service/);
    expect(r.summary).toMatch(/not stored as an artifact/);
  });
});
