/**
 * Command-line papercuts: an input given twice (flag and argument) or extra arguments are refused instead of
 * silently ignored; a missing file is named with the flag that gave it.
 */
import { describe, expect, it } from '@jest/globals';
import { makeProject, runCli } from '../support/cli.js';

const OK = 'examples/concepts/task_shell_simple.yaml';

describe('arguments', () => {
  it('refuses a second pipeline given as an argument next to -f', async () => {
    const cwd = makeProject();
    const r = await runCli(['execute', '-f', OK, 'other.yaml'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the pipeline given twice: -f "${OK}" and the argument "other.yaml"; give one`);
    expect(r.stdout).not.toContain('Hello World');
  });

  it('refuses a run id given twice, and arguments beyond those a command takes', async () => {
    const cwd = makeProject();
    const twice = await runCli(['execute', OK, 'run-a', '--run-id', 'run-b'], { cwd });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('the run id given twice');
    const extra = await runCli(['execute', OK, 'run-a', 'surplus'], { cwd });
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("too many arguments for 'execute'");
    const v = await runCli(['validate', '-f', OK, 'second.yaml'], { cwd });
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('the pipeline given twice');
  });

  it.each([
    ['-p', '-p/--parameters-file'],
    ['-c', '-c/--config-file'],
  ])('names %s when the file it gives does not exist', async (flag, named) => {
    const cwd = makeProject();
    for (const verb of ['execute', 'validate']) {
      const r = await runCli([verb, '-f', OK, flag, 'missing.yaml'], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`cannot read missing.yaml: no such file (given with ${named})`);
    }
  });
});
