/**
 * The Argo-semantics runner on compiled workflows, with a stand-in CLI (test/argo/fake-cli.mjs): checks the
 * layout's Argo-level behaviour — handled failures end Succeeded (§19 k), unhandled ones Failed, withParam
 * fan-out, conditional `when`, retries with `{{retries}}`, loop recursion — independently of the real CLI.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileArgo } from '../../src/argo/compile.js';
import { pollWorkflow } from '../../src/argo/poll.js';
import { submitWorkflow } from '../../src/argo/submit.js';
import { parsePipelineText } from '../../src/pipeline/parse.js';
import { ArgoRunner, evalDepends, evalWhen } from '../support/argo-runner.js';
import { FakeKubeApi, startFakeKubeApi } from '../support/fake-kube-api.js';
import { config, ROOT } from './helpers.js';

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

async function run(yaml: string, env: Record<string, string>) {
  const pipeline = parsePipelineText(yaml, 'p.yaml');
  const cfg = await config(path.join(ROOT, 'test/argo/fixtures/argo-test.yaml'));
  const { manifest } = compileArgo(pipeline, cfg, { pipelineFile: 'p.yaml', configFile: 'c.yaml' });
  writeFileSync(path.join(dir, 'c.yaml'), readFileSync(path.join(ROOT, 'test/argo/fixtures/argo-test.yaml')));
  const calls = path.join(dir, 'calls.jsonl');
  writeFileSync(calls, '');
  const runner = new ArgoRunner({ api, projectDir: dir, cli: [process.execPath, path.join(ROOT, 'test/argo/fake-cli.mjs')], env: { CALLS_FILE: calls, ...env }, isolate: false });
  api.onCreate = (obj) => void runner.run(obj.metadata.namespace, obj.metadata.name);
  const s = await submitWorkflow(manifest, { kubeconfigText: api.kubeconfig(), retry: { baseMs: 5, maxMs: 10 } });
  const r = await pollWorkflow(s.name, { kubeconfigText: api.kubeconfig(), retry: { baseMs: 5, maxMs: 10 } });
  const log = readFileSync(calls, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { verb: string; step: string; dir?: string; iter?: string; retry?: string });
  return { phase: r.phase, rows: r.rows, calls: log, pods: runner.podCount };
}

const HANDLED = `
dag:
  start_at: a
  steps:
    a: {type: task, command_type: shell, command: "exit 1", on_failure: h, next: b}
    b: {type: task, command_type: shell, command: "true", next: success}
    h: {type: task, command_type: shell, command: "true", next: success}
`;

describe('Argo semantics of the compiled layout', () => {
  test('handled failure ends Succeeded; the same failure unhandled ends Failed', async () => {
    const ok = await run(HANDLED, { FAIL_STEPS: 'a' });
    expect(ok.phase).toBe('Succeeded');
    expect(ok.calls.map((c) => c.step)).toEqual(['a', 'h']);
    const bad = await run(HANDLED, { FAIL_STEPS: 'a,h' });
    expect(bad.phase).toBe('Failed');
    const fine = await run(HANDLED, {});
    expect(fine.phase).toBe('Succeeded');
    expect(fine.calls.map((c) => c.step)).toEqual(['a', 'b']);
  });

  test('map fans out over item JSON texts into --iter-variable; conditional runs one branch; retries', async () => {
    const yaml = `
dag:
  start_at: a
  steps:
    a: {type: task, command_type: shell, command: "true", next: m, max_attempts: 3}
    m:
      type: map
      iterate_on: xs
      iterate_as: x
      next: c
      branch: {start_at: t, steps: {t: {type: task, command_type: shell, command: "true", next: success}}}
    c:
      type: conditional
      parameter: p
      next: success
      branches:
        heads: {start_at: h, steps: {h: {type: task, command_type: shell, command: "true", next: success}}}
        tails: {start_at: t2, steps: {t2: {type: task, command_type: shell, command: "true", next: success}}}
`;
    const outputs = { 'next:a': JSON.stringify(['1', '"a b"', '{"k":2}']), 'next:m': '["tails"]' };
    const r = await run(yaml, { OUTPUTS: JSON.stringify(outputs), FAIL_STEPS: '' });
    expect(r.phase).toBe('Succeeded');
    const iters = r.calls.filter((c) => c.step === 'm.map_variable_placeholder.t').map((c) => JSON.parse(c.iter!).map_variable.x.value);
    expect(iters.sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))).toEqual([1, 'a b', { k: 2 }].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))));
    expect(r.calls.filter((c) => c.step.startsWith('c.')).map((c) => c.step)).toEqual(['c.tails.t2']);
    expect(r.calls.find((c) => c.step === 'a')!.retry).toBe('0');
    expect(r.calls.filter((c) => c.verb === 'fan').map((c) => `${c.step}:${c.dir}`)).toEqual(['m:in', 'c:in']);
  });

  test('a failing attempt is retried by retryStrategy with {{retries}}', async () => {
    const r = await run(`
dag:
  start_at: a
  steps:
    a: {type: task, command_type: shell, command: "exit 1", next: success, max_attempts: 3}
`, { FAIL_STEPS: 'a' });
    expect(r.phase).toBe('Failed');
    expect(r.calls.map((c) => c.retry)).toEqual(['0', '1', '2']);
    expect(r.rows).toEqual([expect.objectContaining({ step: 'a', status: 'FAIL', attempts: 3 })]);
  });

  test('loop recursion runs until fan in returns []', async () => {
    const yaml = `
dag:
  start_at: l
  steps:
    l:
      type: loop
      max_iterations: 3
      break_on: done
      index_as: i
      next: success
      branch: {start_at: t, steps: {t: {type: task, command_type: shell, command: "true", next: success}}}
`;
    const r = await run(yaml, { OUTPUTS: JSON.stringify({ 'l:out': '[0]', 'l:in': '[]' }) });
    expect(r.phase).toBe('Succeeded');
    expect(r.calls.map((c) => `${c.verb}:${c.step}${c.dir ? ':' + c.dir : ''}`)).toEqual(['fan:l:out', 'execute-single-node:l.loop_variable_placeholder.t', 'fan:l:in']);
  });

  test('depends and when evaluation', () => {
    const res = (m: Record<string, string>) => (t: string) => new Set([m[t]!]);
    expect(evalDepends('a.Succeeded || b.Failed', res({ a: 'Omitted', b: 'Failed' }))).toBe(true);
    expect(evalDepends('(a.Succeeded && !b.Failed)', res({ a: 'Succeeded', b: 'Failed' }))).toBe(false);
    expect(evalDepends('a', res({ a: 'Skipped' }))).toBe(true);
    expect(evalWhen("'heads' == 'heads'")).toBe(true);
    expect(evalWhen("'heads' == 'tails' || false")).toBe(false);
    expect(evalWhen('false')).toBe(false);
  });
});
