import { describe, expect, test } from '@jest/globals';
import { readdir } from 'node:fs/promises';
import { stripSources } from './strip.js';
import { parsePipelineFile, parsePipelineText } from '../../src/pipeline/parse.js';
import { toYaml } from '../../src/pipeline/serialise.js';
import { dagHash } from '../../src/pipeline/dag-hash.js';

const FIXTURES = 'test/pipeline/fixtures';

describe('toYaml round-trips', () => {
  test('every fixture parses back to the same IR and hash', async () => {
    const files = (await readdir(FIXTURES)).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const p = await parsePipelineFile(`${FIXTURES}/${f}`);
      const yaml = toYaml(p);
      const back = parsePipelineText(yaml, 'round-trip.yaml');
      expect(stripSources(back)).toEqual(stripSources(p));
      // key order (declaration order of steps and branches) survives too
      expect(JSON.stringify(stripSources(back))).toBe(JSON.stringify(stripSources(p)));
      expect(dagHash(back)).toBe(dagHash(p));
      // and serialising again is a fixed point
      expect(toYaml(back)).toBe(yaml);
    }
  });

  test('output shape: defaults omitted, terminals left out, multi-line commands as block scalars', () => {
    const p = parsePipelineText(
      [
        'dag:',
        '  start_at: a',
        '  steps:',
        '    a:',
        '      type: task',
        '      command_type: shell',
        '      command: "echo one\\necho two\\n"',
        '      max_attempts: 1',
        '      next: b',
        '    b: {type: stub, next: success, note: "true"}',
        '    success: {type: success}',
      ].join('\n'),
      'x.yaml',
    );
    expect(toYaml(p)).toBe(
      [
        'dag:',
        '  start_at: a',
        '  steps:',
        '    a:',
        '      type: task',
        '      command_type: shell',
        '      command: |',
        '        echo one',
        '        echo two',
        '      next: b',
        '    b:',
        '      type: stub',
        '      note: "true"',
        '      next: success',
        '',
      ].join('\n'),
    );
  });

  test('a graph that starts at a terminal keeps a step', () => {
    const p = parsePipelineText('dag:\n  start_at: success\n  steps:\n    success: {type: success}\n', 'x.yaml');
    expect(stripSources(parsePipelineText(toYaml(p), 'y.yaml'))).toEqual(stripSources(p));
  });
});
