/**
 * Concurrent writers, end to end through the bundled CLI: a 20-branch parallel node and a 500-item map of
 * in-process node-function steps, max_workers 8, chunked-fs run log store (the local executor owns the run:
 * its many concurrent branches append to one journal). After every run each chunk file and journal line
 * parses as JSON and the assembled run log has every branch SUCCESS and the reduced list complete (no lost
 * update). The store-level race (test/runlog/concurrency.test.ts) repeats 20×; here each repetition is a
 * real run of ~1,565 chunk writes (2-4 s), so 12 repetitions keep the suite near 20-30 s on 2 cores.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli } from '../support/cli.js';
import { createRunLogStore } from '../../src/runlog/factory.js';
import type { RunLog } from '../../src/runlog/model.js';
import { parseRunFolder } from '../support/run-folder.js';

const REPETITIONS = 12;
const BRANCHES = 20;
const ITEMS = 500;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ra-cw-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'fns.mjs'), 'export function double({ item }) { return item * 2; }\n');
  let y = 'dag:\n  start_at: par\n  steps:\n    par:\n      type: parallel\n      next: fan\n      branches:\n';
  for (let i = 0; i < BRANCHES; i++) {
    y += `        b${i}:\n          start_at: t\n          steps:\n            t:\n              type: task\n              command_type: node\n              command: fns.mjs:double\n              returns: [{name: r${i}}]\n              next: success\n`;
  }
  y += '    fan:\n      type: map\n      iterate_on: items\n      iterate_as: item\n      next: success\n      branch:\n        start_at: d\n        steps:\n          d:\n            type: task\n            command_type: node\n            command: fns.mjs:double\n            returns: [{name: doubled}]\n            next: success\n';
  writeFileSync(path.join(dir, 'p.yaml'), y);
  writeFileSync(path.join(dir, 'params.yaml'), `item: 21\nitems: [${Array.from({ length: ITEMS }, (_, i) => i).join(', ')}]\n`);
  writeFileSync(path.join(dir, 'c.yaml'), 'pipeline-executor:\n  type: local\n  config:\n    max_workers: 8\nrun-log-store:\n  type: chunked-fs\ncatalog:\n  type: do-nothing\nsecrets:\n  type: do-nothing\n');
  return dir;
}

async function oneRun(k: number): Promise<{ chunks: number; ms: number }> {
  const cwd = project();
  const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', `cw${k}`], { cwd, env: cleanEnv(), timeoutMs: 180_000 });
  expect({ k, code: r.code, err: r.code === 0 ? '' : r.stderr.slice(-2000) }).toEqual({ k, code: 0, err: '' });
  const chunks = parseRunFolder(path.join(cwd, '.run_log_store', `cw${k}`));
  const log: RunLog = await createRunLogStore({ type: 'chunked-fs', config: { log_folder: '.run_log_store' } }, cwd).getRunLog(`cw${k}`);
  expect(log.status).toBe('SUCCESS');
  const par = log.steps.par!;
  expect(Object.keys(par.branches)).toHaveLength(BRANCHES);
  for (const b of Object.values(par.branches)) {
    expect(b.status).toBe('SUCCESS');
    expect(Object.values(b.steps).filter((s) => s.step_type === 'task').map((s) => s.status)).toEqual(['SUCCESS']);
  }
  const fan = log.steps.fan!;
  expect(Object.keys(fan.branches)).toHaveLength(ITEMS);
  expect(Object.values(fan.branches).filter((b) => b.status !== 'SUCCESS')).toEqual([]);
  for (let i = 0; i < BRANCHES; i++) expect(log.parameters[`r${i}`]?.value).toBe(42);
  expect(log.parameters.doubled?.value).toEqual(Array.from({ length: ITEMS }, (_, i) => i * 2));
  expect(JSON.stringify(log)).not.toContain('PROCESSING');
  return { chunks, ms: r.ms };
}

describe('concurrent writers through the CLI', () => {
  it(`${REPETITIONS} repetitions (not 100: each is a real run; the store-level race test repeats 20x) of a ${BRANCHES}-branch parallel + ${ITEMS}-item map, max_workers 8: every chunk parses, nothing lost`, async () => {
    const results: { chunks: number; ms: number }[] = [];
    // Two runs at a time (2-core CI): different projects, same code paths.
    for (let k = 0; k < REPETITIONS; k += 2) results.push(...(await Promise.all([oneRun(k), oneRun(k + 1)])));
    const chunks = results.reduce((a, r) => a + r.chunks, 0);
    expect(chunks).toBeGreaterThan(REPETITIONS * (ITEMS + BRANCHES));
    // eslint-disable-next-line no-console
    console.log(`concurrent writers: ${REPETITIONS} runs, ${chunks} records (chunk files and journal lines) parsed, run times ${results.map((r) => Math.round(r.ms)).join(', ')} ms`);
  }, 600_000);
});
