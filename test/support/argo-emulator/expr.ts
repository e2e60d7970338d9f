/**
 * A subset of github.com/expr-lang/expr v1.17 (what the v4.1.2 controller compiles with `argoexpr.EvalBool`
 * in dag.go evaluateDependsLogic and operator.go processNodeRetries, and with `expr.Compile`/`expr.Run` for
 * `{{= … }}` expression tags in util/template/expression_template.go).
 *
 * Covered: literals (int, float, 'single', "double" and `raw` strings, true/false/nil, [arrays]), identifiers
 * looked up in the environment (an unknown name is a compile error, as with `expr.Env(env)`), member access
 * `a.b`, `a['b']`, `a?.b`, calls, unary `!`/`not`/`-`, `* / %`, `+ -`, comparisons, `in`, `matches`,
 * `contains`, `startsWith`, `endsWith`, `&&`/`and`, `||`/`or`, `??`, `? :`, builtins `int`, `float`, `string`,
 * `len`, `lower`, `upper`, `trim`, and Argo's aliases `asInt`, `asFloat`, `toJson` (util/expr/env GetFuncMap).
 * Keywords cannot be identifiers: a `depends` whose task name becomes `in`, `not`, `if`, … after `-` → `_`
 * fails to compile, which is what the controller reports as "unable to evaluate expression".
 * Not covered: closures/predicates (`all`, `filter`, `map`, …), `let`, `if … else`, maps `{…}`, slices `a[1:2]`,
 * pipes `|`, `**`, sprig functions other than a handful; these raise ExprError("unsupported …").
 */

export class ExprError extends Error {}

/** expr-lang reserved words (parser/lexer): operators, literals and the `let`/`if`/`else` keywords. */
export const EXPR_KEYWORDS = new Set(['in', 'not', 'and', 'or', 'matches', 'contains', 'startsWith', 'endsWith', 'let', 'if', 'else', 'true', 'false', 'nil']);

type Tok = { t: 'num' | 'str' | 'id' | 'op' | 'eof'; v: string | number };

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const ops = ['??', '?.', '==', '!=', '<=', '>=', '&&', '||', '**', '..', '!', '<', '>', '+', '-', '*', '/', '%', '(', ')', '[', ']', '.', ',', '?', ':', '|', '{', '}', '#'];
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^(0x[0-9a-fA-F_]+|[0-9][0-9_]*(\.[0-9_]+)?([eE][+-]?[0-9]+)?)/.exec(src.slice(i))!;
      const txt = m[0].replace(/_/g, '');
      i += m[0].length;
      if (/^[A-Za-z_]/.test(src[i] ?? '')) throw new ExprError(`bad number syntax: "${m[0]}${src[i]}"`);
      out.push({ t: 'num', v: txt.startsWith('0x') ? parseInt(txt, 16) : Number(txt) });
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && c !== '`') {
          const n = src[j + 1];
          s += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : (n ?? '');
          j += 2;
          continue;
        }
        s += src[j++];
      }
      if (j >= src.length) throw new ExprError('literal not terminated');
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    if (/[\p{L}_$]/u.test(c)) {
      const m = /^[\p{L}_$][\p{L}\p{Nd}_$]*/u.exec(src.slice(i))!;
      out.push({ t: 'id', v: m[0] });
      i += m[0].length;
      continue;
    }
    const op = ops.find((o) => src.startsWith(o, i));
    if (!op) throw new ExprError(`unrecognized character: U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} '${c}'`);
    out.push({ t: 'op', v: op });
    i += op.length;
  }
  out.push({ t: 'eof', v: '' });
  return out;
}

type Node =
  | { k: 'lit'; v: unknown }
  | { k: 'id'; name: string }
  | { k: 'member'; obj: Node; prop: Node; optional: boolean }
  | { k: 'call'; fn: Node; args: Node[] }
  | { k: 'unary'; op: string; x: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'cond'; c: Node; a: Node; b: Node }
  | { k: 'array'; items: Node[] };

const BIN_PREC: Record<string, number> = { '??': 1, '||': 2, or: 2, '&&': 3, and: 3, '==': 4, '!=': 4, '<': 4, '>': 4, '<=': 4, '>=': 4, in: 4, matches: 4, contains: 4, startsWith: 4, endsWith: 4, '..': 5, '+': 6, '-': 6, '*': 7, '/': 7, '%': 7 };

function parse(src: string): Node {
  const toks = lex(src);
  let p = 0;
  const peek = () => toks[p]!;
  const isOp = (v: string) => peek().t === 'op' && peek().v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new ExprError(`unexpected token ${JSON.stringify(peek().v)}, expected ${v}`);
    p++;
  };
  const binOp = (): string | undefined => {
    const t = peek();
    if (t.t === 'op' && BIN_PREC[t.v as string] !== undefined) return t.v as string;
    if (t.t === 'id' && ['or', 'and', 'in', 'matches', 'contains', 'startsWith', 'endsWith'].includes(t.v as string)) return t.v as string;
    if (t.t === 'id' && t.v === 'not' && toks[p + 1]?.t === 'id' && toks[p + 1]!.v === 'in') return 'not in';
    return undefined;
  };
  const expression = (minPrec = 0): Node => {
    let left = unary();
    for (;;) {
      const op = binOp();
      if (!op) break;
      const prec = op === 'not in' ? 4 : BIN_PREC[op]!;
      if (prec <= minPrec) break;
      p += op === 'not in' ? 2 : 1;
      if (op === '..') throw new ExprError('unsupported operator ..');
      const right = expression(prec);
      left = op === 'not in' ? { k: 'unary', op: '!', x: { k: 'bin', op: 'in', a: left, b: right } } : { k: 'bin', op, a: left, b: right };
    }
    if (minPrec === 0 && isOp('?')) {
      p++;
      const a = expression();
      expect(':');
      const b = expression();
      return { k: 'cond', c: left, a, b };
    }
    return left;
  };
  const unary = (): Node => {
    const t = peek();
    if ((t.t === 'op' && (t.v === '!' || t.v === '-' || t.v === '+')) || (t.t === 'id' && t.v === 'not')) {
      p++;
      return { k: 'unary', op: t.v === 'not' ? '!' : (t.v as string), x: unary() };
    }
    return postfix(primary());
  };
  const primary = (): Node => {
    const t = toks[p++]!;
    if (t.t === 'num' || t.t === 'str') return { k: 'lit', v: t.v };
    if (t.t === 'id') {
      const name = t.v as string;
      if (name === 'true' || name === 'false') return { k: 'lit', v: name === 'true' };
      if (name === 'nil') return { k: 'lit', v: null };
      if (EXPR_KEYWORDS.has(name)) throw new ExprError(`unexpected token Operator(${JSON.stringify(name)})`);
      return { k: 'id', name };
    }
    if (t.t === 'op' && t.v === '(') {
      const e = expression();
      expect(')');
      return e;
    }
    if (t.t === 'op' && t.v === '[') {
      const items: Node[] = [];
      while (!isOp(']')) {
        items.push(expression());
        if (!isOp(']')) expect(',');
      }
      p++;
      return { k: 'array', items };
    }
    if (t.t === 'eof') throw new ExprError('unexpected end of expression');
    throw new ExprError(`unexpected token ${JSON.stringify(t.v)}`);
  };
  const postfix = (n: Node): Node => {
    for (;;) {
      if (isOp('.') || isOp('?.')) {
        const optional = peek().v === '?.';
        p++;
        const t = toks[p++]!;
        if (t.t !== 'id') throw new ExprError(`expected name after '.'`);
        n = { k: 'member', obj: n, prop: { k: 'lit', v: t.v }, optional };
      } else if (isOp('[')) {
        p++;
        const prop = expression();
        if (isOp(':')) throw new ExprError('unsupported slice');
        expect(']');
        n = { k: 'member', obj: n, prop, optional: false };
      } else if (isOp('(')) {
        p++;
        const args: Node[] = [];
        while (!isOp(')')) {
          args.push(expression());
          if (!isOp(')')) expect(',');
        }
        p++;
        n = { k: 'call', fn: n, args };
      } else return n;
    }
  };
  const e = expression();
  if (peek().t !== 'eof') {
    if (isOp('|')) throw new ExprError('unsupported pipe |');
    throw new ExprError(`unexpected token ${JSON.stringify(peek().v)}`);
  }
  return e;
}

const BUILTINS: Record<string, (...a: any[]) => unknown> = {
  int: (x: unknown) => {
    if (typeof x === 'number') return Math.trunc(x);
    if (typeof x === 'string' && /^\s*[-+]?\d+\s*$/.test(x)) return parseInt(x, 10);
    throw new ExprError(`invalid operation: int(${JSON.stringify(x)})`);
  },
  float: (x: unknown) => {
    const n = typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' ? Number(x) : NaN;
    if (Number.isNaN(n)) throw new ExprError(`invalid operation: float(${JSON.stringify(x)})`);
    return n;
  },
  string: (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x)),
  len: (x: unknown) => (typeof x === 'string' || Array.isArray(x) ? x.length : x && typeof x === 'object' ? Object.keys(x).length : (() => { throw new ExprError('invalid argument for len'); })()),
  lower: (x: string) => String(x).toLowerCase(),
  upper: (x: string) => String(x).toUpperCase(),
  trim: (x: string) => String(x).trim(),
};

function typeOf(v: unknown): string {
  return v === null || v === undefined ? 'nil' : Array.isArray(v) ? 'array' : typeof v;
}

function evalNode(n: Node, env: Record<string, unknown>): unknown {
  switch (n.k) {
    case 'lit':
      return n.v;
    case 'array':
      return n.items.map((x) => evalNode(x, env));
    case 'id':
      if (Object.prototype.hasOwnProperty.call(env, n.name)) return env[n.name];
      if (BUILTINS[n.name]) return BUILTINS[n.name];
      throw new ExprError(`unknown name ${n.name}`);
    case 'member': {
      const o = evalNode(n.obj, env);
      const key = evalNode(n.prop, env);
      if (o === null || o === undefined) {
        if (n.optional) return null;
        throw new ExprError(`cannot fetch ${String(key)} from nil`);
      }
      if (Array.isArray(o) && typeof key === 'number') return o[key < 0 ? o.length + key : key] ?? (() => { throw new ExprError(`index out of range: ${key}`); })();
      if (typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, String(key))) return (o as Record<string, unknown>)[String(key)];
      if (typeof o === 'object' && !Array.isArray(o) && (o as { __struct?: boolean }).__struct) throw new ExprError(`type has no field ${String(key)}`);
      if (typeof o === 'object') return null;
      throw new ExprError(`type ${typeOf(o)} has no field ${String(key)}`);
    }
    case 'call': {
      const f = evalNode(n.fn, env);
      if (typeof f !== 'function') throw new ExprError(`${n.fn.k === 'id' ? n.fn.name : 'value'} is not callable`);
      return f(...n.args.map((a) => evalNode(a, env)));
    }
    case 'unary': {
      const x = evalNode(n.x, env);
      if (n.op === '!') {
        if (typeof x !== 'boolean') throw new ExprError(`invalid operation: ! (mismatched type ${typeOf(x)})`);
        return !x;
      }
      if (typeof x !== 'number') throw new ExprError(`invalid operation: ${n.op} (mismatched type ${typeOf(x)})`);
      return n.op === '-' ? -x : x;
    }
    case 'cond': {
      const c = evalNode(n.c, env);
      if (typeof c !== 'boolean') throw new ExprError(`non-bool expression (type ${typeOf(c)}) used as condition`);
      return c ? evalNode(n.a, env) : evalNode(n.b, env);
    }
    case 'bin': {
      const op = n.op;
      if (op === '&&' || op === 'and' || op === '||' || op === 'or') {
        const a = evalNode(n.a, env);
        if (typeof a !== 'boolean') throw new ExprError(`invalid operation: ${op} (mismatched types ${typeOf(a)})`);
        if ((op === '&&' || op === 'and') && !a) return false;
        if ((op === '||' || op === 'or') && a) return true;
        const b = evalNode(n.b, env);
        if (typeof b !== 'boolean') throw new ExprError(`invalid operation: ${op} (mismatched types ${typeOf(b)})`);
        return b;
      }
      if (op === '??') {
        const a = evalNode(n.a, env);
        return a === null || a === undefined ? evalNode(n.b, env) : a;
      }
      const a = evalNode(n.a, env);
      const b = evalNode(n.b, env);
      switch (op) {
        case '==':
          return equal(a, b);
        case '!=':
          return !equal(a, b);
        case '<':
        case '>':
        case '<=':
        case '>=': {
          if (!((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string'))) throw new ExprError(`invalid operation: ${op} (mismatched types ${typeOf(a)} and ${typeOf(b)})`);
          const x = a as number;
          const y = b as number;
          return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
        }
        case 'in':
          if (Array.isArray(b)) return b.some((x) => equal(a, x));
          if (b && typeof b === 'object') return Object.prototype.hasOwnProperty.call(b, String(a));
          throw new ExprError(`invalid operation: in (mismatched types ${typeOf(a)} and ${typeOf(b)})`);
        case 'matches':
        case 'contains':
        case 'startsWith':
        case 'endsWith': {
          if (typeof a !== 'string' || typeof b !== 'string') throw new ExprError(`invalid operation: ${op} (mismatched types ${typeOf(a)} and ${typeOf(b)})`);
          return op === 'matches' ? new RegExp(b).test(a) : op === 'contains' ? a.includes(b) : op === 'startsWith' ? a.startsWith(b) : a.endsWith(b);
        }
        case '+':
          if (typeof a === 'string' && typeof b === 'string') return a + b;
          if (typeof a === 'number' && typeof b === 'number') return a + b;
          if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
          throw new ExprError(`invalid operation: + (mismatched types ${typeOf(a)} and ${typeOf(b)})`);
        default: {
          if (typeof a !== 'number' || typeof b !== 'number') throw new ExprError(`invalid operation: ${op} (mismatched types ${typeOf(a)} and ${typeOf(b)})`);
          if (op === '-') return a - b;
          if (op === '*') return a * b;
          if (op === '/') return a / b;
          if (b === 0) throw new ExprError('integer divide by zero');
          return a % b;
        }
      }
    }
  }
}

function equal(a: unknown, b: unknown): boolean {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  return typeof a === typeof b && a === b;
}

/** Compile + run; throws ExprError for compile and run errors alike. */
export function evalExpr(src: string, env: Record<string, unknown>): unknown {
  return evalNode(parsed(src), env);
}

/** Parses once per source text (expressions repeat on every reconcile pass); compile errors are kept too. */
const PARSED = new Map<string, Node | ExprError>();
function parsed(src: string): Node {
  let n = PARSED.get(src);
  if (n === undefined) {
    try {
      n = parse(src);
    } catch (e) {
      if (!(e instanceof ExprError)) throw e;
      n = e;
    }
    if (PARSED.size > 10_000) PARSED.clear();
    PARSED.set(src, n);
  }
  if (n instanceof ExprError) throw n;
  return n;
}

/** argoexpr.EvalBool (util/expr/argoexpr/eval.go). */
export function evalBool(src: string, env: Record<string, unknown>): boolean {
  const r = evalExpr(src, env);
  if (typeof r !== 'boolean') throw new ExprError(`unable to cast expression result '${String(r)}' to bool`);
  return r;
}

/** The identifiers (dotted member paths) an expression reads; undefined when it does not parse. */
export function identifiers(src: string): string[] | undefined {
  let n: Node;
  try {
    n = parse(src);
  } catch {
    return undefined;
  }
  const out = new Set<string>();
  const path = (x: Node): string | undefined => (x.k === 'id' ? x.name : x.k === 'member' && !x.optional && x.prop.k === 'lit' && typeof x.prop.v === 'string' ? ((p) => (p ? `${p}.${x.prop.k === 'lit' ? String(x.prop.v) : ''}` : undefined))(path(x.obj)) : undefined);
  const walk = (x: Node): void => {
    const p = path(x);
    if (p) out.add(p);
    if (x.k === 'member') walk(x.obj);
    if (x.k === 'call') {
      if (x.fn.k !== 'id') walk(x.fn);
      x.args.forEach(walk);
    }
    if (x.k === 'unary') walk(x.x);
    if (x.k === 'bin') (walk(x.a), walk(x.b));
    if (x.k === 'cond') (walk(x.c), walk(x.a), walk(x.b));
    if (x.k === 'array') x.items.forEach(walk);
  };
  walk(n);
  return [...out];
}

/** util/expand Expand: dotted keys become nested objects (`a.b: 1` -> `{a: {b: 1}}`), keeping the flat key too. */
export function expandEnv(m: Record<string, unknown>): Record<string, unknown> {
  const env: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) {
    env[k] = v;
    const parts = k.split('.');
    let o = env;
    for (let i = 0; i < parts.length - 1; i++) {
      const cur = o[parts[i]!];
      if (!cur || typeof cur !== 'object') o[parts[i]!] = {};
      o = o[parts[i]!] as Record<string, unknown>;
    }
    if (parts.length > 1) o[parts[parts.length - 1]!] = v;
  }
  return env;
}

/** util/expr/env GetFuncMap: the environment of expression tags and retry expressions. */
export function funcMap(m: Record<string, unknown>): Record<string, unknown> {
  const env = expandEnv(m);
  env.asInt = BUILTINS.int;
  env.asFloat = BUILTINS.float;
  env.toJson = (v: unknown) => JSON.stringify(v);
  // sprig without `env`/`expandenv` (deleted in env.go init): only a few pure helpers here.
  env.sprig = { trim: (s: string) => String(s).trim(), upper: (s: string) => String(s).toUpperCase(), lower: (s: string) => String(s).toLowerCase(), add: (a: number, b: number) => a + b };
  return env;
}
