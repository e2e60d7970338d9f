/**
 * Task runners (semantics §4): one per `command_type`, all behind the `TaskRunner` contract of task.ts.
 * Runners only run: the step context prepares parameters, environment (scrubEnvironment) and secrets, and
 * records the outcome. Process hygiene (own process group, timeout/cancel kill, streamed output) lives in
 * process.ts; parameter → environment encoding and credential scrubbing in env.ts.
 */
import { InternalError } from '../errors.js';
import { maskOutcomeSecrets } from './common.js';
import type { CommandType } from '../pipeline/model.js';
import { ShellTaskRunner } from './shell.js';
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

let runners: Partial<Record<CommandType, TaskRunner>> = {};

/**
 * How each runner is made. Only the shell runner is loaded with the engine: the others (python's warm
 * workers with their sockets, node's v8 serialisation, notebooks) are modules a run loads when its first step
 * of that type runs, so a shell pipeline's start-up never pays for them.
 */
const MAKE: Record<CommandType, () => TaskRunner | Promise<TaskRunner>> = {
  shell: () => new ShellTaskRunner(),
  python: async () => new (await import('./python.js')).PythonTaskRunner(),
  'async-python': async () => new (await import('./python.js')).PythonTaskRunner(),
  node: async () => new (await import('./node.js')).NodeTaskRunner(),
  notebook: async () => new (await import('./notebook.js')).NotebookTaskRunner(),
};

/** The runner for a command type (one shared instance per type: runners are stateless apart from caches). */
export function getTaskRunner(commandType: CommandType): TaskRunner {
  let r = runners[commandType];
  if (r) return r;
  const make = Object.hasOwn(MAKE, commandType) ? MAKE[commandType] : undefined;
  if (!make) throw new InternalError(`no task runner for command_type '${String(commandType)}'`);
  const made = make();
  if (made instanceof Promise) {
    let loaded: TaskRunner | undefined;
    const loading = made.then((x) => (loaded = x));
    r = { run: async (inv) => (loaded ?? (await loading)).run(inv) };
  } else r = made;
  runners[commandType] = withMaskedMessages(r);
  return runners[commandType]!;
}

/**
 * The runner with its outcome messages masked (maskOutcomeSecrets). An object whose prototype is the runner,
 * so `instanceof ShellTaskRunner` and the runner's own fields keep working.
 */
function withMaskedMessages(r: TaskRunner): TaskRunner {
  const wrapped = Object.create(r) as TaskRunner;
  wrapped.run = async (inv) => maskOutcomeSecrets(await r.run(inv), inv);
  return wrapped;
}

/** Drops the shared runner instances (tests). */
export function resetTaskRunners(): void {
  runners = {};
}
