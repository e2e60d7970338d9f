/**
 * The engine's one front door: where a run lives. Open a run (new, retry, attach), walk it locally, run one
 * step or one fan for a pod, close it. Commands are thin verbs over this surface; the edges (CLI, Action)
 * import commands and this file only, never the engine's internal modules.
 */
export type { LogLevel, RunOptions, RunReporter, RunResult } from './types.js';
export { loadInputs, setupRun, type LoadedInputs, type SetupMode } from './setup-run.js';
export { runToEnd } from './run.js';
export { exportPythonPipeline, loadPipeline, pythonPackagePath } from './load-pipeline.js';
export { executeSingleNodeCommand, fanCommand, type SingleNodeOptions, type SingleNodeResult, type FanOptions, type FanResult } from './pod.js';
export type { StepCache } from './step-cache.js';
export { stepCacheKey, type CachedStep, type CacheKeyInputs } from './step-cache.js';
export { FileSystemStepCache } from './step-cache-fs.js';
export { parseParametersText } from '../parameters/load.js';
export { parameterEnvironmentWarnings } from '../tasks/env.js';
export { parseNodeCommand } from '../tasks/node.js';
