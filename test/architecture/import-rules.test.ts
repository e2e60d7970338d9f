/**
 * ARCHITECTURE.md's rules, checked on the code rather than by eye: which module may import which, the
 * engine's one front door, where @actions/* may be imported, and no import cycles. Imports are read with
 * the TypeScript parser (static, `export … from`, and dynamic `import()`), so a rule cannot be dodged by
 * a lazy import.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve('src');

interface Edge { from: string; to: string; typeOnly: boolean; line: number }

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(n) && !/\.d\.ts$/.test(n) ? [p] : [];
  });
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const out: Edge[] = [];
  const add = (spec: string, typeOnly: boolean, node: ts.Node): void => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    out.push({ from: rel(file), to: spec.startsWith('.') ? rel(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'))) : spec, typeOnly, line });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      const typeOnly = !!c && (c.isTypeOnly || (!c.name && !!c.namedBindings && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly, node);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly, node);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text, false, node);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const rel = (p: string): string => path.relative(SRC, p).split(path.sep).join('/');
/** The top-level module of a src-relative path: `engine/fan.ts` -> `engine`, `errors.ts` -> `errors`. */
const moduleOf = (p: string): string => p.split('/')[0]!.replace(/\.ts$/, '');

const ALL = files(SRC).map((f) => ({ file: rel(f), edges: importsOf(f) }));
const EDGES = ALL.flatMap((f) => f.edges);
const INTERNAL = EDGES.filter((e) => !e.to.startsWith('@') && !e.to.startsWith('node:') && /\.ts$/.test(e.to));

/**
 * The layers, lowest first. A module may import modules of its own layer's list (plus itself); never an
 * upper layer. Keep in step with ARCHITECTURE.md's "Import direction".
 */
/** Base modules every layer may import: the errors, the bounded input reader, the version, lazy built-ins. */
const BASE = ['errors', 'fs-read', 'version', 'builtins'];
const MAY_IMPORT: Record<string, string[]> = {
  errors: [],
  'fs-read': ['errors'],
  version: [],
  builtins: [],
  'heap-tuning': [],
  protocol: ['errors', 'pipeline'],
  pipeline: ['errors'],
  sdk: ['errors', 'pipeline'],
  config: ['errors', 'pipeline'],
  parameters: ['errors', 'pipeline', 'runlog'],
  runlog: ['errors', 'pipeline', 'config'],
  secrets: ['errors', 'pipeline', 'config', 'runlog'],
  catalog: ['errors', 'pipeline', 'config', 'runlog', 'secrets'],
  tasks: ['errors', 'pipeline', 'config', 'runlog', 'secrets', 'parameters'],
  engine: ['errors', 'pipeline', 'config', 'parameters', 'runlog', 'secrets', 'catalog', 'tasks', 'protocol', 'version'],
  argo: ['errors', 'pipeline', 'config', 'runlog', 'protocol', 'version'],
  report: ['errors', 'pipeline', 'config', 'runlog', 'catalog', 'secrets', 'version'],
  commands: ['errors', 'pipeline', 'config', 'parameters', 'runlog', 'engine', 'argo', 'report', 'protocol', 'version'],
  github: ['errors', 'pipeline', 'config', 'runlog', 'catalog', 'secrets', 'report', 'version'],
  cli: ['errors', 'commands', 'engine', 'github', 'pipeline', 'runlog', 'protocol', 'report', 'version', 'heap-tuning'],
  action: ['errors', 'commands', 'engine', 'github', 'pipeline', 'runlog', 'config', 'catalog', 'secrets', 'argo', 'report', 'version', 'heap-tuning'],
  sdk_entry: [],
  index: ['errors', 'commands', 'engine', 'pipeline', 'config', 'runlog', 'sdk', 'report', 'version'],
  bundle: ['action', 'cli', 'index'],
};

describe('import rules (ARCHITECTURE.md)', () => {
  it('every module is placed in a layer', () => {
    const unknown = [...new Set(ALL.map((f) => moduleOf(f.file)))].filter((m) => !(m in MAY_IMPORT));
    expect(unknown).toEqual([]);
  });

  it('no module imports an upper layer (type-only imports included: they shape the API too)', () => {
    const bad = INTERNAL.filter((e) => {
      const a = moduleOf(e.from);
      const b = moduleOf(e.to);
      return a !== b && a in MAY_IMPORT && !(BASE.includes(b) && a !== 'errors') && !MAY_IMPORT[a]!.includes(b);
    }).map((e) => `${e.from}:${e.line} imports ${e.to}`);
    expect(bad).toEqual([]);
  });

  it('outside the engine, only src/engine/index.ts is imported (the front door)', () => {
    const bad = INTERNAL.filter((e) => moduleOf(e.from) !== 'engine' && moduleOf(e.to) === 'engine' && e.to !== 'engine/index.ts').map(
      (e) => `${e.from}:${e.line} imports ${e.to}`,
    );
    expect(bad).toEqual([]);
  });

  it('@actions/* only in the Action, the GitHub adapter and the github-artifacts catalog', () => {
    const bad = EDGES.filter((e) => e.to.startsWith('@actions/') && !e.typeOnly && !/^(action|github)\//.test(e.from) && !/^catalog\/github-artifacts/.test(e.from)).map(
      (e) => `${e.from}:${e.line} imports ${e.to}`,
    );
    expect(bad).toEqual([]);
  });

  it('the Kubernetes client and the artifact client are loaded lazily (import() at use), never at start-up', () => {
    // A static import is fine in a module that is itself only ever reached through import() (a lazy chunk).
    const lazyOnly = (file: string): boolean => {
      const into = INTERNAL.filter((e) => e.to === file && !e.typeOnly);
      return into.length > 0 && into.every((e) => /import\(/.test(readFileSync(path.join(SRC, e.from), 'utf8').split('\n')[e.line - 1] ?? ''));
    };
    const bad = EDGES.filter((e) => /^@kubernetes\/client-node|^@actions\/artifact/.test(e.to) && !e.typeOnly).filter((e) => {
      const text = readFileSync(path.join(SRC, e.from), 'utf8').split('\n')[e.line - 1] ?? '';
      return !/import\(/.test(text) && !lazyOnly(e.from);
    });
    expect(bad.map((e) => `${e.from}:${e.line}`)).toEqual([]);
  });

  it('no import cycles between files (value imports; type-only imports are erased)', () => {
    const graph = new Map<string, string[]>();
    for (const e of INTERNAL) if (!e.typeOnly) graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
    const cycles: string[] = [];
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const dfs = (n: string): void => {
      state.set(n, 1);
      stack.push(n);
      for (const m of graph.get(n) ?? []) {
        if (state.get(m) === 1) cycles.push([...stack.slice(stack.indexOf(m)), m].join(' -> '));
        else if (!state.has(m)) dfs(m);
      }
      stack.pop();
      state.set(n, 2);
    };
    for (const n of graph.keys()) if (!state.has(n)) dfs(n);
    expect(cycles).toEqual([]);
  });

  it('the rule checker itself sees imports of every kind (a rule that cannot fail proves nothing)', () => {
    const f = ALL.find((x) => x.file === 'cli/run-cli.ts')!;
    expect(f.edges.some((e) => !e.typeOnly && e.to.startsWith('commands/'))).toBe(true);
    expect(EDGES.some((e) => e.typeOnly)).toBe(true);
    expect(EDGES.some((e) => e.to === 'engine/index.ts')).toBe(true);
  });
});
