/**
 * Inputs just under the size limit (1 MiB). Those a naive YAML parser handles in quadratic time or memory
 * (deep nesting, long runs of node tokens, alias bombs) must fail fast, under a second; the rest only cost
 * the parser's linear time and must still end in a ValidationError, never a crash.
 */
import { expect, test } from '@jest/globals';
import { ValidationError } from '../../src/errors.js';
import { MAX_FILE_BYTES } from '../../src/pipeline/yaml-source.js';
import { parsePipelineText } from '../../src/pipeline/parse.js';
import { parseParametersText } from '../../src/parameters/load.js';

const N = 1_000_000;

const fast: Record<string, () => string> = {
  'nested flow sequences': () => '['.repeat(N),
  'nested flow mappings': () => 'a: ' + '{a: '.repeat(N / 4),
  'alternating flow collections': () => '[{a: '.repeat(N / 5),
  'compact nested sequences': () => '- '.repeat(N / 2),
  'compact explicit keys': () => '? '.repeat(N / 2),
  'map value indicators': () => 'a' + ': '.repeat(N / 2),
  'block nesting by indentation': () => Array.from({ length: 1400 }, (_, i) => ' '.repeat(i) + '-').join('\n'),
  'runs of anchors': () => '&a '.repeat(N / 3),
  'runs of tags': () => '!t '.repeat(N / 3),
  'runs of aliases': () => 'x: &a 1\ny: ' + '*a '.repeat(N / 3),
  'unterminated quote': () => '"' + 'a'.repeat(N),
  'one long plain scalar': () => 'a'.repeat(N),
  'anchors each aliased twice (a bomb in disguise)': () =>
    ['k0: &a0 [1, 2]', ...Array.from({ length: 30 }, (_, i) => `k${i + 1}: &a${i + 1} [*a${i}, *a${i}]`)].join('\n'),
};

const linear: Record<string, () => string> = {
  'aliases on separate lines': () => 'x: &a 1\ny:\n' + '*a\n'.repeat(N / 3),
  'quoted scalars on separate lines': () => '"x"\n'.repeat(N / 4),
  'a long flow mapping on one line': () => '{' + Array.from({ length: N / 12 }, (_, i) => `k${i}: 1`).join(', ') + ', bad',
};

test.each(Object.keys(fast))('fails fast: %s', (name) => {
  const text = fast[name]!();
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
  for (const parse of [(t: string) => parsePipelineText(t, 'p.yaml'), (t: string) => parseParametersText(t, 'p.yaml')]) {
    expect(() => parse(text)).toThrow(ValidationError);
  }
});

test.each(Object.keys(linear))('fails without crashing: %s', (name) => {
  const text = linear[name]!();
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_FILE_BYTES);
  expect(() => parsePipelineText(text, 'p.yaml')).toThrow(ValidationError);
});

test('one byte over the limit is refused before parsing', () => {
  expect(() => parsePipelineText('#'.repeat(MAX_FILE_BYTES + 1), 'p.yaml')).toThrow('the file is 1.0 MiB, larger than the 1.0 MiB limit');
});

test('cascading YAML errors are capped at 50, with a count of the rest', () => {
  expect.assertions(3);
  try {
    parsePipelineText('x: &a 1\ny:\n' + '*a\n'.repeat(1000), 'p.yaml');
  } catch (e) {
    const issues = (e as ValidationError).issues;
    expect(issues).toHaveLength(51);
    expect(issues[0]!.message).toBe('invalid YAML: Implicit map keys need to be followed by map values');
    expect(issues[50]!.message).toBe('and 950 more YAML errors (fix the first ones and try again)');
  }
});
