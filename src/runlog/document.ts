/**
 * Building blocks shared by the stores:
 * - `stepLogOf` / `branchLogOf` / `runLogOf`: compose runnable's objects with runnable's key order;
 * - `splitStep` / `splitBranch` / `splitRunLog`: the reverse;
 * - `RunDocument`: one run held in memory as runnable's nested document plus indexes by internal name,
 *   used by the `buffered` and `file-system` stores. Every value going in or out is copied through JSON,
 *   so all stores behave the same (undefined dropped, no shared references with callers).
 */
import { InternalError, RunLogCorruptError } from '../errors.js';
import { parseJsonExact } from './exact-json.js';
import type { BranchHeader, BranchLog, RunHeader, RunLog, Status, StepLog, StepRecord } from './model.js';

/** A deep copy through JSON: what a file store would give back (integral floats and big ints kept exact). */
export function jsonCopy<T>(value: T): T {
  return parseJsonExact(JSON.stringify(value)) as T;
}

export function stepLogOf(record: StepRecord, branches: Record<string, BranchLog>): StepLog {
  const { name, internal_name, status, step_type, message, mock, attempts, data_catalog, ...rest } = record;
  const { branches: _ignored, ...extra } = rest as Record<string, unknown>;
  return { name, internal_name, status, step_type, message, mock, attempts, branches, data_catalog, ...extra };
}

export function branchLogOf(header: BranchHeader, steps: Record<string, StepLog>): BranchLog {
  const { internal_name, status, parameters, ...rest } = header;
  const { steps: _ignored, ...extra } = rest as Record<string, unknown>;
  return { internal_name, status, steps, parameters, ...extra };
}

export function runLogOf(header: RunHeader, steps: Record<string, StepLog>, runConfig: Record<string, unknown>): RunLog {
  const { run_id, dag_hash, tag, status, job, parameters, ...rest } = header;
  const { steps: _s, run_config: _c, ...extra } = rest as Record<string, unknown>;
  return { run_id, dag_hash, tag, status, steps, job: job ?? null, parameters, run_config: runConfig, ...extra };
}

export function splitStep(log: StepLog): StepRecord {
  const { branches: _branches, ...record } = log;
  return record;
}

export function splitBranch(log: BranchLog): BranchHeader {
  const { steps: _steps, ...header } = log;
  return header;
}

export function splitRunLog(log: RunLog): { header: RunHeader; runConfig: Record<string, unknown> } {
  const { steps: _steps, run_config, ...header } = log;
  return { header, runConfig: run_config ?? {} };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Checks the fields every store relies on; throws RunLogCorruptError naming `file`. */
export function checkHeader(v: unknown, file: string): RunHeader {
  if (!isObject(v) || typeof v.run_id !== 'string' || typeof v.status !== 'string' || !isObject(v.parameters ?? {})) {
    throw new RunLogCorruptError(file, 'not a run log header (run_id, status, parameters)');
  }
  return v as unknown as RunHeader;
}

export function checkStep(v: unknown, file: string): StepRecord {
  if (!isObject(v) || typeof v.internal_name !== 'string' || typeof v.status !== 'string' || !Array.isArray(v.attempts ?? [])) {
    throw new RunLogCorruptError(file, 'not a step log (internal_name, status, attempts)');
  }
  return v as unknown as StepRecord;
}

export function checkBranch(v: unknown, file: string): BranchHeader {
  if (!isObject(v) || typeof v.internal_name !== 'string' || typeof v.status !== 'string') {
    throw new RunLogCorruptError(file, 'not a branch log (internal_name, status, parameters)');
  }
  return v as unknown as BranchHeader;
}

/** Not yet settled: what an interrupted run's `failRun` turns into FAIL. */
export function isUnsettled(status: unknown): boolean {
  return status === 'PROCESSING' || status === 'CREATED';
}

/** A step record as `failRun(reason)` leaves it: FAIL with the reason when it was unsettled, else unchanged. */
export function failedStep<T extends { status: Status; message: string }>(step: T, reason: string): T {
  return isUnsettled(step.status) ? { ...step, status: 'FAIL', message: reason } : step;
}

/** A branch header as `failRun` leaves it. */
export function failedBranch<T extends { status: Status }>(branch: T): T {
  return isUnsettled(branch.status) ? { ...branch, status: 'FAIL' } : branch;
}

interface StepEntry {
  log: StepLog;
  parent: string;
}
interface BranchEntry {
  log: BranchLog;
  parent: string;
}

/** One run as runnable's nested document, with indexes. Insertion order = creation order. */
export class RunDocument {
  readonly steps = new Map<string, StepEntry>();
  readonly branches = new Map<string, BranchEntry>();

  readonly doc: RunLog;

  private constructor(doc: RunLog) {
    this.doc = doc;
  }

  static create(header: RunHeader, runConfig: Record<string, unknown>): RunDocument {
    return new RunDocument(runLogOf(jsonCopy(header), {}, jsonCopy(runConfig)));
  }

  /** Indexes a parsed document (e.g. read from disk); throws RunLogCorruptError naming `file`. */
  static fromJson(value: Record<string, unknown>, file: string): RunDocument {
    checkHeader(value, file);
    const doc = value as unknown as RunLog;
    if (!isObject(doc.steps)) throw new RunLogCorruptError(file, "'steps' is not an object");
    if (!isObject(doc.run_config ?? {})) throw new RunLogCorruptError(file, "'run_config' is not an object");
    doc.run_config ??= {};
    doc.job ??= null;
    const rd = new RunDocument(doc);
    const walk = (steps: Record<string, StepLog>, parent: string) => {
      for (const [key, step] of Object.entries(steps)) {
        checkStep(step, `${file} (step ${key})`);
        step.branches ??= {};
        rd.steps.set(step.internal_name, { log: step, parent });
        for (const [bkey, branch] of Object.entries(step.branches)) {
          checkBranch(branch, `${file} (branch ${bkey})`);
          if (!isObject(branch.steps)) throw new RunLogCorruptError(file, `branch ${bkey} has no 'steps' object`);
          branch.parameters ??= {};
          rd.branches.set(branch.internal_name, { log: branch, parent: step.internal_name });
          walk(branch.steps, branch.internal_name);
        }
      }
    };
    walk(doc.steps, '');
    return rd;
  }

  header(): RunHeader {
    return jsonCopy(splitRunLog(this.doc).header);
  }

  setHeader(header: RunHeader): void {
    const { steps, run_config } = this.doc;
    const next = runLogOf(jsonCopy(header), steps, run_config);
    for (const key of Object.keys(this.doc)) delete (this.doc as unknown as Record<string, unknown>)[key];
    Object.assign(this.doc, next);
  }

  runConfig(): Record<string, unknown> {
    return jsonCopy(this.doc.run_config);
  }

  getStep(name: string): StepRecord | undefined {
    const e = this.steps.get(name);
    return e ? jsonCopy(splitStep(e.log)) : undefined;
  }

  putStep(step: StepRecord, parentBranch: string): void {
    const existing = this.steps.get(step.internal_name);
    const container = this.container(parentBranch, step.internal_name);
    if (existing && existing.parent !== parentBranch) {
      throw new InternalError(
        `step '${step.internal_name}' is already recorded under branch '${existing.parent}', not '${parentBranch}'`,
      );
    }
    const log = stepLogOf(jsonCopy(step), existing?.log.branches ?? {});
    container[step.internal_name] = log; // replacing a key keeps its position
    this.steps.set(step.internal_name, { log, parent: parentBranch });
    // Branches of the replaced step now hang off the new object (same `branches` record).
  }

  getBranch(name: string): BranchHeader | undefined {
    const e = this.branches.get(name);
    return e ? jsonCopy(splitBranch(e.log)) : undefined;
  }

  putBranch(branch: BranchHeader, parentStep: string): void {
    const parent = this.steps.get(parentStep);
    if (!parent) throw new InternalError(`cannot record branch '${branch.internal_name}': parent step '${parentStep}' does not exist`);
    const existing = this.branches.get(branch.internal_name);
    if (existing && existing.parent !== parentStep) {
      throw new InternalError(
        `branch '${branch.internal_name}' is already recorded under step '${existing.parent}', not '${parentStep}'`,
      );
    }
    const log = branchLogOf(jsonCopy(branch), existing?.log.steps ?? {});
    parent.log.branches[branch.internal_name] = log;
    this.branches.set(branch.internal_name, { log, parent: parentStep });
  }

  private container(parentBranch: string, forStep: string): Record<string, StepLog> {
    if (parentBranch === '') return this.doc.steps;
    const b = this.branches.get(parentBranch);
    if (!b) throw new InternalError(`cannot record step '${forStep}': parent branch '${parentBranch}' does not exist`);
    return b.log.steps;
  }

  /** `RunLogStore.failRun` in memory: the run FAIL, every unsettled step (message `reason`) and branch FAIL. */
  failRun(reason: string): void {
    this.doc.status = 'FAIL';
    for (const { log } of this.steps.values()) {
      if (!isUnsettled(log.status)) continue;
      log.status = 'FAIL';
      log.message = reason;
    }
    for (const { log } of this.branches.values()) if (isUnsettled(log.status)) log.status = 'FAIL';
  }

  toRunLog(): RunLog {
    return jsonCopy(this.doc);
  }
}
