import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  CatalogError,
  RemoteServiceError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/catalog/github-artifacts-client.ts
import { lstat, mkdir, readdir, realpath, rm } from "node:fs/promises";
import { join, relative, isAbsolute, sep } from "node:path";
var modPromise;
var clientPromise;
function client() {
  modPromise ??= import("./artifact-LYBMC33U.js");
  clientPromise ??= modPromise.then((m) => new m.DefaultArtifactClient());
  return clientPromise;
}
__name(client, "client");
function makeFindBy(repository, workflowRunId, token) {
  const [owner, repo] = repository.split("/");
  const run = Number(workflowRunId);
  if (!owner || !repo || !token || !Number.isInteger(run) || run <= 0) return void 0;
  return { token, workflowRunId: run, repositoryOwner: owner, repositoryName: repo };
}
__name(makeFindBy, "makeFindBy");
function describe(err) {
  return err instanceof Error ? err.message : String(err);
}
__name(describe, "describe");
async function uploadArtifact(name, files, rootDirectory, options = {}) {
  const c = await client();
  try {
    const r = await c.uploadArtifact(name, files, rootDirectory, options);
    if (!r.id) throw new Error("the service returned no artifact id");
    return { id: r.id, size: r.size ?? 0, digest: r.digest ? `sha256:${r.digest}` : "" };
  } catch (err) {
    const usage = /insufficient usage|quota/i.test(describe(err)) ? " (artifact storage quota exhausted: free space or raise the limit)" : "";
    throw new RemoteServiceError(`uploading artifact '${name}' failed${usage}: ${describe(err)}`, "github-artifacts", void 0, { cause: err });
  }
}
__name(uploadArtifact, "uploadArtifact");
async function listArtifacts(findBy) {
  const c = await client();
  try {
    const r = await c.listArtifacts(findBy ? { findBy } : {});
    return r.artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size, digest: a.digest ? a.digest.startsWith("sha256:") ? a.digest : `sha256:${a.digest}` : void 0 }));
  } catch (err) {
    const where = findBy ? `workflow run ${findBy.workflowRunId} of ${findBy.repositoryOwner}/${findBy.repositoryName}` : "this workflow run";
    throw new RemoteServiceError(`listing the artifacts of ${where} failed: ${describe(err)}`, "github-artifacts", void 0, { cause: err });
  }
}
__name(listArtifacts, "listArtifacts");
async function downloadArtifact(id, name, dir, options = {}) {
  const c = await client();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let digestMismatch = false;
  try {
    const r = await c.downloadArtifact(id, {
      path: dir,
      ...options.findBy ? { findBy: options.findBy } : {},
      ...options.expectedDigest ? { expectedHash: options.expectedDigest } : {}
    });
    digestMismatch = r.digestMismatch === true;
  } catch (err) {
    throw new RemoteServiceError(`downloading artifact '${name}' (id ${id}) failed: ${describe(err)}`, "github-artifacts", void 0, { cause: err });
  }
  if (digestMismatch) {
    await rm(dir, { recursive: true, force: true });
    throw new CatalogError(`artifact '${name}' (id ${id}) does not match its recorded digest ${options.expectedDigest}; refusing to use it`);
  }
  return checkExtracted(dir);
}
__name(downloadArtifact, "downloadArtifact");
async function checkExtracted(dir) {
  const root = await realpath(dir);
  const files = [];
  const walk = /* @__PURE__ */ __name(async (abs) => {
    for (const ent of await readdir(abs, { withFileTypes: true })) {
      const p = join(abs, ent.name);
      const st = await lstat(p);
      const rel = relative(root, p);
      if (rel.startsWith("..") || isAbsolute(rel)) throw new CatalogError(`archive entry '${rel}' escapes the download directory`);
      if (st.isSymbolicLink()) throw new CatalogError(`archive entry '${rel}' is a symbolic link; refusing it`);
      if (st.isDirectory()) await walk(p);
      else if (st.isFile()) files.push(rel.split(sep).join("/"));
      else throw new CatalogError(`archive entry '${rel}' is not a regular file`);
    }
  }, "walk");
  await walk(root);
  return files.sort();
}
__name(checkExtracted, "checkExtracted");

export {
  makeFindBy,
  uploadArtifact,
  listArtifacts,
  downloadArtifact,
  checkExtracted
};
