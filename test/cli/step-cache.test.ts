/**
 * Opt-in step caching (`--step-cache DIR`): a second run with unchanged definitions, inputs and catalog
 * inputs restores each step's returns and files instead of running it, and says so; a changed input runs
 * the step again.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanEnv, makeProject, runCli } from '../support/cli.js';
import { createRunLogStore } from '../../src/runlog/factory.js';

const PIPELINE = `dag:
  start_at: train
  steps:
    train:
      type: task
      command_type: shell
      command: |
        echo ran >> train.count
        mkdir -p model && echo "weights for $lr" > model/w.txt
        export score=0.5
      returns: [{name: score, kind: metric}]
      catalog: {put: [model/w.txt]}
      next: evaluate
    evaluate:
      type: task
      command_type: shell
      command: |
        echo ran >> evaluate.count
        grep -q "weights for" model/w.txt
        export verdict="score $score"
      returns: [{name: verdict}]
      catalog: {get: [model/w.txt]}
      next: success
`;

async function log(cwd: string, id: string) {
  return createRunLogStore({ type: 'chunked-fs', config: { log_folder: '.run_log_store' } }, cwd).getRunLog(id);
}

describe('--step-cache', () => {
  it('restores unchanged steps, runs changed ones, and records why', async () => {
    const cwd = makeProject();
    writeFileSync(path.join(cwd, 'p.yaml'), PIPELINE);
    const args = (id: string) => ['execute', '-f', 'p.yaml', '-c', 'examples/configs/chunked.yaml', '--run-id', id, '--step-cache', '.step-cache'];
    const env = cleanEnv({ RUNNABLE_PRM_lr: '0.1' });
    expect((await runCli(args('one'), { cwd, env })).code).toBe(0);

    const second = await runCli(args('two'), { cwd, env });
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/↷ train SUCCESS .*skipped: cached result of step 'train' in run 'one'/);
    expect(readFileSync(path.join(cwd, 'train.count'), 'utf8')).toBe('ran\n');
    expect(readFileSync(path.join(cwd, 'evaluate.count'), 'utf8')).toBe('ran\n');
    const two = await log(cwd, 'two');
    expect(two.status).toBe('SUCCESS');
    expect(two.parameters.verdict?.value).toBe('score 0.5');
    expect(two.steps.train!.attempts[0]!.message).toMatch(/^skipped: cached result of step 'train' in run 'one' .*key runnable-step-[0-9a-f]{64}$/);
    // The restored file went into this run's catalog with its digest.
    expect(two.steps.train!.data_catalog.find((e) => e.name === 'model/w.txt')?.data_hash).toBe((await log(cwd, 'one')).steps.train!.data_catalog.find((e) => e.name === 'model/w.txt')?.data_hash);
    expect(readFileSync(path.join(cwd, '.catalog/two/model/w.txt'), 'utf8')).toBe('weights for 0.1\n');

    // A changed parameter changes train's key, and train's new output changes evaluate's catalog input.
    const third = await runCli(args('three'), { cwd, env: cleanEnv({ RUNNABLE_PRM_lr: '0.2' }) });
    expect(third.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'train.count'), 'utf8')).toBe('ran\nran\n');
    expect(readFileSync(path.join(cwd, 'evaluate.count'), 'utf8')).toBe('ran\nran\n');
  });

  it('without the flag nothing is cached', async () => {
    const cwd = makeProject();
    writeFileSync(path.join(cwd, 'p.yaml'), PIPELINE);
    const env = cleanEnv({ RUNNABLE_PRM_lr: '0.1' });
    for (const id of ['a', 'b']) expect((await runCli(['execute', '-f', 'p.yaml', '-c', 'examples/configs/chunked.yaml', '--run-id', id], { cwd, env })).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'train.count'), 'utf8')).toBe('ran\nran\n');
  });
});
