import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/pipeline/did-you-mean.ts
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}
__name(distance, "distance");
function didYouMean(word, candidates) {
  if (word.length > 200) return void 0;
  const norm = /* @__PURE__ */ __name((w) => w.toLowerCase().replace(/_/g, "-"), "norm");
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === word || Math.abs(c.length - word.length) > bestD || c.length > 200) continue;
    const dd = distance(norm(word), norm(c));
    if (dd < bestD) {
      best = c;
      bestD = dd;
    }
  }
  return best !== void 0 && bestD < word.length && bestD <= Math.max(1, Math.floor(Math.max(word.length, best.length) / 3)) ? best : void 0;
}
__name(didYouMean, "didYouMean");
function suggestion(word, candidates) {
  const hint = didYouMean(word, candidates);
  return hint ? `; did you mean '${hint}'?` : "";
}
__name(suggestion, "suggestion");

// src/pipeline/zod-issues.ts
function show(v) {
  if (v === null || v === void 0) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `'${v.length > 60 ? v.slice(0, 57) + "..." : v}'`;
  return String(v);
}
__name(show, "show");
var EXPECTED = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "a boolean (true or false)",
  object: "a mapping",
  record: "a mapping",
  array: "a list",
  null: "null"
};
function pathText(path) {
  return path.map(String).join(".");
}
__name(pathText, "pathText");
function defOf(s) {
  return s?._zod?.def;
}
__name(defOf, "defOf");
var spellings = /* @__PURE__ */ new WeakMap();
function renamesKeys(preprocess, spelling) {
  spellings.set(preprocess, spelling);
  return preprocess;
}
__name(renamesKeys, "renamesKeys");
function unwrap(s, found) {
  for (let guard = 0; guard < 20; guard++) {
    const d = defOf(s);
    if (!d) return s;
    if (["optional", "default", "prefault", "nullable", "readonly", "catch", "nonoptional"].includes(d.type)) s = d.innerType;
    else if (d.type === "pipe") {
      const pre = defOf(d.in)?.type === "transform";
      if (pre && found) found.spelling = spellings.get(d.in) ?? found.spelling;
      s = pre ? d.out : d.in;
    } else if (d.type === "lazy") s = d.getter();
    else return s;
  }
  return s;
}
__name(unwrap, "unwrap");
function child(s, seg) {
  const d = defOf(s);
  if (!d) return void 0;
  if (d.type === "object") return d.shape[seg];
  if (d.type === "array") return d.element;
  if (d.type === "record") return d.valueType;
  return void 0;
}
__name(child, "child");
function schemaAt(schema, path) {
  let s = unwrap(schema);
  for (const seg of path) {
    s = child(s, seg);
    if (s === void 0) return void 0;
    s = unwrap(s);
  }
  return s;
}
__name(schemaAt, "schemaAt");
function isRecord(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
__name(isRecord, "isRecord");
function writtenOtherwise(obj, spelling) {
  return !!spelling && isRecord(obj) && Object.keys(obj).some((k) => spelling.schemaKey(k) !== k);
}
__name(writtenOtherwise, "writtenOtherwise");
function writtenPath(schema, data, path) {
  const found = {};
  let s = unwrap(schema, found);
  let cur = data;
  let otherwise = writtenOtherwise(cur, found.spelling);
  const out = [];
  for (const seg of path) {
    const spelling = found.spelling;
    let key = seg;
    if (typeof seg === "string" && spelling && isRecord(cur) && !Object.hasOwn(cur, seg)) {
      const written = Object.keys(cur).find((k) => spelling.schemaKey(k) === seg);
      key = written ?? (otherwise ? spelling.spell(seg) : seg);
    }
    out.push(key);
    cur = cur !== null && typeof cur === "object" && Object.hasOwn(cur, key) ? cur[key] : void 0;
    found.spelling = void 0;
    s = child(s, seg);
    s = s === void 0 ? void 0 : unwrap(s, found);
    otherwise ||= writtenOtherwise(cur, found.spelling);
  }
  return { path: out, value: cur, otherwise, ...found.spelling ? { spelling: found.spelling } : {} };
}
__name(writtenPath, "writtenPath");
function objectKeysAt(schema, path) {
  const d = defOf(schemaAt(schema, path));
  if (d?.type === "object") return Object.keys(d.shape);
  return void 0;
}
__name(objectKeysAt, "objectKeysAt");
function isInt(s) {
  const d = defOf(s);
  return d?.type === "number" && typeof d.format === "string" && d.format.includes("int");
}
__name(isInt, "isInt");
function isIntAt(schema, path) {
  return isInt(schemaAt(schema, path));
}
__name(isIntAt, "isIntAt");
function unionKinds(iss, schema, rel) {
  const errors = iss.errors;
  const options = defOf(schemaAt(schema, rel))?.options;
  if (!errors?.length || options?.length !== errors.length) return void 0;
  const kinds = [];
  for (const [i, errs] of errors.entries()) {
    const e = errs[0];
    if (errs.length !== 1 || e?.code !== "invalid_type" || e.path.length) return void 0;
    const kind = isInt(unwrap(options[i])) ? EXPECTED.int : EXPECTED[e.expected];
    if (!kind) return void 0;
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}
__name(unionKinds, "unionKinds");
function commonMistake(code, rel, input) {
  const n = rel.length;
  if (code === "invalid_type" && n >= 2 && rel[n - 2] === "returns" && typeof rel[n - 1] === "number" && typeof input === "string") {
    return `expected a mapping {name, kind}, got the bare string '${input}' (in YAML write '- name: ${input}')`;
  }
  return void 0;
}
__name(commonMistake, "commonMistake");
function issueAt(doc, path, which, message) {
  const pos = doc.locate(path, which);
  return { file: doc.file, ...pos ?? {}, path: pathText(path), message };
}
__name(issueAt, "issueAt");
function fromZod(error, data, ctx) {
  const out = [];
  for (const iss of error.issues) {
    const rel = iss.path;
    const written = writtenPath(ctx.schema, data, rel);
    const path = [...ctx.base, ...written.path];
    const input = written.value;
    const better = ctx.rewrite?.(iss.code, rel, input) ?? commonMistake(iss.code, rel, input);
    if (better !== void 0) {
      out.push(issueAt(ctx.doc, path, iss.code === "unrecognized_keys" ? "key" : "value", better));
      continue;
    }
    switch (iss.code) {
      case "unrecognized_keys": {
        const allowed = objectKeysAt(ctx.schema, rel);
        const where = rel.length === 0 && ctx.label ? ` for ${ctx.label}` : "";
        const spelling = written.spelling;
        for (const schemaKey of iss.keys) {
          const key = isRecord(input) && spelling && Object.keys(input).find((k) => spelling.schemaKey(k) === schemaKey) || schemaKey;
          const snakeLike = spelling && (spelling.schemaKey(key) !== key || written.otherwise);
          const shown = allowed && snakeLike ? allowed.map(spelling.spell) : allowed;
          const list = !shown ? "" : shown.length ? ` (expected one of: ${shown.join(", ")})` : " (it takes no settings)";
          out.push(issueAt(ctx.doc, [...path, key], "key", `unknown field '${key}'${where}${list}${shown ? suggestion(key, shown) : ""}`));
        }
        break;
      }
      case "invalid_type": {
        if (input === void 0 && rel.length > 0) {
          out.push(issueAt(ctx.doc, path, "key", `missing required field '${String(path[path.length - 1])}'`));
        } else {
          const exp = iss.expected === "number" && isIntAt(ctx.schema, rel) ? EXPECTED.int : EXPECTED[iss.expected] ?? iss.expected;
          out.push(issueAt(ctx.doc, path, "value", `expected ${exp}, got ${show(input)}`));
        }
        break;
      }
      case "too_small":
      case "too_big": {
        const small = iss.code === "too_small";
        const limit = small ? iss.minimum : iss.maximum;
        const inclusive = iss.inclusive !== false;
        let message;
        if (iss.origin === "string") message = small && Number(limit) === 1 ? "must not be empty" : `expected ${small ? "at least" : "at most"} ${limit} characters`;
        else if (iss.origin === "array" || iss.origin === "set") message = `expected ${small ? "at least" : "at most"} ${limit} item${Number(limit) === 1 ? "" : "s"}`;
        else {
          const op = small ? inclusive ? ">=" : ">" : inclusive ? "<=" : "<";
          const kind = isIntAt(ctx.schema, rel) ? "an integer" : "a number";
          message = `expected ${kind} ${op} ${limit}, got ${show(input)}`;
        }
        out.push(issueAt(ctx.doc, path, "value", message));
        break;
      }
      case "invalid_value": {
        const values = iss.values.map((v) => v === "" ? "''" : String(v));
        out.push(issueAt(ctx.doc, path, "value", `expected one of ${values.join(", ")}, got ${show(input)}`));
        break;
      }
      case "invalid_union": {
        const kinds = unionKinds(iss, ctx.schema, rel);
        out.push(issueAt(ctx.doc, path, "value", kinds ? `expected ${kinds.join(" or ")}, got ${show(input)}` : `unexpected value ${show(input)}`));
        break;
      }
      default:
        out.push(issueAt(ctx.doc, path, "value", iss.message));
    }
  }
  return out;
}
__name(fromZod, "fromZod");

// src/pipeline/own.ts
function setOwn(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
__name(setOwn, "setOwn");

export {
  didYouMean,
  suggestion,
  show,
  renamesKeys,
  issueAt,
  fromZod,
  setOwn
};
