/**
 * The data-flow check through the bundled CLI: an error fails `validate` (exit 2) at file:line:column; a
 * warning is printed and leaves exit 0; `--format json` carries both under `dataflow` with positions.
 */
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, makeProject, runCli } from '../support/cli.js';

const PIPELINE = `dag:
  start_at: toss
  steps:
    toss:
      type: conditional
      parameter: side
      next: fan
      branches:
        heads:
          start_at: h
          steps:
            h: {type: task, command_type: shell, command: 'export xs=[1]', returns: [{name: xs}], next: success}
        tails:
          start_at: t
          steps:
            t: {type: stub, next: success}
    fan:
      type: map
      iterate_on: xs
      iterate_as: x
      next: success
      branch: {start_at: s, steps: {s: {type: stub, next: success}}}
`;

describe('validate: data flow', () => {
  it('an error exits 2 with its position; --format json lists it under issues and dataflow', async () => {
    const cwd = makeProject();
    writeFileSync(path.join(cwd, 'p.yaml'), PIPELINE);
    writeFileSync(path.join(cwd, 'params.yaml'), 'sied: heads\n');
    const text = await runCli(['validate', '-f', 'p.yaml', '-p', 'params.yaml'], { cwd, timeoutMs: 180_000 });
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("p.yaml:6:18: dag.steps.toss.parameter: 'side' is not set here: no earlier step returns it");
    expect(text.stderr).toContain("did you mean 'sied'?");
    expect(text.stderr).not.toMatch(/\n\s+at /); // no stack trace

    const json = await runCli(['validate', '-f', 'p.yaml', '-p', 'params.yaml', '--format', 'json'], { cwd, timeoutMs: 180_000 });
    expect(json.code).toBe(2);
    const out = JSON.parse(json.stdout);
    expect(out.valid).toBe(false);
    expect(out.issues).toEqual([expect.objectContaining({ file: 'p.yaml', line: 6, column: 18, path: 'dag.steps.toss.parameter' })]);
    expect(out.dataflow).toEqual([
      expect.objectContaining({ severity: 'error', parameter: 'side', step: 'toss', file: 'p.yaml', line: 6, column: 18 }),
      expect.objectContaining({ severity: 'warning', parameter: 'xs', step: 'fan', file: 'p.yaml', line: 19, column: 19, path: 'dag.steps.fan.iterate_on' }),
    ]);
  }, 400_000);

  it('warnings alone print and exit 0', async () => {
    const cwd = makeProject();
    writeFileSync(path.join(cwd, 'p.yaml'), PIPELINE);
    writeFileSync(path.join(cwd, 'params.yaml'), 'side: heads\n');
    const r = await runCli(['validate', '-f', 'p.yaml', '-p', 'params.yaml'], { cwd, timeoutMs: 180_000 });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning: p.yaml:19:19: dag.steps.fan.iterate_on: 'xs' may be unset here");
    expect(r.stdout).toContain('p.yaml: valid');
    const json = JSON.parse((await runCli(['validate', '-f', 'p.yaml', '-p', 'params.yaml', '--format', 'json'], { cwd, timeoutMs: 180_000 })).stdout);
    expect(json.valid).toBe(true);
    expect(json.dataflow.map((d: { severity: string; parameter: string }) => [d.severity, d.parameter])).toEqual([['warning', 'xs']]);
  }, 400_000);

  it('the TypeScript SDK example draws no finding', async () => {
    // from the repository: the module imports 'runnable-action' (the package's own name)
    const r = await runCli(['validate', '-f', 'examples/sdk/pipeline.mjs', '--format', 'json'], { cwd: REPO, timeoutMs: 180_000 });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.dataflow.filter((d: { message: string }) => !d.message.includes('validate had no -p'))).toEqual([]);
  }, 200_000);
});
