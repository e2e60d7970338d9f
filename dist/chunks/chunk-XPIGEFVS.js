import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/builtins.ts
var builtin = /* @__PURE__ */ __name((id) => process.getBuiltinModule(id), "builtin");
var nodeCrypto = /* @__PURE__ */ __name(() => builtin("node:crypto"), "nodeCrypto");
var nodeChildProcess = /* @__PURE__ */ __name(() => builtin("node:child_process"), "nodeChildProcess");

export {
  builtin,
  nodeCrypto,
  nodeChildProcess
};
