import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  DEFAULT_DOTENV_LOCATION,
  SECRETS_TYPES,
  createSecrets
} from "./chunk-7PJZ2WR4.js";
import "./chunk-TX3ZFVC5.js";
import "./chunk-IN65XV7X.js";
import "./chunk-OH7AJXHB.js";
import "./chunk-KOCKKFLA.js";
import "./chunk-YKYL32YW.js";
export {
  DEFAULT_DOTENV_LOCATION,
  SECRETS_TYPES,
  createSecrets
};
