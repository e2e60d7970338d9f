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

// What runs a pipeline (the run log, catalog, task runners, traversal) is loaded when a run starts, not with
// this file: `validate`, the Action's checks and `--version` import the front door and must not pay for it.
type SetupRun = typeof import('./setup-run.js');
type Run = typeof import('./run.js');
type Pod = typeof import('./pod.js');
export const loadInputs = async (...a: Parameters<SetupRun['loadInputs']>) => (await import('./setup-run.js')).loadInputs(...a);
export const setupRun = async (...a: Parameters<SetupRun['setupRun']>) => (await import('./setup-run.js')).setupRun(...a);
export const runToEnd = async (...a: Parameters<Run['runToEnd']>) => (await import('./run.js')).runToEnd(...a);
export const executeSingleNodeCommand = async (...a: Parameters<Pod['executeSingleNodeCommand']>) => (await import('./pod.js')).executeSingleNodeCommand(...a);
export const fanCommand = async (...a: Parameters<Pod['fanCommand']>) => (await import('./pod.js')).fanCommand(...a);
