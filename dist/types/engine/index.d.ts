/**
 * The engine's one front door: where a run lives. Open a run (new, retry, attach), walk it locally, run one
 * step or one fan for a pod, close it. Commands are thin verbs over this surface; the edges (CLI, Action)
 * import commands and this file only, never the engine's internal modules.
 */
export type { LogLevel, RunOptions, RunReporter, RunResult } from './types.js';
export type { LoadedInputs, SetupMode } from './setup-run.js';
export type { SingleNodeOptions, SingleNodeResult, FanOptions, FanResult } from './pod.js';
export { exportPythonPipeline, loadPipeline, pythonPackagePath } from './load-pipeline.js';
export type { StepCache } from './step-cache.js';
export { stepCacheKey, type CachedStep, type CacheKeyInputs } from './step-cache.js';
export { FileSystemStepCache } from './step-cache-fs.js';
export { parseParametersText } from '../parameters/load.js';
export { parameterEnvironmentWarnings } from '../tasks/env.js';
export { parseNodeCommand } from '../tasks/node-command.js';
type SetupRun = typeof import('./setup-run.js');
type Run = typeof import('./run.js');
type Pod = typeof import('./pod.js');
export declare const loadInputs: (...a: Parameters<SetupRun["loadInputs"]>) => Promise<import("./setup-run.js").LoadedInputs>;
export declare const setupRun: (...a: Parameters<SetupRun["setupRun"]>) => Promise<import("./run-context.js").RunContext>;
export declare const runToEnd: (...a: Parameters<Run["runToEnd"]>) => Promise<import("./types.js").RunResult>;
export declare const executeSingleNodeCommand: (...a: Parameters<Pod["executeSingleNodeCommand"]>) => Promise<import("./pod.js").SingleNodeResult>;
export declare const fanCommand: (...a: Parameters<Pod["fanCommand"]>) => Promise<import("./pod.js").FanResult>;
