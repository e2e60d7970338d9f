import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  artifactUrl,
  backendIdsFromToken,
  getGithubArtifactsOptions,
  readRuntime,
  runKey,
  sanitizeNamePart,
  setGithubArtifactsOptions
} from "./chunk-LQ6IQC3S.js";
import "./chunk-YKYL32YW.js";
export {
  artifactUrl,
  backendIdsFromToken,
  getGithubArtifactsOptions,
  readRuntime,
  runKey,
  sanitizeNamePart,
  setGithubArtifactsOptions
};
