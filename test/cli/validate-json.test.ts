/** `validate --format json`: the verdict and every issue with its position on stdout, for editors and CI. */
import { expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeProject, runCli } from '../support/cli.js';

it('prints valid pipelines and every issue as JSON, exit 0 / 2', async () => {
  const cwd = makeProject();
  const ok = await runCli(['validate', '-f', 'examples/02-sequential/on_failure_succeed.yaml', '--format', 'json'], { cwd });
  expect(ok.code).toBe(0);
  expect(JSON.parse(ok.stdout)).toMatchObject({ valid: true, steps: 6, executor: 'local', issues: [] });
  writeFileSync(path.join(cwd, 'bad.yaml'), 'dag:\n  start_at: a\n  steps:\n    a:\n      type: stub\n      next: nowhere\n');
  const bad = await runCli(['validate', '-f', 'bad.yaml', '--format', 'json'], { cwd });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe('');
  const out = JSON.parse(bad.stdout);
  expect(out.valid).toBe(false);
  expect(out.issues).toEqual([{ file: 'bad.yaml', line: 6, column: 13, path: 'dag.steps.a.next', message: "'nowhere' is not a step of this graph (steps: a, success, fail)" }]);
});
