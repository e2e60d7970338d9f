import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  pipelineFromDocument,
  stepNameProblem
} from "./chunk-OE6RQEKX.js";
import {
  noPositions,
  stringify
} from "./chunk-KD5F7IY4.js";
import {
  ValidationError
} from "./chunk-I4ZUIMKY.js";
import {
  ALPHANUMERIC,
  IDENTIFIER
} from "./chunk-IF2IPD7H.js";
import {
  setOwn
} from "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/pipeline/serialise.ts
function graphDoc(g) {
  const steps = {};
  for (const [name, node] of Object.entries(g.nodes)) {
    if (node.type === "success" || node.type === "fail") continue;
    setOwn(steps, name, nodeDoc(node));
  }
  if (Object.keys(steps).length === 0) steps[g.start_at === "fail" ? "fail" : "success"] = { type: g.start_at === "fail" ? "fail" : "success" };
  const out = {};
  if (g.description !== void 0) out.description = g.description;
  out.start_at = g.start_at;
  out.steps = steps;
  return out;
}
__name(graphDoc, "graphDoc");
function mapValues(o, f) {
  const out = {};
  for (const [k, v] of Object.entries(o)) setOwn(out, k, f(v));
  return out;
}
__name(mapValues, "mapValues");
function nodeDoc(n) {
  const out = { type: n.type };
  if (n.type === "success" || n.type === "fail") return out;
  switch (n.type) {
    case "task": {
      const t = n.task;
      out.command_type = t.command_type;
      out.command = t.command;
      if (t.returns.length) out.returns = t.returns.map((r) => ({ name: r.name, kind: r.kind }));
      if (t.secrets.length) out.secrets = [...t.secrets];
      if (t.optional_ploomber_args !== void 0) out.optional_ploomber_args = t.optional_ploomber_args;
      if (t.stream_end_type !== void 0 && t.stream_end_type !== "done") out.stream_end_type = t.stream_end_type;
      if (n.catalog) out.catalog = { get: [...n.catalog.get], put: [...n.catalog.put], store_copy: n.catalog.store_copy };
      if (n.max_attempts !== 1) out.max_attempts = n.max_attempts;
      if (n.timeout_seconds !== void 0) out.timeout_seconds = n.timeout_seconds;
      break;
    }
    case "stub":
      for (const [k, v] of Object.entries(n.extra)) setOwn(out, k, v);
      break;
    case "parallel":
      out.branches = mapValues(n.branches, graphDoc);
      break;
    case "map":
      out.iterate_on = n.iterate_on;
      out.iterate_as = n.iterate_as;
      if (n.reducer !== void 0) out.reducer = n.reducer;
      out.branch = graphDoc(n.branch);
      break;
    case "conditional":
      out.parameter = n.parameter;
      out.branches = mapValues(n.branches, graphDoc);
      if (n.default) out.default = graphDoc(n.default);
      break;
    case "loop":
      out.max_iterations = n.max_iterations;
      out.break_on = n.break_on;
      out.index_as = n.index_as;
      out.branch = graphDoc(n.branch);
      break;
  }
  out.next = n.next;
  if (n.on_failure !== void 0) out.on_failure = n.on_failure;
  if (Object.keys(n.overrides).length) out.overrides = { ...n.overrides };
  return out;
}
__name(nodeDoc, "nodeDoc");
function toDocument(pipeline) {
  return { dag: graphDoc(pipeline.dag) };
}
__name(toDocument, "toDocument");
function toYaml(pipeline) {
  return stringify(toDocument(pipeline), { aliasDuplicateObjects: false, lineWidth: 0, indent: 2 });
}
__name(toYaml, "toYaml");

// src/sdk/sdk.ts
var SDK_FILE = "sdk";
function fail(path, message) {
  throw new ValidationError([{ file: SDK_FILE, path, message }], SDK_FILE);
}
__name(fail, "fail");
function requireString(kind, field, v, name) {
  if (typeof v !== "string" || v.length === 0) fail(field, `${kind}${name ? ` '${name}'` : ""}: '${field}' must be a non-empty string, got ${JSON.stringify(v) ?? "undefined"}`);
  return v;
}
__name(requireString, "requireString");
function callable(cls) {
  const f = /* @__PURE__ */ __name(function(...args) {
    return new cls(...args);
  }, "f");
  Object.defineProperty(f, "prototype", { value: cls.prototype });
  Object.defineProperty(f, "name", { value: cls.name });
  return f;
}
__name(callable, "callable");
function json(name) {
  return { name: requireString("json()", "name", name), kind: "json" };
}
__name(json, "json");
function metric(name) {
  return { name: requireString("metric()", "name", name), kind: "metric" };
}
__name(metric, "metric");
function pickled(name) {
  return { name: requireString("pickled()", "name", name), kind: "object" };
}
__name(pickled, "pickled");
function object(name) {
  return { name: requireString("object()", "name", name), kind: "object" };
}
__name(object, "object");
var CatalogImpl = class {
  static {
    __name(this, "CatalogImpl");
  }
  get;
  put;
  store_copy;
  constructor(opts = {}) {
    this.get = [...opts.get ?? []];
    this.put = [...opts.put ?? []];
    this.store_copy = opts.store_copy ?? true;
  }
  toJSON() {
    return { get: [...this.get], put: [...this.put], store_copy: this.store_copy };
  }
};
var Catalog = callable(CatalogImpl);
var BaseStep = class {
  static {
    __name(this, "BaseStep");
  }
  name;
  on_failure;
  overrides;
  terminate_with_success;
  terminate_with_failure;
  constructor(kind, opts) {
    if (opts === null || typeof opts !== "object") fail("", `${kind}: expected an options object`);
    const name = requireString(kind, "name", opts.name);
    const problem = stepNameProblem(name);
    if (problem) fail("name", `${kind}: ${problem}`);
    this.name = name;
    if (opts.on_failure !== void 0 && !(opts.on_failure instanceof PipelineImpl)) fail("on_failure", `${kind} '${name}': on_failure must be a Pipeline`);
    if (opts.on_failure) this.on_failure = opts.on_failure;
    if (opts.overrides) this.overrides = { ...opts.overrides };
    this.terminate_with_success = opts.terminate_with_success === true;
    this.terminate_with_failure = opts.terminate_with_failure === true;
    if (this.terminate_with_success && this.terminate_with_failure) fail("terminate_with_failure", `${kind} '${name}': a step cannot terminate with both success and failure`);
  }
  /** Whether this is a terminal (Success / Fail) step. */
  get isTerminal() {
    return false;
  }
  /** The node as a YAML-shaped mapping, given its successor. */
  toDocument(next) {
    const out = { type: this.type, ...this.fields() };
    if (next !== void 0) out.next = next;
    if (this.on_failure) out.on_failure = this.on_failure.firstStepName;
    if (this.overrides && Object.keys(this.overrides).length) out.overrides = { ...this.overrides };
    return out;
  }
  /** A pipeline of just this step. */
  asPipeline() {
    return new PipelineImpl({ steps: [this] });
  }
};
var TaskStep = class extends BaseStep {
  static {
    __name(this, "TaskStep");
  }
  type = "task";
  returns;
  catalog;
  secrets;
  max_attempts;
  timeout_seconds;
  constructor(kind, opts) {
    super(kind, opts);
    this.returns = (opts.returns ?? []).map((r, i) => {
      if (typeof r === "string") return { name: requireString(kind, `returns.${i}`, r, this.name), kind: "json" };
      if (r && typeof r === "object" && typeof r.name === "string") return { name: r.name, kind: r.kind ?? "json" };
      return fail(`returns.${i}`, `${kind} '${this.name}': a return is a name or json('x') / metric('x') / pickled('x'), got ${JSON.stringify(r)}`);
    });
    if (opts.catalog) this.catalog = opts.catalog instanceof CatalogImpl ? opts.catalog : new CatalogImpl(opts.catalog);
    this.secrets = [...opts.secrets ?? []];
    if (opts.max_attempts !== void 0) this.max_attempts = opts.max_attempts;
    if (opts.timeout_seconds !== void 0) this.timeout_seconds = opts.timeout_seconds;
  }
  extraFields() {
    return {};
  }
  fields() {
    const out = { command_type: this.commandType, command: this.command, ...this.extraFields() };
    if (this.returns.length) out.returns = this.returns.map((r) => ({ name: r.name, kind: r.kind }));
    if (this.secrets.length) out.secrets = [...this.secrets];
    if (this.catalog) out.catalog = this.catalog.toJSON();
    if (this.max_attempts !== void 0) out.max_attempts = this.max_attempts;
    if (this.timeout_seconds !== void 0) out.timeout_seconds = this.timeout_seconds;
    return out;
  }
};
var ShellTaskImpl = class extends TaskStep {
  static {
    __name(this, "ShellTaskImpl");
  }
  commandType = "shell";
  command;
  constructor(opts) {
    super("ShellTask", opts);
    this.command = requireString("ShellTask", "command", opts.command, this.name);
  }
};
var PythonTaskImpl = class extends TaskStep {
  static {
    __name(this, "PythonTaskImpl");
  }
  commandType = "python";
  command;
  constructor(opts, kind = "PythonTask") {
    super(kind, opts);
    this.command = requireString(kind, "function", opts.function, this.name);
  }
};
var AsyncPythonTaskImpl = class extends PythonTaskImpl {
  static {
    __name(this, "AsyncPythonTaskImpl");
  }
  commandType = "async-python";
  stream_end_type;
  constructor(opts) {
    super(opts, "AsyncPythonTask");
    if (opts.stream_end_type !== void 0) this.stream_end_type = opts.stream_end_type;
  }
  extraFields() {
    return this.stream_end_type !== void 0 ? { stream_end_type: this.stream_end_type } : {};
  }
};
var NodeTaskImpl = class extends TaskStep {
  static {
    __name(this, "NodeTaskImpl");
  }
  commandType = "node";
  command;
  constructor(opts) {
    super("NodeTask", opts);
    this.command = requireString("NodeTask", "function", opts.function, this.name);
  }
};
var NotebookTaskImpl = class extends TaskStep {
  static {
    __name(this, "NotebookTaskImpl");
  }
  commandType = "notebook";
  command;
  optional_ploomber_args;
  constructor(opts) {
    super("NotebookTask", opts);
    this.command = requireString("NotebookTask", "notebook", opts.notebook, this.name);
    if (opts.optional_ploomber_args !== void 0) this.optional_ploomber_args = { ...opts.optional_ploomber_args };
  }
  extraFields() {
    return this.optional_ploomber_args !== void 0 ? { optional_ploomber_args: { ...this.optional_ploomber_args } } : {};
  }
};
var STEP_OPTION_KEYS = ["name", "on_failure", "overrides", "terminate_with_success", "terminate_with_failure"];
var StubImpl = class extends BaseStep {
  static {
    __name(this, "StubImpl");
  }
  type = "stub";
  extra = {};
  constructor(opts) {
    super("Stub", opts);
    for (const [k, v] of Object.entries(opts)) if (!STEP_OPTION_KEYS.includes(k) && k !== "type" && k !== "next") setOwn(this.extra, k, v);
  }
  fields() {
    const out = {};
    for (const [k, v] of Object.entries(this.extra)) setOwn(out, k, v);
    return out;
  }
};
function checkPipelines(kind, name, field, branches, keyCheck) {
  if (!branches || typeof branches !== "object" || Object.keys(branches).length === 0) fail(field, `${kind} '${name}': ${field} must be a non-empty mapping of Pipelines`);
  for (const [k, p] of Object.entries(branches)) {
    if (!(p instanceof PipelineImpl)) fail(`${field}.${k}`, `${kind} '${name}': branch '${k}' must be a Pipeline`);
    const problem = keyCheck?.(k);
    if (problem) fail(`${field}.${k}`, `${kind} '${name}': ${problem}`);
  }
  return { ...branches };
}
__name(checkPipelines, "checkPipelines");
var ParallelImpl = class extends BaseStep {
  static {
    __name(this, "ParallelImpl");
  }
  type = "parallel";
  branches;
  constructor(opts) {
    super("Parallel", opts);
    this.branches = checkPipelines("Parallel", this.name, "branches", opts.branches, (k) => stepNameProblem(k, "branch name"));
  }
  fields() {
    const branches = {};
    for (const [k, p] of Object.entries(this.branches)) setOwn(branches, k, p.graphDocument());
    return { branches };
  }
};
var MapImpl = class extends BaseStep {
  static {
    __name(this, "MapImpl");
  }
  type = "map";
  branch;
  iterate_on;
  iterate_as;
  reducer;
  constructor(opts) {
    super("Map", opts);
    if (!(opts.branch instanceof PipelineImpl)) fail("branch", `Map '${this.name}': branch must be a Pipeline`);
    this.branch = opts.branch;
    this.iterate_on = requireString("Map", "iterate_on", opts.iterate_on, this.name);
    this.iterate_as = requireString("Map", "iterate_as", opts.iterate_as, this.name);
    if (!IDENTIFIER.test(this.iterate_as)) fail("iterate_as", `Map '${this.name}': iterate_as '${this.iterate_as}' must be an identifier`);
    if (opts.reducer !== void 0) this.reducer = opts.reducer;
  }
  fields() {
    const out = { iterate_on: this.iterate_on, iterate_as: this.iterate_as };
    if (this.reducer !== void 0) out.reducer = this.reducer;
    out.branch = this.branch.graphDocument();
    return out;
  }
};
var ConditionalImpl = class extends BaseStep {
  static {
    __name(this, "ConditionalImpl");
  }
  type = "conditional";
  branches;
  parameter;
  default;
  constructor(opts) {
    super("Conditional", opts);
    this.branches = checkPipelines(
      "Conditional",
      this.name,
      "branches",
      opts.branches,
      (k) => ALPHANUMERIC.test(k) ? void 0 : `branch key '${k}' must be alphanumeric (letters, digits, underscores)`
    );
    this.parameter = requireString("Conditional", "parameter", opts.parameter, this.name);
    if (!ALPHANUMERIC.test(this.parameter)) fail("parameter", `Conditional '${this.name}': parameter '${this.parameter}' must be alphanumeric (letters, digits, underscores)`);
    if (opts.default !== void 0) {
      if (!(opts.default instanceof PipelineImpl)) fail("default", `Conditional '${this.name}': default must be a Pipeline`);
      this.default = opts.default;
    }
  }
  fields() {
    const branches = {};
    for (const [k, p] of Object.entries(this.branches)) setOwn(branches, k, p.graphDocument());
    const out = { parameter: this.parameter, branches };
    if (this.default) out.default = this.default.graphDocument();
    return out;
  }
};
var LoopImpl = class extends BaseStep {
  static {
    __name(this, "LoopImpl");
  }
  type = "loop";
  branch;
  max_iterations;
  break_on;
  index_as;
  constructor(opts) {
    super("Loop", opts);
    if (!(opts.branch instanceof PipelineImpl)) fail("branch", `Loop '${this.name}': branch must be a Pipeline`);
    this.branch = opts.branch;
    if (!Number.isInteger(opts.max_iterations) || opts.max_iterations < 1) fail("max_iterations", `Loop '${this.name}': max_iterations must be an integer >= 1, got ${opts.max_iterations}`);
    this.max_iterations = opts.max_iterations;
    this.break_on = requireString("Loop", "break_on", opts.break_on, this.name);
    this.index_as = requireString("Loop", "index_as", opts.index_as, this.name);
    if (!IDENTIFIER.test(this.index_as)) fail("index_as", `Loop '${this.name}': index_as '${this.index_as}' must be an identifier`);
  }
  fields() {
    return { branch: this.branch.graphDocument(), max_iterations: this.max_iterations, break_on: this.break_on, index_as: this.index_as };
  }
};
var SuccessImpl = class extends BaseStep {
  static {
    __name(this, "SuccessImpl");
  }
  type = "success";
  constructor(opts = {}) {
    super("Success", { name: opts.name ?? "success" });
  }
  get isTerminal() {
    return true;
  }
  fields() {
    return {};
  }
};
var FailImpl = class extends BaseStep {
  static {
    __name(this, "FailImpl");
  }
  type = "fail";
  constructor(opts = {}) {
    super("Fail", { name: opts.name ?? "fail" });
  }
  get isTerminal() {
    return true;
  }
  fields() {
    return {};
  }
};
var ShellTask = callable(ShellTaskImpl);
var PythonTask = callable(PythonTaskImpl);
var AsyncPythonTask = callable(AsyncPythonTaskImpl);
var NodeTask = callable(NodeTaskImpl);
var NotebookTask = callable(NotebookTaskImpl);
var Stub = callable(StubImpl);
var Parallel = callable(ParallelImpl);
var MapStep = callable(MapImpl);
var Conditional = callable(ConditionalImpl);
var Loop = callable(LoopImpl);
var Success = callable(SuccessImpl);
var Fail = callable(FailImpl);
var PipelineImpl = class {
  static {
    __name(this, "PipelineImpl");
  }
  steps;
  name;
  description;
  constructor(opts) {
    if (!opts || !Array.isArray(opts.steps) || opts.steps.length === 0) fail("steps", "Pipeline: steps must be a non-empty list of steps");
    opts.steps.forEach((s, i) => {
      if (!(s instanceof BaseStep)) fail(`steps.${i}`, `Pipeline: steps[${i}] is not a step (ShellTask, PythonTask, Stub, Map, ...)`);
    });
    const last = opts.steps.length - 1;
    opts.steps.forEach((s, i) => {
      if (i === last) return;
      if (s.terminate_with_success || s.terminate_with_failure) {
        fail(`steps.${i}`, `Pipeline: only the last step can terminate the pipeline; '${s.name}' is followed by '${opts.steps[i + 1].name}'`);
      }
      if (s.isTerminal) fail(`steps.${i}`, `Pipeline: ${s.type} step '${s.name}' must be the last step`);
    });
    this.steps = [...opts.steps];
    if (opts.name !== void 0) this.name = opts.name;
    if (opts.description !== void 0) this.description = opts.description;
    const names = /* @__PURE__ */ new Set();
    for (const { step } of this.linkedSteps()) {
      if (names.has(step.name)) fail("steps", `Pipeline: duplicate step name '${step.name}'`);
      names.add(step.name);
    }
  }
  /** Name of the first step (what an `on_failure` refers to). */
  get firstStepName() {
    return this.steps[0].name;
  }
  /** This pipeline's steps followed by the steps of every on_failure pipeline (recursively), each once. */
  linkedSteps() {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    const visitedPipelines = /* @__PURE__ */ new Set();
    const add = /* @__PURE__ */ __name((p) => {
      if (visitedPipelines.has(p)) return;
      visitedPipelines.add(p);
      const last = p.steps.length - 1;
      p.steps.forEach((s, i) => {
        if (seen.has(s)) return;
        seen.add(s);
        let next;
        if (s.isTerminal) next = void 0;
        else if (i < last) next = p.steps[i + 1].name;
        else next = s.terminate_with_failure ? "fail" : "success";
        out.push({ step: s, next });
      });
      for (const s of p.steps) if (s.on_failure) add(s.on_failure);
    }, "add");
    add(this);
    return out;
  }
  /** The graph as a YAML-shaped mapping (`{description?, start_at, steps}`). */
  graphDocument() {
    const steps = {};
    for (const { step, next } of this.linkedSteps()) setOwn(steps, step.name, step.toDocument(next));
    const out = {};
    if (this.description !== void 0) out.description = this.description;
    out.start_at = this.firstStepName;
    out.steps = steps;
    return out;
  }
  /** The whole pipeline document (`{dag: ...}`), as a YAML file would hold it. */
  toDocument() {
    return { dag: this.graphDocument() };
  }
  /** The IR, validated exactly as a YAML file is. Throws ValidationError (file: the name or `sdk`). */
  build() {
    const file = this.name || SDK_FILE;
    return pipelineFromDocument(noPositions(file, this.toDocument()), "sdk", file);
  }
  /** runnable pipeline YAML for this pipeline. */
  toYaml() {
    return toYaml(this.build());
  }
};
var Pipeline = callable(PipelineImpl);

export {
  toYaml,
  json,
  metric,
  pickled,
  object,
  Catalog,
  ShellTask,
  PythonTask,
  AsyncPythonTask,
  NodeTask,
  NotebookTask,
  Stub,
  Parallel,
  MapStep,
  Conditional,
  Loop,
  Success,
  Fail,
  Pipeline
};
