/**
 * runnable-action as a library: the TS SDK to define pipelines, and the commands the CLI and the Action are
 * built on. Commands take options and return data; they never print or exit.
 *
 * ```ts
 * import { Pipeline, ShellTask, execute } from 'runnable-action';
 * const p = new Pipeline({ steps: [new ShellTask({ name: 'hello', command: 'echo hi' })] });
 * const result = await execute({ pipeline: p.build() });
 * ```
 */
export * from './errors.js';
export * from './sdk/index.js';
export type { Pipeline as PipelineDefinition, Graph, PipelineNode, TaskNode, TaskSpec } from './pipeline/model.js';
export type { RunLog, StepLog, BranchLog, StepAttempt, Parameter, Status } from './runlog/model.js';
export type { RunOptions, RunResult, RunReporter, LogLevel } from './engine/index.js';
export { parsePipelineFile, parsePipelineText } from './pipeline/parse.js';
export { toYaml } from './pipeline/serialise.js';
export { loadConfig } from './config/load.js';
export { executeCommand as execute } from './commands/execute.js';
export { retryCommand as retry } from './commands/retry.js';
export { validateCommand as validate } from './commands/validate.js';
export { renderMermaid, renderDot } from './commands/graph.js';
export { renderTimeline } from './commands/timeline.js';
