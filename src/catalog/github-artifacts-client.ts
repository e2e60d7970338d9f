/**
 * A thin seam over the unmodified `@actions/artifact` client, shared by the artifact catalog and the run-log
 * persistence: lazy import (a validate or a local run never loads it), errors that name the artifact, and
 * downloads into a private directory that is checked before anything is trusted (no symlinks, nothing
 * outside the directory, no `..` names). Callers take files out of that directory by names they chose.
 */
import { lstat, mkdir, readdir, realpath, rm } from 'node:fs/promises';
import { join, relative, isAbsolute, sep } from 'node:path';
import { CatalogError, RemoteServiceError } from '../errors.js';

type ArtifactModule = typeof import('@actions/artifact');
let modPromise: Promise<ArtifactModule> | undefined;
let clientPromise: Promise<InstanceType<ArtifactModule['DefaultArtifactClient']>> | undefined;

function client() {
  modPromise ??= import('@actions/artifact');
  clientPromise ??= modPromise.then((m) => new m.DefaultArtifactClient());
  return clientPromise;
}

export interface FindBy {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

export interface ListedArtifact {
  id: number;
  name: string;
  size: number;
  /** `sha256:<hex>` when the service reported one. */
  digest?: string;
}

/** `owner/repo` + token + run → the client's `findBy`, or undefined when any part is missing. */
export function makeFindBy(repository: string, workflowRunId: string, token: string | undefined): FindBy | undefined {
  const [owner, repo] = repository.split('/');
  const run = Number(workflowRunId);
  if (!owner || !repo || !token || !Number.isInteger(run) || run <= 0) return undefined;
  return { token, workflowRunId: run, repositoryOwner: owner, repositoryName: repo };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function uploadArtifact(
  name: string,
  files: string[],
  rootDirectory: string,
  options: { retentionDays?: number; compressionLevel?: number } = {},
): Promise<{ id: number; size: number; digest: string }> {
  const c = await client();
  try {
    const r = await c.uploadArtifact(name, files, rootDirectory, options);
    if (!r.id) throw new Error('the service returned no artifact id');
    return { id: r.id, size: r.size ?? 0, digest: r.digest ? `sha256:${r.digest}` : '' };
  } catch (err) {
    const usage = /insufficient usage|quota/i.test(describe(err)) ? ' (artifact storage quota exhausted: free space or raise the limit)' : '';
    throw new RemoteServiceError(`uploading artifact '${name}' failed${usage}: ${describe(err)}`, 'github-artifacts', undefined, { cause: err });
  }
}

export async function listArtifacts(findBy?: FindBy): Promise<ListedArtifact[]> {
  const c = await client();
  try {
    const r = await c.listArtifacts(findBy ? { findBy } : {});
    return r.artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size, digest: a.digest ? (a.digest.startsWith('sha256:') ? a.digest : `sha256:${a.digest}`) : undefined }));
  } catch (err) {
    const where = findBy ? `workflow run ${findBy.workflowRunId} of ${findBy.repositoryOwner}/${findBy.repositoryName}` : 'this workflow run';
    throw new RemoteServiceError(`listing the artifacts of ${where} failed: ${describe(err)}`, 'github-artifacts', undefined, { cause: err });
  }
}

/**
 * Downloads (and unzips) artifact `id` into a fresh directory `dir`, verifies the archive digest when known,
 * then checks every extracted entry: regular files and directories only, all inside `dir`.
 * Returns the list of extracted files, relative to `dir`, with `/` separators.
 */
export async function downloadArtifact(
  id: number,
  name: string,
  dir: string,
  options: { findBy?: FindBy; expectedDigest?: string } = {},
): Promise<string[]> {
  const c = await client();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let digestMismatch = false;
  try {
    const r = await c.downloadArtifact(id, {
      path: dir,
      ...(options.findBy ? { findBy: options.findBy } : {}),
      ...(options.expectedDigest ? { expectedHash: options.expectedDigest } : {}),
    });
    digestMismatch = r.digestMismatch === true;
  } catch (err) {
    throw new RemoteServiceError(`downloading artifact '${name}' (id ${id}) failed: ${describe(err)}`, 'github-artifacts', undefined, { cause: err });
  }
  if (digestMismatch) {
    await rm(dir, { recursive: true, force: true });
    throw new CatalogError(`artifact '${name}' (id ${id}) does not match its recorded digest ${options.expectedDigest}; refusing to use it`);
  }
  return checkExtracted(dir);
}

/** Walks an extraction directory and rejects anything that is not a plain file or folder inside it. */
export async function checkExtracted(dir: string): Promise<string[]> {
  const root = await realpath(dir);
  const files: string[] = [];
  const walk = async (abs: string): Promise<void> => {
    for (const ent of await readdir(abs, { withFileTypes: true })) {
      const p = join(abs, ent.name);
      const st = await lstat(p);
      const rel = relative(root, p);
      if (rel.startsWith('..') || isAbsolute(rel)) throw new CatalogError(`archive entry '${rel}' escapes the download directory`);
      if (st.isSymbolicLink()) throw new CatalogError(`archive entry '${rel}' is a symbolic link; refusing it`);
      if (st.isDirectory()) await walk(p);
      else if (st.isFile()) files.push(rel.split(sep).join('/'));
      else throw new CatalogError(`archive entry '${rel}' is not a regular file`);
    }
  };
  await walk(root);
  return files.sort();
}
