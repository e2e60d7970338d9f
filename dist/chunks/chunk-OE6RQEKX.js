import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  sortIssues
} from "./chunk-KD5F7IY4.js";
import {
  LOOP_PLACEHOLDER,
  MAP_PLACEHOLDER,
  isTerminal
} from "./chunk-B5INYTOD.js";
import {
  ValidationError
} from "./chunk-I4ZUIMKY.js";
import {
  ALPHANUMERIC,
  NODE_TYPES,
  nodeSchemas,
  shallowGraphSchema
} from "./chunk-IF2IPD7H.js";
import {
  fromZod,
  issueAt,
  setOwn,
  show,
  suggestion
} from "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/pipeline/validate.ts
function stepNameProblem(name, what = "step name") {
  if (name.length === 0) return `${what} must not be empty`;
  if (name.includes(".") || name.includes("%")) return `${what} '${name}' must not contain '.' or '%' (they separate internal names)`;
  if (name === MAP_PLACEHOLDER || name === LOOP_PLACEHOLDER) return `${what} '${name}' is reserved`;
  return void 0;
}
__name(stepNameProblem, "stepNameProblem");
function stepList(declared) {
  const names = declared.filter((n) => n !== "success" && n !== "fail");
  return [...new Set(names), "success", "fail"];
}
__name(stepList, "stepList");
function checkGraph(graph, declared, path, doc, issues) {
  const known = new Set(stepList(declared));
  const listText = /* @__PURE__ */ __name(() => stepList(declared).join(", "), "listText");
  if (!known.has(graph.start_at)) {
    issues.push(issueAt(doc, [...path, "start_at"], "value", `'${graph.start_at}' is not a step of this graph (steps: ${listText()})${suggestion(graph.start_at, stepList(declared))}`));
  }
  for (const node of Object.values(graph.nodes)) {
    if (isTerminal(node)) continue;
    for (const field of ["next", "on_failure"]) {
      const target = node[field];
      if (target === void 0 || known.has(target)) continue;
      issues.push(issueAt(doc, [...path, "steps", node.name, field], "value", `'${target}' is not a step of this graph (steps: ${listText()})${suggestion(target, stepList(declared))}`));
    }
  }
  findCycles(graph, path, doc, issues);
}
__name(checkGraph, "checkGraph");
function findCycles(graph, path, doc, issues) {
  const edgesOf = /* @__PURE__ */ __name((name) => {
    const node = graph.nodes[name];
    if (!node || isTerminal(node)) return [];
    const out = [{ field: "next", target: node.next }];
    if (node.on_failure !== void 0 && node.on_failure !== node.next) out.push({ field: "on_failure", target: node.on_failure });
    return out.filter((e) => {
      const t = graph.nodes[e.target];
      return t !== void 0 && !isTerminal(t);
    });
  }, "edgesOf");
  const color = /* @__PURE__ */ new Map();
  for (const start of Object.keys(graph.nodes)) {
    if (color.has(start)) continue;
    const stack = [{ name: start, edges: edgesOf(start), i: 0 }];
    color.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.i >= top.edges.length) {
        color.set(top.name, 2);
        stack.pop();
        continue;
      }
      const edge = top.edges[top.i++];
      const c = color.get(edge.target);
      if (c === void 0) {
        color.set(edge.target, 1);
        stack.push({ name: edge.target, edges: edgesOf(edge.target), i: 0 });
      } else if (c === 1) {
        const from = stack.findIndex((f) => f.name === edge.target);
        const names = [...stack.slice(from).map((f) => f.name), edge.target];
        issues.push(
          issueAt(doc, [...path, "steps", top.name, edge.field], "value", `cycle: ${names.join(" -> ")} (use a loop node to repeat steps)`)
        );
      }
    }
  }
}
__name(findCycles, "findCycles");

// src/pipeline/build.ts
function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
__name(isPlainObject, "isPlainObject");
function pipelineFromDocument(doc, mode, file) {
  const ctx = { doc, issues: [...doc.issues] };
  const value = doc.value;
  let dag;
  if (value === void 0) {
    ctx.issues.push({ file: doc.file, line: 1, column: 1, path: "", message: "the file is empty; expected a mapping with a 'dag' key" });
  } else if (!isPlainObject(value)) {
    ctx.issues.push(issueAt(doc, [], "value", `expected a mapping with a 'dag' key, got ${typeof value === "string" ? `text (${value.length} characters): this does not look like a pipeline file` : show(value)}`));
  } else if (!("dag" in value)) {
    const pos = doc.locate([], "value");
    ctx.issues.push({ file: doc.file, ...pos ?? {}, path: "dag", message: "missing required key 'dag' (the pipeline goes under 'dag:'; other top-level keys are ignored)" });
  } else {
    dag = buildGraph(value.dag, ["dag"], "", ctx, /* @__PURE__ */ new Map());
  }
  if (ctx.issues.length || !dag) throw new ValidationError(sortIssues(ctx.issues), doc.file);
  const pipeline = { dag, execution_mode: mode };
  if (file !== void 0) pipeline.file = file;
  return pipeline;
}
__name(pipelineFromDocument, "pipelineFromDocument");
function sourceOf(ctx, path) {
  const pos = ctx.doc.locate(path, "key");
  if (!pos) return void 0;
  return { file: ctx.doc.file, line: pos.line, column: pos.column };
}
__name(sourceOf, "sourceOf");
function buildGraph(raw, path, prefix, ctx, iterNames) {
  if (!isPlainObject(raw)) {
    ctx.issues.push(issueAt(ctx.doc, path, "value", `expected a graph (a mapping with start_at and steps), got ${show(raw)}`));
    return void 0;
  }
  const before = ctx.issues.length;
  const parsed = shallowGraphSchema().safeParse(raw);
  if (!parsed.success) ctx.issues.push(...fromZod(parsed.error, raw, { doc: ctx.doc, base: path, schema: shallowGraphSchema(), label: "a graph" }));
  const steps = isPlainObject(raw.steps) ? raw.steps : void 0;
  const declared = steps ? Object.keys(steps) : [];
  if (steps && declared.length === 0) ctx.issues.push(issueAt(ctx.doc, [...path, "steps"], "value", "expected at least one step"));
  const nodes = {};
  const terminals = {};
  for (const name of declared) {
    const npath = [...path, "steps", name];
    const problem = stepNameProblem(name);
    if (problem) ctx.issues.push(issueAt(ctx.doc, npath, "key", problem));
    const node = buildNode(name, steps[name], npath, prefix, ctx, iterNames);
    if (!node) continue;
    if (node.type === "success" || node.type === "fail") {
      if (name === node.type) terminals[node.type] = node.source;
      else {
        ctx.issues.push(
          issueAt(
            ctx.doc,
            [...npath, "type"],
            "value",
            `a graph has exactly one ${node.type} node, '${node.type}', added automatically; '${name}' cannot be another (point next at '${node.type}' instead)`
          )
        );
      }
    } else if (name === "success" || name === "fail") {
      ctx.issues.push(issueAt(ctx.doc, [...npath, "type"], "value", `the step name '${name}' is reserved for the graph's ${name} node; its type must be ${name}`));
    } else {
      setOwn(nodes, name, node);
    }
  }
  for (const t of ["success", "fail"]) {
    const node = { name: t, internalName: prefix ? `${prefix}.${t}` : t, type: t };
    const src = terminals[t];
    if (src) node.source = src;
    nodes[t] = node;
  }
  if (!parsed.success) return void 0;
  const graph = { internalName: prefix, start_at: parsed.data.start_at, nodes };
  if (parsed.data.description !== void 0) graph.description = parsed.data.description;
  checkGraph(graph, declared, path, ctx.doc, ctx.issues);
  return ctx.issues.length === before ? graph : void 0;
}
__name(buildGraph, "buildGraph");
function buildNode(name, raw, path, prefix, ctx, iterNames) {
  const internalName = prefix ? `${prefix}.${name}` : name;
  const source = sourceOf(ctx, path);
  const expectedTypes = NODE_TYPES.join(", ");
  if (!isPlainObject(raw)) {
    ctx.issues.push(issueAt(ctx.doc, path, "value", `expected a step (a mapping with a 'type' field), got ${show(raw)}`));
    return void 0;
  }
  const type = raw.type;
  if (type === void 0) {
    ctx.issues.push(issueAt(ctx.doc, [...path, "type"], "key", `missing required field 'type' (expected one of ${expectedTypes})`));
    return void 0;
  }
  if (typeof type !== "string" || !NODE_TYPES.includes(type)) {
    ctx.issues.push(issueAt(ctx.doc, [...path, "type"], "value", `unknown node type ${show(type)} (expected one of ${expectedTypes})${typeof type === "string" ? suggestion(type, NODE_TYPES) : ""}`));
    return void 0;
  }
  const nodeType = type;
  const schema = nodeSchemas[nodeType];
  const before = ctx.issues.length;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    ctx.issues.push(...fromZod(parsed.error, raw, { doc: ctx.doc, base: path, schema, label: `a ${nodeType} node` }));
  }
  const base = { name, internalName, ...source ? { source } : {} };
  switch (nodeType) {
    case "success":
    case "fail":
      return parsed.success ? { ...base, type: nodeType } : void 0;
    case "task": {
      taskChecks(raw, path, ctx);
      if (!parsed.success || ctx.issues.length !== before) return void 0;
      return buildTask(parsed.data, base);
    }
    case "stub": {
      if (!parsed.success) return void 0;
      const extra = {};
      for (const [k, v] of Object.entries(raw)) if (!["type", "next", "on_failure", "overrides"].includes(k)) setOwn(extra, k, v);
      const node = { ...base, type: "stub", ...common(parsed.data), extra };
      return node;
    }
    case "parallel": {
      const branches = buildBranches(raw.branches, path, internalName, ctx, iterNames, "parallel");
      if (!parsed.success || !branches || ctx.issues.length !== before) return void 0;
      const node = { ...base, type: "parallel", ...common(parsed.data), branches };
      return node;
    }
    case "conditional": {
      const branches = buildBranches(raw.branches, path, internalName, ctx, iterNames, "conditional");
      let def;
      if (raw.default !== void 0) {
        if (isPlainObject(raw.branches) && "default" in raw.branches) {
          ctx.issues.push(issueAt(ctx.doc, [...path, "default"], "key", "a conditional cannot have both a branch named 'default' and a default branch"));
        }
        def = buildGraph(raw.default, [...path, "default"], `${internalName}.default`, ctx, iterNames);
      }
      if (!parsed.success || !branches || ctx.issues.length !== before) return void 0;
      const d = parsed.data;
      const node = { ...base, type: "conditional", ...common(d), parameter: d.parameter, branches };
      if (def) node.default = def;
      return node;
    }
    case "map": {
      const iterateAs = typeof raw.iterate_as === "string" ? raw.iterate_as : void 0;
      let inner = iterNames;
      if (iterateAs !== void 0) {
        const owner = iterNames.get(iterateAs);
        if (owner) ctx.issues.push(issueAt(ctx.doc, [...path, "iterate_as"], "value", `'${iterateAs}' is already the iteration variable of the enclosing '${owner}'`));
        inner = new Map([...iterNames, [iterateAs, internalName]]);
      }
      const branch = raw.branch === void 0 ? void 0 : buildGraph(raw.branch, [...path, "branch"], `${internalName}.${MAP_PLACEHOLDER}`, ctx, inner);
      if (!parsed.success || !branch || ctx.issues.length !== before) return void 0;
      const d = parsed.data;
      const node = { ...base, type: "map", ...common(d), iterate_on: d.iterate_on, iterate_as: d.iterate_as, branch };
      if (d.reducer !== void 0) node.reducer = d.reducer;
      return node;
    }
    case "loop": {
      const indexAs = typeof raw.index_as === "string" ? raw.index_as : void 0;
      let inner = iterNames;
      if (indexAs !== void 0) {
        const owner = iterNames.get(indexAs);
        if (owner) ctx.issues.push(issueAt(ctx.doc, [...path, "index_as"], "value", `'${indexAs}' is already the iteration variable of the enclosing '${owner}'`));
        inner = new Map([...iterNames, [indexAs, internalName]]);
      }
      const branch = raw.branch === void 0 ? void 0 : buildGraph(raw.branch, [...path, "branch"], `${internalName}.${LOOP_PLACEHOLDER}`, ctx, inner);
      if (!parsed.success || !branch || ctx.issues.length !== before) return void 0;
      const d = parsed.data;
      const node = {
        ...base,
        type: "loop",
        ...common(d),
        branch,
        max_iterations: d.max_iterations,
        break_on: d.break_on,
        index_as: d.index_as
      };
      return node;
    }
  }
}
__name(buildNode, "buildNode");
function common(d) {
  const out = {
    next: d.next,
    overrides: { ...d.overrides ?? {} }
  };
  if (d.on_failure !== void 0) out.on_failure = d.on_failure;
  return out;
}
__name(common, "common");
function buildBranches(raw, path, internalName, ctx, iterNames, kind) {
  if (!isPlainObject(raw)) return void 0;
  const out = {};
  let ok = true;
  for (const [key, g] of Object.entries(raw)) {
    const bpath = [...path, "branches", key];
    const problem = kind === "conditional" ? ALPHANUMERIC.test(key) ? void 0 : `branch key '${key}' must be alphanumeric (letters, digits, underscores)` : stepNameProblem(key, "branch name");
    if (problem) {
      ctx.issues.push(issueAt(ctx.doc, bpath, "key", problem));
      ok = false;
    }
    const graph = buildGraph(g, bpath, `${internalName}.${key}`, ctx, iterNames);
    if (graph) setOwn(out, key, graph);
    else ok = false;
  }
  return ok ? out : void 0;
}
__name(buildBranches, "buildBranches");
function taskChecks(raw, path, ctx) {
  const commandType = typeof raw.command_type === "string" ? raw.command_type : "python";
  if (Array.isArray(raw.returns)) {
    const seen = /* @__PURE__ */ new Set();
    raw.returns.forEach((r, i) => {
      if (!isPlainObject(r)) return;
      if (typeof r.name === "string") {
        if (seen.has(r.name)) ctx.issues.push(issueAt(ctx.doc, [...path, "returns", i, "name"], "value", `duplicate return name '${r.name}'`));
        seen.add(r.name);
      }
      if (r.kind === "object" && commandType === "shell") {
        ctx.issues.push(issueAt(ctx.doc, [...path, "returns", i, "kind"], "value", "kind 'object' is not allowed for shell tasks (they return json or metric values)"));
      }
    });
  }
  if (raw.optional_ploomber_args !== void 0 && commandType !== "notebook") {
    ctx.issues.push(issueAt(ctx.doc, [...path, "optional_ploomber_args"], "key", `optional_ploomber_args is only for notebook tasks (command_type is '${commandType}')`));
  }
  if (raw.stream_end_type !== void 0 && commandType !== "async-python") {
    ctx.issues.push(issueAt(ctx.doc, [...path, "stream_end_type"], "key", `stream_end_type is only for async-python tasks (command_type is '${commandType}')`));
  }
  if (commandType === "notebook" && typeof raw.command === "string" && raw.command !== "" && !raw.command.endsWith(".ipynb")) {
    ctx.issues.push(issueAt(ctx.doc, [...path, "command"], "value", `a notebook command must be the path of an .ipynb file, got ${show(raw.command)}`));
  }
}
__name(taskChecks, "taskChecks");
function buildTask(d, base) {
  const commandType = d.command_type;
  const returns = d.returns;
  const task = {
    command_type: commandType,
    command: d.command,
    returns: returns.map((r) => ({ name: r.name, kind: r.kind })),
    secrets: [...d.secrets]
  };
  if (d.optional_ploomber_args !== void 0) task.optional_ploomber_args = d.optional_ploomber_args;
  if (commandType === "async-python") task.stream_end_type = d.stream_end_type ?? "done";
  const node = { ...base, type: "task", ...common(d), task, max_attempts: d.max_attempts };
  if (d.catalog !== void 0) node.catalog = d.catalog;
  if (d.timeout_seconds !== void 0) node.timeout_seconds = d.timeout_seconds;
  return node;
}
__name(buildTask, "buildTask");

export {
  stepNameProblem,
  pipelineFromDocument
};
