/**
 * The Argo Server for offloaded node status, wired end to end: `argo_server: {url, token_env}` in the argo
 * executor config (or `--argo-server`), the token read from the named variable at submit time (never printed,
 * never in the manifest), and the CLI's output and the Action's job summary saying the status was offloaded
 * and whether it was read through the server. The fake Kubernetes API on 127.0.0.1 also plays the Argo Server
 * (test/support/fake-kube-api.ts: `offload`, GET /api/v1/workflows/{ns}/{name}); a test "controller" finishes
 * each workflow with its nodes offloaded. Also: when a finished workflow needs the watcher's finaliser.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { finalisationReason, finaliserManifest } from '../../src/argo/finalise.js';
import { validateManifest } from '../../src/argo/validate.js';
import { argoExecutorConfigSchema, parseArgoExecutorConfig } from '../../src/config/argo.js';
import { startFakeKubeApi, type FakeKubeApi } from '../support/fake-kube-api.js';
import { ACTION, cleanEnv, makeProject, runCli } from '../support/cli.js';

type Obj = Record<string, any>;
const TOKEN = 'v2:s3cr3t-argo-token-value';
const t = '2026-01-01T00:00:0';

let api: FakeKubeApi;
let cwd: string;

function argoConfig(server?: string): string {
  return `pipeline-executor:
  type: argo
  config:
    pvc_for_runnable: runnable
    defaults: {image: project:test}
${server ? `    argo_server: {url: "${server}", token_env: MY_ARGO_TOKEN}\n` : ''}run-log-store: {type: chunked-fs, config: {log_folder: /mnt/run_log_store}}
catalog: {type: file-system, config: {catalog_location: /mnt/catalog}}
`;
}

beforeEach(async () => {
  api = await startFakeKubeApi();
  api.argoServerToken = TOKEN;
  cwd = makeProject('ra-argo-server-');
  writeFileSync(path.join(cwd, 'kubeconfig.yaml'), api.kubeconfig());
  // The "controller": the workflow ends Succeeded with its node status offloaded to the Argo Server's database.
  api.onCreate = (obj) => {
    setTimeout(() => {
      const node = { id: 'n-1', name: `${obj.metadata.name}.shell`, displayName: 'shell', templateName: 'step', type: 'Pod', phase: 'Succeeded', startedAt: `${t}0Z`, finishedAt: `${t}1Z`, inputs: { parameters: [{ name: 'step', value: 'shell' }] } };
      const exit = { id: 'n-2', name: `${obj.metadata.name}.onExit`, displayName: `${obj.metadata.name}.onExit`, templateName: 'runnable-exit', type: 'Pod', phase: 'Succeeded', startedAt: `${t}1Z`, finishedAt: `${t}2Z` };
      api.offload(obj.metadata.namespace, obj.metadata.name, { phase: 'Succeeded', startedAt: `${t}0Z`, finishedAt: `${t}2Z`, nodes: { 'n-1': node, 'n-2': exit } }, { 'workflows.argoproj.io/completed': 'true', 'workflows.argoproj.io/phase': 'Succeeded' });
    }, 50);
  };
});

afterEach(async () => {
  await api.stop();
});

describe('runnable submit --wait with the Argo Server in the config', () => {
  test('offloaded node status is read through the Argo Server with the token from token_env, and said; the token is never printed nor in the manifest', async () => {
    writeFileSync(path.join(cwd, 'argo.yaml'), argoConfig(api.baseUrl()));
    const r = await runCli(['submit', '-f', 'examples/01-tasks/shell.yaml', '-c', 'argo.yaml', '--kubeconfig', 'kubeconfig.yaml', '--wait'], { cwd, env: cleanEnv({ MY_ARGO_TOKEN: TOKEN }) });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/node status offloaded: .*offloadNodeStatusVersion fnv:\d+.*read through the Argo Server/);
    expect(r.stderr).toMatch(/shell SUCCESS/);
    expect(api.argoServerAuth).toContain(`Bearer ${TOKEN}`);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
    const stored = [...api.objects.values()];
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored[0]!.spec)).not.toContain(TOKEN);
    expect(JSON.stringify(stored[0]!.spec)).not.toContain(api.baseUrl());
    // The UI link defaults to the Argo Server (it serves the UI).
    expect(r.stderr).toContain(`(${api.baseUrl()}/workflows/argo/`);
  }, 120_000);

  test('--argo-server without the right token: said, with the answer, and the run still reports its phase', async () => {
    writeFileSync(path.join(cwd, 'argo.yaml'), argoConfig());
    const r = await runCli(['submit', '-f', 'examples/01-tasks/shell.yaml', '-c', 'argo.yaml', '--kubeconfig', 'kubeconfig.yaml', '--wait', '--argo-server', api.baseUrl()], { cwd, env: cleanEnv({ ARGO_TOKEN: 'wrong' }) });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/node status offloaded: .*the Argo Server answered 401/);
    expect(api.argoServerAuth).toContain('Bearer wrong');
  }, 120_000);

  test('no Argo Server configured: the offloaded status is said, with what to configure', async () => {
    writeFileSync(path.join(cwd, 'argo.yaml'), argoConfig());
    const r = await runCli(['submit', '-f', 'examples/01-tasks/shell.yaml', '-c', 'argo.yaml', '--kubeconfig', 'kubeconfig.yaml', '--wait'], { cwd, env: cleanEnv() });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/node status offloaded: .*set argo_server: \{url, token_env\}/);
    expect(api.argoServerAuth).toHaveLength(0);
  }, 120_000);
});

test('the Action: the job summary says the status was offloaded and read through the Argo Server; the token is masked', async () => {
  writeFileSync(path.join(cwd, 'argo.yaml'), argoConfig(api.baseUrl()));
  const files = path.join(cwd, '..', path.basename(cwd) + '-gh');
  mkdirSync(files, { recursive: true });
  const out = path.join(files, 'output');
  const summary = path.join(files, 'summary');
  writeFileSync(out, '');
  writeFileSync(summary, '');
  const env = cleanEnv({
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: files,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
    INPUT_COMMAND: 'submit',
    INPUT_PIPELINE: 'examples/01-tasks/shell.yaml',
    INPUT_CONFIG: 'argo.yaml',
    INPUT_KUBECONFIG: api.kubeconfig(),
    'INPUT_RUN-ID': 'act-offload',
    MY_ARGO_TOKEN: TOKEN,
  });
  const child = spawn(process.execPath, [ACTION], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stdout += d));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  expect({ code, stdout: code === 0 ? '' : stdout }).toEqual({ code: 0, stdout: '' });
  const md = readFileSync(summary, 'utf8');
  expect(md).toMatch(/> node status offloaded: .*read through the Argo Server/);
  expect(md).toMatch(/\| `shell` \| ✅ SUCCESS \| 1 \|/);
  expect(stdout).toContain(`::add-mask::${TOKEN}`);
  const printed = stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  expect(printed + md).not.toContain(TOKEN);
}, 120_000);

describe('argo_server in the executor config', () => {
  test('url and the name of the token variable; a token itself or a bad URL is refused', () => {
    expect(parseArgoExecutorConfig({ defaults: { image: 'i' }, argo_server: { url: 'https://argo.example.com', token_env: 'ARGO_TOKEN' } }).argoServer).toEqual({ url: 'https://argo.example.com', tokenEnv: 'ARGO_TOKEN' });
    expect(argoExecutorConfigSchema().safeParse({ defaults: { image: 'i' }, argo_server: { url: 'https://a', token: 'x' } }).success).toBe(false);
    expect(argoExecutorConfigSchema().safeParse({ defaults: { image: 'i' }, argo_server: { url: 'argo.example.com' } }).success).toBe(false);
    expect(argoExecutorConfigSchema().safeParse({ defaults: { image: 'i' }, argo_server: { url: 'https://a', token_env: 'not a name' } }).success).toBe(false);
  });
});

describe('when the watcher must finalise (src/argo/finalise.ts)', () => {
  const wf = (status: Obj): Obj => ({
    metadata: { name: 'wf-abc', namespace: 'argo', uid: 'uid-1' },
    spec: {
      entrypoint: 'runnable-dag',
      onExit: 'runnable-exit',
      serviceAccountName: 'sa',
      volumes: [{ name: 'runnable', persistentVolumeClaim: { claimName: 'c' } }],
      arguments: { parameters: [{ name: 'run_id', value: '{{workflow.uid}}' }, { name: 'retry_run_id', value: '' }, { name: 'retry_indicator', value: '' }, { name: 'log_level', value: 'WARNING' }] },
      templates: [
        { name: 'runnable-dag', dag: { tasks: [{ name: 'a', template: 'runnable-exit' }] } },
        { name: 'runnable-exit', container: { image: 'img', command: ['runnable', 'fan', '{{workflow.parameters.run_id}}', '-', 'exit', '--file', 'p.yaml', '--log-level', '{{workflow.parameters.log_level}}', '--orchestrator', 'argo', '--workflow-status', '{{workflow.status}}'], env: [{ name: 'RUNNABLE_CODE_ID_ARGO_WORKFLOW_UID', value: '{{workflow.uid}}' }], volumeMounts: [{ name: 'runnable', mountPath: '/mnt' }] } },
      ],
    },
    status,
  });
  const exitNode = (phase: string) => ({ 'x-1': { id: 'x-1', name: 'wf-abc.onExit', type: 'Pod', phase } });

  test('Terminate (no exit-handler node), a failed handler, unreadable nodes: yes; Succeeded, a handled end, running: no', () => {
    expect(finalisationReason(wf({ phase: 'Failed', finishedAt: 'x', message: "Stopped with strategy 'Terminate'", nodes: { e: { id: 'e', name: 'wf-abc', type: 'DAG', phase: 'Failed' } } }))).toMatch(/without running its exit handler \(Argo runs none on Terminate\)/);
    expect(finalisationReason(wf({ phase: 'Failed', finishedAt: 'x', nodes: exitNode('Error') }))).toMatch(/exit handler ended Error/);
    expect(finalisationReason(wf({ phase: 'Error', finishedAt: 'x', offloadNodeStatusVersion: 'fnv:1' }))).toMatch(/not readable/);
    expect(finalisationReason(wf({ phase: 'Failed', finishedAt: 'x', nodes: exitNode('Succeeded') }))).toBeUndefined();
    expect(finalisationReason(wf({ phase: 'Succeeded', finishedAt: 'x', nodes: {} }))).toBeUndefined();
    expect(finalisationReason(wf({ phase: 'Running', nodes: {} }))).toBeUndefined();
    const foreign = wf({ phase: 'Failed', finishedAt: 'x', nodes: {} });
    delete foreign.spec.onExit;
    expect(finalisationReason(foreign)).toBeUndefined();
  });

  test('the finaliser: the exit template as entrypoint, the final phase and the run id resolved, same volumes and service account, CRD-valid', () => {
    const m = finaliserManifest(wf({ phase: 'Failed', finishedAt: 'x', nodes: {} }));
    expect(validateManifest(m)).toEqual([]);
    expect(m.metadata).toEqual({ generateName: 'wf-abc-finalise-', namespace: 'argo', labels: { 'runnable-action/finalises': 'wf-abc' } });
    expect(m.spec.entrypoint).toBe('runnable-exit');
    expect(m.spec.templates).toHaveLength(1);
    expect(m.spec.templates[0].container.command.slice(-2)).toEqual(['--workflow-status', 'Failed']);
    expect(m.spec.templates[0].container.env).toEqual([{ name: 'RUNNABLE_CODE_ID_ARGO_WORKFLOW_UID', value: 'uid-1' }]);
    expect(m.spec.arguments.parameters[0]).toEqual({ name: 'run_id', value: 'uid-1' });
    expect(m.spec.serviceAccountName).toBe('sa');
    expect(m.spec.volumes).toEqual([{ name: 'runnable', persistentVolumeClaim: { claimName: 'c' } }]);
    expect(JSON.stringify(m)).not.toContain('{{workflow.status}}');
  });
});
