/**
 * Shared plumbing of submit/poll: loading @kubernetes/client-node lazily (never at CLI start-up), the
 * kubeconfig (explicit file or text, default locations, in-cluster), and retries of transient failures
 * (5xx, 429 with Retry-After, connection resets, timeouts) with exponential backoff and full jitter.
 */
import { RemoteServiceError } from '../errors.js';

export const GROUP = 'argoproj.io';
export const VERSION = 'v1alpha1';
export const PLURAL = 'workflows';

export interface KubeTarget {
  /** Path of a kubeconfig file; default: KUBECONFIG, ~/.kube/config, then in-cluster. */
  kubeconfig?: string;
  /** A kubeconfig's text (e.g. from an Action input). */
  kubeconfigText?: string;
  /** Use the pod's service account. */
  inCluster?: boolean;
  context?: string;
  /** Default: the context's namespace, else `default`. */
  namespace?: string;
}

export interface RetryOptions {
  /** Attempts after the first. @default 6 */
  retries?: number;
  /** @default 500 */
  baseMs?: number;
  /** @default 15000 */
  maxMs?: number;
  /** Test hook: the sleep function. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Called before each retry. */
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

export type ClientNode = typeof import('./kube-client.js');

let clientModule: Promise<ClientNode> | undefined;
export function loadClient(): Promise<ClientNode> {
  clientModule ??= import('./kube-client.js');
  return clientModule;
}

export interface Kube {
  k8s: ClientNode;
  kc: InstanceType<ClientNode['KubeConfig']>;
  api: InstanceType<ClientNode['CustomObjectsApi']>;
  namespace: string;
  server: string;
}

export async function connect(target: KubeTarget): Promise<Kube> {
  const k8s = await loadClient();
  const kc = new k8s.KubeConfig();
  try {
    if (target.kubeconfigText) kc.loadFromString(target.kubeconfigText);
    else if (target.kubeconfig) kc.loadFromFile(target.kubeconfig);
    else if (target.inCluster) kc.loadFromCluster();
    else kc.loadFromDefault();
    if (target.context) kc.setCurrentContext(target.context);
  } catch (err) {
    throw new RemoteServiceError(`cannot load the Kubernetes configuration: ${(err as Error).message}`, 'kubernetes', undefined, { cause: err });
  }
  const ctx = kc.getContextObject(kc.getCurrentContext());
  const namespace = target.namespace ?? ctx?.namespace ?? 'default';
  const api = kc.makeApiClient(k8s.CustomObjectsApi);
  return { k8s, kc, api, namespace, server: kc.getCurrentCluster()?.server ?? '' };
}

/** HTTP status of an error from client-node (ApiException), if any. */
export function statusOf(err: unknown): number | undefined {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'number' ? code : undefined;
}

/** The Kubernetes `Status` body of an ApiException (its `body` is the raw response text). */
export function statusBody(err: unknown): { reason?: string; message?: string; code?: number } | undefined {
  const body = (err as { body?: unknown })?.body;
  if (typeof body === 'string') {
    try {
      return JSON.parse(body) as { reason?: string; message?: string };
    } catch {
      return { message: body };
    }
  }
  return body && typeof body === 'object' ? (body as { reason?: string; message?: string }) : undefined;
}

export function describe(err: unknown): string {
  const st = statusBody(err);
  const code = statusOf(err);
  if (st?.message) return `${code ? `HTTP ${code} ` : ''}${st.reason ? `${st.reason}: ` : ''}${st.message}`;
  const e = err as { message?: string; cause?: { code?: string; message?: string } };
  return [e?.message, e?.cause?.code ?? e?.cause?.message].filter(Boolean).join(': ') || String(err);
}

/** Whether retrying can help: 5xx, 429, 408, network errors and timeouts (never 4xx answers). */
export function isTransient(err: unknown): boolean {
  const code = statusOf(err);
  if (code !== undefined && code >= 100 && code < 600) return code >= 500 || code === 429 || code === 408;
  const text = `${(err as Error)?.name ?? ''} ${(err as Error)?.message ?? ''} ${String((err as { cause?: { code?: string } })?.cause?.code ?? '')} ${String((err as { code?: string })?.code ?? '')}`;
  return /ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|UND_ERR|socket hang up|fetch failed|other side closed|terminated|TimeoutError|network/i.test(text);
}

function retryAfterMs(err: unknown): number | undefined {
  const headers = (err as { headers?: Record<string, string> })?.headers;
  const v = headers?.['retry-after'] ?? headers?.['Retry-After'];
  if (!v) return undefined;
  const s = Number(v);
  return Number.isFinite(s) ? s * 1000 : undefined;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Runs `fn`, retrying transient failures with exponential backoff and full jitter (Retry-After honoured). */
export async function withRetry<T>(what: string, fn: () => Promise<T>, opts: RetryOptions = {}, signal?: AbortSignal, beforeRetry?: (err: unknown) => Promise<T | undefined>): Promise<T> {
  const retries = opts.retries ?? 6;
  const base = opts.baseMs ?? 500;
  const max = opts.maxMs ?? 15000;
  const nap = opts.sleep ?? sleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isTransient(err) || attempt >= retries || signal?.aborted) {
        throw new RemoteServiceError(`${what} failed${attempt ? ` after ${attempt + 1} attempts` : ''}: ${describe(err)}`, 'kubernetes', statusOf(err), { cause: err });
      }
      const delayMs = retryAfterMs(err) ?? Math.round(Math.random() * Math.min(max, base * 2 ** attempt));
      opts.onRetry?.({ attempt: attempt + 1, delayMs, error: err });
      await nap(delayMs, signal);
      if (beforeRetry) {
        const found = await beforeRetry(err);
        if (found !== undefined) return found;
      }
    }
  }
}
