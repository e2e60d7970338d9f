/**
 * Options and results of the commands the two edges (CLI, Action) call. Commands are async functions that
 * take these options and return data; they never print to stdout or exit (changesets style). Progress and
 * step output reach the edge through a `RunReporter`.
 */
import type { Pipeline } from '../pipeline/model.js';
import type { RunLog, Status } from '../runlog/model.js';
import type { StepOutcome } from '../runlog/outcome.js';
import type { RunnableConfig } from '../config/model.js';
import type { StepCache } from './step-cache.js';
import type { Catalog } from '../catalog/catalog.js';
import type { CatalogOptions } from '../catalog/factory.js';
export type LogLevel = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR' | 'FATAL';
/** Events of a run, for consoles, progress displays and the Action's log groups. All optional. */
export interface RunReporter {
    runStarted?(e: {
        runId: string;
        pipeline: Pipeline;
        retry: boolean;
    }): void;
    stepStarted?(e: {
        step: string;
        type: string;
        attempt: number;
    }): void;
    /** Task output as it arrives (already masked). `step` is the resolved internal name. */
    stepOutput?(e: {
        step: string;
        stream: 'stdout' | 'stderr';
        chunk: string;
    }): void;
    /**
     * A step finished. Its outcome as data (ran / cached from run X step S / skipped / failed) is `outcome`
     * when the emitter knew more than `status`/`skipped` (a cache hit), else `outcomeOf(e)` of
     * runlog/outcome.ts; `message` and `skipped` are the same facts for people, never parsed.
     */
    stepFinished?(e: {
        step: string;
        type: string;
        status: Status;
        message: string;
        attempt: number;
        skipped?: string;
        outcome?: StepOutcome;
    }): void;
    /** Map / loop progress: `done` of `total` branches finished. */
    branchProgress?(e: {
        step: string;
        done: number;
        total: number;
        failed: number;
    }): void;
    runFinished?(e: {
        runId: string;
        status: Status;
    }): void;
    /** Diagnostics (warnings, debug) at a level. */
    log?(level: LogLevel, message: string): void;
}
export interface RunOptions {
    /** Path of the pipeline YAML, or a pipeline built with the SDK. */
    pipelineFile?: string;
    pipeline?: Pipeline;
    configFile?: string;
    parametersFile?: string;
    /** Extra initial parameters (e.g. workflow_dispatch inputs), applied over the file and under RUNNABLE_PRM_*. */
    parameters?: Record<string, unknown>;
    runId?: string;
    tag?: string;
    logLevel?: LogLevel;
    /** Working directory of the run (relative paths resolve against it). @default process.cwd() */
    cwd?: string;
    /** Environment the run reads RUNNABLE_* from and passes (scrubbed) to steps. @default process.env */
    env?: Record<string, string | undefined>;
    reporter?: RunReporter;
    /** Opt-in step cache: a task whose definition, inputs and catalog inputs are unchanged is restored, not run. */
    stepCache?: StepCache;
    /** Aborting cancels the run: children are stopped, the run log is marked FAIL and flushed. */
    signal?: AbortSignal;
    /**
     * Options for the configured catalog that have no place in a config file (the Action's token for reading
     * another workflow run's artifacts, its logger): handed to the catalog in-process, never through
     * process.env, so no step can inherit them.
     */
    catalogOptions?: CatalogOptions;
    /**
     * Called with the run's catalog as soon as it is built: the handle through which an edge flushes pending
     * uploads (also while a cancelled run is still settling) and reads the catalog's statistics.
     */
    onCatalog?: (catalog: Catalog) => void;
    /**
     * What `RunResult.runLog` holds: 'full' (default) the whole document; 'header' only the run's own fields
     * (status, parameters, run_config) with `steps: {}`, for callers that need just the outcome (the CLI): a
     * 10,000-item map then skips assembling 30,000 records at the end. The stored run log is the same.
     */
    runLog?: 'full' | 'header';
}
export interface RunResult {
    runId: string;
    status: Status;
    runLog: RunLog;
    config: RunnableConfig;
    pipeline: Pipeline;
    /** Where the run log lives (file or folder) when the store persists it. */
    runLogLocation?: string;
    durationMs: number;
    /** The run's catalog: flush it, read its statistics (`stats` of a remote catalog), read its files. */
    catalog: Catalog;
}
