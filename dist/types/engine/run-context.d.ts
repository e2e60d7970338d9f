/**
 * Everything one run needs, built once per process: the pipeline, the services chosen by the config, the
 * run id, retry mode, and where output goes. Traversals and the CLI's single-node commands share it.
 */
import type { Pipeline } from '../pipeline/model.js';
import type { RunnableConfig } from '../config/model.js';
import type { RunLogStore } from '../runlog/store.js';
import type { Catalog } from '../catalog/catalog.js';
import type { SecretsService } from '../secrets/secrets.js';
import type { CodeIdentity } from '../runlog/model.js';
import type { LogLevel, RunReporter } from './types.js';
import type { TaskSpec } from '../pipeline/model.js';
import type { Limiter } from './limiter.js';
import type { StepCache } from './step-cache.js';
/** A mocked-executor patch: task fields that replace the task's own (semantics §15). */
export type TaskPatch = Partial<Pick<TaskSpec, 'command' | 'returns' | 'secrets' | 'command_type'>>;
export interface RunContext {
    runId: string;
    tag: string;
    pipeline: Pipeline;
    config: RunnableConfig;
    store: RunLogStore;
    catalog: Catalog;
    secrets: SecretsService;
    /** Working directory of the run; relative paths (catalog, node modules) resolve against it. */
    cwd: string;
    /** The runner's environment: RUNNABLE_* is read from it; steps get a scrubbed copy. */
    env: Record<string, string | undefined>;
    isRetry: boolean;
    /** Joining a run an orchestrator drives (single-node commands): records may already exist. */
    attach: boolean;
    retryIndicator: string;
    /** `mocked` executor: patches by step short name; undefined for real execution. */
    patches?: Record<string, TaskPatch>;
    reporter: RunReporter;
    logLevel: LogLevel;
    signal: AbortSignal;
    /** Bounds how many tasks run at once (1 when the store cannot take parallel writers). */
    taskLimiter: Limiter;
    /** How many branches of one composite run at once. */
    branchConcurrency: number;
    /** Opt-in step cache: unchanged steps are restored instead of run (see step-cache.ts). */
    stepCache?: StepCache;
    /** What the run's result carries (RunOptions.runLog). */
    resultRunLog: 'full' | 'header';
    /** Secret values seen so far, masked in every output we write. */
    secretValues: Set<string>;
    /** Computed once per process, lazily (git costs three processes). */
    codeIdentities(): Promise<CodeIdentity[]>;
}
