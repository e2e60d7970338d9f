import type { CommandType } from '../pipeline/model.js';
import type { TaskRunner } from './task.js';
export type { ObjectStore, OutputSink, TaskInvocation, TaskOutcome, TaskRunner } from './task.js';
export { ProcessOutput, spawnProcess, explainExitCode, killGroup } from './process.js';
export type { SpawnOptions } from './process.js';
export { scrubEnvironment, paramsToEnv, encodeEnvValue, RUNTIME_CREDENTIALS } from './env.js';
export { ShellTaskRunner, parseExportP } from './shell.js';
export { PythonTaskRunner, runPythonReducer, probePython, pythonInterpreter, clearPythonCaches } from './python.js';
export type { PythonProbe, ReducerOptions } from './python.js';
export { NodeTaskRunner, parseNodeCommand, clearNodeFunctionCache } from './node.js';
export type { NodeTaskContext } from './node.js';
export { NotebookTaskRunner, notebookOutputPath, substituteIterVars, NOTEBOOK_ENGINE_HELP } from './notebook.js';
export type { NotebookTaskOutcome } from './notebook.js';
/** The runner for a command type (one shared instance per type: runners are stateless apart from caches). */
export declare function getTaskRunner(commandType: CommandType): TaskRunner;
/** Drops the shared runner instances (tests). */
export declare function resetTaskRunners(): void;
