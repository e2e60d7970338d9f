import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  readRegularFileSync
} from "./chunk-JOHAO7GC.js";
import {
  buildService
} from "./chunk-A5QB3JT3.js";
import {
  InputFileError,
  SecretNotFoundError
} from "./chunk-I4ZUIMKY.js";
import {
  __commonJS,
  __name,
  __require,
  __toESM
} from "./chunk-4SJQHH4G.js";

// node_modules/dotenv/dist/index.cjs
var require_dist = __commonJS({
  "node_modules/dotenv/dist/index.cjs"(exports, module) {
    "use strict";
    var j = /* @__PURE__ */ __name((e, n) => () => {
      try {
        return n || e((n = { exports: {} }).exports, n), n.exports;
      } catch (t) {
        throw n = 0, t;
      }
    }, "j");
    var R = j((Z, N) => {
      function T(e) {
        return typeof e == "string" ? !["false", "0", "no", "off", ""].includes(e.toLowerCase()) : !!e;
      }
      __name(T, "T");
      function U(e = process.env) {
        let n = {};
        for (let t of ["ENCODING", "PATH", "QUIET", "DEBUG", "OVERRIDE", "FAST"]) {
          let r = e[`DOTENV_${t}`] != null ? e[`DOTENV_${t}`] : e[`DOTENV_CONFIG_${t}`];
          r != null && (n[t.toLowerCase()] = t === "ENCODING" || t === "PATH" ? r : T(r));
        }
        return n;
      }
      __name(U, "U");
      N.exports = { parseBoolean: T, optionsFromEnv: U };
    });
    var P = j((ee, b) => {
      var F = __require("fs"), _ = __require("path"), B = __require("os"), { URL: L, fileURLToPath: Q } = __require("url"), { parseBoolean: $, optionsFromEnv: I } = R(), G = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg, y = new Uint8Array(256);
      for (let e = 48; e <= 57; e++) y[e] = 1;
      for (let e = 65; e <= 90; e++) y[e] = 1;
      for (let e = 97; e <= 122; e++) y[e] = 1;
      y[45] = 1;
      y[46] = 1;
      y[95] = 1;
      function H(e) {
        let n = {}, t = e.toString();
        t = t.replace(/\r\n?/mg, `
`);
        let r;
        for (; (r = G.exec(t)) != null; ) {
          let o = r[1], i = r[2] || "";
          i = i.trim();
          let c = i[0];
          i = i.replace(/^(['"`])([\s\S]*)\1$/mg, "$2"), c === '"' && (i = i.replace(/\\n/g, `
`), i = i.replace(/\\r/g, "\r")), n[o] = i;
        }
        return n;
      }
      __name(H, "H");
      function g(e) {
        return e <= 32 ? e === 32 || e >= 9 && e <= 13 : e >= 160 && (e === 160 || e === 5760 || e >= 8192 && e <= 8202 || e === 8232 || e === 8233 || e === 8239 || e === 8287 || e === 12288 || e === 65279);
      }
      __name(g, "g");
      function O(e) {
        return e === 10 || e === 8232 || e === 8233;
      }
      __name(O, "O");
      function V(e) {
        let n = {}, t = typeof e == "string" ? e : e.toString();
        t.indexOf("\r") !== -1 && (t = t.replace(/\r\n?/g, `
`));
        let r = t.length, o = 0;
        for (; o < r; ) {
          let i = t.charCodeAt(o);
          for (; o < r && g(i); ) o++, i = t.charCodeAt(o);
          if (o >= r) break;
          if (i === 35) {
            for (; o < r && !O(t.charCodeAt(o)); ) o++;
            continue;
          }
          let c = -1;
          if (i === 101 && o + 6 < r && t.charCodeAt(o + 1) === 120 && t.charCodeAt(o + 2) === 112 && t.charCodeAt(o + 3) === 111 && t.charCodeAt(o + 4) === 114 && t.charCodeAt(o + 5) === 116) {
            let u = t.charCodeAt(o + 6);
            if (g(u)) {
              let s = o + 7;
              for (; s < r && g(t.charCodeAt(s)); ) s++;
              y[t.charCodeAt(s)] && (c = o + 6, o = s);
            } else i = t.charCodeAt(o);
          }
          let E = o, p = 0;
          for (; o < r && (p = t.charCodeAt(o), y[p]); ) o++;
          if (o === E) {
            for (; o < r && !O(t.charCodeAt(o)); ) o++;
            continue;
          }
          let k = t.slice(E, o), D = o;
          if (o >= r && (p = 0), g(p)) do
            o++, p = o < r ? t.charCodeAt(o) : 0;
          while (g(p));
          if (p === 61) o++;
          else if (p === 58 && o === D && o + 1 < r && g(t.charCodeAt(o + 1))) o += 2;
          else {
            for (o = c === -1 ? D : c; o < r && !O(t.charCodeAt(o)); ) o++;
            continue;
          }
          let d = o, l = o;
          for (; l < r && g(t.charCodeAt(l)); ) l++;
          let C = t.charCodeAt(l), a, q = false;
          if (C === 39 || C === 34 || C === 96) {
            let u = t[l], s = t.indexOf(u, l + 1), f = -1, h = -1;
            for (; s !== -1; ) {
              let x = t.charCodeAt(s - 1) === 92, w = s + 1;
              for (; w < r && !O(t.charCodeAt(w)) && g(t.charCodeAt(w)); ) w++;
              if ((w === r || O(t.charCodeAt(w)) || t.charCodeAt(w) === 35) && (f = s, h = w), !x) break;
              s = t.indexOf(u, s + 1);
            }
            if (f !== -1) {
              if (a = t.slice(l + 1, f), o = h, t.charCodeAt(o) === 35) for (; o < r && !O(t.charCodeAt(o)); ) o++;
              q = true;
            }
          }
          if (!q) {
            let u = t.indexOf(`
`, d);
            u === -1 && (u = r);
            let s;
            if (r < 4096) s = t.indexOf("#", d), (s === -1 || s > u) && (s = u);
            else for (s = d; s < u && t.charCodeAt(s) !== 35; ) s++;
            let f = d, h = s;
            for (; f < h && g(t.charCodeAt(f)); ) f++;
            for (; h > f && g(t.charCodeAt(h - 1)); ) h--;
            let x = t.charCodeAt(f);
            if (a = t.slice(f, h), a.includes("\u2028") || a.includes("\u2029") ? a = a.replace(/^(['"`])([\s\S]*)\1$/mg, "$2") : h - f >= 2 && (x === 39 || x === 34 || x === 96) && t.charCodeAt(h - 1) === x && (a = t.slice(f + 1, h - 1)), o = s, s < u) for (; o < r && !O(t.charCodeAt(o)); ) o++;
          }
          C === 34 && (q || l < o) && a.indexOf("\\") !== -1 && (a = a.replace(/\\n/g, `
`).replace(/\\r/g, "\r")), n[k] = a;
        }
        return n;
      }
      __name(V, "V");
      function J(e, n) {
        return n && $(n.fast) ? V(e) : H(e);
      }
      __name(J, "J");
      function v(e) {
        console.log(`\u2506 ${e}`);
      }
      __name(v, "v");
      function W(e) {
        console.error(`\u25C7 ${e}`);
      }
      __name(W, "W");
      function S(e) {
        return e[0] === "~" ? _.join(B.homedir(), e.slice(1)) : e;
      }
      __name(S, "S");
      function K(e = {}) {
        let n = { ...e };
        for (let t of Object.keys(n)) n[t] === void 0 && delete n[t];
        return { ...I(), ...n };
      }
      __name(K, "K");
      function M(e) {
        e = K(e);
        let n = _.resolve(process.cwd(), ".env"), t = "utf8", r = process.env;
        e && e.processEnv != null && (r = e.processEnv);
        let o = $(e && e.debug);
        e && e.encoding ? t = e.encoding : o && v("no encoding is specified (UTF-8 is used by default)");
        let i = [n];
        if (e && e.path) if (!Array.isArray(e.path)) i = [S(e.path)];
        else {
          i = [];
          for (let d of e.path) i.push(S(d));
        }
        let c, E = {}, p = { fast: e.fast };
        for (let d of i) try {
          let l = A.parse(F.readFileSync(d, { encoding: t }), p);
          A.populate(E, l, e);
        } catch (l) {
          o && v(`failed to load ${d} ${l.message}`), c = l;
        }
        let k = A.populate(r, E, e), D = $(Object.prototype.hasOwnProperty.call(e, "quiet") ? e.quiet : I(r).quiet);
        if (o || !D) {
          let d = Object.keys(k).length, l = [];
          for (let C of i) try {
            let a = _.relative(process.cwd(), C instanceof L ? Q(C) : C);
            l.push(a);
          } catch (a) {
            o && v(`failed to load ${C} ${a.message}`), c = a;
          }
          W(`injected env (${d}) from ${l.join(",")}`);
        }
        return c ? { parsed: E, error: c } : { parsed: E };
      }
      __name(M, "M");
      function Y(e) {
        return A.configDotenv(e);
      }
      __name(Y, "Y");
      function z(e, n, t = {}) {
        let r = $(t && t.debug), o = $(t && t.override), i = {};
        if (e === null || typeof e != "object" || n === null || typeof n != "object") {
          let c = new Error("OBJECT_REQUIRED: Please check the processEnv argument being passed to populate");
          throw c.code = "OBJECT_REQUIRED", c;
        }
        for (let c of Object.keys(n)) Object.prototype.hasOwnProperty.call(e, c) ? (o === true && (e[c] = n[c], i[c] = n[c]), r && v(o === true ? `"${c}" is already defined and WAS overwritten` : `"${c}" is already defined and was NOT overwritten`)) : (e[c] = n[c], i[c] = n[c]);
        return i;
      }
      __name(z, "z");
      var A = { configDotenv: M, config: Y, parse: J, populate: z };
      b.exports.configDotenv = A.configDotenv;
      b.exports.config = A.config;
      b.exports.parse = A.parse;
      b.exports.populate = A.populate;
      b.exports = A;
    });
    var m = P();
    module.exports = m;
    module.exports.config = m.config;
    module.exports.configDotenv = m.configDotenv;
    module.exports.parse = m.parse;
    module.exports.populate = m.populate;
  }
});

// src/secrets/factory.ts
import path from "node:path";

// src/secrets/do-nothing.ts
var DoNothingSecrets = class {
  static {
    __name(this, "DoNothingSecrets");
  }
  kind = "do-nothing";
  describe() {
    return "do-nothing secrets (every secret is empty)";
  }
  async get(_name) {
    return "";
  }
};

// src/secrets/dotenv.ts
var import_dotenv = __toESM(require_dist(), 1);
var DotenvSecrets = class _DotenvSecrets {
  static {
    __name(this, "DotenvSecrets");
  }
  kind = "dotenv";
  /** Absolute path of the dotenv file. */
  file;
  /** A dotenv file is a handful of lines; the cap is the one every input file has. */
  static MAX_BYTES = 1024 * 1024;
  values;
  loadError;
  constructor(file) {
    this.file = file;
  }
  describe() {
    return `dotenv file ${this.file}`;
  }
  load() {
    if (this.values || this.loadError) return this.values;
    try {
      const read = readRegularFileSync(this.file, _DotenvSecrets.MAX_BYTES);
      if (read.tooLarge !== void 0) this.loadError = `which is larger than the ${_DotenvSecrets.MAX_BYTES / 1024 / 1024} MiB limit`;
      else this.values = import_dotenv.default.parse(read.data);
    } catch (err) {
      const e = err instanceof InputFileError ? err.cause : err;
      if (e?.code === "ENOENT") this.loadError = "which does not exist";
      else this.loadError = `which cannot be read (${err instanceof InputFileError ? err.message.slice(`cannot read ${this.file}: `.length) : e?.code ?? String(err)})`;
    }
    return this.values;
  }
  async get(name) {
    const values = this.load();
    if (!values) throw new SecretNotFoundError(name, `${this.describe()}, ${this.loadError}`);
    if (!Object.prototype.hasOwnProperty.call(values, name)) throw new SecretNotFoundError(name, this.describe());
    return values[name];
  }
};

// src/secrets/env.ts
var EnvSecrets = class {
  static {
    __name(this, "EnvSecrets");
  }
  kind;
  env;
  constructor(env, kind = "env-secrets") {
    this.env = env;
    this.kind = kind;
  }
  describe() {
    return "the runner's environment variables";
  }
  async get(name) {
    const value = Object.prototype.hasOwnProperty.call(this.env, name) ? this.env[name] : void 0;
    if (value === void 0) throw new SecretNotFoundError(name, this.describe());
    return value;
  }
};

// src/secrets/factory.ts
var DEFAULT_DOTENV_LOCATION = ".env";
var SECRETS = {
  "do-nothing": /* @__PURE__ */ __name(() => new DoNothingSecrets(), "do-nothing"),
  "env-secrets": /* @__PURE__ */ __name((_o, ctx) => new EnvSecrets(ctx.env), "env-secrets"),
  dotenv: /* @__PURE__ */ __name((o, ctx) => new DotenvSecrets(path.resolve(ctx.cwd, o.location)), "dotenv")
};
function createSecrets(cfg, cwd, env) {
  return buildService("secrets", cfg, SECRETS, { cwd, env });
}
__name(createSecrets, "createSecrets");

export {
  DEFAULT_DOTENV_LOCATION,
  createSecrets
};
