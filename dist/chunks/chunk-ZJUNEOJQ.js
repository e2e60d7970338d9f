import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/secrets/mask.ts
var MASK = "***";
var MIN_SECRET_LENGTH = 4;
var MIN_BASE64_LENGTH = 6;
function base64Forms(value) {
  const bytes = Buffer.from(value, "utf8");
  const out = [bytes.toString("base64")];
  for (let shift = 0; shift < 3; shift++) {
    const enc = Buffer.concat([Buffer.alloc(shift), bytes]).toString("base64");
    const start = shift === 0 ? 0 : shift + 1;
    const total = shift + bytes.length;
    const end = Math.floor(total / 3) * 4 + total % 3;
    const core = enc.slice(start, end);
    if (core.length >= MIN_BASE64_LENGTH) {
      out.push(core);
      const url = core.replace(/\+/g, "-").replace(/\//g, "_");
      if (url !== core) out.push(url);
    }
  }
  return out;
}
__name(base64Forms, "base64Forms");
function secretForms(value) {
  const forms = /* @__PURE__ */ new Set();
  const add = /* @__PURE__ */ __name((s) => {
    if (s.length >= MIN_SECRET_LENGTH) forms.add(s);
  }, "add");
  if (value.length < MIN_SECRET_LENGTH) return [];
  add(value);
  if (/[\r\n]/.test(value)) {
    for (const line of value.split(/\r\n|\r|\n/)) add(line.trim());
  }
  const json = JSON.stringify(value).slice(1, -1);
  if (json !== value) add(json);
  for (const b of base64Forms(value)) forms.add(b);
  return [...forms].sort((a, b) => b.length - a.length);
}
__name(secretForms, "secretForms");
var Masker = class {
  static {
    __name(this, "Masker");
  }
  values;
  forms = [];
  /** Any form at all: one scan of text that holds no secret (most output), instead of one per form. */
  any;
  builtFor = 0;
  constructor(values) {
    this.values = values instanceof Set ? values : new Set(values ?? []);
  }
  /** Adds a value (ignored when too short); true when it was new. */
  add(value) {
    if (typeof value !== "string" || value.length < MIN_SECRET_LENGTH || this.values.has(value)) return false;
    this.values.add(value);
    return true;
  }
  get size() {
    return this.values.size;
  }
  /** The values (not their forms), e.g. to register with the runner. */
  list() {
    return [...this.values];
  }
  mask(text) {
    if (this.values.size === 0 || !text) return text;
    if (this.builtFor !== this.values.size) this.build();
    if (!this.any || !this.any.test(text)) return text;
    let out = text;
    for (const f of this.forms) if (out.includes(f)) out = out.split(f).join(MASK);
    return out;
  }
  build() {
    const all = /* @__PURE__ */ new Set();
    for (const v of this.values) for (const f of secretForms(v)) all.add(f);
    this.forms = [...all].sort((a, b) => b.length - a.length);
    this.any = this.forms.length ? new RegExp(this.forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")) : void 0;
    this.builtFor = this.values.size;
  }
};
function maskText(text, values) {
  if (!values || !text) return text;
  return new Masker(values).mask(text);
}
__name(maskText, "maskText");

export {
  MIN_SECRET_LENGTH,
  secretForms,
  Masker,
  maskText
};
