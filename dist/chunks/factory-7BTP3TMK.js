import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  DEFAULT_DOTENV_LOCATION,
  createSecrets
} from "./chunk-TU3SHAEV.js";
import "./chunk-OGUTMSD4.js";
import "./chunk-DBM6YPFC.js";
import "./chunk-RC356JGB.js";
import "./chunk-QCNQW5RI.js";
import "./chunk-CEW4VOZA.js";
import "./chunk-CT3XUUCV.js";
import "./chunk-WS4LT53I.js";
import "./chunk-BE7DVOBU.js";
export {
  DEFAULT_DOTENV_LOCATION,
  createSecrets
};
