import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  validateManifest
} from "./chunk-UST7ZEWC.js";
import {
  ManifestError,
  RemoteServiceError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/argo/submit.ts
import { randomUUID } from "node:crypto";

// src/argo/kube.ts
var GROUP = "argoproj.io";
var VERSION = "v1alpha1";
var PLURAL = "workflows";
var clientModule;
function loadClient() {
  clientModule ??= import("./kube-client-ZHZ574RM.js");
  return clientModule;
}
__name(loadClient, "loadClient");
async function connect(target) {
  const k8s = await loadClient();
  const kc = new k8s.KubeConfig();
  try {
    if (target.kubeconfigText) kc.loadFromString(target.kubeconfigText);
    else if (target.kubeconfig) kc.loadFromFile(target.kubeconfig);
    else if (target.inCluster) kc.loadFromCluster();
    else kc.loadFromDefault();
    if (target.context) kc.setCurrentContext(target.context);
  } catch (err) {
    throw new RemoteServiceError(`cannot load the Kubernetes configuration: ${err.message}`, "kubernetes", void 0, { cause: err });
  }
  const ctx = kc.getContextObject(kc.getCurrentContext());
  const namespace = target.namespace ?? ctx?.namespace ?? "default";
  const api = kc.makeApiClient(k8s.CustomObjectsApi);
  return { k8s, kc, api, namespace, server: kc.getCurrentCluster()?.server ?? "" };
}
__name(connect, "connect");
function statusOf(err) {
  const code = err?.code;
  return typeof code === "number" ? code : void 0;
}
__name(statusOf, "statusOf");
function statusBody(err) {
  const body = err?.body;
  if (typeof body === "string") {
    try {
      return JSON.parse(body);
    } catch {
      return { message: body };
    }
  }
  return body && typeof body === "object" ? body : void 0;
}
__name(statusBody, "statusBody");
function describe(err) {
  const st = statusBody(err);
  const code = statusOf(err);
  if (st?.message) return `${code ? `HTTP ${code} ` : ""}${st.reason ? `${st.reason}: ` : ""}${st.message}`;
  const e = err;
  return [e?.message, e?.cause?.code ?? e?.cause?.message].filter(Boolean).join(": ") || String(err);
}
__name(describe, "describe");
function isTransient(err) {
  const code = statusOf(err);
  if (code !== void 0 && code >= 100 && code < 600) return code >= 500 || code === 429 || code === 408;
  const text = `${err?.name ?? ""} ${err?.message ?? ""} ${String(err?.cause?.code ?? "")} ${String(err?.code ?? "")}`;
  return /ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|UND_ERR|socket hang up|fetch failed|other side closed|terminated|TimeoutError|network/i.test(text);
}
__name(isTransient, "isTransient");
function retryAfterMs(err) {
  const headers = err?.headers;
  const v = headers?.["retry-after"] ?? headers?.["Retry-After"];
  if (!v) return void 0;
  const s = Number(v);
  return Number.isFinite(s) ? s * 1e3 : void 0;
}
__name(retryAfterMs, "retryAfterMs");
function sleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    __name(done, "done");
    signal?.addEventListener("abort", done, { once: true });
  });
}
__name(sleep, "sleep");
async function withRetry(what, fn, opts = {}, signal, beforeRetry) {
  const retries = opts.retries ?? 6;
  const base = opts.baseMs ?? 500;
  const max = opts.maxMs ?? 15e3;
  const nap = opts.sleep ?? sleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isTransient(err) || attempt >= retries || signal?.aborted) {
        throw new RemoteServiceError(`${what} failed${attempt ? ` after ${attempt + 1} attempts` : ""}: ${describe(err)}`, "kubernetes", statusOf(err), { cause: err });
      }
      const delayMs = retryAfterMs(err) ?? Math.round(Math.random() * Math.min(max, base * 2 ** attempt));
      opts.onRetry?.({ attempt: attempt + 1, delayMs, error: err });
      await nap(delayMs, signal);
      if (beforeRetry) {
        const found = await beforeRetry(err);
        if (found !== void 0) return found;
      }
    }
  }
}
__name(withRetry, "withRetry");

// src/argo/submit.ts
var SUBMISSION_LABEL = "runnable-action/submission";
async function submitWorkflow(manifest, opts = {}) {
  if (manifest.kind !== "Workflow" && manifest.kind !== "CronWorkflow") throw new ManifestError([`cannot submit kind ${String(manifest.kind)}`]);
  const problems = validateManifest(manifest);
  if (problems.length) throw new ManifestError(problems);
  const kube = await connect(opts);
  const plural = manifest.kind === "CronWorkflow" ? "cronworkflows" : PLURAL;
  const submission = randomUUID();
  const body = structuredClone(manifest);
  body.metadata = { ...body.metadata ?? {}, labels: { ...body.metadata?.labels ?? {}, [SUBMISSION_LABEL]: submission } };
  const namespace = opts.namespace ?? body.metadata.namespace ?? kube.namespace;
  if (opts.namespace || body.metadata.namespace) body.metadata.namespace = namespace;
  let ambiguous = false;
  const create = /* @__PURE__ */ __name(async () => {
    try {
      return await kube.api.createNamespacedCustomObject({ group: GROUP, version: VERSION, namespace, plural, body, fieldValidation: "Strict", ...opts.dryRun ? { dryRun: "All" } : {} });
    } catch (err) {
      if (statusOf(err) === void 0) ambiguous = true;
      throw err;
    }
  }, "create");
  const lookUp = /* @__PURE__ */ __name(async () => {
    if (!ambiguous || opts.dryRun) return void 0;
    try {
      const list = await kube.api.listNamespacedCustomObject({ group: GROUP, version: VERSION, namespace, plural, labelSelector: `${SUBMISSION_LABEL}=${submission}` });
      return list.items?.[0];
    } catch {
      return void 0;
    }
  }, "lookUp");
  let created;
  try {
    created = await withRetry(`creating the ${String(manifest.kind)} in namespace ${namespace}`, create, opts.retry, opts.signal, lookUp);
  } catch (err) {
    if (err instanceof RemoteServiceError && err.status === 409) {
      throw new RemoteServiceError(`${String(manifest.kind)} ${String(body.metadata.name)} already exists in ${namespace}: ${describe(err.cause)}`, "kubernetes", 409, { cause: err });
    }
    throw err;
  }
  const name = String(created.metadata?.name ?? "");
  const out = { name, namespace, uid: String(created.metadata?.uid ?? ""), resourceVersion: String(created.metadata?.resourceVersion ?? ""), object: created };
  if (opts.argoServerUrl) out.uiUrl = `${opts.argoServerUrl.replace(/\/+$/, "")}/${manifest.kind === "CronWorkflow" ? "cron-workflows" : "workflows"}/${namespace}/${name}`;
  return out;
}
__name(submitWorkflow, "submitWorkflow");
async function stopWorkflow(name, opts = {}) {
  const kube = await connect(opts);
  const { setHeaderOptions, PatchStrategy } = kube.k8s;
  const namespace = opts.namespace ?? kube.namespace;
  try {
    await withRetry(
      `stopping workflow ${name}`,
      () => kube.api.patchNamespacedCustomObject(
        { group: GROUP, version: VERSION, namespace, plural: PLURAL, name, body: { spec: { shutdown: opts.strategy ?? "Stop" } } },
        setHeaderOptions("Content-Type", PatchStrategy.MergePatch)
      ),
      opts.retry
    );
  } catch (err) {
    if (err instanceof RemoteServiceError && err.status === 404) return;
    throw err;
  }
}
__name(stopWorkflow, "stopWorkflow");

export {
  GROUP,
  VERSION,
  PLURAL,
  connect,
  statusOf,
  describe,
  sleep,
  withRetry,
  SUBMISSION_LABEL,
  submitWorkflow,
  stopWorkflow
};
