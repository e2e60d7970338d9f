/**
 * Waiting for a submitted Workflow to finish (argo-target.md §6.4): a watch on the one workflow
 * (`fieldSelector=metadata.name=…`), resumed from the last resourceVersion when it times out or drops,
 * re-listed on 410 Expired, with a GET after every watch ends so the final state is never lost; if watches
 * keep failing it falls back to GET polling. Transient errors are retried with backoff and jitter; a 404
 * after the workflow finished (TTL) returns the last state seen. Node progress is reported through
 * `onProgress` whenever the per-step rows change. Aborting `signal` stops the workflow
 * (`spec.shutdown: Stop`) and keeps waiting (up to `stopGraceMs`) for it to end.
 */
import { RemoteServiceError } from '../errors.js';
import { connect, GROUP, PLURAL, VERSION, describe, isTransient, sleep, statusOf, withRetry, type Kube, type KubeTarget, type RetryOptions } from './kube.js';
import { isFinished, stepRows, type StepRow } from './status.js';
import { stopWorkflow, submitWorkflow } from './submit.js';
import { finalisationReason, finaliserManifest, type Finalisation } from './finalise.js';

type Obj = Record<string, any>;

export interface PollOptions extends KubeTarget {
  /** Called when the per-step rows change (and once at the end). */
  onProgress?: (rows: StepRow[], workflow: Obj) => void;
  /** Cancels: the workflow is stopped, then awaited for `stopGraceMs`. */
  signal?: AbortSignal;
  /** Use watches (default) or only GET polling. */
  watch?: boolean;
  /** Server-side watch timeout. @default 60 */
  watchTimeoutSeconds?: number;
  /** GET interval when polling. @default 3000 */
  intervalMs?: number;
  /** Give up after this long (the workflow keeps running). @default none */
  deadlineMs?: number;
  stopGraceMs?: number;
  retry?: RetryOptions;
  /**
   * The Argo Server (base URL and bearer token): when the controller offloaded the node status to its database
   * (`status.offloadNodeStatusVersion`, argo-target.md §6.6), only the Argo Server can return it.
   */
  argoServer?: { url: string; token?: string };
  /**
   * When the workflow ended without its exit handler settling the run log (Terminate, an errored handler),
   * submit the finaliser Workflow and wait for it (./finalise.ts). The result says so in `finalised`.
   */
  finalise?: boolean;
}

export interface PollResult {
  name: string;
  namespace: string;
  phase: string;
  message?: string;
  workflow: Obj;
  rows: StepRow[];
  cancelled: boolean;
  /** The workflow was deleted after it finished (TTL): `workflow` is the last state seen. */
  deleted?: boolean;
  /**
   * The controller offloaded the node status to its database: `read` through the Argo Server, or
   * `unavailable` (no Argo Server configured, or it failed) — then per-step rows are missing. Say so in summaries.
   */
  offloaded?: { read: boolean; message: string };
  /** The run log was settled by a finaliser Workflow (its exit handler did not run or did not succeed). */
  finalised?: Finalisation;
}

export async function pollWorkflow(name: string, opts: PollOptions = {}): Promise<PollResult> {
  const kube = await connect(opts);
  const namespace = opts.namespace ?? kube.namespace;
  const started = Date.now();
  let last: Obj | undefined;
  let lastRows = '';
  let cancelled = false;
  let stopSent = false;
  let deleted = false;
  const internal = new AbortController();
  let offloaded: PollResult['offloaded'];
  const report = (wf: Obj) => {
    // An offloaded status (no nodes) from a watch event keeps the rows already shown; the next GET hydrates it.
    if (isOffloaded(wf) && !hasNodes(wf) && last && hasNodes(last)) wf = { ...wf, status: { ...wf.status, nodes: last.status.nodes } };
    last = wf;
    const rows = stepRows(wf);
    const key = JSON.stringify(rows.map((r) => [r.step, r.status, r.attempts]));
    if (key !== lastRows) {
      lastRows = key;
      opts.onProgress?.(rows, wf);
    }
  };
  const onAbort = () => {
    cancelled = true;
    internal.abort();
  };
  if (opts.signal?.aborted) onAbort();
  else opts.signal?.addEventListener('abort', onAbort, { once: true });

  const get = async (): Promise<Obj | undefined> => {
    try {
      return (await withRetry(`reading workflow ${name}`, () => kube.api.getNamespacedCustomObject({ group: GROUP, version: VERSION, namespace, plural: PLURAL, name }) as Promise<Obj>, opts.retry)) as Obj;
    } catch (err) {
      if (err instanceof RemoteServiceError && err.status === 404) {
        if (last && isFinished(last)) {
          deleted = true;
          return undefined;
        }
        if (last) throw new RemoteServiceError(`workflow ${namespace}/${name} was deleted before it finished`, 'kubernetes', 404, { cause: err });
      }
      throw err;
    }
  };

  try {
    let watchFailures = 0;
    for (;;) {
      if (cancelled && !stopSent) {
        stopSent = true;
        await stopWorkflow(name, { ...opts, namespace, retry: opts.retry });
        const grace = opts.stopGraceMs ?? 60_000;
        opts.deadlineMs = Math.min(opts.deadlineMs ?? Infinity, Date.now() - started + grace);
      }
      const wf = await get();
      if (!wf) break;
      if (isOffloaded(wf) && !hasNodes(wf)) offloaded = await hydrate(wf, namespace, name, opts);
      report(wf);
      if (isFinished(wf)) break;
      if (opts.deadlineMs !== undefined && Date.now() - started > opts.deadlineMs) break;
      if (opts.watch !== false && watchFailures < 5 && !internal.signal.aborted) {
        const outcome = await watchOnce(kube, namespace, name, String(wf.metadata?.resourceVersion ?? ''), opts, report, internal.signal);
        if (outcome === 'error') {
          watchFailures++;
          await sleep(Math.round(Math.random() * Math.min(10_000, 250 * 2 ** watchFailures)), internal.signal);
        } else watchFailures = 0;
        if (outcome === 'deleted' && last && isFinished(last)) {
          deleted = true;
          break;
        }
        continue; // GET again: the authoritative state after every watch
      }
      await sleep(opts.intervalMs ?? 3000, cancelled ? undefined : internal.signal);
    }
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
  if (!last) throw new RemoteServiceError(`workflow ${namespace}/${name} not found`, 'kubernetes', 404);
  report(last);
  const rows = stepRows(last);
  const reason = opts.finalise ? finalisationReason(last) : undefined;
  const finalised = reason ? await finalise(last, reason, namespace, opts) : undefined;
  return { name, namespace, phase: String(last.status?.phase ?? ''), message: last.status?.message, workflow: last, rows, cancelled, ...(deleted ? { deleted } : {}), ...(offloaded ? { offloaded } : {}), ...(finalised ? { finalised } : {}) };
}

/** Submits the finaliser Workflow for `wf` and waits for it (never throws: the outcome is reported). */
async function finalise(wf: Obj, reason: string, namespace: string, opts: PollOptions): Promise<Finalisation> {
  const target = { kubeconfig: opts.kubeconfig, kubeconfigText: opts.kubeconfigText, inCluster: opts.inCluster, context: opts.context, namespace };
  let submitted: { name: string; namespace: string } | undefined;
  try {
    submitted = await submitWorkflow(finaliserManifest(wf), { ...target, retry: opts.retry });
    // Not cancellable by the caller's signal: stopping the finaliser would leave the run unsettled again.
    const r = await pollWorkflow(submitted.name, { ...target, retry: opts.retry, watch: opts.watch, watchTimeoutSeconds: opts.watchTimeoutSeconds, intervalMs: opts.intervalMs, deadlineMs: 15 * 60_000 });
    return { workflow: `${submitted.namespace}/${submitted.name}`, phase: isFinished(r.workflow) ? r.phase : 'Unfinished', reason };
  } catch (err) {
    return { workflow: submitted ? `${submitted.namespace}/${submitted.name}` : '', phase: submitted ? 'Unfinished' : 'NotSubmitted', reason, error: describe(err) };
  }
}

function isOffloaded(wf: Obj | undefined): boolean {
  return Boolean(wf?.status?.offloadNodeStatusVersion);
}

function hasNodes(wf: Obj | undefined): boolean {
  const s = wf?.status;
  return Boolean((s?.nodes && Object.keys(s.nodes).length) || s?.compressedNodes);
}

/**
 * Offloaded node status (the controller's database, `status.offloadNodeStatusVersion`): read the workflow
 * through the Argo Server (`GET /api/v1/workflows/{ns}/{name}` returns it with its nodes) and put the nodes
 * into `wf`. Never throws: the outcome is reported for the summary.
 */
async function hydrate(wf: Obj, namespace: string, name: string, opts: PollOptions): Promise<NonNullable<PollResult['offloaded']>> {
  const server = opts.argoServer;
  const what = `the controller offloaded this workflow's node status to its database (offloadNodeStatusVersion ${String(wf.status.offloadNodeStatusVersion)})`;
  if (!server?.url) return { read: false, message: `${what}; per-step progress needs the Argo Server: set argo_server: {url, token_env} in the argo executor config (or --argo-server) and its token in that variable` };
  const url = `${server.url.replace(/\/+$/, '')}/api/v1/workflows/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
  try {
    const headers: Record<string, string> = { accept: 'application/json' };
    // ARGO_TOKEN is conventionally written with its "Bearer " prefix; accept both.
    if (server.token) headers.authorization = /^bearer /i.test(server.token) ? server.token : `Bearer ${server.token}`;
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
    if (!res.ok) return { read: false, message: `${what}; the Argo Server answered ${res.status} when asked for it` };
    const body = (await res.json()) as Obj;
    const nodes = body?.status?.nodes;
    if (!nodes || !Object.keys(nodes).length) return { read: false, message: `${what}; the Argo Server returned no nodes` };
    wf.status = { ...wf.status, nodes };
    return { read: true, message: `${what}; read through the Argo Server` };
  } catch (err) {
    return { read: false, message: `${what}; the Argo Server could not be reached (${err instanceof Error ? err.name : 'error'})` };
  }
}

/**
 * How a watch ended, from its done callback's error: none or an abort is a normal end; so is the client's
 * idle timeout (client-node 2.x ends a watch that received no bytes for 30 s with a TimeoutError: nothing
 * happened, which is not a failure — argo-target.md §6.2). Anything else is an error.
 */
export function watchEnd(err: unknown): 'ended' | 'error' {
  if (!err) return 'ended';
  const name = (err as Error)?.name ?? '';
  if (name.includes('Abort') || name === 'TimeoutError') return 'ended';
  if (/aborted due to timeout/i.test(String((err as Error)?.message ?? ''))) return 'ended';
  return 'error';
}

/** One watch from `resourceVersion` until it ends: 'final' (workflow finished), 'deleted', 'ended' or 'error'. */
async function watchOnce(kube: Kube, namespace: string, name: string, resourceVersion: string, opts: PollOptions, report: (wf: Obj) => void, signal: AbortSignal): Promise<'final' | 'deleted' | 'ended' | 'error'> {
  const watch = new kube.k8s.Watch(kube.kc);
  return new Promise((resolve) => {
    let settled = false;
    let controller: AbortController | undefined;
    const finish = (v: 'final' | 'deleted' | 'ended' | 'error') => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      controller?.abort();
      resolve(v);
    };
    const onAbort = () => finish('ended');
    signal.addEventListener('abort', onAbort, { once: true });
    watch
      .watch(
        `/apis/${GROUP}/${VERSION}/namespaces/${namespace}/${PLURAL}`,
        { fieldSelector: `metadata.name=${name}`, resourceVersion, allowWatchBookmarks: true, timeoutSeconds: opts.watchTimeoutSeconds ?? 60 },
        (type: string, obj: Obj) => {
          if (type === 'ERROR') return finish(statusOf({ code: obj?.code }) === 410 ? 'ended' : 'error');
          if (type === 'BOOKMARK') return;
          if (type === 'DELETED') return finish('deleted');
          report(obj);
          if (isFinished(obj)) finish('final');
        },
        (err: unknown) => finish(watchEnd(err)),
      )
      .then((c) => {
        controller = c;
        if (settled) c.abort();
      })
      .catch((err: unknown) => {
        void describe(err);
        finish('error');
      });
  });
}
