import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  writeRunReport
} from "./chunk-Y63KAG32.js";
import "./chunk-V4XLLV55.js";
import "./chunk-ZJUNEOJQ.js";
import "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/github/report-artifact.ts
import { createHash } from "node:crypto";
import { mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
async function writeActionReport(opts) {
  const safeId = String(opts.runLog.run_id ?? "run").replace(/[^A-Za-z0-9._-]+/g, "_") || "run";
  const folder = join(opts.dir, `runnable-report-${createHash("sha256").update(String(opts.runLog.run_id)).digest("hex").slice(0, 12)}`);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const r = await writeRunReport(opts.runLog, {
    file: join(folder, `${safeId}.report.html`),
    cwd: opts.cwd,
    env: opts.env,
    config: opts.config,
    catalog: opts.catalog,
    secrets: opts.secrets,
    source: `run log of ${String(opts.runLog.run_id)}`
  });
  if (!opts.upload) return { file: r.file, bytes: r.bytes };
  const { uploadArtifact } = await import("./github-artifacts-client-OM6KSOKK.js");
  const { artifactUrl, readRuntime, runKey } = await import("./github-artifacts-env-3OHMLL2Z.js");
  const rt = readRuntime();
  const digest = createHash("sha256").update(await readFile(r.file)).digest("hex").slice(0, 16);
  const name = `rn-${runKey(String(opts.runLog.run_id))}-a${rt.runAttempt}-report-${digest}`;
  const up = await uploadArtifact(name, [r.file], folder, { compressionLevel: 9, ...opts.retentionDays ? { retentionDays: opts.retentionDays } : {} });
  return { file: r.file, bytes: r.bytes, artifact: { name, id: up.id, url: artifactUrl(rt, up.id) } };
}
__name(writeActionReport, "writeActionReport");
var REPORT_ARTIFACT_KIND = "run report (HTML)";
export {
  REPORT_ARTIFACT_KIND,
  writeActionReport
};
