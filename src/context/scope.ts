/**
 * Parameter scopes (semantics §5.2, §19 a): the root scope is the run log's `parameters`; each branch has its
 * own, started as a copy of its parent's. Tasks read and write the scope of the branch they run in.
 */
import type { Parameters, Status } from '../runlog/model.js';
import type { RunContext } from './run-context.js';

export async function readScope(ctx: RunContext, branch: string): Promise<Parameters> {
  if (!branch) return (await ctx.store.getRunHeader(ctx.runId)).parameters;
  const b = await ctx.store.getBranch(ctx.runId, branch);
  if (!b) throw new Error(`branch log '${branch}' is missing from run '${ctx.runId}'`);
  return b.parameters;
}

/** Merges `values` into the scope (read-modify-write under the store's lock). */
export async function writeScope(ctx: RunContext, branch: string, values: Parameters): Promise<void> {
  if (Object.keys(values).length === 0) return;
  if (!branch) {
    await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, parameters: { ...h.parameters, ...values } }));
  } else {
    await ctx.store.updateBranch(ctx.runId, branch, (b) => ({ ...b, parameters: { ...b.parameters, ...values } }));
  }
}

/** Sets the status of the run (root) or of a branch: what `success` and `fail` nodes do. */
export async function setScopeStatus(ctx: RunContext, branch: string, status: Status): Promise<void> {
  if (!branch) await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, status }));
  else await ctx.store.updateBranch(ctx.runId, branch, (b) => ({ ...b, status }));
}

/** True when two parameter values are the same JSON value (used to merge only what a branch changed). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
