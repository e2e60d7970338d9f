/**
 * `when` as the v4.1.2 controller evaluates it: `shouldExecute` (workflow/controller/steps.go) parses the
 * already-substituted text with github.com/Knetic/govaluate (v3.0.1-0.20250325060307-7625b7f8c03d), turns every
 * VARIABLE token into a STRING (so `foo != bar` needs no quotes) and requires a boolean result.
 *
 * Ported from govaluate: the lexer (parsing.go readToken, readUntilFalse, isVariableName, isNotAlphanumeric,
 * tryParseTime), the token-transition table (lexerState.go validLexerStates, checkExpressionSyntax), the regex
 * pre-compilation of `=~` operands (parsing.go optimizeTokens), operator precedence (stagePlanner.go) and the
 * type checks of evaluationStage.go (== is reflect.DeepEqual, so '1' != 1; && || need booleans; - * / % need
 * numbers; + adds numbers or concatenates when a string is involved; < > on two numbers or two strings).
 * Not ported: bitwise and shift operators, `**`, functions (Argo passes none, so `f(x)` is "Undefined function"),
 * parameters (Argo passes none: an ACCESSOR token such as `a.B` fails with "No parameter 'a' found.").
 */

type Kind = 'UNKNOWN' | 'PREFIX' | 'NUMERIC' | 'BOOLEAN' | 'STRING' | 'PATTERN' | 'TIME' | 'VARIABLE' | 'FUNCTION' | 'SEPARATOR' | 'ACCESSOR' | 'COMPARATOR' | 'LOGICALOP' | 'MODIFIER' | 'CLAUSE' | 'CLAUSE_CLOSE' | 'TERNARY';
interface Token { kind: Kind; value: unknown }

const VALUES: Kind[] = ['PREFIX', 'NUMERIC', 'BOOLEAN', 'VARIABLE', 'PATTERN', 'FUNCTION', 'ACCESSOR', 'STRING', 'TIME', 'CLAUSE'];
const AFTER_VALUE: Kind[] = ['MODIFIER', 'COMPARATOR', 'LOGICALOP', 'CLAUSE_CLOSE', 'TERNARY', 'SEPARATOR'];
// lexerState.go validLexerStates: kind -> [isEOF, validNextKinds]
const STATES: Record<Kind, [boolean, Kind[]]> = {
  UNKNOWN: [false, VALUES],
  CLAUSE: [false, [...VALUES, 'CLAUSE_CLOSE']],
  CLAUSE_CLOSE: [true, ['COMPARATOR', 'MODIFIER', 'NUMERIC', 'BOOLEAN', 'VARIABLE', 'STRING', 'PATTERN', 'TIME', 'CLAUSE', 'CLAUSE_CLOSE', 'LOGICALOP', 'TERNARY', 'SEPARATOR']],
  NUMERIC: [true, AFTER_VALUE],
  BOOLEAN: [true, AFTER_VALUE],
  STRING: [true, AFTER_VALUE],
  TIME: [true, ['MODIFIER', 'COMPARATOR', 'LOGICALOP', 'CLAUSE_CLOSE', 'SEPARATOR']],
  PATTERN: [true, ['MODIFIER', 'COMPARATOR', 'LOGICALOP', 'CLAUSE_CLOSE', 'SEPARATOR']],
  VARIABLE: [true, AFTER_VALUE],
  MODIFIER: [false, ['PREFIX', 'NUMERIC', 'VARIABLE', 'FUNCTION', 'ACCESSOR', 'STRING', 'BOOLEAN', 'CLAUSE', 'CLAUSE_CLOSE']],
  COMPARATOR: [false, ['PREFIX', 'NUMERIC', 'BOOLEAN', 'VARIABLE', 'FUNCTION', 'ACCESSOR', 'STRING', 'TIME', 'CLAUSE', 'CLAUSE_CLOSE', 'PATTERN']],
  LOGICALOP: [false, ['PREFIX', 'NUMERIC', 'BOOLEAN', 'VARIABLE', 'FUNCTION', 'ACCESSOR', 'STRING', 'TIME', 'CLAUSE', 'CLAUSE_CLOSE']],
  PREFIX: [false, ['NUMERIC', 'BOOLEAN', 'VARIABLE', 'FUNCTION', 'ACCESSOR', 'CLAUSE', 'CLAUSE_CLOSE']],
  TERNARY: [false, ['PREFIX', 'NUMERIC', 'BOOLEAN', 'STRING', 'TIME', 'VARIABLE', 'FUNCTION', 'ACCESSOR', 'CLAUSE', 'SEPARATOR']],
  FUNCTION: [false, ['CLAUSE']],
  ACCESSOR: [true, ['CLAUSE', 'MODIFIER', 'COMPARATOR', 'LOGICALOP', 'CLAUSE_CLOSE', 'TERNARY', 'SEPARATOR']],
  SEPARATOR: [false, ['PREFIX', 'NUMERIC', 'BOOLEAN', 'STRING', 'TIME', 'VARIABLE', 'FUNCTION', 'ACCESSOR', 'CLAUSE']],
};
const PREFIXES = new Set(['-', '!', '~']);
const MODIFIERS = new Set(['+', '-', '*', '/', '%', '**', '&', '|', '^', '>>', '<<']);
const LOGICAL = new Set(['&&', '||']);
const COMPARATORS = new Set(['==', '!=', '>', '>=', '<', '<=', '=~', '!~', 'in']);
const TERNARIES = new Set(['?', ':', '??']);

const isSpace = (c: string) => /\s/u.test(c);
const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => /\p{Nd}/u.test(c);
const isNumeric = (c: string) => isDigit(c) || c === '.';
const isNotQuote = (c: string) => c !== "'" && c !== '"';
const isVariableName = (c: string) => isLetter(c) || isDigit(c) || c === '_' || c === '.';
const isNotAlphanumeric = (c: string) => !(isDigit(c) || isLetter(c) || c === '(' || c === ')' || c === '[' || c === ']' || !isNotQuote(c));

export class GovaluateError extends Error {}

/** parsing.go tryParseTime: quoted strings in these layouts become TIME tokens (compared as instants). */
function tryParseTime(s: string): number | undefined {
  const layouts = [
    /^\d{4}-\d{2}-\d{2}$/,
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?$/,
    /^\d{4}-\d{2}-\d{2}T\d{2}(:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})$/,
  ];
  if (!layouts.some((r) => r.test(s))) return undefined;
  const t = Date.parse(s.includes('T') || s.length === 10 ? s : s.replace(' ', 'T'));
  return Number.isNaN(t) ? undefined : t;
}

function lex(expression: string): Token[] {
  const cs = Array.from(expression);
  let i = 0;
  const out: Token[] = [];
  let state: Kind = 'UNKNOWN';
  // readUntilFalse(includeWhitespace, breakWhitespace, allowEscaping=true, cond)
  const readUntilFalse = (includeWs: boolean, breakWs: boolean, cond: (c: string) => boolean): [string, boolean] => {
    let buf = '';
    while (i < cs.length) {
      let c = cs[i++]!;
      if (c === '\\') {
        c = cs[i++] ?? '';
        buf += c;
        continue;
      }
      if (isSpace(c)) {
        if (breakWs && buf.length > 0) return [buf, true];
        if (!includeWs) continue;
      }
      if (cond(c)) buf += c;
      else {
        i--;
        return [buf, true];
      }
    }
    return [buf, false];
  };
  while (i < cs.length) {
    const c = cs[i++]!;
    if (isSpace(c)) continue;
    let tok: Token;
    if (isNumeric(c)) {
      if (c === '0' && cs[i] === 'x') {
        i++;
        const [hex] = readUntilFalse(false, true, (x) => /[0-9a-fA-F]/.test(x));
        tok = { kind: 'NUMERIC', value: parseInt(hex, 16) };
      } else {
        i--;
        const [num] = readUntilFalse(false, true, isNumeric);
        if (!/^(\d+\.?\d*|\.\d+)$/.test(num)) throw new GovaluateError(`Unable to parse numeric value '${num}' to float64`);
        tok = { kind: 'NUMERIC', value: Number(num) };
      }
    } else if (c === ',') tok = { kind: 'SEPARATOR', value: ',' };
    else if (c === '[') {
      const [v, done] = readUntilFalse(true, false, (x) => x !== ']');
      if (!done) throw new GovaluateError('Unclosed parameter bracket');
      i++;
      tok = { kind: 'VARIABLE', value: v };
    } else if (isLetter(c)) {
      i--;
      const [name] = readUntilFalse(false, true, isVariableName);
      tok = { kind: 'VARIABLE', value: name };
      if (name === 'true' || name === 'false') tok = { kind: 'BOOLEAN', value: name === 'true' };
      if (name === 'in' || name === 'IN') tok = { kind: 'COMPARATOR', value: 'in' };
      if (name.indexOf('.') > 0) {
        if (name.endsWith('.')) throw new GovaluateError(`Hanging accessor on token '${name}'`);
        const parts = name.split('.');
        for (const p of parts.slice(1)) {
          const f = Array.from(p)[0] ?? '';
          if (f.toUpperCase() !== f) throw new GovaluateError(`Unable to access unexported field '${p}' in token '${name}'`);
        }
        tok = { kind: 'ACCESSOR', value: parts };
      }
    } else if (!isNotQuote(c)) {
      const [s, done] = readUntilFalse(true, false, isNotQuote);
      if (!done) throw new GovaluateError('Unclosed string literal');
      i++;
      const t = tryParseTime(s);
      tok = t === undefined ? { kind: 'STRING', value: s } : { kind: 'TIME', value: t };
    } else if (c === '(') tok = { kind: 'CLAUSE', value: '(' };
    else if (c === ')') tok = { kind: 'CLAUSE_CLOSE', value: ')' };
    else {
      i--;
      const [sym] = readUntilFalse(false, true, isNotAlphanumeric);
      if (STATES[state][1].includes('PREFIX') && PREFIXES.has(sym)) tok = { kind: 'PREFIX', value: sym };
      else if (MODIFIERS.has(sym)) tok = { kind: 'MODIFIER', value: sym };
      else if (LOGICAL.has(sym)) tok = { kind: 'LOGICALOP', value: sym };
      else if (COMPARATORS.has(sym)) tok = { kind: 'COMPARATOR', value: sym };
      else if (TERNARIES.has(sym)) tok = { kind: 'TERNARY', value: sym };
      else throw new GovaluateError(`Invalid token: '${sym}'`);
    }
    state = tok.kind;
    out.push(tok);
  }
  let parens = 0;
  for (const t of out) parens += t.kind === 'CLAUSE' ? 1 : t.kind === 'CLAUSE_CLOSE' ? -1 : 0;
  if (parens !== 0) throw new GovaluateError('Unbalanced parenthesis');
  return out;
}

/** lexerState.go checkExpressionSyntax. */
function checkSyntax(tokens: Token[]): void {
  let state: Kind = 'UNKNOWN';
  let last: Token | undefined;
  for (const t of tokens) {
    if (!STATES[state][1].includes(t.kind)) {
      if (last?.kind === 'VARIABLE' && t.kind === 'CLAUSE') throw new GovaluateError(`Undefined function ${String(last.value)}`);
      throw new GovaluateError(`Cannot transition token types from ${state} [${last ? String(last.value) : '<nil>'}] to ${t.kind} [${String(t.value)}]`);
    }
    state = t.kind;
    last = t;
  }
  if (!STATES[state][0]) throw new GovaluateError('Unexpected end of expression');
}

type Val = number | string | boolean | RegExp | Val[] | null;

function typeName(v: Val): string {
  return Array.isArray(v) ? 'array' : v instanceof RegExp ? 'pattern' : typeof v;
}

function evaluate(tokens: Token[]): Val {
  let p = 0;
  const peek = () => tokens[p];
  const isOp = (kind: Kind, ...vals: string[]) => peek()?.kind === kind && vals.includes(peek()!.value as string);
  const num = (v: Val, op: string, what: string): number => {
    if (typeof v !== 'number') throw new GovaluateError(`Value '${String(v)}' cannot be used with the ${what} '${op}', it is not a number`);
    return v;
  };
  const bool = (v: Val, op: string): boolean => {
    if (typeof v !== 'boolean') throw new GovaluateError(`Value '${String(v)}' cannot be used with the logical operator '${op}', it is not a bool`);
    return v;
  };
  const ternary = (): Val => {
    const cond = or();
    if (isOp('TERNARY', '??')) {
      p++;
      const b = ternary();
      return cond === null ? b : cond;
    }
    if (isOp('TERNARY', '?')) {
      p++;
      const a = ternary();
      let b: Val = null;
      if (isOp('TERNARY', ':')) {
        p++;
        b = ternary();
      }
      return cond === true ? a : b;
    }
    return cond;
  };
  const or = (): Val => {
    let a = and();
    while (isOp('LOGICALOP', '||')) {
      p++;
      const b = and();
      a = bool(a, '||') || bool(b, '||');
    }
    return a;
  };
  const and = (): Val => {
    let a = cmp();
    while (isOp('LOGICALOP', '&&')) {
      p++;
      const b = cmp();
      a = bool(a, '&&') && bool(b, '&&');
    }
    return a;
  };
  const cmp = (): Val => {
    let a = add();
    while (peek()?.kind === 'COMPARATOR') {
      const op = tokens[p++]!.value as string;
      const b = add();
      a = compare(op, a, b);
    }
    return a;
  };
  const add = (): Val => {
    let a = mul();
    while (isOp('MODIFIER', '+', '-')) {
      const op = tokens[p++]!.value as string;
      const b = mul();
      if (op === '+' && (typeof a === 'string' || typeof b === 'string')) a = `${String(a)}${String(b)}`;
      else a = op === '+' ? num(a, op, 'modifier') + num(b, op, 'modifier') : num(a, op, 'modifier') - num(b, op, 'modifier');
    }
    return a;
  };
  const mul = (): Val => {
    let a = prefix();
    while (isOp('MODIFIER', '*', '/', '%')) {
      const op = tokens[p++]!.value as string;
      const b = prefix();
      const x = num(a, op, 'modifier');
      const y = num(b, op, 'modifier');
      a = op === '*' ? x * y : op === '/' ? x / y : x % y;
    }
    if (peek()?.kind === 'MODIFIER' && !['+', '-'].includes(peek()!.value as string)) throw new GovaluateError(`operator '${String(peek()!.value)}' is not supported by this port`);
    return a;
  };
  const prefix = (): Val => {
    if (peek()?.kind === 'PREFIX') {
      const op = tokens[p++]!.value as string;
      const v = prefix();
      if (op === '!') {
        if (typeof v !== 'boolean') throw new GovaluateError(`Value '${String(v)}' cannot be used with the prefix '!'`);
        return !v;
      }
      if (op === '-') return -num(v, '-', 'prefix');
      throw new GovaluateError(`prefix '${op}' is not supported by this port`);
    }
    return value();
  };
  const value = (): Val => {
    const t = tokens[p++];
    if (!t) throw new GovaluateError('Unexpected end of expression');
    switch (t.kind) {
      case 'NUMERIC':
      case 'TIME':
        return t.value as number;
      case 'BOOLEAN':
        return t.value as boolean;
      case 'STRING':
      case 'VARIABLE': // Argo's shouldExecute turns VARIABLE into STRING
        return t.value as string;
      case 'PATTERN':
        return t.value as RegExp;
      case 'ACCESSOR':
        throw new GovaluateError(`No parameter '${(t.value as string[])[0]}' found.`);
      case 'CLAUSE': {
        const items: Val[] = [];
        if (peek()?.kind !== 'CLAUSE_CLOSE') items.push(ternary());
        while (peek()?.kind === 'SEPARATOR') {
          p++;
          items.push(ternary());
        }
        p++; // ')'
        return items.length === 1 ? items[0]! : items;
      }
      default:
        throw new GovaluateError(`Unexpected token ${t.kind} [${String(t.value)}]`);
    }
  };
  const v = ternary();
  if (p < tokens.length) throw new GovaluateError(`Unexpected token ${tokens[p]!.kind} [${String(tokens[p]!.value)}]`);
  return v;
}

function deepEqual(a: Val, b: Val): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]!));
  return typeof a === typeof b && a === b;
}

function compare(op: string, a: Val, b: Val): boolean {
  switch (op) {
    case '==':
      return deepEqual(a, b);
    case '!=':
      return !deepEqual(a, b);
    case '=~':
    case '!~': {
      if (typeof a !== 'string') throw new GovaluateError(`Value '${String(a)}' cannot be used with the comparator '${op}', it is not a string`);
      const re = b instanceof RegExp ? b : typeof b === 'string' ? new RegExp(b) : undefined;
      if (!re) throw new GovaluateError(`Value '${String(b)}' cannot be used with the comparator '${op}', it is not a string`);
      return op === '=~' ? re.test(a) : !re.test(a);
    }
    case 'in':
      if (!Array.isArray(b)) throw new GovaluateError(`Value '${String(b)}' cannot be used with the comparator 'in', it is not an array`);
      return b.some((x) => deepEqual(a, x));
    default: {
      const bothNum = typeof a === 'number' && typeof b === 'number';
      const bothStr = typeof a === 'string' && typeof b === 'string';
      if (!bothNum && !bothStr) throw new GovaluateError(`Value '${String(typeName(a) === 'number' ? b : a)}' cannot be used with the comparator '${op}', it is not a number`);
      const x = a as number | string;
      const y = b as number | string;
      return op === '>' ? x > y : op === '>=' ? x >= y : op === '<' ? x < y : x <= y;
    }
  }
}

/**
 * steps.go shouldExecute: "" -> true; parse errors -> "Invalid 'when' expression ..."; a non-boolean result ->
 * "Expected boolean evaluation ...". Returns [proceed, error message].
 */
export function shouldExecute(when: string | undefined): [boolean, string | undefined] {
  if (!when) return [true, undefined];
  let tokens: Token[];
  try {
    tokens = lex(when);
    checkSyntax(tokens);
  } catch (e) {
    const m = (e as Error).message;
    return [false, m.includes('Invalid token') ? `Invalid 'when' expression '${when}': ${m} (hint: try wrapping the affected expression in quotes (")` : `Invalid 'when' expression '${when}': ${m}`];
  }
  // parsing.go optimizeTokens: a STRING right of =~ / !~ is compiled as a regular expression.
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.kind === 'COMPARATOR' && (t.value === '=~' || t.value === '!~') && tokens[i + 1]!.kind === 'STRING') {
      try {
        tokens[i + 1] = { kind: 'PATTERN', value: new RegExp(tokens[i + 1]!.value as string) };
      } catch (e) {
        return [false, `Invalid 'when' expression '${when}': ${(e as Error).message}`];
      }
    }
  }
  let result: Val;
  try {
    result = evaluate(tokens);
  } catch (e) {
    return [false, `Failed to evaluate 'when' expresion '${when}': ${(e as Error).message}`];
  }
  if (typeof result !== 'boolean') return [false, `Expected boolean evaluation for '${when}'. Got ${String(result)}`];
  return [result, undefined];
}
