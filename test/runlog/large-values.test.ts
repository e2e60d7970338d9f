/**
 * The file-system run log stays O(N) for a map of N items: an attempt leaves out its large inputs (4 KiB of
 * JSON or more) and, inside a branch, the run parameters it saw unchanged. Before, every item's attempt held
 * the N-item list, and since every change rewrites that document, a 1,000-item map took 640 s (a 59 MiB
 * document). Through the bundled CLI with the embedded defaults.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { LARGE_VALUE_BYTES, jsonLengthAtLeast } from '../../src/runlog/large-values.js';
import { runCli } from '../support/cli.js';
import { tempDir } from './helpers.js';

const root = tempDir('large-values-');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('jsonLengthAtLeast', () => {
  it('agrees with JSON.stringify for any JSON value, at any limit', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 600 }), (v, limit) => {
        expect(jsonLengthAtLeast(v, limit)).toBe(JSON.stringify(v).length >= limit);
      }),
      { numRuns: 2000 },
    );
  });

  it('decides on a huge value without serialising it', () => {
    const huge = Array.from({ length: 2_000_000 }, (_, i) => ({ i, name: `item-${i}` }));
    expect(jsonLengthAtLeast(huge)).toBe(true);
    expect(jsonLengthAtLeast({ small: [1, 2, 3], s: 'x'.repeat(100) })).toBe(false);
    expect(jsonLengthAtLeast('x'.repeat(LARGE_VALUE_BYTES))).toBe(true);
  });
});

describe('the file-system run log of a map over a long list', () => {
  it('records each item in its attempt, not the list nor the run parameters it inherited; warns about maps over 1,000 items', async () => {
    const cwd = path.join(root, 'p');
    fs.mkdirSync(cwd, { recursive: true });
    fs.writeFileSync(path.join(cwd, 'fns.mjs'), 'export function f() {}\n');
    const items = Array.from({ length: 1500 }, (_, i) => `file-${i}.csv`);
    fs.writeFileSync(path.join(cwd, 'params.yaml'), `items: ${JSON.stringify(items)}\nlabel: small\n`);
    fs.writeFileSync(
      path.join(cwd, 'p.yaml'),
      'dag:\n  start_at: fan\n  steps:\n    fan:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n' +
        '      branch:\n        start_at: s\n        steps:\n          s:\n            type: task\n            command_type: node\n            command: fns.mjs:f\n            next: success\n',
    );
    const r = await runCli(['execute', '-f', 'p.yaml', '-p', 'params.yaml', '--run-id', 'big'], { cwd, timeoutMs: 600_000 });
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr.slice(-2000) }).toEqual({ code: 0, err: '' });
    expect(r.stderr + r.stdout).toMatch(/map 'fan' has 1500 items .*chunked-fs/);

    const text = fs.readFileSync(path.join(cwd, '.run_log_store', 'big.json'), 'utf8');
    const log = JSON.parse(text);
    expect(log.parameters.items.value).toHaveLength(1500); // the run's own parameters keep the list
    const branches = Object.values(log.steps.fan.branches) as Array<{ parameters: Record<string, { value: unknown }>; steps: Record<string, { attempts: Array<{ input_parameters: Record<string, { value: unknown }> }> }> }>;
    expect(branches).toHaveLength(1500);
    const firstAttempt = (b: (typeof branches)[number]) => Object.values(b.steps)[0]!.attempts[0]!;
    const attempt = firstAttempt(branches.find((b) => firstAttempt(b).input_parameters.item?.value === 'file-7.csv')!);
    expect(attempt.input_parameters.items).toBeUndefined();
    expect(attempt.input_parameters.item.value).toBe('file-7.csv');
    expect(attempt.input_parameters.label).toBeUndefined(); // the run's parameter, unchanged: recorded once
    // Linear in the items: the list appears once (in the parameters), not once per attempt.
    expect(text.split('"file-1499.csv"').length - 1).toBeLessThanOrEqual(3);
  }, 600_000);
});
