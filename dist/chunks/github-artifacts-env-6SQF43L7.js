import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  artifactUrl,
  backendIdsFromToken,
  getGithubArtifactsOptions,
  readRuntime,
  runKey,
  sanitizeNamePart,
  setGithubArtifactsOptions
} from "./chunk-V2FVXBQC.js";
import "./chunk-4SJQHH4G.js";
export {
  artifactUrl,
  backendIdsFromToken,
  getGithubArtifactsOptions,
  readRuntime,
  runKey,
  sanitizeNamePart,
  setGithubArtifactsOptions
};
