/**
 * runnable's Python SDK (our package in python/): scripts written for runnable load and run unchanged, and a
 * script's IR equals its YAML twin's (same dag_hash). Our own pipelines of the shapes runnable's examples
 * use. Engine from src/ (no build): `loadPipeline` runs the script in export mode with real python3.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { executeCommand } from '../../src/commands/execute.js';
import { InputFileError } from '../../src/errors.js';
import { loadPipeline } from '../../src/engine/load-pipeline.js';
import { dagHash } from '../../src/pipeline/dag-hash.js';
import { parsePipelineText } from '../../src/pipeline/parse.js';
import type { StepLog } from '../../src/runlog/model.js';
import { cleanEnv } from '../support/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const d = mkdtempSync(path.join(tmpdir(), 'ra-pysdk-'));
  dirs.push(d);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(d, name)), { recursive: true });
    writeFileSync(path.join(d, name), text);
  }
  return d;
}

const FUNCS = [
  'def hello():',
  '    print("hello")',
  'def fail():',
  '    raise ValueError("boom")',
  'def ret_int():',
  '    return 3',
  'def ret_pair():',
  '    return 1.0, {"x": 10}',
  'def toss():',
  '    return "heads"',
  'def count(idx):',
  '    return idx >= 2',
  'def chunks():',
  '    return [1, 2, 3]',
  'def times(chunk):',
  '    return chunk * 10',
  '',
].join('\n');

/** Shapes of runnable's examples: each a Python SDK script and its YAML twin. */
const TWINS: Record<string, { py: string; yaml: string }> = {
  traversal: {
    py: `
from runnable import Pipeline, PythonTask, ShellTask, Stub
from pkg.funcs import hello
def main():
    a = Stub(name="hello stub", what="ignored")
    b = PythonTask(name="hello python", function=hello)
    c = ShellTask(name="hello shell", command="echo hello")
    p = Pipeline(steps=[a, b, c], description="traversal")
    p.execute()
    return p
if __name__ == "__main__":
    main()
`,
    yaml: `
dag:
  description: traversal
  start_at: hello stub
  steps:
    hello stub: {type: stub, next: hello python}
    hello python: {type: task, command: pkg.funcs.hello, next: hello shell}
    hello shell: {type: task, command_type: shell, command: echo hello, next: success}
    success: {type: success}
    fail: {type: fail}
`,
  },
  on_failure: {
    py: `
from runnable import Pipeline, PythonTask, Stub
from pkg.funcs import fail
def main():
    step_1 = PythonTask(name="step_1", function=fail)
    step_1.on_failure = Stub(name="step_4").as_pipeline()
    p = Pipeline(steps=[step_1, Stub(name="step_2"), Stub(name="step_3")])
    p.execute()
if __name__ == "__main__":
    main()
`,
    yaml: `
dag:
  start_at: step_1
  steps:
    step_1: {type: task, command: pkg.funcs.fail, next: step_2, on_failure: step_4}
    step_2: {type: stub, next: step_3}
    step_3: {type: stub, next: success}
    step_4: {type: stub, next: success}
    success: {type: success}
    fail: {type: fail}
`,
  },
  returns_and_catalog: {
    py: `
from runnable import Catalog, Pipeline, PythonTask, ShellTask, metric, pickled, json
from pkg.funcs import ret_pair, ret_int
def main():
    a = PythonTask(name="a", function=ret_pair, returns=["f", json("d")], catalog=Catalog(put=["out/*.txt"]))
    b = PythonTask(name="b", function=ret_int, returns=[metric("m")])
    c = ShellTask(name="c", command="export x=1", returns=["x"], catalog=Catalog(get=["out/*.txt"], store_copy=False), secrets=["TOKEN"])
    Pipeline(steps=[a, b, c]).execute(parameters_file="params.yaml")
if __name__ == "__main__":
    main()
`,
    yaml: `
dag:
  start_at: a
  steps:
    a:
      type: task
      command: pkg.funcs.ret_pair
      returns: [{name: f}, {name: d, kind: json}]
      catalog: {put: [out/*.txt]}
      next: b
    b: {type: task, command: pkg.funcs.ret_int, returns: [{name: m, kind: metric}], next: c}
    c:
      type: task
      command_type: shell
      command: export x=1
      returns: [{name: x}]
      catalog: {get: [out/*.txt], store_copy: false}
      secrets: [TOKEN]
      next: success
    success: {type: success}
    fail: {type: fail}
`,
  },
  composites: {
    py: `
from runnable import Conditional, Map, Parallel, Pipeline, PythonTask, Stub
from runnable.sdk import Loop
from pkg.funcs import chunks, times, toss, count
def branch(name):
    return Pipeline(steps=[Stub(name=name)])
def main():
    par = Parallel(name="par", branches={"one": branch("s1"), "two": Pipeline(steps=[Stub(name="x") , Stub(name="y")])})
    make = PythonTask(name="make", function=chunks, returns=["chunks"])
    m = Map(name="map", iterate_on="chunks", iterate_as="chunk", reducer="lambda *x: max(x)",
            branch=Pipeline(steps=[PythonTask(name="times", function=times, returns=["t"])]))
    t = PythonTask(name="toss", function=toss, returns=["side"])
    cond = Conditional(name="cond", parameter="side", branches={"heads": branch("h"), "tails": branch("t")})
    loop = Loop(name="loop", max_iterations=5, break_on="stop", index_as="idx",
                branch=Pipeline(steps=[PythonTask(name="count", function=count, returns=["stop"])]))
    Pipeline(steps=[par, make, m, t, cond, loop]).execute()
if __name__ == "__main__":
    main()
`,
    yaml: `
dag:
  start_at: par
  steps:
    par:
      type: parallel
      next: make
      branches:
        one: {start_at: s1, steps: {s1: {type: stub, next: success}, success: {type: success}, fail: {type: fail}}}
        two:
          start_at: x
          steps: {x: {type: stub, next: y}, y: {type: stub, next: success}, success: {type: success}, fail: {type: fail}}
    make: {type: task, command: pkg.funcs.chunks, returns: [{name: chunks}], next: map}
    map:
      type: map
      iterate_on: chunks
      iterate_as: chunk
      reducer: "lambda *x: max(x)"
      next: toss
      branch:
        start_at: times
        steps: {times: {type: task, command: pkg.funcs.times, returns: [{name: t}], next: success}, success: {type: success}, fail: {type: fail}}
    toss: {type: task, command: pkg.funcs.toss, returns: [{name: side}], next: cond}
    cond:
      type: conditional
      parameter: side
      next: loop
      branches:
        heads: {start_at: h, steps: {h: {type: stub, next: success}, success: {type: success}, fail: {type: fail}}}
        tails: {start_at: t, steps: {t: {type: stub, next: success}, success: {type: success}, fail: {type: fail}}}
    loop:
      type: loop
      max_iterations: 5
      break_on: stop
      index_as: idx
      next: success
      branch:
        start_at: count
        steps: {count: {type: task, command: pkg.funcs.count, returns: [{name: stop}], next: success}, success: {type: success}, fail: {type: fail}}
    success: {type: success}
    fail: {type: fail}
`,
  },
};

describe('a Python SDK script and its YAML twin give the same IR (same dag_hash)', () => {
  for (const [name, twin] of Object.entries(TWINS)) {
    it(name, async () => {
      const cwd = project({ 'pkg/__init__.py': '', 'pkg/funcs.py': FUNCS, 'pipeline.py': twin.py });
      const fromPy = await loadPipeline(cwd, 'pipeline.py');
      const fromYaml = parsePipelineText(twin.yaml, 'twin.yaml');
      expect(dagHash(fromPy)).toBe(dagHash(fromYaml));
    });
  }
});

describe('Python SDK scripts run on our engine', () => {
  it('the composites pipeline runs to SUCCESS with the values runnable would produce', async () => {
    const cwd = project({ 'pkg/__init__.py': '', 'pkg/funcs.py': FUNCS, 'pipeline.py': TWINS.composites!.py });
    const r = await executeCommand({ pipelineFile: 'pipeline.py', cwd, env: cleanEnv() });
    expect(r.status).toBe('SUCCESS');
    expect(r.runLog.parameters['t']?.value).toBe(30);
    expect(Object.keys((r.runLog.steps['cond'] as StepLog).branches)).toEqual(['cond.heads']);
    expect(r.runLog.parameters['stop']?.value).toBe(true);
  });

  it('functions defined in the script itself (__main__) are run, as runnable runs them', async () => {
    const py = `
from runnable import Pipeline, PythonTask
def produce():
    return 41
def consume(v):
    assert v == 41
    print("consumed", v)
def main():
    Pipeline(steps=[PythonTask(name="produce", function=produce, returns=["v"]), PythonTask(name="consume", function=consume)]).execute()
if __name__ == "__main__":
    main()
`;
    const cwd = project({ 'flows/my-pipeline.py': py });
    const loaded = await loadPipeline(cwd, 'flows/my-pipeline.py');
    const produce = loaded.dag.nodes['produce'] as { task: { command: string } };
    expect(produce.task.command).toBe('flows.my-pipeline.produce');
    const r = await executeCommand({ pipelineFile: 'flows/my-pipeline.py', cwd, env: cleanEnv() });
    expect(r.status).toBe('SUCCESS');
    expect(r.runLog.parameters['v']?.value).toBe(41);
  });

  it('AsyncPythonTask and AsyncPipeline are refused with a clear message', async () => {
    const cwd = project({
      'pipeline.py': 'from runnable import AsyncPythonTask, AsyncPipeline\nasync def f():\n    return 1\nAsyncPipeline(steps=[AsyncPythonTask(name="a", function=f)]).execute()\n',
    });
    const err = await loadPipeline(cwd, 'pipeline.py').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputFileError);
    expect((err as Error).message).toMatch(/AsyncPythonTask is not supported by runnable-action/);
  });

  it('a script that never calls execute() is a clear error', async () => {
    const cwd = project({ 'pipeline.py': 'from runnable import Pipeline, Stub\np = Pipeline(steps=[Stub(name="a")])\n' });
    await expect(loadPipeline(cwd, 'pipeline.py')).rejects.toThrow(/without calling Pipeline.execute\(\)/);
  });

  it('jobs run as a one-step pipeline', async () => {
    const cwd = project({ 'pkg/__init__.py': '', 'pkg/funcs.py': FUNCS, 'job.py': 'from runnable import PythonJob\nfrom pkg.funcs import ret_int\nPythonJob(function=ret_int, returns=["n"]).execute()\n' });
    const r = await executeCommand({ pipelineFile: 'job.py', cwd, env: cleanEnv() });
    expect(r.status).toBe('SUCCESS');
    expect(r.runLog.parameters['n']?.value).toBe(3);
  });
});

describe('with the built CLI', () => {
  it("'python pipeline.py' (PYTHONPATH from 'runnable python-path') and 'runnable execute -f pipeline.py' both run it, with execute()'s arguments", async () => {
    const { CLI, runCli } = await import('../support/cli.js');
    const { spawnSync } = await import('node:child_process');
    const py = `
from runnable import Pipeline, PythonTask, ShellTask
def produce(start):
    return start + 1
def main():
    a = PythonTask(name="produce", function=produce, returns=["n"])
    b = ShellTask(name="show", command='echo "n=$n" > out.txt')
    Pipeline(steps=[a, b]).execute(parameters_file="params.yaml", configuration_file="config.yaml", run_id="sdk-run")
if __name__ == "__main__":
    main()
`;
    const cwd = project({ 'pipeline.py': py, 'params.yaml': 'start: 1.0\n', 'config.yaml': 'run-log-store:\n  type: chunked-fs\n' });
    const where = await runCli(['python-path'], { cwd, env: cleanEnv() });
    expect(where.code).toBe(0);
    const pythonPath = where.stdout.trim();
    const r = spawnSync('python3', ['pipeline.py'], {
      cwd,
      env: { ...cleanEnv(), PYTHONPATH: `${pythonPath}${path.delimiter}.`, RUNNABLE_NODE: process.execPath, RUNNABLE_ACTION_CLI: CLI },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stderr + r.stdout).toMatch(/run sdk-run SUCCESS/);
    expect(r.status).toBe(0);
    // execute()'s parameters_file reached the run: a float stays a float (2.0), as runnable passes it.
    const { readFileSync, existsSync } = await import('node:fs');
    expect(readFileSync(path.join(cwd, 'out.txt'), 'utf8')).toBe('n=2.0\n');
    // execute()'s configuration_file: the chunked-fs store.
    expect(existsSync(path.join(cwd, '.run_log_store', 'sdk-run', 'RunLog.json'))).toBe(true);

    const again = await runCli(['execute', '-f', 'pipeline.py', '--run-id', 'sdk-run-2'], { cwd, env: cleanEnv(), timeoutMs: 120_000 });
    expect(again.code).toBe(0);
    expect(existsSync(path.join(cwd, '.run_log_store', 'sdk-run-2', 'RunLog.json'))).toBe(true);
  }, 240_000);

  it('with an Argo config, execute writes the Workflow; its pods load the same script', async () => {
    const { runCli } = await import('../support/cli.js');
    const { readFileSync } = await import('node:fs');
    const py = 'from runnable import Pipeline, ShellTask\nPipeline(steps=[ShellTask(name="hello", command="echo hi")]).execute(configuration_file="argo.yaml")\n';
    const argo = 'pipeline-executor:\n  type: argo\n  config:\n    pvc_for_runnable: runnable\n    output_file: wf.yaml\n    defaults:\n      image: example/image:1\n';
    const cwd = project({ 'flow.py': py, 'argo.yaml': argo });
    const r = await runCli(['execute', '-f', 'flow.py'], { cwd, env: cleanEnv(), timeoutMs: 120_000 });
    expect(r.stderr).toMatch(/wrote Workflow to .*wf\.yaml/);
    expect(r.code).toBe(0);
    const wf = readFileSync(path.join(cwd, 'wf.yaml'), 'utf8');
    expect(wf).toMatch(/kind: Workflow/);
    expect(wf).toMatch(/- flow\.py/);
  }, 180_000);
});
