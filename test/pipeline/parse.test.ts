import { describe, expect, test } from '@jest/globals';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputFileError, ValidationError, formatIssue } from '../../src/errors.js';
import { parsePipelineFile, parsePipelineText } from '../../src/pipeline/parse.js';
import type { ConditionalNode, LoopNode, MapNode, ParallelNode, StubNode, TaskNode } from '../../src/pipeline/model.js';

const FIX = 'test/pipeline/fixtures';

function issuesOf(text: string, file = 'p.yaml'): string[] {
  try {
    parsePipelineText(text, file);
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map(formatIssue);
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('parsePipelineFile: every node type and field', () => {
  test('all-nodes.yaml', async () => {
    const p = await parsePipelineFile(`${FIX}/all-nodes.yaml`);
    expect(p.execution_mode).toBe('yaml');
    expect(p.file).toBe(`${FIX}/all-nodes.yaml`);
    const dag = p.dag;
    expect(dag.internalName).toBe('');
    expect(dag.start_at).toBe('hello');
    expect(dag.description).toBe('every node type');
    // declaration order, terminals last (the declared `success` is replaced and moved to the end)
    expect(Object.keys(dag.nodes)).toEqual(['hello', 'shell step', 'nb', 'js', 'async', 'disabled', 'par', 'map_state', 'cond', 'loop', 'notify', 'success', 'fail']);

    const hello = dag.nodes.hello as TaskNode;
    expect(hello).toEqual({
      name: 'hello',
      internalName: 'hello',
      type: 'task',
      source: { file: `${FIX}/all-nodes.yaml`, line: 18, column: 5 },
      next: 'shell step',
      on_failure: 'notify',
      overrides: { argo: 'gpu' },
      task: {
        command_type: 'python',
        command: 'examples.functions.hello',
        returns: [
          { name: 'x', kind: 'json' },
          { name: 'score', kind: 'metric' },
          { name: 'model', kind: 'object' },
        ],
        secrets: ['DB_PASSWORD'],
      },
      catalog: { get: ['data/*.csv'], put: ['model/**'], store_copy: false },
      max_attempts: 3,
      timeout_seconds: 1.5,
    });

    const shell = dag.nodes['shell step'] as TaskNode;
    expect(shell.task).toEqual({
      command_type: 'shell',
      command: 'echo hello\nexport accuracy=0.93\n',
      returns: [{ name: 'accuracy', kind: 'metric' }],
      secrets: [],
    });
    expect(shell.catalog).toEqual({ get: [], put: ['out.txt'], store_copy: true });
    expect(shell.max_attempts).toBe(1);
    expect(shell.on_failure).toBeUndefined();
    expect(shell.overrides).toEqual({});
    expect(shell.timeout_seconds).toBeUndefined();

    expect((dag.nodes.nb as TaskNode).task).toEqual({
      command_type: 'notebook',
      command: 'notebooks/train.ipynb',
      returns: [],
      secrets: [],
      optional_ploomber_args: { kernel: 'python3' },
    });
    expect((dag.nodes.js as TaskNode).task.command_type).toBe('node');
    expect((dag.nodes.js as TaskNode).task.command).toBe('tasks/step.js:run');
    expect((dag.nodes.async as TaskNode).task.stream_end_type).toBe('finished');

    const stub = dag.nodes.disabled as StubNode;
    expect(stub.type).toBe('stub');
    expect(stub.extra).toEqual({ command: 'whatever', anything: [1, 2] });
    expect(stub.next).toBe('par');

    const par = dag.nodes.par as ParallelNode;
    expect(Object.keys(par.branches)).toEqual(['b1', 'b2']);
    expect(par.branches.b1!.internalName).toBe('par.b1');
    expect(Object.keys(par.branches.b1!.nodes)).toEqual(['t1', 'success', 'fail']);
    expect(par.branches.b1!.nodes.t1!.internalName).toBe('par.b1.t1');
    expect(par.branches.b1!.nodes.success).toEqual({ name: 'success', internalName: 'par.b1.success', type: 'success' });
    expect(par.branches.b2!.description).toBe('second');
    expect(par.branches.b2!.nodes.t3!.internalName).toBe('par.b2.t3');

    const map = dag.nodes.map_state as MapNode;
    expect(map.iterate_on).toBe('chunks');
    expect(map.iterate_as).toBe('chunk');
    expect(map.reducer).toBe('lambda *x: max(x)');
    expect(map.branch.internalName).toBe('map_state.map_variable_placeholder');
    expect(map.branch.nodes.work!.internalName).toBe('map_state.map_variable_placeholder.work');
    // positions inside an aliased branch point at the anchor's definition
    expect(map.branch.nodes.work!.source).toEqual({ file: `${FIX}/all-nodes.yaml`, line: 6, column: 7 });

    const cond = dag.nodes.cond as ConditionalNode;
    expect(cond.parameter).toBe('choice');
    expect(Object.keys(cond.branches)).toEqual(['1', 'heads']); // JS orders integer-like keys first
    expect(cond.branches.heads!.nodes.h!.internalName).toBe('cond.heads.h');
    expect(cond.default!.internalName).toBe('cond.default');
    expect(cond.default!.nodes.d!.internalName).toBe('cond.default.d');

    const loop = dag.nodes.loop as LoopNode;
    expect(loop).toMatchObject({ max_iterations: 5, break_on: 'done', index_as: 'idx', next: 'success' });
    expect(loop.branch.internalName).toBe('loop.loop_variable_placeholder');
    expect(loop.branch.nodes.body!.internalName).toBe('loop.loop_variable_placeholder.body');

    // the declared success keeps its position; fail is injected
    expect(dag.nodes.success).toEqual({ name: 'success', internalName: 'success', type: 'success', source: { file: `${FIX}/all-nodes.yaml`, line: 110, column: 5 } });
    expect(dag.nodes.fail).toEqual({ name: 'fail', internalName: 'fail', type: 'fail' });
  });

  test('nested composites get nested template internal names', async () => {
    const p = await parsePipelineFile(`${FIX}/nested.yaml`);
    const outer = p.dag.nodes.outer as MapNode;
    const par = outer.branch.nodes.par as ParallelNode;
    const inner = par.branches.a!.nodes.inner as LoopNode;
    expect(par.internalName).toBe('outer.map_variable_placeholder.par');
    expect(par.branches.a!.internalName).toBe('outer.map_variable_placeholder.par.a');
    expect(inner.branch.internalName).toBe('outer.map_variable_placeholder.par.a.inner.loop_variable_placeholder');
    expect(inner.branch.nodes.leaf!.internalName).toBe('outer.map_variable_placeholder.par.a.inner.loop_variable_placeholder.leaf');
    expect(inner.branch.nodes.fail!.internalName).toBe('outer.map_variable_placeholder.par.a.inner.loop_variable_placeholder.fail');
  });

  test('relative paths resolve against cwd; the path is kept as given', async () => {
    const p = await parsePipelineFile('sequential.yaml', FIX);
    expect(p.file).toBe('sequential.yaml');
    expect(p.dag.nodes['step 1']!.source).toEqual({ file: 'sequential.yaml', line: 5, column: 5 });
  });

  test('a missing file is an InputFileError', async () => {
    await expect(parsePipelineFile(`${FIX}/nope.yaml`)).rejects.toThrow(InputFileError);
    await expect(parsePipelineFile(`${FIX}/nope.yaml`)).rejects.toThrow(`cannot read ${FIX}/nope.yaml: no such file`);
    await expect(parsePipelineFile(FIX)).rejects.toThrow(`cannot read ${FIX}: it is a directory, not a file`);
  });
});

describe('parsePipelineText', () => {
  test('success and fail are injected into every graph', () => {
    const p = parsePipelineText('dag:\n  start_at: a\n  steps:\n    a: {type: stub, next: success}\n', 'x.yaml');
    expect(p.dag.nodes).toEqual({
      a: { name: 'a', internalName: 'a', type: 'stub', source: { file: 'x.yaml', line: 4, column: 5 }, next: 'success', overrides: {}, extra: {} },
      success: { name: 'success', internalName: 'success', type: 'success' },
      fail: { name: 'fail', internalName: 'fail', type: 'fail' },
    });
  });

  test('other top-level keys are ignored; anchors and merge keys work', () => {
    const text = [
      'base: &base {type: task, command_type: shell, command: echo hi}',
      'dag:',
      '  start_at: a',
      '  steps:',
      '    a:',
      '      <<: *base',
      '      next: b',
      '    b:',
      '      <<: *base',
      '      command: echo bye',
      '      next: success',
    ].join('\n');
    const p = parsePipelineText(text, 'x.yaml');
    expect((p.dag.nodes.a as TaskNode).task.command).toBe('echo hi');
    expect((p.dag.nodes.b as TaskNode).task.command).toBe('echo bye');
    expect((p.dag.nodes.b as TaskNode).task.command_type).toBe('shell');
  });

  test('async-python gets stream_end_type "done" by default', () => {
    const p = parsePipelineText('dag:\n  start_at: a\n  steps:\n    a: {type: task, command_type: async-python, command: m.f, next: success}\n', 'x.yaml');
    expect((p.dag.nodes.a as TaskNode).task.stream_end_type).toBe('done');
  });

  test('on_failure to a step, terminal targets, start_at a terminal', () => {
    const p = parsePipelineText('dag:\n  start_at: a\n  steps:\n    a: {type: stub, next: fail, on_failure: success}\n', 'x.yaml');
    expect(p.dag.nodes.a).toMatchObject({ next: 'fail', on_failure: 'success' });
  });

  test('a BOM is ignored', () => {
    expect(() => parsePipelineText('\uFEFFdag:\n  start_at: a\n  steps:\n    a: {type: stub, next: success}\n', 'x.yaml')).not.toThrow();
  });

  test('all issues are collected, in reading order', () => {
    const text = [
      'dag:', //
      '  start_at: nope',
      '  steps:',
      '    a:',
      '      type: task',
      '      command: ""',
      '      max_attempts: 1.5',
      '      next: b',
      '    b:',
      '      type: map',
      '      iterate_as: 2x',
      '      branch: {start_at: c, steps: {c: {type: stub, next: d}}}',
      '      next: success',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      "p.yaml:2:13: dag.start_at: 'nope' is not a step of this graph (steps: a, b, success, fail)",
      'p.yaml:6:16: dag.steps.a.command: must not be empty',
      'p.yaml:7:21: dag.steps.a.max_attempts: expected an integer, got 1.5',
      "p.yaml:9:5: dag.steps.b.iterate_on: missing required field 'iterate_on'",
      'p.yaml:11:19: dag.steps.b.iterate_as: must be an identifier (letters, digits, underscores; not starting with a digit)',
      "p.yaml:12:59: dag.steps.b.branch.steps.c.next: 'd' is not a step of this graph (steps: c, success, fail)",
    ]);
  });

  test('conditional: parameter and keys alphanumeric, default key clash', () => {
    const text = [
      'dag:',
      '  start_at: c',
      '  steps:',
      '    c:',
      '      type: conditional',
      '      parameter: my-choice',
      '      branches:',
      '        "a b": {start_at: x, steps: {x: {type: stub, next: success}}}',
      '        default: {start_at: x, steps: {x: {type: stub, next: success}}}',
      '      default: {start_at: x, steps: {x: {type: stub, next: success}}}',
      '      next: success',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      'p.yaml:6:18: dag.steps.c.parameter: must be alphanumeric (letters, digits, underscores)',
      "p.yaml:8:9: dag.steps.c.branches.a b: branch key 'a b' must be alphanumeric (letters, digits, underscores)",
      "p.yaml:10:7: dag.steps.c.default: a conditional cannot have both a branch named 'default' and a default branch",
    ]);
  });

  test('reserved names and extra terminals', () => {
    const text = [
      'dag:',
      '  start_at: a',
      '  steps:',
      '    a: {type: stub, next: done}',
      '    done: {type: success}',
      '    fail: {type: task, command: m.f, next: success}',
      '    map_variable_placeholder: {type: stub, next: success}',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      "p.yaml:5:18: dag.steps.done.type: a graph has exactly one success node, 'success', added automatically; 'done' cannot be another (point next at 'success' instead)",
      "p.yaml:6:18: dag.steps.fail.type: the step name 'fail' is reserved for the graph's fail node; its type must be fail",
      "p.yaml:7:5: dag.steps.map_variable_placeholder: step name 'map_variable_placeholder' is reserved",
    ]);
  });

  test('nested maps cannot reuse an iteration variable name', () => {
    const text = [
      'dag:',
      '  start_at: m',
      '  steps:',
      '    m:',
      '      type: map',
      '      iterate_on: xs',
      '      iterate_as: x',
      '      next: success',
      '      branch:',
      '        start_at: l',
      '        steps:',
      '          l:',
      '            type: loop',
      '            max_iterations: 3',
      '            break_on: stop',
      '            index_as: x',
      '            next: success',
      '            branch: {start_at: s, steps: {s: {type: stub, next: success}}}',
    ].join('\n');
    expect(issuesOf(text)).toEqual(["p.yaml:16:23: dag.steps.m.branch.steps.l.index_as: 'x' is already the iteration variable of the enclosing 'm'"]);
  });

  test('task field rules: stream_end_type, optional_ploomber_args, notebook path, duplicate returns', () => {
    const text = [
      'dag:',
      '  start_at: a',
      '  steps:',
      '    a:',
      '      type: task',
      '      command: m.f',
      '      stream_end_type: end',
      '      optional_ploomber_args: {}',
      '      returns: [{name: x}, {name: x}]',
      '      next: b',
      '    b: {type: task, command_type: notebook, command: nb.py, next: success}',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      "p.yaml:7:7: dag.steps.a.stream_end_type: stream_end_type is only for async-python tasks (command_type is 'python')",
      "p.yaml:8:7: dag.steps.a.optional_ploomber_args: optional_ploomber_args is only for notebook tasks (command_type is 'python')",
      "p.yaml:9:35: dag.steps.a.returns.1.name: duplicate return name 'x'",
      "p.yaml:11:54: dag.steps.b.command: a notebook command must be the path of an .ipynb file, got 'nb.py'",
    ]);
  });

  test('a self-loop and a cycle through on_failure are cycles', () => {
    const text = ['dag:', '  start_at: a', '  steps:', '    a: {type: stub, next: a}', '    b: {type: stub, next: success, on_failure: c}', '    c: {type: stub, next: b}'].join('\n');
    expect(issuesOf(text)).toEqual([
      'p.yaml:4:27: dag.steps.a.next: cycle: a -> a (use a loop node to repeat steps)',
      'p.yaml:6:27: dag.steps.c.next: cycle: b -> c -> b (use a loop node to repeat steps)',
    ]);
  });

  test('a long chain validates without recursion limits', () => {
    const n = 5000;
    const lines = ['dag:', '  start_at: s0', '  steps:'];
    for (let i = 0; i < n; i++) lines.push(`    s${i}: {type: stub, next: ${i === n - 1 ? 'success' : `s${i + 1}`}}`);
    const p = parsePipelineText(lines.join('\n'), 'long.yaml');
    expect(Object.keys(p.dag.nodes)).toHaveLength(n + 2);
  });

  test('files written to disk are read the same way', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ra-parse-'));
    try {
      await writeFile(join(dir, 'p.yaml'), 'dag:\n  start_at: a\n  steps:\n    a: {type: stub, next: success}\n');
      const p = await parsePipelineFile(join(dir, 'p.yaml'));
      expect(p.dag.start_at).toBe('a');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
