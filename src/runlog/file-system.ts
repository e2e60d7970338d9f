/**
 * `file-system` run log store (runnable §6.5, §9): `<log_folder>/<run_id>.json` holds the whole document in
 * runnable's shape (indented JSON) and is rewritten after every change.
 *
 * - Each rewrite is atomic (temp file in the same folder + rename): a crash leaves the previous version.
 * - The document is kept in memory. Before every operation the file is `stat`ed; when its identity (inode,
 *   size, mtime) is not the one this process last wrote or read, it is reloaded, so a run written by another
 *   process (a previous invocation, `execute-single-node` in a child process) is read correctly.
 * - One writer per run: the local executor claims the run (`claimRun`: `<run_id>.owner.lock` beside the
 *   document, see lock.ts) for as long as it runs it; a second `execute`/`retry` of the run, or a single-node
 *   command writing to it, is refused with RunLogInUseError while that process lives. (Single-node commands
 *   of an orchestrator do not claim: two of them writing one run at once still lose updates, as upstream.)
 * - Concurrent writers within the process are coalesced: while a rewrite is in flight, further changes
 *   wait for it and are then written together by a single rewrite. Every call still resolves only once a
 *   rewrite containing its change is on disk. Writes are serialised in memory, so parallel branches and map
 *   items of the owner may run concurrently (`supportsParallelWrites`).
 * - Each rewrite costs O(size of the run), so a map of N items costs O(N²) in total; use `chunked-fs` for
 *   big maps (as upstream recommends; the engine warns for a map of more than 1,000 items). The document
 *   itself stays O(N): an attempt leaves out its large inputs (4 KiB of JSON or more, large-values.ts) and,
 *   inside a branch, the run's parameters it saw unchanged (the run records them once). Recorded in every
 *   item's attempt, the list a map iterates on made it O(N²) bytes (a 1,000-item map: 59 MiB, 640 s).
 */
import fs from 'node:fs';
import path from 'node:path';
import { InternalError, RunLogExistsError, RunLogInUseError, RunLogNotFoundError } from '../errors.js';
import { RunDocument, jsonCopy } from './document.js';
import { atomicWriteFile, createExclusiveSync, isErrno, parseJsonObject } from './fs-util.js';
import { acquireOwnerLock, liveOwner, releaseOwnerLock, type OwnerLease } from './lock.js';
import type { BranchHeader, Parameters, RunHeader, RunLog, StepRecord } from './model.js';
import { checkRunId } from './run-id.js';
import type { RunLogStore } from './store.js';
import { withoutLargeInputs } from './large-values.js';

interface RunState {
  doc: RunDocument;
  /** Identity of the file as last written or read: `ino:size:mtimeMs`. */
  ident: string;
  version: number;
  written: number;
  inflight?: Promise<void>;
  /** JSON text of each run parameter, for telling an inherited input (reset when the header changes). */
  runParamText?: Map<string, string | undefined>;
}

function identOf(st: fs.Stats): string {
  return `${st.ino}:${st.size}:${st.mtimeMs}`;
}

export interface FileSystemRunLogStoreOptions {
  /** Absolute folder holding `<run_id>.json`. */
  logFolder: string;
}

export class FileSystemRunLogStore implements RunLogStore {
  readonly kind = 'file-system';
  /** Every change rewrites the whole document: big maps belong in chunked-fs (the engine warns above this). */
  readonly rewritesWholeRun = true;
  readonly supportsParallelWrites = true;
  readonly logFolder: string;
  private readonly runs = new Map<string, RunState>();
  /** Runs this process owns (claimRun). */
  private readonly owned = new Map<string, OwnerLease>();

  constructor(options: FileSystemRunLogStoreOptions) {
    this.logFolder = options.logFolder;
  }

  describe(): string {
    return `${this.logFolder}${path.sep} (file-system run log store)`;
  }

  fileFor(runId: string): string {
    checkRunId(runId);
    return path.join(this.logFolder, `${runId}.json`);
  }

  /** The lock naming the run's one writer while it runs. */
  ownerLockFor(runId: string): string {
    checkRunId(runId);
    return path.join(this.logFolder, `${runId}.owner.lock`);
  }

  async claimRun(runId: string): Promise<void> {
    if (this.owned.has(runId)) return;
    this.need(runId);
    const lockPath = this.ownerLockFor(runId);
    this.owned.set(runId, acquireOwnerLock(lockPath, (holder) => new RunLogInUseError(runId, holder, lockPath)));
  }

  async releaseRun(runId: string): Promise<void> {
    const lease = this.owned.get(runId);
    if (!lease) return;
    try {
      await this.runs.get(runId)?.inflight?.catch(() => undefined);
    } finally {
      this.owned.delete(runId);
      releaseOwnerLock(lease);
    }
  }

  /** A process that does not own the run may not write it while its owner lives. */
  private checkWriter(runId: string): void {
    if (this.owned.has(runId)) return;
    const lockPath = this.ownerLockFor(runId);
    const holder = liveOwner(lockPath);
    if (holder) throw new RunLogInUseError(runId, holder, lockPath);
  }

  /** The run's state, (re)loaded from disk when another process changed the file. Synchronous on purpose. */
  private load(runId: string): RunState | undefined {
    const file = this.fileFor(runId);
    const state = this.runs.get(runId);
    if (state && (state.inflight || state.version !== state.written)) return state; // we are the writer
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) {
        this.runs.delete(runId);
        return undefined;
      }
      throw err;
    }
    const ident = identOf(st);
    if (state && state.ident === ident) return state;
    const text = fs.readFileSync(file, 'utf8');
    const doc = RunDocument.fromJson(parseJsonObject(text, file), file);
    const fresh: RunState = { doc, ident, version: 0, written: 0 };
    this.runs.set(runId, fresh);
    return fresh;
  }

  private need(runId: string): RunState {
    const state = this.load(runId);
    if (!state) throw new RunLogNotFoundError(runId, this.describe());
    return state;
  }

  /** Resolves once a rewrite containing every change made so far is on disk. */
  private async persist(runId: string, state: RunState): Promise<void> {
    if (state.written === state.version && !state.inflight) this.checkWriter(runId);
    const target = ++state.version;
    const file = this.fileFor(runId);
    while (state.written < target) {
      if (state.inflight) {
        await state.inflight.catch(() => undefined);
        continue;
      }
      const v = state.version;
      const text = JSON.stringify(state.doc.doc, null, 2);
      state.inflight = (async () => {
        await atomicWriteFile(file, text);
        state.ident = identOf(await fs.promises.stat(file));
        state.written = v;
      })();
      try {
        await state.inflight;
      } finally {
        state.inflight = undefined;
      }
    }
  }

  async createRun(header: RunHeader, runConfig: Record<string, unknown>): Promise<void> {
    const file = this.fileFor(header.run_id);
    if (this.load(header.run_id)) throw new RunLogExistsError(header.run_id);
    const doc = RunDocument.create(header, runConfig);
    fs.mkdirSync(this.logFolder, { recursive: true });
    // Exclusive create with full content: a temp file linked to the final name (fails if taken).
    if (!createExclusiveSync(file, JSON.stringify(doc.doc, null, 2))) throw new RunLogExistsError(header.run_id);
    this.runs.set(header.run_id, { doc, ident: identOf(fs.statSync(file)), version: 0, written: 0 });
  }

  async runExists(runId: string): Promise<boolean> {
    return this.load(runId) !== undefined;
  }

  async getRunHeader(runId: string): Promise<RunHeader> {
    return this.need(runId).doc.header();
  }

  async updateRunHeader(runId: string, update: (header: RunHeader) => RunHeader): Promise<RunHeader> {
    const state = this.need(runId);
    state.runParamText = undefined;
    state.doc.setHeader({ ...update(state.doc.header()), run_id: runId });
    const result = state.doc.header();
    await this.persist(runId, state);
    return result;
  }

  async getRunConfig(runId: string): Promise<Record<string, unknown>> {
    return this.need(runId).doc.runConfig();
  }

  /** Whether an attempt's input is the run's parameter of that name, unchanged (same kind and JSON text). */
  private runParameterTest(state: RunState): (name: string, p: Parameters[string]) => boolean {
    const params = state.doc.doc.parameters ?? {};
    const texts = (state.runParamText ??= new Map());
    return (name, p) => {
      const own = params[name];
      if (!own || own.kind !== p.kind) return false;
      let text = texts.get(name);
      if (!texts.has(name)) texts.set(name, (text = JSON.stringify(own.value)));
      return text !== undefined && JSON.stringify(p.value) === text;
    };
  }

  async getStep(runId: string, internalName: string): Promise<StepRecord | undefined> {
    return this.need(runId).doc.getStep(internalName);
  }

  async putStep(runId: string, step: StepRecord, parentBranch: string): Promise<void> {
    const state = this.need(runId);
    state.doc.putStep(withoutLargeInputs(step, parentBranch ? this.runParameterTest(state) : undefined), parentBranch);
    await this.persist(runId, state);
  }

  async getBranch(runId: string, internalName: string): Promise<BranchHeader | undefined> {
    return this.need(runId).doc.getBranch(internalName);
  }

  async putBranch(runId: string, branch: BranchHeader, parentStep: string): Promise<void> {
    const state = this.need(runId);
    state.doc.putBranch(branch, parentStep);
    await this.persist(runId, state);
  }

  async updateBranch(
    runId: string,
    internalName: string,
    update: (b: BranchHeader) => BranchHeader,
  ): Promise<BranchHeader> {
    const state = this.need(runId);
    const current = state.doc.getBranch(internalName);
    if (!current) throw new InternalError(`cannot update branch '${internalName}' of run '${runId}': it does not exist`);
    const parent = state.doc.branches.get(internalName)!.parent;
    state.doc.putBranch({ ...jsonCopy(update(current)), internal_name: internalName }, parent);
    const result = state.doc.getBranch(internalName)!;
    await this.persist(runId, state);
    return result;
  }

  /** One rewrite of the document, however many records it settles (a sweep wrote it once per branch). */
  async failRun(runId: string, reason: string): Promise<void> {
    const state = this.need(runId);
    state.runParamText = undefined;
    state.doc.failRun(reason);
    await this.persist(runId, state);
  }

  async getRunLog(runId: string): Promise<RunLog> {
    return this.need(runId).doc.toRunLog();
  }

  async flush(): Promise<void> {
    await Promise.all([...this.runs.values()].map((s) => s.inflight?.catch(() => undefined)));
  }
}
