/**
 * Catalog names (issue 12, items 6 and 14, and the `**` put of the run's own folders), through the bundled
 * CLI with the embedded defaults (file-system run log in .run_log_store, file-system catalog in .catalog):
 * - the execution logs of map items `日本`/`中国` and `a b`/`a/b`/`a_b` are five files, each its own item's;
 * - `catalog: {put: ["**"]}` stores files whose names hold a newline (also inside a folder whose name does),
 *   and never copies the run log folder or the catalog into the catalog.
 * Plus the naming rule itself: distinct names never share a file name (property test).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../support/cli.js';
import { catalogFileName } from '../../src/catalog/paths.js';
import { cleanup, project, runLog } from '../reliability/support.js';

afterAll(cleanup);

function filesBelow(dir: string, base = dir, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) filesBelow(abs, base, out);
    else out.push(path.relative(base, abs));
  }
  return out;
}

describe('catalog file names are unique per name', () => {
  it('five map items whose names differ only in characters outside [A-Za-z0-9._-] keep five execution logs', async () => {
    const cwd = project({
      'params.yaml': 'items: ["日本", "中国", "a b", "a/b", "a_b"]\n',
      'p.yaml':
        'dag:\n  start_at: fan\n  steps:\n    fan:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n' +
        '      branch:\n        start_at: s\n        steps:\n          s:\n            type: task\n            command_type: shell\n' +
        '            command: printf "item=%s\\n" "$item"\n            next: success\n',
    });
    const r = await runCli(['execute', '-f', 'p.yaml', '-p', 'params.yaml', '--run-id', 'names'], { cwd });
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
    const dir = path.join(cwd, '.catalog', 'names');
    const logs = readdirSync(dir).filter((f) => f.endsWith('.s.attempt-1.execution.log'));
    expect(logs).toHaveLength(5);
    const contents = logs.map((f) => readFileSync(path.join(dir, f), 'utf8').trim()).sort();
    expect(contents).toEqual(['item=a b', 'item=a/b', 'item=a_b', 'item=中国', 'item=日本'].sort());
    // And the run log points at each item's own log.
    const log = await runLog(cwd, 'names');
    const recorded = Object.values(log.steps.fan!.branches).map((b) => b.steps[`${b.internal_name}.s`]!.data_catalog.map((d) => d.name));
    expect(new Set(recorded.flat()).size).toBe(5);
  }, 180_000);

  it('the naming rule is injective, readable and bounded', () => {
    expect(catalogFileName('a b')).toBe('a%20b');
    expect(catalogFileName('a/b')).toBe('a%2Fb');
    expect(catalogFileName('a_b')).toBe('a_b');
    expect(catalogFileName('..')).toBe('%2E%2E');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), (a, b) => {
        const na = catalogFileName(a);
        expect(na).toMatch(/^[A-Za-z0-9._%~-]*$/);
        expect(na.length).toBeLessThanOrEqual(170);
        expect(na === '.' || na === '..').toBe(false);
        if (a !== b) expect(na).not.toBe(catalogFileName(b));
      }),
      { numRuns: 2000 },
    );
  }, 240_000); // 2,000 cases with expect() inside: 48 s measured on a loaded machine (load 9)
});

describe('** puts', () => {
  it('stores file names holding a newline (also inside such a folder), and never the run log folder or the catalog', async () => {
    const cwd = project({
      'p.yaml':
        'dag:\n  start_at: make\n  steps:\n    make:\n      type: task\n      command_type: shell\n      command: |\n' +
        "        printf one > \"$(printf 'a\\nb.txt')\"\n        mkdir \"$(printf 'dir\\nx')\"\n        printf two > \"$(printf 'dir\\nx')/y.txt\"\n" +
        '        printf three > plain.txt\n' +
        '      catalog:\n        put: ["**"]\n      next: again\n' +
        // A second step puts `**` again: by now the run log and the catalog hold files of this very run.
        '    again:\n      type: task\n      command_type: shell\n      command: "true"\n      catalog:\n        put: ["**"]\n      next: success\n',
    });
    const r = await runCli(['execute', '-f', 'p.yaml', '--run-id', 'nl'], { cwd });
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
    const stored = filesBelow(path.join(cwd, '.catalog', 'nl')).filter((f) => !f.endsWith('.execution.log'));
    expect(stored).toEqual(expect.arrayContaining(['a\nb.txt', path.join('dir\nx', 'y.txt'), 'plain.txt']));
    expect(readFileSync(path.join(cwd, '.catalog', 'nl', 'a\nb.txt'), 'utf8')).toBe('one');
    expect(stored.filter((f) => f.startsWith('.run_log_store') || f.startsWith('.catalog'))).toEqual([]);
    expect(existsSync(path.join(cwd, '.catalog', 'nl', '.run_log_store'))).toBe(false);
    const log = await runLog(cwd, 'nl');
    expect(log.steps.make!.data_catalog.map((d) => d.name)).toEqual(expect.arrayContaining(['a\nb.txt', 'dir\nx/y.txt']));
  }, 180_000);
});
