import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  compileCommand
} from "./chunk-DJQOF474.js";
import "./chunk-ZAHMQFJ6.js";
import "./chunk-XVACGIPV.js";
import "./chunk-GZ5IOZKF.js";
import {
  RemoteServiceError
} from "./chunk-I4ZUIMKY.js";
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
  const { submitWorkflow } = await import("./submit-PGJQTBAQ.js");
  const submitted = await submitWorkflow(compiled.manifest, { ...opts.kube, signal: opts.signal, argoServerUrl: opts.argoServerUrl, retry: unreachableFailsFast() });
  opts.onSubmitted?.(submitted);
  if (!opts.wait) return { submitted, yaml: compiled.yaml };
  const { pollWorkflow } = await import("./poll-IL6JGAMX.js");
  const result = await pollWorkflow(submitted.name, {
    ...opts.kube,
    namespace: submitted.namespace,
    signal: opts.signal,
    onProgress: /* @__PURE__ */ __name((rows) => opts.onProgress?.(rows), "onProgress")
  });
  return { submitted, result, yaml: compiled.yaml };
}
__name(submitCommand, "submitCommand");
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
  unreachableFailsFast
};
