/**
 * `chunked-fs` run log store: one folder per run, one small file per record, so that every write is O(1) in
 * the size of the run and many processes (local parallel branches, Argo pods sharing a volume) can write
 * the same run at once.
 *
 * Layout (differs from upstream's §9 file names inside the folder; the folder is ours alone):
 *
 * ```text
 * <log_folder>/<run_id>/
 *   RunLog.json                  run_id, dag_hash, tag, status, job, parameters (root scope)
 *   RunConfig.json               run_config, written once by createRun
 *   StepLog-<enc name>.json      {"parent_branch": "<branch internal name or ''>", "sequence": <n>,
 *                                 "step": <StepRecord: a StepLog without branches>}
 *   BranchLog-<enc name>.json    {"parent_step": "<composite step internal name>", "sequence": <n>,
 *                                 "branch": <BranchHeader: internal_name, status, parameters>}
 *   Value-<sha256/32>.json       a large parameter value (JSON text ≥ 4 KiB), shared by every chunk that records
 *                                it (see "Large values" below); written once, never changed
 *   Journal.jsonl                records of the run's owner, one JSON line each (see "Owner journal" below)
 *   Owner.lock                   names the owner while it runs (see lock.ts)
 *   *.lock                       transient cross-process locks (see lock.ts)
 *   .*.tmp                       temp files of writes in progress (or left by a killed process): ignored
 * ```
 *
 * - `<enc name>` is `encodeName(internal name)` (fs-util.ts): `/`, `.`-only names, spaces, `%` and any
 *   other character from map items are safe, names stay unique (also on case-insensitive file systems).
 * - Every write is atomic: temp file in the run folder + rename. A reader (or a killed writer) never
 *   sees half a chunk.
 * - `sequence` is the creation time in ms (high resolution, strictly increasing within a process) and is
 *   kept when a record is replaced; `getRunLog` orders the steps of each branch, and the branches of each
 *   step, by it, which is execution order. Across hosts it relies on reasonably synchronised clocks.
 * - `putStep` writes without locking (a step has one writer at a time). `updateRunHeader`, `putBranch` and
 *   `updateBranch` are read-modify-write under a per-file cross-process lock, so concurrent updates of
 *   the header or of one branch (fan-in, parameters) are never lost.
 * - `putBranch` of a branch this process has not seen first tries an exclusive create (temp file + `link`,
 *   no lock: a branch that does not exist yet has nothing to lose, and `link` fails if another writer
 *   created it meanwhile, which then takes the locked path). A fan-out of N branches costs N creates.
 * - Parent checks: `putStep` refuses a parent branch with no chunk and `putBranch` a parent step with no
 *   chunk (InternalError): a record can therefore never be orphaned, and `getRunLog` treats an orphan as
 *   corruption.
 * - I/O is synchronous for small chunks (see fs-util.ts); only lock waits are asynchronous.
 *
 * Owner journal: the local executor runs a whole run in one process and claims it (`claimRun`: Owner.lock,
 * refused while another live process holds it). Its records are then appended to `Journal.jsonl` instead of
 * chunk files: `{"t":"s",<step chunk fields>}`, `{"t":"b",<branch chunk fields>}`, `{"t":"h","header":…}`, one
 * write(2) each (≈ 1 µs against ≈ 15–40 µs for a temp file + rename, and 5 records per map item).
 * - The last line of a record wins; a journal record replaces the chunk file of the same record. A line
 *   without its newline is a write cut short by a kill: ignored by readers, cut off by the next owner.
 * - `{"t":"f","message":…}` settles an interrupted run (`failRun`): everything written before it that was
 *   unsettled reads as FAIL, the run too (see FailedRecords). One line instead of one per opened branch.
 * - Invariant: a journal is newer than every chunk file. Only an owner appends to it, and any other writer
 *   first folds it into chunk files and deletes it (`compact`, under a lock, refused while the owner lives).
 * - Readers that are not the owner read the journal over the chunk files (re-read when the file changed).
 *
 * runnable's layout (runnable 0.50's generic_chunked.py), both directions:
 * - A finished run of ours is also written in runnable's layout when its owner releases it (`releaseRun`):
 *   RunLog.json becomes runnable's RunLog (header, root steps, run_config) and each branch gets a
 *   `BranchLog-<internal name>.json` holding its own steps and parameters, so runnable reads it in full.
 *   The journal stays and remains what we read; runnable's files are told apart from our branch chunks by
 *   their content (ours have `parent_step`) and skipped. Not done when the folder holds chunk files of ours
 *   (a run other processes wrote), or for branch names that cannot be file names (a `/`). Input
 *   parameters of 4 KiB or more are left out of the exported attempts (runnable records none).
 * - A run runnable wrote (RunLog.json with `steps`, no journal) is read as if it were a journal
 *   (`runnableRecords`); the first write converts it: the owner (retry) writes the records into its
 *   journal, any other writer into chunk files.
 *
 * Large values: a step's attempts record their input parameters, i.e. the whole scope; in a map over N
 * items that is the N-item list, N times (O(N²) bytes: 4 GB for 10,000 items). In step and branch chunks,
 * a parameter whose `value` (or `description`) serialises to ≥ 4 KiB is stored once in a content-addressed
 * `Value-<hash>.json` and the parameter carries `"$value_ref": "<hash>"` (`$description_ref`) instead.
 * - The value file is written (exclusive create, complete or absent) before the chunk that refers to it, so
 *   a committed chunk never refers to a missing value; a value file is never rewritten or deleted.
 * - Reads resolve references, so every method returns the same records as before. In one `getRunLog`
 *   document, parameters with the same large value share one parsed object (a 10,000-item map holds the
 *   item list once, not 10,000 times): treat the document as read-only.
 * - The serialised form and hash of a large value are memoised per value object (keyed by identity, checked
 *   against its length/key count): values handed to the store are treated as immutable, as the step context
 *   does (scopes are copy-on-write).
 */
import { LARGE_VALUE_BYTES } from './large-values.js';
import { parseJsonExact } from './exact-json.js';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { InternalError, RunLogCorruptError, RunLogExistsError, RunLogInUseError, RunLogNotFoundError } from '../errors.js';
import { branchLogOf, checkBranch, checkHeader, checkStep, failedBranch, failedStep, isUnsettled, jsonCopy, runLogOf, stepLogOf } from './document.js';
import { appendWholeSync, atomicWriteFileSync, createExclusiveSync, encodeName, isErrno, parseJsonObject, readJsonObjectSync, tempPathFor } from './fs-util.js';
import { acquireOwnerLock, liveOwner, releaseOwnerLock, withFileLock, type FileLockOptions, type OwnerLease } from './lock.js';
import type { BranchHeader, BranchLog, Parameter, Parameters, RunHeader, RunLog, StepLog, StepRecord } from './model.js';
import { checkRunId } from './run-id.js';
import type { RunLogStore } from './store.js';

export const RUN_LOG_FILE = 'RunLog.json';
export const RUN_CONFIG_FILE = 'RunConfig.json';
export const JOURNAL_FILE = 'Journal.jsonl';
export const OWNER_LOCK_FILE = 'Owner.lock';
const STEP_RE = /^StepLog-.+\.json$/;
const BRANCH_RE = /^BranchLog-.+\.json$/;

export function stepFileName(internalName: string): string {
  return `StepLog-${encodeName(internalName)}.json`;
}
export function branchFileName(internalName: string): string {
  return `BranchLog-${encodeName(internalName)}.json`;
}

interface StepChunk {
  parent_branch: string;
  sequence: number;
  step: StepRecord;
}
interface BranchChunk {
  parent_step: string;
  sequence: number;
  branch: BranchHeader;
}
interface Known {
  parent: string;
  sequence: number;
}
/** What this process knows about one run: records it has seen (their parent and sequence never change). */
interface RunCache {
  exists: boolean;
  steps: Map<string, Known>;
  branches: Map<string, Known>;
  /**
   * Steps that `getStep` just found absent. A step has one writer at a time, and the executor always asks
   * `getStep` right before its first `putStep`, so that `putStep` need not look for the file again.
   */
  absent: Set<string>;
  /** Value files known to exist in the run folder. */
  values: Set<string>;
  /** createRun was done by this store: the folder holds no step or branch chunk files. */
  created?: boolean;
  /** This process owns the run (claimRun): its records go to the journal. */
  owner?: Owner;
  /** A non-owner's parsed copy of the journal, reused while the file is unchanged. */
  snapshot?: { size: number; mtimeMs: number; state: JournalState };
  /** A run in runnable's layout, read as journal records (keyed by RunLog.json's size and mtime). */
  runnable?: { size: number; mtimeMs: number; state: JournalState; runConfig: Record<string, unknown> } | null;
}

/**
 * The latest journal line of a record (a chunk's JSON with a leading `"t"` field): the text, or — for lines
 * the owner wrote — its place in the file, `offset * LINE_LEN_LIMIT + byte length`, so that a 10,000-item map
 * does not keep its 30,000 records in memory.
 */
type Entry = string | number;
const LINE_LEN_LIMIT = 2 ** 20;

interface JournalState {
  steps: Map<string, Entry>;
  branches: Map<string, Entry>;
  header?: Entry;
  /** What the run's settling lines (`failRun`) failed; see `markFailed`. */
  failed?: FailedRecords;
}

/**
 * An interrupted run is settled by one journal line, `{"t":"f","message":…}` (`failRun`), not by a line per
 * record (a 200k-item map's sweep took seconds to a minute): the run's header, when its latest line (or
 * RunLog.json) comes before it, reads FAIL; every record whose latest line comes before it reads FAIL when it
 * was CREATED or PROCESSING (a step's message: the line's). A later line (a retry's) is read as written.
 * Kept as the names whose latest line precedes a settling line, with that line's message.
 */
interface FailedRecords {
  steps: Map<string, string>;
  branches: Map<string, string>;
  /** The first settling line's message: chunk files not overridden by the journal are older than it. */
  chunks: string;
  /** No header line since the last settling line. */
  header: boolean;
}

/** Applies a settling line at the current end of `journal`. */
function markFailed(journal: JournalState, message: string): void {
  const f = (journal.failed ??= { steps: new Map(), branches: new Map(), chunks: message, header: true });
  f.header = true;
  for (const k of journal.steps.keys()) if (!f.steps.has(k)) f.steps.set(k, message);
  for (const k of journal.branches.keys()) if (!f.branches.has(k)) f.branches.set(k, message);
}

function setHeaderEntry(journal: JournalState, entry: Entry): void {
  journal.header = entry;
  if (journal.failed) journal.failed.header = false;
}

/** The run's header as the journal's settling lines leave it (its latest line, or RunLog.json's). */
function settledHeader(journal: JournalState | undefined, header: RunHeader): RunHeader {
  return journal?.failed?.header ? { ...header, status: 'FAIL' } : header;
}

/** Records the latest journal line of a step (a line after a settling one is read as written). */
function setStepEntry(journal: JournalState, name: string, entry: Entry): void {
  journal.steps.set(name, entry);
  journal.failed?.steps.delete(name);
}

function setBranchEntry(journal: JournalState, name: string, entry: Entry): void {
  journal.branches.set(name, entry);
  journal.failed?.branches.delete(name);
}

/** A step chunk as the journal's settling lines leave it (`fromChunkFile`: read from a chunk file, not the journal). */
function settledStep(journal: JournalState | undefined, c: StepChunk, fromChunkFile = false): StepChunk {
  const f = journal?.failed;
  const message = f && (fromChunkFile ? f.chunks : f.steps.get(c.step.internal_name));
  if (message === undefined || !isUnsettled(c.step.status)) return c;
  return { ...c, step: failedStep(c.step, message) };
}

function settledBranch(journal: JournalState | undefined, c: BranchChunk, fromChunkFile = false): BranchChunk {
  const f = journal?.failed;
  const failed = f && (fromChunkFile || f.branches.has(c.branch.internal_name));
  if (!failed || !isUnsettled(c.branch.status)) return c;
  return { ...c, branch: failedBranch(c.branch) };
}

interface Owner {
  fd: number;
  lease: OwnerLease;
  journal: JournalState;
  /** No chunk file exists for any step or branch: a record not in the journal does not exist. */
  fresh: boolean;
  /** Bytes in the journal file (where the next line starts). */
  size: number;
  /** A failed append (disk full…) may have left part of a line: no more appends after it. */
  broken?: unknown;
}

const emptyJournal = (): JournalState => ({ steps: new Map(), branches: new Map() });

/**
 * Parses the complete lines of a journal (a line without its newline is a write cut short by a kill: not
 * committed, ignored). Returns the latest line per record and the byte length of the complete lines.
 */
function parseJournal(buf: Buffer, file: string): { state: JournalState; complete: number } {
  const state = emptyJournal();
  const complete = buf.lastIndexOf(0x0a) + 1;
  const text = buf.toString('utf8', 0, complete);
  let start = 0;
  for (let lineNo = 1; start < text.length; lineNo++) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end);
    start = end + 1;
    if (!line) continue;
    const where = `${file}:${lineNo}`;
    let v: Record<string, unknown>;
    try {
      v = parseJsonExact(line) as Record<string, unknown>;
    } catch (err) {
      throw new RunLogCorruptError(where, `invalid JSON (${(err as Error).message})`);
    }
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new RunLogCorruptError(where, 'a journal line must be a JSON object');
    if (v.t === 's') setStepEntry(state, stepChunk(v, where).step.internal_name, line);
    else if (v.t === 'b') setBranchEntry(state, branchChunk(v, where).branch.internal_name, line);
    else if (v.t === 'h') {
      checkHeader(v.header, where);
      setHeaderEntry(state, line);
    } else if (v.t === 'f') {
      if (typeof v.message !== 'string') throw new RunLogCorruptError(where, 'a settling line needs a "message" string');
      markFailed(state, v.message);
    } else throw new RunLogCorruptError(where, `unknown record kind ${JSON.stringify(v.t)} (expected "s", "b", "h" or "f")`);
  }
  return { state, complete };
}

/** Writes all of `line` at the end of the journal (one write(2) in practice: O_APPEND, a regular file). */
function appendLine(fd: number, line: string): void {
  const n = fs.writeSync(fd, line);
  if (n === line.length) return; // ASCII-only and complete: the common case
  const buf = Buffer.from(line);
  for (let off = n; off < buf.length; ) off += fs.writeSync(fd, buf, off);
}

/** Values whose JSON text is at least this long are stored once, in a `Value-<hash>.json` file. */
const INLINE_MAX = LARGE_VALUE_BYTES; // the same line as the file-system store's (large-values.ts)
const REF_FIELDS = [
  ['value', '$value_ref'],
  ['description', '$description_ref'],
] as const;

export function valueFileName(hash: string): string {
  return `Value-${hash}.json`;
}

interface BigValue {
  hash: string;
  /** Array length or key count when memoised: a cheap check that the object was not changed. */
  shape: number;
}
const objectMemo = new WeakMap<object, BigValue>();
const stringMemo = new Map<string, string>();

function shapeOf(v: object): number {
  return Array.isArray(v) ? v.length : Object.keys(v).length;
}

/** The hash of a large value (and its text when it had to be serialised), or undefined for a small one. */
function bigValue(v: unknown): { hash: string; text?: string } | undefined {
  if (v === null || (typeof v !== 'object' && typeof v !== 'string')) return undefined;
  if (typeof v === 'string') {
    if (v.length < INLINE_MAX - 2) return undefined;
    const known = stringMemo.get(v);
    if (known) return { hash: known };
    const text = JSON.stringify(v);
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 32);
    if (stringMemo.size > 64) stringMemo.clear();
    stringMemo.set(v, hash);
    return { hash, text };
  }
  const memo = objectMemo.get(v);
  if (memo && memo.shape === shapeOf(v)) return { hash: memo.hash };
  const text = JSON.stringify(v);
  if (text === undefined || text.length < INLINE_MAX) return undefined;
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 32);
  objectMemo.set(v, { hash, shape: shapeOf(v) });
  return { hash, text };
}

function hasRefs(p: Record<string, unknown>): boolean {
  return '$value_ref' in p || '$description_ref' in p;
}

let lastSequence = 0;
/** Creation stamp: wall-clock ms with sub-ms resolution, strictly increasing within this process. */
function nextSequence(): number {
  const now = Math.round((performance.timeOrigin + performance.now()) * 1000) / 1000;
  lastSequence = now > lastSequence ? now : Math.round((lastSequence + 0.001) * 1000) / 1000;
  return lastSequence;
}

function headerDoc(header: RunHeader): RunHeader {
  const { steps: _s, run_config: _c, ...h } = runLogOf(header, {}, {});
  return h;
}

function stepChunk(v: Record<string, unknown>, file: string): StepChunk {
  if (typeof v.parent_branch !== 'string' || typeof v.sequence !== 'number') {
    throw new RunLogCorruptError(file, 'not a step chunk (parent_branch, sequence, step)');
  }
  checkStep(v.step, file);
  return v as unknown as StepChunk;
}

function branchChunk(v: Record<string, unknown>, file: string): BranchChunk {
  if (typeof v.parent_step !== 'string' || typeof v.sequence !== 'number') {
    throw new RunLogCorruptError(file, 'not a branch chunk (parent_step, sequence, branch)');
  }
  checkBranch(v.branch, file);
  return v as unknown as BranchChunk;
}

/** A BranchLog-*.json file written by runnable (its own steps inside), not a branch chunk of ours. */
function isRunnableBranchDoc(v: Record<string, unknown>): boolean {
  return !('parent_step' in v) && typeof v.internal_name === 'string' && v.steps !== null && typeof v.steps === 'object';
}

/**
 * The records of a run folder in runnable's layout (RunLog.json with root steps, BranchLog-<name>.json with
 * each branch's steps), as journal lines; undefined when RunLog.json is one of ours (no `steps`).
 */
function runnableRecords(dir: string): { state: JournalState; runConfig: Record<string, unknown> } | undefined {
  const runLogFile = path.join(dir, RUN_LOG_FILE);
  const doc = readJsonObjectSync(runLogFile);
  if (!doc || doc.steps === null || typeof doc.steps !== 'object' || Array.isArray(doc.steps)) return undefined;
  const state = emptyJournal();
  let sequence = 0;
  const addSteps = (steps: Record<string, unknown>, parent: string, file: string): void => {
    for (const raw of Object.values(steps)) {
      const step = checkStep(raw, file) as StepRecord & { branches?: unknown };
      const { branches: _b, ...record } = step;
      state.steps.set(step.internal_name, JSON.stringify({ t: 's', parent_branch: parent, sequence: ++sequence, step: record }));
    }
  };
  addSteps(doc.steps as Record<string, unknown>, '', runLogFile);
  const branches: Array<{ v: Record<string, unknown>; file: string; first: string }> = [];
  for (const name of fs.readdirSync(dir)) {
    if (!BRANCH_RE.test(name)) continue;
    const file = path.join(dir, name);
    const v = readJsonObjectSync(file);
    if (!v || !isRunnableBranchDoc(v)) continue;
    checkBranch(v, file);
    // Execution order is not recorded by runnable: the earliest attempt start inside the branch stands for it.
    let first = '';
    for (const st of Object.values(v.steps as Record<string, { attempts?: Array<{ start_time?: string }> }>)) {
      const t = st?.attempts?.[0]?.start_time ?? '';
      if (t && (!first || t < first)) first = t;
    }
    branches.push({ v, file, first });
  }
  // Parents before children (fewer dots first), then execution order.
  const depth = (n: string) => n.split('.').length;
  branches.sort((a, b) => depth(String(a.v.internal_name)) - depth(String(b.v.internal_name)) || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  for (const { v, file } of branches) {
    const name = String(v.internal_name);
    const parentStep = name.split('.').slice(0, -1).join('.');
    const branch = { internal_name: name, status: v.status, parameters: (v.parameters ?? {}) as Parameters };
    state.branches.set(name, JSON.stringify({ t: 'b', parent_step: parentStep, sequence: ++sequence, branch: branch as BranchHeader }));
    addSteps(v.steps as Record<string, unknown>, name, file);
  }
  const { steps: _s, run_config, ...header } = doc;
  state.header = JSON.stringify({ t: 'h', header: checkHeader(header, runLogFile) });
  const runConfig = run_config && typeof run_config === 'object' && !Array.isArray(run_config) ? (run_config as Record<string, unknown>) : {};
  return { state, runConfig };
}

/**
 * Writes many small files atomically (temp file + rename each), a few at a time: the export writes one per
 * branch (10,000 for a 10,000-item map) and the thread pool overlaps their system calls.
 */
async function writeFilesAtomic(files: Array<[string, string]>, concurrency = 8): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const [file, text] = files[next++]!;
      const tmp = tempPathFor(file);
      try {
        await fsp.writeFile(tmp, text);
        await fsp.rename(tmp, file);
      } catch (err) {
        await fsp.rm(tmp, { force: true });
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
}

const fileNamesMemo = new WeakMap<JournalState, Set<string>>();
/** The chunk file names of the records a journal holds (memoised per parsed journal). */
function journalFileNames(journal: JournalState): Set<string> {
  let names = fileNamesMemo.get(journal);
  if (!names || names.size !== journal.steps.size + journal.branches.size) {
    names = new Set();
    for (const k of journal.steps.keys()) names.add(stepFileName(k));
    for (const k of journal.branches.keys()) names.add(branchFileName(k));
    fileNamesMemo.set(journal, names);
  }
  return names;
}

/** A branch internal name runnable can use as a file name (`BranchLog-<name>.json`). */
function runnableFileSafe(name: string): boolean {
  return !name.includes('/') && !name.includes('\0') && Buffer.byteLength(name) <= 200 && name !== '.' && name !== '..';
}

export interface ChunkedFsRunLogStoreOptions {
  /** Absolute folder holding one folder per run. */
  logFolder: string;
  /** Cross-process lock tuning (tests use short stale times). */
  lock?: FileLockOptions;
}

export class ChunkedFsRunLogStore implements RunLogStore {
  readonly kind = 'chunked-fs';
  readonly supportsParallelWrites = true;
  readonly logFolder: string;
  private readonly lockOptions: FileLockOptions;
  private readonly cache = new Map<string, RunCache>();

  constructor(options: ChunkedFsRunLogStoreOptions) {
    this.logFolder = options.logFolder;
    this.lockOptions = options.lock ?? {};
  }

  describe(): string {
    return `${this.logFolder}${path.sep} (chunked-fs run log store)`;
  }

  /** The folder of one run. */
  runDir(runId: string): string {
    checkRunId(runId);
    return path.join(this.logFolder, runId);
  }

  private runCache(runId: string): RunCache {
    let c = this.cache.get(runId);
    if (!c) {
      c = { exists: false, steps: new Map(), branches: new Map(), absent: new Set(), values: new Set() };
      this.cache.set(runId, c);
    }
    return c;
  }

  /** The run's folder, after checking (once per process) that the run exists. */
  private need(runId: string): { dir: string; cache: RunCache } {
    const dir = this.runDir(runId);
    const cache = this.runCache(runId);
    if (!cache.exists) {
      if (!fs.existsSync(path.join(dir, RUN_LOG_FILE))) throw new RunLogNotFoundError(runId, this.describe());
      cache.exists = true;
    }
    return { dir, cache };
  }

  async createRun(header: RunHeader, runConfig: Record<string, unknown>): Promise<void> {
    const dir = this.runDir(header.run_id);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, RUN_LOG_FILE);
    // Exclusive create with full content: temp file, then link to the final name (fails when it exists).
    const tmp = tempPathFor(file);
    fs.writeFileSync(tmp, JSON.stringify(headerDoc(header), null, 2));
    try {
      fs.linkSync(tmp, file);
    } catch (err) {
      if (isErrno(err, 'EEXIST')) throw new RunLogExistsError(header.run_id);
      throw err;
    } finally {
      fs.unlinkSync(tmp);
    }
    atomicWriteFileSync(path.join(dir, RUN_CONFIG_FILE), JSON.stringify(runConfig ?? {}, null, 2));
    const cache = this.runCache(header.run_id);
    cache.exists = true;
    cache.created = true;
  }

  /**
   * Makes this process the run's only writer until `releaseRun` (the local executor, which runs the whole run
   * in-process). Its records are then appended to `Journal.jsonl` — one write(2) per record instead of a file
   * created and renamed — and read back from memory. Other processes read the journal over the chunk files;
   * one that writes to the run later first folds the journal into chunk files (`compact`).
   */
  async claimRun(runId: string): Promise<void> {
    const { dir, cache } = this.need(runId);
    if (cache.owner) return;
    const lockPath = path.join(dir, OWNER_LOCK_FILE);
    const lease = acquireOwnerLock(lockPath, (holder) => new RunLogInUseError(runId, holder, lockPath));
    try {
      const file = path.join(dir, JOURNAL_FILE);
      const fd = fs.openSync(file, 'a+');
      try {
        let journal = emptyJournal();
        let size = fs.fstatSync(fd).size;
        if (size === 0) {
          // A run runnable wrote: its records become the start of our journal (the retry appends to them).
          const imported = runnableRecords(dir);
          if (imported) {
            const lines = [...imported.state.branches.values(), ...imported.state.steps.values(), imported.state.header!].map((l) => String(l) + '\n');
            appendLine(fd, lines.join(''));
            if (!fs.existsSync(path.join(dir, RUN_CONFIG_FILE))) atomicWriteFileSync(path.join(dir, RUN_CONFIG_FILE), JSON.stringify(imported.runConfig, null, 2));
            size = fs.fstatSync(fd).size;
          }
        }
        if (size > 0) {
          const parsed = parseJournal(fs.readFileSync(file), file);
          journal = parsed.state;
          // The torn last line of a killed owner: cut, so that our first line starts a line.
          if (parsed.complete < size) fs.ftruncateSync(fd, parsed.complete);
        }
        cache.owner = { fd, lease, journal, fresh: Boolean(cache.created) && size === 0, size: fs.fstatSync(fd).size };
        cache.snapshot = undefined;
      } catch (err) {
        fs.closeSync(fd);
        throw err;
      }
    } catch (err) {
      releaseOwnerLock(lease);
      throw err;
    }
  }

  /**
   * Ends `claimRun`: the journal stays (it is part of the run log) and the owner lock goes. The final header
   * is also written to RunLog.json, so that a person or tool looking at the folder sees the run's status.
   */
  async releaseRun(runId: string): Promise<void> {
    const cache = this.cache.get(runId);
    const owner = cache?.owner;
    if (!owner) return;
    try {
      if (owner.journal.header !== undefined || owner.journal.failed) {
        const dir = this.runDir(runId);
        atomicWriteFileSync(path.join(dir, RUN_LOG_FILE), JSON.stringify(this.readHeader(runId, dir), null, 2));
      }
    } finally {
      this.dropOwner(cache!, owner);
    }
  }

  private dropOwner(cache: RunCache, owner: Owner): void {
    cache.owner = undefined;
    fs.closeSync(owner.fd);
    releaseOwnerLock(owner.lease);
  }

  /**
   * The run is settled: it is also written in runnable's layout (see the module comment), and this process's
   * claim ends. Any process may call it — the local owner at its end, the emulator's walker, Argo's exit
   * handler: one that does not own the run claims it first (skipped while another live process owns it; that
   * one exports at its own end), then folds every chunk file into the journal and removes them, so that
   * runnable's `BranchLog-<name>.json` files replace none of ours and the journal holds the whole run.
   */
  async finishRun(runId: string): Promise<void> {
    const dir = this.runDir(runId);
    let cache = this.cache.get(runId);
    let scan = !cache?.owner?.fresh;
    if (!cache?.owner) {
      try {
        await this.claimRun(runId);
      } catch (err) {
        if (err instanceof RunLogInUseError) return;
        throw err;
      }
      cache = this.cache.get(runId)!;
      scan = true; // other processes may have written chunk files since this one created the run
    }
    const owner = cache.owner!;
    let exported = false;
    try {
      if (scan) this.foldChunks(dir, owner);
      await this.writeRunnableLayout(runId, dir, owner);
      exported = true;
    } finally {
      // RunLog.json is now runnable's document (with the final header): releaseRun would overwrite it.
      if (exported) this.dropOwner(cache, owner);
      else await this.releaseRun(runId);
    }
  }

  /**
   * Moves every chunk file of ours into the owner's journal (the journal is newer: a record it holds wins),
   * then removes them. Crash-safe: until a file is removed its record is in both places, and equal.
   */
  private foldChunks(dir: string, owner: Owner): void {
    const folded: string[] = [];
    for (const name of fs.readdirSync(dir)) {
      const isStep = STEP_RE.test(name);
      if (!isStep && !BRANCH_RE.test(name)) continue;
      const file = path.join(dir, name);
      const v = readJsonObjectSync(file);
      if (!v) continue;
      if (!isStep && isRunnableBranchDoc(v)) continue; // an earlier export: rewritten below
      // A chunk file is older than the journal: appended after a settling line, it is appended settled.
      if (isStep) {
        const c = settledStep(owner.journal, stepChunk(v, file), true);
        if (!owner.journal.steps.has(c.step.internal_name)) setStepEntry(owner.journal, c.step.internal_name, this.record(owner, `{"t":"s",${JSON.stringify(c).slice(1)}`));
      } else {
        const c = settledBranch(owner.journal, branchChunk(v, file), true);
        if (!owner.journal.branches.has(c.branch.internal_name)) this.appendBranch(owner, c);
      }
      folded.push(file);
    }
    if (owner.journal.header === undefined) {
      const file = path.join(dir, RUN_LOG_FILE);
      const v = readJsonObjectSync(file);
      if (v && !('steps' in v)) setHeaderEntry(owner.journal, this.record(owner, `{"t":"h","header":${JSON.stringify(settledHeader(owner.journal, checkHeader(v, file)))}}`));
    }
    if (!folded.length) return;
    fs.fsyncSync(owner.fd); // the records are durable before their files go
    for (const file of folded) fs.rmSync(file, { force: true });
    owner.fresh = true;
  }

  /**
   * Writes the owner's run in runnable's layout: BranchLog-<name>.json per branch (its steps and parameters),
   * then RunLog.json (header, root steps, run_config). Built straight from the journal's latest records (no
   * whole-document assembly); compact JSON, written a few files at a time.
   */
  private async writeRunnableLayout(runId: string, dir: string, owner: Owner): Promise<void> {
    const journalFile = path.join(dir, JOURNAL_FILE);
    const whole = fs.readFileSync(journalFile);
    const parse = (e: Entry) => parseJsonExact(this.text(owner, e, whole)) as Record<string, unknown>;
    const seen = new Map<string, unknown>();
    // By parent branch ('' = root), in execution order once sorted.
    const children = new Map<string, Array<{ sequence: number; name: string; log: StepLog }>>();
    for (const e of owner.journal.steps.values()) {
      const c = settledStep(owner.journal, stepChunk(parse(e), journalFile));
      // An attempt's input_parameters are the whole scope: in a map over N items, the N-item list in each of
      // the N branch files (O(N²) bytes). runnable 0.50 records no inputs at all; the export keeps the small
      // ones and leaves out those stored as Value files (4 KiB or more; they stay in our journal).
      const attempts = c.step.attempts.map((a) => {
        const input: Parameters = {};
        for (const [k, p] of Object.entries(a.input_parameters ?? {})) if (!hasRefs(p as unknown as Record<string, unknown>)) input[k] = p;
        this.resolve(dir, a.output_parameters, journalFile, seen);
        this.resolve(dir, a.user_defined_metrics, journalFile, seen);
        return { ...a, input_parameters: input };
      });
      const list = children.get(c.parent_branch) ?? [];
      list.push({ sequence: c.sequence, name: c.step.internal_name, log: stepLogOf({ ...c.step, attempts }, {}) });
      children.set(c.parent_branch, list);
    }
    const stepsOf = (parent: string): Record<string, StepLog> => {
      const out: Record<string, StepLog> = {};
      for (const x of (children.get(parent) ?? []).sort(bySequence)) out[x.name] = x.log;
      return out;
    };
    const files: Array<[string, string]> = [];
    for (const e of owner.journal.branches.values()) {
      const c = this.resolveBranch(dir, settledBranch(owner.journal, branchChunk(parse(e), journalFile)), journalFile, seen);
      if (!runnableFileSafe(c.branch.internal_name)) continue;
      files.push([path.join(dir, `BranchLog-${c.branch.internal_name}.json`), JSON.stringify(branchLogOf(c.branch, stepsOf(c.branch.internal_name)))]);
    }
    await writeFilesAtomic(files);
    const runConfig = readJsonObjectSync(path.join(dir, RUN_CONFIG_FILE)) ?? {};
    atomicWriteFileSync(path.join(dir, RUN_LOG_FILE), JSON.stringify(runLogOf(this.readHeader(runId, dir), stepsOf(''), runConfig), null, 2));
  }

  /** A run in runnable's layout (no journal of ours), read as journal records; cached per RunLog.json version. */
  private runnableLayout(dir: string, cache: RunCache): { state: JournalState; runConfig: Record<string, unknown> } | undefined {
    const st = fs.statSync(path.join(dir, RUN_LOG_FILE), { throwIfNoEntry: false });
    if (!st) return undefined;
    const known = cache.runnable;
    if (known !== undefined && (known === null || (known.size === st.size && known.mtimeMs === st.mtimeMs))) return known ?? undefined;
    const got = runnableRecords(dir);
    cache.runnable = got ? { size: st.size, mtimeMs: st.mtimeMs, ...got } : null;
    return got;
  }

  /** Appends a record's line to the owner's journal; returns its entry. */
  private record(owner: Owner, line: string): Entry {
    if (owner.broken) throw owner.broken;
    const bytes = Buffer.byteLength(line);
    try {
      // Whole or not at all (a disk-full write is cut back and frees the disk reserve, fs-util.ts): the owner
      // can still append the run's final records; only a journal left torn stays broken.
      appendWholeSync(owner.fd, line + '\n', owner.size);
    } catch (err) {
      if ((err as { torn?: boolean } | null)?.torn) owner.broken = err;
      throw err;
    }
    const offset = owner.size;
    owner.size += bytes + 1;
    return bytes < LINE_LEN_LIMIT ? offset * LINE_LEN_LIMIT + bytes : line;
  }

  /** The line of an entry (read back from the owner's journal, or from `whole`, the file's bytes, when given). */
  private text(owner: Owner | undefined, entry: Entry, whole?: Buffer): string {
    if (typeof entry === 'string') return entry;
    const len = entry % LINE_LEN_LIMIT;
    const offset = (entry - len) / LINE_LEN_LIMIT;
    if (whole) return whole.toString('utf8', offset, offset + len);
    const buf = Buffer.allocUnsafe(len);
    fs.readSync(owner!.fd, buf, 0, len, offset);
    return buf.toString('utf8');
  }

  /** The journal records that override chunk files: the owner's, or a non-owner's read of the file. */
  private journal(dir: string, cache: RunCache): JournalState | undefined {
    if (cache.owner) return cache.owner.journal;
    const file = path.join(dir, JOURNAL_FILE);
    const st = fs.statSync(file, { throwIfNoEntry: false });
    if (!st) {
      cache.snapshot = undefined;
      return this.runnableLayout(dir, cache)?.state;
    }
    const snap = cache.snapshot;
    if (snap && snap.size === st.size && snap.mtimeMs === st.mtimeMs) return snap.state;
    const { state } = parseJournal(fs.readFileSync(file), file);
    cache.snapshot = { size: st.size, mtimeMs: st.mtimeMs, state };
    return state;
  }

  /** A non-owner about to write a run runnable wrote: its records become chunk files of ours (under a lock). */
  private async convertRunnable(runId: string, dir: string, cache: RunCache, imported: { state: JournalState; runConfig: Record<string, unknown> }): Promise<void> {
    const file = path.join(dir, RUN_LOG_FILE);
    await withFileLock(
      file + '.lock',
      () => {
        if (!runnableRecords(dir)) return; // another writer converted it meanwhile
        for (const line of imported.state.branches.values()) {
          const { t: _t, ...chunk } = parseJsonExact(String(line)) as BranchChunk & { t: string };
          atomicWriteFileSync(path.join(dir, branchFileName(chunk.branch.internal_name)), JSON.stringify(chunk, null, 2));
        }
        for (const line of imported.state.steps.values()) {
          const { t: _t, ...chunk } = parseJsonExact(String(line)) as StepChunk & { t: string };
          atomicWriteFileSync(path.join(dir, stepFileName(chunk.step.internal_name)), JSON.stringify(chunk, null, 2));
        }
        if (!fs.existsSync(path.join(dir, RUN_CONFIG_FILE))) atomicWriteFileSync(path.join(dir, RUN_CONFIG_FILE), JSON.stringify(imported.runConfig, null, 2));
        const header = (parseJsonExact(String(imported.state.header)) as { header: RunHeader }).header;
        atomicWriteFileSync(file, JSON.stringify(headerDoc(header), null, 2));
        cache.runnable = undefined;
      },
      this.lockOptions,
    );
  }

  private async compact(runId: string, dir: string, cache: RunCache): Promise<void> {
    const file = path.join(dir, JOURNAL_FILE);
    const lockPath = path.join(dir, OWNER_LOCK_FILE);
    await withFileLock(
      file + '.lock',
      () => {
        if (!fs.existsSync(file)) return;
        const holder = liveOwner(lockPath);
        if (holder) throw new RunLogInUseError(runId, holder, lockPath);
        const { state } = parseJournal(fs.readFileSync(file), file);
        if (state.failed) {
          // The chunk files the journal does not override are older than its settling line: settled first, while
          // the journal still says so (a crash in between leaves them read the same).
          const overridden = journalFileNames(state);
          for (const name of fs.readdirSync(dir)) {
            const isStep = STEP_RE.test(name);
            if ((!isStep && !BRANCH_RE.test(name)) || overridden.has(name)) continue;
            const chunkFile = path.join(dir, name);
            const v = readJsonObjectSync(chunkFile);
            if (!v || (!isStep && isRunnableBranchDoc(v))) continue;
            const before = isStep ? stepChunk(v, chunkFile) : branchChunk(v, chunkFile);
            const after = isStep ? settledStep(state, before as StepChunk, true) : settledBranch(state, before as BranchChunk, true);
            if (after !== before) atomicWriteFileSync(chunkFile, JSON.stringify(after, null, 2));
          }
        }
        for (const line of state.branches.values()) {
          const { t: _t, ...parsed } = parseJsonExact(this.text(undefined, line)) as BranchChunk & { t: string };
          const chunk = settledBranch(state, parsed);
          atomicWriteFileSync(path.join(dir, branchFileName(chunk.branch.internal_name)), JSON.stringify(chunk, null, 2));
        }
        for (const line of state.steps.values()) {
          const { t: _t, ...parsed } = parseJsonExact(this.text(undefined, line)) as StepChunk & { t: string };
          const chunk = settledStep(state, parsed);
          atomicWriteFileSync(path.join(dir, stepFileName(chunk.step.internal_name)), JSON.stringify(chunk, null, 2));
        }
        const header = state.header ? (parseJsonExact(this.text(undefined, state.header)) as { header: RunHeader }).header : state.failed?.header ? readJsonObjectSync(path.join(dir, RUN_LOG_FILE)) : undefined;
        if (header) atomicWriteFileSync(path.join(dir, RUN_LOG_FILE), JSON.stringify(settledHeader(state, header as RunHeader), null, 2));
        fs.unlinkSync(file);
        cache.snapshot = undefined;
      },
      this.lockOptions,
    );
  }

  /**
   * The run, for a write. A non-owner that finds a journal folds it into chunk files first (under a lock, so
   * that two writers never fold at once), unless its owner is still alive (RunLogInUseError).
   */
  private async forWrite(runId: string): Promise<{ dir: string; cache: RunCache }> {
    const got = this.need(runId);
    if (!got.cache.owner && fs.existsSync(path.join(got.dir, JOURNAL_FILE))) await this.compact(runId, got.dir, got.cache);
    else if (!got.cache.owner) {
      const imported = this.runnableLayout(got.dir, got.cache);
      if (imported) await this.convertRunnable(runId, got.dir, got.cache, imported);
    }
    return got;
  }

  async runExists(runId: string): Promise<boolean> {
    return fs.existsSync(path.join(this.runDir(runId), RUN_LOG_FILE));
  }

  private readHeader(runId: string, dir: string): RunHeader {
    const cache = this.runCache(runId);
    const journal = this.journal(dir, cache);
    const entry = journal?.header;
    if (entry !== undefined) return settledHeader(journal, checkHeader((parseJsonExact(this.text(cache.owner, entry)) as { header: unknown }).header, path.join(dir, JOURNAL_FILE)));
    const file = path.join(dir, RUN_LOG_FILE);
    const v = readJsonObjectSync(file);
    if (!v) throw new RunLogNotFoundError(runId, this.describe());
    return settledHeader(journal, checkHeader(v, file));
  }

  async getRunHeader(runId: string): Promise<RunHeader> {
    return this.readHeader(runId, this.runDir(runId));
  }

  async updateRunHeader(runId: string, update: (header: RunHeader) => RunHeader): Promise<RunHeader> {
    const { dir, cache } = await this.forWrite(runId);
    const owner = cache.owner;
    if (owner) {
      const next = headerDoc({ ...update(this.readHeader(runId, dir)), run_id: runId });
      const text = JSON.stringify(next);
      setHeaderEntry(owner.journal, this.record(owner, `{"t":"h","header":${text}}`));
      return parseJsonExact(text) as RunHeader;
    }
    const file = path.join(dir, RUN_LOG_FILE);
    return withFileLock(
      file + '.lock',
      () => {
        const next = headerDoc({ ...update(this.readHeader(runId, dir)), run_id: runId });
        const text = JSON.stringify(next, null, 2);
        atomicWriteFileSync(file, text);
        return parseJsonExact(text) as RunHeader;
      },
      this.lockOptions,
    );
  }

  async getRunConfig(runId: string): Promise<Record<string, unknown>> {
    const { dir } = this.need(runId);
    // Missing only in the instant between createRun's two writes (an empty config then), or in runnable's layout.
    return readJsonObjectSync(path.join(dir, RUN_CONFIG_FILE)) ?? this.runnableLayout(dir, this.runCache(runId))?.runConfig ?? {};
  }


  /** Writes the large values of `params` to value files; returns the parameters with references instead. */
  private externalize(dir: string, cache: RunCache, params: Parameters | undefined): Parameters | undefined {
    if (!params) return params;
    let out: Parameters | undefined;
    for (const name in params) {
      const p = params[name]!;
      let q: Record<string, unknown> | undefined;
      for (const [field, ref] of REF_FIELDS) {
        const v = (p as unknown as Record<string, unknown>)[field];
        const big = bigValue(v);
        if (!big) continue;
        if (!cache.values.has(big.hash)) {
          const file = path.join(dir, valueFileName(big.hash));
          if (!fs.existsSync(file)) createExclusiveSync(file, big.text ?? JSON.stringify(v));
          cache.values.add(big.hash);
        }
        q ??= { ...p };
        delete q[field];
        q[ref] = big.hash;
      }
      if (q) (out ??= { ...params })[name] = q as unknown as Parameter;
    }
    return out ?? params;
  }

  private externalizeStep(dir: string, cache: RunCache, step: StepRecord): StepRecord {
    let attempts: StepRecord['attempts'] | undefined;
    step.attempts.forEach((a, i) => {
      const input = this.externalize(dir, cache, a.input_parameters);
      const output = this.externalize(dir, cache, a.output_parameters);
      const metrics = this.externalize(dir, cache, a.user_defined_metrics);
      if (input !== a.input_parameters || output !== a.output_parameters || metrics !== a.user_defined_metrics) {
        attempts ??= [...step.attempts];
        attempts[i] = { ...a, input_parameters: input!, output_parameters: output!, user_defined_metrics: metrics! };
      }
    });
    return attempts ? { ...step, attempts } : step;
  }

  private externalizeBranch(dir: string, cache: RunCache, branch: BranchHeader): BranchHeader {
    const parameters = this.externalize(dir, cache, branch.parameters);
    return parameters === branch.parameters ? branch : { ...branch, parameters: parameters! };
  }

  /** Replaces references by values, in place (on freshly parsed chunks). `seen` shares values within one read. */
  private resolve(dir: string, params: Parameters | undefined, file: string, seen: Map<string, unknown>): void {
    if (!params) return;
    for (const name in params) {
      const p = params[name] as unknown as Record<string, unknown>;
      if (!p || typeof p !== 'object' || !hasRefs(p)) continue;
      const q: Record<string, unknown> = {};
      for (const key in p) {
        const field = key === '$value_ref' ? 'value' : key === '$description_ref' ? 'description' : undefined;
        if (!field) {
          q[key] = p[key];
          continue;
        }
        const hash = String(p[key]);
        if (!seen.has(hash)) {
          const valueFile = path.join(dir, valueFileName(hash));
          let text: string;
          try {
            text = fs.readFileSync(valueFile, 'utf8');
          } catch (err) {
            throw new RunLogCorruptError(file, `it refers to the value file ${valueFileName(hash)}, which cannot be read (${(err as Error).message})`);
          }
          try {
            seen.set(hash, parseJsonExact(text));
          } catch (err) {
            throw new RunLogCorruptError(valueFile, `invalid JSON (${(err as Error).message})`);
          }
        }
        q[field] = seen.get(hash);
      }
      params[name] = q as unknown as Parameter;
    }
  }

  private resolveStep(dir: string, chunk: StepChunk, file: string, seen: Map<string, unknown> = new Map()): StepChunk {
    for (const a of chunk.step.attempts) {
      this.resolve(dir, a.input_parameters, file, seen);
      this.resolve(dir, a.output_parameters, file, seen);
      this.resolve(dir, a.user_defined_metrics, file, seen);
    }
    return chunk;
  }

  private resolveBranch(dir: string, chunk: BranchChunk, file: string, seen: Map<string, unknown> = new Map()): BranchChunk {
    this.resolve(dir, chunk.branch.parameters, file, seen);
    return chunk;
  }

  private readStep(dir: string, cache: RunCache, internalName: string): StepChunk | undefined {
    const journal = this.journal(dir, cache);
    const entry = journal?.steps.get(internalName);
    if (entry !== undefined) {
      const file = path.join(dir, JOURNAL_FILE);
      return this.resolveStep(dir, settledStep(journal, stepChunk(parseJsonExact(this.text(cache.owner, entry)) as Record<string, unknown>, file)), file);
    }
    if (cache.owner?.fresh) return undefined;
    const file = path.join(dir, stepFileName(internalName));
    const v = readJsonObjectSync(file);
    return v ? this.resolveStep(dir, settledStep(journal, stepChunk(v, file), true), file) : undefined;
  }

  private readBranch(dir: string, cache: RunCache, internalName: string): BranchChunk | undefined {
    const journal = this.journal(dir, cache);
    const entry = journal?.branches.get(internalName);
    if (entry !== undefined) {
      const file = path.join(dir, JOURNAL_FILE);
      return this.resolveBranch(dir, settledBranch(journal, branchChunk(parseJsonExact(this.text(cache.owner, entry)) as Record<string, unknown>, file)), file);
    }
    if (cache.owner?.fresh) return undefined;
    const file = path.join(dir, branchFileName(internalName));
    const v = readJsonObjectSync(file);
    return v && !isRunnableBranchDoc(v) ? this.resolveBranch(dir, settledBranch(journal, branchChunk(v, file), true), file) : undefined;
  }

  async getStep(runId: string, internalName: string): Promise<StepRecord | undefined> {
    const { dir, cache } = this.need(runId);
    const chunk = this.readStep(dir, cache, internalName);
    if (!chunk) {
      if (!cache.steps.has(internalName)) cache.absent.add(internalName);
      return undefined;
    }
    cache.absent.delete(internalName);
    cache.steps.set(internalName, { parent: chunk.parent_branch, sequence: chunk.sequence });
    return chunk.step;
  }

  async putStep(runId: string, step: StepRecord, parentBranch: string): Promise<void> {
    const { dir, cache } = await this.forWrite(runId);
    const name = step.internal_name;
    let known = cache.steps.get(name);
    if (!known) {
      const existing = cache.absent.delete(name) ? undefined : this.readStep(dir, cache, name);
      if (existing) known = { parent: existing.parent_branch, sequence: existing.sequence };
      else {
        if (parentBranch !== '' && !this.branchExists(dir, cache, parentBranch)) {
          throw new InternalError(`cannot record step '${name}': parent branch '${parentBranch}' does not exist`);
        }
        known = { parent: parentBranch, sequence: nextSequence() };
      }
    }
    if (known.parent !== parentBranch) {
      throw new InternalError(`step '${name}' is already recorded under branch '${known.parent}', not '${parentBranch}'`);
    }
    const chunk: StepChunk = { parent_branch: parentBranch, sequence: known.sequence, step: this.externalizeStep(dir, cache, step) };
    if (cache.owner) {
      setStepEntry(cache.owner.journal, name, this.record(cache.owner, `{"t":"s",${JSON.stringify(chunk).slice(1)}`));
    } else atomicWriteFileSync(path.join(dir, stepFileName(name)), JSON.stringify(chunk, null, 2));
    cache.steps.set(name, known);
  }

  private branchExists(dir: string, cache: RunCache, name: string): boolean {
    if (cache.branches.has(name)) return true;
    const chunk = this.readBranch(dir, cache, name);
    if (!chunk) return false;
    cache.branches.set(name, { parent: chunk.parent_step, sequence: chunk.sequence });
    return true;
  }

  private stepExists(dir: string, cache: RunCache, name: string): boolean {
    if (cache.steps.has(name)) return true;
    const chunk = this.readStep(dir, cache, name);
    if (!chunk) return false;
    cache.steps.set(name, { parent: chunk.parent_branch, sequence: chunk.sequence });
    return true;
  }

  /** Where a branch record goes: its existing parent and sequence, or (its parent step must exist) new ones. */
  private branchPlace(dir: string, cache: RunCache, name: string, parentStep: string): Known {
    const existing = this.readBranch(dir, cache, name);
    if (existing) return { parent: existing.parent_step, sequence: existing.sequence };
    if (!this.stepExists(dir, cache, parentStep)) {
      throw new InternalError(`cannot record branch '${name}': parent step '${parentStep}' does not exist`);
    }
    return { parent: parentStep, sequence: nextSequence() };
  }

  async getBranch(runId: string, internalName: string): Promise<BranchHeader | undefined> {
    const { dir, cache } = this.need(runId);
    return this.readBranch(dir, cache, internalName)?.branch;
  }

  async putBranch(runId: string, branch: BranchHeader, parentStep: string): Promise<void> {
    const { dir, cache } = await this.forWrite(runId);
    const name = branch.internal_name;
    const owner = cache.owner;
    if (owner) {
      // The only writer: no lock, no exclusive create; an existing record keeps its parent and sequence.
      const known = cache.branches.get(name) ?? this.branchPlace(dir, cache, name, parentStep);
      if (known.parent !== parentStep) {
        throw new InternalError(`branch '${name}' is already recorded under step '${known.parent}', not '${parentStep}'`);
      }
      this.appendBranch(owner, { parent_step: parentStep, sequence: known.sequence, branch: this.externalizeBranch(dir, cache, branch) });
      cache.branches.set(name, known);
      return;
    }
    const file = path.join(dir, branchFileName(name));
    if (!cache.branches.has(name)) {
      if (!this.stepExists(dir, cache, parentStep)) {
        throw new InternalError(`cannot record branch '${name}': parent step '${parentStep}' does not exist`);
      }
      const known: Known = { parent: parentStep, sequence: nextSequence() };
      const chunk: BranchChunk = { parent_step: parentStep, sequence: known.sequence, branch: this.externalizeBranch(dir, cache, branch) };
      if (createExclusiveSync(file, JSON.stringify(chunk, null, 2))) {
        cache.branches.set(name, known);
        return;
      }
      // It exists (a retry, or another writer): replace it under the lock, keeping its parent and sequence.
    }
    await withFileLock(
      file + '.lock',
      () => {
        const known = this.branchPlace(dir, cache, name, parentStep);
        if (known.parent !== parentStep) {
          throw new InternalError(`branch '${name}' is already recorded under step '${known.parent}', not '${parentStep}'`);
        }
        const chunk: BranchChunk = { parent_step: parentStep, sequence: known.sequence, branch: this.externalizeBranch(dir, cache, branch) };
        atomicWriteFileSync(file, JSON.stringify(chunk, null, 2));
        cache.branches.set(name, known);
      },
      this.lockOptions,
    );
  }

  async updateBranch(
    runId: string,
    internalName: string,
    update: (b: BranchHeader) => BranchHeader,
  ): Promise<BranchHeader> {
    const { dir, cache } = await this.forWrite(runId);
    const owner = cache.owner;
    if (owner) {
      // Read-modify-write without a lock: synchronous, and no other process writes the run.
      const existing = this.readBranch(dir, cache, internalName);
      if (!existing) throw new InternalError(`cannot update branch '${internalName}' of run '${runId}': it does not exist`);
      const branch = { ...update(existing.branch), internal_name: internalName };
      this.appendBranch(owner, { parent_step: existing.parent_step, sequence: existing.sequence, branch: this.externalizeBranch(dir, cache, branch) });
      cache.branches.set(internalName, { parent: existing.parent_step, sequence: existing.sequence });
      return jsonCopy(branch);
    }
    const file = path.join(dir, branchFileName(internalName));
    return withFileLock(
      file + '.lock',
      () => {
        const existing = this.readBranch(dir, cache, internalName);
        if (!existing) {
          throw new InternalError(`cannot update branch '${internalName}' of run '${runId}': it does not exist`);
        }
        const branch = { ...update(jsonCopy(existing.branch)), internal_name: internalName };
        const chunk: BranchChunk = { parent_step: existing.parent_step, sequence: existing.sequence, branch: this.externalizeBranch(dir, cache, branch) };
        atomicWriteFileSync(file, JSON.stringify(chunk, null, 2));
        cache.branches.set(internalName, { parent: existing.parent_step, sequence: existing.sequence });
        return jsonCopy(branch);
      },
      this.lockOptions,
    );
  }

  async getRunLog(runId: string): Promise<RunLog> {
    const dir = this.runDir(runId);
    const cache = this.runCache(runId);
    const journal = this.journal(dir, cache);
    const header = this.readHeader(runId, dir);
    const runConfig = readJsonObjectSync(path.join(dir, RUN_CONFIG_FILE)) ?? (journal ? cache.runnable?.runConfig : undefined) ?? {};
    // By internal name: a journal record replaces the chunk file of the same record (it is newer).
    const steps = new Map<string, StepChunk & { file: string }>();
    const branches = new Map<string, BranchChunk & { file: string }>();
    const seen = new Map<string, unknown>(); // large values, parsed once per document
    if (!cache.owner?.fresh) {
      const overridden = journal ? journalFileNames(journal) : undefined;
      for (const name of fs.readdirSync(dir)) {
        const isStep = STEP_RE.test(name);
        if (!isStep && !BRANCH_RE.test(name)) continue; // RunLog/RunConfig, journal, values, locks, temp files
        // The journal's record wins over a file of the same name: not read (after an export, runnable's files).
        if (overridden?.has(name)) continue;
        const file = path.join(dir, name);
        const v = readJsonObjectSync(file);
        if (!v) continue; // vanished: chunks are never deleted by us
        if (!isStep && isRunnableBranchDoc(v)) continue; // runnable's layout: read through runnableLayout
        if (isStep) {
          const c = this.resolveStep(dir, settledStep(journal, stepChunk(v, file), true), file, seen);
          if (!journal?.steps.has(c.step.internal_name)) steps.set(c.step.internal_name, { ...c, file });
        } else {
          const c = this.resolveBranch(dir, settledBranch(journal, branchChunk(v, file), true), file, seen);
          if (!journal?.branches.has(c.branch.internal_name)) branches.set(c.branch.internal_name, { ...c, file });
        }
      }
    }
    if (journal) {
      const file = path.join(dir, JOURNAL_FILE);
      const whole = cache.owner ? fs.readFileSync(file) : undefined; // one read, not one per record
      const parse = (e: Entry) => parseJsonExact(this.text(cache.owner, e, whole)) as Record<string, unknown>;
      for (const [name, e] of journal.steps) steps.set(name, { ...this.resolveStep(dir, settledStep(journal, stepChunk(parse(e), file)), file, seen), file });
      for (const [name, e] of journal.branches) branches.set(name, { ...this.resolveBranch(dir, settledBranch(journal, branchChunk(parse(e), file)), file, seen), file });
    }
    return assemble(header, runConfig, [...steps.values()], [...branches.values()]);
  }

  async failRun(runId: string, reason: string): Promise<void> {
    const { cache } = await this.forWrite(runId);
    const owner = cache.owner;
    if (owner) {
      // One line, whatever the run holds: the run's FAIL and its unsettled records (see FailedRecords). Not even
      // the header is read (it may hold a 200k-item list).
      this.record(owner, JSON.stringify({ t: 'f', message: reason }));
      markFailed(owner.journal, reason);
      return;
    }
    // Not the run's owner (a pod of an orchestrator): no journal to settle it in, so a chunk file per unsettled
    // record, bottom-up, after the run's FAIL.
    await this.updateRunHeader(runId, (h) => ({ ...h, status: 'FAIL' }));
    const sweep = async (steps: Record<string, StepLog>, parentBranch: string): Promise<void> => {
      for (const step of Object.values(steps)) {
        for (const branch of Object.values(step.branches)) {
          await sweep(branch.steps, branch.internal_name);
          if (isUnsettled(branch.status)) await this.putBranch(runId, { internal_name: branch.internal_name, status: 'FAIL', parameters: branch.parameters }, step.internal_name);
        }
        const { branches: _b, ...record } = step;
        if (isUnsettled(record.status)) await this.putStep(runId, failedStep(record, reason), parentBranch);
      }
    };
    await sweep((await this.getRunLog(runId)).steps, '');
  }

  private appendBranch(owner: Owner, chunk: BranchChunk): void {
    setBranchEntry(owner.journal, chunk.branch.internal_name, this.record(owner, `{"t":"b",${JSON.stringify(chunk).slice(1)}`));
  }

  async flush(): Promise<void> {}
}

const bySequence = (a: { sequence: number; name: string }, b: { sequence: number; name: string }) =>
  a.sequence - b.sequence || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Rebuilds runnable's single document from flat step and branch records. */
export function assemble(
  header: RunHeader,
  runConfig: Record<string, unknown>,
  stepChunks: Array<StepChunk & { file: string }>,
  branchChunks: Array<BranchChunk & { file: string }>,
): RunLog {
  const root: Record<string, StepLog> = {};
  const branchLogs = new Map<string, BranchLog>();
  const stepLogs = new Map<string, StepLog>();
  const branches = branchChunks.map((c) => ({ ...c, name: c.branch.internal_name }));
  const steps = stepChunks.map((c) => ({ ...c, name: c.step.internal_name }));
  branches.sort(bySequence);
  steps.sort(bySequence);
  for (const b of branches) branchLogs.set(b.name, branchLogOf(b.branch, {}));
  for (const s of steps) {
    const log = stepLogOf(s.step, {});
    stepLogs.set(s.name, log);
    if (s.parent_branch === '') root[s.name] = log;
    else {
      const parent = branchLogs.get(s.parent_branch);
      if (!parent) throw new RunLogCorruptError(s.file, `its parent branch '${s.parent_branch}' has no chunk`);
      parent.steps[s.name] = log;
    }
  }
  for (const b of branches) {
    const parent = stepLogs.get(b.parent_step);
    if (!parent) throw new RunLogCorruptError(b.file, `its parent step '${b.parent_step}' has no chunk`);
    parent.branches[b.name] = branchLogs.get(b.name)!;
  }
  return runLogOf(header, root, runConfig);
}

/**
 * Parses a chunk file's text (exported for tools and tests that inspect a run folder). Large parameter values
 * stay references (`$value_ref` / `$description_ref` → `Value-<hash>.json` in the same folder); the store's
 * read methods resolve them.
 */
export function parseChunk(text: string, file: string): StepChunk | BranchChunk {
  const v = parseJsonObject(text, file);
  return 'parent_step' in v ? branchChunk(v, file) : stepChunk(v, file);
}
