/**
 * Conformance: the same pipeline run locally (`runnable execute`) and through compile → submit to the fake
 * API → Argo-semantics runner (pods = the real CLI) → poll must produce the same run log: statuses,
 * parameters and catalog digests. Over every example that runs without external services, plus a bounded
 * fast-check property over random DAGs.
 *
 * Needs dist/cli/index.js with the Argo pod protocol of src/argo/compile.ts (`--orchestrator argo`,
 * `--retry-index`, `--fan-out-next`).
 */
import { describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { compileArgo } from '../../src/argo/compile.js';
import { pollWorkflow } from '../../src/argo/poll.js';
import { stopWorkflow, submitWorkflow } from '../../src/argo/submit.js';
import type { PollResult } from '../../src/argo/poll.js';
import { parsePipelineFile } from '../../src/pipeline/parse.js';
import { createRunLogStore } from '../../src/runlog/factory.js';
import type { RunLog, StepLog, BranchLog } from '../../src/runlog/model.js';
import { ArgoRunner } from '../support/argo-runner.js';
import { startFakeKubeApi } from '../support/fake-kube-api.js';
import { config, ROOT } from './helpers.js';

import { CLI } from '../support/cli.js';
const supported = existsSync(CLI) && /--orchestrator/.test(spawnSync(process.execPath, [CLI, 'execute-single-node', '--help'], { encoding: 'utf8' }).stdout ?? '');
const maybe = describe;

const LOCAL = `run-log-store: {type: chunked-fs, config: {log_folder: .run_log_store}}\ncatalog: {type: file-system, config: {catalog_location: .catalog}}\n`;
const ARGO = `pipeline-executor:
  type: argo
  config:
    pvc_for_runnable: runnable
    defaults: {image: project:test}
run-log-store: {type: chunked-fs, config: {log_folder: /mnt/run_log_store}}
catalog: {type: file-system, config: {catalog_location: /mnt/catalog}}
`;

/** What must agree: per step/branch status, parameters, catalog digests (not times, ids, messages). */
function essence(log: RunLog): unknown {
  const step = (s: StepLog): unknown => ({
    status: s.status,
    type: s.step_type,
    attempts: s.attempts.map((a) => ({ status: a.status, out: a.output_parameters })),
    catalog: s.data_catalog.filter((d) => !d.name.endsWith('.execution.log')).map((d) => [d.name, d.data_hash, d.stage]).sort(),
    branches: Object.fromEntries(Object.entries(s.branches).map(([k, b]) => [k, branch(b)])),
  });
  const branch = (b: BranchLog): unknown => ({ status: b.status, parameters: values(b.parameters), steps: Object.fromEntries(Object.entries(b.steps).map(([k, s]) => [k, step(s)])) });
  const values = (p: Record<string, { kind: string; value: unknown }>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, [v.kind, v.value]]));
  return { status: log.status, parameters: values(log.parameters), steps: Object.fromEntries(Object.entries(log.steps).map(([k, s]) => [k, step(s)])) };
}

interface BothOptions {
  params?: string;
  /** Replaces the argo executor's `defaults:` line (indented 4 spaces). */
  argoConfig?: string;
  /** Before the Argo run is polled: e.g. stop it when a step has started. */
  whilePolling?: (ctl: { abort(): void }) => Promise<void> | void;
  /** A second round after fixing the project (`fix`): local `runnable retry`, Argo resubmitted with retry_run_id. */
  retryAfter?: (dir: string) => void;
  /**
   * Interrupt both runs once a step touches this file (after the start of the run): the local run gets SIGINT
   * (a user's Ctrl-C), the Argo workflow `spec.shutdown: Terminate` (no exit handler runs).
   */
  interruptAt?: string;
  /** The whole Argo config file (instead of ARGO with `argoConfig`). */
  argoYaml?: string;
  /** Where the Argo run log store is, under the claims' root. @default runnable/run_log_store */
  argoStore?: string;
  /**
   * Pods in pooled CLI processes (ArgoRunner `workers`) running in the project folder itself (no copy per pod),
   * for loops of hundreds of iterations: a process and a project copy per pod cost ≈ 0.5-3 s each on a busy
   * machine (the 150-iteration loop took 15 min), and a pod's code identity (git) is computed once per folder.
   * Fine where steps write nothing into the project.
   */
  workers?: boolean;
}

interface Outcome {
  log: unknown;
  raw?: RunLog;
  /** Local: from the run's status; Argo: the workflow's phase. */
  phase: string;
  /** Argo: what the poller returned. */
  polled?: PollResult;
}

/** Resolves once `marker` was touched after `since` (ms). */
async function touched(marker: string, since: number): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    if (existsSync(marker) && statSync(marker).mtimeMs > since) return;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(`${marker} was never touched`);
}

/** Local run (`runnable execute`) and Argo run (compile → fake API → emulated controller, pods = the real CLI). */
async function runBoth(pipelineRel: string, projectSrc: string, o: BothOptions | string = {}): Promise<{ local: unknown; argo: unknown; localRun: Outcome; argoRun: Outcome }> {
  const opts: BothOptions = typeof o === 'string' ? { params: o } : o;
  const params = opts.params;
  const work = mkdtempSync(path.join(os.tmpdir(), 'conformance-'));
  try {
    const localDir = path.join(work, 'local');
    // Only the project: not what other work in the tree writes meanwhile (benchmarks, run logs, catalogs, git).
    const skip = /(^|\/)(node_modules|\.run_log_store|\.catalog|\.bench-work|\.git|dist)(\/|$)/;
    cpSync(projectSrc, localDir, { recursive: true, filter: (s) => !skip.test(path.relative(projectSrc, s)) });
    writeFileSync(path.join(localDir, 'local.yaml'), LOCAL);
    writeFileSync(path.join(localDir, 'argo.yaml'), opts.argoYaml ?? (opts.argoConfig ? ARGO.replace('    defaults: {image: project:test}\n', opts.argoConfig) : ARGO));
    const argoDir = path.join(work, 'image');
    cpSync(localDir, argoDir, { recursive: true });
    const args = [CLI, 'execute', '-f', pipelineRel, '-c', 'local.yaml', '--run-id', 'conf', ...(params ? ['-p', params] : [])];
    if (opts.interruptAt) {
      const since = Date.now() - 1000;
      const child = spawn(process.execPath, args, { cwd: localDir, stdio: 'ignore' });
      const ended = new Promise((res) => child.on('close', res));
      await touched(opts.interruptAt, since);
      child.kill('SIGINT');
      await ended;
    } else spawnSync(process.execPath, args, { cwd: localDir, encoding: 'utf8' });
    if (opts.retryAfter) {
      opts.retryAfter(localDir);
      spawnSync(process.execPath, [CLI, 'retry', 'conf', '-f', pipelineRel, '-c', 'local.yaml'], { cwd: localDir, encoding: 'utf8' });
    }
    const localLog = await createRunLogStore((await config(path.join(localDir, 'local.yaml'))).runLogStore, localDir).getRunLog('conf');
    const localRun: Outcome = { log: essence(localLog), raw: localLog, phase: localLog.status === 'SUCCESS' ? 'Succeeded' : 'Failed' };

    const pvcRoot = path.join(work, 'pvc');
    let phase = '';
    let polledResult: PollResult | undefined;
    const round = async (retry: boolean) => {
      const api = await startFakeKubeApi();
      try {
        const cfg = await config(path.join(argoDir, 'argo.yaml'));
        const pipeline = await parsePipelineFile(path.join(argoDir, pipelineRel));
        const { manifest } = compileArgo(pipeline, cfg, { pipelineFile: pipelineRel, configFile: 'argo.yaml', ...(params ? { parametersFile: params } : {}) });
        const args0 = (manifest.spec as { arguments: { parameters: { name: string; value: string }[] } }).arguments.parameters;
        args0.find((p) => p.name === 'run_id')!.value = 'conf';
        if (retry) args0.find((p) => p.name === 'retry_run_id')!.value = 'conf';
        // CONFORMANCE_DEBUG=1 prints every pod's command, exit code and stderr.
        const onPod = process.env.CONFORMANCE_DEBUG ? (p: { node: string; argv: string[]; code: number; stderr: string }) => console.error(`${p.node} [${p.code}] ${p.argv.slice(2).join(' ')}\n${p.stderr}`) : undefined;
        const runner = new ArgoRunner({ api, projectDir: argoDir, cli: [process.execPath, CLI], pvcRoot, onPod, workers: opts.workers, isolate: !opts.workers });
        // Every workflow created runs (the poller's finaliser Workflow too); all are awaited.
        const runs: Promise<string>[] = [];
        api.onCreate = (obj) => void runs.push(runner.run(obj.metadata.namespace, obj.metadata.name));
        try {
          const since = Date.now();
          const s = await submitWorkflow(manifest, { kubeconfigText: api.kubeconfig() });
          const ac = new AbortController();
          // As `runnable submit --wait` polls: a run its exit handler did not settle gets a finaliser Workflow.
          const polled = pollWorkflow(s.name, { kubeconfigText: api.kubeconfig(), signal: ac.signal, finalise: true });
          await opts.whilePolling?.({ abort: () => ac.abort() });
          if (opts.interruptAt) {
            await touched(opts.interruptAt, since);
            await stopWorkflow(s.name, { kubeconfigText: api.kubeconfig(), namespace: s.namespace, strategy: 'Terminate' });
          }
          polledResult = await polled;
          phase = polledResult.phase;
          await Promise.all(runs);
        } finally {
          runner.close();
        }
      } finally {
        await api.stop();
      }
    };
    await round(false);
    if (opts.retryAfter) {
      opts.retryAfter(argoDir);
      await round(true);
    }
    const store = createRunLogStore({ type: 'chunked-fs', config: { log_folder: path.join(pvcRoot, opts.argoStore ?? 'runnable/run_log_store') } }, argoDir);
    const argoLog = await store.getRunLog('conf').catch(() => undefined);
    const argoRun: Outcome = { log: argoLog ? essence(argoLog) : undefined, raw: argoLog, phase, polled: polledResult };
    return { local: localRun.log, argo: argoRun.log, localRun, argoRun };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Every step and branch status, by internal name. */
function statuses(log: RunLog | undefined): Record<string, string> {
  const out: Record<string, string> = { run: log?.status ?? 'MISSING' };
  const walk = (steps: Record<string, StepLog>) => {
    for (const s of Object.values(steps)) {
      out[s.internal_name] = s.status;
      for (const b of Object.values(s.branches)) {
        out[b.internal_name] = b.status;
        walk(b.steps);
      }
    }
  };
  if (log) walk(log.steps);
  return out;
}

/** A small project with one pipeline (and optional parameters) for the cases below. */
function project(pipeline: string, params?: string): { dir: string; done(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'conf-case-'));
  writeFileSync(path.join(dir, 'p.yaml'), pipeline);
  if (params) writeFileSync(path.join(dir, 'params.yaml'), params);
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

maybe('conformance: local run vs Argo (fake API + runner)', () => {
  const examples = ['examples/01-tasks/shell.yaml', 'examples/01-tasks/stub.yaml', 'examples/02-sequential/on_failure_fail.yaml', 'examples/02-sequential/on_failure_succeed.yaml', 'examples/02-sequential/retries.yaml', 'examples/03-parameters/passing_parameters_shell.yaml', 'examples/04-catalog/catalog.yaml', 'examples/04-catalog/catalog_on_fail.yaml', 'examples/06-parallel/parallel.yaml', 'examples/07-map/map.yaml', 'examples/08-conditional/conditional.yaml', 'examples/09-loop/loop.yaml'];
  test.each(examples)('%s', async (p) => {
    const params = p.includes('08-conditional') ? 'examples/08-conditional/params.yaml' : undefined;
    const { local, argo, localRun, argoRun } = await runBoth(p, ROOT, params);
    expect(argo).toEqual(local);
    expect(argoRun.phase).toBe(localRun.phase);
  }, 400_000);

  test('random DAGs (fast-check, bounded)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ fail: fc.boolean(), handled: fc.boolean() }), { minLength: 1, maxLength: 4 }), async (steps) => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'conf-prop-'));
        try {
          const names = steps.map((_, i) => `s${i}`);
          const lines = ['dag:', '  start_at: s0', '  steps:'];
          steps.forEach((s, i) => {
            lines.push(`    s${i}: {type: task, command_type: shell, command: "${s.fail ? 'exit 1' : 'export v' + i + '=' + i}", ${s.fail ? '' : `returns: [{name: v${i}}], `}next: ${i + 1 < names.length ? names[i + 1] : 'success'}${s.handled ? `, on_failure: h${i}` : ''}}`);
            if (s.handled) lines.push(`    h${i}: {type: stub, next: success}`);
          });
          writeFileSync(path.join(dir, 'p.yaml'), lines.join('\n') + '\n');
          const { local, argo, localRun, argoRun } = await runBoth('p.yaml', dir);
          expect(argo).toEqual(local);
          expect(argoRun.phase).toBe(localRun.phase);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 5 },
    );
  }, 300_000);
});

/**
 * The routes a real v4.1.2 controller runs differently from the first layout (issue 11): empty lists, fan-outs
 * that fail, conditionals with every key shape and without a match, long loops, retries the controller ends
 * early, Stop mid-run, and an Argo retry of a run whose loop had finished. Same run log and same phase as local,
 * or — where Argo by design does less than local (retries ended early, Stop) — nothing left PROCESSING.
 */
maybe('conformance: the routes where Argo differs', () => {
  const AFTER = `    after: {type: task, command_type: shell, command: 'export seen=yes', returns: [{name: seen}], next: success}\n`;
  const HANDLER = `    handler: {type: task, command_type: shell, command: "true", next: success}\n`;
  const MAP = (handled = false) => `dag:
  start_at: m
  steps:
    m:
      type: map
      iterate_on: items
      iterate_as: x
      next: after
${handled ? '      on_failure: handler\n' : ''}      branch:
        start_at: s
        steps:
          s: {type: task, command_type: shell, command: 'export y="$x"', returns: [{name: y}], next: success}
${AFTER}${handled ? HANDLER : ''}`;
  const same = async (pipeline: string, params?: string, o: BothOptions = {}) => {
    const p = project(pipeline, params);
    try {
      const r = await runBoth('p.yaml', p.dir, { ...o, ...(params ? { params: 'params.yaml' } : {}) });
      expect(r.argo).toEqual(r.local);
      expect(r.argoRun.phase).toBe(r.localRun.phase);
      return r;
    } finally {
      p.done();
    }
  };

  test('a map over []', async () => {
    const r = await same(MAP(), 'items: []\n');
    expect(r.localRun.phase).toBe('Succeeded');
  }, 180_000);

  test('a map whose fan-out fails (no such parameter), handled by on_failure', async () => {
    const r = await same(MAP(true), 'other: 1\n');
    expect(statuses(r.localRun.raw)).toMatchObject({ m: 'FAIL', handler: 'SUCCESS', run: 'SUCCESS' });
  }, 180_000);

  test('a map whose fan-out fails, unhandled: the run FAILs and the workflow fails', async () => {
    const r = await same(MAP(), 'other: 1\n');
    expect(r.argoRun.phase).toBe('Failed');
  }, 180_000);

  const COND = (param: string, keys: string[], handled = false) => `dag:
  start_at: c
  steps:
    c:
      type: conditional
      parameter: ${param}
      next: after
${handled ? '      on_failure: handler\n' : ''}      branches:
${keys.map((k) => `        "${k}": {start_at: s, steps: {s: {type: task, command_type: shell, command: 'export took=${k}', returns: [{name: took}], next: success}}}`).join('\n')}
${AFTER}${handled ? HANDLER : ''}`;

  test.each([
    ['true', 'v: true\n'],
    ['42', 'v: 42\n'],
    ['007', 'v: "007"\n'],
    ['Upper_Case', 'v: Upper_Case\n'],
    ['in', 'v: in\n'],
  ])('a conditional taking branch %s', async (key, params) => {
    const r = await same(COND('v', ['heads', 'true', '42', '007', 'Upper_Case', 'in', 'false']), params);
    expect(statuses(r.localRun.raw)[`c.${key}`]).toBe('SUCCESS');
  }, 180_000);

  test('a conditional without a match (no default): FAIL, handled by on_failure', async () => {
    const r = await same(COND('v', ['a', 'b'], true), 'v: zzz\n');
    expect(statuses(r.localRun.raw)).toMatchObject({ c: 'FAIL', handler: 'SUCCESS' });
  }, 180_000);

  const LOOP = (n: number, after = AFTER) => `dag:
  start_at: l
  steps:
    l:
      type: loop
      max_iterations: ${n}
      break_on: done
      index_as: i
      next: after
      branch:
        start_at: s
        steps:
          s: {type: task, command_type: shell, command: 'export count=$(( \${count:-0} + 1 )); export done=false', returns: [{name: count}, {name: done}], next: success}
${after}`;

  test('a loop of 150 iterations (past the ≈95 a recursive layout reaches)', async () => {
    const r = await same(LOOP(150), undefined, { workers: true });
    expect((r.localRun.raw!.parameters as Record<string, { value: unknown }>).count!.value).toBe(150);
  }, 1_800_000);

  test('an Argo retry after the loop had finished: the loop is skipped, the failed step runs again', async () => {
    const failing = `    after: {type: task, command_type: shell, command: 'test -f fixed.txt && export seen=yes', returns: [{name: seen}], next: success}\n`;
    const r = await same(LOOP(3, failing), undefined, { retryAfter: (dir) => writeFileSync(path.join(dir, 'fixed.txt'), 'ok') });
    expect(statuses(r.localRun.raw)).toMatchObject({ l: 'SUCCESS', after: 'SUCCESS', run: 'SUCCESS' });
  }, 300_000);

  test('retries the controller ends early (backoff.maxDuration): nothing left PROCESSING, same phase', async () => {
    const p = project(`dag:\n  start_at: t\n  steps:\n    t: {type: task, command_type: shell, command: "exit 3", max_attempts: 3, next: success}\n`);
    try {
      const r = await runBoth('p.yaml', p.dir, { argoConfig: `    defaults: {image: project:test, retryStrategy: {backoff: {duration: "30s", maxDuration: "10s"}}}\n` });
      const s = statuses(r.argoRun.raw);
      expect(Object.values(s)).not.toContain('PROCESSING');
      expect(s).toMatchObject({ run: 'FAIL', t: 'FAIL' });
      expect(r.argoRun.phase).toBe(r.localRun.phase);
      // Local makes 3 attempts; the controller stopped after the first (operator.go processNodeRetries).
      expect(r.argoRun.raw!.steps.t!.attempts.length).toBeLessThan(3);
    } finally {
      p.done();
    }
  }, 300_000);

  test('Stop mid-run: the exit handler settles the run log, nothing PROCESSING', async () => {
    const marker = path.join(mkdtempSync(path.join(os.tmpdir(), 'conf-stop-')), 'started');
    const p = project(`dag:\n  start_at: slow\n  steps:\n    slow: {type: task, command_type: shell, command: "touch ${marker}; sleep 20", next: after}\n${AFTER}`);
    try {
      const r = await runBoth('p.yaml', p.dir, {
        whilePolling: async (ctl) => {
          // The local run touched the marker first: wait for the Argo pod's touch.
          const since = Date.now() - 1000;
          const touched = () => existsSync(marker) && statSync(marker).mtimeMs > since;
          for (let i = 0; i < 1200 && !touched(); i++) await new Promise((res) => setTimeout(res, 100));
          ctl.abort();
        },
      });
      const s = statuses(r.argoRun.raw);
      expect(Object.values(s)).not.toContain('PROCESSING');
      expect(s.run).toBe('FAIL');
      expect(s.after).toBeUndefined();
      expect(r.argoRun.phase).toBe('Failed');
    } finally {
      p.done();
      rmSync(path.dirname(marker), { recursive: true, force: true });
    }
  }, 300_000);
});

/**
 * Issue 11 follow-ups: Terminate (Argo runs no exit handler: the watcher's finaliser Workflow settles the run
 * log), runnable's own `pvc_for_runnable` layout (stores moved onto the claim with `--stores-on`), and a
 * 1,000-iteration loop (≈ 2,000 pods, in pooled CLI processes).
 */
maybe('conformance: Terminate, the pvc_for_runnable layout, a 1,000-iteration loop', () => {
  test('Terminate mid-run: no exit handler runs; the finaliser Workflow settles the run log like a local cancelled run', async () => {
    const marker = path.join(mkdtempSync(path.join(os.tmpdir(), 'conf-term-')), 'started');
    const p = project(`dag:\n  start_at: slow\n  steps:\n    slow: {type: task, command_type: shell, command: "touch ${marker}; sleep 30", next: after}\n    after: {type: task, command_type: shell, command: 'export seen=yes', returns: [{name: seen}], next: success}\n`);
    try {
      const r = await runBoth('p.yaml', p.dir, { interruptAt: marker });
      const s = statuses(r.argoRun.raw);
      expect(Object.values(s)).not.toContain('PROCESSING');
      expect(s).toEqual(statuses(r.localRun.raw));
      expect(s).toEqual({ run: 'FAIL', slow: 'FAIL' });
      expect(r.argo).toEqual(r.local);
      expect(r.argoRun.phase).toBe('Failed');
      // Argo ran no exit handler (operator.go operate: not on Terminate); the watcher's finaliser did the work.
      const nodes = Object.values((r.argoRun.polled!.workflow.status.nodes ?? {}) as Record<string, { name: string }>);
      expect(nodes.some((n) => n.name.endsWith('.onExit'))).toBe(false);
      expect(r.argoRun.polled!.finalised).toMatchObject({ phase: 'Succeeded', reason: expect.stringMatching(/without running its exit handler \(Argo runs none on Terminate\)/) });
    } finally {
      p.done();
      rmSync(path.dirname(marker), { recursive: true, force: true });
    }
  }, 300_000);

  test("runnable's pvc_for_runnable with default store locations (examples/configs/argo-runnable-pvc.yaml): stores on the claim", async () => {
    const argoYaml = readFileSync(path.join(ROOT, 'examples/configs/argo-runnable-pvc.yaml'), 'utf8');
    const r = await runBoth('examples/04-catalog/catalog.yaml', ROOT, { argoYaml, argoStore: 'runnable/run_logs' });
    expect(r.argoRun.raw).toBeDefined();
    expect(r.argo).toEqual(r.local);
    expect(r.argoRun.phase).toBe(r.localRun.phase);
    expect(r.localRun.phase).toBe('Succeeded');
  }, 400_000);

  test('a loop of 1,000 iterations (≈ 2,000 pods)', async () => {
    const p = project(`dag:
  start_at: l
  steps:
    l:
      type: loop
      max_iterations: 1000
      break_on: done
      index_as: i
      next: after
      branch:
        start_at: s
        steps:
          s: {type: task, command_type: shell, command: 'export count=$(( \${count:-0} + 1 )); export done=false', returns: [{name: count}, {name: done}], next: success}
    after: {type: task, command_type: shell, command: 'export seen=yes', returns: [{name: seen}], next: success}
`);
    try {
      const r = await runBoth('p.yaml', p.dir, { workers: true });
      expect(r.argo).toEqual(r.local);
      expect(r.argoRun.phase).toBe(r.localRun.phase);
      expect((r.localRun.raw!.parameters as Record<string, { value: unknown }>).count!.value).toBe(1000);
    } finally {
      p.done();
    }
  }, 3_600_000);
});

test('the bundled CLI implements the Argo pod protocol (--orchestrator argo)', () => {
  expect(supported).toBe(true);
});
