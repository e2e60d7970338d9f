/**
 * Which Action starts re-execute themselves to keep the runner's credentials out of /proc/<pid>/environ
 * (SECURITY.md guarantee 6): every start that can run the user's code in a process of its own. `validate` and
 * `compile` of a YAML pipeline start none, so they skip the second Node start. Any doubt seals.
 */
import { describe, expect, test } from '@jest/globals';
import { startsNoUserProcess } from '../../src/action/seal-environment.js';

const env = (e: Record<string, string>): NodeJS.ProcessEnv => ({ ACTIONS_RUNTIME_TOKEN: 't', ...e });

describe('the Action seals its environment whenever a user process can start', () => {
  test('validate and compile of a YAML pipeline start none: not sealed', () => {
    expect(startsNoUserProcess(env({ INPUT_COMMAND: 'validate', INPUT_PIPELINE: 'pipelines/p.yaml' }))).toBe(true);
    expect(startsNoUserProcess(env({ INPUT_COMMAND: ' Compile ', INPUT_PIPELINE: 'p.yml' }))).toBe(true);
  });

  test('steps, SDK scripts, submit and a run\'s post step can: sealed', () => {
    for (const command of ['execute', 'retry', 'submit', '', 'EXECUTE']) {
      expect(startsNoUserProcess(env({ INPUT_COMMAND: command, INPUT_PIPELINE: 'p.yaml' }))).toBe(false);
    }
    expect(startsNoUserProcess(env({ INPUT_PIPELINE: 'p.yaml' }))).toBe(false); // the default command is execute
    // A Python SDK script is run to export its pipeline, whatever the command.
    expect(startsNoUserProcess(env({ INPUT_COMMAND: 'validate', INPUT_PIPELINE: 'pipeline.py' }))).toBe(false);
    expect(startsNoUserProcess(env({ INPUT_COMMAND: 'compile', INPUT_PIPELINE: 'PIPELINE.PY' }))).toBe(false);
    expect(startsNoUserProcess(env({ INPUT_COMMAND: 'validate' }))).toBe(false);
    expect(startsNoUserProcess(env({ INPUT_COMMAND: 'validate', INPUT_PIPELINE: 'p.yaml', STATE_isPost: 'true', STATE_runId: 'r1' }))).toBe(false);
  });

  test('the post step of a job that started no run stores nothing: not sealed', () => {
    expect(startsNoUserProcess(env({ INPUT_COMMAND: 'execute', INPUT_PIPELINE: 'p.yaml', STATE_isPost: 'true' }))).toBe(true);
  });
});
