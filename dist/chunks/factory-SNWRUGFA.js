import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  DEFAULT_DOTENV_LOCATION,
  SECRETS_TYPES,
  createSecrets
} from "./chunk-UDGWJ7K2.js";
import "./chunk-76PYVSZN.js";
import "./chunk-GZ5IOZKF.js";
import "./chunk-K22HHINW.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-4SJQHH4G.js";
export {
  DEFAULT_DOTENV_LOCATION,
  SECRETS_TYPES,
  createSecrets
};
