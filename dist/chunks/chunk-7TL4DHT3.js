import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-Y776OZDG.js";
import {
  loadInitialParameters,
  makeParameter,
  newStepRecord,
  nowIso
} from "./chunk-YKQGEIX3.js";
import {
  cacheNote,
  outcomeOf
} from "./chunk-NCMUKSZX.js";
import {
  declaredSecretNames
} from "./chunk-V4XLLV55.js";
import {
  Masker,
  maskText,
  secretForms
} from "./chunk-ZJUNEOJQ.js";
import {
  createCatalog
} from "./chunk-OT4B2SE5.js";
import {
  catalogFileName
} from "./chunk-R4HSKKES.js";
import {
  createSecrets
} from "./chunk-O5FJ7XDQ.js";
import {
  CONDITIONAL_NONE,
  LOOP_GO,
  LOOP_STOP,
  buildPodArgv,
  conditionalToken,
  encodeStepArg,
  parseIterVariable
} from "./chunk-T3J5SJV2.js";
import {
  isWithheld
} from "./chunk-G3NGTGKO.js";
import {
  pipelineFromDocument
} from "./chunk-GBBI4ZSX.js";
import {
  loadYamlText,
  noPositions,
  readSourceFile,
  setOwn
} from "./chunk-4INC2AIG.js";
import {
  LOOP_PLACEHOLDER,
  MAP_PLACEHOLDER,
  routeAfter
} from "./chunk-B5INYTOD.js";
import {
  readRegularFileSync
} from "./chunk-JOHAO7GC.js";
import {
  createRunLogStore,
  noteProcessGroup,
  runLogOf
} from "./chunk-C5TAH647.js";
import {
  checkRunId,
  generateRunId
} from "./chunk-K22HHINW.js";
import {
  isExactNumber,
  parseJsonExact,
  pyJsonDumps
} from "./chunk-DRL3O62E.js";
import {
  canonicalType,
  unknownTypeMessage
} from "./chunk-I6SEYC3K.js";
import {
  InputFileError,
  InternalError,
  RetryRefusedError,
  RunLogExistsError,
  RunnableError,
  TaskError,
  UsageError,
  ValidationError
} from "./chunk-I4ZUIMKY.js";
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
import path4 from "node:path";

// src/engine/load-pipeline.ts
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path2 from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/pipeline/parse.ts
function duplicateKeyMessage(path8, key, firstLine2) {
  const last = path8[path8.length - 1];
  const what = last === "steps" ? "step name" : last === "branches" ? "branch name" : "key";
  return `duplicate ${what} '${key}' (first defined at line ${firstLine2})`;
}
__name(duplicateKeyMessage, "duplicateKeyMessage");
function parsePipelineText(text, file) {
  const doc = loadYamlText(text, file, { duplicateKeyMessage });
  return pipelineFromDocument(doc, "yaml", file);
}
__name(parsePipelineText, "parsePipelineText");
async function parsePipelineFile(path8, cwd) {
  const text = await readSourceFile(path8, path8, cwd);
  return parsePipelineText(text, path8);
}
__name(parsePipelineFile, "parsePipelineFile");

// src/engine/paths.ts
import path from "node:path";
function userPath(cwd, file) {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs;
}
__name(userPath, "userPath");

// src/engine/load-pipeline.ts
function pythonPackagePath() {
  const here = path2.dirname(fileURLToPath(import.meta.url));
  const ups = ["..", ".", "../.."];
  for (const up of ups) {
    const dir = path2.resolve(here, up, "python");
    if (existsSync(path2.join(dir, "runnable", "__init__.py"))) return dir;
  }
  throw new InputFileError(here, "runnable-action's Python package (python/runnable) is missing from this installation");
}
__name(pythonPackagePath, "pythonPackagePath");
var exports = /* @__PURE__ */ new Map();
function exportPythonPipeline(cwd, file, env = process.env) {
  const abs = path2.resolve(cwd, file);
  let p = exports.get(abs);
  if (!p) {
    p = runExport(cwd, abs, userPath(cwd, file), env);
    exports.set(abs, p);
  }
  return p;
}
__name(exportPythonPipeline, "exportPythonPipeline");
async function runExport(cwd, abs, shown, env) {
  if (readRegularFileSync(abs, 1024 * 1024, shown).tooLarge !== void 0) throw new InputFileError(shown, "the file is larger than the 1 MiB limit");
  const dir = mkdtempSync(path2.join(tmpdir(), "runnable-sdk-"));
  const out = path2.join(dir, "pipeline.json");
  const python = env.RUNNABLE_PYTHON || "python3";
  const childEnv = {};
  for (const [k, v] of Object.entries(env)) if (v !== void 0 && k !== "RUNNABLE_STEP_ATTEMPT") childEnv[k] = v;
  childEnv.PYTHONPATH = [pythonPackagePath(), cwd, env.PYTHONPATH].filter(Boolean).join(path2.delimiter);
  childEnv.RUNNABLE_ACTION_EXPORT = out;
  try {
    const result = await new Promise((resolve3) => {
      execFile(python, [abs], { cwd, env: childEnv, timeout: 12e4, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
        const e = error;
        resolve3({ code: e ? typeof e.code === "number" ? e.code : 1 : 0, stderr: String(stderr), error: e ?? void 0 });
      });
    });
    if (result.error?.code === "ENOENT") {
      throw new InputFileError(shown, `cannot start the Python interpreter '${python}' (not found); install Python 3 or set RUNNABLE_PYTHON`);
    }
    if (!existsSync(out)) {
      const tail = result.stderr.trim().split("\n").slice(-12).join("\n");
      const why = result.code === 0 ? "the script ended without calling Pipeline.execute() (or a job's execute())" : `the script failed (exit ${result.code})`;
      throw new InputFileError(shown, `loading the Python SDK pipeline: ${why}${tail ? `:
${tail}` : ""}`);
    }
    const doc = JSON.parse(readFileSync(out, "utf8"));
    return doc;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
__name(runExport, "runExport");
function isPythonSdkScript(file) {
  return /\.py$/.test(file);
}
__name(isPythonSdkScript, "isPythonSdkScript");
var MODULE = /\.(mjs|cjs|js|mts|ts)$/;
function isSdkModule(file) {
  return MODULE.test(file);
}
__name(isSdkModule, "isSdkModule");
async function loadPipeline(cwd, file) {
  const shown = userPath(cwd, file);
  if (isPythonSdkScript(file)) {
    const doc = await exportPythonPipeline(cwd, file);
    return { ...pipelineFromDocument(noPositions(shown, doc.pipeline), "sdk", shown), file };
  }
  if (!isSdkModule(file)) return { ...await parsePipelineFile(shown), file };
  let mod;
  try {
    mod = await import(
      /* webpackIgnore: true */
      pathToFileURL(path2.resolve(cwd, file)).href
    );
  } catch (err) {
    throw new InputFileError(shown, `importing the pipeline module failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  let candidate = mod.default ?? mod.pipeline;
  try {
    if (typeof candidate === "function") candidate = await candidate();
    if (candidate && typeof candidate.build === "function") candidate = candidate.build();
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    throw new InputFileError(shown, `building the pipeline failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const ir = candidate;
  if (!ir || typeof ir !== "object" || !ir.dag) {
    throw new InputFileError(shown, "the module must export a Pipeline (or a function returning one) as 'default' or 'pipeline'");
  }
  return { ...ir, execution_mode: "sdk", file };
}
__name(loadPipeline, "loadPipeline");

// src/engine/code-identity.ts
import { execFile as execFile2, spawn } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import path3 from "node:path";
function git(cwd, args) {
  return new Promise((resolve3) => {
    execFile2("git", args, { cwd, timeout: 1e4 }, (err, stdout) => resolve3(err ? void 0 : stdout.trim()));
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
  for (let dir = path3.resolve(cwd); ; dir = path3.dirname(dir)) {
    const dotGit = path3.join(dir, ".git");
    const st = await stat(dotGit).catch(() => void 0);
    if (st?.isDirectory()) return { gitDir: dotGit, commonDir: dotGit };
    if (st?.isFile()) {
      const m = /^gitdir:\s*(.+)$/m.exec(await readText(dotGit) ?? "");
      if (!m) return void 0;
      const gitDir = path3.resolve(dir, m[1].trim());
      const common = await readText(path3.join(gitDir, "commondir"));
      return { gitDir, commonDir: common ? path3.resolve(gitDir, common) : gitDir };
    }
    if (path3.dirname(dir) === dir) return void 0;
  }
}
__name(findGitDir, "findGitDir");
async function resolveRef(commonDir, gitDir, ref) {
  for (const base of [gitDir, commonDir]) {
    const loose = await readText(path3.join(base, ref));
    if (loose && /^[0-9a-f]{40,64}$/.test(loose)) return loose;
  }
  const packed = await readText(path3.join(commonDir, "packed-refs"));
  for (const line of packed?.split("\n") ?? []) {
    const [sha, name] = line.split(" ");
    if (name === ref && sha && /^[0-9a-f]{40,64}$/.test(sha)) return sha;
  }
  return void 0;
}
__name(resolveRef, "resolveRef");
async function fromFiles(cwd) {
  const dirs = await findGitDir(cwd);
  if (!dirs) return void 0;
  const head = await readText(path3.join(dirs.gitDir, "HEAD"));
  if (!head) return void 0;
  const sha = head.startsWith("ref:") ? await resolveRef(dirs.commonDir, dirs.gitDir, head.slice(4).trim()) : /^[0-9a-f]{40,64}$/.test(head) ? head : void 0;
  if (!sha) return void 0;
  const config = await readText(path3.join(dirs.commonDir, "config")) ?? "";
  const section = /\[remote "origin"\]([^[]*)/.exec(config)?.[1] ?? "";
  const url = /^\s*url\s*=\s*(.+)$/m.exec(section)?.[1]?.trim() ?? "";
  return { sha, url };
}
__name(fromFiles, "fromFiles");
var MAX_NAMES = 10;
var MAX_NAME_CHARS = 200;
var DEADLINE_MS = 1500;
function changedFiles(cwd, signal) {
  return new Promise((resolve3) => {
    let child;
    try {
      child = spawn("git", ["diff", "--name-only", "-z"], { cwd, stdio: ["ignore", "pipe", "ignore"] });
    } catch {
      resolve3(void 0);
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
      resolve3(value);
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

// src/engine/limiter.ts
function createLimiter(capacity) {
  let active = 0;
  const queue = [];
  const release = /* @__PURE__ */ __name(() => {
    active--;
    const next = queue.shift();
    if (next) {
      active++;
      next();
    }
  }, "release");
  return {
    capacity,
    async run(fn) {
      if (active < capacity) active++;
      else await new Promise((resolve3) => queue.push(resolve3));
      try {
        return await fn();
      } finally {
        release();
      }
    }
  };
}
__name(createLimiter, "createLimiter");
var YIELD_AFTER_MS = 20;
var yieldToLoop = /* @__PURE__ */ __name(() => new Promise((r) => setImmediate(r)), "yieldToLoop");
async function mapConcurrent(items, concurrency, fn) {
  const results = new Array(items.length);
  let next = 0;
  let since = performance.now();
  let pause;
  const workers2 = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    while (next < items.length) {
      if (pause || performance.now() - since >= YIELD_AFTER_MS) {
        pause ??= yieldToLoop().then(() => {
          pause = void 0;
          since = performance.now();
        });
        await pause;
        continue;
      }
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  });
  await Promise.all(workers2);
  return results;
}
__name(mapConcurrent, "mapConcurrent");

// src/engine/setup-run.ts
async function loadInputs(opts) {
  const cwd = path4.resolve(opts.cwd ?? process.cwd());
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
  const workers2 = parallel ? Math.max(1, execConfig.max_workers ?? availableParallelism()) : 1;
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
    taskLimiter: createLimiter(workers2),
    // Branches wait on task slots, so a few more branches than workers keeps every slot busy.
    branchConcurrency: parallel ? Math.max(workers2 * 4, 8) : 1,
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

// src/engine/run.ts
import { performance as performance2 } from "node:perf_hooks";

// src/engine/finalize.ts
async function failWhere(ctx, steps, parentBranch, rule) {
  let any = false;
  for (const step of Object.values(steps)) {
    let below = false;
    for (const branch of Object.values(step.branches)) {
      const inside2 = await failWhere(ctx, branch.steps, branch.internal_name, rule);
      if (!rule.branch(branch, inside2)) continue;
      below = true;
      await ctx.store.putBranch(ctx.runId, { internal_name: branch.internal_name, status: "FAIL", parameters: branch.parameters }, step.internal_name);
    }
    const { branches: _b, ...record } = step;
    const failed = rule.step(record, below);
    if (!failed) continue;
    any = true;
    await ctx.store.putStep(ctx.runId, { ...failed, status: "FAIL" }, parentBranch);
  }
  return any;
}
__name(failWhere, "failWhere");
var unsettled = /* @__PURE__ */ __name((status) => status === "PROCESSING" || status === "CREATED", "unsettled");
var sweepRule = /* @__PURE__ */ __name((reason) => ({
  step: /* @__PURE__ */ __name((s) => unsettled(s.status) ? { ...s, message: reason } : void 0, "step"),
  branch: /* @__PURE__ */ __name((b) => unsettled(b.status), "branch")
}), "sweepRule");
async function failUnsettled(ctx, reason, within) {
  const rule = sweepRule(reason);
  if (!within) return failWhere(ctx, (await ctx.store.getRunLog(ctx.runId)).steps, "", rule);
  let any = false;
  for (const branch of Object.values(within.branches)) {
    any = await failWhere(ctx, branch.steps, branch.internal_name, rule) || any;
    if (!unsettled(branch.status)) continue;
    any = true;
    await ctx.store.putBranch(ctx.runId, { internal_name: branch.internal_name, status: "FAIL", parameters: branch.parameters }, within.internal_name);
  }
  return any;
}
__name(failUnsettled, "failUnsettled");
var unstoredRule = /* @__PURE__ */ __name((lost, reason) => ({
  step(s, below) {
    if (!lost.has(s.internal_name)) return below ? { ...s, message: "a step inside could not store its catalog files" } : void 0;
    const last = s.attempts.at(-1);
    return { ...s, message: reason, attempts: last ? [...s.attempts.slice(0, -1), { ...last, status: "FAIL", message: reason }] : s.attempts };
  },
  branch: /* @__PURE__ */ __name((_b, below) => below, "branch")
}), "unstoredRule");
async function finalizeRun(ctx, traversalStatus, interrupted) {
  try {
    return await settle(ctx, traversalStatus, interrupted);
  } finally {
    if (interrupted || !ctx.store.finishRun) await ctx.store.releaseRun?.(ctx.runId);
    else await ctx.store.finishRun(ctx.runId);
  }
}
__name(finalizeRun, "finalizeRun");
async function settle(ctx, traversalStatus, interrupted) {
  if (interrupted) {
    await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, status: "FAIL" }));
    const log = await ctx.store.getRunLog(ctx.runId);
    await failWhere(ctx, log.steps, "", sweepRule(interrupted));
  }
  await ctx.store.updateRunHeader(ctx.runId, (h) => {
    if (interrupted) return { ...h, status: "FAIL" };
    if (h.status === "PROCESSING" || h.status === "CREATED") return { ...h, status: traversalStatus };
    return h;
  });
  const [flushed] = await Promise.allSettled([ctx.catalog.flush()]);
  const lost = new Set(ctx.catalog.unstored?.(ctx.runId) ?? []);
  if (lost.size) {
    const err = flushed?.status === "rejected" ? flushed.reason : void 0;
    const why = err?.service ? ` (${String(err.service)}${err.status ? ` answered ${String(err.status)}` : " failed"}; see the job log)` : "";
    if (await failWhere(ctx, (await ctx.store.getRunLog(ctx.runId)).steps, "", unstoredRule(lost, `catalog put failed: its files could not be stored${why}`))) {
      await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, status: "FAIL" }));
    }
  }
  await ctx.store.flush();
  if (ctx.resultRunLog === "header") return runLogOf(await ctx.store.getRunHeader(ctx.runId), {}, await ctx.store.getRunConfig(ctx.runId));
  return ctx.store.getRunLog(ctx.runId);
}
__name(settle, "settle");

// src/pipeline/internal-names.ts
function itemKey(value) {
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? "null";
}
__name(itemKey, "itemKey");
function decodeStepPath(path8) {
  return path8.replace(/%/g, " ");
}
__name(decodeStepPath, "decodeStepPath");

// src/engine/frames.ts
var ROOT_FRAME = Object.freeze({ branch: "", scopes: [], iter: { map_variable: {}, loop_variable: [] }, vars: {} });
function stepPath(frame, node2) {
  return frame.branch ? `${frame.branch}.${node2.name}` : node2.name;
}
__name(stepPath, "stepPath");
function childFrame(frame, node2, stepName, selector) {
  if ("item" in selector && node2.type === "map") {
    const branch = `${stepName}.${itemKey(selector.item)}`;
    return {
      branch,
      scopes: [...frame.scopes, branch],
      iter: { map_variable: { ...frame.iter.map_variable, [node2.iterate_as]: { value: selector.item } }, loop_variable: frame.iter.loop_variable },
      vars: { ...frame.vars, [node2.iterate_as]: selector.item }
    };
  }
  if ("index" in selector && node2.type === "loop") {
    const branch = `${stepName}.${selector.index}`;
    return {
      branch,
      scopes: [...frame.scopes, branch],
      iter: { map_variable: frame.iter.map_variable, loop_variable: [...frame.iter.loop_variable, { value: selector.index }] },
      vars: { ...frame.vars, [node2.index_as]: selector.index }
    };
  }
  if ("key" in selector) {
    const branch = `${stepName}.${selector.key}`;
    return { branch, scopes: [...frame.scopes, branch], iter: frame.iter, vars: frame.vars };
  }
  throw new Error(`bad branch selector for ${node2.type} ${stepName}`);
}
__name(childFrame, "childFrame");
function locate(pipeline, templatePath, iter) {
  const segments = templatePath.split(".");
  let graph2 = pipeline.dag;
  let frame = ROOT_FRAME;
  let loopDepth = 0;
  for (let i = 0; i < segments.length; i += 2) {
    const node2 = graph2.nodes[segments[i]];
    if (!node2) {
      throw new UsageError(`step '${templatePath}': no step '${segments[i]}' in ${graph2.internalName || "the pipeline"} (steps: ${Object.keys(graph2.nodes).join(", ")})`);
    }
    if (i === segments.length - 1) return { node: node2, graph: graph2, frame };
    const key = segments[i + 1];
    const name = stepPath(frame, node2);
    switch (node2.type) {
      case "map": {
        if (key !== MAP_PLACEHOLDER) throw new UsageError(`step '${templatePath}': a map branch is written '${node2.name}.${MAP_PLACEHOLDER}'`);
        const v = iter.map_variable?.[node2.iterate_as];
        if (!v) throw new UsageError(`step '${templatePath}': --iter-variable has no map_variable '${node2.iterate_as}'`);
        frame = childFrame(frame, node2, name, { item: v.value });
        graph2 = node2.branch;
        break;
      }
      case "loop": {
        if (key !== LOOP_PLACEHOLDER) throw new UsageError(`step '${templatePath}': a loop branch is written '${node2.name}.${LOOP_PLACEHOLDER}'`);
        const v = iter.loop_variable?.[loopDepth++];
        if (!v || typeof v.value !== "number") throw new UsageError(`step '${templatePath}': --iter-variable has no loop_variable for loop '${node2.name}'`);
        frame = childFrame(frame, node2, name, { index: v.value });
        graph2 = node2.branch;
        break;
      }
      case "parallel":
      case "conditional": {
        const g = key === "default" && node2.type === "conditional" ? node2.default : node2.branches[key];
        if (!g) throw new UsageError(`step '${templatePath}': '${node2.name}' has no branch '${key}'`);
        frame = childFrame(frame, node2, name, { key });
        graph2 = g;
        break;
      }
      default:
        throw new UsageError(`step '${templatePath}': '${node2.name}' is a ${node2.type} and has no branches`);
    }
  }
  throw new UsageError(`step '${templatePath}' names a branch, not a step`);
}
__name(locate, "locate");

// src/engine/execute-single-node.ts
import { readFile as readFile4 } from "node:fs/promises";
import path5 from "node:path";

// src/tasks/common.ts
import { mkdtempSync as mkdtempSync2, rmSync as rmSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join } from "node:path";
var privateDir;
var counter = 0;
function privateTempDir() {
  if (privateDir === void 0) {
    const dir = mkdtempSync2(join(tmpdir2(), "runnable-action-"));
    privateDir = dir;
    process.once("exit", () => {
      try {
        rmSync2(dir, { recursive: true, force: true });
      } catch {
      }
    });
  }
  return privateDir;
}
__name(privateTempDir, "privateTempDir");
function tempPath(suffix) {
  return join(privateTempDir(), `${process.pid}-${++counter}${suffix}`);
}
__name(tempPath, "tempPath");
function inputParametersOf(inv) {
  const names = Object.keys(inv.iterVariables);
  if (names.length === 0) return { ...inv.parameters };
  const out = { ...inv.parameters };
  for (const name of names) out[name] = makeParameter("json", inv.iterVariables[name]);
  return out;
}
__name(inputParametersOf, "inputParametersOf");
function decodeTextValue(text) {
  const t = text.trim();
  if (t === "") return text;
  const c = t.charCodeAt(0);
  if (c === 123 || c === 91 || c === 34 || c === 45 || c >= 48 && c <= 57 || t === "true" || t === "false" || t === "null") {
    try {
      return parseJsonExact(t);
    } catch {
      return text;
    }
  }
  return text;
}
__name(decodeTextValue, "decodeTextValue");
function failure(inv, message, exitCode) {
  const out = { ok: false, message, returns: {}, inputParameters: inputParametersOf(inv) };
  if (exitCode !== void 0) out.exitCode = exitCode;
  return out;
}
__name(failure, "failure");
function success(inv, returns, exitCode) {
  const out = { ok: true, message: "", returns, inputParameters: inputParametersOf(inv) };
  if (exitCode !== void 0) out.exitCode = exitCode;
  return out;
}
__name(success, "success");
function maskOutcomeSecrets(outcome, inv) {
  if (!outcome.message) return outcome;
  const names = inv.spec.secrets ?? [];
  let message = outcome.message;
  const values = names.map((n) => inv.env[n]).filter((v) => typeof v === "string");
  message = maskText(message, values);
  return message === outcome.message ? outcome : { ...outcome, message };
}
__name(maskOutcomeSecrets, "maskOutcomeSecrets");

// src/tasks/node.ts
import { AsyncLocalStorage } from "node:async_hooks";

// src/tasks/env.ts
import { writeFileSync } from "node:fs";
function scrubEnvironment(env, allowedSecretNames = []) {
  const allowed = new Set(allowedSecretNames);
  const out = {};
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value === void 0) continue;
    if (isWithheld(key, allowed)) continue;
    out[key] = value;
  }
  return out;
}
__name(scrubEnvironment, "scrubEnvironment");
function encodeEnvValue(value) {
  if (typeof value === "string") return value;
  if (value === void 0) return "";
  return pyJsonDumps(value);
}
__name(encodeEnvValue, "encodeEnvValue");
var RESERVED_NAMES = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "SHELL",
  "USER",
  "LOGNAME",
  "PWD",
  "OLDPWD",
  "TMPDIR",
  "IFS",
  "PS1",
  "PS2",
  "PS4",
  "ENV",
  "BASH_ENV",
  "CDPATH",
  "GLOBIGNORE",
  "SHELLOPTS",
  "BASHOPTS",
  "PROMPT_COMMAND",
  "POSIXLY_CORRECT",
  "TZ",
  "TERM",
  "LANG",
  "LANGUAGE",
  "CLASSPATH",
  "JAVA_TOOL_OPTIONS",
  "_JAVA_OPTIONS",
  "JDK_JAVA_OPTIONS",
  "GCONV_PATH",
  "HOSTALIASES",
  "LOCALDOMAIN",
  "RES_OPTIONS",
  "NLSPATH",
  "MALLOC_CHECK_",
  "PERL5LIB",
  "PERL5OPT",
  "PERLLIB",
  "RUBYOPT",
  "RUBYLIB",
  "GEM_HOME",
  "GEM_PATH",
  "VIRTUAL_ENV",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "CURL_CA_BUNDLE",
  "REQUESTS_CA_BUNDLE",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "ALL_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "all_proxy",
  "no_proxy",
  "EDITOR",
  "VISUAL",
  "PAGER",
  "GITHUB_TOKEN"
]);
var RESERVED_PREFIXES = ["LD_", "DYLD_", "BASH_FUNC_", "NODE_", "NPM_", "npm_", "PYTHON", "PERL5", "RUBY", "JAVA_", "_JAVA_", "JDK_", "PYENV_", "CONDA_", "PIP_", "UV_", "JUPYTER", "IPYTHON", "RUNNABLE_", "GITHUB_", "RUNNER_", "ACTIONS_", "INPUT_", "STATE_", "GIT_", "LC_", "SSH_", "GPG_", "DOCKER_", "KUBECONFIG"];
function isReservedName(name) {
  return RESERVED_NAMES.has(name) || RESERVED_PREFIXES.some((p) => name.startsWith(p));
}
__name(isReservedName, "isReservedName");
var SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var MAX_ENV_STRING_BYTES = 128 * 1024;
var PARAMS_ENV_BUDGET = 1024 * 1024;
function parametersEnvironment(params, iterVars = {}, taken = {}, opts = {}) {
  const values = /* @__PURE__ */ new Map();
  const notices = [];
  const consider = /* @__PURE__ */ __name((name, value) => {
    const reason = !SHELL_NAME.test(name) ? "not-a-shell-name" : isReservedName(name) ? "reserved" : Object.prototype.hasOwnProperty.call(taken, name) ? "set-by-runner" : void 0;
    if (reason) {
      values.delete(name);
      if (!notices.some((n) => n.name === name)) notices.push({ name, reason });
      return;
    }
    values.set(name, value);
  }, "consider");
  for (const name of Object.keys(params)) {
    const p = params[name];
    if (p.kind === "object") continue;
    consider(name, encodeEnvValue(p.value));
  }
  for (const name of Object.keys(iterVars)) consider(name, encodeEnvValue(iterVars[name]));
  const size = /* @__PURE__ */ __name((n, v) => Buffer.byteLength(n) + Buffer.byteLength(v) + 2, "size");
  let total = 0;
  for (const [n, v] of values) total += size(n, v);
  const bySize = [...values].sort((a, b) => size(b[0], b[1]) - size(a[0], a[1]));
  const spill = /* @__PURE__ */ new Set();
  for (const [n, v] of bySize) {
    if (size(n, v) > MAX_ENV_STRING_BYTES || total > PARAMS_ENV_BUDGET || v.includes("\0")) {
      spill.add(n);
      total -= size(n, v);
    }
  }
  const vars = /* @__PURE__ */ Object.create(null);
  for (const [n, v] of values) if (!spill.has(n)) vars[n] = v;
  for (const n of spill) {
    const v = values.get(n);
    const fileVariable = `${n}_FILE`;
    const free = !(fileVariable in vars) && !Object.prototype.hasOwnProperty.call(taken, fileVariable) && !isReservedName(fileVariable);
    if (free) vars[fileVariable] = opts.writeFiles === false ? "" : valueFile(v);
    notices.push({ name: n, reason: v.includes("\0") ? "nul" : "too-large", fileVariable: free ? fileVariable : void 0, bytes: Buffer.byteLength(v) });
  }
  return { vars, notices };
}
__name(parametersEnvironment, "parametersEnvironment");
function describeNotice(n) {
  switch (n.reason) {
    case "not-a-shell-name":
      return `parameter ${JSON.stringify(n.name)} is not exported: it cannot be a shell variable name (letters, digits and '_', not starting with a digit)`;
    case "reserved":
      return `parameter '${n.name}' is not exported: the name is reserved (it would change how programs start, or it is the runner's or runnable's own)`;
    case "set-by-runner":
      return `parameter '${n.name}' is not exported: the step's environment already sets it (a runner variable or a secret), and parameters never override it`;
    case "nul":
      return n.fileVariable ? `parameter '${n.name}' contains a NUL character, which no environment variable can hold: '${n.name}' is unset; its value is in the file named by $${n.fileVariable}` : `parameter '${n.name}' contains a NUL character and '${n.name}_FILE' is taken: it is not passed`;
    case "too-large":
      return n.fileVariable ? `parameter '${n.name}' (${n.bytes} bytes) is too large for the environment: '${n.name}' is unset; its value is in the file named by $${n.fileVariable}` : `parameter '${n.name}' (${n.bytes} bytes) is too large for the environment and '${n.name}_FILE' is taken: it is not passed`;
  }
}
__name(describeNotice, "describeNotice");
function parameterEnvironmentWarnings(params) {
  return parametersEnvironment(params, {}, {}, { writeFiles: false }).notices.map(describeNotice);
}
__name(parameterEnvironmentWarnings, "parameterEnvironmentWarnings");
var warned = /* @__PURE__ */ new Set();
function shellStepEnvironment(inv) {
  const { vars, notices } = parametersEnvironment(inv.parameters, inv.iterVariables, inv.env);
  for (const n of notices) {
    const line = describeNotice(n);
    if (warned.has(line)) continue;
    warned.add(line);
    inv.output.write("stderr", `[runnable] warning: ${line}
`);
  }
  return { ...inv.env, ...vars };
}
__name(shellStepEnvironment, "shellStepEnvironment");
var valueFiles = /* @__PURE__ */ new Map();
function valueFile(value) {
  let file = valueFiles.get(value);
  if (file === void 0) {
    file = tempPath(".value");
    writeFileSync(file, value, { mode: 384 });
    if (valueFiles.size >= 64) valueFiles.clear();
    valueFiles.set(value, file);
  }
  return file;
}
__name(valueFile, "valueFile");

// src/tasks/node.ts
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL as pathToFileURL2 } from "node:url";
import { formatWithOptions } from "node:util";
import { deserialize, serialize } from "node:v8";
function parseNodeCommand(command) {
  const c = command.trim();
  const hash = c.lastIndexOf("#");
  if (hash >= 0) return { modulePath: c.slice(0, hash), exportName: c.slice(hash + 1) || "default" };
  const colon = c.lastIndexOf(":");
  if (colon > 1 && colon > c.lastIndexOf("/") && colon > c.lastIndexOf("\\")) {
    return { modulePath: c.slice(0, colon), exportName: c.slice(colon + 1) || "default" };
  }
  return { modulePath: c, exportName: "default" };
}
__name(parseNodeCommand, "parseNodeCommand");
var outputStore = new AsyncLocalStorage();
var consolePatched = false;
var taskSecrets = new AsyncLocalStorage();
var envGuarded = false;
function guardProcessEnv() {
  if (envGuarded) return;
  envGuarded = true;
  const hidden = /* @__PURE__ */ __name((key) => {
    const allowed = taskSecrets.getStore();
    return allowed !== void 0 && typeof key === "string" && isWithheld(key, allowed);
  }, "hidden");
  process.env = new Proxy(process.env, {
    get: /* @__PURE__ */ __name((t, k) => hidden(k) ? void 0 : Reflect.get(t, k), "get"),
    has: /* @__PURE__ */ __name((t, k) => hidden(k) ? false : Reflect.has(t, k), "has"),
    ownKeys: /* @__PURE__ */ __name((t) => Reflect.ownKeys(t).filter((k) => !hidden(k)), "ownKeys"),
    getOwnPropertyDescriptor: /* @__PURE__ */ __name((t, k) => hidden(k) ? void 0 : Reflect.getOwnPropertyDescriptor(t, k), "getOwnPropertyDescriptor")
  });
}
__name(guardProcessEnv, "guardProcessEnv");
function patchConsole() {
  if (consolePatched) return;
  consolePatched = true;
  const routes = [
    ["log", "stdout"],
    ["info", "stdout"],
    ["debug", "stdout"],
    ["error", "stderr"],
    ["warn", "stderr"],
    ["trace", "stderr"]
  ];
  const target = console;
  for (const [method, stream] of routes) {
    const original = target[method];
    if (typeof original !== "function") continue;
    const bound = original.bind(console);
    target[method] = /* @__PURE__ */ __name(function routedConsole(...args) {
      const sink = outputStore.getStore();
      if (sink === void 0) {
        bound(...args);
        return;
      }
      let text = formatWithOptions({ colors: false }, ...args);
      if (method === "trace") {
        const stack = new Error().stack?.split("\n").slice(2).join("\n") ?? "";
        text = `Trace${text ? ": " + text : ""}
${stack}`;
      }
      sink.write(stream, text + "\n");
    }, "routedConsole");
  }
}
__name(patchConsole, "patchConsole");
var functionCache = /* @__PURE__ */ new Map();
async function loadFunction(cwd, command) {
  const { modulePath, exportName } = parseNodeCommand(command);
  const file = isAbsolute(modulePath) ? modulePath : resolve(cwd, modulePath);
  const mod = await import(
    /* webpackIgnore: true */
    pathToFileURL2(file).href
  );
  let fn = mod[exportName];
  if (fn === void 0 && exportName !== "default" && mod.default && typeof mod.default === "object") {
    fn = mod.default[exportName];
  }
  if (typeof fn !== "function") {
    const have = Object.keys(mod).filter((k) => typeof mod[k] === "function");
    throw new Error(
      `${file} has no exported function '${exportName}'` + (have.length ? ` (exported functions: ${have.join(", ")})` : "")
    );
  }
  return fn;
}
__name(loadFunction, "loadFunction");
function getFunction(cwd, command) {
  const key = cwd + "\0" + command;
  const hit = functionCache.get(key);
  if (hit !== void 0) return hit;
  const p = loadFunction(cwd, command).then(
    (fn) => {
      functionCache.set(key, fn);
      return fn;
    },
    (e) => {
      functionCache.delete(key);
      throw e;
    }
  );
  functionCache.set(key, p);
  return p;
}
__name(getFunction, "getFunction");
function describeError(e) {
  if (e instanceof Error) return e.stack && e.stack.includes(e.message) ? e.stack : `${e.name}: ${e.message}
${e.stack ?? ""}`;
  try {
    return `thrown value: ${typeof e === "string" ? e : JSON.stringify(e)}`;
  } catch {
    return `thrown value: ${String(e)}`;
  }
}
__name(describeError, "describeError");
function toJsonValue(name, value) {
  if (value === void 0) return null;
  const t = typeof value;
  if (value === null || t === "string" || t === "boolean") return value;
  if (t === "number") {
    if (!Number.isFinite(value)) throw new Error(`return '${name}' is not JSON-serialisable: ${String(value)}`);
    return value;
  }
  let text;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    throw new Error(`return '${name}' is not JSON-serialisable: ${e.message}`);
  }
  if (text === void 0) throw new Error(`return '${name}' is not JSON-serialisable (${t})`);
  return JSON.parse(text);
}
__name(toJsonValue, "toJsonValue");
var NodeTaskRunner = class {
  static {
    __name(this, "NodeTaskRunner");
  }
  constructor() {
    patchConsole();
  }
  async run(inv) {
    const command = inv.spec.command;
    let fn;
    try {
      const got = getFunction(inv.cwd, command);
      fn = typeof got === "function" ? got : await got;
    } catch (e) {
      return failure(inv, `cannot load the node function ${command}: ${e.message ?? String(e)}`);
    }
    const args = {};
    try {
      for (const name in inv.parameters) {
        const p = inv.parameters[name];
        args[name] = p.kind === "object" ? deserialize(await inv.objects.load(String(p.value))) : p.value;
      }
    } catch (e) {
      return failure(inv, `cannot load an object parameter: ${e.message}`);
    }
    for (const name in inv.iterVariables) args[name] = inv.iterVariables[name];
    if (inv.signal.aborted) return failure(inv, `the node function ${command} was cancelled`);
    const local = new AbortController();
    const ctx = { signal: local.signal, stepName: inv.stepName, attempt: inv.attempt };
    let value;
    const umask = process.umask();
    const cwd = process.cwd();
    try {
      guardProcessEnv();
      const result = taskSecrets.run(new Set(inv.spec.secrets), () => outputStore.run(inv.output, fn, args, ctx));
      value = isThenable(result) ? await this.race(inv, command, result, local) : result;
    } catch (e) {
      if (e instanceof StopSignal) return failure(inv, e.message);
      return failure(inv, `Call to the function ${command} did not succeed.
${describeError(e)}`);
    } finally {
      if (process.umask() !== umask) process.umask(umask);
      if (process.cwd() !== cwd) {
        try {
          process.chdir(cwd);
        } catch {
        }
      }
    }
    const specReturns = inv.spec.returns;
    if (specReturns.length === 0) return success(inv, {});
    let values;
    if (specReturns.length === 1) {
      values = [value];
    } else if (Array.isArray(value)) {
      if (value.length !== specReturns.length) {
        return failure(
          inv,
          `Returns task signature does not match the function returns: ${specReturns.length} returns declared (${specReturns.map((r) => r.name).join(", ")}) but ${command} returned an array of ${value.length}`
        );
      }
      values = value;
    } else if (value !== null && typeof value === "object") {
      const obj = value;
      const missing = specReturns.filter((r) => !(r.name in obj)).map((r) => r.name);
      if (missing.length) {
        return failure(inv, `${command} returned an object without the return${missing.length === 1 ? "" : "s"} ${missing.map((m) => `'${m}'`).join(", ")}`);
      }
      values = specReturns.map((r) => obj[r.name]);
    } else {
      return failure(
        inv,
        `Returns task signature does not match the function returns: ${specReturns.length} returns declared (${specReturns.map((r) => r.name).join(", ")}); return an array or an object with those names`
      );
    }
    const out = {};
    try {
      for (let i = 0; i < specReturns.length; i++) {
        const r = specReturns[i];
        if (r.kind === "object") {
          const key = await inv.objects.save(r.name, serialize(values[i]), ".v8");
          out[r.name] = makeParameter("object", key);
        } else {
          out[r.name] = makeParameter(r.kind, toJsonValue(r.name, values[i]));
        }
      }
    } catch (e) {
      return failure(inv, e.message);
    }
    return success(inv, out);
  }
  /** Awaits the function's promise, unless the invocation is cancelled or its timeout expires first. */
  race(inv, command, result, local) {
    return new Promise((resolvePromise, reject) => {
      let timer;
      const done = /* @__PURE__ */ __name(() => {
        if (timer) clearTimeout(timer);
        inv.signal.removeEventListener("abort", onAbort);
      }, "done");
      const onAbort = /* @__PURE__ */ __name(() => {
        done();
        local.abort(inv.signal.reason);
        reject(new StopSignal(`the node function ${command} was cancelled`));
      }, "onAbort");
      inv.signal.addEventListener("abort", onAbort, { once: true });
      if (inv.timeoutMs !== void 0 && inv.timeoutMs > 0) {
        const ms = inv.timeoutMs;
        timer = setTimeout(() => {
          done();
          local.abort(new Error("timeout"));
          reject(
            new StopSignal(
              `the node function ${command} timed out after ${ms / 1e3}s (it runs in-process: its pending work may continue in the background, and a synchronous loop cannot be interrupted)`
            )
          );
        }, ms);
      }
      result.then(
        (v) => {
          done();
          resolvePromise(v);
        },
        (e) => {
          done();
          reject(e);
        }
      );
    });
  }
};
function isThenable(v) {
  return v !== null && (typeof v === "object" || typeof v === "function") && typeof v.then === "function";
}
__name(isThenable, "isThenable");
var StopSignal = class extends Error {
  static {
    __name(this, "StopSignal");
  }
};

// src/tasks/notebook.ts
import { existsSync as existsSync3 } from "node:fs";
import { readFile as readFile3, rm as rm2 } from "node:fs/promises";
import { basename, dirname, isAbsolute as isAbsolute3, join as join5, resolve as resolve2 } from "node:path";

// src/tasks/python.ts
import { accessSync, constants as fsConstants, readFileSync as readFileSync3, statSync } from "node:fs";
import { readFile as readFile2, rm, writeFile } from "node:fs/promises";
import { delimiter, isAbsolute as isAbsolute2, join as join4 } from "node:path";

// src/tasks/process.ts
import { spawn as spawn2 } from "node:child_process";
import { existsSync as existsSync2 } from "node:fs";
import { constants as osConstants } from "node:os";
import { StringDecoder } from "node:string_decoder";
var DEFAULT_KILL_GRACE_MS = 2e3;
var DEFAULT_STDIO_GRACE_MS = 1e3;
function explainExitCode(code) {
  switch (code) {
    case 0:
      return "success";
    case 1:
      return "general error";
    case 2:
      return "misuse of a shell builtin or invalid usage";
    case 126:
      return "command found but not executable (permission denied?)";
    case 127:
      return "command not found";
    case 128:
      return "invalid exit argument";
    case 130:
      return "interrupted (SIGINT)";
    case 137:
      return "killed (SIGKILL), for example by a timeout or the out-of-memory killer";
    case 139:
      return "segmentation fault (SIGSEGV)";
    case 143:
      return "terminated (SIGTERM)";
  }
  if (code > 128 && code < 128 + 65) {
    const name = signalName(code - 128);
    if (name) return `killed by ${name}`;
  }
  return void 0;
}
__name(explainExitCode, "explainExitCode");
function signalName(num) {
  for (const [name, n] of Object.entries(osConstants.signals)) if (n === num) return name;
  return void 0;
}
__name(signalName, "signalName");
function explainErrno(code) {
  switch (code) {
    case "ENOENT":
      return "command or interpreter not found (ENOENT); check PATH or the configured interpreter";
    case "EACCES":
      return "permission denied (EACCES): the file is not executable";
    case "ENOTDIR":
    case "ENOENT_CWD":
      return "the working directory does not exist";
    case "E2BIG":
      return "argument list or environment too large (E2BIG)";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return code ? `could not start (${code})` : "could not start";
  }
}
__name(explainErrno, "explainErrno");
var ProcessOutput = class extends Error {
  static {
    __name(this, "ProcessOutput");
  }
  command;
  pid;
  /** The exit status, or null when the process was ended by a signal (see `signal`) or never started. */
  exitCode;
  signal;
  durationMs;
  /** The timeout expired and the process group was stopped. */
  timedOut;
  /** The invocation was aborted (cancellation) and the process group was stopped. */
  cancelled;
  /** Set when the process could not be started (ENOENT for a missing interpreter, EACCES...). */
  spawnError;
  /** Captured output, only with `capture: true`. */
  stdout;
  stderr;
  constructor(init) {
    super(describe(init));
    this.command = init.command;
    this.pid = init.pid;
    this.exitCode = init.exitCode;
    this.signal = init.signal;
    this.durationMs = init.durationMs;
    this.timedOut = init.timedOut ?? false;
    this.cancelled = init.cancelled ?? false;
    this.spawnError = init.spawnError;
    this.stdout = init.stdout ?? "";
    this.stderr = init.stderr ?? "";
  }
  get ok() {
    return this.exitCode === 0 && !this.timedOut && !this.cancelled && !this.spawnError;
  }
  /** Exit status in shell convention: the code, or 128 + signal number; null when never started. */
  get status() {
    if (this.exitCode !== null) return this.exitCode;
    if (this.signal) return 128 + (osConstants.signals[this.signal] ?? 0);
    return null;
  }
  toJSON() {
    return {
      command: this.command,
      exitCode: this.exitCode,
      signal: this.signal,
      durationMs: this.durationMs,
      timedOut: this.timedOut,
      cancelled: this.cancelled,
      ok: this.ok,
      message: this.message
    };
  }
};
Object.defineProperty(ProcessOutput.prototype, "name", { value: "ProcessOutput", configurable: true });
function describe(i) {
  const what = i.command;
  if (i.spawnError) return `cannot start ${what}: ${explainErrno(i.spawnError.code)}`;
  if (i.timedOut) return `${what} timed out after ${formatSeconds(i.timeoutMs ?? i.durationMs)}; its process group was stopped`;
  if (i.cancelled) return `${what} was cancelled; its process group was stopped`;
  if (i.signal) {
    const num = osConstants.signals[i.signal];
    const code = num ? 128 + num : void 0;
    const meaning2 = code !== void 0 ? explainExitCode(code) : void 0;
    return `${what} was killed by ${i.signal}${meaning2 ? ` (${meaning2})` : ""}`;
  }
  if (i.exitCode === 0) return `${what} exited with code 0`;
  const meaning = i.exitCode !== null ? explainExitCode(i.exitCode) : void 0;
  return `${what} exited with code ${i.exitCode}${meaning ? ` (${meaning})` : ""}`;
}
__name(describe, "describe");
function formatSeconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3}s` : `${(ms / 1e3).toFixed(1)}s`;
}
__name(formatSeconds, "formatSeconds");
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
__name(killGroup, "killGroup");
function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
__name(groupAlive, "groupAlive");
function spawnProcess(opts) {
  const started = performance.now();
  const shortCommand = opts.label ?? opts.file;
  const capture = opts.capture === true;
  const graceMs = opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  return new Promise((resolve3) => {
    if (opts.signal?.aborted) {
      resolve3(new ProcessOutput({ command: shortCommand, exitCode: null, signal: null, durationMs: 0, cancelled: true }));
      return;
    }
    let child;
    try {
      child = spawn2(opts.file, opts.args, {
        cwd: opts.cwd,
        env: opts.env,
        detached: true,
        stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
        windowsHide: true
      });
    } catch (e) {
      resolve3(
        new ProcessOutput({
          command: shortCommand,
          exitCode: null,
          signal: null,
          durationMs: performance.now() - started,
          spawnError: e
        })
      );
      return;
    }
    let stdoutText = "";
    let stderrText = "";
    let timedOut = false;
    let cancelled = false;
    let spawnError;
    let exitCode = null;
    let exitSignal = null;
    let exited = false;
    let openStreams = 2;
    let settled = false;
    let timer;
    let killTimer;
    let stdioTimer;
    const pid = child.pid;
    if (pid !== void 0) noteProcessGroup(pid, true);
    const sink = opts.output;
    const outDecoder = new StringDecoder("utf8");
    const errDecoder = new StringDecoder("utf8");
    const onOut = /* @__PURE__ */ __name((buf) => {
      const s = outDecoder.write(buf);
      if (s.length === 0) return;
      if (capture) stdoutText += s;
      sink?.write("stdout", s);
    }, "onOut");
    const onErr = /* @__PURE__ */ __name((buf) => {
      const s = errDecoder.write(buf);
      if (s.length === 0) return;
      if (capture) stderrText += s;
      sink?.write("stderr", s);
    }, "onErr");
    const flushDecoders = /* @__PURE__ */ __name(() => {
      const o = outDecoder.end();
      if (o) {
        if (capture) stdoutText += o;
        sink?.write("stdout", o);
      }
      const e = errDecoder.end();
      if (e) {
        if (capture) stderrText += e;
        sink?.write("stderr", e);
      }
    }, "flushDecoders");
    const stopGroup = /* @__PURE__ */ __name(() => {
      if (pid === void 0) return;
      killGroup(pid, "SIGTERM");
      if (killTimer) return;
      killTimer = setTimeout(() => {
        if (groupAlive(pid)) killGroup(pid, "SIGKILL");
        setTimeout(forceFinish, 500).unref();
      }, graceMs);
      killTimer.unref();
    }, "stopGroup");
    const onAbort = /* @__PURE__ */ __name(() => {
      if (settled) return;
      cancelled = true;
      stopGroup();
    }, "onAbort");
    const finish = /* @__PURE__ */ __name(() => {
      if (settled) return;
      settled = true;
      if (pid !== void 0) noteProcessGroup(pid, false);
      if (timer) clearTimeout(timer);
      if (stdioTimer) clearTimeout(stdioTimer);
      opts.signal?.removeEventListener("abort", onAbort);
      flushDecoders();
      resolve3(
        new ProcessOutput({
          command: shortCommand,
          pid,
          exitCode,
          signal: exitSignal,
          durationMs: performance.now() - started,
          timedOut,
          timeoutMs: opts.timeoutMs,
          cancelled,
          spawnError,
          stdout: capture ? stdoutText : void 0,
          stderr: capture ? stderrText : void 0
        })
      );
    }, "finish");
    const forceFinish = /* @__PURE__ */ __name(() => {
      if (settled) return;
      child.stdout?.destroy();
      child.stderr?.destroy();
      finish();
    }, "forceFinish");
    const maybeFinish = /* @__PURE__ */ __name(() => {
      if (exited && openStreams === 0) finish();
    }, "maybeFinish");
    child.stdout.on("data", onOut);
    child.stderr.on("data", onErr);
    const onStreamClose = /* @__PURE__ */ __name(() => {
      openStreams--;
      maybeFinish();
    }, "onStreamClose");
    child.stdout.on("close", onStreamClose);
    child.stderr.on("close", onStreamClose);
    if (opts.input !== void 0) {
      child.stdin.on("error", () => {
      });
      child.stdin.end(opts.input);
    }
    child.on("error", (err) => {
      if (pid === void 0 || !exited) {
        spawnError = err;
        if (err.code === "ENOENT" && opts.cwd && !existsSync2(opts.cwd)) spawnError = Object.assign(err, { code: "ENOENT_CWD" });
        exited = true;
        forceFinish();
      }
    });
    child.on("exit", (code, sig) => {
      exited = true;
      exitCode = code;
      exitSignal = sig;
      if (openStreams === 0) {
        finish();
        return;
      }
      stdioTimer = setTimeout(() => {
        if (settled) return;
        stopGroup();
      }, opts.stdioGraceMs ?? DEFAULT_STDIO_GRACE_MS);
      stdioTimer.unref();
    });
    if (opts.timeoutMs !== void 0 && opts.timeoutMs > 0) {
      timer = setTimeout(() => {
        if (settled) return;
        timedOut = true;
        stopGroup();
      }, opts.timeoutMs);
      timer.unref();
    }
    opts.signal?.addEventListener("abort", onAbort, { once: true });
  });
}
__name(spawnProcess, "spawnProcess");

// src/tasks/python-shim.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
var modules;
function install(source, stem, dir) {
  const name = `${stem}_${createHash2("sha256").update(source).digest("hex").slice(0, 12)}`;
  writeFileSync2(join2(dir, `${name}.py`), source, { mode: 384 });
  return name;
}
__name(install, "install");
function pythonModules() {
  if (modules === void 0) {
    const dir = privateTempDir();
    const shim = install(readFileSync2(new URL("./python/runnable_shim.py", import.meta.url), "utf8"), "runnable_action_shim", dir);
    const worker = install(readFileSync2(new URL("./python/runnable_worker.py", import.meta.url), "utf8"), "runnable_action_worker", dir);
    modules = { dir, shim, worker };
  }
  return modules;
}
__name(pythonModules, "pythonModules");

// src/tasks/python-warm.ts
import { spawn as spawn3 } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { join as join3 } from "node:path";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
function warmEnabled(env) {
  const v = env.RUNNABLE_PYTHON_WARM?.trim().toLowerCase();
  if (v === "0" || v === "false" || v === "no" || v === "off") return false;
  if (v === "1" || v === "true" || v === "yes" || v === "on") return true;
  return process.platform === "linux";
}
__name(warmEnabled, "warmEnabled");
var server;
var byToken = /* @__PURE__ */ new Map();
function outputServer() {
  server ??= new Promise((resolve3, reject) => {
    const path8 = join3(privateTempDir(), "py-out.sock");
    const s = createServer((conn) => acceptStream(conn));
    s.on("error", reject);
    s.listen(path8, () => {
      s.unref();
      resolve3({ server: s, path: path8 });
    });
  });
  return server;
}
__name(outputServer, "outputServer");
function acceptStream(conn) {
  let head = Buffer.alloc(0);
  const onData = /* @__PURE__ */ __name((chunk) => {
    head = Buffer.concat([head, chunk]);
    const nl = head.indexOf(10);
    if (nl < 0) {
      if (head.length > 200) conn.destroy();
      return;
    }
    conn.off("data", onData);
    const [token, n] = head.subarray(0, nl).toString("latin1").split(" ");
    const task = byToken.get(token ?? "");
    if (!task || n !== "1" && n !== "2") {
      conn.destroy();
      return;
    }
    task.attach(n === "1" ? "stdout" : "stderr", conn, head.subarray(nl + 1));
  }, "onData");
  conn.on("data", onData);
  conn.on("error", () => {
  });
}
__name(acceptStream, "acceptStream");
var noPreload = /* @__PURE__ */ new Set();
var workers = /* @__PURE__ */ new Map();
var nextId = 0;
var Worker = class {
  constructor(key, runId, file, cwd, env, sockPath) {
    this.key = key;
    this.runId = runId;
    const { dir, shim, worker } = pythonModules();
    const launcher = `import sys; sys.path.insert(0, ${JSON.stringify(dir)}); import ${shim} as s, ${worker} as w; del sys.path[0]; sys.modules.pop(${JSON.stringify(shim)}, None); sys.modules.pop(${JSON.stringify(worker)}, None); w.serve(s)`;
    this.proc = spawn3(file, ["-c", launcher, sockPath], { cwd, env, detached: true, stdio: ["pipe", "pipe", "pipe", "pipe"], windowsHide: true });
    this.proc.stdout.resume();
    this.proc.stderr.resume();
    this.proc.stdin.on("error", () => this.lost());
    const replies = this.proc.stdio[3];
    replies.setEncoding("utf8");
    replies.on("data", (s) => this.onReplies(s));
    replies.on("error", () => {
    });
    this.proc.on("error", () => this.lost());
    this.proc.on("exit", () => this.lost());
    this.setReferenced(false);
  }
  key;
  runId;
  static {
    __name(this, "Worker");
  }
  proc;
  tasks = /* @__PURE__ */ new Map();
  dead = false;
  replies = "";
  referenced = true;
  /** Keeps this process alive while tasks are in flight, and only then. */
  setReferenced(on) {
    if (on === this.referenced) return;
    this.referenced = on;
    for (const s of [this.proc.stdin, this.proc.stdout, this.proc.stderr, this.proc.stdio[3]]) {
      if (on) s?.ref?.();
      else s?.unref?.();
    }
    if (on) this.proc.ref();
    else this.proc.unref();
  }
  send(task, msg) {
    this.tasks.set(task.id, task);
    this.setReferenced(true);
    this.proc.stdin.write(JSON.stringify(msg) + "\n");
  }
  done(task) {
    this.tasks.delete(task.id);
    if (this.tasks.size === 0) this.setReferenced(false);
  }
  onReplies(s) {
    this.replies += s;
    let nl;
    while ((nl = this.replies.indexOf("\n")) >= 0) {
      const line = this.replies.slice(0, nl);
      this.replies = this.replies.slice(nl + 1);
      let msg;
      try {
        msg = JSON.parse(line);
      } catch {
        continue;
      }
      const task = this.tasks.get(msg.id);
      if (!task) continue;
      if (msg.pid !== void 0) task.started(msg.pid);
      else if (msg.error !== void 0) task.refused();
      else task.exited(msg.code ?? null, msg.signal ?? null);
    }
  }
  /** The oldest task the parent has not forked yet: the one it is importing for, if it is busy. */
  busyWith() {
    for (const t of this.tasks.values()) if (t.pid === void 0) return t;
    return void 0;
  }
  /** Stops the parent because `task` cannot wait for it (timeout, cancellation before its fork). */
  kill() {
    const busy = this.busyWith();
    if (busy?.module) noPreload.add(busy.module);
    if (this.proc.pid !== void 0) killGroup(this.proc.pid, "SIGKILL");
    this.lost();
  }
  close() {
    if (workers.get(this.key) === this) workers.delete(this.key);
    this.proc.stdin.end();
  }
  lost() {
    if (this.dead) return;
    this.dead = true;
    if (workers.get(this.key) === this) workers.delete(this.key);
    const busy = this.busyWith();
    if (busy?.module && !busy.stopping) noPreload.add(busy.module);
    for (const t of [...this.tasks.values()]) t.workerLost();
    this.tasks.clear();
    this.setReferenced(false);
  }
};
function parentEnvironment(env, secrets) {
  const out = {};
  const skip = new Set(secrets);
  for (const [k, v] of Object.entries(env)) if (!k.startsWith("RUNNABLE_") && !skip.has(k)) out[k] = v;
  return out;
}
__name(parentEnvironment, "parentEnvironment");
function workerFor(opts, sockPath) {
  const runId = opts.env.RUNNABLE_RUN_ID ?? "";
  const base = parentEnvironment(opts.env, opts.secrets ?? []);
  const secrets = [...opts.secrets ?? []].sort();
  const key = JSON.stringify([opts.file, opts.cwd, runId, secrets, Object.entries(base).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)]);
  let w = workers.get(key);
  if (w && !w.dead) return w;
  for (const other of [...workers.values()]) if (other.runId !== runId && other.tasks.size === 0) other.close();
  w = new Worker(key, runId, opts.file, opts.cwd, base, sockPath);
  workers.set(key, w);
  return w;
}
__name(workerFor, "workerFor");
var WarmTask = class {
  constructor(worker, module, opts) {
    this.worker = worker;
    this.module = module;
    this.opts = opts;
    byToken.set(this.token, this);
    if (opts.timeoutMs !== void 0 && opts.timeoutMs > 0) {
      this.timer = setTimeout(() => this.stop("timeout"), opts.timeoutMs);
      this.timer.unref();
    }
    opts.signal?.addEventListener("abort", this.onAbort, { once: true });
  }
  worker;
  module;
  opts;
  static {
    __name(this, "WarmTask");
  }
  id = ++nextId;
  token = randomBytes(16).toString("hex");
  pid;
  /** A timeout or cancellation is stopping it. */
  stopping = false;
  timedOut = false;
  cancelled = false;
  exitKnown = false;
  exitCode = null;
  exitSignal = null;
  openStreams = 2;
  settled = false;
  started0 = performance.now();
  streams = [];
  timer;
  killTimer;
  stdioTimer;
  onAbort = /* @__PURE__ */ __name(() => this.stop("cancel"), "onAbort");
  resolve;
  result = new Promise((r) => this.resolve = r);
  attach(stream, conn, rest) {
    this.streams.push(conn);
    const decoder = new StringDecoder2("utf8");
    const sink = this.opts.output;
    const write = /* @__PURE__ */ __name((b) => {
      const s = decoder.write(b);
      if (s.length) sink?.write(stream, s);
    }, "write");
    if (rest.length) write(rest);
    conn.on("data", write);
    conn.on("close", () => {
      const s = decoder.end();
      if (s) sink?.write(stream, s);
      this.openStreams--;
      this.maybeFinish();
    });
  }
  started(pid) {
    this.pid = pid;
    noteProcessGroup(pid, true);
    if (this.stopping) this.stopGroup();
  }
  exited(code, signal) {
    this.exitKnown = true;
    this.exitCode = code;
    this.exitSignal = signal;
    if (this.openStreams === 0) return this.finish();
    this.stdioTimer = setTimeout(() => {
      if (!this.settled) this.stopGroup();
    }, DEFAULT_STDIO_GRACE_MS);
    this.stdioTimer.unref();
  }
  /** The parent could not start it (no socket, fork failed). */
  refused() {
    this.cold();
  }
  workerLost() {
    if (this.settled) return;
    if (this.pid === void 0) {
      if (this.stopping) {
        this.exitKnown = true;
        for (const s of this.streams) s.destroy();
        this.finish();
      } else this.cold();
      return;
    }
    this.exitKnown = true;
    this.exitCode = this.stopping ? null : 0;
    this.maybeFinish();
  }
  stop(why) {
    if (this.settled || this.stopping) return;
    this.stopping = true;
    if (why === "timeout") this.timedOut = true;
    else this.cancelled = true;
    if (this.pid !== void 0) this.stopGroup();
    else this.worker.kill();
  }
  /** SIGTERM to the task's group now, SIGKILL after the grace if anything of it is left (process.ts). */
  stopGroup() {
    const pid = this.pid;
    if (pid === void 0) return;
    killGroup(pid, "SIGTERM");
    if (this.killTimer) return;
    this.killTimer = setTimeout(() => {
      killGroup(pid, "SIGKILL");
      setTimeout(() => {
        for (const s of this.streams) s.destroy();
        this.exitKnown = true;
        this.finish();
      }, 500).unref();
    }, DEFAULT_KILL_GRACE_MS);
    this.killTimer.unref();
  }
  maybeFinish() {
    if (this.exitKnown && this.openStreams <= 0) this.finish();
  }
  cleanup() {
    this.settled = true;
    byToken.delete(this.token);
    if (this.timer) clearTimeout(this.timer);
    if (this.stdioTimer) clearTimeout(this.stdioTimer);
    this.opts.signal?.removeEventListener("abort", this.onAbort);
    this.worker.done(this);
  }
  cold() {
    if (this.settled) return;
    this.cleanup();
    for (const s of this.streams) s.destroy();
    this.resolve("cold");
  }
  finish() {
    if (this.settled) return;
    this.cleanup();
    if (this.pid !== void 0) noteProcessGroup(this.pid, false);
    this.resolve(
      new ProcessOutput({
        command: this.opts.label,
        pid: this.pid,
        exitCode: this.exitCode,
        signal: this.exitSignal,
        durationMs: performance.now() - this.started0,
        timedOut: this.timedOut,
        timeoutMs: this.opts.timeoutMs,
        cancelled: this.cancelled
      })
    );
  }
};
async function runWarm(req, opts) {
  if (opts.signal?.aborted) return new ProcessOutput({ command: opts.label, exitCode: null, signal: null, durationMs: 0, cancelled: true });
  let sock;
  try {
    sock = await outputServer();
  } catch {
    return "cold";
  }
  const worker = workerFor(opts, sock.path);
  const command = typeof req.command === "string" ? req.command : "";
  const module = opts.preload ? command.slice(0, Math.max(0, command.lastIndexOf("."))) || void 0 : void 0;
  const task = new WarmTask(worker, module, opts);
  worker.send(task, { id: task.id, token: task.token, req, env: opts.env, preload: module !== void 0 && !noPreload.has(module) });
  return task.result;
}
__name(runWarm, "runWarm");

// src/tasks/python.ts
var shimArgs;
function pythonShimArgs() {
  if (shimArgs === void 0) {
    const { dir, shim } = pythonModules();
    const launcher = `import sys; sys.path.insert(0, ${JSON.stringify(dir)}); import ${shim} as m; del sys.path[0]; sys.modules.pop(${JSON.stringify(shim)}, None); m._main()`;
    shimArgs = ["-c", launcher];
  }
  return shimArgs;
}
__name(pythonShimArgs, "pythonShimArgs");
function pythonInterpreter(env) {
  const p = env.RUNNABLE_PYTHON;
  return p && p.trim() !== "" ? p.trim() : "python3";
}
__name(pythonInterpreter, "pythonInterpreter");
var resolvedCache = /* @__PURE__ */ new Map();
var shimFileCache = /* @__PURE__ */ new Map();
var whichCache = /* @__PURE__ */ new Map();
function whichSync(cmd, env, cwd) {
  if (cmd.includes("/")) return isAbsolute2(cmd) ? cmd : join4(cwd, cmd);
  const key = cmd + "\0" + cwd + "\0" + (env.PATH ?? "");
  if (whichCache.has(key)) return whichCache.get(key);
  let found;
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    const p = join4(dir || cwd, cmd);
    try {
      accessSync(p, fsConstants.X_OK);
      if (!statSync(p).isFile()) continue;
      found = p;
      break;
    } catch {
    }
  }
  whichCache.set(key, found);
  return found;
}
__name(whichSync, "whichSync");
function isPyenvShim(path8) {
  let v = shimFileCache.get(path8);
  if (v === void 0) {
    v = false;
    if (/[/\\]shims[/\\][^/\\]+$/.test(path8)) {
      try {
        const head = readFileSync3(path8, "utf8").slice(0, 2e3);
        v = head.startsWith("#!") && head.includes("pyenv") && head.includes("exec");
      } catch {
        v = false;
      }
    }
    shimFileCache.set(path8, v);
  }
  return v;
}
__name(isPyenvShim, "isPyenvShim");
async function resolveInterpreter(interpreter, env, cwd) {
  const found = whichSync(interpreter, env, cwd);
  if (!found || !isPyenvShim(found)) return { file: interpreter, envDelta: {} };
  const key = JSON.stringify([found, cwd, env.PATH ?? "", env.PYENV_VERSION ?? "", env.PYENV_ROOT ?? ""]);
  let p = resolvedCache.get(key);
  if (!p) {
    p = (async () => {
      const res = await runShimRaw(interpreter, { mode: "probe", environ: true }, { cwd, env });
      if (!res.ok || typeof res.executable !== "string" || !res.executable) return { file: interpreter, envDelta: {} };
      const environ = res.environ ?? {};
      const envDelta = {};
      for (const [k, v] of Object.entries(environ)) {
        if (k === "_" || k === "OLDPWD" || k === "SHLVL" || k === "PWD") continue;
        if (env[k] !== v) envDelta[k] = v;
      }
      return { file: res.executable, envDelta };
    })();
    resolvedCache.set(key, p);
    p.then(
      (r) => {
        if (r.file === interpreter) resolvedCache.delete(key);
      },
      () => resolvedCache.delete(key)
    );
  }
  return p;
}
__name(resolveInterpreter, "resolveInterpreter");
async function runShimRaw(file, request, opts) {
  const resultPath = tempPath(".result.json");
  const reqPath = resultPath.replace(/\.result\.json$/, ".req.json");
  await writeFile(reqPath, JSON.stringify({ ...request, result: resultPath, out_dir: privateTempDir(), cwd: opts.cwd }));
  const proc = await spawnProcess({
    file,
    args: [...pythonShimArgs(), reqPath],
    label: opts.label ?? file,
    cwd: opts.cwd,
    env: opts.env,
    output: opts.output,
    signal: opts.signal,
    timeoutMs: opts.timeoutMs
  });
  void rm(reqPath, { force: true }).catch(() => {
  });
  return readResult(resultPath, proc, opts.label ?? file);
}
__name(runShimRaw, "runShimRaw");
async function runShimWarm(file, request, opts) {
  const resultPath = tempPath(".result.json");
  const label = opts.label ?? file;
  const proc = await runWarm(
    { ...request, result: resultPath, out_dir: privateTempDir(), cwd: opts.cwd },
    { file, cwd: opts.cwd, env: opts.env, secrets: opts.secrets, preload: opts.preload, output: opts.output, signal: opts.signal, timeoutMs: opts.timeoutMs, label }
  );
  if (proc === "cold") {
    void rm(resultPath, { force: true }).catch(() => {
    });
    return void 0;
  }
  return readResult(resultPath, proc, label);
}
__name(runShimWarm, "runShimWarm");
async function readResult(resultPath, proc, label) {
  let result;
  try {
    result = parseJsonExact(await readFile2(resultPath, "utf8"));
  } catch {
    result = void 0;
  }
  void rm(resultPath, { force: true }).catch(() => {
  });
  if (!result) {
    return { ok: false, error: proc.ok ? `${label} exited without a result` : proc.message, process: proc };
  }
  if (!proc.ok) {
    return { ...result, ok: false, error: result.ok ? proc.message : result.error, process: proc };
  }
  return { ...result, process: proc };
}
__name(readResult, "readResult");
async function runShim(request, opts, warm) {
  const interpreter = pythonInterpreter(opts.env);
  const resolved = await resolveInterpreter(interpreter, opts.env, opts.cwd);
  const env = Object.keys(resolved.envDelta).length ? { ...opts.env, ...resolved.envDelta } : opts.env;
  const o = { ...opts, env, label: opts.label ?? interpreter };
  const run = (warm && warmEnabled(env) ? await runShimWarm(resolved.file, request, { ...o, ...warm }) : void 0) ?? await runShimRaw(resolved.file, request, o);
  if (run.process?.spawnError?.code === "ENOENT") {
    run.error = `cannot start the Python interpreter '${interpreter}': not found (ENOENT); install Python 3 or set RUNNABLE_PYTHON to its path`;
  }
  return run;
}
__name(runShim, "runShim");
function shimMessage(run) {
  const err = run.error ?? "the Python task failed";
  return run.traceback ? `${err}
${run.traceback.trimEnd()}` : err;
}
__name(shimMessage, "shimMessage");
async function shimReturnsToParameters(inv, returns) {
  const out = {};
  for (const r of inv.spec.returns) {
    const got = returns[r.name];
    if (!got) continue;
    if (got.kind === "object") {
      const bytes = await readFile2(got.file);
      void rm(got.file, { force: true }).catch(() => {
      });
      const key = await inv.objects.save(r.name, bytes, ".pickle");
      out[r.name] = makeParameter("object", key);
    } else {
      out[r.name] = makeParameter(r.kind, got.value);
    }
  }
  return out;
}
__name(shimReturnsToParameters, "shimReturnsToParameters");
async function objectFiles(inv) {
  const files = {};
  for (const [name, p] of Object.entries(inv.parameters)) {
    if (p.kind !== "object" || name in inv.iterVariables) continue;
    const bytes = await inv.objects.load(String(p.value));
    const file = tempPath(".in.pickle");
    await writeFile(file, bytes);
    files[name] = file;
  }
  return files;
}
__name(objectFiles, "objectFiles");
var PythonTaskRunner = class {
  static {
    __name(this, "PythonTaskRunner");
  }
  async run(inv) {
    const isAsync = inv.spec.command_type === "async-python";
    const values = {};
    for (const [name, p] of Object.entries(inv.parameters)) if (p.kind !== "object") values[name] = p.value;
    let objects;
    try {
      objects = await objectFiles(inv);
    } catch (e) {
      return failure(inv, `cannot load an object parameter: ${e.message}`);
    }
    try {
      const run = await runShim(
        {
          mode: "call",
          command: inv.spec.command,
          async: isAsync,
          stream_end_type: inv.spec.stream_end_type ?? "done",
          params: values,
          objects,
          iter: inv.iterVariables,
          returns: inv.spec.returns
        },
        { cwd: inv.cwd, env: inv.env, output: inv.output, signal: inv.signal, timeoutMs: inv.timeoutMs, label: `python ${inv.spec.command}` },
        { preload: true, secrets: inv.spec.secrets }
      );
      const status = run.process?.status ?? null;
      if (!run.ok) return failure(inv, shimMessage(run), status);
      try {
        return success(inv, await shimReturnsToParameters(inv, run.returns ?? {}), status);
      } catch (e) {
        return failure(inv, `cannot store a return of ${inv.spec.command}: ${e.message}`, status);
      }
    } finally {
      for (const f of Object.values(objects)) void rm(f, { force: true }).catch(() => {
      });
    }
  }
};
async function runPythonReducer(reducer, values, opts) {
  const run = await runShim({ mode: "reduce", reducer, values }, { ...opts, label: "python reducer" });
  if (!run.ok) throw new TaskError(shimMessage(run));
  return run.value;
}
__name(runPythonReducer, "runPythonReducer");
var probeCache = /* @__PURE__ */ new Map();
function probePython(opts) {
  const key = JSON.stringify([pythonInterpreter(opts.env), opts.cwd, opts.env.PATH ?? "", opts.env.PYTHONPATH ?? "", opts.env.VIRTUAL_ENV ?? ""]);
  let p = probeCache.get(key);
  if (!p) {
    p = runShim({ mode: "probe" }, { ...opts, label: "python probe" }).then(
      (r) => r.ok ? { executable: String(r.executable), version: String(r.version), engines: r.engines ?? [] } : { error: shimMessage(r) }
    );
    probeCache.set(key, p);
  }
  return p;
}
__name(probePython, "probePython");

// src/tasks/notebook.ts
function notebookOutputPath(command, stepName) {
  const tag = stepName.replace(/[^\p{L}\p{N}]/gu, "");
  const stem = basename(command).replace(/\.ipynb$/, "");
  const dir = dirname(command);
  const file = `${stem}-${tag}_out.ipynb`;
  return dir === "." ? file : join5(dir, file);
}
__name(notebookOutputPath, "notebookOutputPath");
function substituteIterVars(text, iterVars) {
  return text.replace(/\$\{([^}]+)\}/g, (m, name) => {
    if (!(name in iterVars)) return m;
    const v = iterVars[name];
    return typeof v === "string" ? v : JSON.stringify(v);
  });
}
__name(substituteIterVars, "substituteIterVars");
var NOTEBOOK_ENGINE_HELP = "install one for that interpreter: 'pip install papermill' or 'pip install ploomber-engine' (or nbclient with ipykernel, e.g. the Debian packages python3-nbclient python3-ipykernel), or point RUNNABLE_PYTHON at a Python that has one";
var NotebookTaskRunner = class {
  static {
    __name(this, "NotebookTaskRunner");
  }
  async run(inv) {
    const command = inv.spec.command;
    if (!command.endsWith(".ipynb")) return failure(inv, `a notebook task's command must be an .ipynb file, got '${command}'`);
    const input = isAbsolute3(command) ? command : resolve2(inv.cwd, command);
    if (!existsSync3(input)) return failure(inv, `notebook ${command} not found (looked in ${inv.cwd})`);
    const probe = await probePython({ cwd: inv.cwd, env: inv.env });
    if ("error" in probe) return failure(inv, `cannot run notebook ${command}: ${probe.error}`);
    const engine = probe.engines[0];
    if (!engine) {
      return failure(
        inv,
        `cannot run notebook ${command}: no notebook engine (papermill, ploomber-engine) is importable by ${probe.executable} (Python ${probe.version}); ${NOTEBOOK_ENGINE_HELP}`
      );
    }
    const outputNotebook = notebookOutputPath(command, inv.stepName);
    const output = isAbsolute3(outputNotebook) ? outputNotebook : resolve2(inv.cwd, outputNotebook);
    const params = {};
    for (const [name, p] of Object.entries(inv.parameters)) if (p.kind !== "object") params[name] = p.value;
    Object.assign(params, inv.iterVariables);
    const returns = inv.spec.returns.map((r) => {
      const name = substituteIterVars(r.name, inv.iterVariables);
      return { name, lookup: name, kind: r.kind };
    });
    const run = await runShim(
      {
        mode: "notebook",
        engine,
        command,
        input,
        output,
        params,
        returns,
        engine_args: inv.spec.optional_ploomber_args ?? {}
      },
      { cwd: inv.cwd, env: inv.env, output: inv.output, signal: inv.signal, timeoutMs: inv.timeoutMs, label: `notebook ${command}` }
    );
    const status = run.process?.status ?? null;
    const withPath = /* @__PURE__ */ __name((o) => existsSync3(output) ? { ...o, outputNotebook } : o, "withPath");
    if (!run.ok) {
      const msg = run.traceback ? `${run.error}
${run.traceback.trimEnd()}` : run.error ?? "the notebook failed";
      return withPath(failure(inv, msg, status));
    }
    const out = {};
    try {
      for (const r of returns) {
        const got = run.returns?.[r.name];
        if (!got) continue;
        if (got.kind === "object") {
          const bytes = await readFile3(got.file);
          void rm2(got.file, { force: true }).catch(() => {
          });
          out[r.name] = makeParameter("object", await inv.objects.save(r.name, bytes, ".pickle"));
        } else {
          out[r.name] = makeParameter(r.kind, got.value);
        }
      }
    } catch (e) {
      return withPath(failure(inv, `cannot store a return of notebook ${command}: ${e.message}`, status));
    }
    return withPath(success(inv, out, status));
  }
};

// src/tasks/shell.ts
import { readFileSync as readFileSync4, unlinkSync } from "node:fs";
var SHELL = "/bin/sh";
function wrapShellScript(script, returnsFile) {
  if (returnsFile === void 0) return script;
  if (/["$`\\\n]/.test(returnsFile)) throw new Error(`unsafe temp path for the shell collector: ${returnsFile}`);
  return `trap '__ra_rc=$?; export -p >"${returnsFile}"; exit $__ra_rc' EXIT
${script}`;
}
__name(wrapShellScript, "wrapShellScript");
var ShellTaskRunner = class {
  static {
    __name(this, "ShellTaskRunner");
  }
  async run(inv) {
    const returns = inv.spec.returns;
    for (const r of returns) {
      if (r.kind === "object") {
        return failure(inv, `shell tasks cannot return objects: return '${r.name}' has kind 'object' (use json or metric)`);
      }
    }
    const returnsFile = returns.length > 0 ? tempPath(".env") : void 0;
    const env = shellStepEnvironment(inv);
    const result = await spawnProcess({
      file: SHELL,
      args: ["-c", wrapShellScript(inv.spec.command, returnsFile)],
      label: "shell command",
      cwd: inv.cwd,
      env,
      output: inv.output,
      timeoutMs: inv.timeoutMs,
      signal: inv.signal
    });
    let exported;
    let readError;
    if (returnsFile !== void 0) {
      try {
        exported = parseExportP(readFileSync4(returnsFile, "utf8"));
        unlinkSync(returnsFile);
      } catch (e) {
        const err = e;
        if (err.code !== "ENOENT") readError = err.message;
      }
    }
    if (!result.ok) return failure(inv, result.message, result.status);
    if (returnsFile === void 0) return success(inv, {}, result.status);
    if (readError !== void 0) return failure(inv, `could not read the exported variables of the shell command: ${readError}`, result.status);
    const out = {};
    const missing = [];
    for (const r of returns) {
      const raw = exported?.get(r.name);
      if (raw === void 0) {
        missing.push(r.name);
        continue;
      }
      out[r.name] = makeParameter(r.kind, decodeTextValue(raw));
    }
    if (missing.length > 0) {
      const names = missing.map((n) => `'${n}'`).join(", ");
      let msg = `WARNING: the shell command did not export the return${missing.length === 1 ? "" : "s"} ${names}; ${missing.length === 1 ? "it stays" : "they stay"} unset (set ${missing.length === 1 ? "it" : "them"} with 'export ${missing[0]}=<value>')`;
      if (exported === void 0) {
        msg += " (no variables were collected: a script that sets its own EXIT trap or calls exec replaces the collector)";
      }
      inv.output.write("stderr", msg + "\n");
    }
    return success(inv, out, result.status);
  }
};
function parseExportP(text) {
  const out = /* @__PURE__ */ new Map();
  let i = 0;
  const n = text.length;
  const skipSpaces = /* @__PURE__ */ __name(() => {
    while (i < n && (text[i] === " " || text[i] === "	")) i++;
  }, "skipSpaces");
  while (i < n) {
    while (i < n && (text[i] === "\n" || text[i] === " " || text[i] === "	")) i++;
    if (i >= n) break;
    const kwStart = i;
    while (i < n && text[i] !== " " && text[i] !== "\n") i++;
    const kw = text.slice(kwStart, i);
    if (kw !== "export" && kw !== "declare" && kw !== "typeset") {
      throw new Error(`unexpected 'export -p' output near: ${JSON.stringify(text.slice(kwStart, kwStart + 40))}`);
    }
    skipSpaces();
    while (i < n && text[i] === "-") {
      while (i < n && text[i] !== " " && text[i] !== "\n") i++;
      skipSpaces();
    }
    const nameStart = i;
    while (i < n && text[i] !== "=" && text[i] !== "\n" && text[i] !== " ") i++;
    const name = text.slice(nameStart, i);
    if (i >= n || text[i] !== "=") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    i++;
    let value = "";
    while (i < n) {
      const c = text[i];
      if (c === "\n" || c === " " || c === "	") break;
      if (c === "'") {
        const end = text.indexOf("'", i + 1);
        if (end < 0) throw new Error(`unterminated quote in 'export -p' output for ${name}`);
        value += text.slice(i + 1, end);
        i = end + 1;
      } else if (c === '"') {
        i++;
        while (i < n && text[i] !== '"') {
          if (text[i] === "\\" && i + 1 < n) {
            const d = text[i + 1];
            if (d === "$" || d === "`" || d === '"' || d === "\\") {
              value += d;
              i += 2;
              continue;
            }
            if (d === "\n") {
              i += 2;
              continue;
            }
          }
          value += text[i];
          i++;
        }
        if (i >= n) throw new Error(`unterminated quote in 'export -p' output for ${name}`);
        i++;
      } else if (c === "$" && text[i + 1] === "'") {
        i += 2;
        const r = readAnsiC(text, i);
        value += r.value;
        i = r.end;
      } else if (c === "\\" && i + 1 < n) {
        value += text[i + 1];
        i += 2;
      } else {
        value += c;
        i++;
      }
    }
    out.set(name, value);
  }
  return out;
}
__name(parseExportP, "parseExportP");
function readAnsiC(text, start) {
  let i = start;
  const bytes = [];
  const pushStr = /* @__PURE__ */ __name((s) => {
    for (const b of Buffer.from(s, "utf8")) bytes.push(b);
  }, "pushStr");
  const n = text.length;
  while (i < n && text[i] !== "'") {
    const c = text[i];
    if (c !== "\\" || i + 1 >= n) {
      const cp = text.codePointAt(i);
      pushStr(String.fromCodePoint(cp));
      i += cp > 65535 ? 2 : 1;
      continue;
    }
    const d = text[i + 1];
    i += 2;
    switch (d) {
      case "n":
        bytes.push(10);
        break;
      case "t":
        bytes.push(9);
        break;
      case "r":
        bytes.push(13);
        break;
      case "a":
        bytes.push(7);
        break;
      case "b":
        bytes.push(8);
        break;
      case "e":
      case "E":
        bytes.push(27);
        break;
      case "f":
        bytes.push(12);
        break;
      case "v":
        bytes.push(11);
        break;
      case "\\":
        bytes.push(92);
        break;
      case "'":
        bytes.push(39);
        break;
      case '"':
        bytes.push(34);
        break;
      case "?":
        bytes.push(63);
        break;
      case "x": {
        const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i, i + 2));
        if (m) {
          bytes.push(parseInt(m[0], 16));
          i += m[0].length;
        } else pushStr("\\x");
        break;
      }
      case "u":
      case "U": {
        const m = (d === "u" ? /^[0-9a-fA-F]{1,4}/ : /^[0-9a-fA-F]{1,8}/).exec(text.slice(i, i + (d === "u" ? 4 : 8)));
        if (m) {
          pushStr(String.fromCodePoint(parseInt(m[0], 16)));
          i += m[0].length;
        } else pushStr("\\" + d);
        break;
      }
      case "c": {
        const ch = text[i];
        if (ch !== void 0) {
          bytes.push(ch.charCodeAt(0) & 31);
          i++;
        }
        break;
      }
      default: {
        if (d >= "0" && d <= "7") {
          const m = /^[0-7]{1,2}/.exec(text.slice(i, i + 2));
          let digits = d;
          if (m) {
            digits += m[0];
            i += m[0].length;
          }
          bytes.push(parseInt(digits, 8) & 255);
        } else {
          pushStr("\\" + d);
        }
      }
    }
  }
  return { value: Buffer.from(bytes).toString("utf8"), end: i + 1 };
}
__name(readAnsiC, "readAnsiC");

// src/tasks/index.ts
var runners = {};
function getTaskRunner(commandType) {
  let r = runners[commandType];
  if (r) return r;
  switch (commandType) {
    case "shell":
      r = new ShellTaskRunner();
      break;
    case "python":
    case "async-python":
      r = new PythonTaskRunner();
      break;
    case "node":
      r = new NodeTaskRunner();
      break;
    case "notebook":
      r = new NotebookTaskRunner();
      break;
    default:
      throw new InternalError(`no task runner for command_type '${String(commandType)}'`);
  }
  runners[commandType] = withMaskedMessages(r);
  return runners[commandType];
}
__name(getTaskRunner, "getTaskRunner");
function withMaskedMessages(r) {
  const wrapped = Object.create(r);
  wrapped.run = async (inv) => maskOutcomeSecrets(await r.run(inv), inv);
  return wrapped;
}
__name(withMaskedMessages, "withMaskedMessages");

// src/engine/emulator.ts
import { spawn as spawn4 } from "node:child_process";

// src/engine/scope.ts
var caches = /* @__PURE__ */ new WeakMap();
function cacheOf(ctx) {
  let c = caches.get(ctx);
  if (!c) caches.set(ctx, c = /* @__PURE__ */ new Map());
  return c;
}
__name(cacheOf, "cacheOf");
async function level(ctx, branch) {
  const cache = cacheOf(ctx);
  const hit = cache.get(branch);
  if (hit) return hit;
  let params;
  if (!branch) params = (await ctx.store.getRunHeader(ctx.runId)).parameters;
  else {
    const b = await ctx.store.getBranch(ctx.runId, branch);
    if (!b) throw new Error(`branch log '${branch}' is missing from run '${ctx.runId}'`);
    params = b.parameters;
  }
  cache.set(branch, params);
  return params;
}
__name(level, "level");
async function readScope(ctx, frame) {
  const root = await level(ctx, "");
  if (frame.scopes.length === 0) return root;
  const merged = { ...root };
  for (const b of frame.scopes) Object.assign(merged, await level(ctx, b));
  return merged;
}
__name(readScope, "readScope");
function readOwn(ctx, branch) {
  return level(ctx, branch);
}
__name(readOwn, "readOwn");
async function writeScope(ctx, branch, values) {
  if (Object.keys(values).length === 0) return;
  const cache = cacheOf(ctx);
  if (!branch) {
    const h = await ctx.store.updateRunHeader(ctx.runId, (h2) => ({ ...h2, parameters: { ...h2.parameters, ...values } }));
    cache.set("", h.parameters);
  } else {
    const b = await ctx.store.updateBranch(ctx.runId, branch, (b2) => ({ ...b2, parameters: { ...b2.parameters, ...values } }));
    cache.set(branch, b.parameters);
  }
}
__name(writeScope, "writeScope");
function forgetScopes(ctx) {
  caches.delete(ctx);
}
__name(forgetScopes, "forgetScopes");
function noteBranchOpened(ctx, branch, parameters) {
  cacheOf(ctx).set(branch, parameters);
}
__name(noteBranchOpened, "noteBranchOpened");
async function setScopeStatus(ctx, branch, status) {
  if (!branch) await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, status }));
  else await ctx.store.updateBranch(ctx.runId, branch, (b) => ({ ...b, status }));
}
__name(setScopeStatus, "setScopeStatus");
function sameValue(a, b) {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
__name(sameValue, "sameValue");

// src/engine/emulator.ts
function emulates(ctx) {
  return ctx.config.pipelineExecutor.type === "emulator" && !ctx.attach;
}
__name(emulates, "emulates");
function cliPath(env) {
  const fromEnv = env.RUNNABLE_ACTION_CLI;
  if (fromEnv) return fromEnv;
  const self = process.argv[1] ?? "";
  if (/[\\/]cli[\\/]index\.js$/.test(self)) return self;
  throw new UsageError("the emulator executor starts 'runnable execute-single-node' for every step: run it from the runnable CLI, or set RUNNABLE_ACTION_CLI to dist/cli/index.js");
}
__name(cliPath, "cliPath");
function runPod(ctx, argv) {
  return new Promise((resolve3, reject) => {
    const env = {};
    for (const [k, v] of Object.entries(ctx.env)) if (v !== void 0) env[k] = v;
    env.RUNNABLE_RUN_ID = ctx.runId;
    const child = spawn4(process.execPath, [cliPath(ctx.env), ...argv.slice(1)], { cwd: ctx.cwd, env, stdio: ["ignore", "inherit", "inherit"] });
    const onAbort = /* @__PURE__ */ __name(() => child.kill("SIGTERM"), "onAbort");
    ctx.signal.addEventListener("abort", onAbort, { once: true });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      ctx.signal.removeEventListener("abort", onAbort);
      resolve3(code ?? (signal ? 128 : 1));
    });
  });
}
__name(runPod, "runPod");
async function emulateLeaf(ctx, node2, frame) {
  const name = stepPath(frame, node2);
  const existing = ctx.isRetry ? await ctx.store.getStep(ctx.runId, name) : void 0;
  if (existing && (node2.type === "task" || node2.type === "stub") && existing.attempts.at(-1)?.status === "SUCCESS") {
    ctx.reporter.stepFinished?.({ step: name, type: node2.type, status: "SUCCESS", message: "", attempt: existing.attempts.length, skipped: "succeeded in an earlier attempt of this run" });
    return "SUCCESS";
  }
  const hasIter = Object.keys(frame.iter.map_variable).length > 0 || frame.iter.loop_variable.length > 0;
  const attempts = node2.type === "task" ? Math.max(1, node2.max_attempts) : 1;
  let code = 0;
  for (let i = 0; i < attempts && !ctx.signal.aborted; i++) {
    const argv = buildPodArgv({
      verb: "execute-single-node",
      runId: ctx.runId,
      step: encodeStepArg(node2.internalName),
      pipelineFile: ctx.pipeline.file ?? "",
      configFile: ctx.config.file,
      logLevel: ctx.logLevel,
      iterVariable: hasIter ? JSON.stringify(frame.iter) : void 0,
      retryIndex: node2.type === "task" ? String(i) : void 0,
      tag: ctx.tag || void 0
    });
    argv.push("--no-follow");
    code = await runPod(ctx, argv);
    if (code === 0) break;
  }
  forgetScopes(ctx);
  const record = await ctx.store.getStep(ctx.runId, name);
  const status = record?.status === "SUCCESS" ? "SUCCESS" : "FAIL";
  if (code !== 0 && code !== 1) {
    const why = record?.message || `its process ended with code ${code} without recording a result`;
    ctx.reporter.stepFinished?.({ step: name, type: node2.type, status, message: why, attempt: record?.attempts.length ?? 0 });
  }
  return status;
}
__name(emulateLeaf, "emulateLeaf");

// src/engine/output.ts
import fs from "node:fs";
var MAX_LINE = 64 * 1024;
var SPILL_AT = 1024 * 1024;
var OutputCollector = class {
  /** `secrets` is the run's live set of secret values (declared secrets are in it from the start of the run). */
  constructor(step, secrets, reporter) {
    this.step = step;
    this.secrets = secrets;
    this.reporter = reporter;
    this.masker = new Masker(secrets);
  }
  step;
  secrets;
  reporter;
  static {
    __name(this, "OutputCollector");
  }
  parts = [];
  partsBytes = 0;
  spill;
  pending = { stdout: "", stderr: "" };
  /** Whether a stream's last emitted text left a line open (a long line passed on in pieces ends mid-line). */
  open = { stdout: false, stderr: false };
  masker;
  write(stream, chunk) {
    const cut = chunk.lastIndexOf("\n");
    if (cut < 0) {
      const line = this.pending[stream] += chunk;
      if (line.length > MAX_LINE) this.emitLongLine(stream, line);
      return;
    }
    const text = this.pending[stream] + chunk.slice(0, cut + 1);
    this.pending[stream] = chunk.slice(cut + 1);
    this.emit(stream, text);
  }
  /** Flushes partial lines; returns the whole (masked) log (small logs: see finishLog for any size). */
  finish() {
    const log = this.finishLog();
    if (log.file === void 0) return log.text;
    try {
      return fs.readFileSync(log.file, "utf8");
    } finally {
      this.dispose();
    }
  }
  /** Flushes partial lines; the whole (masked) log, in memory or (large) in a temp file: call dispose() after use. */
  finishLog() {
    for (const stream of ["stdout", "stderr"]) {
      if (this.pending[stream] || this.open[stream]) {
        this.emit(stream, this.pending[stream] + "\n");
        this.pending[stream] = "";
      }
    }
    if (!this.spill) return { bytes: this.partsBytes, text: this.parts.join("") };
    this.flushParts();
    fs.closeSync(this.spill.fd);
    this.spill.fd = -1;
    return { bytes: this.spill.bytes, file: this.spill.file };
  }
  /** Removes the temp file of a large log. */
  dispose() {
    if (!this.spill) return;
    if (this.spill.fd >= 0) fs.closeSync(this.spill.fd);
    fs.rmSync(this.spill.file, { force: true });
    this.spill = void 0;
  }
  /** Adds a line of our own (e.g. the failure message) to the execution log. */
  note(line) {
    this.keep(this.masker.mask(line) + "\n");
  }
  emit(stream, text) {
    if (text) this.open[stream] = !text.endsWith("\n");
    const masked = this.masker.mask(text);
    this.keep(masked);
    this.reporter.stepOutput?.({ step: this.step, stream, chunk: masked });
  }
  /**
   * Passes on the head of a line too long to hold, keeping back a tail that may be the start of a secret,
   * and cutting before any secret (in any of its masked forms) that would straddle the cut.
   */
  emitLongLine(stream, line) {
    let longest = 0;
    const forms = this.secrets.size ? [...this.secrets].flatMap((v) => secretForms(v)) : [];
    for (const f of forms) longest = Math.max(longest, f.length);
    let cut = line.length - Math.max(0, longest - 1);
    for (let moved = true; moved && cut > 0; ) {
      moved = false;
      for (const f of forms) {
        const at = line.lastIndexOf(f, cut - 1);
        if (at >= 0 && at < cut && at + f.length > cut) {
          cut = at;
          moved = true;
        }
      }
    }
    if (cut <= 0) return;
    this.pending[stream] = line.slice(cut);
    this.emit(stream, line.slice(0, cut));
  }
  /** Keeps masked text for the execution log: in memory while small, then appended to a temp file. */
  keep(text) {
    this.parts.push(text);
    this.partsBytes += text.length;
    if (this.partsBytes >= SPILL_AT) this.flushParts();
  }
  flushParts() {
    if (this.parts.length === 0) return;
    if (!this.spill) {
      const file = tempPath(".execution.log");
      this.spill = { fd: fs.openSync(file, "w", 384), file, bytes: 0 };
    }
    const buf = Buffer.from(this.parts.join(""), "utf8");
    for (let off = 0; off < buf.length; ) off += fs.writeSync(this.spill.fd, buf, off);
    this.spill.bytes += buf.length;
    this.parts = [];
    this.partsBytes = 0;
  }
};

// src/engine/step-cache.ts
import { createHash as createHash3 } from "node:crypto";
function stable(value) {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stable(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
__name(stable, "stable");
function stepCacheKey(k) {
  const git2 = k.code.find((c) => c.code_identifier_type === "git" && c.code_identifier_dependable);
  const material = {
    v: 1,
    task: { command_type: k.spec.command_type, command: k.spec.command, returns: k.spec.returns, secrets: k.spec.secrets, args: k.spec.optional_ploomber_args ?? null },
    catalog: k.catalog ?? null,
    inputs: Object.fromEntries(Object.entries(k.inputs).map(([n, p]) => [n, [p.kind, p.value]])),
    iter: k.iterVariables,
    gets: k.gets.filter((e) => e.stage === "get").map((e) => [e.name, e.data_hash]).sort(),
    code: git2 ? git2.code_identifier : null
  };
  return "runnable-step-" + createHash3("sha256").update(stable(material)).digest("hex");
}
__name(stepCacheKey, "stepCacheKey");

// src/engine/execute-single-node.ts
function safeName(name) {
  return catalogFileName(name);
}
__name(safeName, "safeName");
async function startStep(ctx, node2, name, frame) {
  const existing = ctx.isRetry || ctx.attach ? await ctx.store.getStep(ctx.runId, name) : void 0;
  if (existing && ctx.isRetry && (node2.type === "task" || node2.type === "stub") && existing.attempts.at(-1)?.status === "SUCCESS") {
    return { record: existing, skip: true };
  }
  const record = existing ?? newStepRecord(node2.name, name, node2.type);
  record.status = "PROCESSING";
  record.message = "";
  if (node2.type === "task") await ctx.store.putStep(ctx.runId, record, frame.branch);
  return { record, skip: false };
}
__name(startStep, "startStep");
async function executeLeaf(ctx, node2, frame, policy = {}) {
  if (emulates(ctx)) return emulateLeaf(ctx, node2, frame);
  const name = stepPath(frame, node2);
  const { record, skip } = await startStep(ctx, node2, name, frame);
  if (skip) {
    ctx.reporter.stepFinished?.({ step: name, type: node2.type, status: "SUCCESS", message: "", attempt: record.attempts.length, skipped: "succeeded in an earlier attempt of this run" });
    return "SUCCESS";
  }
  ctx.reporter.stepStarted?.({ step: name, type: node2.type, attempt: record.attempts.length + 1 });
  if (node2.type !== "task") {
    const now = nowIso();
    const entry = await storeExecutionLog(ctx, name, record.attempts.length + 1, "");
    if (entry) record.data_catalog.push(entry);
    record.attempts.push(await attemptRecord(ctx, record.attempts.length + 1, now, now, "SUCCESS", "", {}, {}));
    record.status = "SUCCESS";
    await ctx.store.putStep(ctx.runId, record, frame.branch);
    if (node2.type === "success" || node2.type === "fail") {
      await setScopeStatus(ctx, frame.branch, node2.type === "success" ? "SUCCESS" : "FAIL");
    }
    ctx.reporter.stepFinished?.({ step: name, type: node2.type, status: "SUCCESS", message: "", attempt: record.attempts.length });
    return "SUCCESS";
  }
  const maxAttempts = Math.max(1, policy.attempts ?? node2.max_attempts);
  let status = "FAIL";
  let skipped;
  for (let i = 0; i < maxAttempts; i++) {
    const { attempt, entries, returns, cachedFrom } = await runAttempt(ctx, node2, name, frame, record.attempts.length + 1);
    skipped = cachedFrom;
    if (attempt.status === "SUCCESS") {
      await writeScope(ctx, frame.branch, returns);
    }
    record.attempts.push(attempt);
    record.data_catalog.push(...ctx.secretValues.size ? entries.map((e) => ({ ...e, name: maskText(e.name, ctx.secretValues), catalog_relative_path: maskText(e.catalog_relative_path, ctx.secretValues) })) : entries);
    record.status = attempt.status;
    record.message = attempt.message;
    status = attempt.status;
    if (status === "SUCCESS" || ctx.signal.aborted || i === maxAttempts - 1) break;
    record.status = "PROCESSING";
    await ctx.store.putStep(ctx.runId, record, frame.branch);
    ctx.reporter.log?.("WARNING", `step '${name}' failed attempt ${attempt.attempt_number} of ${maxAttempts}: ${firstLine(attempt.message)}; retrying`);
  }
  if (status === "FAIL" && policy.moreToCome && !ctx.signal.aborted) {
    record.status = "PROCESSING";
    await ctx.store.putStep(ctx.runId, record, frame.branch);
    ctx.reporter.log?.("WARNING", `step '${name}' failed attempt ${record.attempts.length}; the orchestrator will retry it`);
    return "PROCESSING";
  }
  await ctx.store.putStep(ctx.runId, record, frame.branch);
  ctx.reporter.stepFinished?.({ step: name, type: node2.type, status, message: record.message, attempt: record.attempts.length, skipped, outcome: outcomeOf({ status, message: record.message, skipped }, record.attempts.at(-1)) });
  return status;
}
__name(executeLeaf, "executeLeaf");
async function storeExecutionLog(ctx, name, attemptNumber, log) {
  const key = `${safeName(name)}.attempt-${attemptNumber}.execution.log`;
  try {
    if (typeof log !== "string" && log.file !== void 0) return await ctx.catalog.putFile(ctx.runId, key, log.file, name, { output: false });
    return await ctx.catalog.putBytes(ctx.runId, key, typeof log === "string" ? log : log.text, name, { output: false });
  } catch (err) {
    ctx.reporter.log?.("WARNING", `could not store the execution log of '${name}': ${messageOf(err)}`);
    return void 0;
  }
}
__name(storeExecutionLog, "storeExecutionLog");
function firstLine(s) {
  const i = s.indexOf("\n");
  return i < 0 ? s : s.slice(0, i);
}
__name(firstLine, "firstLine");
async function attemptRecord(ctx, attemptNumber, start, end, status, message, inputs, outputs, exitCode) {
  const metrics = {};
  for (const [k, p] of Object.entries(outputs)) if (p.kind === "metric") metrics[k] = p;
  const attempt = {
    attempt_number: attemptNumber,
    start_time: start,
    end_time: end,
    status,
    message,
    input_parameters: inputs,
    output_parameters: outputs,
    user_defined_metrics: metrics,
    retry_indicator: ctx.retryIndicator,
    code_identities: await ctx.codeIdentities()
  };
  if (exitCode !== void 0) attempt.exit_code = exitCode;
  return attempt;
}
__name(attemptRecord, "attemptRecord");
function effectiveSpec(ctx, node2) {
  if (!ctx.patches) return node2.task;
  const patch = ctx.patches[node2.name];
  if (!patch) return void 0;
  return {
    command_type: patch.command_type ?? node2.task.command_type,
    command: patch.command ?? "",
    returns: patch.returns ?? [],
    secrets: patch.secrets ?? []
  };
}
__name(effectiveSpec, "effectiveSpec");
function objectStore(ctx, step) {
  return {
    load: /* @__PURE__ */ __name((key) => ctx.catalog.getBytes(ctx.runId, key), "load"),
    async save(name, data, extension) {
      const key = `objects/${safeName(step)}/${safeName(name)}${extension}`;
      await ctx.catalog.putBytes(ctx.runId, key, data, step);
      return key;
    }
  };
}
__name(objectStore, "objectStore");
function messageOf(err) {
  if (err instanceof RunnableError) return err.message;
  if (err instanceof Error) return `internal error: ${err.stack ?? err.message}`;
  return String(err);
}
__name(messageOf, "messageOf");
async function runAttempt(ctx, node2, name, frame, attemptNumber) {
  const start = nowIso();
  const entries = [];
  const out = new OutputCollector(name, ctx.secretValues, ctx.reporter);
  let outcome;
  let inputs = {};
  let cacheKey;
  let cachedFrom;
  let cached;
  try {
    const scope = await readScope(ctx, frame);
    inputs = scope;
    if (node2.catalog?.get.length) {
      entries.push(...await ctx.catalog.get({ runId: ctx.runId, patterns: node2.catalog.get, workDir: ctx.cwd, step: name, signal: ctx.signal }));
    }
    const spec = effectiveSpec(ctx, node2);
    if (!spec) {
      outcome = { ok: true, message: "", returns: {}, inputParameters: { ...scope, ...varsAsParameters(frame) } };
    } else {
      if (ctx.stepCache && !spec.returns.some((r) => r.kind === "object")) {
        cacheKey = stepCacheKey({ spec, catalog: node2.catalog, inputs: scope, iterVariables: frame.vars, gets: entries, code: await ctx.codeIdentities() });
        const hit = await ctx.stepCache.restore(cacheKey, ctx.cwd).catch((err) => {
          ctx.reporter.log?.("WARNING", `step cache: could not restore '${name}': ${err instanceof Error ? err.message : String(err)}; running it`);
          return void 0;
        });
        if (hit) {
          cached = { run_id: hit.runId, step: hit.step, saved_at: hit.savedAt, key: cacheKey };
          cachedFrom = cacheNote(cached);
          out.note(`[runnable] ${name}: not run: its definition, inputs and catalog inputs are unchanged; ${cachedFrom}`);
          outcome = { ok: true, message: `skipped: ${cachedFrom}`, returns: hit.returns, inputParameters: { ...scope, ...varsAsParameters(frame) } };
        }
      }
      outcome ??= await runTask(ctx, spec, node2, name, frame, scope, attemptNumber, out);
    }
  } catch (err) {
    outcome = { ok: false, message: messageOf(err), returns: {}, inputParameters: { ...inputs, ...varsAsParameters(frame) } };
  }
  if (ctx.signal.aborted && !outcome.ok && !outcome.message.includes("cancel")) {
    outcome = { ...outcome, message: `cancelled: ${outcome.message}` };
  }
  if (node2.catalog?.put.length) {
    try {
      entries.push(
        ...await ctx.catalog.put({
          runId: ctx.runId,
          patterns: node2.catalog.put,
          workDir: ctx.cwd,
          step: name,
          storeCopy: node2.catalog.store_copy,
          allowNoMatch: !outcome.ok,
          signal: ctx.signal
        })
      );
    } catch (err) {
      if (outcome.ok) outcome = { ...outcome, ok: false, message: `catalog put failed: ${messageOf(err)}` };
    }
  }
  if (cacheKey && !cachedFrom && outcome.ok && ctx.stepCache) {
    const files = entries.filter((e) => e.stage === "put").map((e) => e.name);
    await ctx.stepCache.save(cacheKey, { returns: outcome.returns, files, runId: ctx.runId, step: name, savedAt: nowIso() }, ctx.cwd).catch((err) => ctx.reporter.log?.("WARNING", `step cache: could not save '${name}': ${err instanceof Error ? err.message : String(err)}`));
  }
  const notebook = outcome.outputNotebook;
  if (notebook) {
    try {
      const entry2 = await ctx.catalog.putBytes(ctx.runId, notebook, await readFile4(path5.resolve(ctx.cwd, notebook)), name);
      if (entry2) entries.push(entry2);
    } catch (err) {
      ctx.reporter.log?.("WARNING", `could not store the executed notebook of '${name}': ${messageOf(err)}`);
    }
  }
  if (!outcome.ok) out.note(`[runnable] step '${name}' attempt ${attemptNumber} failed: ${outcome.message}`);
  const log = out.finishLog();
  const entry = await storeExecutionLog(ctx, name, attemptNumber, log).finally(() => out.dispose());
  if (entry) entries.push(entry);
  const status = outcome.ok ? "SUCCESS" : "FAIL";
  const returns = outcome.ok ? outcome.returns : {};
  const attempt = await attemptRecord(ctx, attemptNumber, start, nowIso(), status, maskText(outcome.message, ctx.secretValues), outcome.inputParameters, returns, outcome.exitCode);
  if (cached && status === "SUCCESS") attempt.cached_from = cached;
  return { attempt, entries, returns, cachedFrom };
}
__name(runAttempt, "runAttempt");
var baseEnvironments = /* @__PURE__ */ new WeakMap();
function baseEnvironment(ctx) {
  let env = baseEnvironments.get(ctx);
  if (!env) baseEnvironments.set(ctx, env = scrubEnvironment(ctx.env, []));
  return env;
}
__name(baseEnvironment, "baseEnvironment");
function varsAsParameters(frame) {
  const out = {};
  for (const [k, v] of Object.entries(frame.vars)) out[k] = makeParameter("json", v);
  return out;
}
__name(varsAsParameters, "varsAsParameters");
async function runTask(ctx, spec, node2, name, frame, scope, attemptNumber, out) {
  const env = spec.secrets.length ? scrubEnvironment(ctx.env, spec.secrets) : { ...baseEnvironment(ctx) };
  for (const secret of spec.secrets) {
    const value = await ctx.secrets.get(secret);
    if (value) ctx.secretValues.add(value);
    env[secret] = value;
  }
  env.RUNNABLE_RUN_ID = ctx.runId;
  env.RUNNABLE_STEP_ATTEMPT = String(attemptNumber);
  env.RUNNABLE_RETRY_INDICATOR = ctx.retryIndicator;
  if (ctx.tag) env.RUNNABLE_RUN_TAG = ctx.tag;
  if (spec.command_type !== "shell") {
    for (const [k, v] of Object.entries(frame.vars)) if (!(k in frame.iter.map_variable)) env[k] = String(v);
  }
  if (ctx.pipeline.file && isPythonSdkScript(ctx.pipeline.file)) {
    env.PYTHONPATH = [env.PYTHONPATH, pythonPackagePath()].filter(Boolean).join(path5.delimiter);
  }
  const runner = getTaskRunner(spec.command_type);
  return ctx.taskLimiter.run(
    () => runner.run({
      spec,
      parameters: scope,
      iterVariables: frame.vars,
      env,
      cwd: ctx.cwd,
      attempt: attemptNumber,
      stepName: name,
      timeoutMs: node2.timeout_seconds ? node2.timeout_seconds * 1e3 : void 0,
      signal: ctx.signal,
      output: out,
      objects: objectStore(ctx, name)
    })
  );
}
__name(runTask, "runTask");

// src/engine/fan.ts
function describeKeys(p) {
  const keys = Object.keys(p);
  return keys.length ? keys.join(", ") : "none";
}
__name(describeKeys, "describeKeys");
function scanItems(node2, name, frame, items, scan, from, to) {
  for (let i = from; i < to; i++) {
    const key = itemKey(items[i]);
    const before = scan.seen.get(key);
    if (before !== void 0) return `map '${name}': items ${before} and ${i} have the same key '${key}'; map items must be distinct`;
    scan.seen.set(key, i);
    scan.branches.push({ key, graph: node2.branch, frame: childFrame(frame, node2, name, { item: items[i] }) });
  }
  return void 0;
}
__name(scanItems, "scanItems");
async function expectedBranchesYielding(ctx, node2, name, frame, scope) {
  const p = node2.type === "map" ? scope[node2.iterate_on] : void 0;
  if (node2.type !== "map" || !p || !Array.isArray(p.value)) return expectedBranches(node2, name, frame, scope);
  const items = p.value;
  const scan = { seen: /* @__PURE__ */ new Map(), branches: [] };
  let since = performance.now();
  for (let i = 0; i < items.length; i += 1024) {
    const dup = scanItems(node2, name, frame, items, scan, i, Math.min(items.length, i + 1024));
    if (dup) return { ok: false, message: dup };
    if (performance.now() - since >= 20) {
      await new Promise((r) => setImmediate(r));
      since = performance.now();
      if (ctx.signal.aborted) return { ok: false, message: `cancelled: ${String(ctx.signal.reason ?? "aborted")}` };
    }
  }
  return { ok: true, branches: scan.branches, items };
}
__name(expectedBranchesYielding, "expectedBranchesYielding");
function expectedBranches(node2, name, frame, scope) {
  switch (node2.type) {
    case "parallel":
      return { ok: true, branches: Object.entries(node2.branches).map(([key, graph2]) => ({ key, graph: graph2, frame: childFrame(frame, node2, name, { key }) })) };
    case "map": {
      const p = scope[node2.iterate_on];
      if (!p) return { ok: false, message: `map '${name}': iterate_on parameter '${node2.iterate_on}' does not exist (parameters: ${describeKeys(scope)})` };
      if (!Array.isArray(p.value)) {
        return { ok: false, message: `map '${name}': iterate_on parameter '${node2.iterate_on}' must be a list, got ${JSON.stringify(p.value)?.slice(0, 80)}` };
      }
      const items = p.value;
      const scan = { seen: /* @__PURE__ */ new Map(), branches: [] };
      const dup = scanItems(node2, name, frame, items, scan, 0, items.length);
      return dup ? { ok: false, message: dup } : { ok: true, branches: scan.branches, items };
    }
    case "conditional": {
      const p = scope[node2.parameter];
      if (!p) return { ok: false, message: `conditional '${name}': parameter '${node2.parameter}' does not exist (parameters: ${describeKeys(scope)})` };
      const v = isExactNumber(p.value) ? p.value.text : p.value;
      if (v === null || !["string", "number", "boolean"].includes(typeof v)) {
        return { ok: false, message: `conditional '${name}': parameter '${node2.parameter}' must be a string, number or boolean, got ${JSON.stringify(v)?.slice(0, 80)}` };
      }
      const key = itemKey(v);
      const graph2 = node2.branches[key];
      if (graph2) return { ok: true, branches: [{ key, graph: graph2, frame: childFrame(frame, node2, name, { key }) }] };
      if (node2.default) return { ok: true, branches: [{ key: "default", graph: node2.default, frame: childFrame(frame, node2, name, { key: "default" }) }] };
      return { ok: false, message: `conditional '${name}': no branch matches ${node2.parameter}=${JSON.stringify(v)} (branches: ${Object.keys(node2.branches).join(", ")}) and there is no default` };
    }
  }
}
__name(expectedBranches, "expectedBranches");
async function startComposite(ctx, node2, name, frame) {
  const existing = ctx.isRetry || ctx.attach ? await ctx.store.getStep(ctx.runId, name) : void 0;
  if (existing && ctx.isRetry && existing.status === "SUCCESS") return { record: existing, skip: true };
  const record = existing ?? newStepRecord(node2.name, name, node2.type);
  record.status = "PROCESSING";
  record.message = "";
  await ctx.store.putStep(ctx.runId, record, frame.branch);
  return { record, skip: false };
}
__name(startComposite, "startComposite");
async function finishComposite(ctx, record, frame, status, message) {
  record.status = status;
  record.message = message;
  await ctx.store.putStep(ctx.runId, record, frame.branch);
  ctx.reporter.stepFinished?.({ step: record.internal_name, type: record.step_type, status, message, attempt: 0 });
  return status;
}
__name(finishComposite, "finishComposite");
async function openBranch(ctx, branch, parentStep, own = {}) {
  const existing = ctx.isRetry || ctx.attach ? await ctx.store.getBranch(ctx.runId, branch) : void 0;
  if (existing) {
    if (existing.status !== "SUCCESS") await ctx.store.putBranch(ctx.runId, { ...existing, status: "PROCESSING" }, parentStep);
    noteBranchOpened(ctx, branch, existing.parameters);
    return;
  }
  await ctx.store.putBranch(ctx.runId, { internal_name: branch, status: "PROCESSING", parameters: own }, parentStep);
  noteBranchOpened(ctx, branch, own);
}
__name(openBranch, "openBranch");
var LARGE_MAP_ITEMS = 1e3;
async function fanOut(ctx, node2, frame) {
  const name = stepPath(frame, node2);
  const { record, skip } = await startComposite(ctx, node2, name, frame);
  if (skip) {
    ctx.reporter.stepFinished?.({ step: name, type: node2.type, status: "SUCCESS", message: "", attempt: 0, skipped: "succeeded in an earlier attempt of this run" });
    return { kind: "skip" };
  }
  ctx.reporter.stepStarted?.({ step: name, type: node2.type, attempt: 0 });
  const scope = await readScope(ctx, frame);
  const expected = await expectedBranchesYielding(ctx, node2, name, frame, scope);
  if (ctx.signal.aborted) return { kind: "fail", message: `cancelled: ${String(ctx.signal.reason ?? "aborted")}` };
  if (!expected.ok) {
    await finishComposite(ctx, record, frame, "FAIL", expected.message);
    return { kind: "fail", message: expected.message };
  }
  if (node2.type === "map") ctx.reporter.branchProgress?.({ step: name, done: 0, total: expected.branches.length, failed: 0 });
  if (node2.type === "map" && ctx.store.rewritesWholeRun && expected.branches.length > LARGE_MAP_ITEMS) {
    ctx.reporter.log?.("WARNING", `map '${name}' has ${expected.branches.length} items and the ${ctx.store.kind} run log rewrites the whole run after every change (quadratic in the items): configure run-log-store type chunked-fs for maps this size`);
  }
  const width = ctx.store.supportsParallelWrites ? 64 : 1;
  await mapConcurrent(expected.branches, width, async (b) => {
    if (!ctx.signal.aborted) await openBranch(ctx, b.frame.branch, name);
  });
  if (ctx.signal.aborted) return { kind: "fail", message: `cancelled: ${String(ctx.signal.reason ?? "aborted")}` };
  return { kind: "run", branches: expected.branches, items: expected.items };
}
__name(fanOut, "fanOut");
function mapReturnNames(node2) {
  const names = [];
  for (const n of Object.values(node2.branch.nodes)) {
    if (n.type === "task") {
      for (const r of n.task.returns) if (!names.includes(r.name)) names.push(r.name);
    }
  }
  return names;
}
__name(mapReturnNames, "mapReturnNames");
async function fanIn(ctx, node2, frame) {
  const name = stepPath(frame, node2);
  const record = await ctx.store.getStep(ctx.runId, name) ?? newStepRecord(node2.name, name, node2.type);
  if (ctx.isRetry && record.status === "SUCCESS") return "SUCCESS";
  const scope = await readScope(ctx, frame);
  const expected = await expectedBranchesYielding(ctx, node2, name, frame, scope);
  if (ctx.signal.aborted) return "FAIL";
  if (!expected.ok) return finishComposite(ctx, record, frame, "FAIL", expected.message);
  const headers = await mapConcurrent(expected.branches, 64, (b) => ctx.signal.aborted ? Promise.resolve(void 0) : ctx.store.getBranch(ctx.runId, b.frame.branch));
  if (ctx.signal.aborted) return "FAIL";
  const failed = expected.branches.filter((_, i) => headers[i]?.status !== "SUCCESS").map((b) => b.key);
  if (failed.length) {
    const shown = failed.slice(0, 5).join(", ") + (failed.length > 5 ? ` and ${failed.length - 5} more` : "");
    return finishComposite(ctx, record, frame, "FAIL", `${failed.length} of ${expected.branches.length} branch${expected.branches.length === 1 ? "" : "es"} did not succeed: ${shown}`);
  }
  const updates = {};
  try {
    if (node2.type === "map") {
      for (const ret of mapReturnNames(node2)) {
        const values = [];
        for (const h of headers) {
          const p = h.parameters[ret] ?? scope[ret];
          if (p) values.push(p.value);
        }
        let value = values.length ? values : "";
        if (node2.reducer && values.length) {
          value = await runPythonReducer(node2.reducer, values, { cwd: ctx.cwd, env: scrubEnvironment(ctx.env, []), signal: ctx.signal });
        }
        updates[ret] = makeParameter(scope[ret]?.kind === "metric" ? "metric" : "json", value);
      }
    } else {
      for (const h of headers) {
        for (const [k, p] of Object.entries(h.parameters)) {
          if (!scope[k] || !sameValue(scope[k].value, p.value) || scope[k].kind !== p.kind) updates[k] = p;
        }
      }
    }
  } catch (err) {
    return finishComposite(ctx, record, frame, "FAIL", `reducer of '${name}' failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  await writeScope(ctx, frame.branch, updates);
  return finishComposite(ctx, record, frame, "SUCCESS", "");
}
__name(fanIn, "fanIn");
async function loopStart(ctx, node2, frame) {
  const name = stepPath(frame, node2);
  const { skip } = await startComposite(ctx, node2, name, frame);
  if (skip) {
    ctx.reporter.stepFinished?.({ step: name, type: node2.type, status: "SUCCESS", message: "", attempt: 0, skipped: "succeeded in an earlier attempt of this run" });
    return false;
  }
  ctx.reporter.stepStarted?.({ step: name, type: node2.type, attempt: 0 });
  return true;
}
__name(loopStart, "loopStart");
async function loopIteration(ctx, node2, frame, index) {
  const name = stepPath(frame, node2);
  const branchFrame = childFrame(frame, node2, name, { index });
  const own = index === 0 ? {} : await readOwn(ctx, childFrame(frame, node2, name, { index: index - 1 }).branch);
  await openBranch(ctx, branchFrame.branch, name, own);
  return { key: String(index), graph: node2.branch, frame: branchFrame };
}
__name(loopIteration, "loopIteration");
async function loopAfterIteration(ctx, node2, frame, index) {
  const name = stepPath(frame, node2);
  const branch = childFrame(frame, node2, name, { index }).branch;
  const header = await ctx.store.getBranch(ctx.runId, branch);
  if (!header || header.status !== "SUCCESS") {
    return { kind: "done", status: "FAIL", message: `iteration ${index} did not succeed` };
  }
  const brk = header.parameters[node2.break_on];
  if (brk !== void 0 && typeof brk.value !== "boolean") {
    return { kind: "done", status: "FAIL", message: `loop '${name}': break_on parameter '${node2.break_on}' must be a boolean, got ${JSON.stringify(brk.value)?.slice(0, 80)}` };
  }
  if (brk?.value === true) return { kind: "done", status: "SUCCESS", message: "" };
  if (index + 1 >= node2.max_iterations) return { kind: "done", status: "SUCCESS", message: "" };
  return { kind: "continue" };
}
__name(loopAfterIteration, "loopAfterIteration");
async function loopFinish(ctx, node2, frame, lastIndex, decision) {
  const name = stepPath(frame, node2);
  const record = await ctx.store.getStep(ctx.runId, name) ?? newStepRecord(node2.name, name, node2.type);
  if (decision.status === "SUCCESS" && lastIndex >= 0) {
    const last = await ctx.store.getBranch(ctx.runId, childFrame(frame, node2, name, { index: lastIndex }).branch);
    const parent = await readScope(ctx, frame);
    const updates = {};
    for (const [k, p] of Object.entries(last?.parameters ?? {})) if (!parent[k] || !sameValue(parent[k].value, p.value)) updates[k] = p;
    await writeScope(ctx, frame.branch, updates);
  }
  return finishComposite(ctx, record, frame, decision.status, decision.message);
}
__name(loopFinish, "loopFinish");

// src/engine/traverse.ts
async function traverseGraph(ctx, graph2, frame) {
  let node2 = graph2.nodes[graph2.start_at];
  while (node2) {
    if (ctx.signal.aborted) return "FAIL";
    const status = await executeNode(ctx, node2, frame);
    if (node2.type === "success") return "SUCCESS";
    if (node2.type === "fail") return "FAIL";
    const target = routeAfter(node2, status);
    node2 = graph2.nodes[target];
  }
  return "FAIL";
}
__name(traverseGraph, "traverseGraph");
async function executeNode(ctx, node2, frame) {
  switch (node2.type) {
    case "task":
    case "stub":
    case "success":
    case "fail":
      return executeLeaf(ctx, node2, frame);
    case "loop":
      return executeLoop(ctx, node2, frame);
    default:
      return executeComposite(ctx, node2, frame);
  }
}
__name(executeNode, "executeNode");
async function runBranch(ctx, b) {
  if (ctx.isRetry) {
    const existing = await ctx.store.getBranch(ctx.runId, b.frame.branch);
    if (existing?.status === "SUCCESS") return "SUCCESS";
  }
  return traverseGraph(ctx, b.graph, b.frame);
}
__name(runBranch, "runBranch");
async function executeComposite(ctx, node2, frame) {
  const out = await fanOut(ctx, node2, frame);
  if (out.kind === "skip") return "SUCCESS";
  if (out.kind === "fail") return "FAIL";
  const name = stepPath(frame, node2);
  const total = out.branches.length;
  let done = 0;
  let failed = 0;
  await mapConcurrent(out.branches, ctx.branchConcurrency, async (b) => {
    if (ctx.signal.aborted) return;
    const status = await runBranch(ctx, b);
    done++;
    if (status !== "SUCCESS") failed++;
    if (node2.type === "map") ctx.reporter.branchProgress?.({ step: name, done, total, failed });
  });
  if (ctx.signal.aborted) return "FAIL";
  return fanIn(ctx, node2, frame);
}
__name(executeComposite, "executeComposite");
async function executeLoop(ctx, node2, frame) {
  if (!await loopStart(ctx, node2, frame)) return "SUCCESS";
  for (let i = 0; ; i++) {
    const b = await loopIteration(ctx, node2, frame, i);
    await runBranch(ctx, b);
    if (ctx.signal.aborted) return "FAIL";
    const decision = await loopAfterIteration(ctx, node2, frame, i);
    if (decision.kind === "done") return loopFinish(ctx, node2, frame, i, decision);
  }
}
__name(executeLoop, "executeLoop");

// src/engine/run.ts
async function runToEnd(ctx) {
  const t0 = performance2.now();
  ctx.reporter.runStarted?.({ runId: ctx.runId, pipeline: ctx.pipeline, retry: ctx.isRetry });
  let status = "FAIL";
  let interrupted;
  if (ctx.store.logFolder) ctx.catalog.excludeFolder?.(ctx.store.logFolder);
  ctx.codeIdentities().catch(() => void 0);
  try {
    status = await traverseGraph(ctx, ctx.pipeline.dag, ROOT_FRAME);
    if (ctx.signal.aborted) interrupted = `cancelled: ${String(ctx.signal.reason ?? "aborted")}`;
  } catch (err) {
    interrupted = `runner crashed: ${err instanceof Error ? err.message : String(err)}`;
    await finalizeRun(ctx, "FAIL", interrupted).catch(() => void 0);
    throw err;
  }
  const runLog = await finalizeRun(ctx, status, interrupted);
  ctx.reporter.runFinished?.({ runId: ctx.runId, status: runLog.status });
  return {
    runId: ctx.runId,
    status: runLog.status,
    runLog,
    config: ctx.config,
    pipeline: ctx.pipeline,
    runLogLocation: ctx.store.describe(),
    catalog: ctx.catalog,
    durationMs: performance2.now() - t0
  };
}
__name(runToEnd, "runToEnd");

// src/engine/pod.ts
import { mkdir, writeFile as writeFile2 } from "node:fs/promises";
import path6 from "node:path";
function parseIter(text) {
  return parseIterVariable(text);
}
__name(parseIter, "parseIter");
function relocateStores(config, root) {
  if (!root) return config;
  const out = { ...config };
  if (["file-system", "chunked-fs"].includes(config.runLogStore.type)) out.runLogStore = { ...config.runLogStore, config: { ...config.runLogStore.config, log_folder: path6.posix.join(root, "run_logs") } };
  if (config.catalog.type === "file-system") out.catalog = { ...config.catalog, config: { ...config.catalog.config, catalog_location: path6.posix.join(root, "catalog") } };
  return out;
}
__name(relocateStores, "relocateStores");
async function loadForPod(opts) {
  const loaded = await loadInputs(opts);
  return opts.storesOn ? { ...loaded, config: relocateStores(loaded.config, opts.storesOn) } : loaded;
}
__name(loadForPod, "loadForPod");
function standIn(iter) {
  const map_variable = {};
  for (const [k, m] of Object.entries(iter.map_variable ?? {})) map_variable[k] = "value" in m ? m : { value: m.index };
  return { map_variable, loop_variable: iter.loop_variable ?? [] };
}
__name(standIn, "standIn");
async function resolveIndices(ctx, templatePath, iter) {
  const given = iter.map_variable ?? {};
  if (!Object.values(given).some((m) => !("value" in m))) return iter;
  const resolved = { map_variable: {}, loop_variable: iter.loop_variable ?? [] };
  const segments = templatePath.split(".");
  for (let i = 0; i + 1 < segments.length; i += 2) {
    if (segments[i + 1] !== MAP_PLACEHOLDER) continue;
    const { node: node2, frame } = locate(ctx.pipeline, segments.slice(0, i + 1).join("."), resolved);
    if (node2.type !== "map") continue;
    const m = given[node2.iterate_as];
    if (!m) throw new UsageError(`step '${templatePath}': --iter-variable has no map_variable '${node2.iterate_as}'`);
    if ("value" in m) {
      resolved.map_variable[node2.iterate_as] = m;
      continue;
    }
    const name = stepPath(frame, node2);
    const e = expectedBranches(node2, name, frame, await readScope(ctx, frame));
    if (!e.ok) throw new UsageError(`step '${templatePath}': ${e.message}`);
    const items = e.items ?? [];
    if (m.index >= items.length) throw new UsageError(`step '${templatePath}': map '${name}' has ${items.length} item(s); index ${m.index} does not exist`);
    resolved.map_variable[node2.iterate_as] = { value: items[m.index] };
  }
  return resolved;
}
__name(resolveIndices, "resolveIndices");
async function open(opts) {
  const iter = parseIter(opts.iterVariable);
  const loaded = await loadForPod(opts);
  const templatePath = decodeStepPath(opts.stepPath);
  locate(loaded.pipeline, templatePath, standIn(iter));
  const ctx = await setupRun(opts, "attach", loaded);
  const located = locate(ctx.pipeline, templatePath, await resolveIndices(ctx, templatePath, iter));
  return { ctx, ...located };
}
__name(open, "open");
async function writeJson(ctx, file, value) {
  const abs = path6.resolve(ctx.cwd, file);
  await mkdir(path6.dirname(abs), { recursive: true });
  await writeFile2(abs, typeof value === "string" ? value : JSON.stringify(value));
}
__name(writeJson, "writeJson");
async function followInline(ctx, graph2, node2, status, frame) {
  let current = node2;
  let st = status;
  for (; ; ) {
    if (current.type === "success") return { reachedFail: false };
    if (current.type === "fail") return { reachedFail: true };
    const target = graph2.nodes[routeAfter(current, st)];
    if (!target) return { reachedFail: false };
    if (target.type !== "stub" && target.type !== "success" && target.type !== "fail") return { reachedFail: false, stoppedAt: target };
    st = await executeLeaf(ctx, target, frame);
    current = target;
  }
}
__name(followInline, "followInline");
async function fanOutOutput(ctx, node2, frame, argo) {
  const name = stepPath(frame, node2);
  if (node2.type === "loop") {
    if (!await loopStart(ctx, node2, frame)) return { status: "SUCCESS", output: argo ? LOOP_STOP : [] };
    await loopIteration(ctx, node2, frame, 0);
    return { status: "SUCCESS", output: argo ? LOOP_GO : [0] };
  }
  const r = await fanOut(ctx, node2, frame);
  if (r.kind === "fail") return { status: "FAIL", output: argo && node2.type === "conditional" ? CONDITIONAL_NONE : [] };
  let items;
  let keys;
  if (r.kind === "skip") {
    const e = expectedBranches(node2, name, frame, await readScope(ctx, frame));
    items = e.ok ? e.items : [];
    keys = e.ok ? e.branches.map((b) => b.key) : [];
  } else {
    items = r.items;
    keys = r.branches.map((b) => b.key);
  }
  if (node2.type === "map") return { status: "SUCCESS", output: argo ? (items ?? []).map((_, i) => i) : items ?? [] };
  if (node2.type === "conditional" && argo) return { status: "SUCCESS", output: conditionalToken(Object.keys(node2.branches), keys[0]) };
  return { status: "SUCCESS", output: keys };
}
__name(fanOutOutput, "fanOutOutput");
async function maybeFanOutNext(ctx, opts, status, route, frame) {
  if (!opts.fanOutNext || status !== "SUCCESS" || !route.stoppedAt) return;
  const next = route.stoppedAt;
  if (next.type !== "parallel" && next.type !== "map" && next.type !== "conditional" && next.type !== "loop") return;
  const { output } = await fanOutOutput(ctx, next, frame, opts.orchestrator === "argo");
  await writeJson(ctx, opts.fanOutNext, output);
}
__name(maybeFanOutNext, "maybeFanOutNext");
async function close(ctx) {
  await ctx.catalog.flush();
  await ctx.store.flush();
}
__name(close, "close");
async function executeSingleNodeCommand(opts) {
  const { ctx, node: node2, graph: graph2, frame } = await open(opts);
  if (node2.type !== "task" && node2.type !== "stub" && node2.type !== "success" && node2.type !== "fail") {
    throw new UsageError(`step '${opts.stepPath}' is a ${node2.type}: use 'runnable fan ${opts.runId} ${opts.stepPath} out|in'`);
  }
  const argo = opts.orchestrator === "argo";
  const max = node2.type === "task" ? node2.max_attempts : 1;
  const status = await executeLeaf(ctx, node2, frame, argo ? { attempts: 1, moreToCome: (opts.retryIndex ?? 0) + 1 < max } : {});
  const name = stepPath(frame, node2);
  if (status === "PROCESSING") {
    await close(ctx);
    return { runId: ctx.runId, step: name, status, exitCode: 1 };
  }
  let route = { reachedFail: node2.type === "fail" };
  if (ctx.signal.aborted) {
    await close(ctx);
    return { runId: ctx.runId, step: name, status, exitCode: status === "SUCCESS" ? 0 : 1 };
  }
  if (opts.followInline !== false) route = await followInline(ctx, graph2, node2, status, frame);
  await maybeFanOutNext(ctx, opts, status, route, frame);
  await close(ctx);
  return { runId: ctx.runId, step: name, status, exitCode: status === "FAIL" || route.reachedFail ? 1 : 0 };
}
__name(executeSingleNodeCommand, "executeSingleNodeCommand");
async function fanCommand(opts) {
  if (opts.direction === "exit") return exitHandler(opts);
  const { ctx, node: node2, graph: graph2, frame } = await open(opts);
  const name = stepPath(frame, node2);
  const argo = opts.orchestrator === "argo";
  const outputFile = opts.outputFile ?? "/tmp/output.txt";
  if (node2.type !== "parallel" && node2.type !== "map" && node2.type !== "conditional" && node2.type !== "loop") {
    throw new UsageError(`step '${opts.stepPath}' is a ${node2.type}, not a composite: use 'runnable execute-single-node'`);
  }
  if (opts.direction === "out") {
    const { status: status2, output: output2 } = await fanOutOutput(ctx, node2, frame, argo);
    await writeJson(ctx, outputFile, output2);
    await close(ctx);
    return { runId: ctx.runId, step: name, status: status2, output: output2, exitCode: argo || status2 === "SUCCESS" ? 0 : 1 };
  }
  let status;
  let output;
  if (node2.type === "loop") {
    const depth = frame.iter.loop_variable.length;
    const index = parseIter(opts.iterVariable).loop_variable?.[depth]?.value ?? 0;
    const decision = await loopAfterIteration(ctx, node2, frame, index);
    if (decision.kind === "continue") {
      await loopIteration(ctx, node2, frame, index + 1);
      const next = argo ? String(index + 1) : [index + 1];
      await writeJson(ctx, outputFile, next);
      await close(ctx);
      return { runId: ctx.runId, step: name, status: "PROCESSING", output: next, exitCode: 0 };
    }
    status = await loopFinish(ctx, node2, frame, index, decision);
    const stop = argo ? LOOP_STOP : [];
    await writeJson(ctx, outputFile, stop);
    output = stop;
  } else {
    if (argo) await settleBranches(ctx, name);
    status = await fanIn(ctx, node2, frame);
  }
  let route = { reachedFail: false };
  if (ctx.signal.aborted) {
    await close(ctx);
    return { runId: ctx.runId, step: name, status, output, exitCode: status === "FAIL" ? 1 : 0 };
  }
  if (opts.followInline !== false) route = await followInline(ctx, graph2, node2, status, frame);
  if (node2.type !== "loop") await maybeFanOutNext(ctx, opts, status, route, frame);
  await close(ctx);
  return { runId: ctx.runId, step: name, status, output, exitCode: status === "FAIL" || route.reachedFail ? 1 : 0 };
}
__name(fanCommand, "fanCommand");
var INTERRUPTED = "the orchestrator stopped this step before it finished (retries ended early, its pod errored, or the workflow was stopped)";
function findStep(steps, name) {
  for (const s of Object.values(steps)) {
    if (s.internal_name === name) return s;
    if (name.startsWith(s.internal_name + ".")) {
      for (const b of Object.values(s.branches)) {
        const found = findStep(b.steps, name);
        if (found) return found;
      }
    }
  }
  return void 0;
}
__name(findStep, "findStep");
async function settleBranches(ctx, composite) {
  const log = await ctx.store.getRunLog(ctx.runId);
  const step = findStep(log.steps, composite);
  if (step) await failUnsettled(ctx, INTERRUPTED, step);
}
__name(settleBranches, "settleBranches");
async function exitHandler(opts) {
  const loaded = await loadForPod(opts);
  const phase = opts.workflowStatus ?? "";
  const probe = createRunLogStore(loaded.config.runLogStore, loaded.cwd);
  if (!await probe.runExists(opts.runId)) {
    opts.reporter?.log?.("WARNING", `exit handler: run ${opts.runId} has no run log (its first pod never ran); nothing to settle`);
    return { runId: opts.runId, step: "-", status: "FAIL", exitCode: 0 };
  }
  const before = (await probe.getRunHeader(opts.runId)).status;
  const ctx = await setupRun(opts, "attach", loaded);
  const reason = phase && phase !== "Succeeded" ? `the Argo workflow ended ${phase} before this step finished (stopped, past its deadline, a pod error, or retries ended early)` : INTERRUPTED;
  await failUnsettled(ctx, reason);
  const settled = before === "PROCESSING" || before === "CREATED" ? phase === "Succeeded" ? "SUCCESS" : "FAIL" : before;
  const header = await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, status: settled }));
  await ctx.store.finishRun?.(ctx.runId);
  await close(ctx);
  return { runId: ctx.runId, step: "-", status: header.status, exitCode: 0 };
}
__name(exitHandler, "exitHandler");

// src/engine/step-cache-fs.ts
import { copyFile, mkdir as mkdir2, readFile as readFile5, rename, rm as rm3, writeFile as writeFile3 } from "node:fs/promises";
import { existsSync as existsSync4 } from "node:fs";
import path7 from "node:path";
import { randomBytes as randomBytes2 } from "node:crypto";
function inside(root, rel) {
  const abs = path7.resolve(root, rel);
  if (abs !== root && !abs.startsWith(root + path7.sep)) throw new Error(`cached path '${rel}' escapes ${root}`);
  return abs;
}
__name(inside, "inside");
var FileSystemStepCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  static {
    __name(this, "FileSystemStepCache");
  }
  kind = "file-system";
  async restore(key, workDir) {
    const entry = path7.join(this.dir, key);
    let record;
    try {
      record = JSON.parse(await readFile5(path7.join(entry, "record.json"), "utf8"));
    } catch {
      return void 0;
    }
    for (const rel of record.files) {
      const target = inside(workDir, rel);
      await mkdir2(path7.dirname(target), { recursive: true });
      await copyFile(inside(path7.join(entry, "files"), rel), target);
    }
    return record;
  }
  async save(key, record, workDir) {
    const entry = path7.join(this.dir, key);
    if (existsSync4(entry)) return;
    const tmp = path7.join(this.dir, `.tmp-${key}-${randomBytes2(4).toString("hex")}`);
    try {
      for (const rel of record.files) {
        const target = inside(path7.join(tmp, "files"), rel);
        await mkdir2(path7.dirname(target), { recursive: true });
        await copyFile(inside(workDir, rel), target);
      }
      await mkdir2(tmp, { recursive: true });
      await writeFile3(path7.join(tmp, "record.json"), JSON.stringify(record, null, 2));
      await rename(tmp, entry).catch(async (err) => {
        if (err.code !== "ENOTEMPTY" && err.code !== "EEXIST") throw err;
      });
    } finally {
      await rm3(tmp, { recursive: true, force: true });
    }
  }
};

export {
  parsePipelineText,
  parsePipelineFile,
  pythonPackagePath,
  exportPythonPipeline,
  loadPipeline,
  loadInputs,
  setupRun,
  parameterEnvironmentWarnings,
  parseNodeCommand,
  stepCacheKey,
  runToEnd,
  executeSingleNodeCommand,
  fanCommand,
  FileSystemStepCache
};
