import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/catalog/github-artifacts-env.ts
import { createHash } from "node:crypto";
function backendIdsFromToken(token) {
  const payload = token?.split(".")[1];
  if (!payload) return void 0;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    for (const scope of String(claims.scp ?? "").split(" ")) {
      const parts = scope.split(":");
      if (parts.length === 3 && parts[0] === "Actions.Results") return { run: parts[1], job: parts[2] };
    }
  } catch {
    return void 0;
  }
  return void 0;
}
__name(backendIdsFromToken, "backendIdsFromToken");
function readRuntime(env = process.env) {
  const ids = backendIdsFromToken(env.ACTIONS_RUNTIME_TOKEN);
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? "1");
  return {
    workflowRunId: env.GITHUB_RUN_ID ?? "",
    runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    repository: env.GITHUB_REPOSITORY ?? "",
    jobBackendId: ids?.job ?? "",
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    tempDir: env.RUNNER_TEMP || void 0,
    hasRuntime: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL && ids)
  };
}
__name(readRuntime, "readRuntime");
function sanitizeNamePart(s, max = 40) {
  const clean = s.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._-]+/, "");
  if (clean === s && clean.length <= max) return clean;
  const h = createHash("sha256").update(s).digest("hex").slice(0, 8);
  return `${clean.slice(0, Math.max(0, max - 9))}_${h}`.replace(/^_/, "");
}
__name(sanitizeNamePart, "sanitizeNamePart");
function runKey(runId) {
  return sanitizeNamePart(runId, 40);
}
__name(runKey, "runKey");
function artifactUrl(rt, artifactId, workflowRunId = rt.workflowRunId) {
  if (!artifactId || !rt.repository || !workflowRunId) return void 0;
  return `${rt.serverUrl.replace(/\/$/, "")}/${rt.repository}/actions/runs/${workflowRunId}/artifacts/${artifactId}`;
}
__name(artifactUrl, "artifactUrl");

export {
  backendIdsFromToken,
  readRuntime,
  sanitizeNamePart,
  runKey,
  artifactUrl
};
