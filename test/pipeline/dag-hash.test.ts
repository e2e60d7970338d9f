import { describe, expect, test } from '@jest/globals';
import { dagDump, dagHash, stableStringify } from '../../src/pipeline/dag-hash.js';
import { parsePipelineFile, parsePipelineText } from '../../src/pipeline/parse.js';

const base = 'dag:\n  description: d\n  start_at: a\n  steps:\n    a: {type: task, command_type: shell, command: echo hi, next: b}\n    b: {type: stub, next: success}\n';

describe('dagHash', () => {
  test('is a sha1 hex string, stable across parses, files and formatting', () => {
    const h = dagHash(parsePipelineText(base, 'one.yaml'));
    expect(h).toMatch(/^[0-9a-f]{40}$/);
    expect(dagHash(parsePipelineText(base, 'other.yaml'))).toBe(h);
    const reformatted = [
      '# a comment',
      'dag:',
      '  steps:',
      '    a:',
      '      next: b',
      '      command: echo hi',
      '      command_type: shell',
      '      type: task',
      '    b:',
      '      type: stub',
      '      next: success',
      '  start_at: a',
      '  description: d',
      'parked: {x: 1}',
    ].join('\n');
    expect(dagHash(parsePipelineText(reformatted, 'x.yaml'))).toBe(h);
    // explicit defaults are the same structure
    expect(dagHash(parsePipelineText(base.replace('next: b}', 'next: b, max_attempts: 1, returns: [], secrets: []}'), 'x.yaml'))).toBe(h);
  });

  test('changes with the description, a next, a command, a field', () => {
    const h = dagHash(parsePipelineText(base, 'x.yaml'));
    const variants = [
      base.replace('description: d', 'description: e'),
      base.replace('next: b}', 'next: success}'),
      base.replace('echo hi', 'echo bye'),
      base.replace('next: b}', 'next: b, max_attempts: 2}'),
      base.replace('next: b}', 'next: b, on_failure: b}'),
      base.replace('b: {type: stub, next: success}', 'b: {type: stub, next: fail}'),
    ];
    const hashes = variants.map((v) => dagHash(parsePipelineText(v, 'x.yaml')));
    for (const x of hashes) expect(x).not.toBe(h);
    expect(new Set(hashes).size).toBe(variants.length);
  });

  test('stub extras are not part of the structure (runnable ignores them)', () => {
    const h = dagHash(parsePipelineText(base, 'x.yaml'));
    expect(dagHash(parsePipelineText(base.replace('b: {type: stub,', 'b: {type: stub, parked: 1,'), 'x.yaml'))).toBe(h);
  });
});

describe('dagDump', () => {
  test("runnable's field names", () => {
    const dump = dagDump(parsePipelineText(base, 'x.yaml'));
    expect(dump).toEqual({
      start_at: 'a',
      name: '',
      description: 'd',
      internal_branch_name: '',
      nodes: {
        a: {
          node_type: 'task',
          name: 'a',
          internal_name: 'a',
          next_node: 'b',
          on_failure: '',
          overrides: {},
          catalog: null,
          max_attempts: 1,
          command_type: 'shell',
          command: 'echo hi',
          returns: [],
          secrets: [],
        },
        b: { node_type: 'stub', name: 'b', internal_name: 'b', next_node: 'success', on_failure: '', overrides: {} },
        success: { node_type: 'success', name: 'success', internal_name: 'success' },
        fail: { node_type: 'fail', name: 'fail', internal_name: 'fail' },
      },
    });
  });

  test('composites dump their branches', async () => {
    const dump = dagDump(await parsePipelineFile('test/pipeline/fixtures/all-nodes.yaml')) as { nodes: Record<string, Record<string, unknown>> };
    expect(Object.keys(dump.nodes.par!.branches as object)).toEqual(['b1', 'b2']);
    expect(dump.nodes.map_state).toMatchObject({ node_type: 'map', iterate_on: 'chunks', iterate_as: 'chunk', reducer: 'lambda *x: max(x)' });
    expect((dump.nodes.map_state!.branch as { internal_branch_name: string }).internal_branch_name).toBe('map_state.map_variable_placeholder');
    expect((dump.nodes.cond!.default as { internal_branch_name: string }).internal_branch_name).toBe('cond.default');
    expect(dump.nodes.loop).toMatchObject({ node_type: 'loop', max_iterations: 5, break_on: 'done', index_as: 'idx' });
    expect(JSON.parse(JSON.stringify(dump))).toEqual(dump);
  });
});

test('stableStringify sorts keys at every level', () => {
  expect(stableStringify({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}');
  expect(stableStringify({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
});
