/** Inputs just under the size limit that are slow for a naive YAML parser must fail fast (well under a second). */
import { expect, test } from '@jest/globals';
import { ValidationError } from '../../src/errors.js';
import { parsePipelineText } from '../../src/pipeline/parse.js';
import { parseParametersText } from '../../src/parameters/load.js';

const N = 4_900_000;
const cases: Record<string, () => string> = {
  'nested flow sequences': () => '['.repeat(N),
  'nested flow mappings': () => 'a: ' + '{a: '.repeat(N / 4),
  'alternating flow collections': () => '[{a: '.repeat(N / 5),
  'compact nested sequences': () => '- '.repeat(N / 2),
  'compact explicit keys': () => '? '.repeat(N / 2),
  'map value indicators': () => 'a' + ': '.repeat(N / 2),
  'block nesting by indentation': () => Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + '-').join('\n'),
  'runs of anchors': () => '&a '.repeat(N / 3),
  'runs of tags': () => '!t '.repeat(N / 3),
  'runs of aliases': () => 'x: &a 1\ny: ' + '*a '.repeat(N / 3),
  'unterminated quote': () => '"' + 'a'.repeat(N),
  'one long plain scalar': () => 'a'.repeat(N),
  'aliases on separate lines': () => 'x: &a 1\ny:\n' + '*a\n'.repeat(N / 3),
  'quoted scalars on separate lines': () => '"x"\n'.repeat(N / 4),
  'empty values on separate lines': () => ':\n'.repeat(N / 2),
  'dashes on separate lines': () => '-\n'.repeat(N / 2),
  'a long flow mapping on one line': () => '{' + Array.from({ length: N / 12 }, (_, i) => `k${i}: 1`).join(', ') + ', bad',
  'many anchors, each aliased': () => Array.from({ length: 100000 }, (_, i) => `k${i}: &a${i} [*a${Math.max(0, i - 1)}, *a${Math.max(0, i - 1)}]`).join('\n').slice(0, N),
};

test.each(Object.keys(cases))('%s', (name) => {
  const text = cases[name]!();
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(5 * 1024 * 1024);
  for (const parse of [(t: string) => parsePipelineText(t, 'p.yaml'), (t: string) => parseParametersText(t, 'p.yaml')]) {
    const started = performance.now();
    expect(() => parse(text)).toThrow(ValidationError);
    expect(performance.now() - started).toBeLessThan(1000);
  }
});
