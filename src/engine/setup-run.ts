/**
 * Builds a RunContext: reads the pipeline and config, chooses the run id, builds the services named by the
 * config, and creates the run log (a new run), validates it (a retry), or joins it (a single-node command in
 * an orchestrator pod, where the first pod creates it).
 */
import { sameDagAsRunnable } from './runnable-dag.js';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { RetryRefusedError, RunLogExistsError, UsageError } from '../errors.js';
import type { Pipeline } from '../pipeline/model.js';
import { loadPipeline } from './load-pipeline.js';
import { dagDump, dagHash } from '../pipeline/dag-hash.js';
import { loadConfig } from '../config/load.js';
import type { RunnableConfig } from '../config/model.js';
import { canonicalType, unknownTypeMessage } from '../config/services.js';
import { loadInitialParameters } from '../parameters/load.js';
import { createRunLogStore } from '../runlog/factory.js';
import { createCatalog } from '../catalog/factory.js';
import { createSecrets } from '../secrets/factory.js';
import { declaredSecretNames } from '../secrets/declared.js';
import type { SecretsService } from '../secrets/secrets.js';
import type { RunHeader } from '../runlog/model.js';
import type { RunOptions } from './types.js';
import { envCodeIdentities, gitCodeIdentity } from './code-identity.js';
import { createLimiter } from './limiter.js';
import { checkRunId, generateRunId } from '../runlog/run-id.js';
import type { RunContext, TaskPatch } from './run-context.js';

export type SetupMode =
  /** A new run: the run log must not exist. */
  | 'new'
  /** Re-run in place: the run log must exist with the same dag hash. */
  | 'retry'
  /** Join a run an orchestrator started: create the run log if no pod did yet. */
  | 'attach';

export interface LoadedInputs {
  pipeline: Pipeline;
  config: RunnableConfig;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Reads pipeline and config (both validated, errors with positions). */
export async function loadInputs(opts: RunOptions): Promise<LoadedInputs> {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const env = opts.env ?? process.env;
  let pipeline = opts.pipeline;
  if (!pipeline) {
    if (!opts.pipelineFile) throw new UsageError('no pipeline given: pass -f/--file PIPELINE.yaml');
    pipeline = await loadPipeline(cwd, opts.pipelineFile);
  }
  const config = await loadConfig({ file: opts.configFile, cwd, env });
  return { pipeline, config, cwd, env };
}

/**
 * The run id, chosen once: a retry names its run (as data: `opts.runId`); an orchestrator's pod passes it in
 * RUNNABLE_RETRY_RUN_ID / RUNNABLE_RUN_ID (the pod protocol); else `--run-id`, then a new one.
 */
export function chooseRunId(opts: RunOptions, env: Record<string, string | undefined>, mode: SetupMode): string {
  if (mode === 'retry' && opts.runId) return opts.runId;
  return env.RUNNABLE_RETRY_RUN_ID || opts.runId || env.RUNNABLE_RUN_ID || generateRunId();
}

export async function setupRun(opts: RunOptions, mode: SetupMode, loaded?: LoadedInputs): Promise<RunContext> {
  const { pipeline, config, cwd, env } = loaded ?? (await loadInputs(opts));
  const executor = config.pipelineExecutor;
  // The executor's type by the config registry's rule (a config built in code has not been through the loader).
  if (!canonicalType('pipeline-executor', executor.type)) throw new UsageError(unknownTypeMessage('pipeline-executor', executor.type));
  // The emulator's steps run in processes of their own, which write the run: it is not claimed here.
  const claim = mode !== 'attach' && executor.type !== 'emulator';
  const isRetry = mode === 'retry' || Boolean(env.RUNNABLE_RETRY_RUN_ID);
  const runId = chooseRunId(opts, env, mode);
  checkRunId(runId);
  const store = createRunLogStore(config.runLogStore, cwd);
  const secrets = createSecrets(config.secrets, cwd, env);
  // Masked from the start of the run; the catalog gets the same live set (names holding one are sealed).
  const secretValues = await declaredSecretValues(secrets, pipeline, executor.config);
  const catalog = await createCatalog(config.catalog, cwd, { env, secretValues, ...opts.catalogOptions });
  opts.onCatalog?.(catalog);
  const hash = dagHash(pipeline);
  const tag = opts.tag ?? '';
  const reporter = opts.reporter ?? {};

  if (isRetry) {
    const header = await store.getRunHeader(runId);
    // A run runnable wrote carries runnable's hash: its stored graph is compared instead (runnable-dag.ts).
    if (header.dag_hash !== hash && !sameDagAsRunnable((await store.getRunConfig(runId)).dag, dagDump(pipeline))) {
      throw new RetryRefusedError(runId, `the pipeline's structure changed since the run (dag hash ${header.dag_hash.slice(0, 12)} → ${hash.slice(0, 12)}); retry needs the same pipeline`);
    }
    if (opts.parametersFile || env.RUNNABLE_PARAMETERS_FILE || Object.keys(env).some((k) => k.startsWith('RUNNABLE_PRM_')) || opts.parameters) {
      reporter.log?.('WARNING', `retry of '${runId}' uses the original run's parameters; the parameters given now are ignored`);
    }
    // The local executor writes the whole run from this process: it may journal its records.
    if (claim) await store.claimRun?.(runId);
    try {
      await store.updateRunHeader(runId, (h) => ({ ...h, status: 'PROCESSING' }));
    } catch (err) {
      await store.releaseRun?.(runId);
      throw err;
    }
  } else {
    const exists = await store.runExists(runId);
    if (exists && (mode === 'new' || env.error_on_existing_run_id === 'true')) throw new RunLogExistsError(runId);
    if (!exists) {
      const parameters = await loadInitialParameters({
        file: env.RUNNABLE_PARAMETERS_FILE ? undefined : opts.parametersFile,
        cwd,
        env,
        extra: opts.parameters,
      });
      const header: RunHeader = { run_id: runId, dag_hash: hash, tag, status: 'PROCESSING', job: null, parameters };
      const runConfig = {
        execution_mode: pipeline.execution_mode,
        run_id: runId,
        tag,
        pipeline_definition_file: pipeline.file ?? '',
        parameters_file: opts.parametersFile ?? '',
        configuration_file: config.file ?? '',
        pipeline_executor: executor,
        run_log_store: config.runLogStore,
        catalog: config.catalog,
        secrets: config.secrets,
        retry_indicator: env.RUNNABLE_RETRY_INDICATOR ?? '',
        is_retry: false,
        dag: dagDump(pipeline),
        dag_hash: hash,
      };
      try {
        await store.createRun(header, runConfig);
      } catch (err) {
        // Two pods of one orchestrated run may race to create it: the loser joins.
        if (!(mode === 'attach' && err instanceof RunLogExistsError)) throw err;
      }
      // The local executor writes the whole run from this process: it may journal its records.
      if (claim) await store.claimRun?.(runId);
    }
  }

  const execConfig = executor.config as { enable_parallel?: boolean; max_workers?: number; patches?: Record<string, TaskPatch> };
  // The emulator's steps are processes of their own: branches run at once only where several processes may write (chunked-fs).
  const parallel = execConfig.enable_parallel !== false && store.supportsParallelWrites && (executor.type !== 'emulator' || store.kind === 'chunked-fs');
  const workers = parallel ? Math.max(1, execConfig.max_workers ?? availableParallelism()) : 1;
  return {
    runId,
    tag,
    pipeline,
    config,
    store,
    catalog,
    secrets,
    cwd,
    env,
    isRetry,
    attach: mode === 'attach',
    retryIndicator: env.RUNNABLE_RETRY_INDICATOR ?? (isRetry ? 'retry' : ''),
    patches: executor.type === 'mocked' ? (execConfig.patches ?? {}) : undefined,
    reporter,
    logLevel: opts.logLevel ?? 'WARNING',
    signal: opts.signal ?? new AbortController().signal,
    taskLimiter: createLimiter(workers),
    // Branches wait on task slots, so a few more branches than workers keeps every slot busy.
    branchConcurrency: parallel ? Math.max(workers * 4, 8) : 1,
    secretValues,
    stepCache: opts.stepCache,
    resultRunLog: opts.runLog ?? 'full',
    codeIdentities: () => gitCodeIdentity(cwd).then((g) => [...g, ...envCodeIdentities(env)]), // memoised per cwd there
  };
}

/**
 * The values of every secret the run declares, masked from the start: with env secrets every step inherits
 * them, so a step that runs before the declaring one — or a retry that skips it — must not print them in
 * clear. A secret that cannot be resolved now is left to fail its own step, as before.
 */
async function declaredSecretValues(secrets: SecretsService, ...roots: unknown[]): Promise<Set<string>> {
  const values = new Set<string>();
  for (const name of declaredSecretNames(...roots)) {
    const value = await secrets.get(name).catch(() => undefined);
    if (value) values.add(value);
  }
  return values;
}
