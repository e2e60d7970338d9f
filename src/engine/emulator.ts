/**
 * The `emulator` pipeline executor (runnable's `emulator`): a local rehearsal of the Argo path. The graph is
 * walked in this process (fan-out and fan-in included), but every leaf node (task, stub, success, fail) runs in
 * its own process through `runnable execute-single-node`, with the same argv an Argo pod gets
 * (src/protocol.ts `buildPodArgv`): one attempt per call with `--retry-index`, the orchestrator (here) calling
 * again until the step succeeds or its attempts are used up. The run is not claimed by this process (its
 * children write it), so the run log store must accept writers from several processes (all of ours do).
 */
import { spawn } from 'node:child_process';
import { UsageError } from '../errors.js';
import type { FailNode, StubNode, SuccessNode, TaskNode } from '../pipeline/model.js';
import { buildPodArgv, encodeStepArg } from '../protocol.js';
import type { Status } from '../runlog/model.js';
import { stepPath, type Frame } from './frames.js';
import type { RunContext } from './run-context.js';
import { forgetScopes } from './scope.js';

type LeafNode = TaskNode | StubNode | SuccessNode | FailNode;

/** True when this process walks the graph for the emulator (a pod it starts runs its leaf in-process). */
export function emulates(ctx: RunContext): boolean {
  return ctx.config.pipelineExecutor.type === 'emulator' && !ctx.attach;
}

/** Our CLI, to start pods with: $RUNNABLE_ACTION_CLI, else the bundle this process runs. */
function cliPath(env: Record<string, string | undefined>): string {
  const fromEnv = env.RUNNABLE_ACTION_CLI;
  if (fromEnv) return fromEnv;
  const self = process.argv[1] ?? '';
  if (/[\\/]cli[\\/]index\.js$/.test(self)) return self;
  throw new UsageError("the emulator executor starts 'runnable execute-single-node' for every step: run it from the runnable CLI, or set RUNNABLE_ACTION_CLI to dist/cli/index.js");
}

function runPod(ctx: RunContext, argv: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(ctx.env)) if (v !== undefined) env[k] = v;
    env.RUNNABLE_RUN_ID = ctx.runId;
    const child = spawn(process.execPath, [cliPath(ctx.env), ...argv.slice(1)], { cwd: ctx.cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
    const onAbort = () => child.kill('SIGTERM');
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      ctx.signal.removeEventListener('abort', onAbort);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

/** Runs one leaf node as its pods would: one process per attempt. Returns the step's status from the run log. */
export async function emulateLeaf(ctx: RunContext, node: LeafNode, frame: Frame): Promise<Status> {
  const name = stepPath(frame, node);
  const existing = ctx.isRetry ? await ctx.store.getStep(ctx.runId, name) : undefined;
  if (existing && (node.type === 'task' || node.type === 'stub') && existing.attempts.at(-1)?.status === 'SUCCESS') {
    ctx.reporter.stepFinished?.({ step: name, type: node.type, status: 'SUCCESS', message: '', attempt: existing.attempts.length, skipped: 'succeeded in an earlier attempt of this run' });
    return 'SUCCESS';
  }
  const hasIter = Object.keys(frame.iter.map_variable).length > 0 || frame.iter.loop_variable.length > 0;
  const attempts = node.type === 'task' ? Math.max(1, node.max_attempts) : 1;
  // Each pod reports its step (its status line, warnings) on the console it shares with us; this process
  // reports the step only when its last pod could not (it crashed or was killed), so every line shows once.
  let code = 0;
  for (let i = 0; i < attempts && !ctx.signal.aborted; i++) {
    const argv = buildPodArgv({
      verb: 'execute-single-node',
      runId: ctx.runId,
      step: encodeStepArg(node.internalName),
      pipelineFile: ctx.pipeline.file ?? '',
      configFile: ctx.config.file,
      logLevel: ctx.logLevel,
      iterVariable: hasIter ? JSON.stringify(frame.iter) : undefined,
      retryIndex: node.type === 'task' ? String(i) : undefined,
      tag: ctx.tag || undefined,
    });
    argv.push('--no-follow');
    code = await runPod(ctx, argv);
    if (code === 0) break;
  }
  // The pods changed the run log: parameters this process cached may be stale.
  forgetScopes(ctx);
  const record = await ctx.store.getStep(ctx.runId, name);
  const status: Status = record?.status === 'SUCCESS' ? 'SUCCESS' : 'FAIL';
  if (code !== 0 && code !== 1) {
    const why = record?.message || `its process ended with code ${code} without recording a result`;
    ctx.reporter.stepFinished?.({ step: name, type: node.type, status, message: why, attempt: record?.attempts.length ?? 0 });
  }
  return status;
}
