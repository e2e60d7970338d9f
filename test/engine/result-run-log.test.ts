/**
 * `RunOptions.runLog`: a library caller gets the whole run log by default; 'header' (what the CLI asks for)
 * returns the outcome without assembling every record, and the stored run log is the same either way.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { executeCommand } from '../../src/commands/execute.js';
import { createRunLogStore } from '../../src/runlog/factory.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function project(): string {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'ra-result-'));
  dirs.push(cwd);
  fs.writeFileSync(path.join(cwd, 'fns.mjs'), 'export function inc({ item }) { return item + 1; }\n');
  fs.writeFileSync(
    path.join(cwd, 'p.yaml'),
    'dag:\n  start_at: m\n  steps:\n    m:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n      branch:\n        start_at: f\n        steps:\n          f:\n            type: task\n            command_type: node\n            command: fns.mjs:inc\n            returns: [{name: out}]\n            next: success\n',
  );
  fs.writeFileSync(path.join(cwd, 'c.yaml'), 'run-log-store:\n  type: chunked-fs\ncatalog:\n  type: do-nothing\nsecrets:\n  type: do-nothing\n');
  return cwd;
}

describe('the run log a run returns', () => {
  it('is the whole document by default, and only the outcome with runLog: "header"; the stored log is complete in both', async () => {
    const a = project();
    const full = await executeCommand({ pipelineFile: 'p.yaml', configFile: 'c.yaml', cwd: a, env: {}, runId: 'full', parameters: { items: [1, 2, 3] } });
    expect(full.status).toBe('SUCCESS');
    expect(Object.keys(full.runLog.steps.m!.branches)).toHaveLength(3);
    expect(full.runLog.parameters.out?.value).toEqual([2, 3, 4]);

    const b = project();
    const brief = await executeCommand({ pipelineFile: 'p.yaml', configFile: 'c.yaml', cwd: b, env: {}, runId: 'brief', parameters: { items: [1, 2, 3] }, runLog: 'header' });
    expect(brief.status).toBe('SUCCESS');
    expect(brief.runLog.status).toBe('SUCCESS');
    expect(brief.runLog.steps).toEqual({});
    expect(brief.runLog.parameters.out?.value).toEqual([2, 3, 4]);
    expect(brief.runLog.run_config.run_id).toBe('brief');

    const stored = await createRunLogStore({ type: 'chunked-fs', config: {} }, b).getRunLog('brief');
    expect(Object.keys(stored.steps.m!.branches)).toHaveLength(3);
  });
});
