/**
 * The Argo runner (test/support/argo-runner.ts): the controller emulator with real processes as pods, behind the
 * fake API server and the real submit/poll code. Hand-written workflows, so these tests do not depend on how the
 * compiler lays out a pipeline (test/argo/conformance.test.ts covers compiled pipelines end to end).
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pollWorkflow } from '../../src/argo/poll.js';
import { submitWorkflow } from '../../src/argo/submit.js';
import { ArgoRunner, evalDepends, evalWhen } from '../support/argo-runner.js';
import { FakeKubeApi, startFakeKubeApi } from '../support/fake-kube-api.js';
import { waitFor } from '../support/wait.js';

let api: FakeKubeApi;
let dir: string;
beforeEach(async () => {
  api = await startFakeKubeApi();
  dir = mkdtempSync(path.join(os.tmpdir(), 'argo-runner-test-'));
});
afterEach(async () => {
  await api.stop();
  rmSync(dir, { recursive: true, force: true });
});

type Obj = Record<string, any>;
const sh = (name: string, script: string, extra: Obj = {}): Obj => ({ name, container: { image: 'busybox', command: ['sh', '-c', script] }, ...extra });
const manifest = (spec: Obj): Obj => ({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', metadata: { generateName: 'runner-' }, spec });

async function run(spec: Obj, during?: (ns: string, name: string) => Promise<void>) {
  const runner = new ArgoRunner({ api, projectDir: dir, cli: [process.execPath], isolate: false });
  let done: Promise<string> | undefined;
  let ns = 'default';
  api.onCreate = (obj) => {
    ns = obj.metadata.namespace;
    done = runner.run(obj.metadata.namespace, obj.metadata.name);
  };
  const s = await submitWorkflow(manifest(spec), { kubeconfigText: api.kubeconfig(), retry: { baseMs: 5, maxMs: 10 } });
  if (during) await during(ns, s.name);
  const polled = await pollWorkflow(s.name, { kubeconfigText: api.kubeconfig(), retry: { baseMs: 5, maxMs: 10 } });
  const phase = await done!;
  const nodes = Object.values(runner.controller!.nodes);
  return { phase, polled, nodes, node: (d: string) => nodes.find((n) => n.displayName === d)!, name: s.name, runner };
}

describe('ArgoRunner: real processes under the emulated controller', () => {
  test('output parameters travel from a file to the next task; a flaky task is retried; the poller sees Succeeded', async () => {
    const marker = path.join(dir, 'tries');
    const r = await run({
      entrypoint: 'main',
      templates: [
        { name: 'main', dag: { tasks: [{ name: 'produce', template: 'produce' }, { name: 'flaky', template: 'flaky', depends: 'produce.Succeeded', arguments: { parameters: [{ name: 'v', value: '{{tasks.produce.outputs.parameters.v}}' }] } }] } },
        sh('produce', 'printf "it\'s {{workflow.name}}\\n" > /tmp/out-v', { outputs: { parameters: [{ name: 'v', valueFrom: { path: '/tmp/out-v' } }] } }),
        { ...sh('flaky', `echo "{{inputs.parameters.v}} try {{retries}}" >> ${marker}; [ "{{retries}}" = 1 ]`), inputs: { parameters: [{ name: 'v' }] }, retryStrategy: { limit: 3 } },
      ],
    });
    expect(r.phase).toBe('Succeeded');
    expect(r.polled.phase).toBe('Succeeded');
    expect(readFileSync(marker, 'utf8')).toBe(`it's ${r.name} try 0\nit's ${r.name} try 1\n`);
    expect(r.node('flaky')).toMatchObject({ type: 'Retry', phase: 'Succeeded' });
  }, 180_000);

  test('spec.shutdown Stop patched while a pod runs: the process is killed, the exit handler runs, the run ends Failed', async () => {
    const started = path.join(dir, 'started');
    const exitLog = path.join(dir, 'exit');
    const r = await run(
      {
        entrypoint: 'main',
        onExit: 'exit',
        templates: [
          { name: 'main', dag: { tasks: [{ name: 'long', template: 'long' }, { name: 'after', template: 'exit', depends: 'long' }] } },
          sh('long', `touch ${started}; sleep 30`),
          sh('exit', `echo "{{workflow.status}}" >> ${exitLog}`),
        ],
      },
      async (ns, name) => {
        await waitFor(() => existsSyncSafe(started), undefined, 'the pod to start');
        api.get(ns, name)!.spec.shutdown = 'Stop';
      },
    );
    expect(r.phase).toBe('Failed');
    expect(r.node('long')).toMatchObject({ phase: 'Failed', message: 'workflow shutdown with strategy:  Stop' });
    expect(r.node('after').phase).toBe('Omitted');
    expect(readFileSync(exitLog, 'utf8')).toBe('Failed\n');
    expect(r.polled.phase).toBe('Failed');
  }, 180_000);
});

describe('Terminate with real processes', () => {
  // signals_test.go TestTerminateBehavior: no exit handler on Terminate. And operator.go markWorkflowPhase: the
  // workflow is completed only when the killed pods' task results are in, i.e. after their containers stopped.
  test('the killed pod finishes its SIGTERM handling before the workflow completes; no exit handler runs', async () => {
    const started = path.join(dir, 'started');
    const trapped = path.join(dir, 'trapped');
    const exitLog = path.join(dir, 'exit');
    const r = await run(
      {
        entrypoint: 'main',
        onExit: 'exit',
        templates: [
          { name: 'main', dag: { tasks: [{ name: 'long', template: 'long' }] } },
          // The pod takes a moment to stop after SIGTERM (what a CLI pod does when it records its step).
          sh('long', `trap 'kill $! 2>/dev/null; sleep 1; echo done > ${trapped}; exit 143' TERM; touch ${started}; sleep 30 & wait`),
          sh('exit', `echo "{{workflow.status}}" >> ${exitLog}`),
        ],
      },
      async (ns, name) => {
        await waitFor(() => existsSyncSafe(started), undefined, 'the pod to start');
        api.get(ns, name)!.spec.shutdown = 'Terminate';
      },
    );
    expect(r.phase).toBe('Failed');
    expect(r.polled.phase).toBe('Failed');
    expect(r.polled.message).toBe("Stopped with strategy 'Terminate'");
    // The workflow was reported finished only after the pod's trap had run.
    expect(readFileSync(trapped, 'utf8')).toBe('done\n');
    expect(existsSyncSafe(exitLog)).toBe(false);
    expect(r.nodes.some((n) => n.name.endsWith('.onExit'))).toBe(false);
  }, 180_000);
});

function existsSyncSafe(p: string): boolean {
  try {
    readFileSync(p);
    return true;
  } catch {
    return false;
  }
}

describe('depends and when as the controller evaluates them', () => {
  test('depends: explicit results, bare names, dashes, keywords', () => {
    const res = (m: Record<string, string>) => (t: string) => new Set([m[t]!]);
    expect(evalDepends('a.Succeeded || b.Failed', res({ a: 'Omitted', b: 'Failed' }))).toBe(true);
    expect(evalDepends('(a.Succeeded && !b.Failed)', res({ a: 'Succeeded', b: 'Failed' }))).toBe(false);
    expect(evalDepends('a', res({ a: 'Skipped' }))).toBe(true);
    expect(evalDepends('fan-out.Succeeded', res({ 'fan-out': 'Succeeded' }))).toBe(true);
    // `-` becomes `_`, so `not-x` is `not_x` (fine) but a task named `in` or `not` cannot be referenced.
    expect(evalDepends('not-x.Succeeded', res({ 'not-x': 'Succeeded' }))).toBe(true);
    expect(() => evalDepends('in.Succeeded', res({ in: 'Succeeded' }))).toThrow();
    expect(() => evalDepends('a.Succeeded && not.Succeeded', res({ a: 'Succeeded', not: 'Succeeded' }))).toThrow();
  });

  test('when: govaluate with bare words as strings', () => {
    expect(evalWhen("'heads' == 'heads'")).toBe(true);
    expect(evalWhen("'heads' == 'tails' || false")).toBe(false);
    expect(evalWhen('false')).toBe(false);
    expect(evalWhen('tails == tails')).toBe(true);
    expect(() => evalWhen('my-key == my-key')).toThrow(/modifier '-'/);
  });
});
