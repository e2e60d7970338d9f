/**
 * Function signatures for `validate`'s data-flow check, read without running user code.
 *
 * Python: one `python3 -I -S` process parses every named module with the standard `ast` module (no import,
 * so no module-level side effects, no heavy imports such as pandas, and no need for the task's packages to
 * be installed where validate runs). A module is looked up as the shim imports it: the cwd, then
 * PYTHONPATH. A function whose signature the source does not state plainly — decorated, assigned, defined
 * under an `if`/`try`, a class, a module we cannot find — is not checked (no false errors). `from x import f`
 * (also relative) is followed. The binding rules are the shim's (tasks/python/runnable_shim.py `_bind`):
 * an argument with a default, `*args`, `**kwargs` and an `argparse.Namespace`-annotated catch-all are never
 * required.
 *
 * Node: the module's source is scanned for the export's first parameter; names destructured from it without
 * a default are what the function expects (it is called with `{...parameters, ...iteration variables}`).
 * Only plain `export function`, `export const f = (…) =>`/`function` and `export default` forms are read;
 * anything else is not checked.
 */
import path from 'node:path';
import { parseNodeCommand } from '../engine/index.js';
import { nodeChildProcess } from '../builtins.js';
import { readRegularFileSync } from '../fs-read.js';
import type { FunctionSignature, TaskPatchLike } from '../pipeline/dataflow.js';
import type { Graph, TaskSpec } from '../pipeline/model.js';

/** Largest node module scanned for a signature. */
const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

const PY_SIGNATURES = String.raw`
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

/** Every task spec that runs (all graphs; under the mocked executor only the patches, as they run). */
function tasksOf(dag: Graph, patches?: Readonly<Record<string, TaskPatchLike>>): TaskSpec[] {
  const out: TaskSpec[] = [];
  const stack: Graph[] = [dag];
  while (stack.length) {
    const g = stack.pop()!;
    for (const n of Object.values(g.nodes)) {
      if (n.type === 'task') {
        if (!patches) out.push(n.task);
        else if (Object.prototype.hasOwnProperty.call(patches, n.name)) {
          const p = patches[n.name]!;
          out.push({ command_type: p.command_type ?? n.task.command_type, command: p.command ?? '', returns: [...(p.returns ?? [])], secrets: [] });
        }
      } else if (n.type === 'parallel' || n.type === 'conditional') {
        stack.push(...Object.values(n.branches));
        if (n.type === 'conditional' && n.default) stack.push(n.default);
      } else if (n.type === 'map' || n.type === 'loop') stack.push(n.branch);
    }
  }
  return out;
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

/** Python signatures of `commands` (dotted paths); a command whose signature cannot be read is absent. */
export function pythonSignatures(commands: readonly string[], cwd: string, env: Record<string, string | undefined>): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (commands.length === 0) return Promise.resolve(out);
  const roots = [cwd, ...(env.PYTHONPATH ?? '').split(path.delimiter).filter(Boolean).map((p) => path.resolve(cwd, p))];
  const python = env.RUNNABLE_PYTHON || 'python3';
  return new Promise((resolve) => {
    // -I -S: no site packages, no user environment; the script imports only ast, json, os and sys.
    const child = nodeChildProcess().execFile(python, ['-I', '-S', '-c', PY_SIGNATURES], { cwd, timeout: 60_000, maxBuffer: 16 * 1024 * 1024, env: definedOnly(env) }, (err, stdout) => {
      if (err) return resolve(out); // no python3 here, or it failed: the arguments are not checked
      try {
        const got = JSON.parse(stdout) as Record<string, string[] | null>;
        for (const [k, v] of Object.entries(got)) if (Array.isArray(v)) out.set(k, v);
      } catch {
        /* unreadable answer: not checked */
      }
      resolve(out);
    });
    child.stdin?.on('error', () => undefined); // the interpreter may exit before reading (not found)
    child.stdin?.end(JSON.stringify({ roots, commands }));
  });
}

/** Index of the `)` / `}` / `]` closing the bracket at `open`, skipping strings and comments; -1 if none. */
function closing(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i]!;
    if (c === '/' && src[i + 1] === '/') i = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i);
    else if (c === '/' && src[i + 1] === '*') i = src.indexOf('*/', i + 2) === -1 ? src.length : src.indexOf('*/', i + 2) + 1;
    else if (c === '"' || c === "'" || c === '`') {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++;
    } else if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Splits at top-level commas (brackets and strings respected). */
function topLevel(src: string, sep: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '(' || c === '{' || c === '[' || c === '"' || c === "'" || c === '`' || (c === '/' && (src[i + 1] === '/' || src[i + 1] === '*'))) {
      const end = c === '"' || c === "'" || c === '`' ? skipString(src, i) : c === '/' ? skipComment(src, i) : closing(src, i);
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

function skipString(src: string, i: number): number {
  const q = src[i];
  for (i++; i < src.length && src[i] !== q; i++) if (src[i] === '\\') i++;
  return i < src.length ? i : -1;
}

function skipComment(src: string, i: number): number {
  if (src[i + 1] === '/') {
    const e = src.indexOf('\n', i);
    return e === -1 ? src.length - 1 : e;
  }
  const e = src.indexOf('*/', i + 2);
  return e === -1 ? -1 : e + 1;
}

const stripComments = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');

/**
 * Names a node function destructures from its first parameter without a default, or undefined when the
 * source does not show a plain destructuring (then nothing is checked).
 */
export function nodeRequiredArguments(source: string, exportName: string): string[] | undefined {
  const id = exportName.replace(/[$]/g, '\\$');
  const patterns = exportName === 'default'
    ? [/\bexport\s+default\s+(?:async\s+)?function\b\s*\*?\s*[\w$]*\s*\(/g, /\bexport\s+default\s+(?:async\s*)?\(/g]
    : [
        new RegExp(`\\bexport\\s+(?:async\\s+)?function\\s*\\*?\\s*${id}\\s*\\(`, 'g'),
        new RegExp(`\\bexport\\s+(?:const|let|var)\\s+${id}\\s*(?::[^=]*)?=\\s*(?:async\\s+)?(?:function\\b\\s*\\*?\\s*[\\w$]*\\s*)?\\(`, 'g'),
      ];
  let open = -1;
  for (const re of patterns) {
    const m = re.exec(source);
    if (m) {
      open = m.index + m[0].length - 1;
      break;
    }
  }
  if (open === -1) return undefined;
  const close = closing(source, open);
  if (close === -1) return undefined;
  const first = stripComments(topLevel(source.slice(open + 1, close), ',')[0] ?? '').trim();
  if (first === '') return [];
  if (!first.startsWith('{')) return /^[\w$]+$/.test(first.replace(/\s*:.*$/s, '')) ? [] : undefined; // `(args)`: reads what it likes
  const end = closing(first, 0);
  if (end === -1) return undefined;
  const required: string[] = [];
  for (const raw of topLevel(first.slice(1, end), ',')) {
    const prop = raw.trim();
    if (prop === '' || prop.startsWith('...')) continue;
    const m = /^([\w$]+)\s*(:|=|$)/.exec(prop);
    if (!m) continue; // computed or quoted key: not checked
    // `a = 1`, `a: b = 1` have a default; `a`, `a: b`, `a: {x = 1}` do not (the `=` is nested there)
    if (topLevel(prop, '=').length === 1) required.push(m[1]!);
  }
  return required;
}

/** The signature lookup for checkDataflow: python via ast, node by scanning the module's source. */
export async function signatureLookup(
  dag: Graph,
  cwd: string,
  env: Record<string, string | undefined>,
  patches?: Readonly<Record<string, TaskPatchLike>>,
): Promise<(spec: TaskSpec) => FunctionSignature | undefined> {
  const specs = tasksOf(dag, patches);
  const pyCommands = [...new Set(specs.filter((s) => s.command_type === 'python' || s.command_type === 'async-python').map((s) => s.command))];
  const py = await pythonSignatures(pyCommands, cwd, env);
  const nodeCache = new Map<string, string[] | undefined>();
  return (spec) => {
    if (spec.command_type === 'python' || spec.command_type === 'async-python') {
      const req = py.get(spec.command);
      return req ? { required: req, severity: 'error' } : undefined;
    }
    if (spec.command_type !== 'node') return undefined;
    if (!nodeCache.has(spec.command)) {
      let req: string[] | undefined;
      try {
        const { modulePath, exportName } = parseNodeCommand(spec.command);
        const read = readRegularFileSync(path.resolve(cwd, modulePath), MAX_SOURCE_BYTES, modulePath);
        req = read.tooLarge === undefined ? nodeRequiredArguments(new TextDecoder().decode(read.data), exportName) : undefined;
      } catch {
        req = undefined; // unreadable module: execute reports it
      }
      nodeCache.set(spec.command, req);
    }
    const req = nodeCache.get(spec.command);
    return req ? { required: req, severity: 'warning' } : undefined;
  };
}
