/** `buffered` run log store: every run lives in this process's memory only (runnable §6.5). */
import { InternalError, RunLogExistsError, RunLogNotFoundError } from '../errors.js';
import { RunDocument, jsonCopy } from './document.js';
import type { BranchHeader, RunHeader, RunLog, StepRecord } from './model.js';
import type { RunLogStore } from './store.js';

export class BufferedRunLogStore implements RunLogStore {
  readonly kind = 'buffered';
  /** As upstream: only chunked stores declare parallel writes (in-process concurrent writers are safe here). */
  readonly supportsParallelWrites = false;
  private readonly runs = new Map<string, RunDocument>();

  describe(): string {
    return 'memory (buffered run log store)';
  }

  private run(runId: string): RunDocument {
    const doc = this.runs.get(runId);
    if (!doc) throw new RunLogNotFoundError(runId, this.describe());
    return doc;
  }

  async createRun(header: RunHeader, runConfig: Record<string, unknown>): Promise<void> {
    if (this.runs.has(header.run_id)) throw new RunLogExistsError(header.run_id);
    this.runs.set(header.run_id, RunDocument.create(header, runConfig));
  }

  async runExists(runId: string): Promise<boolean> {
    return this.runs.has(runId);
  }

  async getRunHeader(runId: string): Promise<RunHeader> {
    return this.run(runId).header();
  }

  async updateRunHeader(runId: string, update: (header: RunHeader) => RunHeader): Promise<RunHeader> {
    const doc = this.run(runId);
    const next = update(doc.header());
    doc.setHeader({ ...next, run_id: runId });
    return doc.header();
  }

  async getRunConfig(runId: string): Promise<Record<string, unknown>> {
    return this.run(runId).runConfig();
  }

  async getStep(runId: string, internalName: string): Promise<StepRecord | undefined> {
    return this.run(runId).getStep(internalName);
  }

  async putStep(runId: string, step: StepRecord, parentBranch: string): Promise<void> {
    this.run(runId).putStep(step, parentBranch);
  }

  async getBranch(runId: string, internalName: string): Promise<BranchHeader | undefined> {
    return this.run(runId).getBranch(internalName);
  }

  async putBranch(runId: string, branch: BranchHeader, parentStep: string): Promise<void> {
    this.run(runId).putBranch(branch, parentStep);
  }

  async updateBranch(
    runId: string,
    internalName: string,
    update: (b: BranchHeader) => BranchHeader,
  ): Promise<BranchHeader> {
    const doc = this.run(runId);
    const current = doc.getBranch(internalName);
    if (!current) throw new InternalError(`cannot update branch '${internalName}' of run '${runId}': it does not exist`);
    const entry = doc.branches.get(internalName)!;
    doc.putBranch({ ...jsonCopy(update(current)), internal_name: internalName }, entry.parent);
    return doc.getBranch(internalName)!;
  }

  async failRun(runId: string, reason: string): Promise<void> {
    this.run(runId).failRun(reason);
  }

  async getRunLog(runId: string): Promise<RunLog> {
    return this.run(runId).toRunLog();
  }

  async flush(): Promise<void> {}
}
