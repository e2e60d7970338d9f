import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  EXIT_TEMPLATE
} from "./chunk-U4PBC4PP.js";
import {
  GROUP,
  PLURAL,
  VERSION,
  connect,
  describe,
  sleep,
  statusOf,
  stopWorkflow,
  submitWorkflow,
  withRetry
} from "./chunk-4EJPIZSP.js";
import "./chunk-UST7ZEWC.js";
import "./chunk-T3J5SJV2.js";
import {
  LOOP_PLACEHOLDER,
  MAP_PLACEHOLDER
} from "./chunk-B5INYTOD.js";
import {
  RemoteServiceError
} from "./chunk-I4ZUIMKY.js";
import "./chunk-CBHI4BMY.js";
import "./chunk-IF2IPD7H.js";
import "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/argo/status.ts
import * as zlib from "node:zlib";
function isFinished(wf) {
  const s = wf?.status;
  return Boolean(s && (s.finishedAt || s.phase === "Succeeded" || s.phase === "Failed" || s.phase === "Error"));
}
__name(isFinished, "isFinished");
function workflowNodes(status) {
  if (!status) return {};
  const nodes = status.nodes;
  if (nodes && Object.keys(nodes).length) return nodes;
  const compressed = status.compressedNodes;
  if (typeof compressed !== "string" || !compressed) return nodes ?? {};
  const buf = Buffer.from(compressed, "base64");
  let text;
  if (buf[0] === 31 && buf[1] === 139) text = zlib.gunzipSync(buf);
  else if (buf[0] === 40 && buf[1] === 181 && buf[2] === 47 && buf[3] === 253) {
    const zstd = zlib.zstdDecompressSync;
    if (!zstd) throw new Error("status.compressedNodes is zstd-compressed; this Node.js has no zstd (needs >= 22.15)");
    text = zstd(buf);
  } else text = zlib.brotliDecompressSync(buf);
  return JSON.parse(text.toString("utf8"));
}
__name(workflowNodes, "workflowNodes");
function toStatus(phase) {
  switch (phase) {
    case "Succeeded":
      return "SUCCESS";
    case "Failed":
    case "Error":
      return "FAIL";
    case "Running":
    case "Pending":
      return "PROCESSING";
    default:
      return "CREATED";
  }
}
__name(toStatus, "toStatus");
function param(node, name) {
  return node.inputs?.parameters?.find((p) => p.name === name)?.value;
}
__name(param, "param");
function itemText(v) {
  return typeof v === "string" ? v : JSON.stringify(v);
}
__name(itemText, "itemText");
function resolveStep(stepPath, iterJson) {
  let name = stepPath.replace(/%/g, " ");
  if (!iterJson) return name;
  try {
    const iter = JSON.parse(iterJson);
    const maps = Object.values(iter.map_variable ?? {}).map((v) => "value" in v ? itemText(v.value) : `#${v.index}`);
    const loops = (iter.loop_variable ?? []).map((v) => itemText(v.value));
    name = name.split(".").map((part) => part === MAP_PLACEHOLDER ? maps.shift() ?? part : part === LOOP_PLACEHOLDER ? loops.shift() ?? part : part).join(".");
  } catch {
  }
  return name;
}
__name(resolveStep, "resolveStep");
function seconds(from, to, now = Date.now()) {
  if (!from) return void 0;
  const a = Date.parse(from);
  const b = to ? Date.parse(to) : now;
  return Number.isFinite(a) && Number.isFinite(b) ? Math.max(0, Math.round((b - a) / 100) / 10) : void 0;
}
__name(seconds, "seconds");
function stepRows(workflow, now = Date.now()) {
  const nodes = workflowNodes(workflow?.status);
  const inRetry = /* @__PURE__ */ new Set();
  for (const n of Object.values(nodes)) if (n.type === "Retry") for (const c of n.children ?? []) inRetry.add(c);
  const candidates = Object.values(nodes).filter((n) => n.type === "Retry" || n.type === "Pod" && !inRetry.has(n.id));
  const byCodeUnit = /* @__PURE__ */ __name((x, y) => x < y ? -1 : x > y ? 1 : 0, "byCodeUnit");
  candidates.sort((a, b) => byCodeUnit(String(a.startedAt ?? ""), String(b.startedAt ?? "")) || byCodeUnit(a.name, b.name));
  const rows = /* @__PURE__ */ new Map();
  for (const n of candidates) {
    const attemptsNodes = n.type === "Retry" ? (n.children ?? []).map((c) => nodes[c]).filter((c) => Boolean(c)) : [n];
    const probe = attemptsNodes.at(-1) ?? n;
    const stepParam = param(n, "step") ?? param(probe, "step");
    const step = stepParam !== void 0 ? resolveStep(stepParam, param(n, "iter") ?? param(probe, "iter")) : (n.displayName ?? n.name).replace(/\(\d+\)$/, "");
    const fan = /^fan-(in|out)-/.test(n.templateName ?? probe.templateName ?? "");
    const attempts = fan ? 0 : attemptsNodes.filter((a) => a.phase && a.phase !== "Skipped" && a.phase !== "Omitted").length;
    const prev = rows.get(step);
    const row = {
      step,
      status: toStatus(n.phase),
      phase: n.phase ?? "",
      attempts: (prev?.attempts ?? 0) + attempts,
      first: prev?.first ?? n.startedAt,
      last: n.finishedAt,
      fan: (prev?.fan ?? true) && fan,
      message: n.phase === "Failed" || n.phase === "Error" ? probe.message ?? n.message : void 0
    };
    rows.set(step, row);
  }
  return [...rows.values()].map(({ first, last, fan: _fan, ...r }) => {
    const out = { ...r, duration: seconds(first, r.phase === "Running" || r.phase === "Pending" ? void 0 : last, now) };
    if (out.duration === void 0) delete out.duration;
    if (!out.message) delete out.message;
    return out;
  });
}
__name(stepRows, "stepRows");

// src/argo/finalise.ts
var FINALISES_LABEL = "runnable-action/finalises";
function finalisationReason(wf) {
  if (!wf || !isFinished(wf)) return void 0;
  const phase = String(wf.status?.phase ?? "");
  if (phase === "Succeeded") return void 0;
  const templates = wf.spec?.templates ?? [];
  if (wf.spec?.onExit !== EXIT_TEMPLATE || !templates.some((t) => t.name === EXIT_TEMPLATE)) return void 0;
  const ended = `the workflow ended ${phase}${wf.status?.message ? ` (${String(wf.status.message)})` : ""}`;
  let nodes;
  try {
    nodes = workflowNodes(wf.status);
  } catch {
    nodes = {};
  }
  if (!Object.keys(nodes).length) return `${ended} and its node status is not readable, so whether its exit handler ran is unknown`;
  const name = `${String(wf.metadata?.name ?? "")}.onExit`;
  const exit = Object.values(nodes).find((n) => n.name === name);
  if (!exit) return `${ended} without running its exit handler${/Terminate/.test(String(wf.status?.message ?? "")) ? " (Argo runs none on Terminate)" : ""}`;
  if (exit.phase !== "Succeeded") return `${ended} and its exit handler ended ${exit.phase ?? "unfinished"}${exit.message ? `: ${exit.message}` : ""}`;
  return void 0;
}
__name(finalisationReason, "finalisationReason");
function finaliserManifest(wf) {
  const spec = wf.spec ?? {};
  const name = String(wf.metadata?.name ?? "runnable");
  const uid = String(wf.metadata?.uid ?? "");
  const phase = String(wf.status?.phase ?? "Failed");
  const resolve = /* @__PURE__ */ __name((text) => text.split("{{workflow.uid}}").join(uid).split("{{workflow.name}}").join(name), "resolve");
  const exit = structuredClone(spec.templates.find((t) => t.name === EXIT_TEMPLATE));
  const container = exit.container;
  container.command = container.command.map((a) => a === "{{workflow.status}}" ? phase : a);
  for (const e of container.env ?? []) if (typeof e.value === "string") e.value = resolve(e.value);
  const parameters = (spec.arguments?.parameters ?? []).map((p) => p.name === "run_id" && typeof p.value === "string" ? { ...p, value: resolve(p.value) } : p);
  const out = { entrypoint: EXIT_TEMPLATE, arguments: { parameters } };
  for (const k of ["serviceAccountName", "nodeSelector", "tolerations", "affinity", "securityContext", "priorityClassName", "imagePullSecrets", "podMetadata", "podGC", "volumes"]) {
    if (spec[k] !== void 0) out[k] = spec[k];
  }
  out.activeDeadlineSeconds = 3600;
  out.templates = [exit];
  const labels = { [FINALISES_LABEL]: name };
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Workflow",
    // generateName prefixes above 58 characters are cut by the API server; keep room for the suffix.
    metadata: { generateName: `${name.slice(0, 45).replace(/-+$/, "")}-finalise-`, ...wf.metadata?.namespace ? { namespace: wf.metadata.namespace } : {}, labels },
    spec: out
  };
}
__name(finaliserManifest, "finaliserManifest");

// src/argo/poll.ts
async function pollWorkflow(name, opts = {}) {
  const kube = await connect(opts);
  const namespace = opts.namespace ?? kube.namespace;
  const started = Date.now();
  let last;
  let lastRows = "";
  let cancelled = false;
  let stopSent = false;
  let deleted = false;
  const internal = new AbortController();
  let offloaded;
  const report = /* @__PURE__ */ __name((wf) => {
    if (isOffloaded(wf) && !hasNodes(wf) && last && hasNodes(last)) wf = { ...wf, status: { ...wf.status, nodes: last.status.nodes } };
    last = wf;
    const rows2 = stepRows(wf);
    const key = JSON.stringify(rows2.map((r) => [r.step, r.status, r.attempts]));
    if (key !== lastRows) {
      lastRows = key;
      opts.onProgress?.(rows2, wf);
    }
  }, "report");
  const onAbort = /* @__PURE__ */ __name(() => {
    cancelled = true;
    internal.abort();
  }, "onAbort");
  if (opts.signal?.aborted) onAbort();
  else opts.signal?.addEventListener("abort", onAbort, { once: true });
  const get = /* @__PURE__ */ __name(async () => {
    try {
      return await withRetry(`reading workflow ${name}`, () => kube.api.getNamespacedCustomObject({ group: GROUP, version: VERSION, namespace, plural: PLURAL, name }), opts.retry);
    } catch (err) {
      if (err instanceof RemoteServiceError && err.status === 404) {
        if (last && isFinished(last)) {
          deleted = true;
          return void 0;
        }
        if (last) throw new RemoteServiceError(`workflow ${namespace}/${name} was deleted before it finished`, "kubernetes", 404, { cause: err });
      }
      throw err;
    }
  }, "get");
  try {
    let watchFailures = 0;
    for (; ; ) {
      if (cancelled && !stopSent) {
        stopSent = true;
        await stopWorkflow(name, { ...opts, namespace, retry: opts.retry });
        const grace = opts.stopGraceMs ?? 6e4;
        opts.deadlineMs = Math.min(opts.deadlineMs ?? Infinity, Date.now() - started + grace);
      }
      const wf = await get();
      if (!wf) break;
      if (isOffloaded(wf) && !hasNodes(wf)) offloaded = await hydrate(wf, namespace, name, opts);
      report(wf);
      if (isFinished(wf)) break;
      if (opts.deadlineMs !== void 0 && Date.now() - started > opts.deadlineMs) break;
      if (opts.watch !== false && watchFailures < 5 && !internal.signal.aborted) {
        const outcome = await watchOnce(kube, namespace, name, String(wf.metadata?.resourceVersion ?? ""), opts, report, internal.signal);
        if (outcome === "error") {
          watchFailures++;
          await sleep(Math.round(Math.random() * Math.min(1e4, 250 * 2 ** watchFailures)), internal.signal);
        } else watchFailures = 0;
        if (outcome === "deleted" && last && isFinished(last)) {
          deleted = true;
          break;
        }
        continue;
      }
      await sleep(opts.intervalMs ?? 3e3, cancelled ? void 0 : internal.signal);
    }
  } finally {
    opts.signal?.removeEventListener("abort", onAbort);
  }
  if (!last) throw new RemoteServiceError(`workflow ${namespace}/${name} not found`, "kubernetes", 404);
  report(last);
  const rows = stepRows(last);
  const reason = opts.finalise ? finalisationReason(last) : void 0;
  const finalised = reason ? await finalise(last, reason, namespace, opts) : void 0;
  return { name, namespace, phase: String(last.status?.phase ?? ""), message: last.status?.message, workflow: last, rows, cancelled, ...deleted ? { deleted } : {}, ...offloaded ? { offloaded } : {}, ...finalised ? { finalised } : {} };
}
__name(pollWorkflow, "pollWorkflow");
async function finalise(wf, reason, namespace, opts) {
  const target = { kubeconfig: opts.kubeconfig, kubeconfigText: opts.kubeconfigText, inCluster: opts.inCluster, context: opts.context, namespace };
  let submitted;
  try {
    submitted = await submitWorkflow(finaliserManifest(wf), { ...target, retry: opts.retry });
    const r = await pollWorkflow(submitted.name, { ...target, retry: opts.retry, watch: opts.watch, watchTimeoutSeconds: opts.watchTimeoutSeconds, intervalMs: opts.intervalMs, deadlineMs: 15 * 6e4 });
    return { workflow: `${submitted.namespace}/${submitted.name}`, phase: isFinished(r.workflow) ? r.phase : "Unfinished", reason };
  } catch (err) {
    return { workflow: submitted ? `${submitted.namespace}/${submitted.name}` : "", phase: submitted ? "Unfinished" : "NotSubmitted", reason, error: describe(err) };
  }
}
__name(finalise, "finalise");
function isOffloaded(wf) {
  return Boolean(wf?.status?.offloadNodeStatusVersion);
}
__name(isOffloaded, "isOffloaded");
function hasNodes(wf) {
  const s = wf?.status;
  return Boolean(s?.nodes && Object.keys(s.nodes).length || s?.compressedNodes);
}
__name(hasNodes, "hasNodes");
async function hydrate(wf, namespace, name, opts) {
  const server = opts.argoServer;
  const what = `the controller offloaded this workflow's node status to its database (offloadNodeStatusVersion ${String(wf.status.offloadNodeStatusVersion)})`;
  if (!server?.url) return { read: false, message: `${what}; per-step progress needs the Argo Server: set argo_server: {url, token_env} in the argo executor config (or --argo-server) and its token in that variable` };
  const url = `${server.url.replace(/\/+$/, "")}/api/v1/workflows/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
  try {
    const headers = { accept: "application/json" };
    if (server.token) headers.authorization = /^bearer /i.test(server.token) ? server.token : `Bearer ${server.token}`;
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(3e4) });
    if (!res.ok) return { read: false, message: `${what}; the Argo Server answered ${res.status} when asked for it` };
    const body = await res.json();
    const nodes = body?.status?.nodes;
    if (!nodes || !Object.keys(nodes).length) return { read: false, message: `${what}; the Argo Server returned no nodes` };
    wf.status = { ...wf.status, nodes };
    return { read: true, message: `${what}; read through the Argo Server` };
  } catch (err) {
    return { read: false, message: `${what}; the Argo Server could not be reached (${err instanceof Error ? err.name : "error"})` };
  }
}
__name(hydrate, "hydrate");
function watchEnd(err) {
  if (!err) return "ended";
  const name = err?.name ?? "";
  if (name.includes("Abort") || name === "TimeoutError") return "ended";
  if (/aborted due to timeout/i.test(String(err?.message ?? ""))) return "ended";
  return "error";
}
__name(watchEnd, "watchEnd");
async function watchOnce(kube, namespace, name, resourceVersion, opts, report, signal) {
  const watch = new kube.k8s.Watch(kube.kc);
  return new Promise((resolve) => {
    let settled = false;
    let controller;
    const finish = /* @__PURE__ */ __name((v) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      controller?.abort();
      resolve(v);
    }, "finish");
    const onAbort = /* @__PURE__ */ __name(() => finish("ended"), "onAbort");
    signal.addEventListener("abort", onAbort, { once: true });
    watch.watch(
      `/apis/${GROUP}/${VERSION}/namespaces/${namespace}/${PLURAL}`,
      { fieldSelector: `metadata.name=${name}`, resourceVersion, allowWatchBookmarks: true, timeoutSeconds: opts.watchTimeoutSeconds ?? 60 },
      (type, obj) => {
        if (type === "ERROR") return finish(statusOf({ code: obj?.code }) === 410 ? "ended" : "error");
        if (type === "BOOKMARK") return;
        if (type === "DELETED") return finish("deleted");
        report(obj);
        if (isFinished(obj)) finish("final");
      },
      (err) => finish(watchEnd(err))
    ).then((c) => {
      controller = c;
      if (settled) c.abort();
    }).catch((err) => {
      void describe(err);
      finish("error");
    });
  });
}
__name(watchOnce, "watchOnce");
export {
  pollWorkflow,
  watchEnd
};
