import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  checkExtracted,
  downloadArtifact,
  listArtifacts,
  makeFindBy,
  uploadArtifact
} from "./chunk-QWQMRWYB.js";
import "./chunk-I4ZUIMKY.js";
import "./chunk-4SJQHH4G.js";
export {
  checkExtracted,
  downloadArtifact,
  listArtifacts,
  makeFindBy,
  uploadArtifact
};
