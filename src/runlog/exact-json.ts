/**
 * Numbers as Python sees them (runnable semantics §4.3, issue 12 item 11).
 *
 * JavaScript has one number type; Python has `int` (unbounded) and `float`. Two cases lose information in a
 * JS number: a float with an integral value (`1.0` becomes `1`, and a shell step would see `1` where
 * runnable passes `1.0`), and an integer beyond 2^53 (`2**70+1` would change). Only those two are kept as an
 * `ExactNumber` (the JSON text, tagged float or int); every other number stays a plain JS number, whose kind
 * is unambiguous (an integral number is an int, any other a float). So tagged values are rare and code that
 * only passes values along never sees them.
 *
 * - Writing: `ExactNumber.toJSON()` returns `JSON.rawJSON(text)`, so every `JSON.stringify` (run log
 *   stores, journal, parameter files handed to python) writes `1.0` / `1180591620717411303425` unchanged.
 * - Reading: `parseJsonExact` uses the reviver's source text (`context.source`) to re-create them.
 * - Both need Node ≥ 22 (`JSON.rawJSON`, reviver source text); on older Node a float stays a number (`1.0`
 *   reads as `1`) and an integer beyond 2^53 is refused with a clear error rather than altered.
 */
import { ValidationError } from '../errors.js';

const hasRawJSON = typeof (JSON as { rawJSON?: unknown }).rawJSON === 'function';
const hasSourceText = (() => {
  try {
    let seen: unknown;
    JSON.parse('1.0', (_k, v, ctx?: { source?: string }) => ((seen = ctx?.source), v));
    return seen === '1.0';
  } catch {
    return false;
  }
})();
/** True when this Node keeps integral floats and big integers exactly through JSON. */
export const EXACT_JSON = hasRawJSON && hasSourceText;

export class ExactNumber {
  /** `float`: an integral float (`1.0`); `int`: an integer beyond ±2^53. */
  readonly kind: 'float' | 'int';
  /** Canonical JSON text: Python's `repr` for floats, the digits for ints. */
  readonly text: string;
  constructor(kind: 'float' | 'int', text: string) {
    this.kind = kind;
    this.text = text;
  }
  valueOf(): number {
    return Number(this.text);
  }
  /** Python's `str()`: `1.0`, `1180591620717411303425`. */
  toString(): string {
    return this.text;
  }
  toJSON(): unknown {
    return hasRawJSON ? (JSON as unknown as { rawJSON(t: string): unknown }).rawJSON(this.text) : Number(this.text);
  }
}

export function isExactNumber(v: unknown): v is ExactNumber {
  return v instanceof ExactNumber;
}

/** Python's `float.__repr__` (shortest round-trip digits; exponent form below 1e-4 and from 1e16). */
export function pyFloatRepr(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const [mant, expText] = n.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let s: string;
  if (exp < -4 || exp >= 16) {
    s = (digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits) + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  } else if (exp >= 0) {
    s = digits.length <= exp + 1 ? digits + '0'.repeat(exp + 1 - digits.length) + '.0' : `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  } else {
    s = '0.' + '0'.repeat(-exp - 1) + digits;
  }
  return neg ? '-' + s : s;
}

/** An integral float that must stay a float (`1.0`). */
export function exactFloat(n: number): ExactNumber | number {
  return Number.isInteger(n) ? new ExactNumber('float', pyFloatRepr(n)) : n;
}

/**
 * The number a JSON/YAML numeric literal denotes, kept exact: `1.0` → ExactNumber float, `2**70+1` digits →
 * ExactNumber int, others → number. Returns an error text when the literal cannot be kept (it under- or
 * overflows, or a big integer on a Node without exact JSON).
 */
export function numberFromLiteral(source: string, value: number): { value: number | ExactNumber } | { error: string } {
  const isFloat = /[.eE]/.test(source) || /^[-+]?\.?(inf|nan)/i.test(source);
  if (isFloat) {
    if (!Number.isFinite(value)) return { error: `${source.trim()} is not a finite number (JSON has no Infinity or NaN)` };
    if (value === 0 && /[1-9]/.test(source.replace(/[eE].*$/, ''))) {
      return { error: `${source.trim()} is too small for a 64-bit float (it would become 0.0); write 0.0 if that is meant` };
    }
    return { value: exactFloat(value) };
  }
  if (Number.isSafeInteger(value)) return { value };
  const digits = source.trim().replace(/^\+/, '').replace(/^(-?)0+(?=\d)/, '$1');
  if (!/^-?\d+$/.test(digits)) return { value };
  if (!EXACT_JSON) return { error: `${digits} is beyond 2^53; this Node.js (${process.version}) cannot keep it exact (Node 22 or later can)` };
  return { value: new ExactNumber('int', digits) };
}

// Worth the reviver's cost only when the text may hold an integral float or a long integer: a number token
// (after `:`, `,`, `[` or at the start) — not digits inside strings such as `m.0.f` or a hash's `1e`.
const MAY_NEED_EXACT = /(?:^|[:,[])\s*-?\d+(?:\.0+(?![0-9])|\.\d{15}|(?:\.\d+)?[eE]|\d{15})/;

/** JSON.parse keeping integral floats and integers beyond 2^53 (see the module comment). */
export function parseJsonExact(text: string): unknown {
  if (!hasSourceText || !MAY_NEED_EXACT.test(text)) return JSON.parse(text);
  return JSON.parse(text, (_k, v: unknown, ctx?: { source?: string }) => {
    if (typeof v !== 'number' || ctx?.source === undefined) return v;
    const r = numberFromLiteral(ctx.source, v);
    return 'value' in r ? r.value : v;
  });
}

/** Like parseJsonExact, but a literal that cannot be kept exactly is a ValidationError naming `what`. */
export function parseJsonExactStrict(text: string, what: string): unknown {
  const problems: string[] = [];
  const out = JSON.parse(text, (_k, v: unknown, ctx?: { source?: string }) => {
    if (typeof v !== 'number') return v;
    if (ctx?.source === undefined) {
      if (!Number.isSafeInteger(v) && Number.isInteger(v) && !/[.eE]/.test(text)) problems.push(`${v} is beyond 2^53 and cannot be kept exact on this Node.js`);
      return v;
    }
    const r = numberFromLiteral(ctx.source, v);
    if ('error' in r) {
      problems.push(r.error);
      return v;
    }
    return r.value;
  });
  if (problems.length) throw new ValidationError([{ file: what, path: '', message: problems[0]! }], what);
  return out;
}

/** Literal text queued by pyJsonDumps (a class, so no user value can be mistaken for it). */
class Raw {
  constructor(readonly text: string) {}
}

/** Python's `json.dumps(value)` with its defaults (`", "`, `": "`, ensure_ascii), as runnable hands values to shell. */
export function pyJsonDumps(value: unknown): string {
  const out: string[] = [];
  // Iterative: values are untrusted and may be deeply nested.
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v instanceof Raw) out.push(v.text);
    else if (v === null || v === undefined) out.push('null');
    else if (typeof v === 'boolean') out.push(v ? 'true' : 'false');
    else if (typeof v === 'number') out.push(Number.isInteger(v) ? (Number.isSafeInteger(v) ? String(v) : BigInt(v).toString()) : pyFloatRepr(v));
    else if (typeof v === 'bigint') out.push(v.toString());
    else if (typeof v === 'string') out.push(pyString(v));
    else if (v instanceof ExactNumber) out.push(v.text);
    else if (Array.isArray(v)) {
      out.push('[');
      stack.push(new Raw(']'));
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push(v[i]);
        if (i > 0) stack.push(new Raw(', '));
      }
    } else if (typeof v === 'object') {
      out.push('{');
      stack.push(new Raw('}'));
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push((v as Record<string, unknown>)[keys[i]!]);
        stack.push(new Raw(pyString(keys[i]!) + ': '));
        if (i > 0) stack.push(new Raw(', '));
      }
    } else out.push(pyString(String(v)));
  }
  return out.join('');
}

/** A string as json.dumps writes it with ensure_ascii: every character outside ' '..'~' escaped. */
function pyString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c >= 0x20 && c <= 0x7e) out += s[i];
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else out += '\\u' + c.toString(16).padStart(4, '0');
  }
  return out + '"';
}
