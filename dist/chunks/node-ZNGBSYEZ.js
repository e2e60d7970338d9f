import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  NodeTaskRunner,
  clearNodeFunctionCache
} from "./chunk-R4PNPPDZ.js";
import {
  parseNodeCommand
} from "./chunk-PCUZOW5B.js";
import "./chunk-V5ESWFNP.js";
import "./chunk-UIY5SQFO.js";
import "./chunk-XLPE4YQW.js";
import "./chunk-PLZJZI5H.js";
import "./chunk-MJ76RE7C.js";
import "./chunk-QCNQW5RI.js";
import "./chunk-BE7DVOBU.js";
export {
  NodeTaskRunner,
  clearNodeFunctionCache,
  parseNodeCommand
};
