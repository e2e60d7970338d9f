import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  downloadArtifact,
  listArtifacts,
  makeFindBy,
  uploadArtifact
} from "./chunk-QWQMRWYB.js";
import {
  artifactUrl,
  readRuntime,
  runKey
} from "./chunk-5FTOEL4U.js";
import {
  isValidRunId
} from "./chunk-K22HHINW.js";
import {
  RunLogNotFoundError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/github/persist-artifact.ts
import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
async function runLogFiles(logFolder, runId) {
  const out = [];
  const dir = join(logFolder, runId);
  const st = await stat(dir).catch(() => void 0);
  if (st?.isDirectory()) {
    const walk = /* @__PURE__ */ __name(async (abs, rel) => {
      for (const ent of await readdir(abs, { withFileTypes: true })) {
        if (ent.isDirectory()) await walk(join(abs, ent.name), `${rel}/${ent.name}`);
        else if (ent.isFile() && !ent.name.endsWith(".lock") && !ent.name.endsWith(".tmp")) out.push(`${rel}/${ent.name}`);
      }
    }, "walk");
    await walk(dir, runId);
  }
  if ((await stat(join(logFolder, `${runId}.json`)).catch(() => void 0))?.isFile()) out.push(`${runId}.json`);
  return out.sort();
}
__name(runLogFiles, "runLogFiles");
function checkRunId(runId) {
  if (!isValidRunId(runId)) {
    throw new RunLogNotFoundError(runId, 'the artifact store (run ids may only contain letters, digits, ".", "_" and "-")');
  }
}
__name(checkRunId, "checkRunId");
var runlogName = /* @__PURE__ */ __name((runId) => new RegExp(`^rn-${runKey(runId).replace(/[.]/g, "\\.")}-a(\\d+)-runlog-[0-9a-f]{16}$`), "runlogName");
async function persistRunLogArtifact(opts) {
  checkRunId(opts.runId);
  const rt = readRuntime();
  const files = await runLogFiles(opts.logFolder, opts.runId);
  if (files.length === 0) throw new RunLogNotFoundError(opts.runId, opts.logFolder);
  const staging = join(opts.stagingDir ?? rt.tempDir ?? tmpdir(), `runnable-runlog-${randomBytes(4).toString("hex")}`);
  const h = createHash("sha256");
  const staged = [];
  try {
    for (const rel of files) {
      const bytes = await readFile(join(opts.logFolder, rel)).catch(() => void 0);
      if (bytes === void 0) continue;
      h.update(rel).update("\0").update(createHash("sha256").update(bytes).digest()).update("\0");
      const dest = join(staging, rel);
      await mkdir(dirname(dest), { recursive: true });
      await writeFile(dest, bytes);
      staged.push(dest);
    }
    const name = `rn-${runKey(opts.runId)}-a${rt.runAttempt}-runlog-${h.digest("hex").slice(0, 16)}`;
    const existing = (await listArtifacts()).find((a) => a.name === name);
    if (existing) return { name, id: existing.id, files, url: artifactUrl(rt, existing.id), alreadyStored: true };
    const r = await uploadArtifact(name, staged, staging, { compressionLevel: 9, ...opts.retentionDays ? { retentionDays: opts.retentionDays } : {} });
    return { name, id: r.id, files, url: artifactUrl(rt, r.id), alreadyStored: false };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
__name(persistRunLogArtifact, "persistRunLogArtifact");
async function restoreRunLogArtifact(opts) {
  checkRunId(opts.runId);
  const rt = readRuntime();
  const re = runlogName(opts.runId);
  let best;
  const sources = [void 0];
  if (opts.source?.workflowRunId && opts.source.workflowRunId !== rt.workflowRunId) {
    const fb = makeFindBy(opts.source.repository || rt.repository, opts.source.workflowRunId, opts.source.token);
    if (!fb) throw new RunLogNotFoundError(opts.runId, `workflow run ${opts.source.workflowRunId} (a token with 'actions: read' is needed to read it)`);
    sources.unshift(fb);
  }
  for (const findBy of sources) {
    for (const a of await listArtifacts(findBy)) {
      if (re.test(a.name) && (!best || a.id > best.id || best.findBy && !findBy)) best = { ...a, findBy };
    }
  }
  if (!best) return void 0;
  const dir = join(opts.stagingDir ?? rt.tempDir ?? tmpdir(), `runnable-runlog-dl-${randomBytes(4).toString("hex")}`);
  try {
    const files = await downloadArtifact(best.id, best.name, dir, { findBy: best.findBy, expectedDigest: best.digest });
    const accepted = files.filter((f) => f === `${opts.runId}.json` || f.startsWith(`${opts.runId}/`) && !f.slice(opts.runId.length + 1).split("/").some((s) => s === ".." || s === ""));
    if (accepted.length === 0) return void 0;
    await rm(join(opts.logFolder, opts.runId), { recursive: true, force: true });
    await rm(join(opts.logFolder, `${opts.runId}.json`), { force: true });
    for (const rel of accepted) {
      const dest = join(opts.logFolder, rel);
      await mkdir(dirname(dest), { recursive: true });
      await copyFile(join(dir, rel), dest);
    }
    return { name: best.name, id: best.id, files: accepted, url: artifactUrl(rt, best.id), alreadyStored: true };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
__name(restoreRunLogArtifact, "restoreRunLogArtifact");
export {
  persistRunLogArtifact,
  restoreRunLogArtifact,
  runLogFiles
};
