import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  compileCommand
} from "./chunk-LNUGHY56.js";
import "./chunk-BNXCTRI4.js";
import "./chunk-ANC24MXG.js";
import "./chunk-IN65XV7X.js";
import {
  RemoteServiceError
} from "./chunk-KOCKKFLA.js";
import "./chunk-YKYL32YW.js";

// src/commands/submit.ts
async function submitCommand(opts) {
  const compiled = await compileCommand({ ...opts, outputFile: "-" });
  const manifest = compiled.manifest;
  if (opts.runId) {
    for (const p of manifest.spec?.arguments?.parameters ?? []) if (p.name === "run_id") p.value = opts.runId;
  }
  const { submitWorkflow } = await import("./submit-U3OEJ7IO.js");
  const submitted = await submitWorkflow(compiled.manifest, { ...opts.kube, signal: opts.signal, argoServerUrl: opts.argoServerUrl, retry: unreachableFailsFast() });
  opts.onSubmitted?.(submitted);
  if (!opts.wait) return { submitted, yaml: compiled.yaml };
  const { pollWorkflow } = await import("./poll-JMF7JZP5.js");
  const result = await pollWorkflow(submitted.name, {
    ...opts.kube,
    namespace: submitted.namespace,
    signal: opts.signal,
    onProgress: (rows) => opts.onProgress?.(rows)
  });
  return { submitted, result, yaml: compiled.yaml };
}
var NEVER_REACHED = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT|UND_ERR_INVALID_ARG|ERR_INVALID_URL|ERR_SOCKET_BAD_PORT)$/;
var DEFINITE = /^(ENOTFOUND|UND_ERR_INVALID_ARG|ERR_INVALID_URL|ERR_SOCKET_BAD_PORT)$/;
function connectCode(err) {
  for (let e = err, i = 0; e && i < 5; e = e.cause, i++) {
    if (typeof e.code === "string" && NEVER_REACHED.test(e.code)) return e.code;
    if (e.message === "bad port") return "ERR_SOCKET_BAD_PORT";
  }
  return void 0;
}
function unreachableFailsFast(base = {}) {
  let reached = false;
  return {
    ...base,
    onRetry: (info) => {
      const code = connectCode(info.error);
      if (!code) reached = true;
      else if (!reached && (info.attempt > 2 || DEFINITE.test(code))) {
        const e = info.error;
        throw new RemoteServiceError(`cannot reach the Kubernetes API server (${code}${info.attempt > 1 ? `; ${info.attempt} tries` : ""}): check the kubeconfig's server address and that the cluster is up${e.message ? ` [${e.message}]` : ""}`, "kubernetes", void 0, { cause: info.error });
      }
      base.onRetry?.(info);
    }
  };
}
export {
  submitCommand,
  unreachableFailsFast
};
