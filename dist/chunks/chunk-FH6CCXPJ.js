import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-BE7DVOBU.js";

// src/builtins.ts
var builtin = /* @__PURE__ */ __name((id) => process.getBuiltinModule(id), "builtin");
var nodeCrypto = /* @__PURE__ */ __name(() => builtin("node:crypto"), "nodeCrypto");
var nodeFsPromises = /* @__PURE__ */ __name(() => builtin("node:fs/promises"), "nodeFsPromises");
var nodeChildProcess = /* @__PURE__ */ __name(() => builtin("node:child_process"), "nodeChildProcess");

export {
  builtin,
  nodeCrypto,
  nodeFsPromises,
  nodeChildProcess
};
