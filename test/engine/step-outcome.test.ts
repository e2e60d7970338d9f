/**
 * A step's outcome is data: a step restored from the step cache records where its result came from in its
 * attempt (`cached_from`) and is reported with a typed outcome; the job summary reads that field, never the
 * human sentence, so a step name holding quotes or ` in run ` cannot change which run it names.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { executeCommand } from '../../src/commands/execute.js';
import { FileSystemStepCache } from '../../src/engine/index.js';
import type { RunReporter } from '../../src/engine/index.js';
import { renderSummary } from '../../src/github/summary.js';
import type { RunLog, StepAttempt, StepLog } from '../../src/runlog/model.js';
import { cacheNote, outcomeOf, type StepOutcome } from '../../src/runlog/outcome.js';
import { cleanEnv } from '../support/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const PIPELINE = `dag:
  start_at: train
  steps:
    train:
      type: task
      command_type: shell
      command: |
        echo ran >> train.count
        export score=0.5
      returns: [{name: score, kind: metric}]
      next: success
`;

describe('step outcome (src, no build)', () => {
  it('a cache hit is recorded as data in the attempt and reported as a typed outcome', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ra-outcome-'));
    dirs.push(cwd);
    writeFileSync(path.join(cwd, 'p.yaml'), PIPELINE);
    const cache = new FileSystemStepCache(path.join(cwd, '.step-cache'));
    const outcomes: { step: string; outcome: StepOutcome }[] = [];
    const reporter: RunReporter = { stepFinished: (e) => outcomes.push({ step: e.step, outcome: e.outcome ?? outcomeOf(e) }) };
    const run = (runId: string) => executeCommand({ pipelineFile: 'p.yaml', cwd, env: cleanEnv(), runId, stepCache: cache, reporter });

    const one = await run('one');
    expect(one.status).toBe('SUCCESS');
    expect(one.runLog.steps.train!.attempts[0]!.cached_from).toBeUndefined();
    expect(outcomes.find((o) => o.step === 'train')?.outcome).toEqual({ kind: 'ran' });

    outcomes.length = 0;
    const two = await run('two');
    expect(two.status).toBe('SUCCESS');
    const attempt = two.runLog.steps.train!.attempts[0]!;
    expect(attempt.cached_from).toEqual({ run_id: 'one', step: 'train', saved_at: expect.any(String), key: expect.stringMatching(/^runnable-step-[0-9a-f]{64}$/) });
    // The sentence for people is still there, written from the same data.
    expect(attempt.message).toBe(`skipped: ${cacheNote(attempt.cached_from!)}`);
    expect(outcomes.find((o) => o.step === 'train')?.outcome).toEqual({ kind: 'cached', from: attempt.cached_from });
  });

  it('the job summary names the run a step was cached from, whatever the step is called', () => {
    // A step name that reads like the sentence's own grammar: parsing the message back named run 'evil'.
    const name = "x' in run 'evil";
    const from = { run_id: 'one', step: name, saved_at: '2026-01-01T00:00:00.000Z', key: 'runnable-step-' + '0'.repeat(64) };
    const attempt: StepAttempt = {
      attempt_number: 1, start_time: '2026-01-01T00:00:00.000Z', end_time: '2026-01-01T00:00:01.000Z', status: 'SUCCESS',
      message: `skipped: ${cacheNote(from)}`, input_parameters: {}, output_parameters: {}, user_defined_metrics: {}, retry_indicator: '', code_identities: [], cached_from: from,
    };
    const step: StepLog = { name, internal_name: name, status: 'SUCCESS', step_type: 'task', message: '', mock: false, attempts: [attempt], branches: {}, data_catalog: [] };
    // Same message, no cached_from: a step that merely says so is not counted as cached.
    const liar: StepLog = { ...step, name: 'liar', internal_name: 'liar', attempts: [{ ...attempt, cached_from: undefined }] };
    const runLog = { run_id: 'two', dag_hash: '', tag: '', status: 'SUCCESS', parameters: {}, run_config: {}, steps: { [name]: step, liar } } as unknown as RunLog;
    const md = renderSummary({ runLog, artifacts: [], secrets: [], notes: [] });
    expect(md).toMatch(/result of run `one`/);
    expect(md).not.toMatch(/result of run `evil`/);
    expect(md).toMatch(/cached\*\* 1 of 2 tasks/);
  });
});
