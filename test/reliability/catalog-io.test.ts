/**
 * Disk/IO faults end to end: a catalog put that fails half-way (the catalog already holds a *file* where the
 * put needs a folder, so the copy fails with ENOTDIR after other files, small and streamed, were written).
 * The step fails cleanly with a message naming the path and the reason, the run ends FAIL with exit 1, the run
 * log is valid (every chunk parses, nothing PROCESSING), no temp file is left in the catalog, every file that
 * is there is complete, and once the obstacle is removed `runnable retry` finishes the run.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli } from '../support/cli.js';
import { createRunLogStore } from '../../src/runlog/factory.js';
import { parseRunFolder } from '../support/run-folder.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const PIPELINE = `dag:
  start_at: produce
  steps:
    produce:
      type: task
      command_type: shell
      command: |
        mkdir -p out/a out/m out/z
        for i in 1 2 3 4 5; do echo "small $i" > out/a/f$i.txt; done
        head -c 2500000 /dev/zero | tr '\\0' 'x' > out/m/big.bin
        echo "blocked" > out/z/blocked.txt
      catalog:
        put:
          - out/**/*
      next: consume
    consume:
      type: task
      command_type: shell
      command: test -f out/z/blocked.txt
      catalog:
        get:
          - out/**/*
      next: success
`;
const CONFIG = 'run-log-store:\n  type: chunked-fs\ncatalog:\n  type: file-system\n  config:\n    catalog_location: .catalog\nsecrets:\n  type: do-nothing\n';

function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(path.join(dir, f)).isFile()).sort();
}

describe('a catalog put that fails half-way', () => {
  it('fails the step with the path and reason, keeps the run log valid and the catalog free of partial files; retry completes', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ra-catio-'));
    dirs.push(cwd);
    writeFileSync(path.join(cwd, 'p.yaml'), PIPELINE);
    writeFileSync(path.join(cwd, 'c.yaml'), CONFIG);
    // The obstacle: a file where the put needs the folder out/z.
    mkdirSync(path.join(cwd, '.catalog/io1/out'), { recursive: true });
    writeFileSync(path.join(cwd, '.catalog/io1/out/z'), 'not a folder');

    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '--run-id', 'io1'], { cwd, env: cleanEnv() });
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).not.toMatch(/^\s+at /m);
    const store = createRunLogStore({ type: 'chunked-fs', config: { log_folder: '.run_log_store' } }, cwd);
    expect(parseRunFolder(path.join(cwd, '.run_log_store'))).toBeGreaterThan(0);
    const log = await store.getRunLog('io1');
    expect(log.status).toBe('FAIL');
    const step = log.steps.produce!;
    expect(step.status).toBe('FAIL');
    expect(step.message).toMatch(/catalog/i);
    expect(step.message).toContain('out/z');
    expect(step.message).toMatch(/ENOTDIR|EEXIST|not a directory/i);
    expect(log.steps.consume).toBeUndefined();
    expect(JSON.stringify(log)).not.toContain('PROCESSING');

    // No temp file left; whatever was copied is complete.
    const catalogRun = path.join(cwd, '.catalog/io1');
    const inCatalog = files(catalogRun);
    expect(inCatalog.filter((f) => f.includes('catalog-tmp'))).toEqual([]);
    for (const f of inCatalog.filter((x) => x.startsWith('out/a/') || x.startsWith('out/m/'))) {
      const a = readFileSync(path.join(catalogRun, f));
      const b = readFileSync(path.join(cwd, f));
      expect({ f, hash: createHash('sha256').update(a).digest('hex') }).toEqual({ f, hash: createHash('sha256').update(b).digest('hex') });
    }

    // Remove the obstacle: the retry re-runs produce and finishes.
    rmSync(path.join(catalogRun, 'out/z'));
    const retry = await runCli(['retry', 'io1', '-c', 'c.yaml'], { cwd, env: cleanEnv() });
    expect({ code: retry.code, err: retry.code === 0 ? '' : retry.stderr }).toEqual({ code: 0, err: '' });
    const after = await store.getRunLog('io1');
    expect(after.status).toBe('SUCCESS');
    expect(after.steps.produce!.data_catalog.filter((d) => d.stage === 'put' && d.name.startsWith('out/')).map((d) => d.name).sort()).toEqual(['out/a/f1.txt', 'out/a/f2.txt', 'out/a/f3.txt', 'out/a/f4.txt', 'out/a/f5.txt', 'out/m/big.bin', 'out/z/blocked.txt']);
  }, 60_000);
});
