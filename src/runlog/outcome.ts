/**
 * How a step finished, as data. The engine records a cache hit's provenance in the attempt (`cached_from`)
 * and reports every finished step with a `StepOutcome`; the Action and the job summary read those fields.
 * The human sentence (`cacheNote`) is written from the data and never parsed back: a step or run name holding
 * quotes or ` in run ` cannot change what a reader concludes.
 */
import type { CachedFrom, StepAttempt, StepLog } from './model.js';

export type StepOutcome =
  /** The step ran (its status says how it ended). */
  | { kind: 'ran' }
  /** Not run: its definition and inputs were unchanged, its result was restored from the step cache. */
  | { kind: 'cached'; from: CachedFrom }
  /** Not run: it succeeded in an earlier attempt of this run (retry). `reason` is for people. */
  | { kind: 'skipped'; reason: string }
  /** It ran and failed (or could not start); `message` is for people. */
  | { kind: 'failed'; message: string };

/** The attempt message and log line of a cache hit (for people; readers use `cached_from`). */
export function cacheNote(from: CachedFrom): string {
  return `cached result of step '${from.step}' in run '${from.run_id}' (${from.saved_at}), key ${from.key}`;
}

/** The provenance of an attempt restored from the step cache, when it was one. */
export function attemptCachedFrom(attempt: StepAttempt | undefined): CachedFrom | undefined {
  const c = attempt?.cached_from;
  return attempt?.status === 'SUCCESS' && c && typeof c === 'object' && typeof c.run_id === 'string' && typeof c.step === 'string' ? c : undefined;
}

/** Where a step's result came from when its last attempt was restored from the step cache. */
export function stepCachedFrom(step: StepLog): CachedFrom | undefined {
  return step.status === 'SUCCESS' ? attemptCachedFrom(step.attempts?.at(-1)) : undefined;
}

/**
 * The outcome of a finished step, from its event and its last attempt: failed, cached (the attempt says so),
 * skipped (the engine gave a reason for not running it), else ran.
 */
export function outcomeOf(e: { status: string; message: string; skipped?: string }, last?: StepAttempt): StepOutcome {
  if (e.status === 'FAIL') return { kind: 'failed', message: e.message };
  const from = attemptCachedFrom(last);
  if (from) return { kind: 'cached', from };
  if (e.skipped !== undefined) return { kind: 'skipped', reason: e.skipped };
  return { kind: 'ran' };
}
