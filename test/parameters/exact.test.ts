import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { ValidationError } from '../../src/errors.js';
import { ExactNumber, parseJsonExact, pyFloatRepr, pyJsonDumps } from '../../src/runlog/exact-json.js';
import { decodeOverride, parseParametersText } from '../../src/parameters/load.js';

/** What Python's json.dumps prints for each JSON text (parsed by Python's json.loads). */
function pythonDumps(texts: string[]): string[] {
  const out = execFileSync('python3', ['-c', 'import json,sys\nfor l in sys.stdin.read().split("\\n\\x00\\n"):\n  print(json.dumps(json.loads(l)))'], {
    input: texts.join('\n\u0000\n'),
    encoding: 'utf8',
  });
  return out.trimEnd().split('\n');
}

describe('shell encoding is Python json.dumps', () => {
  const texts = [
    '{"x": 10, "foo": "bar"}',
    '[1, 2, 3]',
    '1.0',
    '-0.0',
    '1e16',
    '1.5e16',
    '1e-5',
    '0.0001',
    '123456789012345678.0',
    '0.1',
    '3.14159',
    '1180591620717411303425',
    '-1180591620717411303425',
    '"caf\\u00e9 \\ud83d\\ude00 \\"q\\" \\\\ \\n\\t\\u0001\\u007f"',
    '{"nested": {"a": [1.0, 2.5, null, true, false], "b": {}}, "c": []}',
    '1e300',
    '2.5e-300',
  ];
  test.each(texts)('%s', (text) => {
    const [expected] = pythonDumps([text]);
    expect(pyJsonDumps(parseJsonExact(text))).toBe(expected);
  });

  test('float repr matches Python for many values', () => {
    const values: number[] = [];
    for (let e = -20; e <= 20; e++) values.push(10 ** e, 1.2345 * 10 ** e, -7 * 10 ** e);
    const texts = values.map((v) => JSON.stringify(v).replace(/^(-?\d+)$/, '$1.0'));
    const py = pythonDumps(texts);
    expect(values.map((v) => pyFloatRepr(v))).toEqual(py);
  });
});

describe('exact numbers', () => {
  test('integral floats and big ints survive JSON round trips', () => {
    const v = parseJsonExact('{"f": 1.0, "big": 1180591620717411303425, "n": 3, "g": 0.5}') as Record<string, unknown>;
    expect(v.f).toBeInstanceOf(ExactNumber);
    expect(v.big).toBeInstanceOf(ExactNumber);
    expect(v.n).toBe(3);
    expect(v.g).toBe(0.5);
    expect(JSON.stringify(v)).toBe('{"f":1.0,"big":1180591620717411303425,"n":3,"g":0.5}');
  });

  test('RUNNABLE_PRM_ values keep their kind', () => {
    expect(JSON.stringify(decodeOverride('1.0'))).toBe('1.0');
    expect(JSON.stringify(decodeOverride('1180591620717411303427'))).toBe('1180591620717411303427');
    expect(decodeOverride('hello')).toBe('hello');
  });

  test('parameters files keep floats and big ints exact', () => {
    const p = parseParametersText('f: 1.0\nbig: 1180591620717411303425\nneg: -1180591620717411303425\ne: 1e3\nl: [1.0, 2]\nn: 7\n', 'p.yaml');
    expect(JSON.stringify(p)).toBe('{"f":1.0,"big":1180591620717411303425,"neg":-1180591620717411303425,"e":1000.0,"l":[1.0,2],"n":7}');
  });
});

describe('parameters files refuse values that cannot be kept', () => {
  const refuse = (text: string, pattern: RegExp, line: number) => {
    let err: unknown;
    try {
      parseParametersText(text, 'p.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    const issue = (err as ValidationError).issues[0]!;
    expect(issue.message).toMatch(pattern);
    expect(issue.line).toBe(line);
  };
  test('1e-400 (underflows to 0.0)', () => refuse('ok: 1\ntiny: 1e-400\n', /1e-400 is too small/, 2));
  test('1e400 (overflows)', () => refuse('huge: 1e400\n', /not a finite number/, 1));
  test('!!binary', () => refuse('ok: 1\nblob: !!binary aGVsbG8=\n', /binary|tag|JSON/, 2));
  test('.nan', () => refuse('x: .nan\n', /not a finite number/, 1));
});
