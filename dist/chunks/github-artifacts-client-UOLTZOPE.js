import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  checkExtracted,
  downloadArtifact,
  listArtifacts,
  makeFindBy,
  uploadArtifact
} from "./chunk-4IHX5PN5.js";
import "./chunk-KOCKKFLA.js";
import "./chunk-YKYL32YW.js";
export {
  checkExtracted,
  downloadArtifact,
  listArtifacts,
  makeFindBy,
  uploadArtifact
};
