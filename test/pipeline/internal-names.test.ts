import { describe, expect, test } from '@jest/globals';
import { UsageError } from '../../src/errors.js';
import {
  allGraphs,
  allNodes,
  decodeStepPath,
  encodeStepPath,
  findGraph,
  findNode,
  itemKey,
  resolveInternalName,
  walkNodes,
} from '../../src/pipeline/internal-names.js';
import { parsePipelineFile } from '../../src/pipeline/parse.js';

describe('itemKey (semantics §19 f/g)', () => {
  test.each([
    ['heads', 'heads'],
    ['', ''],
    ['with space', 'with space'],
    [true, 'true'],
    [false, 'false'],
    [1, '1'],
    [1.5, '1.5'],
    [null, 'null'],
    [{ a: 1 }, '{"a":1}'],
    [[1, 'x'], '[1,"x"]'],
  ])('%p -> %p', (value, key) => {
    expect(itemKey(value)).toBe(key);
  });
  test('undefined is null', () => expect(itemKey(undefined)).toBe('null'));
});

describe('resolveInternalName', () => {
  test('fills map then loop placeholders in order, outermost first', () => {
    expect(
      resolveInternalName('outer.map_variable_placeholder.par.a.inner.loop_variable_placeholder.leaf', {
        map_variable: { x: { value: 3 } },
        loop_variable: [{ value: 0 }],
      }),
    ).toBe('outer.3.par.a.inner.0.leaf');
    expect(
      resolveInternalName('m1.map_variable_placeholder.m2.map_variable_placeholder.t', {
        map_variable: { a: { value: 'x' }, b: { value: { k: true } } },
      }),
    ).toBe('m1.x.m2.{"k":true}.t');
    expect(resolveInternalName('l1.loop_variable_placeholder.l2.loop_variable_placeholder.t', { loop_variable: [{ value: 2 }, { value: 5 }] })).toBe('l1.2.l2.5.t');
  });
  test('names without placeholders are unchanged', () => {
    expect(resolveInternalName('par.b1.t1')).toBe('par.b1.t1');
    expect(resolveInternalName('step 1', {})).toBe('step 1');
  });
  test('missing values are a UsageError', () => {
    expect(() => resolveInternalName('m.map_variable_placeholder.t', {})).toThrow(UsageError);
    expect(() => resolveInternalName('m.map_variable_placeholder.t', {})).toThrow(
      "'m.map_variable_placeholder.t' needs 1 map value(s) but the iteration variables give 0",
    );
    expect(() => resolveInternalName('l.loop_variable_placeholder.t', { map_variable: { x: { value: 1 } } })).toThrow(
      "'l.loop_variable_placeholder.t' needs 1 loop value(s) but the iteration variables give 0",
    );
  });
});

test('encodeStepPath / decodeStepPath', () => {
  expect(encodeStepPath('step 1.b 2.x')).toBe('step%1.b%2.x');
  expect(decodeStepPath('step%1.b%2.x')).toBe('step 1.b 2.x');
  expect(decodeStepPath(encodeStepPath('a  b'))).toBe('a  b');
});

describe('findNode / walks', () => {
  test('finds nodes at every depth, with their parents', async () => {
    const p = await parsePipelineFile('test/pipeline/fixtures/nested.yaml');
    const leaf = findNode(p, 'outer.map_variable_placeholder.par.a.inner.loop_variable_placeholder.leaf');
    expect(leaf.node.name).toBe('leaf');
    expect(leaf.graph.internalName).toBe('outer.map_variable_placeholder.par.a.inner.loop_variable_placeholder');
    expect(leaf.parents.map((x) => [x.node.name, x.branchKey, x.graph.internalName])).toEqual([
      ['outer', 'branch', 'outer.map_variable_placeholder'],
      ['par', 'a', 'outer.map_variable_placeholder.par.a'],
      ['inner', 'branch', 'outer.map_variable_placeholder.par.a.inner.loop_variable_placeholder'],
    ]);
    expect(findNode(p, 'outer').parents).toEqual([]);
    expect(findNode(p, 'success').node.type).toBe('success');
    expect(findNode(p, 'outer.map_variable_placeholder.success').node.internalName).toBe('outer.map_variable_placeholder.success');
  });

  test('conditional default branch and step names with spaces', async () => {
    const p = await parsePipelineFile('test/pipeline/fixtures/all-nodes.yaml');
    expect(findNode(p, 'cond.default.d').node.internalName).toBe('cond.default.d');
    expect(findNode(p, 'cond.heads.h').parents[0]!.branchKey).toBe('heads');
    expect(findNode(p, decodeStepPath('shell%step')).node.name).toBe('shell step');
  });

  test('unknown paths are clear UsageErrors', async () => {
    const p = await parsePipelineFile('test/pipeline/fixtures/nested.yaml');
    const cases: [string, string][] = [
      ['nope', "unknown step 'nope': no step 'nope' in the pipeline (steps: outer, success, fail)"],
      ['outer.1.par', "unknown step 'outer.1.par': the branch of map 'outer' is written 'outer.map_variable_placeholder'"],
      ['outer.map_variable_placeholder.par.z.inner', "unknown step 'outer.map_variable_placeholder.par.z.inner': parallel 'outer.map_variable_placeholder.par' has no branch 'z' (branches: a)"],
      ['outer.map_variable_placeholder', "unknown step 'outer.map_variable_placeholder': it names a branch, not a step"],
      ['success.x.y', "unknown step 'success.x.y': 'success' is a success node and has no branches"],
      [
        'outer.map_variable_placeholder.nope',
        "unknown step 'outer.map_variable_placeholder.nope': no step 'nope' in branch 'outer.map_variable_placeholder' (steps: par, success, fail)",
      ],
      ['toString', "unknown step 'toString': no step 'toString' in the pipeline (steps: outer, success, fail)"],
    ];
    for (const [path, message] of cases) {
      expect(() => findNode(p, path)).toThrow(UsageError);
      expect(() => findNode(p, path)).toThrow(message);
    }
  });

  test('walkNodes is pre-order; allGraphs lists every graph once', async () => {
    const p = await parsePipelineFile('test/pipeline/fixtures/nested.yaml');
    expect(allNodes(p).map((n) => n.internalName)).toEqual([
      'outer',
      'outer.map_variable_placeholder.par',
      'outer.map_variable_placeholder.par.a.inner',
      'outer.map_variable_placeholder.par.a.inner.loop_variable_placeholder.leaf',
      'outer.map_variable_placeholder.par.a.inner.loop_variable_placeholder.success',
      'outer.map_variable_placeholder.par.a.inner.loop_variable_placeholder.fail',
      'outer.map_variable_placeholder.par.a.success',
      'outer.map_variable_placeholder.par.a.fail',
      'outer.map_variable_placeholder.success',
      'outer.map_variable_placeholder.fail',
      'success',
      'fail',
    ]);
    expect(allGraphs(p).map((g) => g.internalName)).toEqual([
      '',
      'outer.map_variable_placeholder',
      'outer.map_variable_placeholder.par.a',
      'outer.map_variable_placeholder.par.a.inner.loop_variable_placeholder',
    ]);
    const leaf = [...walkNodes(p)].find((v) => v.node.name === 'leaf')!;
    expect(leaf.parents.map((x) => x.node.name)).toEqual(['outer', 'par', 'inner']);
    expect(findGraph(p, 'outer.map_variable_placeholder.par.a')?.start_at).toBe('inner');
    expect(findGraph(p, 'nope')).toBeUndefined();
  });
});
