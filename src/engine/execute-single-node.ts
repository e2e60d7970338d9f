/**
 * The step context (the seed's `execute_single_node`): every leaf step, whoever traverses the graph, runs
 * through here: read the run log → catalog get → pick parameters → run the task → record returns →
 * catalog put → status. Failures of any kind end as a FAIL attempt with a message (semantics §19 c): this
 * function never leaves a step in PROCESSING unless the process itself dies, and `retry` recovers that.
 *
 * Write order is chosen for crash safety: a step's returns reach its scope *before* the step is marked
 * SUCCESS, so a retry never skips a step whose outputs were lost.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RunnableError } from '../errors.js';
import type { FailNode, StubNode, SuccessNode, TaskNode, TaskSpec } from '../pipeline/model.js';
import { makeParameter, newStepRecord, nowIso, type DataCatalogEntry, type Parameters, type StepAttempt, type StepRecord, type Status } from '../runlog/model.js';
import { getTaskRunner } from '../tasks/index.js';
import { scrubEnvironment } from '../tasks/env.js';
import type { ObjectStore, TaskOutcome } from '../tasks/task.js';
import { catalogFileName } from '../catalog/paths.js';
import { isPythonSdkScript, pythonPackagePath } from './load-pipeline.js';
import { emulateLeaf, emulates } from './emulator.js';
import { stepPath, type Frame } from './frames.js';
import { OutputCollector, type ExecutionLog } from './output.js';
import { maskText } from '../secrets/mask.js';
import { stepCacheKey } from './step-cache.js';
import type { CachedFrom } from '../runlog/model.js';
import { cacheNote, outcomeOf } from '../runlog/outcome.js';
import { readScope, setScopeStatus, writeScope } from './scope.js';
import type { RunContext } from './run-context.js';

export type LeafNode = TaskNode | StubNode | SuccessNode | FailNode;

/** File-name-safe form of a resolved internal name: readable, and unique per name (catalog/paths.ts). */
export function safeName(name: string): string {
  return catalogFileName(name);
}

async function startStep(ctx: RunContext, node: LeafNode, name: string, frame: Frame): Promise<{ record: StepRecord; skip: boolean }> {
  // A new run has no record for this step yet (resolved names are unique per run): no lookup needed.
  const existing = ctx.isRetry || ctx.attach ? await ctx.store.getStep(ctx.runId, name) : undefined;
  // Retry (semantics §13.3): a task or stub whose last attempt succeeded is skipped; terminals always run.
  if (existing && ctx.isRetry && (node.type === 'task' || node.type === 'stub') && existing.attempts.at(-1)?.status === 'SUCCESS') {
    return { record: existing, skip: true };
  }
  const record = existing ?? newStepRecord(node.name, name, node.type);
  record.status = 'PROCESSING';
  record.message = '';
  // Stubs and terminals finish at once: one write at the end is enough. A task is recorded as started
  // first, so a crash mid-task leaves a trace that retry picks up.
  if (node.type === 'task') await ctx.store.putStep(ctx.runId, record, frame.branch);
  return { record, skip: false };
}

/** How many attempts this call makes; an orchestrator with its own retries asks for one at a time. */
export interface AttemptPolicy {
  /** At most this many attempts in this call. @default the node's max_attempts */
  attempts?: number;
  /** When this call's last attempt fails, more attempts will follow (the orchestrator retries): the step
   * stays PROCESSING and the status returned is 'PROCESSING'. */
  moreToCome?: boolean;
}

/** Runs one leaf node in `frame` and returns its step status ('PROCESSING' only under AttemptPolicy.moreToCome). */
export async function executeLeaf(ctx: RunContext, node: LeafNode, frame: Frame, policy: AttemptPolicy = {}): Promise<Status> {
  // The emulator executor runs every leaf in its own process, as an Argo pod would.
  if (emulates(ctx)) return emulateLeaf(ctx, node, frame);
  const name = stepPath(frame, node);
  const { record, skip } = await startStep(ctx, node, name, frame);
  if (skip) {
    ctx.reporter.stepFinished?.({ step: name, type: node.type, status: 'SUCCESS', message: '', attempt: record.attempts.length, skipped: 'succeeded in an earlier attempt of this run' });
    return 'SUCCESS';
  }
  ctx.reporter.stepStarted?.({ step: name, type: node.type, attempt: record.attempts.length + 1 });

  if (node.type !== 'task') {
    const now = nowIso();
    // runnable stores an execution log for stubs and terminals too (empty: they print nothing).
    const entry = await storeExecutionLog(ctx, name, record.attempts.length + 1, '');
    if (entry) record.data_catalog.push(entry);
    record.attempts.push(await attemptRecord(ctx, record.attempts.length + 1, now, now, 'SUCCESS', '', {}, {}));
    record.status = 'SUCCESS';
    // The step's own record first: a retry skips a branch whose status is SUCCESS, so the status must
    // never be on disk before the record of the terminal that set it.
    await ctx.store.putStep(ctx.runId, record, frame.branch);
    if (node.type === 'success' || node.type === 'fail') {
      // A terminal decides the status of the graph it ends: the run at the root, else its branch (§3.6).
      await setScopeStatus(ctx, frame.branch, node.type === 'success' ? 'SUCCESS' : 'FAIL');
    }
    ctx.reporter.stepFinished?.({ step: name, type: node.type, status: 'SUCCESS', message: '', attempt: record.attempts.length });
    return 'SUCCESS';
  }

  const maxAttempts = Math.max(1, policy.attempts ?? node.max_attempts);
  let status: Status = 'FAIL';
  let skipped: string | undefined;
  for (let i = 0; i < maxAttempts; i++) {
    const { attempt, entries, returns, cachedFrom } = await runAttempt(ctx, node, name, frame, record.attempts.length + 1);
    skipped = cachedFrom;
    if (attempt.status === 'SUCCESS') {
      await writeScope(ctx, frame.branch, returns);
    }
    record.attempts.push(attempt);
    // A file name holding a secret's text is recorded masked (the run log is uploaded and summarised).
    record.data_catalog.push(...(ctx.secretValues.size ? entries.map((e) => ({ ...e, name: maskText(e.name, ctx.secretValues), catalog_relative_path: maskText(e.catalog_relative_path, ctx.secretValues) })) : entries));
    record.status = attempt.status;
    record.message = attempt.message;
    status = attempt.status;
    if (status === 'SUCCESS' || ctx.signal.aborted || i === maxAttempts - 1) break;
    // Keep the failed attempt even if the process dies during the next one.
    record.status = 'PROCESSING';
    await ctx.store.putStep(ctx.runId, record, frame.branch);
    ctx.reporter.log?.('WARNING', `step '${name}' failed attempt ${attempt.attempt_number} of ${maxAttempts}: ${firstLine(attempt.message)}; retrying`);
  }
  if (status === 'FAIL' && policy.moreToCome && !ctx.signal.aborted) {
    record.status = 'PROCESSING';
    await ctx.store.putStep(ctx.runId, record, frame.branch);
    ctx.reporter.log?.('WARNING', `step '${name}' failed attempt ${record.attempts.length}; the orchestrator will retry it`);
    return 'PROCESSING';
  }
  await ctx.store.putStep(ctx.runId, record, frame.branch);
  ctx.reporter.stepFinished?.({ step: name, type: node.type, status, message: record.message, attempt: record.attempts.length, skipped, outcome: outcomeOf({ status, message: record.message, skipped }, record.attempts.at(-1)) });
  return status;
}

/** Stores one attempt's execution log in the catalog; a failure to store it is a warning, not a step failure. */
async function storeExecutionLog(ctx: RunContext, name: string, attemptNumber: number, log: string | ExecutionLog): Promise<DataCatalogEntry | undefined> {
  const key = `${safeName(name)}.attempt-${attemptNumber}.execution.log`;
  try {
    // A large log is a temp file (output.ts): copied, streamed, never held in memory whole.
    if (typeof log !== 'string' && log.file !== undefined) return await ctx.catalog.putFile(ctx.runId, key, log.file, name, { output: false });
    return await ctx.catalog.putBytes(ctx.runId, key, typeof log === 'string' ? log : log.text, name, { output: false });
  } catch (err) {
    ctx.reporter.log?.('WARNING', `could not store the execution log of '${name}': ${messageOf(err)}`);
    return undefined;
  }
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}

async function attemptRecord(
  ctx: RunContext,
  attemptNumber: number,
  start: string,
  end: string,
  status: Status,
  message: string,
  inputs: Parameters,
  outputs: Parameters,
  exitCode?: number | null,
): Promise<StepAttempt> {
  const metrics: Parameters = {};
  for (const [k, p] of Object.entries(outputs)) if (p.kind === 'metric') metrics[k] = p;
  const attempt: StepAttempt = {
    attempt_number: attemptNumber,
    start_time: start,
    end_time: end,
    status,
    message,
    input_parameters: inputs,
    output_parameters: outputs,
    user_defined_metrics: metrics,
    retry_indicator: ctx.retryIndicator,
    code_identities: await ctx.codeIdentities(),
  };
  if (exitCode !== undefined) attempt.exit_code = exitCode;
  return attempt;
}

/** The task spec to run: the node's own, or under the mocked executor its patch (or nothing: §15). */
function effectiveSpec(ctx: RunContext, node: TaskNode): TaskSpec | undefined {
  if (!ctx.patches) return node.task;
  const patch = ctx.patches[node.name];
  if (!patch) return undefined;
  return {
    command_type: patch.command_type ?? node.task.command_type,
    command: patch.command ?? '',
    returns: patch.returns ?? [],
    secrets: patch.secrets ?? [],
  };
}

function objectStore(ctx: RunContext, step: string): ObjectStore {
  return {
    load: (key) => ctx.catalog.getBytes(ctx.runId, key),
    async save(name, data, extension) {
      // Scoped by the producing step (semantics §19 j): the same name from two steps or items never collides.
      const key = `objects/${safeName(step)}/${safeName(name)}${extension}`;
      await ctx.catalog.putBytes(ctx.runId, key, data, step);
      return key;
    },
  };
}

function messageOf(err: unknown): string {
  if (err instanceof RunnableError) return err.message;
  if (err instanceof Error) return `internal error: ${err.stack ?? err.message}`;
  return String(err);
}

async function runAttempt(
  ctx: RunContext,
  node: TaskNode,
  name: string,
  frame: Frame,
  attemptNumber: number,
): Promise<{ attempt: StepAttempt; entries: DataCatalogEntry[]; returns: Parameters; cachedFrom?: string }> {
  const start = nowIso();
  const entries: DataCatalogEntry[] = [];
  const out = new OutputCollector(name, ctx.secretValues, ctx.reporter);
  let outcome: TaskOutcome;
  let inputs: Parameters = {};
  let cacheKey: string | undefined;
  let cachedFrom: string | undefined;
  let cached: CachedFrom | undefined;
  try {
    const scope = await readScope(ctx, frame);
    inputs = scope;
    if (node.catalog?.get.length) {
      entries.push(...(await ctx.catalog.get({ runId: ctx.runId, patterns: node.catalog.get, workDir: ctx.cwd, step: name, signal: ctx.signal })));
    }
    const spec = effectiveSpec(ctx, node);
    if (!spec) {
      outcome = { ok: true, message: '', returns: {}, inputParameters: { ...scope, ...varsAsParameters(frame) } };
    } else {
      // Object returns live in the producing run's catalog: such steps are not cached.
      if (ctx.stepCache && !spec.returns.some((r) => r.kind === 'object')) {
        cacheKey = stepCacheKey({ spec, catalog: node.catalog, inputs: scope, iterVariables: frame.vars, gets: entries, code: await ctx.codeIdentities() });
        const hit = await ctx.stepCache.restore(cacheKey, ctx.cwd).catch((err: unknown) => {
          ctx.reporter.log?.('WARNING', `step cache: could not restore '${name}': ${err instanceof Error ? err.message : String(err)}; running it`);
          return undefined;
        });
        if (hit) {
          cached = { run_id: hit.runId, step: hit.step, saved_at: hit.savedAt, key: cacheKey };
          cachedFrom = cacheNote(cached);
          out.note(`[runnable] ${name}: not run: its definition, inputs and catalog inputs are unchanged; ${cachedFrom}`);
          outcome = { ok: true, message: `skipped: ${cachedFrom}`, returns: hit.returns, inputParameters: { ...scope, ...varsAsParameters(frame) } };
        }
      }
      outcome ??= await runTask(ctx, spec, node, name, frame, scope, attemptNumber, out);
    }
  } catch (err) {
    outcome = { ok: false, message: messageOf(err), returns: {}, inputParameters: { ...inputs, ...varsAsParameters(frame) } };
  }
  if (ctx.signal.aborted && !outcome.ok && !outcome.message.includes('cancel')) {
    outcome = { ...outcome, message: `cancelled: ${outcome.message}` };
  }

  // Catalog put also after a failure: whatever exists is kept (missing files tolerated then, §10).
  if (node.catalog?.put.length) {
    try {
      entries.push(
        ...(await ctx.catalog.put({
          runId: ctx.runId,
          patterns: node.catalog.put,
          workDir: ctx.cwd,
          step: name,
          storeCopy: node.catalog.store_copy,
          allowNoMatch: !outcome.ok,
          signal: ctx.signal,
        })),
      );
    } catch (err) {
      if (outcome.ok) outcome = { ...outcome, ok: false, message: `catalog put failed: ${messageOf(err)}` };
    }
  }
  if (cacheKey && !cachedFrom && outcome.ok && ctx.stepCache) {
    const files = entries.filter((e) => e.stage === 'put').map((e) => e.name);
    await ctx.stepCache
      .save(cacheKey, { returns: outcome.returns, files, runId: ctx.runId, step: name, savedAt: nowIso() }, ctx.cwd)
      .catch((err: unknown) => ctx.reporter.log?.('WARNING', `step cache: could not save '${name}': ${err instanceof Error ? err.message : String(err)}`));
  }
  // Notebook tasks leave the executed notebook next to the source: it belongs to the run (§4.5).
  const notebook = (outcome as { outputNotebook?: string }).outputNotebook;
  if (notebook) {
    try {
      const entry = await ctx.catalog.putBytes(ctx.runId, notebook, await readFile(path.resolve(ctx.cwd, notebook)), name);
      if (entry) entries.push(entry);
    } catch (err) {
      ctx.reporter.log?.('WARNING', `could not store the executed notebook of '${name}': ${messageOf(err)}`);
    }
  }
  if (!outcome.ok) out.note(`[runnable] step '${name}' attempt ${attemptNumber} failed: ${outcome.message}`);
  const log = out.finishLog();
  // Every attempt has an execution log, also when it printed nothing (as runnable stores one per node run).
  const entry = await storeExecutionLog(ctx, name, attemptNumber, log).finally(() => out.dispose());
  if (entry) entries.push(entry);
  const status: Status = outcome.ok ? 'SUCCESS' : 'FAIL';
  const returns = outcome.ok ? outcome.returns : {};
  const attempt = await attemptRecord(ctx, attemptNumber, start, nowIso(), status, maskText(outcome.message, ctx.secretValues), outcome.inputParameters, returns, outcome.exitCode);
  // The provenance as data, beside the human message: readers never parse the sentence.
  if (cached && status === 'SUCCESS') attempt.cached_from = cached;
  return { attempt, entries, returns, cachedFrom };
}

const baseEnvironments = new WeakMap<RunContext, Record<string, string>>();

/** The scrubbed runner environment, computed once per run (most steps ask for no secrets). */
function baseEnvironment(ctx: RunContext): Record<string, string> {
  let env = baseEnvironments.get(ctx);
  if (!env) baseEnvironments.set(ctx, (env = scrubEnvironment(ctx.env, [])));
  return env;
}

function varsAsParameters(frame: Frame): Parameters {
  const out: Parameters = {};
  for (const [k, v] of Object.entries(frame.vars)) out[k] = makeParameter('json', v);
  return out;
}

async function runTask(
  ctx: RunContext,
  spec: TaskSpec,
  node: TaskNode,
  name: string,
  frame: Frame,
  scope: Parameters,
  attemptNumber: number,
  out: OutputCollector,
): Promise<TaskOutcome> {
  const env = spec.secrets.length ? scrubEnvironment(ctx.env, spec.secrets) : { ...baseEnvironment(ctx) };
  for (const secret of spec.secrets) {
    const value = await ctx.secrets.get(secret);
    if (value) ctx.secretValues.add(value);
    env[secret] = value;
  }
  env.RUNNABLE_RUN_ID = ctx.runId;
  env.RUNNABLE_STEP_ATTEMPT = String(attemptNumber);
  env.RUNNABLE_RETRY_INDICATOR = ctx.retryIndicator;
  if (ctx.tag) env.RUNNABLE_RUN_TAG = ctx.tag;
  // runnable sets a loop's `index_as` in the environment of every task (os.environ); shell steps get it with their parameters.
  if (spec.command_type !== 'shell') for (const [k, v] of Object.entries(frame.vars)) if (!(k in frame.iter.map_variable)) env[k] = String(v);
  // A Python SDK pipeline's tasks may import the pipeline script (functions defined in it), which imports
  // `runnable`: our package, found after the user's own PYTHONPATH entries.
  if (ctx.pipeline.file && isPythonSdkScript(ctx.pipeline.file)) {
    env.PYTHONPATH = [env.PYTHONPATH, pythonPackagePath()].filter(Boolean).join(path.delimiter);
  }
  const runner = getTaskRunner(spec.command_type);
  return ctx.taskLimiter.run(() =>
    runner.run({
      spec,
      parameters: scope,
      iterVariables: frame.vars,
      env,
      cwd: ctx.cwd,
      attempt: attemptNumber,
      stepName: name,
      timeoutMs: node.timeout_seconds ? node.timeout_seconds * 1000 : undefined,
      signal: ctx.signal,
      output: out,
      objects: objectStore(ctx, name),
    }),
  );
}
