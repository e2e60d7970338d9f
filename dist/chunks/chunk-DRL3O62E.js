import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/runlog/exact-json.ts
var hasRawJSON = typeof JSON.rawJSON === "function";
var hasSourceText = (() => {
  try {
    let seen;
    JSON.parse("1.0", (_k, v, ctx) => (seen = ctx?.source, v));
    return seen === "1.0";
  } catch {
    return false;
  }
})();
var EXACT_JSON = hasRawJSON && hasSourceText;
var ExactNumber = class {
  static {
    __name(this, "ExactNumber");
  }
  /** `float`: an integral float (`1.0`); `int`: an integer beyond ±2^53. */
  kind;
  /** Canonical JSON text: Python's `repr` for floats, the digits for ints. */
  text;
  constructor(kind, text) {
    this.kind = kind;
    this.text = text;
  }
  valueOf() {
    return Number(this.text);
  }
  /** Python's `str()`: `1.0`, `1180591620717411303425`. */
  toString() {
    return this.text;
  }
  toJSON() {
    return hasRawJSON ? JSON.rawJSON(this.text) : Number(this.text);
  }
};
function isExactNumber(v) {
  return v instanceof ExactNumber;
}
__name(isExactNumber, "isExactNumber");
function pyFloatRepr(n) {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Infinity";
  if (n === -Infinity) return "-Infinity";
  if (n === 0) return Object.is(n, -0) ? "-0.0" : "0.0";
  const [mant, expText] = n.toExponential().split("e");
  const exp = Number(expText);
  const neg = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  let s;
  if (exp < -4 || exp >= 16) {
    s = (digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits) + "e" + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  } else if (exp >= 0) {
    s = digits.length <= exp + 1 ? digits + "0".repeat(exp + 1 - digits.length) + ".0" : `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  } else {
    s = "0." + "0".repeat(-exp - 1) + digits;
  }
  return neg ? "-" + s : s;
}
__name(pyFloatRepr, "pyFloatRepr");
function exactFloat(n) {
  return Number.isInteger(n) ? new ExactNumber("float", pyFloatRepr(n)) : n;
}
__name(exactFloat, "exactFloat");
function numberFromLiteral(source, value) {
  const isFloat = /[.eE]/.test(source) || /^[-+]?\.?(inf|nan)/i.test(source);
  if (isFloat) {
    if (!Number.isFinite(value)) return { error: `${source.trim()} is not a finite number (JSON has no Infinity or NaN)` };
    if (value === 0 && /[1-9]/.test(source.replace(/[eE].*$/, ""))) {
      return { error: `${source.trim()} is too small for a 64-bit float (it would become 0.0); write 0.0 if that is meant` };
    }
    return { value: exactFloat(value) };
  }
  if (Number.isSafeInteger(value)) return { value };
  const digits = source.trim().replace(/^\+/, "").replace(/^(-?)0+(?=\d)/, "$1");
  if (!/^-?\d+$/.test(digits)) return { value };
  if (!EXACT_JSON) return { error: `${digits} is beyond 2^53; this Node.js (${process.version}) cannot keep it exact (Node 22 or later can)` };
  return { value: new ExactNumber("int", digits) };
}
__name(numberFromLiteral, "numberFromLiteral");
var MAY_NEED_EXACT = /(?:^|[:,[])\s*-?\d+(?:\.0+(?![0-9])|\.\d{15}|(?:\.\d+)?[eE]|\d{15})/;
function parseJsonExact(text) {
  if (!hasSourceText || !MAY_NEED_EXACT.test(text)) return JSON.parse(text);
  return JSON.parse(text, (_k, v, ctx) => {
    if (typeof v !== "number" || ctx?.source === void 0) return v;
    const r = numberFromLiteral(ctx.source, v);
    return "value" in r ? r.value : v;
  });
}
__name(parseJsonExact, "parseJsonExact");
var Raw = class {
  constructor(text) {
    this.text = text;
  }
  text;
  static {
    __name(this, "Raw");
  }
};
function pyJsonDumps(value) {
  const out = [];
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v instanceof Raw) out.push(v.text);
    else if (v === null || v === void 0) out.push("null");
    else if (typeof v === "boolean") out.push(v ? "true" : "false");
    else if (typeof v === "number") out.push(Number.isInteger(v) ? Number.isSafeInteger(v) ? String(v) : BigInt(v).toString() : pyFloatRepr(v));
    else if (typeof v === "bigint") out.push(v.toString());
    else if (typeof v === "string") out.push(pyString(v));
    else if (v instanceof ExactNumber) out.push(v.text);
    else if (Array.isArray(v)) {
      out.push("[");
      stack.push(new Raw("]"));
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push(v[i]);
        if (i > 0) stack.push(new Raw(", "));
      }
    } else if (typeof v === "object") {
      out.push("{");
      stack.push(new Raw("}"));
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push(v[keys[i]]);
        stack.push(new Raw(pyString(keys[i]) + ": "));
        if (i > 0) stack.push(new Raw(", "));
      }
    } else out.push(pyString(String(v)));
  }
  return out.join("");
}
__name(pyJsonDumps, "pyJsonDumps");
function pyString(s) {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) out += '\\"';
    else if (c === 92) out += "\\\\";
    else if (c >= 32 && c <= 126) out += s[i];
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else out += "\\u" + c.toString(16).padStart(4, "0");
  }
  return out + '"';
}
__name(pyString, "pyString");

export {
  isExactNumber,
  numberFromLiteral,
  parseJsonExact,
  pyJsonDumps
};
