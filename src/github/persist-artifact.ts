/**
 * Persists a run's log (the chunked folder `<log_folder>/<run_id>/`, or the single `<log_folder>/<run_id>.json`)
 * as a GitHub Actions artifact, and restores it in a later job for a retry.
 *
 * Name: `rn-<runkey>-a<attempt>-runlog-<content digest>`. The digest covers every file's path and bytes, so
 * persisting the same state twice (main, then post, or a cancellation path racing the normal end) is
 * recognised from the listing and skipped rather than answered with a 409, and any new state gets a new
 * name. The newest artifact (highest id) of a run is its latest state.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { RunLogNotFoundError } from '../errors.js';
import { isValidRunId } from '../runlog/run-id.js';
import { downloadArtifact, listArtifacts, makeFindBy, uploadArtifact, type FindBy } from '../catalog/github-artifacts-client.js';
import { artifactUrl, readRuntime, runKey } from '../catalog/github-artifacts-env.js';

export interface PersistedRunLog {
  name: string;
  id: number;
  /** Files, relative to the log folder (`<run_id>/RunLog.json`, …). */
  files: string[];
  url?: string;
  /** True when an identical state was already stored and nothing was uploaded. */
  alreadyStored: boolean;
}

/** Files of the run under the log folder, relative to it, `/`-separated, sorted. */
export async function runLogFiles(logFolder: string, runId: string): Promise<string[]> {
  const out: string[] = [];
  const dir = join(logFolder, runId);
  const st = await stat(dir).catch(() => undefined);
  if (st?.isDirectory()) {
    const walk = async (abs: string, rel: string): Promise<void> => {
      for (const ent of await readdir(abs, { withFileTypes: true })) {
        if (ent.isDirectory()) await walk(join(abs, ent.name), `${rel}/${ent.name}`);
        else if (ent.isFile() && !ent.name.endsWith('.lock') && !ent.name.endsWith('.tmp')) out.push(`${rel}/${ent.name}`);
      }
    };
    await walk(dir, runId);
  }
  if ((await stat(join(logFolder, `${runId}.json`)).catch(() => undefined))?.isFile()) out.push(`${runId}.json`);
  return out.sort();
}

/** Run ids become path segments here: refuse anything that could leave the log folder (the one rule). */
function checkRunId(runId: string): void {
  if (!isValidRunId(runId)) {
    throw new RunLogNotFoundError(runId, 'the artifact store (run ids may only contain letters, digits, ".", "_" and "-")');
  }
}

const runlogName = (runId: string) => new RegExp(`^rn-${runKey(runId).replace(/[.]/g, '\\.')}-a(\\d+)-runlog-[0-9a-f]{16}$`);

/** Uploads the run's log files. Throws RunLogNotFoundError when there is nothing to persist. */
export async function persistRunLogArtifact(opts: { runId: string; logFolder: string; retentionDays?: number; stagingDir?: string }): Promise<PersistedRunLog> {
  checkRunId(opts.runId);
  const rt = readRuntime();
  const files = await runLogFiles(opts.logFolder, opts.runId);
  if (files.length === 0) throw new RunLogNotFoundError(opts.runId, opts.logFolder);
  // Snapshot first (writers may still be flushing), then name the artifact after the snapshot's content.
  const staging = join(opts.stagingDir ?? rt.tempDir ?? tmpdir(), `runnable-runlog-${randomBytes(4).toString('hex')}`);
  const h = createHash('sha256');
  const staged: string[] = [];
  try {
    for (const rel of files) {
      const bytes = await readFile(join(opts.logFolder, rel)).catch(() => undefined);
      if (bytes === undefined) continue;
      h.update(rel).update('\0').update(createHash('sha256').update(bytes).digest()).update('\0');
      const dest = join(staging, rel);
      await mkdir(dirname(dest), { recursive: true });
      await writeFile(dest, bytes);
      staged.push(dest);
    }
    const name = `rn-${runKey(opts.runId)}-a${rt.runAttempt}-runlog-${h.digest('hex').slice(0, 16)}`;
    const existing = (await listArtifacts()).find((a) => a.name === name);
    if (existing) return { name, id: existing.id, files, url: artifactUrl(rt, existing.id), alreadyStored: true };
    const r = await uploadArtifact(name, staged, staging, { compressionLevel: 9, ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}) });
    return { name, id: r.id, files, url: artifactUrl(rt, r.id), alreadyStored: false };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Where to look for an earlier run's log: this workflow run, and optionally another one. */
export interface RestoreSource {
  /** Another workflow run (numeric id) to search first; needs `token`. */
  workflowRunId?: string;
  repository?: string;
  token?: string;
}

/**
 * Downloads the newest persisted log of `runId` into `logFolder` (replacing local files of that run).
 * Returns undefined when no artifact holds it.
 */
export async function restoreRunLogArtifact(opts: { runId: string; logFolder: string; source?: RestoreSource; stagingDir?: string }): Promise<PersistedRunLog | undefined> {
  checkRunId(opts.runId);
  const rt = readRuntime();
  const re = runlogName(opts.runId);
  let best: { id: number; name: string; digest?: string; findBy?: FindBy } | undefined;
  const sources: (FindBy | undefined)[] = [undefined];
  if (opts.source?.workflowRunId && opts.source.workflowRunId !== rt.workflowRunId) {
    const fb = makeFindBy(opts.source.repository || rt.repository, opts.source.workflowRunId, opts.source.token);
    if (!fb) throw new RunLogNotFoundError(opts.runId, `workflow run ${opts.source.workflowRunId} (a token with 'actions: read' is needed to read it)`);
    sources.unshift(fb);
  }
  for (const findBy of sources) {
    for (const a of await listArtifacts(findBy)) {
      // Artifacts of another workflow run are older than anything in this one: prefer this run's newest.
      if (re.test(a.name) && (!best || a.id > best.id || (best.findBy && !findBy))) best = { ...a, findBy };
    }
  }
  if (!best) return undefined;
  const dir = join(opts.stagingDir ?? rt.tempDir ?? tmpdir(), `runnable-runlog-dl-${randomBytes(4).toString('hex')}`);
  try {
    const files = await downloadArtifact(best.id, best.name, dir, { findBy: best.findBy, expectedDigest: best.digest });
    // Only this run's files, at the two layouts a store writes: `<run_id>/<chunk>` or `<run_id>.json`.
    const accepted = files.filter((f) => f === `${opts.runId}.json` || (f.startsWith(`${opts.runId}/`) && !f.slice(opts.runId.length + 1).split('/').some((s) => s === '..' || s === '')));
    if (accepted.length === 0) return undefined;
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
