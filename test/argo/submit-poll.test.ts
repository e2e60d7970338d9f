/** submit / poll / stop against the fake kube-apiserver, with injected faults; status mapping on fixtures. */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parse } from 'yaml';
import { compileArgo } from '../../src/argo/compile.js';
import { pollWorkflow } from '../../src/argo/poll.js';
import { stepRows, workflowNodes, resolveStep } from '../../src/argo/status.js';
import { stopWorkflow, submitWorkflow } from '../../src/argo/submit.js';
import { RemoteServiceError } from '../../src/errors.js';
import { parsePipelineFile } from '../../src/pipeline/parse.js';
import { FakeKubeApi, startFakeKubeApi } from '../support/fake-kube-api.js';
import { waitFor } from '../support/wait.js';
import { config, ROOT } from './helpers.js';

type Obj = Record<string, any>;
const fast = { retries: 5, baseMs: 5, maxMs: 20 };
let api: FakeKubeApi;

async function manifest(): Promise<Obj> {
  const p = await parsePipelineFile(path.join(ROOT, 'examples/07-map/map.yaml'));
  const cfg = await config(path.join(ROOT, 'test/argo/fixtures/argo-test.yaml'));
  return compileArgo(p, cfg, { pipelineFile: 'examples/07-map/map.yaml' }).manifest;
}

function node(id: string, o: Obj): Obj {
  return { id, name: id, displayName: id, templateName: 'step-x', type: 'Pod', ...o };
}

/** Drives a workflow through Running → final like a controller would. */
function drive(api: FakeKubeApi, ns: string, name: string, final: 'Succeeded' | 'Failed', stepMs = 30): Promise<void> {
  return (async () => {
    const t = '2026-01-01T00:00:0';
    const n1 = node(`${name}-1`, { phase: 'Succeeded', startedAt: `${t}0Z`, finishedAt: `${t}1Z`, inputs: { parameters: [{ name: 'step', value: 'map%state' }] }, templateName: 'fan-out-a' });
    await new Promise((r) => setTimeout(r, stepMs));
    api.setStatus(ns, name, { phase: 'Running', startedAt: `${t}0Z`, nodes: { [n1.id]: n1 } });
    await new Promise((r) => setTimeout(r, stepMs));
    const n2 = node(`${name}-2`, { phase: final === 'Succeeded' ? 'Succeeded' : 'Failed', message: final === 'Failed' ? 'Error (exit code 1)' : undefined, startedAt: `${t}1Z`, finishedAt: `${t}3Z`, inputs: { parameters: [{ name: 'step', value: 'map%state.map_variable_placeholder.double' }, { name: 'iter', value: '{"map_variable":{"chunk":{"value":2}}}' }] } });
    api.setStatus(ns, name, { phase: final, startedAt: `${t}0Z`, finishedAt: `${t}4Z`, nodes: { [n1.id]: n1, [n2.id]: n2 } }, { 'workflows.argoproj.io/completed': 'true', 'workflows.argoproj.io/phase': final });
  })();
}

beforeEach(async () => {
  api = await startFakeKubeApi();
});
afterEach(async () => {
  await api.stop();
});

describe('submit', () => {
  test('creates with fieldValidation=Strict and returns the generated name and a UI link', async () => {
    const m = await manifest();
    const s = await submitWorkflow(m, { kubeconfigText: api.kubeconfig(), retry: fast, argoServerUrl: 'https://argo.example/' });
    expect(s.name).toMatch(/^test-pipeline-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(s.namespace).toBe('argo');
    expect(s.uiUrl).toBe(`https://argo.example/workflows/argo/${s.name}`);
    const post = api.requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe('/apis/argoproj.io/v1alpha1/namespaces/argo/workflows');
    expect(post.query).toContain('fieldValidation=Strict');
    expect(api.get('argo', s.name)!.spec.entrypoint).toBe('runnable-dag');
  });

  test('retries 500 and 429 (Retry-After) and a connection reset', async () => {
    api.inject({ method: 'POST', kind: 'status', code: 500 });
    api.inject({ method: 'POST', kind: 'status', code: 429, retryAfter: 0 });
    api.inject({ method: 'POST', kind: 'reset' });
    const retries: number[] = [];
    const s = await submitWorkflow(await manifest(), { kubeconfigText: api.kubeconfig(), retry: { ...fast, onRetry: (i) => retries.push(i.attempt) } });
    expect(retries).toEqual([1, 2, 3]);
    expect(api.objects.size).toBe(1);
    expect(s.name).toBeTruthy();
  });

  test('an ambiguous create (connection lost after the server stored it) does not create a second workflow', async () => {
    api.inject({ method: 'POST', kind: 'reset-after-body' });
    const s = await submitWorkflow(await manifest(), { kubeconfigText: api.kubeconfig(), retry: fast });
    expect(api.objects.size).toBe(1);
    expect(api.get('argo', s.name)).toBeTruthy();
  });

  test('4xx answers are not retried and surface the Status message', async () => {
    const m = await manifest();
    m.metadata.name = 'fixed-name';
    delete m.metadata.generateName;
    await submitWorkflow(m, { kubeconfigText: api.kubeconfig(), retry: fast });
    const err = await submitWorkflow(m, { kubeconfigText: api.kubeconfig(), retry: fast }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RemoteServiceError);
    expect((err as RemoteServiceError).status).toBe(409);
    expect(String((err as Error).message)).toMatch(/already exists/);
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  test('gives up on persistent 500s with a RemoteServiceError', async () => {
    api.inject({ method: 'POST', kind: 'status', code: 503, times: 100 });
    await expect(submitWorkflow(await manifest(), { kubeconfigText: api.kubeconfig(), retry: { retries: 2, baseMs: 1, maxMs: 2 } })).rejects.toThrow(/after 3 attempts.*503/);
  });
});

describe('poll', () => {
  test('watches to completion and reports progress rows', async () => {
    const s = await submitWorkflow(await manifest(), { kubeconfigText: api.kubeconfig(), retry: fast });
    const progress: string[] = [];
    const driving = drive(api, 'argo', s.name, 'Succeeded');
    const r = await pollWorkflow(s.name, { kubeconfigText: api.kubeconfig(), retry: fast, onProgress: (rows) => progress.push(rows.map((x) => `${x.step}:${x.status}`).join(',')) });
    await driving;
    expect(r.phase).toBe('Succeeded');
    expect(r.cancelled).toBe(false);
    expect(r.rows).toEqual([
      { step: 'map state', status: 'SUCCESS', phase: 'Succeeded', attempts: 0, duration: 1 },
      { step: 'map state.2.double', status: 'SUCCESS', phase: 'Succeeded', attempts: 1, duration: 2 },
    ]);
    expect(progress.at(-1)).toBe('map state:SUCCESS,map state.2.double:SUCCESS');
    expect(api.requests.some((r) => r.query.includes('watch=true'))).toBe(true);
  });

  test('survives 500s, a reset and dropped watches, and never loses the final state', async () => {
    const s = await submitWorkflow(await manifest(), { kubeconfigText: api.kubeconfig(), retry: fast });
    api.inject({ method: 'GET', match: `/workflows/${s.name}`, kind: 'status', code: 500 });
    api.inject({ method: 'GET', match: 'watch=true', kind: 'reset' });
    api.inject({ method: 'GET', match: `/workflows/${s.name}`, kind: 'status', code: 429, retryAfter: 0 });
    const driving = (async () => {
      await new Promise((r) => setTimeout(r, 80));
      api.dropWatches();
      await drive(api, 'argo', s.name, 'Failed', 40);
    })();
    const r = await pollWorkflow(s.name, { kubeconfigText: api.kubeconfig(), retry: fast });
    await driving;
    expect(r.phase).toBe('Failed');
    expect(r.rows.find((x) => x.step === 'map state.2.double')).toMatchObject({ status: 'FAIL', message: 'Error (exit code 1)' });
  });

  test('resumes watches after server-side timeouts and bookmarks; GET-only mode works too', async () => {
    const s = await submitWorkflow(await manifest(), { kubeconfigText: api.kubeconfig(), retry: fast });
    const timer = setInterval(() => api.bookmark(), 20);
    const watches = () => api.requests.filter((q) => q.query.includes('watch=true')).length;
    const driving = (async () => {
      // Finish only once the first watch timed out on the server and the poller watched again (a fixed delay
      // could end the workflow inside the first watch on a busy machine).
      await waitFor(() => watches() >= 2, undefined, 'a second watch');
      await drive(api, 'argo', s.name, 'Succeeded', 10);
    })();
    const r = await pollWorkflow(s.name, { kubeconfigText: api.kubeconfig(), retry: fast, watchTimeoutSeconds: 1 });
    clearInterval(timer);
    await driving;
    expect(r.phase).toBe('Succeeded');
    expect(watches()).toBeGreaterThanOrEqual(2);

    const s2 = await submitWorkflow(await manifest(), { kubeconfigText: api.kubeconfig(), retry: fast });
    const d2 = drive(api, 'argo', s2.name, 'Succeeded', 20);
    const r2 = await pollWorkflow(s2.name, { kubeconfigText: api.kubeconfig(), retry: fast, watch: false, intervalMs: 20 });
    await d2;
    expect(r2.phase).toBe('Succeeded');
  }, 150_000);

  test('a workflow deleted by its TTL after finishing returns the last state', async () => {
    const s = await submitWorkflow(await manifest(), { kubeconfigText: api.kubeconfig(), retry: fast });
    await drive(api, 'argo', s.name, 'Succeeded', 1);
    api.onCreate = undefined;
    const r = await pollWorkflow(s.name, { kubeconfigText: api.kubeconfig(), retry: fast });
    expect(r.phase).toBe('Succeeded');
    api.remove('argo', s.name);
    await expect(pollWorkflow(s.name, { kubeconfigText: api.kubeconfig(), retry: fast })).rejects.toThrow(/not found/);
  });

  test('cancel mid-poll sends spec.shutdown=Stop as a merge patch and waits for the end', async () => {
    const s = await submitWorkflow(await manifest(), { kubeconfigText: api.kubeconfig(), retry: fast });
    api.setStatus('argo', s.name, { phase: 'Running', startedAt: '2026-01-01T00:00:00Z', nodes: {} });
    const ac = new AbortController();
    const origPatch = api.requests.length;
    setTimeout(() => ac.abort(), 100);
    // The fake "controller" reacts to the stop request.
    const watcher = setInterval(() => {
      const wf = api.get('argo', s.name);
      if (wf?.spec?.shutdown === 'Stop' && wf.status.phase === 'Running') {
        api.setStatus('argo', s.name, { phase: 'Failed', message: "Stopped with strategy 'Stop'", startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:00:09Z', nodes: {} });
      }
    }, 10);
    const r = await pollWorkflow(s.name, { kubeconfigText: api.kubeconfig(), retry: fast, signal: ac.signal });
    clearInterval(watcher);
    expect(r.cancelled).toBe(true);
    expect(r.phase).toBe('Failed');
    const patch = api.requests.slice(origPatch).find((q) => q.method === 'PATCH')!;
    expect(patch.contentType).toMatch(/^application\/merge-patch\+json/);
    expect(patch.body).toEqual({ spec: { shutdown: 'Stop' } });
    await expect(stopWorkflow('does-not-exist', { kubeconfigText: api.kubeconfig(), retry: fast })).resolves.toBeUndefined();
  });
});

describe('status', () => {
  const dir = '/work/shared/argo/status-fixtures';
  test.each(readdirSync(dir).filter((f) => f.endsWith('.yaml')))('%s maps to step rows', (file) => {
    const wf = JSON.parse(JSON.stringify(parse(readFileSync(path.join(dir, file), 'utf8'), { version: '1.1' }))) as Obj;
    const rows = stepRows(wf, Date.parse('2030-01-01T00:00:00Z'));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(['SUCCESS', 'FAIL', 'PROCESSING', 'CREATED']).toContain(r.status);
      expect(r.attempts).toBeGreaterThanOrEqual(0);
    }
    if (file === 'dag-withparam-retry-one-item-failed.yaml') {
      const failed = rows.filter((r) => r.status === 'FAIL');
      expect(failed.map((r) => r.step)).toEqual(['process-tasks(3:3)']);
      expect(failed[0]!.attempts).toBe(3);
      expect(rows.find((r) => r.step === 'process-tasks(6:6)')).toMatchObject({ status: 'SUCCESS', attempts: 1 });
    }
    // compressedNodes (gzip + base64) decode to the same rows.
    const compressed = { status: { ...wf.status, nodes: undefined, compressedNodes: gzipSync(JSON.stringify(wf.status.nodes)).toString('base64') } };
    expect(workflowNodes(compressed.status)).toEqual(wf.status.nodes);
    expect(stepRows(compressed, Date.parse('2030-01-01T00:00:00Z'))).toEqual(rows);
  });

  test('steps that started in the same second come out in one order on every machine (not the locale\'s)', () => {
    const at = '2026-01-01T00:00:00Z';
    const mk = (id: string) => node(id, { phase: 'Succeeded', startedAt: at, finishedAt: at, inputs: { parameters: [{ name: 'step', value: id }] } });
    const wf = { status: { nodes: { b: mk('b'), B: mk('B'), a: mk('a'), é: mk('é') } } };
    // By UTF-16 code unit: 'B' (0x42) < 'a' < 'b' < 'é' (a locale collation puts a < B < b < é or similar).
    expect(stepRows(wf, Date.parse(at)).map((r) => r.step)).toEqual(['B', 'a', 'b', 'é']);
  });

  test('step paths resolve with map values and loop indices', () => {
    expect(resolveStep('outer.map_variable_placeholder.spin.loop_variable_placeholder.s', '{"map_variable":{"row":{"value":"a"}},"loop_variable":[{"value":1}]}')).toBe('outer.a.spin.1.s');
    expect(resolveStep('m.map_variable_placeholder.x%y', '{"map_variable":{"i":{"value":{"k":1}}}}')).toBe('m.{"k":1}.x y');
  });
});

describe('offloaded node status (status.offloadNodeStatusVersion) and idle watches', () => {
  const t = '2026-01-01T00:00:0';
  const nodes = { 'n-1': node('n-1', { phase: 'Succeeded', startedAt: `${t}0Z`, finishedAt: `${t}1Z`, inputs: { parameters: [{ name: 'step', value: 'hello' }] } }) };
  const finalOffloaded = { phase: 'Succeeded', startedAt: `${t}0Z`, finishedAt: `${t}2Z`, offloadNodeStatusVersion: 'fnv:42' };

  test('detected and read through the Argo Server (URL + bearer token) when configured', async () => {
    const { createServer } = await import('node:http');
    const seen: { url?: string; auth?: string }[] = [];
    const server = createServer((req, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization });
      if (req.headers.authorization !== 'Bearer tok') return void res.writeHead(401).end();
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ metadata: {}, status: { ...finalOffloaded, nodes } }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const s = await submitWorkflow(await manifest(), { kubeconfigText: api.kubeconfig(), retry: fast });
      api.setStatus('argo', s.name, finalOffloaded, { 'workflows.argoproj.io/completed': 'true', 'workflows.argoproj.io/phase': 'Succeeded' });
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const r = await pollWorkflow(s.name, { kubeconfigText: api.kubeconfig(), retry: fast, argoServer: { url, token: 'tok' } });
      expect(r.phase).toBe('Succeeded');
      expect(r.offloaded).toEqual({ read: true, message: expect.stringMatching(/offloaded.*read through the Argo Server/) });
      expect(r.rows.map((x) => x.step)).toEqual(['hello']);
      expect(seen[0]).toEqual({ url: `/api/v1/workflows/argo/${s.name}`, auth: 'Bearer tok' });
    } finally {
      server.close();
    }
  });

  test('without an Argo Server it is said, not silently shown as a workflow without steps', async () => {
    const s = await submitWorkflow(await manifest(), { kubeconfigText: api.kubeconfig(), retry: fast });
    api.setStatus('argo', s.name, finalOffloaded, { 'workflows.argoproj.io/completed': 'true', 'workflows.argoproj.io/phase': 'Succeeded' });
    const r = await pollWorkflow(s.name, { kubeconfigText: api.kubeconfig(), retry: fast });
    expect(r.offloaded?.read).toBe(false);
    expect(r.offloaded?.message).toMatch(/offloadNodeStatusVersion fnv:42.*argo_server: {url, token_env}/);
  });

  test("the client's idle watch timeout ends a watch normally; other errors count as failures", async () => {
    const { watchEnd } = await import('../../src/argo/poll.js');
    const idle = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(watchEnd(idle)).toBe('ended');
    expect(watchEnd(undefined)).toBe('ended');
    expect(watchEnd(Object.assign(new Error('x'), { name: 'AbortError' }))).toBe('ended');
    expect(watchEnd(new Error('ECONNRESET'))).toBe('error');
  });
});

test('namespace rule: --namespace wins over the manifest\'s, and the body carries it', async () => {
  const m = await manifest();
  (m.metadata as Obj).namespace = 'from-manifest';
  const a = await submitWorkflow(m, { kubeconfigText: api.kubeconfig(), retry: fast, namespace: 'from-flag' });
  expect(a.namespace).toBe('from-flag');
  expect(api.get('from-flag', a.name)!.metadata.namespace).toBe('from-flag');
  const b = await submitWorkflow(m, { kubeconfigText: api.kubeconfig(), retry: fast });
  expect(b.namespace).toBe('from-manifest');
  const c = await submitWorkflow(await manifest(), { kubeconfigText: api.kubeconfig(), retry: fast });
  expect(c.namespace).toBe('argo');
});
