import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  compileCommand
} from "./chunk-ESXKSEHI.js";
import "./chunk-I3P5IBO4.js";
import "./chunk-TP2P7VTN.js";
import "./chunk-KD5F7IY4.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-DRL3O62E.js";
import {
  RemoteServiceError
} from "./chunk-I4ZUIMKY.js";
import "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/commands/submit.ts
async function submitCommand(opts) {
  const compiled = await compileCommand({ ...opts, outputFile: "-" });
  const manifest = compiled.manifest;
  if (opts.runId) {
    for (const p of manifest.spec?.arguments?.parameters ?? []) if (p.name === "run_id") p.value = opts.runId;
  }
  const argoServer = await argoServerOf(opts);
  const { submitWorkflow } = await import("./submit-PGJQTBAQ.js");
  const submitted = await submitWorkflow(compiled.manifest, { ...opts.kube, signal: opts.signal, argoServerUrl: opts.argoServerUrl ?? argoServer?.url, retry: unreachableFailsFast() });
  opts.onSubmitted?.(submitted);
  if (!opts.wait) return { submitted, yaml: compiled.yaml, notes: [] };
  const { pollWorkflow } = await import("./poll-J7NZ35SB.js");
  const result = await pollWorkflow(submitted.name, {
    ...opts.kube,
    namespace: submitted.namespace,
    signal: opts.signal,
    onProgress: /* @__PURE__ */ __name((rows) => opts.onProgress?.(rows), "onProgress"),
    ...argoServer ? { argoServer } : {},
    finalise: true
  });
  return { submitted, result, yaml: compiled.yaml, notes: submitNotes(result) };
}
__name(submitCommand, "submitCommand");
async function argoServerOf(opts) {
  const { parseArgoExecutorConfig } = await import("./argo-SEJC4QB2.js");
  const configured = parseArgoExecutorConfig(opts.loaded.config.pipelineExecutor.config).argoServer;
  const url = opts.argoServer ?? configured?.url;
  if (!url) return void 0;
  const token = opts.loaded.env[configured?.tokenEnv ?? "ARGO_TOKEN"] || void 0;
  if (token) {
    opts.onSecret?.(token);
    const bare = token.replace(/^bearer\s+/i, "");
    if (bare !== token) opts.onSecret?.(bare);
  }
  return { url, ...token ? { token } : {} };
}
__name(argoServerOf, "argoServerOf");
function submitNotes(r) {
  const notes = [];
  if (r.offloaded) notes.push(`node status offloaded: ${r.offloaded.message}`);
  const f = r.finalised;
  if (f) {
    if (f.phase === "Succeeded") notes.push(`run log settled by finaliser workflow ${f.workflow}: ${f.reason}`);
    else notes.push(`the run log may still show steps PROCESSING: ${f.reason}, and the finaliser workflow ${f.workflow ? `${f.workflow} ended ${f.phase}` : "could not be submitted"}${f.error ? ` (${f.error})` : ""}; 'runnable retry' settles it`);
  }
  return notes;
}
__name(submitNotes, "submitNotes");
var NEVER_REACHED = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT|UND_ERR_INVALID_ARG|ERR_INVALID_URL|ERR_SOCKET_BAD_PORT)$/;
var DEFINITE = /^(ENOTFOUND|UND_ERR_INVALID_ARG|ERR_INVALID_URL|ERR_SOCKET_BAD_PORT)$/;
function connectCode(err) {
  for (let e = err, i = 0; e && i < 5; e = e.cause, i++) {
    if (typeof e.code === "string" && NEVER_REACHED.test(e.code)) return e.code;
    if (e.message === "bad port") return "ERR_SOCKET_BAD_PORT";
  }
  return void 0;
}
__name(connectCode, "connectCode");
function unreachableFailsFast(base = {}) {
  let reached = false;
  return {
    ...base,
    onRetry: /* @__PURE__ */ __name((info) => {
      const code = connectCode(info.error);
      if (!code) reached = true;
      else if (!reached && (info.attempt > 2 || DEFINITE.test(code))) {
        const e = info.error;
        throw new RemoteServiceError(`cannot reach the Kubernetes API server (${code}${info.attempt > 1 ? `; ${info.attempt} tries` : ""}): check the kubeconfig's server address and that the cluster is up${e.message ? ` [${e.message}]` : ""}`, "kubernetes", void 0, { cause: info.error });
      }
      base.onRetry?.(info);
    }, "onRetry")
  };
}
__name(unreachableFailsFast, "unreachableFailsFast");
export {
  submitCommand,
  submitNotes,
  unreachableFailsFast
};
