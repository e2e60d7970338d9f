import { describe, expect, test } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { ValidationError, formatIssue } from '../../src/errors.js';
import { parsePipelineText } from '../../src/pipeline/parse.js';
import { dagHash } from '../../src/pipeline/dag-hash.js';
import {
  AsyncPythonTask,
  Catalog,
  Conditional,
  Fail,
  Loop,
  Map,
  NodeTask,
  NotebookTask,
  Parallel,
  Pipeline,
  PythonTask,
  ShellTask,
  Stub,
  Success,
  json,
  metric,
  object,
  pickled,
} from '../../src/sdk/index.js';
import { stripSources } from '../pipeline/strip.js';

function sdkIssues(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map(formatIssue);
    throw e;
  }
  throw new Error('expected a ValidationError');
}

function richPipeline() {
  const notify = Stub({ name: 'notify', terminate_with_failure: true });
  return Pipeline({
    description: 'built in TypeScript',
    steps: [
      PythonTask({
        name: 'hello',
        function: 'examples.functions.hello',
        returns: ['x', metric('score'), pickled('model')],
        secrets: ['DB_PASSWORD'],
        catalog: Catalog({ get: ['data/*.csv'], put: ['model/**'], store_copy: false }),
        max_attempts: 3,
        timeout_seconds: 1.5,
        overrides: { argo: 'gpu' },
        on_failure: Pipeline({ steps: [notify] }),
      }),
      new ShellTask({ name: 'shell step', command: 'echo hello\n', returns: [metric('accuracy')], catalog: { put: ['out.txt'] } }),
      NotebookTask({ name: 'nb', notebook: 'notebooks/train.ipynb', optional_ploomber_args: { kernel: 'python3' } }),
      NodeTask({ name: 'js', function: 'tasks/step.js:run' }),
      AsyncPythonTask({ name: 'async', function: 'examples.streaming.run', stream_end_type: 'finished' }),
      Stub({ name: 'disabled', command: 'whatever' }),
      Parallel({
        name: 'par',
        branches: {
          b1: Pipeline({ steps: [Stub({ name: 't1' })] }),
          b2: Pipeline({ description: 'second', steps: [Stub({ name: 't2' }), Stub({ name: 't3' })] }),
        },
      }),
      Map({
        name: 'map_state',
        iterate_on: 'chunks',
        iterate_as: 'chunk',
        reducer: 'lambda *x: max(x)',
        branch: Pipeline({ steps: [ShellTask({ name: 'work', command: 'echo "$chunk"', returns: [json('doubled')] })] }),
      }),
      Conditional({
        name: 'cond',
        parameter: 'choice',
        branches: { heads: Pipeline({ steps: [Stub({ name: 'h' })] }), 1: Pipeline({ steps: [Stub({ name: 'one', terminate_with_failure: true })] }) },
        default: Pipeline({ steps: [Stub({ name: 'd' })] }),
      }),
      Loop({ name: 'loop', max_iterations: 5, break_on: 'done', index_as: 'idx', branch: Pipeline({ steps: [Stub({ name: 'body' })] }) }),
    ],
  });
}

describe('SDK and YAML give the same IR', () => {
  test('a pipeline using every step type', async () => {
    const fromYaml = parsePipelineText(await readFile('test/sdk/equivalent.yaml', 'utf8'), 'equivalent.yaml');
    const ir = richPipeline().build();
    expect(ir.execution_mode).toBe('sdk');
    expect(ir.file).toBe('sdk');
    expect(stripSources(ir)).toEqual(stripSources(fromYaml));
    expect(JSON.stringify(stripSources(ir))).toBe(JSON.stringify(stripSources(fromYaml)));
    expect(dagHash(ir)).toBe(dagHash(fromYaml));
    // SDK nodes carry no positions
    expect(ir.dag.nodes.hello!.source).toBeUndefined();
  });

  test('toYaml() is runnable YAML that parses back to the same IR', () => {
    const p = richPipeline();
    expect(stripSources(parsePipelineText(p.toYaml(), 'x.yaml'))).toEqual(stripSources(p.build()));
  });
});

describe('linking (semantics §16)', () => {
  test('list order; the last step goes to success, or to fail with terminate_with_failure', () => {
    const ir = Pipeline({ steps: [Stub({ name: 'a' }), Stub({ name: 'b' }), Stub({ name: 'c', terminate_with_failure: true })] }).build();
    expect(ir.dag.start_at).toBe('a');
    expect(['a', 'b', 'c'].map((n) => (ir.dag.nodes[n] as { next: string }).next)).toEqual(['b', 'c', 'fail']);
    const ok = Pipeline({ steps: [Stub({ name: 'a', terminate_with_success: true })] }).build();
    expect((ok.dag.nodes.a as { next: string }).next).toBe('success');
  });

  test('on_failure pipelines join the graph; shared ones once', () => {
    const handler = Pipeline({ steps: [Stub({ name: 'log' }), Stub({ name: 'cleanup', terminate_with_failure: true })] });
    const ir = Pipeline({
      steps: [ShellTask({ name: 'a', command: 'x', on_failure: handler }), ShellTask({ name: 'b', command: 'y', on_failure: handler })],
    }).build();
    expect(Object.keys(ir.dag.nodes)).toEqual(['a', 'b', 'log', 'cleanup', 'success', 'fail']);
    expect(ir.dag.nodes.a).toMatchObject({ next: 'b', on_failure: 'log' });
    expect(ir.dag.nodes.b).toMatchObject({ next: 'success', on_failure: 'log' });
    expect(ir.dag.nodes.log).toMatchObject({ next: 'cleanup' });
    expect(ir.dag.nodes.cleanup).toMatchObject({ next: 'fail' });
  });

  test('Success and Fail as last steps', () => {
    const ir = Pipeline({ steps: [Stub({ name: 'a' }), Fail()] }).build();
    expect((ir.dag.nodes.a as { next: string }).next).toBe('fail');
    expect(Object.keys(ir.dag.nodes)).toEqual(['a', 'success', 'fail']);
    expect((Pipeline({ steps: [Stub({ name: 'a' }), Success()] }).build().dag.nodes.a as { next: string }).next).toBe('success');
  });

  test('callable with or without new; instanceof works; the global Map is untouched', () => {
    const a = ShellTask({ name: 'a', command: 'x' });
    const b = new ShellTask({ name: 'b', command: 'y' });
    expect(a).toBeInstanceOf(ShellTask);
    expect(b).toBeInstanceOf(ShellTask);
    expect(Pipeline({ steps: [a] })).toBeInstanceOf(Pipeline);
    expect(object('o')).toEqual({ name: 'o', kind: 'object' });
    expect(a.asPipeline().build().dag.start_at).toBe('a');
    expect(new globalThis.Map([[1, 2]]).get(1)).toBe(2);
  });
});

describe('errors', () => {
  test('names are validated eagerly', () => {
    expect(sdkIssues(() => Stub({ name: 'a.b' }))).toEqual(["sdk: name: Stub: step name 'a.b' must not contain '.' or '%' (they separate internal names)"]);
    expect(sdkIssues(() => ShellTask({ name: '', command: 'x' }))).toEqual(["sdk: name: ShellTask: 'name' must be a non-empty string, got \"\""]);
    expect(sdkIssues(() => ShellTask({ name: 'a' } as never))).toEqual(["sdk: command: ShellTask 'a': 'command' must be a non-empty string, got undefined"]);
    expect(sdkIssues(() => Conditional({ name: 'c', parameter: 'my-choice', branches: { x: Pipeline({ steps: [Stub({ name: 's' })] }) } }))).toEqual([
      "sdk: parameter: Conditional 'c': parameter 'my-choice' must be alphanumeric (letters, digits, underscores)",
    ]);
    expect(sdkIssues(() => Conditional({ name: 'c', parameter: 'p', branches: { 'a b': Pipeline({ steps: [Stub({ name: 's' })] }) } }))).toEqual([
      "sdk: branches.a b: Conditional 'c': branch key 'a b' must be alphanumeric (letters, digits, underscores)",
    ]);
    expect(sdkIssues(() => Parallel({ name: 'p', branches: {} }))).toEqual(["sdk: branches: Parallel 'p': branches must be a non-empty mapping of Pipelines"]);
    expect(sdkIssues(() => Loop({ name: 'l', max_iterations: 0, break_on: 'b', index_as: 'i', branch: Pipeline({ steps: [Stub({ name: 's' })] }) }))).toEqual([
      "sdk: max_iterations: Loop 'l': max_iterations must be an integer >= 1, got 0",
    ]);
    expect(sdkIssues(() => Map({ name: 'm', iterate_on: 'xs', iterate_as: 'x-y', branch: Pipeline({ steps: [Stub({ name: 's' })] }) }))).toEqual([
      "sdk: iterate_as: Map 'm': iterate_as 'x-y' must be an identifier",
    ]);
  });

  test('pipeline shape errors', () => {
    expect(sdkIssues(() => Pipeline({ steps: [] }))).toEqual(['sdk: steps: Pipeline: steps must be a non-empty list of steps']);
    expect(sdkIssues(() => Pipeline({ steps: [Stub({ name: 'a' }), Stub({ name: 'a' })] }))).toEqual(["sdk: steps: Pipeline: duplicate step name 'a'"]);
    expect(sdkIssues(() => Pipeline({ steps: [Stub({ name: 'a', terminate_with_success: true }), Stub({ name: 'b' })] }))).toEqual([
      "sdk: steps.0: Pipeline: only the last step can terminate the pipeline; 'a' is followed by 'b'",
    ]);
    expect(sdkIssues(() => Pipeline({ steps: [Success(), Stub({ name: 'b' })] }))).toEqual(["sdk: steps.0: Pipeline: success step 'success' must be the last step"]);
    expect(sdkIssues(() => Stub({ name: 'x', terminate_with_success: true, terminate_with_failure: true }))).toEqual([
      "sdk: terminate_with_failure: Stub 'x': a step cannot terminate with both success and failure",
    ]);
  });

  test('build() runs the YAML validation (file = the pipeline name)', () => {
    const p = Pipeline({
      name: 'my-pipeline',
      steps: [
        ShellTask({ name: 'a', command: 'x', returns: [pickled('m')], max_attempts: 0 }),
        NotebookTask({ name: 'n', notebook: 'nb.py' }),
        Map({ name: 'm', iterate_on: 'xs', iterate_as: 'x', branch: Pipeline({ steps: [Map({ name: 'm2', iterate_on: 'ys', iterate_as: 'x', branch: Pipeline({ steps: [Stub({ name: 's' })] }) })] }) }),
      ],
    });
    expect(sdkIssues(() => p.build())).toEqual([
      'my-pipeline: dag.steps.a.max_attempts: expected an integer >= 1, got 0',
      "my-pipeline: dag.steps.a.returns.0.kind: kind 'object' is not allowed for shell tasks (they return json or metric values)",
      "my-pipeline: dag.steps.n.command: a notebook command must be the path of an .ipynb file, got 'nb.py'",
      "my-pipeline: dag.steps.m.branch.steps.m2.iterate_as: 'x' is already the iteration variable of the enclosing 'm'",
    ]);
  });
});
