import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  parameterEnvironmentWarnings,
  parseNodeCommand
} from "./chunk-Q2N676W5.js";
import {
  loadConfig
} from "./chunk-GE2OTE2S.js";
import {
  loadInitialParameters,
  parameterOverrides
} from "./chunk-I3P5IBO4.js";
import {
  loadPipeline
} from "./chunk-O2GLSY5X.js";
import {
  nodeChildProcess
} from "./chunk-XPIGEFVS.js";
import {
  loadYamlText,
  readSourceFile
} from "./chunk-KD5F7IY4.js";
import {
  isTerminal
} from "./chunk-B5INYTOD.js";
import {
  readRegularFileSync
} from "./chunk-JOHAO7GC.js";
import {
  InputFileError,
  ValidationError,
  formatIssue
} from "./chunk-I4ZUIMKY.js";
import {
  didYouMean
} from "./chunk-FU2N2APZ.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/commands/validate.ts
import path2 from "node:path";

// src/pipeline/dataflow.ts
function fresh(must, may) {
  return { must: new Set(must), may: new Set(may), refs: 0, frozen: false };
}
__name(fresh, "fresh");
function join(a, b) {
  const [small, large] = a.must.size <= b.must.size ? [a.must, b.must] : [b.must, a.must];
  const must = /* @__PURE__ */ new Set();
  for (const x of small) if (large.has(x)) must.add(x);
  const may = new Set(a.may);
  for (const x of b.may) may.add(x);
  return { must, may, refs: 0, frozen: false };
}
__name(join, "join");
function withNames(state, names) {
  const missing = names.filter((n) => !state.must.has(n) || !state.may.has(n));
  if (missing.length === 0) return state;
  const out = state.refs === 0 && !state.frozen ? state : fresh(state.must, state.may);
  for (const n of missing) {
    out.must.add(n);
    out.may.add(n);
  }
  return out;
}
__name(withNames, "withNames");
var ESCAPES = /[\\^$.*+?()[\]{}|]/g;
function shellMaySet(script, name) {
  if (DYNAMIC_SETTERS.test(script)) return true;
  const re = new RegExp(`(^|[^\\w])${name.replace(ESCAPES, "\\$&")}(?!\\w)`, "g");
  for (let m = re.exec(script); m; m = re.exec(script)) {
    const at = m.index + m[1].length;
    const before = script[at - 1];
    if (before === "$") continue;
    if (before === "{" && script[at - 2] === "$") continue;
    return true;
  }
  return false;
}
__name(shellMaySet, "shellMaySet");
var DYNAMIC_SETTERS = /\b(eval|source|declare|typeset|allexport)\b|\bset\s+-[a-zA-Z]*a|(^|[;&|(\s])\.\s+\S|\bexport\s+["'`$]/m;
function effectiveSpec(w, node) {
  const patches = w.opts.patches;
  if (!patches) return node.task;
  const patch = Object.prototype.hasOwnProperty.call(patches, node.name) ? patches[node.name] : void 0;
  if (!patch) return void 0;
  return { command_type: patch.command_type ?? node.task.command_type, command: patch.command ?? "", returns: [...patch.returns ?? []], secrets: [] };
}
__name(effectiveSpec, "effectiveSpec");
function quote(names, max = 3) {
  const shown = names.slice(0, max).map((n) => `'${n}'`).join(", ");
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}
__name(quote, "quote");
function describe(c) {
  switch (c.kind) {
    case "map":
      return `map '${c.node.name}' iterates on it`;
    case "conditional":
      return `conditional '${c.node.name}' reads it`;
    case "python":
      return `the python function ${c.command} requires it as an argument`;
    case "node":
      return `the node function ${c.command} takes it without a default`;
    case "shell-return":
      return `shell step '${c.node.name}' returns it but never exports it (only an inherited value is collected) and another step uses it`;
  }
}
__name(describe, "describe");
function consequence(c) {
  switch (c.kind) {
    case "map":
    case "conditional":
      return `the ${c.kind} fails`;
    case "python":
      return "the step fails";
    case "node":
      return "the function gets undefined";
    case "shell-return":
      return "it stays unset";
  }
}
__name(consequence, "consequence");
function check(w, c, name, state, vars, carried, path3, emit) {
  if (!emit) return;
  const usesVars = c.kind === "python" || c.kind === "node" || c.kind === "shell-return";
  if (usesVars && vars.has(name)) return;
  if (state.must.has(name)) return;
  const cap = c.kind === "node" ? "warning" : c.kind === "python" ? c.severity : "error";
  const step = c.node.internalName;
  const hint = /* @__PURE__ */ __name(() => {
    const un = w.unexported.get(name);
    if (un && !(c.kind === "shell-return" && un.length === 1 && un[0] === c.node.name)) return `; shell step ${quote(un)} lists it in returns but never exports it`;
    const near = didYouMean(name, [...state.may, ...usesVars ? vars : []]);
    return near ? `; did you mean '${near}'?` : "";
  }, "hint");
  let severity;
  let message;
  if (state.may.has(name)) {
    severity = "warning";
    const loop = carried.get(name);
    const by = w.providers.get(name) ?? [];
    const why = loop !== void 0 ? `only an earlier iteration of loop '${loop}' sets it, not the first one` : `only some paths to this step set it${by.length ? ` (returned by ${quote(by)})` : ""}; a conditional branch, an on_failure path or a failed step may skip it`;
    message = `'${name}' may be unset here: ${why}; ${describe(c)}, so ${consequence(c)} on such a path`;
  } else if (w.opts.initialKnown) {
    severity = cap;
    message = `'${name}' is not set here: no earlier step returns it and it is not an initial parameter; ${describe(c)}, so ${consequence(c)}${hint()}`;
  } else {
    severity = "warning";
    message = `'${name}' is not returned by any earlier step; ${describe(c)}, so ${consequence(c)} unless an initial parameter sets it (validate had no -p)${hint()}`;
  }
  w.findings.push({ severity, path: path3, step, parameter: name, message });
}
__name(check, "check");
function allReturns(w, g) {
  const hit = w.bodyReturns.get(g);
  if (hit) return hit;
  const out = /* @__PURE__ */ new Set();
  const stack = [g];
  while (stack.length) {
    const cur = stack.pop();
    for (const n of Object.values(cur.nodes)) {
      if (n.type === "task") for (const r of effectiveSpec(w, n)?.returns ?? []) out.add(r.name);
      else if (n.type === "parallel" || n.type === "conditional") {
        stack.push(...Object.values(n.branches));
        if (n.type === "conditional" && n.default) stack.push(n.default);
      } else if (n.type === "map" || n.type === "loop") stack.push(n.branch);
    }
  }
  const list = [...out];
  w.bodyReturns.set(g, list);
  return list;
}
__name(allReturns, "allReturns");
function walkGraph(w, graph, path3, entry, vars, carried, emit) {
  const indeg = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set([graph.start_at]);
  const order = [graph.start_at];
  const edges = /* @__PURE__ */ __name((name) => {
    const n = graph.nodes[name];
    if (!n || isTerminal(n)) return [];
    return n.on_failure !== void 0 && n.on_failure !== n.next ? [n.next, n.on_failure] : [n.next];
  }, "edges");
  for (let i = 0; i < order.length; i++) {
    for (const t of edges(order[i])) {
      indeg.set(t, (indeg.get(t) ?? 0) + 1);
      if (!seen.has(t)) {
        seen.add(t);
        order.push(t);
      }
    }
  }
  const pending = /* @__PURE__ */ new Map();
  let success;
  const deliver = /* @__PURE__ */ __name((target, s) => {
    const t = graph.nodes[target];
    if (!t) return;
    if (s !== void 0) {
      if (t.type === "success") {
        success = success === void 0 ? s : join(success, s);
        if (success === s) s.refs++;
      } else if (t.type !== "fail") {
        const had = pending.get(target);
        if (had === void 0) {
          s.refs++;
          pending.set(target, s);
        } else {
          had.refs--;
          pending.set(target, join(had, s));
        }
      }
    }
    if (!isTerminal(t)) {
      const left = (indeg.get(target) ?? 1) - 1;
      indeg.set(target, left);
      if (left === 0) ready.push(target);
    }
  }, "deliver");
  const ready = [];
  entry.refs++;
  pending.set(graph.start_at, entry);
  const start = graph.nodes[graph.start_at];
  if (start && !isTerminal(start)) ready.push(graph.start_at);
  else if (start?.type === "success") success = entry;
  while (ready.length) {
    const name = ready.pop();
    const node = graph.nodes[name];
    if (isTerminal(node)) continue;
    const inState = pending.get(name);
    pending.delete(name);
    if (inState === void 0) {
      deliver(node.next, void 0);
      if (node.on_failure !== void 0 && node.on_failure !== node.next) deliver(node.on_failure, void 0);
      continue;
    }
    inState.refs--;
    const npath = [...path3, "steps", name];
    if (node.on_failure !== void 0 && node.on_failure !== node.next) deliver(node.on_failure, inState);
    const bothWays = node.on_failure !== void 0 && node.on_failure === node.next;
    if (bothWays) inState.refs++;
    let out = stepOut(w, node, npath, inState, vars, carried, emit);
    if (bothWays) {
      inState.refs--;
      out = out === void 0 ? inState : join(inState, out);
    }
    deliver(node.next, out);
  }
  if (success) success.refs--;
  return success;
}
__name(walkGraph, "walkGraph");
function stepOut(w, node, npath, s, vars, carried, emit) {
  switch (node.type) {
    case "stub":
      return s;
    case "task": {
      const spec = effectiveSpec(w, node);
      if (!spec) return s;
      const adds = [];
      if (spec.command_type === "python" || spec.command_type === "async-python" || spec.command_type === "node") {
        const sig = w.opts.signature?.(spec);
        if (sig) {
          const kind = spec.command_type === "node" ? "node" : "python";
          const c = { kind, node, command: spec.command, severity: sig.severity };
          for (const arg of sig.required) check(w, c, arg, s, vars, carried, [...npath, "command"], emit);
        }
      }
      spec.returns.forEach((r, index) => {
        if (spec.command_type === "shell" && !shellMaySet(spec.command, r.name)) {
          if (w.consumed.has(r.name)) check(w, { kind: "shell-return", node, index }, r.name, s, vars, carried, [...npath, "returns", index, "name"], emit);
          if (!vars.has(r.name)) return;
        }
        adds.push(r.name);
      });
      return withNames(s, adds);
    }
    case "parallel": {
      const wasFrozen = s.frozen;
      s.frozen = true;
      let out = s;
      const parts = [];
      for (const [key, g] of Object.entries(node.branches)) {
        const end = walkGraph(w, g, [...npath, "branches", key], s, vars, carried, emit);
        if (end === void 0) out = void 0;
        else parts.push(end);
      }
      s.frozen = wasFrozen;
      if (out === void 0) return void 0;
      const merged = s.refs === 0 && !s.frozen && !parts.includes(s) ? s : fresh(s.must, s.may);
      for (const p of parts) {
        for (const x of p.must) merged.must.add(x);
        for (const x of p.may) merged.may.add(x);
      }
      return merged;
    }
    case "conditional": {
      check(w, { kind: "conditional", node, field: "parameter" }, node.parameter, s, vars, carried, [...npath, "parameter"], emit);
      const wasFrozen = s.frozen;
      s.frozen = true;
      const candidates = Object.entries(node.branches).map(([k, g]) => [[...npath, "branches", k], g]);
      if (node.default) candidates.push([[...npath, "default"], node.default]);
      let out;
      for (const [p, g] of candidates) {
        const end = walkGraph(w, g, p, s, vars, carried, emit);
        if (end !== void 0) out = out === void 0 ? fresh(end.must, end.may) : join(out, end);
      }
      s.frozen = wasFrozen;
      return out;
    }
    case "map": {
      check(w, { kind: "map", node, field: "iterate_on" }, node.iterate_on, s, vars, carried, [...npath, "iterate_on"], emit);
      const wasFrozen = s.frozen;
      s.frozen = true;
      walkGraph(w, node.branch, [...npath, "branch"], s, /* @__PURE__ */ new Set([...vars, node.iterate_as]), carried, emit);
      s.frozen = wasFrozen;
      const names = [];
      for (const n of Object.values(node.branch.nodes)) if (n.type === "task") for (const r of n.task.returns) names.push(r.name);
      return withNames(s, names);
    }
    case "loop": {
      const later = allReturns(w, node.branch).filter((n) => !s.may.has(n));
      const entry = fresh(s.must, [...s.may, ...later]);
      entry.frozen = true;
      const inner = later.length ? new Map([...carried, ...later.map((n) => [n, node.name])]) : carried;
      return walkGraph(w, node.branch, [...npath, "branch"], entry, /* @__PURE__ */ new Set([...vars, node.index_as]), inner, emit);
    }
  }
}
__name(stepOut, "stepOut");
function survey(w, root) {
  const stack = [root];
  while (stack.length) {
    const g = stack.pop();
    for (const n of Object.values(g.nodes)) {
      switch (n.type) {
        case "task": {
          const spec = effectiveSpec(w, n);
          if (!spec) break;
          for (const r of spec.returns) {
            const list = spec.command_type === "shell" && !shellMaySet(spec.command, r.name) ? w.unexported : w.providers;
            const l = list.get(r.name) ?? [];
            if (!l.includes(n.name)) l.push(n.name);
            list.set(r.name, l);
          }
          if (spec.command_type === "python" || spec.command_type === "async-python" || spec.command_type === "node") {
            for (const a of w.opts.signature?.(spec)?.required ?? []) w.consumed.add(a);
          }
          break;
        }
        case "map":
          w.consumed.add(n.iterate_on);
          stack.push(n.branch);
          break;
        case "conditional":
          w.consumed.add(n.parameter);
          stack.push(...Object.values(n.branches));
          if (n.default) stack.push(n.default);
          break;
        case "parallel":
          stack.push(...Object.values(n.branches));
          break;
        case "loop":
          stack.push(n.branch);
          break;
        default:
          break;
      }
    }
  }
}
__name(survey, "survey");
function checkDataflow(dag, opts) {
  const w = { opts, findings: [], consumed: /* @__PURE__ */ new Set(), providers: /* @__PURE__ */ new Map(), unexported: /* @__PURE__ */ new Map(), bodyReturns: /* @__PURE__ */ new WeakMap() };
  survey(w, dag);
  const initial = [...opts.initial];
  const entry = fresh(initial, initial);
  entry.frozen = true;
  walkGraph(w, dag, ["dag"], entry, /* @__PURE__ */ new Set(), /* @__PURE__ */ new Map(), true);
  return w.findings;
}
__name(checkDataflow, "checkDataflow");

// src/commands/signatures.ts
import path from "node:path";
var MAX_SOURCE_BYTES = 4 * 1024 * 1024;
var PY_SIGNATURES = String.raw`
import ast, json, os, sys
req = json.load(sys.stdin)
roots = req["roots"]
trees = {}

def find(mod):
    parts = mod.split(".")
    for r in roots:
        base = os.path.join(r, *parts)
        for f in (base + ".py", os.path.join(base, "__init__.py")):
            if os.path.isfile(f):
                return f
    return None

def tree_of(f):
    if f not in trees:
        try:
            with open(f, "rb") as h:
                trees[f] = ast.parse(h.read(), f)
        except Exception:
            trees[f] = None
    return trees[f]

def is_namespace(a):
    if isinstance(a, ast.Attribute):
        return a.attr == "Namespace"
    if isinstance(a, ast.Name):
        return a.id == "Namespace"
    if isinstance(a, ast.Constant) and isinstance(a.value, str):
        return a.value.split(".")[-1] == "Namespace"
    return False

def bound_names(stmt):
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [stmt.name]
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        return [(a.asname or a.name).split(".")[0] for a in stmt.names]
    out = []
    for n in ast.walk(stmt):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
            out.append(n.id)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append(n.name)
    return out

def signature(mod, attr, depth=0):
    if depth > 8:
        return None
    f = find(mod)
    t = f and tree_of(f)
    if not t:
        return None
    last = None
    for stmt in t.body:
        if attr in bound_names(stmt):
            last = stmt
    if isinstance(last, (ast.FunctionDef, ast.AsyncFunctionDef)) and not last.decorator_list:
        a = last.args
        pos = a.posonlyargs + a.args
        first_default = len(pos) - len(a.defaults)
        req = [p.arg for i, p in enumerate(pos) if i < first_default and not is_namespace(p.annotation)]
        req += [p.arg for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is None and not is_namespace(p.annotation)]
        return req
    if isinstance(last, ast.ImportFrom):
        name = [x.name for x in last.names if (x.asname or x.name) == attr][0]
        if last.level:
            pkg = mod.split(".") if f.endswith("__init__.py") else mod.split(".")[:-1]
            pkg = pkg[: len(pkg) - (last.level - 1)] if last.level > 1 else pkg
            target = ".".join(pkg + ([last.module] if last.module else []))
        else:
            target = last.module
        return signature(target, name, depth + 1) if target else None
    return None

import re
DOTTED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
out = {}
for cmd in req["commands"]:
    mod, _, attr = cmd.rpartition(".")
    try:
        # only module paths an import could name: never a path outside the roots
        out[cmd] = signature(mod, attr) if DOTTED.match(cmd) and mod else None
    except Exception:
        out[cmd] = None
json.dump(out, sys.stdout)
`;
function tasksOf(dag, patches) {
  const out = [];
  const stack = [dag];
  while (stack.length) {
    const g = stack.pop();
    for (const n of Object.values(g.nodes)) {
      if (n.type === "task") {
        if (!patches) out.push(n.task);
        else if (Object.prototype.hasOwnProperty.call(patches, n.name)) {
          const p = patches[n.name];
          out.push({ command_type: p.command_type ?? n.task.command_type, command: p.command ?? "", returns: [...p.returns ?? []], secrets: [] });
        }
      } else if (n.type === "parallel" || n.type === "conditional") {
        stack.push(...Object.values(n.branches));
        if (n.type === "conditional" && n.default) stack.push(n.default);
      } else if (n.type === "map" || n.type === "loop") stack.push(n.branch);
    }
  }
  return out;
}
__name(tasksOf, "tasksOf");
function definedOnly(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (v !== void 0) out[k] = v;
  return out;
}
__name(definedOnly, "definedOnly");
function pythonSignatures(commands, cwd, env) {
  const out = /* @__PURE__ */ new Map();
  if (commands.length === 0) return Promise.resolve(out);
  const roots = [cwd, ...(env.PYTHONPATH ?? "").split(path.delimiter).filter(Boolean).map((p) => path.resolve(cwd, p))];
  const python = env.RUNNABLE_PYTHON || "python3";
  return new Promise((resolve) => {
    const child = nodeChildProcess().execFile(python, ["-I", "-S", "-c", PY_SIGNATURES], { cwd, timeout: 6e4, maxBuffer: 16 * 1024 * 1024, env: definedOnly(env) }, (err, stdout) => {
      if (err) return resolve(out);
      try {
        const got = JSON.parse(stdout);
        for (const [k, v] of Object.entries(got)) if (Array.isArray(v)) out.set(k, v);
      } catch {
      }
      resolve(out);
    });
    child.stdin?.on("error", () => void 0);
    child.stdin?.end(JSON.stringify({ roots, commands }));
  });
}
__name(pythonSignatures, "pythonSignatures");
function closing(src, open) {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "/" && src[i + 1] === "/") i = src.indexOf("\n", i) === -1 ? src.length : src.indexOf("\n", i);
    else if (c === "/" && src[i + 1] === "*") i = src.indexOf("*/", i + 2) === -1 ? src.length : src.indexOf("*/", i + 2) + 1;
    else if (c === '"' || c === "'" || c === "`") {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === "\\") i++;
    } else if (c === "(" || c === "{" || c === "[") depth++;
    else if (c === ")" || c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
__name(closing, "closing");
function topLevel(src, sep) {
  const parts = [];
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "(" || c === "{" || c === "[" || c === '"' || c === "'" || c === "`" || c === "/" && (src[i + 1] === "/" || src[i + 1] === "*")) {
      const end = c === '"' || c === "'" || c === "`" ? skipString(src, i) : c === "/" ? skipComment(src, i) : closing(src, i);
      if (end === -1) return [...parts, src.slice(start)];
      i = end;
    } else if (c === sep) {
      parts.push(src.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(src.slice(start));
  return parts;
}
__name(topLevel, "topLevel");
function skipString(src, i) {
  const q = src[i];
  for (i++; i < src.length && src[i] !== q; i++) if (src[i] === "\\") i++;
  return i < src.length ? i : -1;
}
__name(skipString, "skipString");
function skipComment(src, i) {
  if (src[i + 1] === "/") {
    const e2 = src.indexOf("\n", i);
    return e2 === -1 ? src.length - 1 : e2;
  }
  const e = src.indexOf("*/", i + 2);
  return e === -1 ? -1 : e + 1;
}
__name(skipComment, "skipComment");
var stripComments = /* @__PURE__ */ __name((s) => s.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, " "), "stripComments");
function nodeRequiredArguments(source, exportName) {
  const id = exportName.replace(/[$]/g, "\\$");
  const patterns = exportName === "default" ? [/\bexport\s+default\s+(?:async\s+)?function\b\s*\*?\s*[\w$]*\s*\(/g, /\bexport\s+default\s+(?:async\s*)?\(/g] : [
    new RegExp(`\\bexport\\s+(?:async\\s+)?function\\s*\\*?\\s*${id}\\s*\\(`, "g"),
    new RegExp(`\\bexport\\s+(?:const|let|var)\\s+${id}\\s*(?::[^=]*)?=\\s*(?:async\\s+)?(?:function\\b\\s*\\*?\\s*[\\w$]*\\s*)?\\(`, "g")
  ];
  let open = -1;
  for (const re of patterns) {
    const m = re.exec(source);
    if (m) {
      open = m.index + m[0].length - 1;
      break;
    }
  }
  if (open === -1) return void 0;
  const close = closing(source, open);
  if (close === -1) return void 0;
  const first = stripComments(topLevel(source.slice(open + 1, close), ",")[0] ?? "").trim();
  if (first === "") return [];
  if (!first.startsWith("{")) return /^[\w$]+$/.test(first.replace(/\s*:.*$/s, "")) ? [] : void 0;
  const end = closing(first, 0);
  if (end === -1) return void 0;
  const required = [];
  for (const raw of topLevel(first.slice(1, end), ",")) {
    const prop = raw.trim();
    if (prop === "" || prop.startsWith("...")) continue;
    const m = /^([\w$]+)\s*(:|=|$)/.exec(prop);
    if (!m) continue;
    if (topLevel(prop, "=").length === 1) required.push(m[1]);
  }
  return required;
}
__name(nodeRequiredArguments, "nodeRequiredArguments");
async function signatureLookup(dag, cwd, env, patches) {
  const specs = tasksOf(dag, patches);
  const pyCommands = [...new Set(specs.filter((s) => s.command_type === "python" || s.command_type === "async-python").map((s) => s.command))];
  const py = await pythonSignatures(pyCommands, cwd, env);
  const nodeCache = /* @__PURE__ */ new Map();
  return (spec) => {
    if (spec.command_type === "python" || spec.command_type === "async-python") {
      const req2 = py.get(spec.command);
      return req2 ? { required: req2, severity: "error" } : void 0;
    }
    if (spec.command_type !== "node") return void 0;
    if (!nodeCache.has(spec.command)) {
      let req2;
      try {
        const { modulePath, exportName } = parseNodeCommand(spec.command);
        const read = readRegularFileSync(path.resolve(cwd, modulePath), MAX_SOURCE_BYTES, modulePath);
        req2 = read.tooLarge === void 0 ? nodeRequiredArguments(new TextDecoder().decode(read.data), exportName) : void 0;
      } catch {
        req2 = void 0;
      }
      nodeCache.set(spec.command, req2);
    }
    const req = nodeCache.get(spec.command);
    return req ? { required: req, severity: "warning" } : void 0;
  };
}
__name(signatureLookup, "signatureLookup");

// src/commands/validate.ts
async function validateCommand(opts) {
  const cwd = path2.resolve(opts.cwd ?? process.cwd());
  const env = opts.env ?? process.env;
  const issues = [];
  const warnings = [];
  const collect = /* @__PURE__ */ __name((err, file) => {
    if (err instanceof ValidationError) issues.push(...err.issues);
    else if (err instanceof InputFileError) issues.push({ file: err.file, path: "", message: err.message });
    else throw err;
    void file;
  }, "collect");
  let pipeline;
  let config;
  try {
    pipeline = await loadPipeline(cwd, opts.pipelineFile);
  } catch (err) {
    collect(err, opts.pipelineFile);
  }
  try {
    config = await loadConfig({ file: opts.configFile, cwd, env });
  } catch (err) {
    collect(err, opts.configFile ?? "");
  }
  let initial;
  if (opts.parametersFile) {
    try {
      initial = await loadInitialParameters({ file: opts.parametersFile, cwd, env });
      warnings.push(...parameterEnvironmentWarnings(initial));
    } catch (err) {
      collect(err, opts.parametersFile);
    }
  }
  const dataflow = [];
  if (pipeline && (!opts.parametersFile || initial)) {
    dataflow.push(...await dataflowIssues(pipeline, config, initial, cwd, env, opts.pipelineFile));
    for (const d of dataflow) {
      const { severity: _s, parameter: _p, step: _st, ...issue } = d;
      if (d.severity === "error") issues.push(issue);
      else warnings.push(formatIssue(issue));
    }
  }
  return { ok: issues.length === 0, issues, pipeline, config, warnings, dataflow };
}
__name(validateCommand, "validateCommand");
async function dataflowIssues(pipeline, config, initial, cwd, env, file) {
  const known = initial !== void 0 || !!env.RUNNABLE_PARAMETERS_FILE;
  let names = initial ? Object.keys(initial) : Object.keys(parameterOverrides(env));
  if (!initial && env.RUNNABLE_PARAMETERS_FILE) {
    try {
      names = Object.keys(await loadInitialParameters({ cwd, env }));
    } catch {
      return [];
    }
  }
  const executor = config?.pipelineExecutor;
  const patches = executor?.type === "mocked" ? executor.config.patches ?? {} : void 0;
  const findings = checkDataflow(pipeline.dag, { initial: names, initialKnown: known, signature: await signatureLookup(pipeline.dag, cwd, env, patches), patches });
  if (findings.length === 0) return [];
  const shown = Object.values(pipeline.dag.nodes).find((n) => n.source)?.source?.file ?? file;
  let doc;
  if (pipeline.execution_mode === "yaml") {
    try {
      doc = loadYamlText(await readSourceFile(file, shown, cwd), shown);
    } catch {
      doc = void 0;
    }
  }
  return findings.map((f) => {
    const pos = doc?.locate(f.path, "value");
    const issue = { file: shown, path: f.path.join("."), message: f.message, severity: f.severity, parameter: f.parameter, step: f.step };
    if (pos) {
      issue.line = pos.line;
      issue.column = pos.column;
    }
    return issue;
  });
}
__name(dataflowIssues, "dataflowIssues");

export {
  validateCommand
};
