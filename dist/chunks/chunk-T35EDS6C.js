import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/action/input-names.ts
var COMMANDS = ["execute", "validate", "compile", "submit", "retry"];
var Inputs = {
  command: "command",
  pipeline: "pipeline",
  config: "config",
  parametersFile: "parameters-file",
  parameters: "parameters",
  runId: "run-id",
  tag: "tag",
  workingDirectory: "working-directory",
  logLevel: "log-level",
  persistRunLog: "persist-run-log",
  runLogBranch: "run-log-branch",
  sourceRunId: "source-run-id",
  githubToken: "github-token",
  manifest: "manifest",
  failOnDrift: "fail-on-drift",
  argoUiUrl: "argo-ui-url",
  kubeconfig: "kubeconfig",
  retentionDays: "retention-days",
  stepCache: "step-cache"
};
var DEFAULT_COMMAND = "execute";
var inputVariable = /* @__PURE__ */ __name((name) => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`, "inputVariable");

export {
  COMMANDS,
  Inputs,
  DEFAULT_COMMAND,
  inputVariable
};
