/**
 * The controller emulator (test/support/argo-emulator) against Argo's own expectations: each scenario restates,
 * in our own words, a workflow from an Argo v4.1.2 controller or e2e test (cited above it), scripts the pod
 * outcomes that test relies on, and asserts the node and workflow phases that test asserts. Pods are scripted
 * (exit code, duration in virtual time); no real time passes for backoffs or deadlines.
 */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { ArgoController, type NodeStatus, type PodRunner, type PodSpec, type ControllerOptions } from '../support/argo-emulator/controller.js';
import { shouldExecute } from '../support/argo-emulator/govaluate.js';
import { evaluatedExpressions } from '../support/argo-emulator/template.js';

type Obj = Record<string, any>;
interface Outcome {
  exit?: number;
  error?: string;
  ms?: number;
  files?: Record<string, string>;
  stdout?: string;
}

const ctr = (name: string, extra: Obj = {}): Obj => ({ name, container: { image: 'argosay', args: [name] }, ...extra });
const workflow = (spec: Obj, name = 'wf'): Obj => ({ metadata: { name, namespace: 'argo', uid: '0b4ee2a5-uid' }, spec });

/** Pod outcomes by template name; an array is consumed one attempt at a time (the last entry repeats). */
function script(rules: Record<string, Outcome | Outcome[] | ((p: PodSpec) => Outcome)>, seen: PodSpec[]): PodRunner {
  const used = new Map<string, number>();
  return (p) => {
    seen.push(p);
    const r = rules[p.templateName];
    let o: Outcome = {};
    if (typeof r === 'function') o = r(p);
    else if (Array.isArray(r)) {
      const i = used.get(p.templateName) ?? 0;
      used.set(p.templateName, i + 1);
      o = r[Math.min(i, r.length - 1)]!;
    } else if (r) o = r;
    return { durationMs: o.ms ?? 1000, result: o.error ? { phase: 'Error', exitCode: 137, message: o.error } : { exitCode: o.exit ?? 0, files: o.files, stdout: o.stdout } };
  };
}

async function run(wf: Obj, rules: Parameters<typeof script>[0] = {}, extra: Partial<ControllerOptions> = {}) {
  const pods: PodSpec[] = [];
  const c = new ArgoController(wf, { pods: script(rules, pods), ...extra });
  const r = await c.run();
  const nodes = Object.values(r.nodes);
  const node = (displayName: string): NodeStatus => {
    const n = nodes.find((x) => x.displayName === displayName);
    if (!n) throw new Error(`no node ${displayName}: ${nodes.map((x) => x.displayName).join(', ')}`);
    return n;
  };
  const ph = (displayName: string) => node(displayName).phase;
  return { ...r, node, ph, pods, nodes };
}

describe('DAG phases and depends (workflow/controller/dag_test.go, test/e2e)', () => {
  // dag_test.go TestDagXfail (testdata/dag_xfail.yaml): a failing leaf fails the DAG and the workflow.
  test('a failed leaf task fails the workflow', async () => {
    const r = await run(workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'A', template: 'fail' }, { name: 'B', template: 'pass' }] } }, ctr('fail'), ctr('pass')] }), { fail: { exit: 1 } });
    expect(r.phase).toBe('Failed');
    expect([r.phase, r.node('A').phase]).toEqual(['Failed', 'Failed']);
    expect(r.node('A').message).toBe('Error (exit code 1)');
  });

  // dag_test.go TestDagRetrySucceeded: first attempt fails, retry succeeds -> workflow Succeeded.
  test('a retried task that succeeds on its second attempt', async () => {
    const r = await run(workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'A', template: 'flaky' }] } }, ctr('flaky', { retryStrategy: { limit: 2 } })] }), { flaky: [{ exit: 1 }, { exit: 0 }] });
    expect(r.phase).toBe('Succeeded');
    expect(r.node('A').type).toBe('Retry');
    expect(r.phase).toBe('Succeeded');
    expect(r.node('A(0)').phase).toBe('Failed');
    expect(r.node('A(1)').phase).toBe('Succeeded');
  });

  // dag_test.go TestDagRetryExhaustedXfail + status-fixtures/dag-exhausted-retries-omitted.yaml.
  test('exhausted retries: Retry node "No more retries left", dependent Omitted, workflow Failed', async () => {
    const r = await run(workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'A', template: 'bad' }, { name: 'B', template: 'ok', depends: 'A' }] } }, ctr('bad', { retryStrategy: { limit: 1 } }), ctr('ok')] }), { bad: { exit: 1 } });
    expect(r.phase).toBe('Failed');
    expect(r.node('A')).toMatchObject({ type: 'Retry', phase: 'Failed', message: 'No more retries left' });
    expect(r.node('B')).toMatchObject({ type: 'Skipped', phase: 'Omitted', message: 'omitted: depends condition not met' });
    expect(r.pods.filter((p) => p.templateName === 'bad')).toHaveLength(2);
  });

  // dag_test.go TestDagDisableFailFast + status-fixtures/dag-disable-fail-fast.yaml: with failFast false the
  // independent branch still runs to the end; the DAG ends Failed.
  test('failFast: false lets the other branch finish; the DAG still fails', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { failFast: false, tasks: [{ name: 'A', template: 'fail' }, { name: 'B', template: 'slow' }, { name: 'C', template: 'pass', depends: 'B' }] } }, ctr('fail'), ctr('slow'), ctr('pass')] });
    const r = await run(wf, { fail: { exit: 1, ms: 1000 }, slow: { ms: 30_000 } });
    expect(r.phase).toBe('Failed');
    expect([r.phase, r.node('B').phase, r.node('C').phase]).toEqual(['Failed', 'Succeeded', 'Succeeded']);
  });

  // dag.go assessDAGPhase: the BFS returns Running as soon as it meets an unfinished node, so a DAG never fails
  // while one of its pods still runs, failFast or not; the other branch completes.
  test('a failed branch does not end the DAG while another branch is still running', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'A', template: 'fail' }, { name: 'B', template: 'slow' }] } }, ctr('fail'), ctr('slow')] });
    const r = await run(wf, { fail: { exit: 1, ms: 1000 }, slow: { ms: 600_000 } });
    expect([r.phase, r.ph('A'), r.ph('B')]).toEqual(['Failed', 'Failed', 'Succeeded']);
    expect(r.durationMs).toBe(600_000);
  });

  // dag.go executeDAG visits every target (scheduling what it can) before assessDAGPhase; with a free slot the
  // next task starts in the same pass, so dag.failFast does not stop B and C here (the BFS then meets them Running).
  test('dag.failFast with DAG parallelism 1: the remaining tasks still run; the DAG ends Failed either way', async () => {
    const tasks = [{ name: 'A', template: 'fail' }, { name: 'B', template: 'pass' }, { name: 'C', template: 'pass' }];
    const fast = await run(workflow({ entrypoint: 'main', templates: [{ name: 'main', parallelism: 1, dag: { tasks } }, ctr('fail'), ctr('pass')] }), { fail: { exit: 1 } });
    expect(fast.phase).toBe('Failed');
    expect(fast.pods.map((p) => p.templateName)).toEqual(['fail', 'pass', 'pass']);
    const slow = await run(workflow({ entrypoint: 'main', templates: [{ name: 'main', parallelism: 1, dag: { failFast: false, tasks } }, ctr('fail'), ctr('pass')] }), { fail: { exit: 1 } });
    expect(slow.phase).toBe('Failed');
    expect(slow.pods.map((p) => p.templateName)).toEqual(['fail', 'pass', 'pass']);
  });

  // e2e functional/dag-depends.yaml (TestDAGDepends): explicit results select who runs.
  test('depends with .Succeeded / .Failed / ! and ||', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [
      { name: 'main', dag: { tasks: [
        { name: 'A', template: 'pass' },
        { name: 'B', template: 'fail', depends: 'A' },
        { name: 'should-execute-1', template: 'pass', depends: 'A.Succeeded && B.Failed' },
        { name: 'should-execute-2', template: 'pass', depends: 'B.Succeeded || B.Failed' },
        { name: 'should-not-execute', template: 'pass', depends: 'B.Succeeded' },
        { name: 'sink', template: 'pass', depends: 'should-execute-1 && should-execute-2 && (should-not-execute.Omitted || !should-not-execute.Failed)' },
      ] } }, ctr('pass'), ctr('fail')] });
    const r = await run(wf, { fail: { exit: 1 } });
    expect([r.ph('should-execute-1'), r.ph('should-execute-2'), r.ph('should-not-execute'), r.ph('sink')]).toEqual(['Succeeded', 'Succeeded', 'Omitted', 'Succeeded']);
    // The only target is `sink`, which completed Succeeded: B's failure is not a target's branch phase.
    expect(r.phase).toBe('Succeeded');
  });

  // dag_test.go TestEvaluateDependsLogicWhenTaskOmitted: a task depending on an Omitted task is Omitted too.
  test('a dependent of an Omitted task is Omitted; of a Skipped task it runs with the bare form', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [
      { name: 'A', template: 'pass', when: 'false' },
      { name: 'B', template: 'pass', depends: 'A.Succeeded' },
      { name: 'C', template: 'pass', depends: 'B.Succeeded' },
      { name: 'D', template: 'pass', depends: 'A' },
    ] } }, ctr('pass')] });
    const r = await run(wf);
    expect([r.ph('A'), r.ph('B'), r.ph('C'), r.ph('D')]).toEqual(['Skipped', 'Omitted', 'Omitted', 'Succeeded']);
    expect(r.node('A').message).toBe("when 'false' evaluated false");
    expect(r.phase).toBe('Succeeded');
  });

  // dag_test.go TestEvaluateAnyAllDependsLogic: AnySucceeded / AllFailed over an expanded task.
  test('AnySucceeded and AllFailed over withItems children', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { failFast: false, tasks: [
      { name: 'A', template: 'maybe', withItems: ['1', '2'], arguments: { parameters: [{ name: 'x', value: '{{item}}' }] } },
      { name: 'any', template: 'pass', depends: 'A.AnySucceeded' },
      { name: 'all', template: 'pass', depends: 'A.AllFailed' },
    ] } }, { ...ctr('maybe'), inputs: { parameters: [{ name: 'x' }] } }, ctr('pass')] });
    const r = await run(wf, { maybe: (p) => ({ exit: p.template.inputs.parameters[0].value === '1' ? 1 : 0 }) });
    expect([r.ph('A'), r.ph('any'), r.ph('all')]).toEqual(['Failed', 'Succeeded', 'Omitted']);
  });

  // dag_test.go TestSingleDependency / legacy `dependencies`: bare dependency = Succeeded || Skipped || Daemoned.
  test('legacy dependencies run after a Skipped task and not after a Failed one', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { failFast: false, tasks: [
      { name: 'skip', template: 'pass', when: "'a' == 'b'" },
      { name: 'bad', template: 'fail' },
      { name: 'after-skip', template: 'pass', dependencies: ['skip'] },
      { name: 'after-bad', template: 'pass', dependencies: ['bad'] },
    ] } }, ctr('pass'), ctr('fail')] });
    const r = await run(wf, { fail: { exit: 1 } });
    expect([r.ph('after-skip'), r.ph('after-bad')]).toEqual(['Succeeded', 'Omitted']);
    expect(r.phase).toBe('Failed');
  });

  // e2e TestContinueOnFailDag: continueOn.failed lets P run and the workflow succeed.
  test('continueOn failed: the dependent runs and the workflow Succeeds', async () => {
    const wf = workflow({ entrypoint: 'w', templates: [{ name: 'w', dag: { failFast: false, tasks: [{ name: 'F', template: 'fail', continueOn: { failed: true } }, { name: 'P', template: 'pass', dependencies: ['F'] }] } }, ctr('pass'), ctr('fail')] });
    const r = await run(wf, { fail: { exit: 1 } });
    expect([r.phase, r.ph('F'), r.ph('P')]).toEqual(['Succeeded', 'Failed', 'Succeeded']);
  });

  // dag_test.go TestLeafContinueOn + status-fixtures/dag-leaf-continueon.yaml: a failed leaf with continueOn does not fail the DAG.
  test('a failed leaf with continueOn does not fail the DAG', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'A', template: 'pass' }, { name: 'B', template: 'fail', depends: 'A', continueOn: { failed: true } }] } }, ctr('pass'), ctr('fail')] });
    const r = await run(wf, { fail: { exit: 1 } });
    expect([r.phase, r.ph('B')]).toEqual(['Succeeded', 'Failed']);
  });

  // dag.go evaluateDependsLogic: task names with `-` become `_` for expr-lang; an expr keyword fails to compile.
  test('a task named like an expr keyword makes depends unevaluable: the dependent Errors, the workflow Errors', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'in', template: 'pass' }, { name: 'next-step', template: 'pass', depends: 'in.Succeeded' }] } }, ctr('pass')] });
    const r = await run(wf);
    expect(r.node('next-step')).toMatchObject({ type: 'Skipped', phase: 'Error' });
    expect(r.node('next-step').message).toMatch(/^unable to evaluate expression 'in.Succeeded'/);
    expect(r.phase).toBe('Error');
    const ok = await run(workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'my-task', template: 'pass' }, { name: 'b', template: 'pass', depends: 'my-task.Succeeded' }] } }, ctr('pass')] }));
    expect(ok.phase).toBe('Succeeded');
  });
});

describe('withParam / withItems / when (dag.go executeDAGTask, expandTask, resolveDependencyReferences)', () => {
  // e2e TestDAGEmptyParam (functional/dag-empty-param.yaml): 3 nodes, "sleep" Skipped "Skipped, empty params".
  test('empty withParam: a Skipped node, workflow Succeeded, three nodes', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'gen', template: 'gen' }, { name: 'sleep', template: 'pass', depends: 'gen', withParam: '{{tasks.gen.outputs.result}}' }] } }, { name: 'gen', script: { image: 'python', source: 'print([])' } }, ctr('pass')] });
    const r = await run(wf, { gen: { stdout: '[]\n' } });
    expect(r.phase).toBe('Succeeded');
    expect(r.nodes).toHaveLength(3);
    expect(r.node('sleep')).toMatchObject({ phase: 'Skipped', message: 'Skipped, empty params', type: 'Skipped' });
  });

  // e2e TestLoopEmptyParam (functional/loops-empty-param.yaml): steps: 5 nodes, "sleep" Skipped.
  test('empty withParam in steps: Skipped, empty params; workflow Succeeded', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', steps: [[{ name: 'gen', template: 'gen' }], [{ name: 'sleep', template: 'pass', withParam: '{{steps.gen.outputs.result}}' }]] }, { name: 'gen', script: { image: 'python', source: 'print([])' } }, ctr('pass')] });
    const r = await run(wf, { gen: { stdout: '[]' } });
    expect(r.phase).toBe('Succeeded');
    expect(r.nodes).toHaveLength(5);
    expect(r.node('sleep')).toMatchObject({ phase: 'Skipped', message: 'Skipped, empty params' });
  });

  // argo-target.md §4.2 (dag.go): a dependent requiring Succeeded || Failed || Errored of an empty fan-out is Omitted.
  test('a dependent of an empty fan-out that needs Succeeded||Failed||Errored is Omitted; the workflow Succeeds', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [
      { name: 'fan-out', template: 'out' },
      { name: 'map', template: 'pass', depends: 'fan-out.Succeeded', withParam: '{{tasks.fan-out.outputs.parameters.items}}' },
      { name: 'fan-in', template: 'pass', depends: 'map.Succeeded || map.Failed || map.Errored' },
      { name: 'next', template: 'pass', depends: 'fan-in.Succeeded' },
    ] } }, ctr('out', { outputs: { parameters: [{ name: 'items', valueFrom: { path: '/tmp/items', default: '[]' } }] } }), ctr('pass')] });
    const r = await run(wf, { out: { files: { '/tmp/items': '[]' } } });
    expect([r.ph('map'), r.ph('fan-in'), r.ph('next')]).toEqual(['Skipped', 'Omitted', 'Omitted']);
    expect(r.phase).toBe('Succeeded');
  });

  // dag_test.go TestFailsWithParamDAG + status-fixtures/dag-withparam-retry-one-item-failed.yaml.
  test('withParam fan-out with retries: one item fails after retries, the TaskGroup fails, downstream Omitted', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [
      { name: 'A', template: 'pass' },
      { name: 'B', template: 'item', depends: 'A', withParam: '[1, 2, 3]', arguments: { parameters: [{ name: 'n', value: '{{item}}' }] } },
      { name: 'C', template: 'pass', depends: 'B' },
    ] } }, { ...ctr('item', { retryStrategy: { limit: 2 } }), inputs: { parameters: [{ name: 'n' }] } }, ctr('pass')] });
    const r = await run(wf, { item: (p) => ({ exit: p.template.inputs.parameters[0].value === '2' ? 1 : 0 }) });
    expect(r.node('B')).toMatchObject({ type: 'TaskGroup', phase: 'Failed' });
    expect(r.node('B(1:2)')).toMatchObject({ type: 'Retry', phase: 'Failed', message: 'No more retries left' });
    expect([r.ph('B(0:1)'), r.ph('B(2:3)'), r.ph('C')]).toEqual(['Succeeded', 'Succeeded', 'Omitted']);
    expect(r.node('B(1:2)(2)').phase).toBe('Failed');
    expect(r.phase).toBe('Failed');
  });

  // v3.7.12+/v4.0.3+ (dag.go resolveDependencyReferences): a `when` with {{item}} is evaluated before expansion;
  // '{{item}}' == 'x' is a false comparison of literal text, so the task is Skipped and nothing runs.
  test("when '{{item}}' == … on a withParam task: evaluated before expansion, the whole task is Skipped", async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [
      { name: 'gen', template: 'gen' },
      { name: 'branch', template: 'pass', depends: 'gen', withParam: '{{tasks.gen.outputs.parameters.keys}}', when: "'{{item}}' == 'heads'" },
      { name: 'join', template: 'pass', depends: 'branch.Succeeded' },
    ] } }, ctr('gen', { outputs: { parameters: [{ name: 'keys', valueFrom: { path: '/tmp/k' } }] } }), ctr('pass')] });
    const r = await run(wf, { gen: { files: { '/tmp/k': '["heads","tails"]' } } });
    expect(r.node('branch')).toMatchObject({ type: 'Skipped', phase: 'Skipped', message: 'Skipped, empty params' });
    expect(r.ph('join')).toBe('Omitted');
    expect(r.pods.map((p) => p.templateName)).toEqual(['gen']);
    expect(r.phase).toBe('Succeeded');
  });

  // The same `when` on withItems (the list is already known): expanded first, each item's when evaluated.
  test("when '{{item}}' on withItems is evaluated per item (the list needs no resolution)", async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'branch', template: 'pass', withItems: ['heads', 'tails'], when: "'{{item}}' == 'heads'" }] } }, ctr('pass')] });
    const r = await run(wf);
    expect([r.ph('branch(0:heads)'), r.ph('branch(1:tails)')]).toEqual(['Succeeded', 'Skipped']);
    expect(r.phase).toBe('Succeeded');
  });

  // Conditional on an upstream output (the form argo-target.md §4.3 recommends): resolves before evaluation.
  test('when comparing an upstream output: the matching branch runs, the others are Skipped', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [
      { name: 'c-fan-out', template: 'out' },
      { name: 'heads', template: 'pass', depends: 'c-fan-out.Succeeded', when: "'{{tasks.c-fan-out.outputs.parameters.case}}' == 'heads'" },
      { name: 'tails', template: 'pass', depends: 'c-fan-out.Succeeded', when: "'{{tasks.c-fan-out.outputs.parameters.case}}' == 'tails'" },
      { name: 'c-fan-in', template: 'pass', depends: '(heads.Succeeded || heads.Skipped) && (tails.Succeeded || tails.Skipped)' },
    ] } }, ctr('out', { outputs: { parameters: [{ name: 'case', valueFrom: { path: '/tmp/case', default: 'default' } }] } }), ctr('pass')] });
    const r = await run(wf, { out: { files: { '/tmp/case': 'tails\n' } } });
    expect([r.ph('heads'), r.ph('tails'), r.ph('c-fan-in')]).toEqual(['Skipped', 'Succeeded', 'Succeeded']);
    expect(r.phase).toBe('Succeeded');
  });

  // steps.go shouldExecute: an unquoted value with '-' is parsed as subtraction of strings -> the node Errors.
  test('an unquoted key with a dash in when: govaluate error, the task Errors, the workflow Errors', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: 'out' }, { name: 'b', template: 'pass', depends: 'a', when: '{{tasks.a.outputs.parameters.case}} == my-key' }] } }, ctr('out', { outputs: { parameters: [{ name: 'case', valueFrom: { path: '/tmp/case' } }] } }), ctr('pass')] });
    const r = await run(wf, { out: { files: { '/tmp/case': 'my-key' } } });
    expect(r.node('b').phase).toBe('Error');
    expect(r.node('b').message).toMatch(/cannot be used with the modifier '-'/);
    expect(r.phase).toBe('Error');
  });

  // dag_test.go TestDAGSkippedOutputDefault: a Skipped producer's output resolves to its valueFrom.default.
  test("a Skipped producer's output resolves to its default; without one the consumer Errors", async () => {
    const tmpl = (def?: string) => ctr('prod', { outputs: { parameters: [{ name: 'p', valueFrom: { path: '/tmp/p', ...(def !== undefined ? { default: def } : {}) } }] } });
    const dag = { name: 'main', dag: { tasks: [{ name: 'prod', template: 'prod', when: 'false' }, { name: 'cons', template: 'cons', depends: 'prod', arguments: { parameters: [{ name: 'x', value: 'got {{tasks.prod.outputs.parameters.p}}' }] } }] } };
    const cons = { ...ctr('cons'), inputs: { parameters: [{ name: 'x' }] } };
    const withDefault = await run(workflow({ entrypoint: 'main', templates: [dag, tmpl('dflt'), cons] }));
    expect(withDefault.phase).toBe('Succeeded');
    expect(withDefault.pods.find((p) => p.templateName === 'cons')!.template.inputs.parameters[0].value).toBe('got dflt');
    const without = await run(workflow({ entrypoint: 'main', templates: [dag, tmpl(), cons] }));
    expect(without.node('cons').phase).toBe('Error');
    expect(without.phase).toBe('Error');
  });

  // operator_test.go TestWithParamAsJsonList / processItem: object items name nodes key:value sorted; {{item.k}}.
  test('object items: node names from sorted key:value pairs, {{item.key}} substituted', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 't', template: 'echo', withParam: '[{"os":"linux","v":1},{"os":"mac","v":2}]', arguments: { parameters: [{ name: 'x', value: '{{item.os}}-{{item.v}}' }] } }] } }, { ...ctr('echo'), inputs: { parameters: [{ name: 'x' }] } }] });
    const r = await run(wf);
    expect(r.node('t(0:os:linux,v:1)').phase).toBe('Succeeded');
    expect(r.pods.map((p) => p.template.inputs.parameters[0].value).sort()).toEqual(['linux-1', 'mac-2']);
  });

  // operator_test.go TestSequence / TestExpandWithSequence.
  test('withSequence count expands to string items', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 's', template: 'pass', withSequence: { count: '3' } }] } }, ctr('pass')] });
    const r = await run(wf);
    expect(['s(0:0)', 's(1:1)', 's(2:2)'].map((n) => r.ph(n))).toEqual(['Succeeded', 'Succeeded', 'Succeeded']);
  });

  // dag_test.go TestDAGReferTaskAggregatedOutputs: {{tasks.X.outputs.parameters.p}} of a fan-out is a JSON list.
  test('aggregated outputs of a fan-out are a JSON list in item order', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [
      { name: 'gen', template: 'gen', withItems: ['a', 'b', 'c'], arguments: { parameters: [{ name: 'x', value: '{{item}}' }] } },
      { name: 'sum', template: 'sum', depends: 'gen', arguments: { parameters: [{ name: 'all', value: '{{tasks.gen.outputs.parameters.out}}' }] } },
    ] } }, { ...ctr('gen', { outputs: { parameters: [{ name: 'out', valueFrom: { path: '/o' } }] } }), inputs: { parameters: [{ name: 'x' }] } }, { ...ctr('sum'), inputs: { parameters: [{ name: 'all' }] } }] });
    const r = await run(wf, { gen: (p) => ({ files: { '/o': `v-${p.template.inputs.parameters[0].value}\n` }, ms: p.template.inputs.parameters[0].value === 'a' ? 5000 : 1000 }) });
    expect(r.pods.find((p) => p.templateName === 'sum')!.template.inputs.parameters[0].value).toBe('["v-a","v-b","v-c"]');
  });
});

describe('steps templates (workflow/controller/steps_test.go, operator_test.go)', () => {
  // steps_test.go TestStepsFailedRetries + status-fixtures/steps-failed-retries.yaml.
  test('a step whose retries are exhausted fails its StepGroup, the Steps node and the workflow', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', steps: [[{ name: 'a', template: 'bad' }], [{ name: 'b', template: 'pass' }]] }, ctr('bad', { retryStrategy: { limit: 2, retryPolicy: 'Always' } }), ctr('pass')] });
    const r = await run(wf, { bad: { exit: 1 } });
    expect(r.phase).toBe('Failed');
    expect(r.node('[0]').phase).toBe('Failed');
    expect(r.node('a')).toMatchObject({ type: 'Retry', phase: 'Failed', message: 'No more retries left' });
    expect(r.nodes.find((n) => n.displayName === 'b')).toBeUndefined();
  });

  // e2e TestContinueOnFail (steps): continueOn.failed keeps the group going.
  test('steps continueOn failed: the next group runs, the workflow Succeeds', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', steps: [[{ name: 'f', template: 'fail', continueOn: { failed: true } }, { name: 'p', template: 'pass' }], [{ name: 'after', template: 'pass' }]] }, ctr('fail'), ctr('pass')] });
    const r = await run(wf, { fail: { exit: 1 } });
    expect([r.phase, r.ph('f'), r.ph('after')]).toEqual(['Succeeded', 'Failed', 'Succeeded']);
  });

  // steps.go executeStepGroup: a `when` that evaluates false skips the step; the group still succeeds.
  test('steps when false: Skipped with the controller message', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', steps: [[{ name: 'flip', template: 'out' }], [{ name: 'heads', template: 'pass', when: '{{steps.flip.outputs.result}} == heads' }, { name: 'tails', template: 'pass', when: '{{steps.flip.outputs.result}} == tails' }]] }, { name: 'out', script: { image: 'python', source: 'print("tails")' } }, ctr('pass')] });
    const r = await run(wf, { out: { stdout: 'tails\n' } });
    expect([r.ph('heads'), r.ph('tails'), r.phase]).toEqual(['Skipped', 'Succeeded', 'Succeeded']);
    expect(r.node('heads').message).toBe("when 'tails == heads' evaluated false");
  });

  // operator_test.go TestRetriesVariable / TestStepsRetriesVariable: {{retries}} is the attempt index.
  test('{{retries}} is the attempt index in each retry pod', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', steps: [[{ name: 'a', template: 'r' }]] }, { name: 'r', retryStrategy: { limit: 3 }, container: { image: 'x', args: ['attempt {{retries}}'] } }] });
    const r = await run(wf, { r: { exit: 1 } });
    expect(r.pods.map((p) => p.template.container.args[0])).toEqual(['attempt 0', 'attempt 1', 'attempt 2', 'attempt 3']);
    expect(r.phase).toBe('Failed');
  });
});

describe('retries stopped early (operator.go processNodeRetries)', () => {
  // operator_test.go TestProcessNodeRetriesOnErrors: retryPolicy OnError does not retry a Failed attempt.
  test('retryPolicy OnError: a Failed attempt is not retried', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: 'r' }] } }, ctr('r', { retryStrategy: { limit: 5, retryPolicy: 'OnError' } })] });
    const r = await run(wf, { r: { exit: 1 } });
    expect(r.pods).toHaveLength(1);
    expect(r.node('a')).toMatchObject({ phase: 'Failed', message: 'Error (exit code 1)' });
    expect(r.phase).toBe('Failed');
  });

  // operator_test.go TestProcessNodesNoRetryWithError: OnFailure (default) does not retry an Errored attempt.
  test('retryPolicy OnFailure: an Errored attempt (evicted pod) is not retried', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: 'r' }] } }, ctr('r', { retryStrategy: { limit: 5 } })] });
    const r = await run(wf, { r: { error: 'pod deleted' } });
    expect(r.pods).toHaveLength(1);
    expect(r.node('a')).toMatchObject({ phase: 'Error', message: 'pod deleted' });
    expect(r.phase).toBe('Error');
  });

  // operator_test.go TestProcessNodeRetriesWithExpression: the expression decides; false stops with its message.
  test('retry expression false stops retrying', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: 'r' }] } }, ctr('r', { retryStrategy: { limit: 10, expression: 'asInt(lastRetry.exitCode) == 2' } })] });
    const r = await run(wf, { r: [{ exit: 2 }, { exit: 2 }, { exit: 3 }] });
    expect(r.pods).toHaveLength(3);
    expect(r.node('a')).toMatchObject({ phase: 'Failed', message: 'retryStrategy.expression evaluated to false' });
  });

  // operator_test.go TestBackoffExceedsMaxDuration: the next backoff would pass maxDuration -> stop.
  test('backoff that would exceed maxDuration stops retrying', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: 'r' }] } }, ctr('r', { retryStrategy: { limit: 10, backoff: { duration: '10s', factor: 2, maxDuration: '60s' } } })] });
    const r = await run(wf, { r: { exit: 1, ms: 1000 } });
    // attempts start at 0, 11, 32 (+10s, +20s); the next wait of 40s would end at 73s > 60s.
    expect(r.pods.map((p) => (p.createdAt - r.pods[0]!.createdAt) / 1000)).toEqual([0, 11, 32]);
    expect(r.node('a')).toMatchObject({ phase: 'Failed', message: 'Backoff would exceed max duration limit' });
  });

  // operator_test.go TestMaxDurationOnErroredFirstNode: past maxDuration -> "Max duration limit exceeded".
  test('maxDuration already exceeded stops retrying', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: 'r' }] } }, ctr('r', { retryStrategy: { limit: 10, retryPolicy: 'Always', backoff: { duration: '1s', maxDuration: '5s' } } })] });
    const r = await run(wf, { r: { exit: 1, ms: 4000 } });
    expect(r.node('a')).toMatchObject({ phase: 'Failed' });
    expect(['Max duration limit exceeded', 'Backoff would exceed max duration limit', 'Pod was active on the node longer than the specified deadline']).toContain(r.node('a').message);
    expect(r.pods.length).toBeLessThanOrEqual(2);
  });

  // operator_test.go TestProcessNodeRetriesWithBackoff / TestBackoffMessage: waits are virtual, message "Backoff for …".
  test('exponential backoff spaces attempts by duration * factor^n without real waiting', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: 'r' }] } }, ctr('r', { retryStrategy: { limit: 3, backoff: { duration: '1m', factor: 2 } } })] });
    const r = await run(wf, { r: [{ exit: 1, ms: 0 }, { exit: 1, ms: 0 }, { exit: 0, ms: 0 }] });
    expect(r.pods.map((p) => (p.createdAt - r.pods[0]!.createdAt) / 60_000)).toEqual([0, 1, 3]);
    expect(r.phase).toBe('Succeeded');
  });

  // e2e retry_test.go TestRetryLimit: limit N -> N+1 attempts, then Failed.
  test('limit 2 gives three attempts', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', steps: [[{ name: 'a', template: 'r' }]] }, ctr('r', { retryStrategy: { limit: '2', retryPolicy: 'Always' } })] });
    const r = await run(wf, { r: { exit: 1 } });
    expect(r.pods).toHaveLength(3);
    expect(r.phase).toBe('Failed');
  });
});

describe('shutdown, deadline, exit handlers (operator.go operate, exec_control.go, exit_handler.go)', () => {
  const long = workflow({ entrypoint: 'main', onExit: 'exit', templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: 'pass' }, { name: 'b', template: 'slow', depends: 'a' }, { name: 'c', template: 'pass', depends: 'b' }] } }, ctr('pass'), ctr('slow'), { ...ctr('exit'), container: { image: 'x', args: ['{{workflow.status}}'] } }] });

  // e2e TestStopBehavior-style (exec_control.go applyExecutionControl): Stop kills running pods, runs onExit.
  test('Stop mid-run: the running pod is Failed, nothing else starts, onExit runs with status Failed', async () => {
    const r = await run(long, { slow: { ms: 60_000 } }, { events: [{ at: 10_000, shutdown: 'Stop' }] });
    expect(r.node('b')).toMatchObject({ phase: 'Failed', message: 'workflow shutdown with strategy:  Stop' });
    expect(r.ph('c')).toBe('Omitted');
    expect(r.node('wf.onExit').phase).toBe('Succeeded');
    expect(r.pods.find((p) => p.templateName === 'exit')!.template.container.args).toEqual(['Failed']);
    expect(r).toMatchObject({ phase: 'Failed', message: "Stopped with strategy 'Stop'" });
  });

  // e2e TestTerminateWorkflowWhileOnExitHandlerRunning / ShutdownStrategy.ShouldExecute: Terminate runs no onExit.
  test('Terminate mid-run: running pod Failed, no exit handler, workflow Failed', async () => {
    const r = await run(long, { slow: { ms: 60_000 } }, { events: [{ at: 10_000, shutdown: 'Terminate' }] });
    expect(r.node('b').phase).toBe('Failed');
    expect(r.nodes.find((n) => n.name === 'wf.onExit')).toBeUndefined();
    expect(r.phase).toBe('Failed');
  });

  // operator_test.go TestFailSuspendedAndPendingNodesAfterShutdown + processNodeRetries: a shutdown ends retries.
  test('Stop during a retry backoff ends the retries with "Stopped with strategy"', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: 'r' }] } }, ctr('r', { retryStrategy: { limit: 5, backoff: { duration: '1m' } } })] });
    const r = await run(wf, { r: { exit: 1, ms: 1000 } }, { events: [{ at: 30_000, shutdown: 'Stop' }] });
    expect(r.node('a')).toMatchObject({ phase: 'Failed', message: "Stopped with strategy 'Stop'" });
    expect(r.pods).toHaveLength(1);
    expect(r.phase).toBe('Failed');
  });

  // operator_test.go TestFailSuspendedAndPendingNodesAfterDeadline + exec_control.go: the workflow deadline.
  test('activeDeadlineSeconds: the running pod "Step exceeded its deadline"; the exit handler still runs', async () => {
    const wf = { ...long, spec: { ...long.spec, activeDeadlineSeconds: 30 } };
    const r = await run(wf, { slow: { ms: 600_000 } });
    expect(r.node('b')).toMatchObject({ phase: 'Failed', message: 'Step exceeded its deadline' });
    expect(r.node('wf.onExit').phase).toBe('Succeeded');
    expect(r.phase).toBe('Failed');
  });

  // operator_test.go TestStepsOnExit / TestGlobalVarsOnExit: onExit sees workflow.status; a failing exit handler fails a Succeeded workflow.
  test('a failing exit handler turns a Succeeded workflow into Failed', async () => {
    const wf = workflow({ entrypoint: 'main', onExit: 'exit', templates: [{ name: 'main', steps: [[{ name: 'a', template: 'pass' }]] }, ctr('pass'), ctr('exit')] });
    const r = await run(wf, { exit: { exit: 1 } });
    expect(r.node('wf.onExit').phase).toBe('Failed');
    expect(r).toMatchObject({ phase: 'Failed', message: 'Error (exit code 1)' });
  });

  // operator_test.go TestStepsOnExitFailures: {{workflow.failures}} lists failed nodes (as a quoted JSON string).
  test('workflow.failures reaches the exit handler', async () => {
    const wf = workflow({ entrypoint: 'main', onExit: 'exit', templates: [{ name: 'main', steps: [[{ name: 'a', template: 'fail' }]] }, ctr('fail'), { name: 'exit', container: { image: 'x', args: ['{{workflow.failures}}'] } }] });
    const r = await run(wf, { fail: { exit: 1 } });
    const arg = r.pods.find((p) => p.templateName === 'exit')!.template.container.args[0] as string;
    const failures = JSON.parse(JSON.parse(arg)) as { displayName: string; phase: string }[];
    expect(failures.map((f) => f.displayName)).toContain('a');
    expect(r.phase).toBe('Failed');
  });

  // dag_test.go TestOnExitDAGPhase + status-fixtures/dag-onexit-node-phase.yaml: a task-level onExit runs after the task.
  test('task-level onExit runs after the task, then dependents run', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: 'fail', onExit: 'cleanup' }, { name: 'b', template: 'pass', depends: 'a.Failed' }] } }, ctr('fail'), ctr('pass'), ctr('cleanup')] });
    const r = await run(wf, { fail: { exit: 1 } });
    expect(r.pods.map((p) => p.templateName)).toEqual(['fail', 'cleanup', 'pass']);
    expect(r.ph('b')).toBe('Succeeded');
  });
});

describe('edge rules: timeouts, shutdown during onExit, transient errors, workflow-level retries', () => {
  // e2e TestTemplateLevelTimeout / workflowpod.go build: template `timeout` becomes the pod's activeDeadlineSeconds.
  test('template timeout kills a long pod: Failed, workflow Failed', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: 'slow' }] } }, ctr('slow', { timeout: '5s' })] });
    const r = await run(wf, { slow: { ms: 600_000 } });
    expect(r.node('a')).toMatchObject({ phase: 'Failed', message: 'Pod was active on the node longer than the specified deadline' });
    expect(r.phase).toBe('Failed');
    // Virtual time (the emulator's clock, not the wall): the workflow ends at the 5 s deadline, not the pod's 600 s.
    expect({ endedAtDeadline: r.durationMs >= 5_000 && r.durationMs < 600_000 }).toEqual({ endedAtDeadline: true });
  });

  // e2e TestTerminateWorkflowWhileOnExitHandlerRunning: Terminate while the exit handler (steps) runs fails its
  // Steps and StepGroup nodes; the workflow ends Failed.
  test('Terminate during the exit handler: its steps nodes fail, the workflow Fails', async () => {
    const wf = workflow({ entrypoint: 'main', onExit: 'exit', templates: [{ name: 'main', steps: [[{ name: 'a', template: 'pass' }]] }, { name: 'exit', steps: [[{ name: 'sleep', template: 'slow' }]] }, ctr('pass'), ctr('slow')] });
    const r = await run(wf, { pass: { ms: 1000 }, slow: { ms: 600_000 } }, { events: [{ at: 5000, shutdown: 'Terminate' }] });
    expect(r.node('a').phase).toBe('Succeeded');
    expect(r.node('wf.onExit')).toMatchObject({ type: 'Steps', phase: 'Failed' });
    expect(r.node('sleep')).toMatchObject({ phase: 'Failed', message: 'workflow shutdown with strategy:  Terminate' });
    for (const n of r.nodes.filter((x) => x.type === 'Steps' || x.type === 'StepGroup')) if (n.name.includes('onExit')) expect([n.name, n.phase]).toEqual([n.name, 'Failed']);
    expect(r.phase).toBe('Failed');
  });

  // operator_test.go TestProcessNodeRetriesOnTransientErrors: OnTransientError retries only transient messages.
  test('retryPolicy OnTransientError retries a transient error, not an exit code', async () => {
    const wf = (t: string) => workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: t }] } }, ctr('t1', { retryStrategy: { limit: 3, retryPolicy: 'OnTransientError' } }), ctr('t2', { retryStrategy: { limit: 3, retryPolicy: 'OnTransientError' } })] });
    const transient = await run(wf('t1'), { t1: [{ error: 'dial tcp: connection refused' }, { exit: 0 }] });
    expect([transient.phase, transient.pods.length]).toEqual(['Succeeded', 2]);
    const plain = await run(wf('t2'), { t2: { exit: 1 } });
    expect([plain.phase, plain.pods.length]).toEqual(['Failed', 1]);
  });

  // operator.go retryStrategy(): spec.retryStrategy applies to every template, DAGs included, so attempts
  // multiply (argo-target.md §4.4, Kubeflow #13990): one failing pod under a DAG with limit 1 runs 4 times.
  test('spec.retryStrategy retries the DAG as well as its pod: 2 x 2 attempts', async () => {
    const wf = workflow({ entrypoint: 'main', retryStrategy: { limit: 1 }, templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: 'fail' }] } }, ctr('fail')] });
    const r = await run(wf, { fail: { exit: 1 } });
    expect(r.pods).toHaveLength(4);
    expect(r.phase).toBe('Failed');
    expect(r.nodes.find((n) => n.name === 'wf')!.type).toBe('Retry');
  });

  // operator.go getWorkflowDeadline: setting activeDeadlineSeconds on a running workflow terminates it.
  test('activeDeadlineSeconds set to 0 on a running workflow stops it', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'a', template: 'slow' }, { name: 'b', template: 'slow', depends: 'a' }] } }, ctr('slow')] });
    const r = await run(wf, { slow: { ms: 600_000 } }, { events: [{ at: 20_000, activeDeadlineSeconds: 0 }] });
    expect(r.node('a')).toMatchObject({ phase: 'Failed', message: 'Step exceeded its deadline' });
    expect(r.ph('b')).toBe('Omitted');
    expect(r.phase).toBe('Failed');
  });
});

describe('shutdown as test/e2e/signals_test.go expects it', () => {
  // functional/stop-terminate.yaml, restated: task A sleeps with a task-level onExit; the workflow has an onExit.
  const stopTerminate = workflow({ entrypoint: 'main', onExit: 'exit', templates: [{ name: 'main', dag: { tasks: [{ name: 'A', template: 'echo', onExit: 'exit-template' }] } }, ctr('echo'), ctr('exit'), ctr('exit-template')] });
  const pods = { echo: { ms: 999_000 }, 'exit-template': { ms: 5000 } };

  // signals_test.go TestStopBehavior: A Failed/Error, A.onExit Succeeded, <wf>.onExit Succeeded, workflow Failed/Error.
  test('Stop: both exit handlers run', async () => {
    const r = await run(stopTerminate, pods, { events: [{ at: 3000, shutdown: 'Stop' }] });
    expect(['Failed', 'Error']).toContain(r.phase);
    expect(['Failed', 'Error']).toContain(r.ph('A'));
    expect(r.ph('A.onExit')).toBe('Succeeded');
    expect(r.ph('wf.onExit')).toBe('Succeeded');
  });

  // signals_test.go TestTerminateBehavior: A Failed/Error, no A.onExit, no <wf>.onExit.
  test('Terminate: no exit handler runs', async () => {
    const r = await run(stopTerminate, pods, { events: [{ at: 3000, shutdown: 'Terminate' }] });
    expect(['Failed', 'Error']).toContain(r.phase);
    expect(['Failed', 'Error']).toContain(r.ph('A'));
    expect(r.nodes.find((n) => n.displayName === 'A.onExit')).toBeUndefined();
    expect(r.nodes.find((n) => n.displayName === 'wf.onExit')).toBeUndefined();
  });

  // signals_test.go TestDoNotCreatePodsUnderStopBehavior (functional/stop-terminate-2.yaml): steps A then B.
  test('Stop in a steps workflow: A Failed, B never created, workflow Failed', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', steps: [[{ name: 'A', template: 'sleep' }], [{ name: 'B', template: 'pass' }]] }, ctr('sleep'), ctr('pass')] });
    const r = await run(wf, { sleep: { ms: 999_000 } }, { events: [{ at: 3000, shutdown: 'Stop' }] });
    expect(r.phase).toBe('Failed');
    expect(r.ph('A')).toBe('Failed');
    expect(r.nodes.find((n) => n.displayName === 'B')).toBeUndefined();
  });
});

describe('test/e2e/expectedfailures, restated: each must end Failed', () => {
  const echo = { name: 'echo', inputs: { parameters: [{ name: 'cmd' }] }, container: { image: 'alpine', command: ['sh', '-c'], args: ['{{inputs.parameters.cmd}}'] } };
  const byCmd = (p: PodSpec): Outcome => ({ exit: /exit 1/.test(p.template.container.args[0]) ? 1 : 0 });
  const cmd = (v: string) => ({ parameters: [{ name: 'cmd', value: v }] });

  // expectedfailures/dag-fail.yaml: diamond A -> B, C -> D where C exits 1: D Omitted.
  test('dag-fail: the diamond with a failing C', async () => {
    const wf = workflow({ entrypoint: 'diamond', templates: [echo, { name: 'diamond', dag: { tasks: [{ name: 'A', template: 'echo', arguments: cmd('echo A') }, { name: 'B', template: 'echo', dependencies: ['A'], arguments: cmd('echo B') }, { name: 'C', template: 'echo', dependencies: ['A'], arguments: cmd('echo C; exit 1') }, { name: 'D', template: 'echo', dependencies: ['B', 'C'], arguments: cmd('echo D') }] } }] });
    const r = await run(wf, { echo: byCmd });
    expect([r.phase, r.ph('B'), r.ph('C'), r.ph('D')]).toEqual(['Failed', 'Succeeded', 'Failed', 'Omitted']);
  });

  // expectedfailures/dag-noroot-branch-failed.yaml: C fails after 4 attempts while B -> D -> E succeed.
  test('dag-noroot-branch-failed: a failed non-root branch fails the DAG after the other branch completes', async () => {
    const wf = workflow({ entrypoint: 'statis', templates: [ctr('a'), ctr('b', { retryStrategy: { limit: 2 } }), ctr('c', { retryStrategy: { limit: 3 } }), ctr('d'), { name: 'statis', dag: { tasks: [{ name: 'A', template: 'a' }, { name: 'B', template: 'b', dependencies: ['A'] }, { name: 'C', template: 'c', dependencies: ['A'] }, { name: 'D', template: 'd', dependencies: ['B'] }, { name: 'E', template: 'd', dependencies: ['D'] }] } }] });
    const r = await run(wf, { b: { ms: 30_000 }, c: { exit: 2 } });
    expect([r.phase, r.ph('C'), r.ph('E')]).toEqual(['Failed', 'Failed', 'Succeeded']);
    expect(r.pods.filter((p) => p.templateName === 'c')).toHaveLength(4);
  });

  // expectedfailures/exit-handler-failed.yaml: the entry passes, the exit handler exits 1.
  test('exit-handler-failed: a failing onExit fails a passing workflow', async () => {
    const r = await run(workflow({ entrypoint: 'pass', onExit: 'fail', templates: [ctr('pass'), ctr('fail')] }), { fail: { exit: 1 } });
    expect([r.phase, r.ph('wf'), r.ph('wf.onExit')]).toEqual(['Failed', 'Succeeded', 'Failed']);
  });

  // expectedfailures/failed-retries.yaml: two parallel steps, each retried once, both fail.
  test('failed-retries: parallel steps with exhausted retries', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', steps: [[{ name: 'fail', template: 'fail' }, { name: 'delayed-fail', template: 'delayed' }]] }, ctr('fail', { retryStrategy: { limit: 1 } }), ctr('delayed', { retryStrategy: { limit: 1 } })] });
    const r = await run(wf, { fail: { exit: 1 }, delayed: { exit: 1, ms: 2000 } });
    expect([r.phase, r.ph('fail'), r.ph('delayed-fail')]).toEqual(['Failed', 'Failed', 'Failed']);
    expect(r.pods).toHaveLength(4);
  });

  // expectedfailures/dag-failFast-hang.yaml: failFast false, a nested steps template fails; must not hang.
  test('dag-failFast-hang: a failing nested steps branch ends the DAG Failed (no hang)', async () => {
    const wf = workflow({ entrypoint: 'retry-with-dags', templates: [
      { name: 'retry-with-dags', dag: { failFast: false, tasks: [{ name: 'A', template: 'success' }, { name: 'B', template: 'success-2', dependencies: ['A'] }, { name: 'C', template: 'sub', dependencies: ['A'] }, { name: 'D', template: 'success', dependencies: ['A', 'C'] }] } },
      { name: 'sub', steps: [[{ name: 'sub-a', template: 'success' }], [{ name: 'sub-b', template: 'fail' }]] },
      ctr('fail', { retryStrategy: { limit: 1 } }), ctr('success', { retryStrategy: { limit: 1 } }), ctr('success-2'),
    ] });
    const r = await run(wf, { fail: { exit: 1 }, 'success-2': { ms: 30_000 } });
    expect([r.phase, r.ph('B'), r.ph('C'), r.ph('D')]).toEqual(['Failed', 'Succeeded', 'Failed', 'Omitted']);
  });

  // hooks_test.go TestExitHandlerWithWorkflowLevelDeadline: deadline 1 s; the exit handler still runs to
  // Succeeded (hooked), the workflow ends Failed.
  test('the workflow deadline does not stop the exit handler', async () => {
    const wf = workflow({ entrypoint: 'main', activeDeadlineSeconds: 1, hooks: { exit: { template: 'exit-handler' } }, templates: [{ name: 'main', steps: [[{ name: 'sleep', template: 'sleep' }]] }, { name: 'exit-handler', steps: [[{ name: 'sleep', template: 'sleep' }]] }, ctr('sleep')] });
    const r = await run(wf, { sleep: { ms: 5000 } });
    expect(r.phase).toBe('Failed');
    expect(r.node('wf.onExit')).toMatchObject({ phase: 'Succeeded', nodeFlag: { hooked: true } });
  });
});

describe('parallelism, stack depth, substitution', () => {
  // operator_test.go TestDAGTemplateParallelismLimit: at most N pods of that DAG at once.
  test('template parallelism 2: never more than two pods of the DAG at a time', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', parallelism: 2, dag: { tasks: ['a', 'b', 'c', 'd', 'e'].map((n) => ({ name: n, template: 'pass' })) } }, ctr('pass')] });
    const r = await run(wf, { pass: { ms: 10_000 } });
    const starts = r.pods.map((p) => p.createdAt - r.pods[0]!.createdAt);
    expect(starts).toEqual([0, 0, 10_000, 10_000, 20_000]);
    expect(r.phase).toBe('Succeeded');
  });

  // operator_test.go TestWorkflowParallelismLimit: spec.parallelism bounds pods across the workflow.
  test('workflow parallelism 1 serialises a fan-out', async () => {
    const wf = workflow({ entrypoint: 'main', parallelism: 1, templates: [{ name: 'main', dag: { tasks: [{ name: 'm', template: 'pass', withItems: [1, 2, 3] }] } }, ctr('pass')] });
    const r = await run(wf, { pass: { ms: 5000 } });
    expect(r.pods.map((p) => p.createdAt - r.pods[0]!.createdAt)).toEqual([0, 5000, 10_000]);
  });

  // e2e TestWorkflowParallelismDAGFailFast (expectedfailures/parallelism-dag-fail-fast.yaml): template failFast +
  // parallelism: after task1 fails no new task starts; the message names failFast.
  test('template failFast with parallelism stops starting tasks after a failure', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', parallelism: 2, failFast: true, dag: { tasks: [{ name: 'task1', template: 'fail' }, { name: 'task2', template: 'slow' }, { name: 'task3', template: 'pass' }, { name: 'task4', template: 'pass' }] } }, ctr('fail'), ctr('slow'), ctr('pass')] });
    const r = await run(wf, { fail: { exit: 1, ms: 1000 }, slow: { ms: 5000 } });
    expect([r.ph('task1'), r.ph('task2')]).toEqual(['Failed', 'Succeeded']);
    expect(r.nodes.find((n) => n.displayName === 'task3')).toBeUndefined();
    expect(r).toMatchObject({ phase: 'Failed', message: 'template has failed or errored children and failFast enabled' });
  });

  // controller.go maxAllowedStackDepth (100), checked in operator.go executeTemplate: a recursion 200 deep errors.
  test('template recursion beyond the stack depth limit: an Error node, workflow Error', async () => {
    const wf = workflow({ entrypoint: 'loop', arguments: { parameters: [{ name: 'n', value: '0' }] }, templates: [
      { name: 'loop', inputs: { parameters: [{ name: 'n' }] }, dag: { tasks: [{ name: 'step', template: 'pass' }, { name: 'again', template: 'loop', depends: 'step', arguments: { parameters: [{ name: 'n', value: '{{inputs.parameters.n}}x' }] } }] } },
      ctr('pass'),
    ] });
    const r = await run(wf, { pass: { ms: 10 } });
    const err = r.nodes.find((n) => n.message?.startsWith('Maximum recursion depth exceeded'));
    expect(err).toMatchObject({ type: 'Skipped', phase: 'Error' });
    expect(r.phase).toBe('Error');
    // Each recursion is one executeTemplate level: loop DAGs at depths 1..99, the pod of the DAG at depth d at
    // d+1; depth 100 is refused, so 98 `pass` pods ran and the `step` task of the 99th DAG is the Error node.
    expect(r.pods).toHaveLength(98);
    expect(err!.displayName).toBe('step');
  });

  // operator.go setGlobalParameters + common/util.go SubstituteParams: {{workflow.uid}} / {{workflow.name}} become
  // values; user text that only looks like a tag and matches nothing stays as it is.
  test('workflow.uid and workflow.name are substituted; unknown tags stay literal', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', container: { image: 'x', args: ['{{workflow.uid}}', '{{workflow.name}}', 'echo {{not.a.variable}}'] } }] });
    const r = await run(wf);
    expect(r.pods[0]!.template.container.args).toEqual(['0b4ee2a5-uid', 'wf', 'echo {{not.a.variable}}']);
  });

  // SubstituteParams' first pass runs over input parameter values: a parameter value that contains a tag IS resolved
  // (the injection the compiler must avoid, issue #11 item 8); expression tags are evaluated.
  test('a tag inside a parameter value is resolved by the next template (first pass over inputs)', async () => {
    evaluatedExpressions.length = 0;
    const wf = workflow({ entrypoint: 'main', arguments: { parameters: [{ name: 'p', value: 'name={{workflow.name}} sum={{=1+2}}' }] }, templates: [{ name: 'main', dag: { tasks: [{ name: 't', template: 'leaf', arguments: { parameters: [{ name: 'x', value: '{{workflow.parameters.p}}' }] } }] } }, { name: 'leaf', inputs: { parameters: [{ name: 'x' }] }, container: { image: 'x', args: ['{{inputs.parameters.x}}'] } }] });
    const r = await run(wf);
    expect(r.pods[0]!.template.container.args).toEqual(['name=wf sum=3']);
    expect(evaluatedExpressions).toContain('1+2');
  });

  // workflow/packer CompressWorkflowIfNeeded (operator_persist_test.go): above 1 MiB the nodes are stored gzip+base64
  // in status.compressedNodes; when even that is too large the workflow ends Error "workflow is longer than …".
  test('status size: compressedNodes above MAX_WORKFLOW_SIZE, Error when compression is not enough', async () => {
    const fanOut = (n: number) => workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { tasks: [{ name: 'm', template: 'big', withSequence: { count: String(n) } }] } }, ctr('big', { outputs: { parameters: [{ name: 'o', valueFrom: { path: '/o' } }] } })] });
    const statuses: Obj[] = [];
    const compressible = await run(fanOut(300), { big: { files: { '/o': 'x'.repeat(4096) } } }, { onStatus: (st) => void statuses.push(st) });
    expect(compressible.phase).toBe('Succeeded');
    const last = statuses[statuses.length - 1]!;
    expect(last.nodes).toBeUndefined();
    const nodes = JSON.parse(gunzipSync(Buffer.from(last.compressedNodes, 'base64')).toString()) as Record<string, NodeStatus>;
    expect(Object.keys(nodes)).toHaveLength(302);
    const noise = await run(fanOut(50), { big: () => ({ files: { '/o': randomBytes(1024).toString('base64') } }) }, { onStatus: () => undefined, maxWorkflowSize: 32 * 1024 });
    expect(noise.phase).toBe('Error');
    expect(noise.message).toMatch(/^workflow is longer than maximum allowed size\. compressed size \d+ > maxSize 32768$/);
  });

  // executor.go SaveParameters: a missing output file without default fails the pod's outputs (node Error);
  // one trailing newline is trimmed, no more.
  test('output parameters: default when the file is missing, Error without one, one newline trimmed', async () => {
    const wf = workflow({ entrypoint: 'main', templates: [{ name: 'main', dag: { failFast: false, tasks: [{ name: 'a', template: 'a' }, { name: 'b', template: 'b' }] } }, ctr('a', { outputs: { parameters: [{ name: 'p', valueFrom: { path: '/p', default: 'd' } }, { name: 'q', valueFrom: { path: '/q' } }] } }), ctr('b', { outputs: { parameters: [{ name: 'q', valueFrom: { path: '/q' } }] } })] });
    const r = await run(wf, { a: { files: { '/q': 'x\n\n' } }, b: {} });
    expect(r.node('a').outputs!.parameters).toEqual([{ name: 'p', value: 'd' }, { name: 'q', value: 'x\n' }]);
    expect(r.node('b')).toMatchObject({ phase: 'Error', message: 'open /q: no such file or directory' });
    expect(r.phase).toBe('Error');
  });
});

describe('status fixtures (../shared/argo/status-fixtures): the emulator reproduces their final shapes', () => {
  const dir = path.resolve(import.meta.dirname ?? '.', '../../../shared/argo/status-fixtures');
  const files = (() => {
    try {
      return readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    } catch {
      return [];
    }
  })();
  test('the fixtures are present', () => expect(files.length).toBeGreaterThanOrEqual(6));

  /** Runs a fixture's own spec with pods scripted from the fixture's pod phases (by template name). */
  async function fromFixture(file: string, custom?: Parameters<typeof script>[0]) {
    const doc = parse(readFileSync(path.join(dir, file), 'utf8'), { version: '1.1' }) as Obj;
    const nodes = Object.values((doc.status?.nodes ?? {}) as Record<string, Obj>);
    const byTemplate: Record<string, Outcome[]> = {};
    for (const n of nodes.filter((x) => x.type === 'Pod').sort((a, b) => String(a.name).localeCompare(String(b.name)))) (byTemplate[n.templateName] ??= []).push({ exit: n.phase === 'Failed' ? 1 : 0, error: n.phase === 'Error' ? 'error' : undefined });
    const rules: Record<string, (p: PodSpec) => Outcome> = {};
    for (const [t, outs] of Object.entries(byTemplate)) {
      rules[t] = (p) => {
        const same = nodes.find((x) => x.type === 'Pod' && x.name === p.nodeName.replace(/^wf/, doc.metadata.name));
        if (same) return { exit: same.phase === 'Failed' ? 1 : 0, error: same.phase === 'Error' ? 'error' : undefined };
        return outs[0]!;
      };
    }
    const r = await run(workflow(doc.spec), custom ?? rules);
    // Every node the fixture shows finished has the same type and phase in the emulator.
    for (const n of nodes.filter((x) => x.boundaryID && ['Succeeded', 'Failed', 'Error', 'Skipped', 'Omitted'].includes(x.phase))) {
      const m = r.nodes.find((x) => x.displayName === n.displayName && x.name.endsWith(String(n.name).slice(doc.metadata.name.length)));
      expect([n.displayName, m?.type, m?.phase]).toEqual([n.displayName, n.type, n.phase]);
    }
    return { doc, nodes, r };
  }

  test('dag-exhausted-retries-omitted.yaml: Retry node No more retries left, dependent Omitted', async () => {
    const { r } = await fromFixture('dag-exhausted-retries-omitted.yaml');
    expect(r.nodes.some((n) => n.type === 'Retry' && n.phase === 'Failed' && n.message === 'No more retries left')).toBe(true);
    expect(r.nodes.some((n) => n.type === 'Skipped' && n.phase === 'Omitted')).toBe(true);
    expect(r.phase).toBe('Failed');
  });

  test('dag-disable-fail-fast.yaml: failFast false DAG finishes Failed', async () => {
    const { r, nodes } = await fromFixture('dag-disable-fail-fast.yaml');
    expect(r.phase).toBe('Failed');
    for (const n of nodes.filter((x) => x.type === 'Pod' && ['Succeeded', 'Failed'].includes(x.phase))) expect(r.node(n.displayName).phase).toBe(n.phase);
  });

  test('dag-withparam-retry-one-item-failed.yaml: TaskGroup Failed, downstream Omitted', async () => {
    const { r } = await fromFixture('dag-withparam-retry-one-item-failed.yaml', {
      'gen-tasks': { stdout: JSON.stringify([...Array(10).keys()].map(String)) },
      'process-tasks': (p) => ({ exit: p.template.inputs.parameters[0].value === '3' ? 1 : 0 }),
    });
    expect(r.phase).toBe('Failed');
    expect(r.nodes.some((n) => n.type === 'TaskGroup' && n.phase === 'Failed')).toBe(true);
    expect(r.nodes.some((n) => n.phase === 'Omitted')).toBe(true);
  });

  test('steps-failed-retries.yaml: StepGroup and Retry nodes fail', async () => {
    const { r } = await fromFixture('steps-failed-retries.yaml');
    expect(r.nodes.some((n) => n.type === 'StepGroup' && n.phase === 'Failed')).toBe(true);
    expect(r.nodes.some((n) => n.type === 'Retry' && n.phase === 'Failed')).toBe(true);
    expect(r.phase).toBe('Failed');
  });

  test('dag-leaf-continueon.yaml and dag-onexit-node-phase.yaml run to completion with their pods phases', async () => {
    for (const f of ['dag-leaf-continueon.yaml', 'dag-onexit-node-phase.yaml']) {
      const { r, nodes } = await fromFixture(f);
      expect(['Succeeded', 'Failed']).toContain(r.phase);
      for (const n of nodes.filter((x) => x.type === 'Pod' && ['Succeeded', 'Failed'].includes(x.phase))) expect(r.nodes.find((m) => m.displayName === n.displayName)?.phase).toBe(n.phase);
    }
  });
});

describe('govaluate `when` (steps.go shouldExecute)', () => {
  // workflow/controller/when_test.go and e2e TestWhenExpressions: the shapes a conditional key can take.
  test.each([
    ["'heads' == 'heads'", true],
    ['heads == heads', true],
    ["'a b' == 'a b'", true],
    ['2 > 1', true],
    ["'1' == 1", false],
    ['true', true],
    ["'true' == true", false],
    ["'v1.2' == 'v1.2'", true],
    ["'café' == 'café'", true],
    ["'foo' =~ '^f'", true],
    ["'x' in ('x', 'y')", true],
    ['!false', true],
  ])('%s -> %s', (expr, want) => expect(shouldExecute(expr)).toEqual([want, undefined]));
  test.each(['my-key == my-key', 'a b == a b', 'v1.2 == v1.2', "'it's' == 'x'", '2abc == 2abc', 'f(x)'])('%s is an error', (expr) => expect(shouldExecute(expr)[1]).toBeDefined());
});
