/**
 * The pod side of the Argo contract (src/protocol.ts), through the CLI in-process: what each call writes for
 * the orchestrator, map items read back by index, retries the controller ends early settled by the fan-in and
 * the exit handler (nothing left PROCESSING), runnable's pvc_for_runnable relocation, and bad input.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';
import { loadConfig } from '../../src/config/load.js';
import { createRunLogStore } from '../../src/runlog/factory.js';
import type { BranchLog, RunLog, StepLog } from '../../src/runlog/model.js';

const CONFIG = `run-log-store: {type: chunked-fs, config: {log_folder: .run_log_store}}\ncatalog: {type: file-system, config: {catalog_location: .catalog}}\n`;

interface Project {
  dir: string;
  pod(...args: string[]): Promise<{ code: number; err: string }>;
  out(): string;
  log(): Promise<RunLog>;
  done(): void;
}

function project(pipeline: string, params?: string, config = CONFIG): Project {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pod-protocol-'));
  writeFileSync(path.join(dir, 'p.yaml'), pipeline);
  writeFileSync(path.join(dir, 'c.yaml'), config);
  if (params) writeFileSync(path.join(dir, 'params.yaml'), params);
  const common = ['--file', 'p.yaml', '--config-file', 'c.yaml', '--orchestrator', 'argo', ...(params ? ['--parameters-file', 'params.yaml'] : [])];
  return {
    dir,
    async pod(...args: string[]) {
      let err = '';
      const sink = (f: (s: string) => void) => new Writable({ write: (c, _e, cb) => (f(String(c)), cb()) });
      const [verb, step, ...rest] = args;
      const argv = verb === 'fan' ? ['fan', 'r1', step!, rest.shift()!, ...common, ...rest] : ['execute-single-node', 'r1', step!, ...common, ...rest];
      const code = await runCli(argv, { out: sink(() => {}), err: sink((s) => (err += s)), env: { PATH: process.env.PATH }, cwd: dir });
      return { code, err };
    },
    out: () => readFileSync(path.join(dir, 'out.txt'), 'utf8'),
    async log() {
      const cfg = await loadConfig({ file: path.join(dir, 'c.yaml'), cwd: dir, env: {} });
      return createRunLogStore(cfg.runLogStore, dir).getRunLog('r1');
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every step and branch status in the run log, by internal name. */
function statuses(log: RunLog): Record<string, string> {
  const out: Record<string, string> = { run: log.status };
  const walk = (steps: Record<string, StepLog>) => {
    for (const s of Object.values(steps)) {
      out[s.internal_name] = s.status;
      for (const b of Object.values(s.branches) as BranchLog[]) {
        out[b.internal_name] = b.status;
        walk(b.steps);
      }
    }
  };
  walk(log.steps);
  return out;
}

const MAP = `dag:
  start_at: m
  steps:
    m:
      type: map
      iterate_on: items
      iterate_as: x
      next: success
      branch:
        start_at: s
        steps:
          s: {type: task, command_type: shell, command: 'export seen="$x"', returns: [{name: seen}], max_attempts: 3, next: success}
`;

describe('map items travel as indices', () => {
  test('fan out writes the indices; a pod given index i runs item i (any JSON type)', async () => {
    const p = project(MAP, 'items: ["a {{b}}", 2, {"k": [1]}]\n');
    try {
      expect((await p.pod('fan', 'm', 'out', '--output-file', 'out.txt')).code).toBe(0);
      expect(JSON.parse(p.out())).toEqual([0, 1, 2]);
      const r = await p.pod('execute-single-node', 'm.map_variable_placeholder.s', '--iter-variable', '{"map_variable":{"x":{"index":2}},"loop_variable":[]}');
      expect(r).toEqual({ code: 0, err: expect.any(String) });
      const log = await p.log();
      const branch = log.steps.m!.branches['m.{"k":[1]}']!;
      expect(branch.steps['m.{"k":[1]}.s']!.status).toBe('SUCCESS');
    } finally {
      p.done();
    }
  });

  test('an index past the list is refused before the run log is touched', async () => {
    const p = project(MAP, 'items: [1]\n');
    try {
      await p.pod('fan', 'm', 'out', '--output-file', 'out.txt');
      const before = JSON.stringify(statuses(await p.log()));
      const r = await p.pod('execute-single-node', 'm.map_variable_placeholder.s', '--iter-variable', '{"map_variable":{"x":{"index":5}},"loop_variable":[]}');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/has 1 item\(s\); index 5 does not exist/);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(JSON.stringify(statuses(await p.log()))).toBe(before);
      for (const bad of ['{"map_variable":{"x":{"index":-1}}}', '{"map_variable":{"x":{}}}', '{"loop_variable":[{"value":"1"}]}']) {
        const b = await p.pod('execute-single-node', 'm.map_variable_placeholder.s', '--iter-variable', bad);
        expect(b.code).toBe(2);
      }
    } finally {
      p.done();
    }
  });
});

describe('conditional tokens', () => {
  const COND = `dag:
  start_at: c
  steps:
    c:
      type: conditional
      parameter: choice
      next: success
      branches:
        heads: {start_at: s, steps: {s: {type: stub, next: success}}}
        "true": {start_at: s, steps: {s: {type: stub, next: success}}}
`;
  test('fan out writes b<k> for the matching key (booleans included)', async () => {
    const p = project(COND, 'choice: true\n');
    try {
      await p.pod('fan', 'c', 'out', '--output-file', 'out.txt');
      expect(p.out()).toBe('b1');
    } finally {
      p.done();
    }
  });

  test('no match: `none`, and the fan in records the failure like a local run', async () => {
    const p = project(COND, 'choice: tails\n');
    try {
      expect((await p.pod('fan', 'c', 'out', '--output-file', 'out.txt')).code).toBe(0);
      expect(p.out()).toBe('none');
      const r = await p.pod('fan', 'c', 'in');
      expect(r.code).toBe(1);
      const log = await p.log();
      expect(log.steps.c!.status).toBe('FAIL');
      expect(log.status).toBe('FAIL');
    } finally {
      p.done();
    }
  });
});

describe('retries the controller ends early (maxDuration, expression, policy, shutdown, deadline)', () => {
  const ONE = `dag:\n  start_at: t\n  steps:\n    t: {type: task, command_type: shell, command: "exit 3", max_attempts: 3, next: success}\n`;

  test('the exit handler settles the step and the run: nothing PROCESSING', async () => {
    const p = project(ONE);
    try {
      expect((await p.pod('execute-single-node', 't', '--retry-index', '0')).code).toBe(1);
      expect(statuses(await p.log())).toEqual({ run: 'PROCESSING', t: 'PROCESSING' });
      // Argo stops retrying (e.g. backoff.maxDuration) and the workflow fails: the exit handler runs.
      expect((await p.pod('fan', '-', 'exit', '--workflow-status', 'Failed')).code).toBe(0);
      const log = await p.log();
      expect(statuses(log)).toEqual({ run: 'FAIL', t: 'FAIL' });
      expect(log.steps.t!.message).toMatch(/ended Failed before this step finished/);
      expect(log.steps.t!.attempts.map((a) => a.status)).toEqual(['FAIL']);
    } finally {
      p.done();
    }
  });

  test("inside a map, the composite's fan in settles the branch it was given back", async () => {
    const p = project(MAP, 'items: [1, 2]\n');
    try {
      await p.pod('fan', 'm', 'out', '--output-file', 'out.txt');
      const it = (i: number) => ['--iter-variable', `{"map_variable":{"x":{"index":${i}}},"loop_variable":[]}`];
      expect((await p.pod('execute-single-node', 'm.map_variable_placeholder.s', ...it(0))).code).toBe(0);
      // item 1: attempt 0 of 3 fails, and the controller retries no more.
      await writeFailing(p.dir);
      expect((await p.pod('execute-single-node', 'm.map_variable_placeholder.s', ...it(1), '--retry-index', '0')).code).toBe(1);
      expect(statuses(await p.log())['m.2.s']).toBe('PROCESSING');
      expect((await p.pod('fan', 'm', 'in')).code).toBe(1);
      const s = statuses(await p.log());
      expect(s).toMatchObject({ 'm.1': 'SUCCESS', 'm.2': 'FAIL', 'm.2.s': 'FAIL', m: 'FAIL', run: 'FAIL' });
      expect(Object.values(s)).not.toContain('PROCESSING');
    } finally {
      p.done();
    }
  });

  test('an exit handler for a run that never started creates nothing and exits 0', async () => {
    const p = project(ONE);
    try {
      expect((await p.pod('fan', '-', 'exit', '--workflow-status', 'Error')).code).toBe(0);
      expect(existsSync(path.join(p.dir, '.run_log_store', 'r1'))).toBe(false);
    } finally {
      p.done();
    }
  });
});

/** Makes the map's step fail from now on (the pipeline file is what pods read). */
async function writeFailing(dir: string): Promise<void> {
  const file = path.join(dir, 'p.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(`'export seen="$x"'`, `'exit 4'`));
}

describe('loops', () => {
  const LOOP = `dag:
  start_at: l
  steps:
    l:
      type: loop
      max_iterations: 3
      break_on: done
      index_as: i
      next: success
      branch:
        start_at: s
        steps:
          s: {type: task, command_type: shell, command: 'export done=false', returns: [{name: done}], next: success}
`;
  test('fan out writes go; each close writes the next index, then stop', async () => {
    const p = project(LOOP);
    try {
      await p.pod('fan', 'l', 'out', '--output-file', 'out.txt');
      expect(p.out()).toBe('go');
      const outs: string[] = [];
      for (let i = 0; i < 3; i++) {
        const iter = ['--iter-variable', `{"map_variable":{},"loop_variable":[{"value":${i}}]}`];
        expect((await p.pod('execute-single-node', 'l.loop_variable_placeholder.s', ...iter)).code).toBe(0);
        expect((await p.pod('fan', 'l', 'in', ...iter, '--output-file', 'out.txt')).code).toBe(0);
        outs.push(p.out());
      }
      expect(outs).toEqual(['1', '2', 'stop']);
      expect(statuses(await p.log())).toMatchObject({ l: 'SUCCESS', run: 'SUCCESS' });
    } finally {
      p.done();
    }
  });
});

test("--stores-on (runnable's pvc_for_runnable): the run log store and the catalog move under the claim", async () => {
  const p = project(`dag:\n  start_at: t\n  steps:\n    t: {type: task, command_type: shell, command: "echo hi > f.txt", catalog: {put: [f.txt]}, next: success}\n`);
  try {
    const claim = path.join(p.dir, 'claim');
    expect((await p.pod('execute-single-node', 't', '--stores-on', claim)).code).toBe(0);
    expect(existsSync(path.join(claim, 'run_logs', 'r1'))).toBe(true);
    expect(existsSync(path.join(claim, 'catalog', 'r1'))).toBe(true);
    expect(existsSync(path.join(p.dir, '.run_log_store'))).toBe(false);
  } finally {
    p.done();
  }
});

test('Argo-escaped step names and tag are decoded by the pod', async () => {
  const p = project(`dag:\n  start_at: "a {{x}}"\n  steps:\n    "a {{x}}": {type: stub, next: success}\n`);
  try {
    expect((await p.pod('execute-single-node', 'a%%{%{x%}%}', '--tag', 'v %7B%7Bworkflow.name%7D%7D 100%25')).code).toBe(0);
    const log = await p.log();
    expect(log.steps['a {{x}}']!.status).toBe('SUCCESS');
    expect(log.tag).toBe('v {{workflow.name}} 100%');
  } finally {
    p.done();
  }
});
