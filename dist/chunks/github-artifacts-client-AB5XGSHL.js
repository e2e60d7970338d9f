import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  checkExtracted,
  downloadArtifact,
  listArtifacts,
  makeFindBy,
  uploadArtifact
} from "./chunk-LQY7E64S.js";
import "./chunk-QCNQW5RI.js";
import "./chunk-BE7DVOBU.js";
export {
  checkExtracted,
  downloadArtifact,
  listArtifacts,
  makeFindBy,
  uploadArtifact
};
