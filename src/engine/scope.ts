/**
 * Parameter scopes (semantics §5.2, §19 a). The root scope is the run log's `parameters`. A branch starts
 * as a copy of its parent's scope; it is stored copy-on-write: a branch log's `parameters` hold only what
 * the branch set or changed, and a step's scope is the root overlaid with each enclosing branch's own
 * parameters, outermost first. So a map over 10,000 items does not write the item list 10,000 times, and a
 * branch log reads like runnable 0.50's (only the values produced in the branch).
 *
 * Reads are cached per process: a scope is written only by the steps that run in it, and while a
 * composite's branches run its parent scope does not change, so a cached value stays right; our own
 * writes update the cache. (Orchestrator pods are separate processes and start with an empty cache.)
 */
import type { Parameters, Status } from '../runlog/model.js';
import type { Frame } from './frames.js';
import type { RunContext } from './run-context.js';

const caches = new WeakMap<RunContext, Map<string, Parameters>>();

function cacheOf(ctx: RunContext): Map<string, Parameters> {
  let c = caches.get(ctx);
  if (!c) caches.set(ctx, (c = new Map()));
  return c;
}

/** The parameters stored at one level: the root's full scope, or a branch's own values. */
async function level(ctx: RunContext, branch: string): Promise<Parameters> {
  const cache = cacheOf(ctx);
  const hit = cache.get(branch);
  if (hit) return hit;
  let params: Parameters;
  if (!branch) params = (await ctx.store.getRunHeader(ctx.runId)).parameters;
  else {
    const b = await ctx.store.getBranch(ctx.runId, branch);
    if (!b) throw new Error(`branch log '${branch}' is missing from run '${ctx.runId}'`);
    params = b.parameters;
  }
  cache.set(branch, params);
  return params;
}

/** The scope of a frame: root parameters overlaid with each enclosing branch's own. */
export async function readScope(ctx: RunContext, frame: Pick<Frame, 'scopes'>): Promise<Parameters> {
  const root = await level(ctx, '');
  if (frame.scopes.length === 0) return root;
  const merged: Parameters = { ...root };
  for (const b of frame.scopes) Object.assign(merged, await level(ctx, b));
  return merged;
}

/** Only a branch's own parameters (what it set or changed). */
export function readOwn(ctx: RunContext, branch: string): Promise<Parameters> {
  return level(ctx, branch);
}

/** Merges `values` into the frame's own level (read-modify-write under the store's lock). */
export async function writeScope(ctx: RunContext, branch: string, values: Parameters): Promise<void> {
  if (Object.keys(values).length === 0) return;
  const cache = cacheOf(ctx);
  if (!branch) {
    const h = await ctx.store.updateRunHeader(ctx.runId, (h) => ({ ...h, parameters: { ...h.parameters, ...values } }));
    cache.set('', h.parameters);
  } else {
    const b = await ctx.store.updateBranch(ctx.runId, branch, (b) => ({ ...b, parameters: { ...b.parameters, ...values } }));
    cache.set(branch, b.parameters);
  }
}

/** Drops this process's cached scopes (another process, e.g. an emulator pod, wrote parameters). */
export function forgetScopes(ctx: RunContext): void {
  caches.delete(ctx);
}

/** Records what a branch log was opened with (so reads need not go back to the store). */
export function noteBranchOpened(ctx: RunContext, branch: string, parameters: Parameters): void {
  cacheOf(ctx).set(branch, parameters);
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
