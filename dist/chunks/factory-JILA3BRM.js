import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  DEFAULT_DOTENV_LOCATION,
  createSecrets
} from "./chunk-OCQZL2RZ.js";
import "./chunk-JOHAO7GC.js";
import "./chunk-I2DKYVKR.js";
import "./chunk-GM346DFL.js";
import "./chunk-TB6ELACF.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-5ZSI4MSI.js";
import "./chunk-EYBPC3VO.js";
import "./chunk-FU2N2APZ.js";
import "./chunk-4SJQHH4G.js";
export {
  DEFAULT_DOTENV_LOCATION,
  createSecrets
};
