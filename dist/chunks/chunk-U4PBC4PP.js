import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  validateManifest
} from "./chunk-UST7ZEWC.js";
import {
  LOOP_GO,
  LOOP_STOP,
  argoJson,
  buildPodArgv,
  buildPodEnv,
  conditionalToken,
  encodeStepArg,
  iterVariableText
} from "./chunk-T3J5SJV2.js";
import {
  LOOP_PLACEHOLDER,
  MAP_PLACEHOLDER,
  isComposite,
  routeAfter
} from "./chunk-B5INYTOD.js";
import {
  ManifestError
} from "./chunk-I4ZUIMKY.js";
import {
  parseArgoExecutorConfig
} from "./chunk-CBHI4BMY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/argo/names.ts
import { createHash } from "node:crypto";
var NAME_BUDGET = 50;
function shortHash(text, length = 6) {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}
__name(shortHash, "shortHash");
function sanitize(text) {
  let s = text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (!s) s = "x";
  if (!/^[a-z]/.test(s)) s = "n" + s;
  return s;
}
__name(sanitize, "sanitize");
function dnsName(text, source = text, budget = NAME_BUDGET) {
  const s = sanitize(text);
  if (s.length <= budget) return s;
  return `${s.slice(0, budget - 7).replace(/-+$/, "")}-${shortHash(source)}`;
}
__name(dnsName, "dnsName");
var NameScope = class {
  static {
    __name(this, "NameScope");
  }
  used = /* @__PURE__ */ new Set();
  constructor(reserved = []) {
    for (const r of reserved) this.used.add(r);
  }
  /** `text` sanitised; on a collision, the hash of `source` (then a counter) makes it unique. */
  take(text, source = text) {
    let name = dnsName(text, source);
    if (this.used.has(name)) {
      const base = sanitize(text).slice(0, NAME_BUDGET - 7).replace(/-+$/, "");
      name = `${base}-${shortHash(source)}`;
      for (let i = 2; this.used.has(name); i++) name = `${base}-${shortHash(`${source}#${i}`)}`;
    }
    this.used.add(name);
    return name;
  }
  has(name) {
    return this.used.has(name);
  }
};

// src/argo/yaml-emit.ts
var PLAIN = /^(--?)?[A-Za-z/][A-Za-z0-9_./%=+-]*$/;
var AMBIGUOUS = /^(y|n|yes|no|on|off|true|false|null|nan|inf)$/i;
function scalar(v) {
  if (v === null || v === void 0) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new TypeError(`cannot write ${v} to YAML`);
    return String(v);
  }
  const s = String(v);
  if (PLAIN.test(s) && !AMBIGUOUS.test(s)) return s;
  return JSON.stringify(s);
}
__name(scalar, "scalar");
function isEmptyCollection(v) {
  if (Array.isArray(v) && v.length === 0) return "[]";
  if (v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0) return "{}";
  return void 0;
}
__name(isEmptyCollection, "isEmptyCollection");
function emit(v, indent, out) {
  if (Array.isArray(v)) {
    for (const item of v) {
      const empty = isEmptyCollection(item);
      if (item !== null && typeof item === "object" && !empty) {
        const lines = [];
        emit(item, indent + "  ", lines);
        out.push(`${indent}- ${lines[0].slice(indent.length + 2)}`, ...lines.slice(1));
      } else {
        out.push(`${indent}- ${empty ?? scalar(item)}`);
      }
    }
    return;
  }
  for (const [k, val] of Object.entries(v)) {
    if (val === void 0) continue;
    const key = scalar(k);
    const empty = isEmptyCollection(val);
    if (val !== null && typeof val === "object" && !empty) {
      out.push(`${indent}${key}:`);
      emit(val, Array.isArray(val) ? indent + "  " : indent + "  ", out);
    } else {
      out.push(`${indent}${key}: ${empty ?? scalar(val)}`);
    }
  }
}
__name(emit, "emit");
function toYamlDocument(value) {
  const out = [];
  emit(value, "", out);
  return out.join("\n") + "\n";
}
__name(toYamlDocument, "toYamlDocument");

// src/argo/compile.ts
var ROOT_TEMPLATE = "runnable-dag";
var OUT_PATH = "/tmp/runnable/out.json";
var NEXT_PATH = "/tmp/runnable/next.json";
var MAX_TASKS = 200;
var MAX_TEMPLATES = 200;
var LOOP_CHUNK = 90;
var MAX_STACK_DEPTH = 100;
var EXIT_TEMPLATE = "runnable-exit";
var RUNNABLE_PVC_MOUNT = "/mnt";
var EXPR_RESERVED = new Set(
  "and or not in matches contains startswith endswith let if else true false nil len all none any one filter map count sum find findindex findlast findlastindex groupby sortby reduce abs ceil floor round int float string trim trimprefix trimsuffix upper lower split splitafter replace repeat indexof lastindexof hasprefix hassuffix max min mean median first last get type keys values tojson fromjson tobase64 frombase64 topairs frompairs join flatten uniq concat reverse sort date now duration timezone take bitand bitor bitxor bitnand bitnot bitshl bitshr bitushr env sprig".split(" ")
);
var CONTROL_ARGS = ["run_id", "retry_run_id", "retry_indicator", "log_level"];
var okOf = /* @__PURE__ */ __name((u) => u.ok ?? `${u.exit.name}.Succeeded`, "okOf");
var failedOf = /* @__PURE__ */ __name((u) => u.failed ?? `${u.exit.name}.Failed || ${u.exit.name}.Errored`, "failedOf");
function compileArgo(pipeline, config, opts) {
  if (config.pipelineExecutor.type !== "argo") {
    throw new ManifestError([`the pipeline executor is '${config.pipelineExecutor.type}', not 'argo'`], "Argo compilation");
  }
  let argo;
  try {
    argo = parseArgoExecutorConfig(config.pipelineExecutor.config);
  } catch (err) {
    const issues = err.issues;
    throw new ManifestError(
      issues ? issues.map((i) => `pipeline-executor.config${i.path.length ? "." + i.path.map(String).join(".") : ""}: ${i.message}`) : [String(err)],
      "argo executor config"
    );
  }
  const ctx = {
    pipeline,
    config,
    argo,
    opts,
    templates: [],
    templateNames: new NameScope([ROOT_TEMPLATE]),
    leafByBody: /* @__PURE__ */ new Map(),
    names: { graphs: {}, tasks: {} },
    warnings: [],
    volumeMounts: [],
    volumes: [],
    firstTaskDone: false,
    workflowArgs: [],
    where: whereOf(config),
    recursion: /* @__PURE__ */ new Map()
  };
  checkExecutorConfig(ctx);
  setUpVolumes(ctx);
  checkStores(ctx);
  ctx.workflowArgs = workflowArguments(ctx);
  compileGraph(ctx, pipeline.dag, [], ROOT_TEMPLATE);
  const byName = new Map(ctx.templates.map((t) => [String(t.name), t]));
  const used = /* @__PURE__ */ new Set();
  const stack = [ROOT_TEMPLATE];
  while (stack.length) {
    const n = stack.pop();
    if (used.has(n)) continue;
    used.add(n);
    const t = byName.get(n);
    for (const task of t?.dag?.tasks ?? []) stack.push(String(task.template));
  }
  const root = byName.get(ROOT_TEMPLATE);
  const others = ctx.templates.filter((t) => t !== root && used.has(String(t.name))).sort((a, b) => String(a.name) < String(b.name) ? -1 : 1);
  if (others.length + 1 > MAX_TEMPLATES) {
    throw new ManifestError([`the workflow needs ${others.length + 1} templates (max ${MAX_TEMPLATES}): too many branches; split the pipeline`]);
  }
  const templates = [root, ...others];
  checkStackDepth(ctx, byName);
  templates.push(exitTemplate(ctx));
  const spec = workflowSpec(ctx, templates);
  const md = ctx.argo.argoWorkflow.metadata ?? {};
  const generateName = md.generateName ?? (md.name ? void 0 : "runnable-dag-");
  let manifest;
  if (ctx.argo.cronSchedule) {
    const cron = ctx.argo.cronSchedule;
    const name = (md.name ?? generateName ?? "runnable-dag").replace(/-+$/, "");
    const cronSpec = {};
    cronSpec.schedules = cron.schedules ?? [cron.schedule];
    if (cron.timezone) cronSpec.timezone = cron.timezone;
    for (const k of ["concurrencyPolicy", "startingDeadlineSeconds", "suspend", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"]) {
      if (cron[k] !== void 0) cronSpec[k] = cron[k];
    }
    cronSpec.workflowSpec = spec;
    manifest = { apiVersion: "argoproj.io/v1alpha1", kind: "CronWorkflow", metadata: metadata(md, { name }), spec: cronSpec };
  } else {
    manifest = {
      apiVersion: "argoproj.io/v1alpha1",
      kind: "Workflow",
      metadata: metadata(md, md.name ? { name: md.name } : { generateName }),
      spec
    };
  }
  const problems = validateManifest(manifest);
  if (problems.length) throw new ManifestError(problems);
  const yaml = toYaml(manifest);
  return { manifest, yaml, names: ctx.names, warnings: ctx.warnings };
}
__name(compileArgo, "compileArgo");
function toYaml(manifest) {
  return toYamlDocument(manifest);
}
__name(toYaml, "toYaml");
function metadata(md, name) {
  const out = { ...name };
  if (md.namespace) out.namespace = md.namespace;
  if (md.labels && Object.keys(md.labels).length) out.labels = sortKeys(md.labels);
  if (md.annotations && Object.keys(md.annotations).length) out.annotations = sortKeys(md.annotations);
  return out;
}
__name(metadata, "metadata");
function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
__name(sortKeys, "sortKeys");
function workflowArguments(ctx) {
  const args = [];
  if (ctx.argo.exposeParametersAsInputs) {
    for (const [name, value] of Object.entries(ctx.opts.initialParameters ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
      if (CONTROL_ARGS.includes(name)) {
        throw new ManifestError([`initial parameter '${name}' has the name of a workflow control argument (${CONTROL_ARGS.join(", ")}); rename it`]);
      }
      if (!/^[a-z0-9_-]+$/.test(name)) {
        ctx.warnings.push(`initial parameter '${name}' is not exposed as a workflow argument (only lower-case [a-z0-9_-] names are); it still comes from the parameters file`);
        continue;
      }
      if (value !== null && typeof value === "object") {
        if (!ctx.opts.parametersFile) ctx.warnings.push(`initial parameter '${name}' is a list or mapping: it reaches the pods only through a parameters file, and none was given`);
        continue;
      }
      args.push({ name, value: value === void 0 ? "null" : argoJson(value) });
    }
  }
  args.push({ name: "run_id", value: "{{workflow.uid}}" });
  args.push({ name: "retry_run_id", value: "" });
  args.push({ name: "retry_indicator", value: "" });
  args.push({ name: "log_level", value: ctx.opts.logLevel ?? ctx.argo.logLevel ?? "WARNING" });
  return args;
}
__name(workflowArguments, "workflowArguments");
function setUpVolumes(ctx) {
  const seen = /* @__PURE__ */ new Set();
  const add = /* @__PURE__ */ __name((name, claimName, mountPath, readOnly) => {
    if (seen.has(mountPath)) throw new ManifestError([`two volumes are mounted at ${mountPath}`], "argo executor config");
    seen.add(mountPath);
    ctx.volumes.push({ name, persistentVolumeClaim: { claimName, ...readOnly ? { readOnly: true } : {} } });
    ctx.volumeMounts.push({ name, mountPath, ...readOnly ? { readOnly: true } : {} });
  }, "add");
  if (ctx.argo.pvcForRunnable) add("runnable", ctx.argo.pvcForRunnable, "/mnt");
  ctx.argo.customVolumes.forEach((v, i) => add(`custom-volume-${i}`, v.persistentVolumeClaim.claimName, v.mountPath, v.persistentVolumeClaim.readOnly));
}
__name(setUpVolumes, "setUpVolumes");
function checkStores(ctx) {
  const mounts = ctx.volumeMounts.map((m) => ({ path: String(m.mountPath), readOnly: Boolean(m.readOnly) }));
  const onVolume = /* @__PURE__ */ __name((p) => mounts.some((m) => !m.readOnly && (p === m.path || p.startsWith(m.path.replace(/\/+$/, "") + "/"))), "onVolume");
  const problems = [];
  const offVolume = [];
  const store = ctx.config.runLogStore;
  if (store.type === "buffered") problems.push(`run-log-store 'buffered' keeps the run log in memory; Argo pods need a shared store (chunked-fs on a volume)`);
  if (store.type === "file-system" || store.type === "chunked-fs") {
    const folder = String(store.config.log_folder ?? ".run_log_store");
    if (!onVolume(folder)) offVolume.push(`run-log-store log_folder '${folder}'`);
    if (store.type === "file-system") ctx.warnings.push(`run-log-store 'file-system' is not safe with parallel pods; use 'chunked-fs'`);
  }
  const cat = ctx.config.catalog;
  if (cat.type === "file-system") {
    const loc = String(cat.config.catalog_location ?? ".catalog");
    if (!onVolume(loc)) offVolume.push(`catalog catalog_location '${loc}'`);
  }
  if (offVolume.length && ctx.argo.pvcForRunnable) {
    ctx.storesOn = RUNNABLE_PVC_MOUNT;
  } else {
    for (const o of offVolume) problems.push(`${o} is not on a volume mounted in the pods (mounts: ${mounts.map((m) => m.path).join(", ") || "none"}); mount one (persistent_volumes / custom_volumes) or set pvc_for_runnable to move the stores onto that claim`);
  }
  if (problems.length) throw new ManifestError(problems, "Argo configuration");
}
__name(checkStores, "checkStores");
function workflowSpec(ctx, templates) {
  const s = ctx.argo.argoWorkflow.spec ?? {};
  const spec = { entrypoint: ROOT_TEMPLATE, arguments: { parameters: ctx.workflowArgs } };
  if (s.serviceAccountName) spec.serviceAccountName = s.serviceAccountName;
  spec.activeDeadlineSeconds = s.activeDeadlineSeconds ?? 172800;
  spec.podGC = s.podGC ?? { strategy: "OnPodSuccess" };
  if (s.ttlStrategy) spec.ttlStrategy = s.ttlStrategy;
  if (s.parallelism) spec.parallelism = s.parallelism;
  if (s.nodeSelector && Object.keys(s.nodeSelector).length) spec.nodeSelector = sortKeys(s.nodeSelector);
  if (s.tolerations?.length) spec.tolerations = s.tolerations;
  for (const k of ["affinity", "securityContext", "priorityClassName", "imagePullSecrets", "podMetadata", "volumeClaimGC", "archiveLogs"]) {
    if (s[k] !== void 0) spec[k] = s[k];
  }
  if (ctx.volumes.length) spec.volumes = ctx.volumes;
  spec.onExit = EXIT_TEMPLATE;
  spec.templates = templates;
  return spec;
}
__name(workflowSpec, "workflowSpec");
function encodeStep(internalName) {
  return encodeStepArg(internalName);
}
__name(encodeStep, "encodeStep");
function iterSkeleton(scope, last) {
  if (!scope.length) return void 0;
  const expr = /* @__PURE__ */ __name((v, i) => last !== void 0 && i === scope.length - 1 ? last : `{{inputs.parameters.${v.param}}}`, "expr");
  const maps = scope.flatMap((v, i) => v.kind === "map" ? [{ as: v.as, index: expr(v, i) }] : []);
  const loops = scope.flatMap((v, i) => v.kind === "loop" ? [expr(v, i)] : []);
  return iterVariableText(maps, loops);
}
__name(iterSkeleton, "iterSkeleton");
function scopeInputs(scope) {
  return scope.length ? { parameters: scope.map((v) => ({ name: v.param })) } : void 0;
}
__name(scopeInputs, "scopeInputs");
function passScope(scope, extra = []) {
  const parameters = [...scope.map((v) => ({ name: v.param, value: `{{inputs.parameters.${v.param}}}` })), ...extra];
  return parameters.length ? { parameters } : void 0;
}
__name(passScope, "passScope");
function routeTarget(graph, from, podNodes) {
  let name = from ?? "fail";
  for (let guard = 0; guard < 1e4; guard++) {
    const node = graph.nodes[name];
    if (!node) throw new ManifestError([`graph '${graph.internalName || "dag"}' has no node '${name}'`]);
    if (podNodes.has(name)) return { kind: "pod", node: name };
    if (node.type === "success") return { kind: "success" };
    if (node.type === "fail") return { kind: "fail" };
    if (node.type !== "stub") return { kind: "pod", node: name };
    name = node.next;
  }
  throw new ManifestError([`graph '${graph.internalName || "dag"}': the route from '${from}' does not end`]);
}
__name(routeTarget, "routeTarget");
function compileGraph(ctx, graph, scope, templateName) {
  ctx.names.graphs[templateName] = graph.internalName;
  const reachable = [];
  const seen = /* @__PURE__ */ new Set();
  const stack = [graph.start_at];
  while (stack.length) {
    const name = stack.pop();
    if (seen.has(name)) continue;
    const node = graph.nodes[name];
    if (!node) throw new ManifestError([`graph '${graph.internalName || "dag"}': start_at/next/on_failure names '${name}', which does not exist`]);
    seen.add(name);
    reachable.push(name);
    if (node.type !== "success" && node.type !== "fail") {
      if (node.on_failure) stack.push(node.on_failure);
      stack.push(node.next);
    }
  }
  const order = Object.keys(graph.nodes).filter((n) => seen.has(n));
  const podNodes = new Set(order.filter((n) => n === graph.start_at || !["stub", "success", "fail"].includes(graph.nodes[n].type)));
  const succ = /* @__PURE__ */ new Map();
  const fail = /* @__PURE__ */ new Map();
  for (const name of podNodes) {
    const node = graph.nodes[name];
    if (node.type === "success" || node.type === "fail") continue;
    succ.set(name, routeTarget(graph, routeAfter(node, "SUCCESS"), podNodes));
    if (node.type !== "stub") fail.set(name, routeTarget(graph, routeAfter(node, "FAIL"), podNodes));
    const s = succ.get(name);
    const f = fail.get(name);
    if (s.kind === "fail" && f && f.kind !== "fail") {
      throw new ManifestError([
        `step '${node.internalName}': its next route ends at 'fail' while its on_failure route does not; Argo cannot tell the two apart (a pod that ends its graph at 'fail' exits non-zero). Route the success path through a step.`
      ]);
    }
  }
  const incoming = /* @__PURE__ */ new Map();
  for (const name of order) {
    if (!podNodes.has(name)) continue;
    for (const [map, outcome] of [
      [succ, "Succeeded"],
      [fail, "Failed"]
    ]) {
      const t = map.get(name);
      if (t?.kind === "pod") {
        const list = incoming.get(t.node) ?? [];
        list.push({ from: name, outcome });
        incoming.set(t.node, list);
      }
    }
  }
  const taskNames = new TaskNames();
  const topo = topoOrder(order.filter((n) => podNodes.has(n)), (n) => [succ.get(n), fail.get(n)].flatMap((t) => t?.kind === "pod" ? [t.node] : []));
  const merged = /* @__PURE__ */ new Map();
  for (const name of topo) {
    const node = graph.nodes[name];
    const inc = incoming.get(name) ?? [];
    if (isComposite(node) && name !== graph.start_at && inc.length === 1 && inc[0].outcome === "Succeeded") {
      const pred = graph.nodes[inc[0].from];
      if (pred.type !== "loop") merged.set(name, inc[0].from);
    }
  }
  const units = /* @__PURE__ */ new Map();
  for (const name of topo) {
    const node = graph.nodes[name];
    units.set(name, buildUnit(ctx, graph, node, scope, taskNames, merged.has(name) ? units.get(merged.get(name)) : void 0));
  }
  for (const name of topo) {
    const unit = units.get(name);
    const inc = incoming.get(name) ?? [];
    if (merged.has(name)) continue;
    if (inc.length) {
      const expr = inc.map((e) => e.outcome === "Succeeded" ? okOf(units.get(e.from)) : failedOf(units.get(e.from))).join(" || ");
      for (const t of unit.entries) t.depends = expr;
    }
  }
  const handled = [...fail.values()].some((t) => t.kind !== "fail");
  let join;
  if (handled) {
    const terms = [];
    for (const name of topo) {
      const unit = units.get(name);
      const s = succ.get(name);
      const f = fail.get(name);
      const dangling = s?.kind === "fail" && (!f || f.kind === "fail");
      if (s?.kind === "success" || dangling || !s && graph.nodes[name].type === "success") terms.push(okOf(unit));
      if (f?.kind === "success") terms.push(failedOf(unit));
    }
    if (terms.length) {
      join = { name: taskNames.take("done", `${graph.internalName}#join`), template: noopTemplate(ctx), depends: terms.join(" || ") };
    }
  }
  const tasks = [];
  for (const name of topo) tasks.push(...units.get(name).tasks);
  if (join) tasks.push(join);
  for (const name of topo) for (const t of units.get(name).tasks) ctx.names.tasks[`${templateName}/${t.name}`] = graph.nodes[name].internalName;
  const dag = {};
  if (join) dag.failFast = false;
  if (tasks.length <= MAX_TASKS) {
    dag.tasks = tasks.map(cleanTask);
    ctx.templates.push(dagTemplate(templateName, scope, dag));
    return;
  }
  if (join) {
    throw new ManifestError([`graph '${graph.internalName || "dag"}' has ${tasks.length} Argo tasks (max ${MAX_TASKS} per DAG) and on_failure routes; split it into branches`]);
  }
  const chain = topo.map((n) => units.get(n));
  splitChain(ctx, chain, scope, templateName, merged, graph);
}
__name(compileGraph, "compileGraph");
var TaskNames = class extends NameScope {
  static {
    __name(this, "TaskNames");
  }
  take(text, source = text) {
    const probe = dnsName(text, source);
    const reserved = EXPR_RESERVED.has(probe.replace(/-/g, "_")) || EXPR_RESERVED.has(probe);
    return super.take(reserved ? `${text}-task` : text, source);
  }
};
function cleanTask(t) {
  const o = { name: t.name, template: t.template };
  if (t.depends) o.depends = t.depends;
  if (t.withParam) o.withParam = t.withParam;
  if (t.when) o.when = t.when;
  if (t.arguments) o.arguments = t.arguments;
  return o;
}
__name(cleanTask, "cleanTask");
function dagTemplate(name, scope, dag) {
  const t = { name };
  const inputs = scopeInputs(scope);
  if (inputs) t.inputs = inputs;
  t.dag = dag;
  return t;
}
__name(dagTemplate, "dagTemplate");
function splitChain(ctx, chain, scope, templateName, merged, graph) {
  const groups = [];
  for (const u of chain) {
    if (groups.length && merged.get(u.node.name) !== void 0) groups.at(-1).push(u);
    else groups.push([u]);
  }
  const parts = [];
  let current = [];
  let count = 0;
  for (const g of groups) {
    const n = g.reduce((a, u) => a + u.tasks.length, 0);
    if (n > MAX_TASKS) throw new ManifestError([`graph '${graph.internalName || "dag"}': one composite needs ${n} Argo tasks (max ${MAX_TASKS})`]);
    if (count + n > MAX_TASKS && current.length) {
      parts.push(current);
      current = [];
      count = 0;
    }
    current.push(g);
    count += n;
  }
  if (current.length) parts.push(current);
  const partTasks = [];
  parts.forEach((part, i) => {
    const units = part.flat();
    const name = ctx.templateNames.take(`${templateName}-part-${i + 1}`, `${graph.internalName}#part${i + 1}`);
    const tasks = units.flatMap((u) => u.tasks);
    for (const t of units[0].entries) delete t.depends;
    ctx.templates.push(dagTemplate(name, scope, { tasks: tasks.map(cleanTask) }));
    const task = { name: `part-${i + 1}`, template: name };
    const args = passScope(scope);
    if (args) task.arguments = args;
    if (i > 0) task.depends = `part-${i}.Succeeded`;
    partTasks.push(task);
  });
  ctx.templates.push(dagTemplate(templateName, scope, { tasks: partTasks.map(cleanTask) }));
}
__name(splitChain, "splitChain");
function topoOrder(nodes, succs) {
  const index = new Map(nodes.map((n, i) => [n, i]));
  const indeg = new Map(nodes.map((n) => [n, 0]));
  for (const n of nodes) for (const s of succs(n)) indeg.set(s, (indeg.get(s) ?? 0) + 1);
  const out = [];
  const ready = nodes.filter((n) => indeg.get(n) === 0);
  while (ready.length) {
    const n = ready.shift();
    out.push(n);
    for (const s of succs(n)) {
      indeg.set(s, indeg.get(s) - 1);
      if (indeg.get(s) === 0) {
        const si = index.get(s);
        let pos = ready.length;
        while (pos > 0 && index.get(ready[pos - 1]) > si) pos--;
        ready.splice(pos, 0, s);
      }
    }
  }
  if (out.length !== nodes.length) {
    const done = new Set(out);
    throw new ManifestError([`the pipeline graph has a cycle among ${nodes.filter((n) => !done.has(n)).join(", ")}`]);
  }
  return out;
}
__name(topoOrder, "topoOrder");
function buildUnit(ctx, graph, node, scope, names, mergedFrom) {
  const iter = iterSkeleton(scope);
  const base = node.name;
  if (!isComposite(node)) {
    const first = !ctx.firstTaskDone && graph.internalName === "";
    ctx.firstTaskDone = true;
    const template = leafTemplate(ctx, node.type === "task" ? node : void 0, { first, iter: iter !== void 0, fanOutNext: false });
    const task = { name: names.take(base, node.internalName), template, arguments: leafArgs(node.internalName, iter) };
    return { node, entries: [task], exit: task, tasks: [task] };
  }
  let source;
  const tasks = [];
  let entries;
  let fanOut;
  if (mergedFrom) {
    enableFanOutNext(ctx, mergedFrom, scope);
    mergedFrom.mergesNext = node.name;
    source = `{{tasks.${mergedFrom.exit.name}.outputs.parameters.next}}`;
  } else {
    const first = !ctx.firstTaskDone && graph.internalName === "";
    ctx.firstTaskDone = true;
    fanOut = { name: names.take(`${base}-fan-out`, `${node.internalName}#fan-out`), template: fanTemplate(ctx, "out", { first, iter: iter !== void 0, loopClose: false, fanOutNext: false }), arguments: leafArgs(node.internalName, iter) };
    tasks.push(fanOut);
    source = `{{tasks.${fanOut.name}.outputs.parameters.out}}`;
  }
  const branchDeps = mergedFrom ? `${mergedFrom.exit.name}.Succeeded` : `${fanOut.name}.Succeeded`;
  const branchTasks = [];
  if (node.type === "loop") {
    const v = { kind: "loop", param: `iv-${scope.length}` };
    const chunk = loopTemplate(ctx, node, scope, v);
    const t = {
      name: names.take(base, node.internalName),
      template: chunk,
      depends: branchDeps,
      // `when` resolves before the task runs (dag.go resolveDependencyReferences): `stop` = already succeeded.
      when: `'${source}' == '${LOOP_GO}'`,
      arguments: passScope(scope, [{ name: "from", value: "0" }])
    };
    tasks.push(t);
    entries = fanOut ? [fanOut] : [t];
    return { node, entries, exit: t, tasks, ok: `${t.name}.Succeeded || ${t.name}.Skipped` };
  }
  if (node.type === "map") {
    const v = { kind: "map", as: node.iterate_as, param: `iv-${scope.length}` };
    const childScope = [...scope, v];
    const tmpl = ctx.templateNames.take(`${stripPlaceholders(node.internalName)}-branch`, `${node.internalName}.${MAP_PLACEHOLDER}`);
    compileGraph(ctx, node.branch, childScope, tmpl);
    branchTasks.push({
      name: names.take(`${base}-items`, `${node.internalName}#items`),
      template: tmpl,
      depends: branchDeps,
      withParam: source,
      // The item's index (a number): the pods read the item from the run log.
      arguments: passScope(scope, [{ name: v.param, value: "{{item}}" }])
    });
  } else {
    const keys = Object.keys(node.branches);
    const branches = Object.entries(node.type === "conditional" && node.default ? { ...node.branches, default: node.default } : node.branches);
    for (const [key, g] of branches) {
      const tmpl = ctx.templateNames.take(`${stripPlaceholders(node.internalName)}-${key}`, g.internalName || `${node.internalName}.${key}`);
      compileGraph(ctx, g, scope, tmpl);
      const t = { name: names.take(`${base}-${key}`, `${node.internalName}.${key}`), template: tmpl, depends: branchDeps };
      if (node.type === "conditional") t.when = `'${source}' == '${conditionalToken(keys, key)}'`;
      const args = passScope(scope);
      if (args) t.arguments = args;
      branchTasks.push(t);
    }
  }
  tasks.push(...branchTasks);
  const fanIn = {
    name: names.take(`${base}-fan-in`, `${node.internalName}#fan-in`),
    template: fanTemplate(ctx, "in", { first: false, iter: iter !== void 0, loopClose: false, fanOutNext: false }),
    // Skipped: an empty list, a failed fan-out, an unmatched branch (dag.go executeDAGTask) — the fan-in decides.
    depends: branchTasks.map((b) => `${b.name}.Succeeded || ${b.name}.Failed || ${b.name}.Errored || ${b.name}.Skipped`).join(" || "),
    arguments: leafArgs(node.internalName, iter)
  };
  tasks.push(fanIn);
  entries = fanOut ? [fanOut] : branchTasks;
  return { node, entries, exit: fanIn, tasks };
}
__name(buildUnit, "buildUnit");
function stripPlaceholders(internalName) {
  return internalName.split(".").filter((p) => p !== MAP_PLACEHOLDER && p !== LOOP_PLACEHOLDER).join(".");
}
__name(stripPlaceholders, "stripPlaceholders");
function leafArgs(internalName, iter) {
  const parameters = [{ name: "step", value: encodeStep(internalName) }];
  if (iter !== void 0) parameters.push({ name: "iter", value: iter });
  return { parameters };
}
__name(leafArgs, "leafArgs");
function enableFanOutNext(ctx, unit, scope) {
  const iter = scope.length > 0;
  const exit = unit.exit;
  const tmpl = ctx.templates.find((t) => t.name === exit.template);
  const meta = tmpl._variant;
  if (!meta) throw new ManifestError([`internal: template ${exit.template} has no variant record`]);
  const variant = { ...meta.variant, fanOutNext: true, iter };
  exit.template = meta.kind === "step" ? leafTemplate(ctx, meta.task, variant) : fanTemplate(ctx, meta.direction, { ...variant, loopClose: false });
}
__name(enableFanOutNext, "enableFanOutNext");
function loopTemplate(ctx, node, scope, v) {
  const childScope = [...scope, v];
  const name = ctx.templateNames.take(`${stripPlaceholders(node.internalName)}-chunk`, `${node.internalName}#chunk`);
  const body = ctx.templateNames.take(`${stripPlaceholders(node.internalName)}-branch`, `${node.internalName}.${LOOP_PLACEHOLDER}`);
  compileGraph(ctx, node.branch, childScope, body);
  const per = Math.max(1, Math.min(node.max_iterations, LOOP_CHUNK));
  const chunks = Math.max(1, Math.ceil(node.max_iterations / per));
  const tasks = [];
  let index = "{{inputs.parameters.from}}";
  let prev;
  for (let j = 0; j < per; j++) {
    const bodyTask = { name: `body-${j}`, template: body, arguments: passScope(scope, [{ name: v.param, value: index }]) };
    if (prev) {
      bodyTask.depends = `${prev}.Succeeded`;
      bodyTask.when = `'${index}' != '${LOOP_STOP}'`;
    }
    const close = {
      name: `close-${j}`,
      template: fanTemplate(ctx, "in", { first: false, iter: true, loopClose: true, fanOutNext: false }),
      depends: `body-${j}.Succeeded || body-${j}.Failed || body-${j}.Errored`,
      arguments: leafArgs(node.internalName, iterSkeleton(childScope, index))
    };
    tasks.push(bodyTask, close);
    ctx.names.tasks[`${name}/${close.name}`] = node.internalName;
    ctx.names.tasks[`${name}/${bodyTask.name}`] = node.branch.internalName;
    prev = close.name;
    index = `{{tasks.${close.name}.outputs.parameters.out}}`;
  }
  if (chunks > 1) {
    tasks.push({ name: "next", template: name, depends: `${prev}.Succeeded`, when: `'${index}' != '${LOOP_STOP}'`, arguments: passScope(scope, [{ name: "from", value: index }]) });
    ctx.recursion.set(name, chunks);
  }
  ctx.templates.push({ name, inputs: { parameters: [...scopeInputs(scope)?.parameters ?? [], { name: "from" }] }, dag: { tasks: tasks.map(cleanTask) } });
  return name;
}
__name(loopTemplate, "loopTemplate");
function checkStackDepth(ctx, byName) {
  const memo = /* @__PURE__ */ new Map();
  const depth = /* @__PURE__ */ __name((name) => {
    const known = memo.get(name);
    if (known !== void 0) return known;
    memo.set(name, 1);
    const t = byName.get(name);
    let inner = 0;
    for (const task of t?.dag?.tasks ?? []) if (task.template !== name) inner = Math.max(inner, depth(String(task.template)));
    const d2 = (ctx.recursion.get(name) ?? 1) + inner;
    memo.set(name, d2);
    return d2;
  }, "depth");
  const d = depth(ROOT_TEMPLATE);
  if (d < MAX_STACK_DEPTH) return;
  const loops = [...ctx.recursion.entries()].map(([t, n]) => `${t} (${n} chunks of ${LOOP_CHUNK} iterations)`).join(", ");
  throw new ManifestError([
    `the workflow nests ${d} templates deep; Argo's controller stops at ${MAX_STACK_DEPTH} ("Maximum recursion depth exceeded": controller.go maxAllowedStackDepth, operator.go executeTemplate). ` + (loops ? `Loops: ${loops}. Lower max_iterations (each ${LOOP_CHUNK} iterations nest one level), or move the loop out of nested maps and parallels.` : "Flatten the nesting of branches.")
  ]);
}
__name(checkStackDepth, "checkStackDepth");
function podCall(ctx, verb, extra) {
  return buildPodArgv({
    verb,
    runId: "{{workflow.parameters.run_id}}",
    step: "{{inputs.parameters.step}}",
    pipelineFile: ctx.opts.pipelineFile,
    configFile: ctx.opts.configFile,
    logLevel: "{{workflow.parameters.log_level}}",
    parametersFile: ctx.opts.parametersFile,
    tag: ctx.opts.tag,
    storesOn: ctx.storesOn,
    ...extra
  });
}
__name(podCall, "podCall");
function baseEnv(ctx, first) {
  const initial = first ? ctx.workflowArgs.map((a) => a.name).filter((n) => !CONTROL_ARGS.includes(n)) : [];
  return buildPodEnv({ initialParameters: initial, argValue: /* @__PURE__ */ __name((n) => `{{workflow.parameters.${n}}}`, "argValue") });
}
__name(baseEnv, "baseEnv");
function mergeEnv(...lists) {
  const byName = /* @__PURE__ */ new Map();
  for (const list of lists) for (const e of list ?? []) byName.set(String(e.name), e);
  return [...byName.values()];
}
__name(mergeEnv, "mergeEnv");
function resources(r) {
  if (!r) return void 0;
  const conv = /* @__PURE__ */ __name((m) => {
    if (!m) return void 0;
    const out = {};
    for (const [k, v] of Object.entries(m)) out[k === "gpu" ? "nvidia.com/gpu" : k] = k === "gpu" ? String(v) : v;
    return sortKeys(out);
  }, "conv");
  const o = {};
  const limits = conv(r.limits);
  const requests = conv(r.requests);
  if (limits) o.limits = limits;
  if (requests) o.requests = requests;
  return Object.keys(o).length ? o : void 0;
}
__name(resources, "resources");
function retryStrategy(rs, attempts) {
  if (attempts <= 1) return void 0;
  const o = { limit: String(attempts - 1), retryPolicy: rs?.retryPolicy ?? "OnFailure" };
  if (rs?.expression) o.expression = rs.expression;
  if (rs?.backoff) {
    const b = {};
    if (rs.backoff.duration !== void 0) b.duration = String(rs.backoff.duration);
    if (rs.backoff.factor !== void 0) b.factor = rs.backoff.factor;
    if (rs.backoff.cap !== void 0) b.cap = rs.backoff.cap;
    if (rs.backoff.maxDuration !== void 0) b.maxDuration = rs.backoff.maxDuration;
    o.backoff = b;
  }
  if (rs?.affinity) o.affinity = rs.affinity;
  return o;
}
__name(retryStrategy, "retryStrategy");
function overrideFor(ctx, task) {
  const key = task?.overrides?.argo;
  if (!key) return {};
  const o = ctx.argo.overrides[key];
  if (!o) throw new ManifestError([`step '${task.internalName}': overrides.argo '${key}' is not a key of the argo executor's config.overrides (${Object.keys(ctx.argo.overrides).join(", ") || "none defined"})`]);
  return { key, o };
}
__name(overrideFor, "overrideFor");
function secretEnv(ctx, task) {
  const secrets = task?.task.secrets ?? [];
  if (!secrets.length) return [];
  if (!ctx.argo.secretFromK8s) {
    if (ctx.config.secrets.type === "env-secrets") {
      ctx.warnings.push(`step '${task.internalName}' needs secrets (${secrets.join(", ")}) and the argo config has no 'secret_from_k8s': they must reach the pods another way (defaults.env, the image, a webhook)`);
    }
    return [];
  }
  return [...secrets].sort().map((s) => ({ name: s, valueFrom: { secretKeyRef: { name: ctx.argo.secretFromK8s, key: s } } }));
}
__name(secretEnv, "secretEnv");
function registerLeaf(ctx, prefix, body, meta) {
  const key = prefix + "|" + JSON.stringify(body);
  const existing = ctx.leafByBody.get(key);
  if (existing) return existing;
  const name = ctx.templateNames.take(`${prefix}-${shortHash(key)}`, key);
  const t = { name, ...body };
  Object.defineProperty(t, "_variant", { value: meta, enumerable: false });
  ctx.templates.push(t);
  ctx.leafByBody.set(key, name);
  return name;
}
__name(registerLeaf, "registerLeaf");
function leafTemplate(ctx, task, variant) {
  const { key, o } = overrideFor(ctx, task);
  const d = ctx.argo.defaults;
  const pick = /* @__PURE__ */ __name((k) => o && o[k] !== void 0 && o[k] !== null ? o[k] : d[k], "pick");
  const attempts = task ? Math.max(1, task.max_attempts ?? 1) : 1;
  const rs = retryStrategy(pick("retryStrategy") ?? ctx.argo.argoWorkflow.spec?.retryStrategy, attempts);
  const command = podCall(ctx, "execute-single-node", {
    iterVariable: variant.iter ? "{{inputs.parameters.iter}}" : void 0,
    retryIndex: rs ? "{{retries}}" : void 0,
    fanOutNext: variant.fanOutNext ? NEXT_PATH : void 0
  });
  const body = {};
  body.inputs = { parameters: [{ name: "step" }, ...variant.iter ? [{ name: "iter" }] : []] };
  if (variant.fanOutNext) body.outputs = { parameters: [{ name: "next", valueFrom: { path: NEXT_PATH, default: "[]" } }] };
  if (rs) body.retryStrategy = rs;
  const deadline = task?.timeout_seconds ? task.timeout_seconds + 300 : pick("activeDeadlineSeconds");
  if (deadline) body.activeDeadlineSeconds = deadline;
  const timeout = pick("timeout");
  if (timeout) body.timeout = timeout;
  const nodeSelector = pick("nodeSelector");
  if (nodeSelector && Object.keys(nodeSelector).length) body.nodeSelector = sortKeys(nodeSelector);
  const tolerations = pick("tolerations");
  if (tolerations?.length) body.tolerations = tolerations;
  const container = { image: o?.image ?? d.image };
  const pull = pick("imagePullPolicy");
  if (pull) container.imagePullPolicy = pull;
  container.command = command;
  container.env = mergeEnv(baseEnv(ctx, variant.first), d.env, o?.env, secretEnv(ctx, task));
  const res = resources(pick("resources"));
  if (res) container.resources = res;
  if (ctx.volumeMounts.length) container.volumeMounts = ctx.volumeMounts;
  body.container = container;
  return registerLeaf(ctx, key ? `step-${sanitize(key)}`.slice(0, 30).replace(/-+$/, "") : "step", body, { kind: "step", task, variant });
}
__name(leafTemplate, "leafTemplate");
function fanTemplate(ctx, direction, variant) {
  const d = ctx.argo.defaults;
  const out = direction === "out" || variant.loopClose;
  const command = podCall(ctx, "fan", {
    direction,
    iterVariable: variant.iter ? "{{inputs.parameters.iter}}" : void 0,
    outputFile: out ? OUT_PATH : void 0,
    fanOutNext: variant.fanOutNext ? NEXT_PATH : void 0
  });
  const body = {};
  body.inputs = { parameters: [{ name: "step" }, ...variant.iter ? [{ name: "iter" }] : []] };
  const outputs = [];
  if (out) outputs.push({ name: "out", valueFrom: { path: OUT_PATH, default: variant.loopClose ? LOOP_STOP : "[]" } });
  if (variant.fanOutNext) outputs.push({ name: "next", valueFrom: { path: NEXT_PATH, default: "[]" } });
  if (outputs.length) body.outputs = { parameters: outputs };
  if (d.activeDeadlineSeconds) body.activeDeadlineSeconds = d.activeDeadlineSeconds;
  if (d.nodeSelector && Object.keys(d.nodeSelector).length) body.nodeSelector = sortKeys(d.nodeSelector);
  if (d.tolerations?.length) body.tolerations = d.tolerations;
  const container = { image: d.image };
  if (d.imagePullPolicy) container.imagePullPolicy = d.imagePullPolicy;
  container.command = command;
  container.env = mergeEnv(baseEnv(ctx, variant.first), d.env);
  const res = resources(d.resources);
  if (res) container.resources = res;
  if (ctx.volumeMounts.length) container.volumeMounts = ctx.volumeMounts;
  body.container = container;
  return registerLeaf(ctx, `fan-${direction}`, body, { kind: "fan", direction, variant });
}
__name(fanTemplate, "fanTemplate");
function exitTemplate(ctx) {
  const d = ctx.argo.defaults;
  const container = { image: d.image };
  if (d.imagePullPolicy) container.imagePullPolicy = d.imagePullPolicy;
  container.command = podCall(ctx, "fan", { step: "-", direction: "exit", workflowStatus: "{{workflow.status}}" });
  container.env = mergeEnv(baseEnv(ctx, false), d.env);
  const res = resources(d.resources);
  if (res) container.resources = res;
  if (ctx.volumeMounts.length) container.volumeMounts = ctx.volumeMounts;
  const t = { name: EXIT_TEMPLATE };
  if (d.nodeSelector && Object.keys(d.nodeSelector).length) t.nodeSelector = sortKeys(d.nodeSelector);
  if (d.tolerations?.length) t.tolerations = d.tolerations;
  t.container = container;
  return t;
}
__name(exitTemplate, "exitTemplate");
function whereOf(config) {
  const src = config.pipelineExecutor.source;
  if (!src) return "pipeline-executor.config";
  return `${src.file}${src.line ? `:${src.line}${src.column ? `:${src.column}` : ""}` : ""}: pipeline-executor.config`;
}
__name(whereOf, "whereOf");
function checkExecutorConfig(ctx) {
  const problems = [];
  const check = /* @__PURE__ */ __name((path, o) => {
    if (!o) return;
    if (o.timeout != null && /^[+-]?\d+$/.test(o.timeout.trim())) problems.push(`${ctx.where}.${path}.timeout: '${o.timeout}' has no unit; Argo rejects a bare number (validate.go). Write a duration: '${o.timeout.trim()}s'`);
    if (o.parallelism != null) problems.push(`${ctx.where}.${path}.parallelism: Argo allows parallelism only on DAG/steps templates, and these settings apply to the step (leaf) templates (validate.go). Limit concurrent pods with argoWorkflow.spec.parallelism`);
    if (o.failFast != null) problems.push(`${ctx.where}.${path}.failFast: has no effect on the step (leaf) templates this compiler emits; remove it (handled failures already set dag.failFast: false)`);
    checkRetry(`${path}.retryStrategy`, o.retryStrategy);
  }, "check");
  const checkRetry = /* @__PURE__ */ __name((path, rs) => {
    if (!rs?.backoff) return;
    if (rs.backoff.duration === void 0 || rs.backoff.duration === "") problems.push(`${ctx.where}.${path}.backoff.duration: required when backoff is given (operator.go processNodeRetries: "no base duration specified for retryStrategy")`);
    for (const k of ["duration", "cap", "maxDuration"]) {
      const v = rs.backoff[k];
      if (v !== void 0 && v !== "" && typeof v === "string" && !/^\d+$/.test(v) && !/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(v)) {
        problems.push(`${ctx.where}.${path}.backoff.${k}: '${v}' is not a duration ('30s', '2m', '1h30m', or seconds as a number)`);
      }
    }
  }, "checkRetry");
  check("defaults", ctx.argo.defaults);
  for (const [k, o] of Object.entries(ctx.argo.overrides)) check(`overrides.${k}`, o);
  checkRetry("argoWorkflow.spec.retryStrategy", ctx.argo.argoWorkflow.spec?.retryStrategy);
  if (ctx.opts.tag !== void 0 && /[\u0000-\u001f]/.test(ctx.opts.tag)) problems.push(`--tag: control characters cannot go into a pod's command line`);
  if (problems.length) throw new ManifestError(problems, "argo executor config");
}
__name(checkExecutorConfig, "checkExecutorConfig");
function noopTemplate(ctx) {
  if (ctx.noop) return ctx.noop;
  const name = ctx.templateNames.take("noop");
  ctx.templates.push({ name, dag: { tasks: [{ name: "skip", template: name, when: "false" }] } });
  ctx.noop = name;
  return name;
}
__name(noopTemplate, "noopTemplate");
function manifestDigest(yaml) {
  return shortHash(yaml, 12);
}
__name(manifestDigest, "manifestDigest");

export {
  dnsName,
  ROOT_TEMPLATE,
  OUT_PATH,
  NEXT_PATH,
  MAX_TASKS,
  MAX_TEMPLATES,
  LOOP_CHUNK,
  MAX_STACK_DEPTH,
  EXIT_TEMPLATE,
  RUNNABLE_PVC_MOUNT,
  compileArgo,
  toYaml,
  manifestDigest
};
