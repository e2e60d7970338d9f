import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  declaredSecretNames
} from "./chunk-V4XLLV55.js";
import {
  createLimiter
} from "./chunk-YLHJLUSK.js";
import {
  createCatalog
} from "./chunk-RGVNDDOX.js";
import {
  createSecrets
} from "./chunk-4Z2LXMPH.js";
import {
  loadConfig
} from "./chunk-GE2OTE2S.js";
import {
  loadInitialParameters
} from "./chunk-I3P5IBO4.js";
import {
  loadPipeline
} from "./chunk-O2GLSY5X.js";
import {
  createRunLogStore
} from "./chunk-CAUTPMAU.js";
import {
  checkRunId,
  generateRunId
} from "./chunk-K22HHINW.js";
import {
  canonicalType,
  unknownTypeMessage
} from "./chunk-A5QB3JT3.js";
import {
  RetryRefusedError,
  RunLogExistsError,
  UsageError
} from "./chunk-I4ZUIMKY.js";
import {
  setOwn
} from "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/pipeline/dag-hash.ts
import { createHash } from "node:crypto";
function graphDump(g) {
  const nodes = {};
  for (const [name, node2] of Object.entries(g.nodes)) setOwn(nodes, name, nodeDump(node2));
  return {
    start_at: g.start_at,
    name: "",
    description: g.description ?? "",
    internal_branch_name: g.internalName,
    nodes
  };
}
__name(graphDump, "graphDump");
function nodeDump(n) {
  const base = { node_type: n.type, name: n.name, internal_name: n.internalName };
  if (n.type === "success" || n.type === "fail") return base;
  Object.assign(base, { next_node: n.next, on_failure: n.on_failure ?? "", overrides: { ...n.overrides } });
  switch (n.type) {
    case "task": {
      const t = n.task;
      Object.assign(base, {
        catalog: n.catalog ? { get: [...n.catalog.get], put: [...n.catalog.put], store_copy: n.catalog.store_copy } : null,
        max_attempts: n.max_attempts,
        command_type: t.command_type,
        command: t.command,
        returns: t.returns.map((r) => ({ name: r.name, kind: r.kind })),
        secrets: [...t.secrets]
      });
      if (t.optional_ploomber_args !== void 0) base.optional_ploomber_args = t.optional_ploomber_args;
      if (t.stream_end_type !== void 0) base.stream_end_type = t.stream_end_type;
      if (n.timeout_seconds !== void 0) base.timeout_seconds = n.timeout_seconds;
      return base;
    }
    case "stub":
      return base;
    case "parallel":
      return { ...base, branches: mapValues(n.branches, graphDump) };
    case "map":
      return { ...base, iterate_on: n.iterate_on, iterate_as: n.iterate_as, reducer: n.reducer ?? null, branch: graphDump(n.branch) };
    case "conditional":
      return { ...base, parameter: n.parameter, branches: mapValues(n.branches, graphDump), default: n.default ? graphDump(n.default) : null };
    case "loop":
      return { ...base, branch: graphDump(n.branch), max_iterations: n.max_iterations, break_on: n.break_on, index_as: n.index_as };
  }
}
__name(nodeDump, "nodeDump");
function mapValues(o, f) {
  const out = {};
  for (const [k, v] of Object.entries(o)) setOwn(out, k, f(v));
  return out;
}
__name(mapValues, "mapValues");
function dagDump(pipeline) {
  return graphDump(pipeline.dag);
}
__name(dagDump, "dagDump");
function stableStringify(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => v === void 0 ? "null" : stableStringify(v)).join(",")}]`;
  const entries = Object.keys(value).filter((k) => value[k] !== void 0).sort().map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`);
  return `{${entries.join(",")}}`;
}
__name(stableStringify, "stableStringify");
function dagHash(pipeline) {
  return createHash("sha1").update(stableStringify(dagDump(pipeline))).digest("hex");
}
__name(dagHash, "dagHash");

// src/engine/runnable-dag.ts
var isObj = /* @__PURE__ */ __name((v) => v !== null && typeof v === "object" && !Array.isArray(v), "isObj");
function graph(g) {
  if (!isObj(g)) return g;
  const nodes = {};
  for (const [k, n] of Object.entries(isObj(g.nodes) ? g.nodes : {})) nodes[k] = node(n);
  return { start_at: g.start_at, description: g.description || "", nodes };
}
__name(graph, "graph");
function node(n) {
  if (!isObj(n)) return n;
  const type = n.node_type;
  const base = { node_type: type, name: n.name };
  if (type === "success" || type === "fail") return base;
  Object.assign(base, { next_node: n.next_node, on_failure: n.on_failure || "", overrides: isObj(n.overrides) ? n.overrides : {} });
  const catalog = isObj(n.catalog) ? { get: n.catalog.get ?? [], put: n.catalog.put ?? [], store_copy: n.catalog.store_copy ?? true } : null;
  switch (type) {
    case "task":
      return {
        ...base,
        catalog,
        max_attempts: n.max_attempts ?? 1,
        command_type: n.command_type ?? "python",
        command: n.command,
        returns: (Array.isArray(n.returns) ? n.returns : []).map((r) => ({ name: r.name, kind: r.kind ?? "json" })),
        secrets: Array.isArray(n.secrets) ? n.secrets : []
      };
    case "stub":
      return { ...base, catalog, max_attempts: n.max_attempts ?? 1 };
    case "map":
      return { ...base, iterate_on: n.iterate_on, iterate_as: n.iterate_as, reducer: n.reducer ?? null, branch: graph(n.branch) };
    case "parallel":
      return { ...base, branches: Object.fromEntries(Object.entries(isObj(n.branches) ? n.branches : {}).map(([k, b]) => [k, graph(b)])) };
    case "conditional":
      return {
        ...base,
        parameter: n.parameter,
        branches: Object.fromEntries(Object.entries(isObj(n.branches) ? n.branches : {}).map(([k, b]) => [k, graph(b)])),
        default: n.default ? graph(n.default) : null
      };
    case "loop":
      return { ...base, branch: graph(n.branch), max_iterations: n.max_iterations, break_on: n.break_on, index_as: n.index_as };
    default:
      return n;
  }
}
__name(node, "node");
function sameDagAsRunnable(stored, ours) {
  if (!isObj(stored) || !isObj(stored.nodes)) return false;
  return stableStringify(graph(stored)) === stableStringify(graph(ours));
}
__name(sameDagAsRunnable, "sameDagAsRunnable");

// src/engine/setup-run.ts
import { availableParallelism } from "node:os";
import path2 from "node:path";

// src/engine/code-identity.ts
import { execFile, spawn } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
function git(cwd, args) {
  return new Promise((resolve) => {
    execFile("git", args, { cwd, timeout: 1e4 }, (err, stdout) => resolve(err ? void 0 : stdout.trim()));
  });
}
__name(git, "git");
async function readText(file) {
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    return void 0;
  }
}
__name(readText, "readText");
async function findGitDir(cwd) {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, ".git");
    const st = await stat(dotGit).catch(() => void 0);
    if (st?.isDirectory()) return { gitDir: dotGit, commonDir: dotGit };
    if (st?.isFile()) {
      const m = /^gitdir:\s*(.+)$/m.exec(await readText(dotGit) ?? "");
      if (!m) return void 0;
      const gitDir = path.resolve(dir, m[1].trim());
      const common = await readText(path.join(gitDir, "commondir"));
      return { gitDir, commonDir: common ? path.resolve(gitDir, common) : gitDir };
    }
    if (path.dirname(dir) === dir) return void 0;
  }
}
__name(findGitDir, "findGitDir");
async function resolveRef(commonDir, gitDir, ref) {
  for (const base of [gitDir, commonDir]) {
    const loose = await readText(path.join(base, ref));
    if (loose && /^[0-9a-f]{40,64}$/.test(loose)) return loose;
  }
  const packed = await readText(path.join(commonDir, "packed-refs"));
  for (const line of packed?.split("\n") ?? []) {
    const [sha, name] = line.split(" ");
    if (name === ref && sha && /^[0-9a-f]{40,64}$/.test(sha)) return sha;
  }
  return void 0;
}
__name(resolveRef, "resolveRef");
async function fromFiles(cwd) {
  const dirs = await findGitDir(cwd);
  if (!dirs) return null;
  const head = await readText(path.join(dirs.gitDir, "HEAD"));
  if (!head) return void 0;
  const sha = head.startsWith("ref:") ? await resolveRef(dirs.commonDir, dirs.gitDir, head.slice(4).trim()) : /^[0-9a-f]{40,64}$/.test(head) ? head : void 0;
  if (!sha) return void 0;
  const config = await readText(path.join(dirs.commonDir, "config")) ?? "";
  const section = /\[remote "origin"\]([^[]*)/.exec(config)?.[1] ?? "";
  const url = /^\s*url\s*=\s*(.+)$/m.exec(section)?.[1]?.trim() ?? "";
  return { sha, url };
}
__name(fromFiles, "fromFiles");
var MAX_NAMES = 10;
var MAX_NAME_CHARS = 200;
var DEADLINE_MS = 1500;
function changedFiles(cwd, signal) {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn("git", ["diff", "--name-only", "-z"], { cwd, stdio: ["ignore", "pipe", "ignore"] });
    } catch {
      resolve(void 0);
      return;
    }
    const names = [];
    let partial = "";
    let more = false;
    let done = false;
    const stop = /* @__PURE__ */ __name((value) => {
      if (done) return;
      done = true;
      signal.removeEventListener("abort", onAbort);
      child.stdout?.destroy();
      if (child.exitCode === null) child.kill("SIGKILL");
      resolve(value);
    }, "stop");
    const onAbort = /* @__PURE__ */ __name(() => stop(void 0), "onAbort");
    signal.addEventListener("abort", onAbort, { once: true });
    const onExit = /* @__PURE__ */ __name(() => child.kill("SIGKILL"), "onExit");
    process.once("exit", onExit);
    child.once("close", () => process.off("exit", onExit));
    child.unref();
    child.stdout.unref?.();
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      const parts = (partial + chunk).split("\0");
      partial = parts.pop().slice(0, MAX_NAME_CHARS + 1);
      for (const name of parts) {
        if (names.length === MAX_NAMES) {
          more = true;
          stop({ names, more });
          return;
        }
        names.push(name.length > MAX_NAME_CHARS ? name.slice(0, MAX_NAME_CHARS) + "\u2026" : name);
      }
    });
    child.on("error", () => stop(void 0));
    child.on("close", (code) => stop(code === 0 ? { names, more } : void 0));
  });
}
__name(changedFiles, "changedFiles");
function describeChanges(c) {
  return `changes found in ${c.names.join(", ")}${c.more ? " and more" : ""}`;
}
__name(describeChanges, "describeChanges");
var known = /* @__PURE__ */ new Map();
var REUSE_MS = 6e4;
async function compute(cwd, files) {
  if (await files === null && !process.env.GIT_DIR) return [];
  const cap = new AbortController();
  const t = setTimeout(() => cap.abort(), 6e4);
  t.unref();
  try {
    const [f, changed] = await Promise.all([files, changedFiles(cwd, cap.signal)]);
    if (changed === void 0) return [];
    let sha = f?.sha;
    let url = f?.url ?? "";
    if (!sha) {
      [sha, url] = await Promise.all([git(cwd, ["rev-parse", "HEAD"]), git(cwd, ["config", "--get", "remote.origin.url"]).then((u) => u ?? "")]);
    }
    if (!sha) return [];
    const clean = changed.names.length === 0;
    return [{ code_identifier: sha, code_identifier_type: "git", code_identifier_dependable: clean, code_identifier_url: url, code_identifier_message: clean ? "" : describeChanges(changed) }];
  } finally {
    clearTimeout(t);
  }
}
__name(compute, "compute");
async function gitCodeIdentity(cwd, deadlineMs = DEADLINE_MS) {
  let k = known.get(cwd);
  if (k?.settledAt !== void 0 && Date.now() - k.settledAt > REUSE_MS) k = void 0;
  if (!k) {
    const files = fromFiles(cwd).catch(() => void 0);
    let timer;
    const entry = {
      files,
      full: compute(cwd, files).catch(() => []),
      // Not unref'd: it is what keeps the process alive while an attempt waits (git itself is unref'd). Cleared
      // once git has answered: left running, it held every run's process open for DEADLINE_MS after its end.
      deadline: new Promise((r) => timer = setTimeout(r, deadlineMs))
    };
    entry.full.then((v) => {
      entry.value = v;
      entry.settledAt = Date.now();
      clearTimeout(timer);
    });
    known.set(cwd, k = entry);
  }
  if (k.value) return k.value;
  await Promise.race([k.full, k.deadline]);
  if (k.value) return k.value;
  const f = await k.files;
  if (!f) return [];
  return [
    {
      code_identifier: f.sha,
      code_identifier_type: "git",
      code_identifier_dependable: false,
      code_identifier_url: f.url,
      code_identifier_message: `the work tree was not checked for changes yet (git diff had not answered within ${deadlineMs} ms)`
    }
  ];
}
__name(gitCodeIdentity, "gitCodeIdentity");
function envCodeIdentities(env) {
  const out = [];
  const uid = env.RUNNABLE_CODE_ID_ARGO_WORKFLOW_UID;
  if (uid) out.push({ code_identifier: uid, code_identifier_type: "argo", code_identifier_dependable: true, code_identifier_url: "", code_identifier_message: "" });
  const image = env.RUNNABLE_CODE_ID_DOCKER_IMAGE_DIGEST;
  if (image) out.push({ code_identifier: image, code_identifier_type: "docker", code_identifier_dependable: true, code_identifier_url: "", code_identifier_message: "" });
  return out;
}
__name(envCodeIdentities, "envCodeIdentities");

// src/engine/setup-run.ts
async function loadInputs(opts) {
  const cwd = path2.resolve(opts.cwd ?? process.cwd());
  const env = opts.env ?? process.env;
  let pipeline = opts.pipeline;
  if (!pipeline) {
    if (!opts.pipelineFile) throw new UsageError("no pipeline given: pass -f/--file PIPELINE.yaml");
    pipeline = await loadPipeline(cwd, opts.pipelineFile);
  }
  const config = await loadConfig({ file: opts.configFile, cwd, env });
  return { pipeline, config, cwd, env };
}
__name(loadInputs, "loadInputs");
function chooseRunId(opts, env, mode) {
  if (mode === "retry" && opts.runId) return opts.runId;
  return env.RUNNABLE_RETRY_RUN_ID || opts.runId || env.RUNNABLE_RUN_ID || generateRunId();
}
__name(chooseRunId, "chooseRunId");
async function setupRun(opts, mode, loaded) {
  const { pipeline, config, cwd, env } = loaded ?? await loadInputs(opts);
  const executor = config.pipelineExecutor;
  if (!canonicalType("pipeline-executor", executor.type)) throw new UsageError(unknownTypeMessage("pipeline-executor", executor.type));
  const claim = mode !== "attach" && executor.type !== "emulator";
  const isRetry = mode === "retry" || Boolean(env.RUNNABLE_RETRY_RUN_ID);
  const runId = chooseRunId(opts, env, mode);
  checkRunId(runId);
  const store = createRunLogStore(config.runLogStore, cwd);
  const secrets = createSecrets(config.secrets, cwd, env);
  const secretValues = await declaredSecretValues(secrets, pipeline, executor.config);
  const catalog = await createCatalog(config.catalog, cwd, { env, secretValues, ...opts.catalogOptions });
  opts.onCatalog?.(catalog);
  const hash = dagHash(pipeline);
  const tag = opts.tag ?? "";
  const reporter = opts.reporter ?? {};
  if (isRetry) {
    const header = await store.getRunHeader(runId);
    if (header.dag_hash !== hash && !sameDagAsRunnable((await store.getRunConfig(runId)).dag, dagDump(pipeline))) {
      throw new RetryRefusedError(runId, `the pipeline's structure changed since the run (dag hash ${header.dag_hash.slice(0, 12)} \u2192 ${hash.slice(0, 12)}); retry needs the same pipeline`);
    }
    if (opts.parametersFile || env.RUNNABLE_PARAMETERS_FILE || Object.keys(env).some((k) => k.startsWith("RUNNABLE_PRM_")) || opts.parameters) {
      reporter.log?.("WARNING", `retry of '${runId}' uses the original run's parameters; the parameters given now are ignored`);
    }
    if (claim) await store.claimRun?.(runId);
    try {
      await store.updateRunHeader(runId, (h) => ({ ...h, status: "PROCESSING" }));
    } catch (err) {
      await store.releaseRun?.(runId);
      throw err;
    }
  } else {
    const exists = await store.runExists(runId);
    if (exists && (mode === "new" || env.error_on_existing_run_id === "true")) throw new RunLogExistsError(runId);
    if (!exists) {
      const parameters = await loadInitialParameters({
        file: env.RUNNABLE_PARAMETERS_FILE ? void 0 : opts.parametersFile,
        cwd,
        env,
        extra: opts.parameters
      });
      const header = { run_id: runId, dag_hash: hash, tag, status: "PROCESSING", job: null, parameters };
      const runConfig = {
        execution_mode: pipeline.execution_mode,
        run_id: runId,
        tag,
        pipeline_definition_file: pipeline.file ?? "",
        parameters_file: opts.parametersFile ?? "",
        configuration_file: config.file ?? "",
        pipeline_executor: executor,
        run_log_store: config.runLogStore,
        catalog: config.catalog,
        secrets: config.secrets,
        retry_indicator: env.RUNNABLE_RETRY_INDICATOR ?? "",
        is_retry: false,
        dag: dagDump(pipeline),
        dag_hash: hash
      };
      try {
        await store.createRun(header, runConfig);
      } catch (err) {
        if (!(mode === "attach" && err instanceof RunLogExistsError)) throw err;
      }
      if (claim) await store.claimRun?.(runId);
    }
  }
  const execConfig = executor.config;
  const parallel = execConfig.enable_parallel !== false && store.supportsParallelWrites && (executor.type !== "emulator" || store.kind === "chunked-fs");
  const workers = parallel ? Math.max(1, execConfig.max_workers ?? availableParallelism()) : 1;
  return {
    runId,
    tag,
    pipeline,
    config,
    store,
    catalog,
    secrets,
    cwd,
    env,
    isRetry,
    attach: mode === "attach",
    retryIndicator: env.RUNNABLE_RETRY_INDICATOR ?? (isRetry ? "retry" : ""),
    patches: executor.type === "mocked" ? execConfig.patches ?? {} : void 0,
    reporter,
    logLevel: opts.logLevel ?? "WARNING",
    signal: opts.signal ?? new AbortController().signal,
    taskLimiter: createLimiter(workers),
    // Branches wait on task slots, so a few more branches than workers keeps every slot busy.
    branchConcurrency: parallel ? Math.max(workers * 4, 8) : 1,
    secretValues,
    stepCache: opts.stepCache,
    resultRunLog: opts.runLog ?? "full",
    codeIdentities: /* @__PURE__ */ __name(() => gitCodeIdentity(cwd).then((g) => [...g, ...envCodeIdentities(env)]), "codeIdentities")
    // memoised per cwd there
  };
}
__name(setupRun, "setupRun");
async function declaredSecretValues(secrets, ...roots) {
  const values = /* @__PURE__ */ new Set();
  for (const name of declaredSecretNames(...roots)) {
    const value = await secrets.get(name).catch(() => void 0);
    if (value) values.add(value);
  }
  return values;
}
__name(declaredSecretValues, "declaredSecretValues");

export {
  loadInputs,
  chooseRunId,
  setupRun
};
