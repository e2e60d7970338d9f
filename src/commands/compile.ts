/**
 * `runnable compile` (and `execute` with the argo executor): the pipeline as an Argo Workflow (or
 * CronWorkflow), validated against the Argo CRD before it is returned.
 */
import type { LoadedInputs } from '../engine/index.js';
import { UsageError } from '../errors.js';
import { loadInitialParameters } from '../parameters/load.js';
import type { LogLevel } from '../engine/index.js';

export interface CompileOptions {
  loaded: LoadedInputs;
  pipelineFile: string;
  configFile?: string;
  parametersFile?: string;
  logLevel?: LogLevel;
  tag?: string;
  /** '-' for stdout; undefined for the config's `output_file` (default `argo-pipeline.yaml`). */
  outputFile?: string;
}

export interface CompileResult {
  kind: string;
  manifest: Record<string, unknown>;
  yaml: string;
  /** Where to write it; undefined means stdout. */
  outputFile?: string;
}

export async function compileCommand(opts: CompileOptions): Promise<CompileResult> {
  const { pipeline, config, cwd, env } = opts.loaded;
  if (config.pipelineExecutor.type !== 'argo') {
    throw new UsageError(`compile needs a config with the argo executor (pipeline-executor: {type: argo, ...}); this one uses '${config.pipelineExecutor.type}'`);
  }
  // The compiling machine's RUNNABLE_PRM_* are not baked into the manifest (they may be secrets of that
  // machine): exposed parameters come from the parameters file only; pods read their own RUNNABLE_PRM_*.
  const fileOnly = Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('RUNNABLE_PRM_')));
  const initial = opts.parametersFile ? await loadInitialParameters({ file: opts.parametersFile, cwd, env: fileOnly }) : undefined;
  const initialParameters = initial ? Object.fromEntries(Object.entries(initial).map(([k, p]) => [k, p.value])) : undefined;
  const { compileArgo } = await import('../argo/compile.js');
  const { parseArgoExecutorConfig } = await import('../config/argo.js');
  const { manifest, yaml } = compileArgo(pipeline, config, {
    pipelineFile: opts.pipelineFile,
    configFile: opts.configFile,
    parametersFile: opts.parametersFile,
    initialParameters,
    logLevel: opts.logLevel,
    tag: opts.tag,
  });
  const configured = parseArgoExecutorConfig(config.pipelineExecutor.config).outputFile;
  const outputFile = opts.outputFile === '-' ? undefined : (opts.outputFile ?? configured ?? 'argo-pipeline.yaml');
  return { kind: String((manifest as { kind?: unknown }).kind ?? 'Workflow'), manifest: manifest as Record<string, unknown>, yaml, outputFile: outputFile ? (await import('node:path')).resolve(cwd, outputFile) : undefined };
}
