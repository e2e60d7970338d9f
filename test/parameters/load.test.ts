import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputFileError, ValidationError, formatIssue } from '../../src/errors.js';
import { decodeOverride, loadInitialParameters, parameterOverrides, parseParametersText } from '../../src/parameters/load.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ra-params-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadInitialParameters (semantics §5.1)', () => {
  test('each top-level key of the file is a json parameter, with its description', async () => {
    await writeFile(join(dir, 'p.yaml'), 'integer: 1\nfloater: 3.14\nstringer: hello world\npydantic_param: {x: 10, foo: bar}\nchunks: [1, 2, 3]\nflag: true\nnothing: null\n');
    expect(await loadInitialParameters({ file: 'p.yaml', cwd: dir, env: {} })).toEqual({
      integer: { kind: 'json', value: 1, description: 1 },
      floater: { kind: 'json', value: 3.14, description: 3.14 },
      stringer: { kind: 'json', value: 'hello world', description: 'hello worl...' },
      pydantic_param: { kind: 'json', value: { x: 10, foo: 'bar' }, description: { x: 10, foo: 'bar' } },
      chunks: { kind: 'json', value: [1, 2, 3], description: [1, 2, 3] },
      flag: { kind: 'json', value: true, description: true },
      nothing: { kind: 'json', value: null, description: null },
    });
  });

  test('no file: no parameters; an empty file: none either', async () => {
    expect(await loadInitialParameters({ cwd: dir, env: {} })).toEqual({});
    await writeFile(join(dir, 'empty.yaml'), '# none\n');
    expect(await loadInitialParameters({ file: 'empty.yaml', cwd: dir, env: {} })).toEqual({});
  });

  test('RUNNABLE_PARAMETERS_FILE replaces the given path', async () => {
    await writeFile(join(dir, 'a.yaml'), 'x: a\n');
    await writeFile(join(dir, 'b.yaml'), 'x: b\n');
    const p = await loadInitialParameters({ file: 'a.yaml', cwd: dir, env: { RUNNABLE_PARAMETERS_FILE: 'b.yaml' } });
    expect(p.x!.value).toBe('b');
    expect((await loadInitialParameters({ cwd: dir, env: { RUNNABLE_PARAMETERS_FILE: 'a.yaml' } })).x!.value).toBe('a');
  });

  test('precedence: file < extra < RUNNABLE_PRM_* (name lower-cased, JSON-decoded when possible)', async () => {
    await writeFile(join(dir, 'p.yaml'), 'a: 1\nb: 1\nc: 1\ninteger: 1\n');
    const p = await loadInitialParameters({
      file: 'p.yaml',
      cwd: dir,
      env: { RUNNABLE_PRM_C: '3', RUNNABLE_PRM_INTEGER: '7', RUNNABLE_PRM_obj: '{"k": [1, 2]}', RUNNABLE_PRM_s: 'not json', RUNNABLE_PRM_q: '"quoted"', OTHER: '1' },
      extra: { b: 2, c: 2, d: 'x' },
    });
    expect(Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.value]))).toEqual({
      a: 1,
      b: 2,
      c: 3,
      integer: 7,
      d: 'x',
      obj: { k: [1, 2] },
      s: 'not json',
      q: 'quoted',
    });
    expect(Object.values(p).every((v) => v.kind === 'json')).toBe(true);
  });

  test('a missing file is an InputFileError', async () => {
    await expect(loadInitialParameters({ file: 'nope.yaml', cwd: dir, env: {} })).rejects.toThrow(InputFileError);
    await expect(loadInitialParameters({ cwd: dir, env: { RUNNABLE_PARAMETERS_FILE: 'gone.yaml' } })).rejects.toThrow('cannot read gone.yaml: no such file');
  });

  test('a __proto__ key is an ordinary parameter', async () => {
    await writeFile(join(dir, 'p.yaml'), '__proto__: {polluted: true}\n');
    const p = await loadInitialParameters({ file: 'p.yaml', cwd: dir, env: {} });
    expect(Object.keys(p)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
  });
});

test('parseParametersText: not a mapping is a ValidationError with a position', () => {
  expect.assertions(1);
  try {
    parseParametersText('x: 1\n---\n', 'p.yaml');
  } catch (e) {
    expect((e as ValidationError).issues.map(formatIssue)).toEqual(["p.yaml:2:1: the file holds more than one YAML document ('---'); expected exactly one"]);
  }
});

test('decodeOverride / parameterOverrides', () => {
  expect(decodeOverride('42')).toBe(42);
  expect(decodeOverride('[1,2,3]')).toEqual([1, 2, 3]);
  expect(decodeOverride('0.9')).toBe(0.9);
  expect(decodeOverride('true')).toBe(true);
  expect(decodeOverride('hello')).toBe('hello');
  expect(decodeOverride('')).toBe('');
  expect(parameterOverrides({ RUNNABLE_PRM_: 'x', RUNNABLE_PRM_Mixed_Case: '1', RUNNABLE_PARAMETERS_FILE: 'f' })).toEqual({ mixed_case: 1 });
});
