/**
 * A loop's `index_as` is in the environment of every task in the loop, as runnable sets it (os.environ), not
 * only of shell steps (runnable's examples/10-loop/max_iterations_loop.py reads it from a python task). Our
 * own pipeline of that shape, through the built CLI (RUNNABLE_DIST or dist/).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli } from '../support/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const PIPELINE = `
dag:
  start_at: spin
  steps:
    spin:
      type: loop
      max_iterations: 3
      break_on: done
      index_as: round
      next: check
      branch:
        start_at: turn
        steps:
          turn: {type: task, command: steps.turn, returns: [{name: seen}, {name: done}], next: success}
          success: {type: success}
          fail: {type: fail}
    check: {type: task, command: steps.check, next: success}
    success: {type: success}
    fail: {type: fail}
`;

const STEPS = `import os

def turn():
    return int(os.environ["round"]), False

def check(seen: int):
    assert seen == 2, seen
`;

describe('loop index in the environment', () => {
  it('a python task in a loop reads its index_as from os.environ', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ra-loop-env-'));
    dirs.push(cwd);
    mkdirSync(path.join(cwd, 'steps'));
    writeFileSync(path.join(cwd, 'steps', '__init__.py'), STEPS);
    writeFileSync(path.join(cwd, 'pipeline.yaml'), PIPELINE);
    const r = await runCli(['execute', '-f', 'pipeline.yaml', '--run-id', 'loopenv'], { cwd, env: cleanEnv(), timeoutMs: 120_000 });
    expect(r.stderr).toMatch(/run loopenv SUCCESS/);
    const log = JSON.parse(readFileSync(path.join(cwd, '.run_log_store', 'loopenv.json'), 'utf8'));
    expect(log.parameters.seen.value).toBe(2);
  }, 150_000);
});
