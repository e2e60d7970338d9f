import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  inertOneLine,
  inertText
} from "./chunk-3UTGXEAI.js";
import {
  outcomeOf
} from "./chunk-NCMUKSZX.js";
import {
  debug,
  error,
  getInput,
  getState,
  info,
  isDebug,
  notice,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-SABYPNNQ.js";
import {
  declaredSecretNames
} from "./chunk-V4XLLV55.js";
import {
  COMMANDS,
  DEFAULT_COMMAND,
  Inputs
} from "./chunk-T35EDS6C.js";
import "./chunk-KTFCRYW7.js";
import "./chunk-5CCZJHFH.js";
import "./chunk-Q2N676W5.js";
import {
  parseParametersText
} from "./chunk-I3P5IBO4.js";
import "./chunk-O2GLSY5X.js";
import "./chunk-XPIGEFVS.js";
import "./chunk-WGGJEKU5.js";
import {
  Masker,
  secretForms
} from "./chunk-ZJUNEOJQ.js";
import "./chunk-TP2P7VTN.js";
import "./chunk-G3NGTGKO.js";
import "./chunk-OE6RQEKX.js";
import "./chunk-KD5F7IY4.js";
import "./chunk-B5INYTOD.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-DRL3O62E.js";
import {
  CancelledError,
  InternalError,
  ManifestError,
  RunFailedError,
  RunnableError,
  UsageError,
  ValidationError,
  formatIssue
} from "./chunk-I4ZUIMKY.js";
import "./chunk-IF2IPD7H.js";
import "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/action/run-action.ts
import { existsSync as existsSync2, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative as relative3, resolve as resolve2 } from "node:path";

// src/action/inputs.ts
import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
var opt = /* @__PURE__ */ __name((name) => getInput(name) || void 0, "opt");
function parseParametersInput(text) {
  if (!text || !text.trim()) return void 0;
  return parseParametersText(text, `input '${Inputs.parameters}'`);
}
__name(parseParametersInput, "parseParametersInput");
function isInside(dir, p) {
  const r = relative(dir, p);
  return r === "" || !r.startsWith(".." + sep) && r !== ".." && !isAbsolute(r);
}
__name(isInside, "isInside");
function realish(p) {
  let head = p;
  const rest = [];
  while (!existsSync(head)) {
    const up = dirname(head);
    if (up === head) return p;
    rest.unshift(head.slice(up.length + (up.endsWith(sep) ? 0 : 1)));
    head = up;
  }
  return resolve(realpathSync(head), ...rest);
}
__name(realish, "realish");
function workspacePath(input, value, base, workspace) {
  const abs = resolve(base, value);
  const ws = realish(resolve(workspace));
  const real = realish(abs);
  if (!isInside(resolve(workspace), abs) && !isInside(ws, abs)) {
    throw new UsageError(`input '${input}' must name a path inside the workspace (${workspace}); '${value}' is outside it`);
  }
  if (!isInside(ws, real)) {
    throw new UsageError(`input '${input}': '${value}' leads outside the workspace through a symbolic link; inputs must stay inside the workspace`);
  }
  if (relative(ws, real).split(sep).includes(".git")) {
    throw new UsageError(`input '${input}': '${value}' is inside a .git folder, which inputs may not name`);
  }
  return abs;
}
__name(workspacePath, "workspacePath");
function getInputs(workspace) {
  const command = (opt(Inputs.command) ?? DEFAULT_COMMAND).toLowerCase();
  if (!COMMANDS.includes(command)) {
    throw new UsageError(`input 'command' must be one of ${COMMANDS.join(", ")}; got '${command}'`);
  }
  const pipeline = opt(Inputs.pipeline);
  if (!pipeline) throw new UsageError(`input 'pipeline' is required (path of the pipeline YAML, relative to working-directory)`);
  const logLevel = (opt(Inputs.logLevel) ?? "INFO").toUpperCase();
  if (!["DEBUG", "INFO", "WARNING", "ERROR", "FATAL"].includes(logLevel)) throw new UsageError(`input 'log-level' must be DEBUG, INFO, WARNING, ERROR or FATAL; got '${logLevel}'`);
  const persist = (opt(Inputs.persistRunLog) ?? "artifact").toLowerCase();
  if (persist !== "artifact" && persist !== "none") throw new UsageError(`input 'persist-run-log' must be 'artifact' or 'none'; got '${persist}'`);
  const failOnDrift = (opt(Inputs.failOnDrift) ?? "true").toLowerCase();
  if (!["true", "false"].includes(failOnDrift)) throw new UsageError(`input 'fail-on-drift' must be true or false`);
  const retention = opt(Inputs.retentionDays);
  const retentionDays = retention ? Number(retention) : void 0;
  if (retentionDays !== void 0 && (!Number.isInteger(retentionDays) || retentionDays < 1)) throw new UsageError(`input 'retention-days' must be a positive integer`);
  const stepCache = (opt(Inputs.stepCache) ?? "false").toLowerCase();
  if (!["true", "false"].includes(stepCache)) throw new UsageError(`input 'step-cache' must be true or false; got '${stepCache}'`);
  const cwd = workspacePath(Inputs.workingDirectory, opt(Inputs.workingDirectory) ?? ".", workspace, workspace);
  const file = /* @__PURE__ */ __name((input, value) => value === void 0 ? void 0 : (workspacePath(input, value, cwd, workspace), value), "file");
  const manifest = opt(Inputs.manifest);
  if (manifest !== void 0) workspacePath(Inputs.manifest, manifest, cwd, workspace);
  return {
    command,
    pipeline: file(Inputs.pipeline, pipeline),
    config: file(Inputs.config, opt(Inputs.config)),
    parametersFile: file(Inputs.parametersFile, opt(Inputs.parametersFile)),
    parameters: parseParametersInput(getInput(Inputs.parameters)),
    runId: opt(Inputs.runId),
    tag: opt(Inputs.tag),
    cwd,
    logLevel,
    persistRunLog: persist,
    runLogBranch: opt(Inputs.runLogBranch),
    sourceRunId: opt(Inputs.sourceRunId),
    githubToken: opt(Inputs.githubToken),
    manifest,
    failOnDrift: failOnDrift === "true",
    argoUiUrl: opt(Inputs.argoUiUrl),
    kubeconfig: opt(Inputs.kubeconfig),
    retentionDays,
    stepCache: stepCache === "true"
  };
}
__name(getInputs, "getInputs");

// src/github/annotations.ts
import { isAbsolute as isAbsolute2, relative as relative2, sep as sep2 } from "node:path";
var ANNOTATIONS_PER_LEVEL = 10;
function annotationPath(file, workspace) {
  let p = file;
  if (workspace && isAbsolute2(p)) {
    const rel = relative2(workspace, p);
    if (!rel.startsWith("..") && !isAbsolute2(rel)) p = rel;
  }
  return p.split(sep2).join("/");
}
__name(annotationPath, "annotationPath");
function issueAnnotations(issues, opts = {}) {
  const limit = opts.limit ?? ANNOTATIONS_PER_LEVEL;
  const sorted = [...issues];
  const shown = sorted.slice(0, limit).map((i) => ({
    level: opts.level ?? "error",
    title: opts.title ?? (i.path ? `runnable: ${i.path}` : "runnable"),
    message: i.message,
    file: annotationPath(i.file, opts.workspace),
    ...i.line !== void 0 ? { startLine: i.line } : {},
    ...i.endLine !== void 0 ? { endLine: i.endLine } : {},
    ...i.column !== void 0 && (i.endLine === void 0 || i.endLine === i.line) ? { startColumn: i.column } : {},
    ...i.endColumn !== void 0 && (i.endLine === void 0 || i.endLine === i.line) ? { endColumn: i.endColumn } : {}
  }));
  return { shown, overflow: sorted.slice(limit) };
}
__name(issueAnnotations, "issueAnnotations");
function issuesMarkdown(issues, workspace) {
  return issues.map((i) => `- \`${formatIssue({ ...i, file: annotationPath(i.file, workspace) }).replace(/`/g, "'")}\``).join("\n");
}
__name(issuesMarkdown, "issuesMarkdown");
function failedLeafSteps(runLog) {
  const out = [];
  const walk = /* @__PURE__ */ __name((steps) => {
    for (const s of Object.values(steps)) {
      const branches = Object.values(s.branches ?? {});
      if (branches.length) {
        for (const b of branches) walk(b.steps);
      } else if (s.status === "FAIL" && s.step_type !== "fail") out.push({ path: s.internal_name, step: s });
    }
  }, "walk");
  walk(runLog.steps);
  return out;
}
__name(failedLeafSteps, "failedLeafSteps");
function failedStepAnnotations(runLog, opts = {}) {
  const limit = opts.limit ?? ANNOTATIONS_PER_LEVEL;
  const failed = failedLeafSteps(runLog);
  const shown = failed.slice(0, limit).map(({ path, step }) => {
    const last = step.attempts[step.attempts.length - 1];
    const tries = step.attempts.length > 1 ? ` after ${step.attempts.length} attempts` : "";
    const msg = (step.message || last?.message || "failed").split("\n").slice(0, 20).join("\n");
    return {
      level: "error",
      title: `step ${path} failed${tries}`,
      message: msg,
      ...opts.pipelineFile ? { file: annotationPath(opts.pipelineFile, opts.workspace) } : {}
    };
  });
  return { shown, more: Math.max(0, failed.length - limit) };
}
__name(failedStepAnnotations, "failedStepAnnotations");

// src/action/run-action.ts
var env = {
  workspace: /* @__PURE__ */ __name(() => process.env.GITHUB_WORKSPACE || process.cwd(), "workspace"),
  temp: /* @__PURE__ */ __name(() => process.env.RUNNER_TEMP || tmpdir(), "temp"),
  runId: /* @__PURE__ */ __name(() => process.env.GITHUB_RUN_ID || "", "runId"),
  repository: /* @__PURE__ */ __name(() => process.env.GITHUB_REPOSITORY || "", "repository"),
  hasArtifactRuntime: /* @__PURE__ */ __name(() => Boolean(process.env.ACTIONS_RUNTIME_TOKEN && process.env.ACTIONS_RESULTS_URL), "hasArtifactRuntime"),
  serverUrl: /* @__PURE__ */ __name(() => process.env.GITHUB_SERVER_URL || "https://github.com", "serverUrl")
};
var REPORT_URL = "https://github.com/runnable-action/runnable-action/issues/new";
var state = { secrets: new Masker(), summaryAppendix: [], artifacts: [], notes: [], deferredWarnings: [] };
function annotate(a) {
  const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn, endColumn: a.endColumn };
  if (a.level === "error") error(a.message, props);
  else if (a.level === "warning") warning(a.message, props);
  else notice(a.message, props);
}
__name(annotate, "annotate");
function addSecret(value) {
  if (!state.secrets.add(value)) return;
  for (const form of secretForms(value)) setSecret(form);
}
__name(addSecret, "addSecret");
async function maskPipelineSecrets(pipeline, settings, config, runEnv) {
  const names = declaredSecretNames(pipeline);
  if (!names.length) return;
  try {
    const { createSecrets } = await import("./factory-KTDA5VWX.js");
    const svc = createSecrets(config.secrets, settings.cwd, runEnv);
    for (const n of names) addSecret(await svc.get(n).catch(() => void 0));
  } catch {
    for (const n of names) addSecret(runEnv[n]);
  }
}
__name(maskPipelineSecrets, "maskPipelineSecrets");
function runEnvironment() {
  return { ...process.env };
}
__name(runEnvironment, "runEnvironment");
async function writeSummary(markdown, name) {
  const file = join(env.temp(), `runnable-summary-${name.replace(/[^A-Za-z0-9._-]+/g, "_")}.md`);
  mkdirSync(env.temp(), { recursive: true });
  writeFileSync(file, markdown);
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await summary.addRaw(markdown).addEOL().write();
    } catch (err) {
      warning(`could not write the job summary: ${err.message}; it is in ${file}`);
    }
  } else {
    info(`GITHUB_STEP_SUMMARY is not set: summary written to ${file}`);
  }
  setOutput("summary", file);
  state.summaryWritten = true;
  return file;
}
__name(writeSummary, "writeSummary");
function setStatus(status) {
  setOutput("status", status);
  state.statusSet = true;
}
__name(setStatus, "setStatus");
function errorLine(err) {
  if (err instanceof RunnableError) return `[${err.code}] ${maskAll(err.message)}`;
  return `[RA999] internal error in runnable-action: ${maskAll(err instanceof Error ? err.message : String(err))}`;
}
__name(errorLine, "errorLine");
async function logFolderFor(config, cwd) {
  const type = String(config.runLogStore.type).replace(/_/g, "-");
  if (type !== "file-system" && type !== "chunked-fs") return void 0;
  const { logFolderOf } = await import("./factory-XFEGPSB5.js");
  return logFolderOf(config.runLogStore, cwd);
}
__name(logFolderFor, "logFolderFor");
async function persistRunLog(reason) {
  const s = state.settings;
  if (!s || !state.runId || !state.logFolder || state.persisted !== void 0) return;
  state.persisted = true;
  if (s.persistRunLog === "artifact" && !env.hasArtifactRuntime()) {
    const why = `this runner has no Actions artifact service (no ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL: GHES or a local runner?), so the run log was not stored as an artifact; it stays in ${state.logFolder} on this runner`;
    warning(`persist-run-log: artifact: ${why}`);
    setOutput("run-log-artifact", "none: no artifact service on this runner");
    state.notes.push(`\u26A0\uFE0F ${why}`);
  }
  if (s.persistRunLog === "artifact" && env.hasArtifactRuntime()) {
    try {
      const { persistRunLogArtifact } = await import("./persist-artifact-YPASCGNK.js");
      const r = await persistRunLogArtifact({ runId: state.runId, logFolder: state.logFolder, retentionDays: s.retentionDays });
      info(`run log of ${state.runId} ${r.alreadyStored ? "already stored" : "stored"} as artifact ${r.name} (id ${r.id}, ${r.files.length} file(s); ${reason})`);
      setOutput("run-log-artifact", r.name);
      state.artifacts.unshift({ name: r.name, url: r.url, kind: "run log", files: r.files.length });
    } catch (err) {
      state.persisted = false;
      warning(`could not store the run log as an artifact: ${maskAll(err.message)}`);
      state.notes.push(`\u26A0\uFE0F the run log could not be stored as an artifact (the post step tries again; a retry in another job needs it): ${errorLine(err)}`);
    }
  }
  if (s.runLogBranch) {
    try {
      const { commitRunLogToGit, filesUnder } = await import("./persist-git-N4Z26ZFY.js");
      const files = await filesUnder(join(state.logFolder, state.runId), `runs/${state.runId}`);
      const single = join(state.logFolder, `${state.runId}.json`);
      if (existsSync2(single)) files.push({ repoPath: `runs/${state.runId}/${state.runId}.json`, source: single });
      const r = await commitRunLogToGit({ repoDir: env.workspace(), branch: s.runLogBranch, runId: state.runId, files });
      info(`run log of ${state.runId} ${r.changed ? "committed" : "unchanged"} on branch ${s.runLogBranch} (${r.commit.slice(0, 12)}, ${r.attempts} attempt(s))`);
    } catch (err) {
      warning(`could not commit the run log to branch ${s.runLogBranch}: ${maskAll(err.message)}`);
    }
  }
  saveState("persisted", state.persisted ? "true" : "false");
}
__name(persistRunLog, "persistRunLog");
function statusesOf(log) {
  const out = {};
  for (const s of Object.values(log.steps)) out[s.internal_name] = s.status;
  return out;
}
__name(statusesOf, "statusesOf");
async function summarise(result, failure) {
  let mermaid;
  try {
    const { renderMermaid } = await import("./graph-WDHPPH6W.js");
    mermaid = renderMermaid(result.pipeline, statusesOf(result.runLog));
  } catch {
    mermaid = void 0;
  }
  let catalogArtifacts = [];
  const st = artifactCatalogStats(result.catalog);
  if (st) {
    catalogArtifacts = st.uploaded.map((u) => ({ name: u.name, url: u.url, kind: u.kind === "pack" ? "catalog pack" : "catalog index", files: u.files, bytes: u.bytes }));
    if (st.artifactsUploaded || st.filesDeduplicated || st.artifactsDownloaded) {
      state.notes.push(`catalog: ${st.filesUploaded} file(s) uploaded in ${st.artifactsUploaded} artifact(s), ${st.filesDeduplicated} unchanged file(s) not uploaded again, ${st.artifactsDownloaded} artifact(s) downloaded`);
    }
  }
  const { renderSummary } = await import("./summary-2A4KSF33.js");
  const md = renderSummary({
    runLog: result.runLog,
    mermaid,
    artifacts: [...state.artifacts, ...catalogArtifacts],
    secrets: state.secrets.list(),
    notes: state.notes,
    appendix: state.summaryAppendix.join("\n\n") || void 0,
    durationMs: result.durationMs,
    failure
  });
  await writeSummary(md, result.runLog.run_id);
}
__name(summarise, "summarise");
async function defaultConfigFile(settings) {
  if (settings.config || process.env.RUNNABLE_CONFIGURATION_FILE || existsSync2(join(settings.cwd, "runnable-config.yaml"))) return settings.config;
  const catalog = env.hasArtifactRuntime() ? "github-artifacts" : "file-system";
  if (catalog === "file-system") {
    warning("this runner has no Actions artifact service (GHES or a local runner?): the catalog is a file-system folder on this runner (.catalog), not artifacts; a later job or a retry elsewhere will not find its files");
  }
  const file = join(env.temp(), "runnable-action-default-config.yaml");
  mkdirSync(env.temp(), { recursive: true });
  writeFileSync(
    file,
    ["# written by runnable-action: no config input and no runnable-config.yaml", "pipeline-executor:", "  type: local", "run-log-store:", "  type: chunked-fs", "catalog:", `  type: ${catalog}`, "secrets:", "  type: env-secrets", ""].join("\n")
  );
  return file;
}
__name(defaultConfigFile, "defaultConfigFile");
async function runCommandWithRun(settings, retry) {
  const { loadInputs } = await import("./engine-EUSUUU4M.js");
  const configFile = await defaultConfigFile(settings);
  const runEnv = runEnvironment();
  const base = {
    pipelineFile: settings.pipeline,
    configFile,
    parametersFile: settings.parametersFile,
    parameters: settings.parameters,
    runId: settings.runId,
    tag: settings.tag,
    logLevel: settings.logLevel,
    cwd: settings.cwd,
    env: runEnv,
    // The artifact catalog's options travel with the run, in-process: the token never enters an environment.
    catalogOptions: { githubArtifacts: { token: settings.githubToken, sourceWorkflowRunId: settings.sourceRunId, sourceRepository: env.repository(), log: /* @__PURE__ */ __name((m) => info(m), "log") } },
    onCatalog: /* @__PURE__ */ __name((c) => {
      state.catalog = c;
    }, "onCatalog")
  };
  const loaded = await loadInputs(base);
  state.logFolder = await logFolderFor(loaded.config, settings.cwd);
  if (state.logFolder) saveState("logFolder", state.logFolder);
  await maskPipelineSecrets(loaded.pipeline, settings, loaded.config, runEnv);
  if (retry) {
    if (!settings.runId) throw new UsageError(`command 'retry' needs the input 'run-id'`);
    if (state.logFolder && env.hasArtifactRuntime()) {
      const { restoreRunLogArtifact } = await import("./persist-artifact-YPASCGNK.js");
      const r = await restoreRunLogArtifact({
        runId: settings.runId,
        logFolder: state.logFolder,
        source: settings.sourceRunId ? { workflowRunId: settings.sourceRunId, repository: env.repository(), token: settings.githubToken } : void 0
      });
      if (r) {
        state.notes.push(`retry of run ${settings.runId}: run log restored from artifact ${r.name}; steps that succeeded before are skipped`);
        info(`restored the run log of ${settings.runId} from artifact ${r.name} (id ${r.id})`);
      }
    }
  }
  const stepCache = settings.stepCache ? await openStepCache() : void 0;
  const { StepLogRelay } = await import("./log-groups-IG2AX46R.js");
  const relay = new StepLogRelay((t) => process.stdout.write(t));
  const ac = new AbortController();
  let signalled;
  let deadline;
  const onSignal = /* @__PURE__ */ __name((sig) => {
    if (signalled) {
      info(`received ${sig} again: still finishing the run log`);
      return;
    }
    signalled = sig;
    process.stdout.write(`
`);
    warning(`received ${sig}: cancelling the run (steps are stopped, the run log is marked FAIL and stored)`);
    ac.abort(sig);
    deadline = setTimeout(() => {
      void (async () => {
        relay.finish();
        const runId = state.runId ?? settings.runId;
        if (!state.statusSet) setStatus("FAIL");
        if (!state.summaryWritten) {
          await writeSummary(
            `## \u274C run \`${runId ?? "?"}\` cancelled by ${sig}

The run did not settle within 6 s of the signal (a store or an upload was still busy): its run log is stored as it is on disk (a retry runs again whatever it does not show as succeeded). Retry it with \`command: retry\`${runId ? `, \`run-id: ${runId}\`` : ""}.
`,
            runId ?? "cancelled"
          ).catch(() => void 0);
        }
        await Promise.race([
          Promise.allSettled([flushCatalogs(), persistRunLog(`after ${sig}, engine still settling`)]),
          new Promise((r) => setTimeout(r, 2500).unref())
        ]);
        process.exit(130);
      })();
    }, 6e3);
    deadline.unref();
  }, "onSignal");
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const notRun = [];
  const reporter = {
    ...relay.reporter,
    stepFinished: /* @__PURE__ */ __name((e) => {
      relay.reporter.stepFinished?.(e);
      const outcome = e.outcome ?? outcomeOf(e);
      if (outcome.kind === "cached" || outcome.kind === "skipped") notRun.push({ step: e.step, outcome });
    }, "stepFinished"),
    runStarted: /* @__PURE__ */ __name((e) => {
      state.runId = e.runId;
      saveState("runId", e.runId);
      setOutput("run-id", e.runId);
      info(`run id: ${e.runId}`);
    }, "runStarted"),
    log: /* @__PURE__ */ __name((level, message) => {
      if (level === "WARNING" && message.startsWith("step cache:")) {
        state.deferredWarnings.push(message);
        info(inertText(maskAll(`warning: ${message}`)));
        return;
      }
      if (level === "DEBUG") debug(maskAll(message));
      else if (level === "WARNING") warning(maskAll(message));
      else if (level === "ERROR" || level === "FATAL") error(maskAll(message));
      else info(inertText(maskAll(message)));
    }, "log")
  };
  let result;
  try {
    if (retry) {
      const { retryCommand } = await import("./retry-4Z4PH3TS.js");
      result = await retryCommand({ ...base, runId: settings.runId, reporter, signal: ac.signal, stepCache });
    } else {
      const { executeCommand } = await import("./execute-UOSWCFT5.js");
      result = await executeCommand({ ...base, reporter, signal: ac.signal, stepCache }, loaded);
    }
  } finally {
    relay.finish();
    stepCache?.close();
    for (const w of state.deferredWarnings.splice(0)) warning(maskAll(w));
  }
  state.runId = result.runId;
  let notStored;
  await flushCatalogs().catch((err) => {
    notStored = err;
  });
  const cachedSteps = notRun.flatMap((s) => s.outcome.kind === "cached" ? [{ step: s.step, runId: s.outcome.from.run_id }] : []);
  const otherSkipped = notRun.flatMap((s) => s.outcome.kind === "skipped" ? [{ step: s.step, reason: s.outcome.reason }] : []);
  if (cachedSteps.length) {
    const byRun = /* @__PURE__ */ new Map();
    for (const s of cachedSteps) byRun.set(s.runId, [...byRun.get(s.runId) ?? [], s.step]);
    const parts = [...byRun].map(([run2, steps]) => `${steps.slice(0, 10).join(", ")}${steps.length > 10 ? ", \u2026" : ""} from run ${run2}`);
    state.notes.push(`\u267B\uFE0F ${cachedSteps.length} step(s) not run: their definition, inputs and catalog inputs are unchanged, so their results were restored from the step cache (${parts.join("; ")})`);
  }
  if (otherSkipped.length) {
    state.notes.push(`${otherSkipped.length} step(s) skipped: ${otherSkipped.slice(0, 10).map((s) => `${s.step} (${s.reason})`).join(", ")}${otherSkipped.length > 10 ? ", \u2026" : ""}`);
  }
  if (stepCache) {
    const line = stepCache.describe();
    info(line);
    state.notes.push(line);
  }
  if (signalled) state.notes.push(`cancelled by ${signalled}: the run log was marked FAIL; retry with command: retry, run-id: ${result.runId}`);
  await persistRunLog(signalled ? `cancelled by ${signalled}` : "end of run");
  try {
    const { writeActionReport, REPORT_ARTIFACT_KIND } = await import("./report-artifact-J6EFK53A.js");
    const rep = await writeActionReport({ runLog: result.runLog, config: loaded.config, catalog: result.catalog, cwd: settings.cwd, env: runEnv, secrets: state.secrets.list(), dir: env.temp(), upload: env.hasArtifactRuntime(), retentionDays: settings.retentionDays });
    info(`run report: ${rep.file}${rep.artifact ? ` (artifact ${rep.artifact.name})` : ""}`);
    if (rep.artifact) state.artifacts.push({ name: rep.artifact.name, url: rep.artifact.url, kind: REPORT_ARTIFACT_KIND, files: 1, bytes: rep.bytes });
  } catch (err) {
    warning(`could not write the run report: ${maskAll(err.message)}`);
  }
  setOutput("run-id", result.runId);
  setStatus(notStored ? "FAIL" : result.status);
  if (notStored) state.notes.push(`files the run's steps put in the catalog are in no artifact: those steps are marked FAIL in the run log, so a retry (command: retry, run-id: ${result.runId}) runs them again`);
  if (state.logFolder) setOutput("run-log", existsSync2(join(state.logFolder, result.runId)) ? join(state.logFolder, result.runId) : join(state.logFolder, `${result.runId}.json`));
  const failed = failedStepAnnotations(result.runLog, { pipelineFile: resolve2(settings.cwd, settings.pipeline), workspace: env.workspace() });
  for (const a of failed.shown) annotate({ ...a, message: maskAll(a.message) });
  if (failed.more) state.summaryAppendix.push(`${failed.more} more failed step(s) are not annotated (GitHub shows 10 per step): see the table above and the run-log artifact.`);
  await summarise(result, notStored ? { status: "FAIL", message: errorLine(notStored) } : void 0);
  if (deadline) clearTimeout(deadline);
  if (signalled) throw new CancelledError(result.runId, signalled);
  if (notStored) throw notStored;
  if (result.status !== "SUCCESS") throw new RunFailedError(result.runId, result.status);
}
__name(runCommandWithRun, "runCommandWithRun");
async function openStepCache() {
  const { ActionsStepCache } = await import("./step-cache-actions-JMUYGFPC.js");
  try {
    const r = await ActionsStepCache.create({ root: join(env.temp(), "runnable-step-cache"), info: /* @__PURE__ */ __name((m) => info(m), "info"), debug: isDebug() });
    if (r.cache) {
      info(`step cache: on (GitHub cache service); unchanged steps are restored instead of run`);
      return r.cache;
    }
    warning(`step-cache: ${r.reason}; every step runs`);
    state.notes.push(`step cache requested but off: ${r.reason}`);
  } catch (err) {
    warning(`step-cache: could not load the cache client: ${err.message}; every step runs`);
  }
  return void 0;
}
__name(openStepCache, "openStepCache");
function maskAll(text) {
  return state.secrets.mask(text);
}
__name(maskAll, "maskAll");
async function flushCatalogs() {
  await state.catalog?.flush();
}
__name(flushCatalogs, "flushCatalogs");
function artifactCatalogStats(catalog) {
  return catalog?.kind === "github-artifacts" ? catalog.stats : void 0;
}
__name(artifactCatalogStats, "artifactCatalogStats");
async function validateAction(settings) {
  const { validateCommand } = await import("./validate-Q4ALTP6T.js");
  const r = await validateCommand({ pipelineFile: settings.pipeline, configFile: settings.config, parametersFile: settings.parametersFile, cwd: settings.cwd, env: runEnvironment() });
  const flowWarnings = r.dataflow.filter((d) => d.severity === "warning");
  const { shown, overflow } = issueAnnotations(flowWarnings, { workspace: env.workspace(), level: "warning" });
  for (const a of shown) annotate(a);
  const positioned = new Set(flowWarnings.map((d) => formatIssue(d)));
  for (const w of r.warnings) if (!positioned.has(w)) warning(w);
  setStatus(r.ok ? "SUCCESS" : "FAIL");
  if (!r.ok) throw new ValidationError(r.issues, relative3(env.workspace(), resolve2(settings.cwd, settings.pipeline)) || settings.pipeline);
  const lines = [`## \u2705 ${settings.pipeline} is valid`, ""];
  if (flowWarnings.length) {
    lines.push(`### \u26A0\uFE0F ${flowWarnings.length} parameter(s) some paths may not provide`, "", issuesMarkdown(flowWarnings, env.workspace()), "");
    if (overflow.length) lines.push(`GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations per step; all are listed above.`, "");
  }
  if (r.pipeline) {
    try {
      const { renderMermaid } = await import("./graph-WDHPPH6W.js");
      lines.push("```mermaid", renderMermaid(r.pipeline).trim(), "```", "");
    } catch {
    }
  }
  info(`${settings.pipeline}: valid`);
  await writeSummary(lines.join("\n"), "validate");
}
__name(validateAction, "validateAction");
async function compileAction(settings) {
  const { loadInputs } = await import("./engine-EUSUUU4M.js");
  const loaded = await loadInputs({ pipelineFile: settings.pipeline, configFile: settings.config, cwd: settings.cwd, env: runEnvironment() });
  let text;
  let kind;
  let outFile;
  if (loaded.config.pipelineExecutor.type === "argo") {
    const { compileCommand } = await import("./compile-5CLXKYHY.js");
    const r = await compileCommand({ loaded, pipelineFile: settings.pipeline, configFile: settings.config, parametersFile: settings.parametersFile, logLevel: settings.logLevel, tag: settings.tag });
    text = r.yaml;
    kind = `Argo ${r.kind}`;
    outFile = r.outputFile ?? resolve2(settings.cwd, "argo-pipeline.yaml");
  } else {
    const { renderMermaid } = await import("./graph-WDHPPH6W.js");
    text = renderMermaid(loaded.pipeline).trim() + "\n";
    kind = "mermaid graph";
    outFile = resolve2(settings.cwd, settings.pipeline.replace(/\.ya?ml$/i, "") + ".mmd");
  }
  const lines = [`## ${kind} of ${settings.pipeline}`, ""];
  if (settings.manifest) {
    const committed = resolve2(settings.cwd, settings.manifest);
    const before = existsSync2(committed) ? readFileSync(committed, "utf8") : void 0;
    const generated = join(env.temp(), "runnable-compiled-" + settings.manifest.replace(/[^A-Za-z0-9._-]+/g, "_"));
    mkdirSync(env.temp(), { recursive: true });
    writeFileSync(generated, text);
    setOutput("manifest", generated);
    if (before === text) {
      info(`${settings.manifest} is up to date`);
      lines.push(`\u2705 \`${settings.manifest}\` matches the pipeline.`);
      await writeSummary(lines.join("\n"), "compile");
      return;
    }
    const diffLine = firstDiffLine(before ?? "", text);
    lines.push(`\u274C \`${settings.manifest}\` ${before === void 0 ? "does not exist" : `differs from the compiled ${kind} (first difference at line ${diffLine})`}. Regenerate it with \`runnable compile\` and commit it.`, "", "<details><summary>expected</summary>", "", "```yaml", text.slice(0, 2e5), "```", "", "</details>");
    await writeSummary(lines.join("\n"), "compile");
    if (settings.failOnDrift) {
      const file = relative3(env.workspace(), committed);
      throw new ValidationError([{ file, line: before === void 0 ? void 0 : diffLine, path: "", message: `${before === void 0 ? "missing" : "out of date"}: the committed manifest does not match the pipeline; run 'runnable compile' and commit the result` }], "compiled manifest");
    }
    warning(`${settings.manifest} is out of date (fail-on-drift is false)`);
    return;
  }
  workspacePath("compile output", outFile, settings.cwd, env.workspace());
  mkdirSync(resolve2(outFile, ".."), { recursive: true });
  writeFileSync(outFile, text);
  setOutput("manifest", outFile);
  info(`${kind} written to ${outFile}`);
  lines.push("```" + (kind.startsWith("Argo") ? "yaml" : "mermaid"), text.slice(0, 2e5).trim(), "```");
  await writeSummary(lines.join("\n"), "compile");
}
__name(compileAction, "compileAction");
function firstDiffLine(a, b) {
  const x = a.split("\n");
  const y = b.split("\n");
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i + 1;
  return 1;
}
__name(firstDiffLine, "firstDiffLine");
function argoRowsMarkdown(rows) {
  const icon = /* @__PURE__ */ __name((s) => s === "SUCCESS" ? "\u2705" : s === "FAIL" ? "\u274C" : "\u23F3", "icon");
  const esc = /* @__PURE__ */ __name((t) => maskAll(t).replace(/\|/g, "\\|").replace(/\n/g, " "), "esc");
  const lines = ["| step | status | attempts | duration | message |", "| --- | --- | --- | --- | --- |"];
  for (const r of rows.slice(0, 500)) {
    lines.push(`| \`${esc(r.step)}\` | ${icon(r.status)} ${r.status} | ${r.attempts} | ${r.duration !== void 0 ? `${r.duration.toFixed(1)} s` : ""} | ${esc((r.message ?? "").slice(0, 200))} |`);
  }
  if (rows.length > 500) lines.push(`| \u2026 ${rows.length - 500} more steps | | | | |`);
  return lines.join("\n") + "\n";
}
__name(argoRowsMarkdown, "argoRowsMarkdown");
async function submitAction(settings) {
  const { loadInputs } = await import("./engine-EUSUUU4M.js");
  const { submitCommand } = await import("./submit-2BCESUE5.js");
  const loaded = await loadInputs({ pipelineFile: settings.pipeline, configFile: settings.config, cwd: settings.cwd, env: runEnvironment() });
  if (settings.kubeconfig) {
    for (const line of settings.kubeconfig.split("\n")) {
      const m = /^\s*-?\s*[\w.-]*(token|certificate|key|password|secret)[\w.-]*:\s*(\S.*?)\s*$/i.exec(line);
      if (m && m[2].length >= 4) setSecret(m[2]);
    }
  }
  const ac = new AbortController();
  const onSignal = /* @__PURE__ */ __name((sig) => {
    warning(`received ${sig}: stopping the workflow`);
    ac.abort(sig);
  }, "onSignal");
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let seen = "";
  try {
    const r = await submitCommand({
      loaded,
      pipelineFile: settings.pipeline,
      configFile: settings.config,
      parametersFile: settings.parametersFile,
      logLevel: settings.logLevel,
      tag: settings.tag,
      runId: settings.runId,
      kube: settings.kubeconfig ? { kubeconfigText: settings.kubeconfig } : {},
      wait: true,
      argoServerUrl: settings.argoUiUrl,
      onSecret: /* @__PURE__ */ __name((v) => setSecret(v), "onSecret"),
      signal: ac.signal,
      onSubmitted: /* @__PURE__ */ __name((wf2) => {
        info(`submitted workflow ${wf2.namespace}/${wf2.name}${wf2.uiUrl ? ` \u2014 ${wf2.uiUrl}` : ""}`);
        setOutput("run-id", settings.runId ?? wf2.uid);
      }, "onSubmitted"),
      onProgress: /* @__PURE__ */ __name((rows) => {
        for (const row of rows) {
          const line = `${row.step} ${row.status} ${row.attempts}`;
          if (!seen.includes(`|${line}|`)) {
            seen += `|${line}|`;
            info(inertOneLine(maskAll(`${row.status === "SUCCESS" ? "\u2713" : row.status === "FAIL" ? "\u2717" : "\u2026"} ${row.step} ${row.status}${row.attempts > 1 ? ` [attempt ${row.attempts}]` : ""}`)));
          }
        }
      }, "onProgress")
    });
    const wf = r.submitted;
    const manifestFile = join(env.temp(), "runnable-submitted-workflow.yaml");
    mkdirSync(env.temp(), { recursive: true });
    writeFileSync(manifestFile, r.yaml);
    setOutput("manifest", manifestFile);
    const phase = r.result?.phase ?? "Unknown";
    setStatus(phase === "Succeeded" ? "SUCCESS" : "FAIL");
    const link = wf.uiUrl ? ` \u2014 [open in the Argo UI](${wf.uiUrl})` : "";
    await writeSummary(
      `## ${phase === "Succeeded" ? "\u2705" : "\u274C"} Argo workflow \`${wf.namespace}/${wf.name}\` ${phase}${link}

` + (r.result?.message ? `${maskAll(r.result.message)}

` : "") + r.notes.map((n) => `> ${maskAll(n).replace(/\n/g, " ")}

`).join("") + argoRowsMarkdown(r.result?.rows ?? []),
      "submit"
    );
    if (r.result?.cancelled) throw new CancelledError(settings.runId ?? wf.uid, String(ac.signal.reason ?? "cancel"));
    if (phase !== "Succeeded") throw new RunFailedError(settings.runId ?? wf.uid, phase);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
__name(submitAction, "submitAction");
async function reportError(err, isPost = false) {
  const command = state.settings?.command;
  const runId = state.runId ?? state.settings?.runId;
  if (!isPost && (command === "execute" || command === "retry" || command === "submit")) {
    if (!state.statusSet) setStatus("FAIL");
    if (runId) setOutput("run-id", runId);
  }
  if (!isPost && !state.summaryWritten && !(err instanceof ValidationError)) {
    const what = command ? `\`${command}\`${runId ? ` of run \`${runId}\`` : ""}` : "runnable-action";
    await writeSummary(`## \u274C ${what} failed

${errorLine(err)}
`, runId ?? command ?? "error").catch(() => void 0);
  }
  if (err instanceof ValidationError) {
    const { shown, overflow } = issueAnnotations(err.issues, { workspace: env.workspace() });
    for (const a of shown) annotate(a);
    if (overflow.length) {
      const md = `### ${overflow.length} more problem(s)

GitHub shows 10 annotations per step; the rest:

${issuesMarkdown(overflow, env.workspace())}
`;
      await writeSummary(md, "validation").catch(() => void 0);
    } else if (err.issues.length) {
      await writeSummary(`## \u274C ${err.issues.length} problem(s)

${issuesMarkdown(err.issues, env.workspace())}
`, "validation").catch(() => void 0);
    }
    setFailed(`[${err.code}] ${err.issues.length} problem(s) found:
${err.issues.map((i) => "  " + formatIssue(i)).join("\n")}`);
    process.exitCode = err.exitCode;
  } else if (err instanceof ManifestError || err instanceof RunnableError) {
    setFailed(`[${err.code}] ${maskAll(err.message)}`);
    process.exitCode = err.exitCode;
  } else {
    const e = err instanceof Error ? err : new InternalError(String(err));
    error(maskAll(e.stack ?? e.message));
    setFailed(`[RA999] internal error in runnable-action: ${maskAll(e.message)}. This is a bug: please report it at ${REPORT_URL} with the log above.`);
    process.exitCode = 1;
  }
}
__name(reportError, "reportError");
async function main() {
  saveState("isPost", "true");
  const settings = getInputs(env.workspace());
  state.settings = settings;
  addSecret(settings.githubToken);
  addSecret(settings.kubeconfig);
  switch (settings.command) {
    case "execute":
      return runCommandWithRun(settings, false);
    case "retry":
      return runCommandWithRun(settings, true);
    case "validate":
      return validateAction(settings);
    case "compile":
      return compileAction(settings);
    case "submit":
      return submitAction(settings);
  }
}
__name(main, "main");
async function post() {
  const runId = getState("runId");
  const logFolder = getState("logFolder");
  if (!runId || !logFolder || getState("persisted") === "true") return;
  state.settings = getInputs(env.workspace());
  state.runId = runId;
  state.logFolder = logFolder;
  info(`post: the run log of ${runId} was not stored by the main step; storing it now`);
  await persistRunLog("post step");
}
__name(post, "post");
async function run(opts = {}) {
  const isPost = getState("isPost") === "true";
  if (opts.sealed === "unavailable") {
    info("note: this Node.js cannot re-execute itself (process.execve), so steps can read the runner credentials from /proc/<pid>/environ of this process (SECURITY.md, residual risks)");
  }
  try {
    await (isPost ? post() : main());
  } catch (err) {
    if (!isPost && state.runId && state.persisted === void 0) await persistRunLog("after an error").catch(() => void 0);
    await reportError(err, isPost);
  }
  process.exit(process.exitCode ?? 0);
}
__name(run, "run");
export {
  run
};
