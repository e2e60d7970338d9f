/**
 * `runnable validate`: pipeline, config and parameters file checked together; every problem returned with
 * its file, line and column (the PR check turns each into an annotation). Then the data flow
 * (pipeline/dataflow.ts): every parameter a step consumes that no path, or not every path, provides —
 * errors join `issues`, warnings only `warnings`; both are in `dataflow` with their positions.
 */
import path from 'node:path';
import { InputFileError, ValidationError, formatIssue, type ValidationIssue } from '../errors.js';
import { loadPipeline, parameterEnvironmentWarnings } from '../engine/index.js';
import { loadConfig } from '../config/load.js';
import { loadInitialParameters, parameterOverrides } from '../parameters/load.js';
import { checkDataflow, type DataflowFinding, type TaskPatchLike } from '../pipeline/dataflow.js';
import type { Pipeline } from '../pipeline/model.js';
import { loadYamlText, readSourceFile, type SourceDocument } from '../pipeline/yaml-source.js';
import type { RunnableConfig } from '../config/model.js';
import type { Parameters } from '../runlog/model.js';
import { signatureLookup } from './signatures.js';

export interface ValidateOptions {
  pipelineFile: string;
  configFile?: string;
  parametersFile?: string;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

export interface ValidateResult {
  ok: boolean;
  issues: ValidationIssue[];
  pipeline?: Pipeline;
  config?: RunnableConfig;
  /**
   * Not errors: what a run would say about the parameters (names not exported, values moved to a file), and
   * each data-flow warning as `file:line:column: path: message`.
   */
  warnings: string[];
  /** Data-flow findings with positions (errors are also in `issues`). */
  dataflow: DataflowIssue[];
}

/** A data-flow finding at its position: the consuming field (iterate_on, parameter, command, a return's name). */
export interface DataflowIssue extends ValidationIssue {
  severity: 'error' | 'warning';
  /** The parameter that may be missing. */
  parameter: string;
  /** Internal name of the consuming step. */
  step: string;
}

export async function validateCommand(opts: ValidateOptions): Promise<ValidateResult> {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const env = opts.env ?? process.env;
  const issues: ValidationIssue[] = [];
  const warnings: string[] = [];
  const collect = (err: unknown, file: string) => {
    if (err instanceof ValidationError) issues.push(...err.issues);
    else if (err instanceof InputFileError) issues.push({ file: err.file, path: '', message: err.message });
    else throw err;
    void file;
  };
  let pipeline: Pipeline | undefined;
  let config: RunnableConfig | undefined;
  try {
    pipeline = await loadPipeline(cwd, opts.pipelineFile);
  } catch (err) {
    collect(err, opts.pipelineFile);
  }
  try {
    config = await loadConfig({ file: opts.configFile, cwd, env });
  } catch (err) {
    collect(err, opts.configFile ?? '');
  }
  let initial: Parameters | undefined;
  if (opts.parametersFile) {
    try {
      initial = await loadInitialParameters({ file: opts.parametersFile, cwd, env });
      warnings.push(...parameterEnvironmentWarnings(initial));
    } catch (err) {
      collect(err, opts.parametersFile);
    }
  }
  const dataflow: DataflowIssue[] = [];
  // Only a pipeline that validated has a graph to follow; a broken parameters file says nothing reliable.
  if (pipeline && (!opts.parametersFile || initial)) {
    dataflow.push(...(await dataflowIssues(pipeline, config, initial, cwd, env, opts.pipelineFile)));
    for (const d of dataflow) {
      const { severity: _s, parameter: _p, step: _st, ...issue } = d;
      if (d.severity === 'error') issues.push(issue);
      else warnings.push(formatIssue(issue));
    }
  }
  return { ok: issues.length === 0, issues, pipeline, config, warnings, dataflow };
}

/**
 * Runs the data-flow check. Without -p (and RUNNABLE_PARAMETERS_FILE) the initial parameters are unknown
 * beyond RUNNABLE_PRM_*: a name nothing provides is then only a warning. Positions are looked up in the
 * YAML document only when there is something to report (a valid pipeline pays nothing for them).
 */
async function dataflowIssues(
  pipeline: Pipeline,
  config: RunnableConfig | undefined,
  initial: Parameters | undefined,
  cwd: string,
  env: Record<string, string | undefined>,
  file: string,
): Promise<DataflowIssue[]> {
  const known = initial !== undefined || !!env.RUNNABLE_PARAMETERS_FILE;
  let names: string[] = initial ? Object.keys(initial) : Object.keys(parameterOverrides(env));
  if (!initial && env.RUNNABLE_PARAMETERS_FILE) {
    try {
      names = Object.keys(await loadInitialParameters({ cwd, env }));
    } catch {
      return []; // execute reports the file; without it nothing can be said
    }
  }
  const executor = config?.pipelineExecutor;
  const patches = executor?.type === 'mocked' ? ((executor.config as { patches?: Record<string, TaskPatchLike> }).patches ?? {}) : undefined;
  const findings = checkDataflow(pipeline.dag, { initial: names, initialKnown: known, signature: await signatureLookup(pipeline.dag, cwd, env, patches), patches });
  if (findings.length === 0) return [];
  const shown = Object.values(pipeline.dag.nodes).find((n) => n.source)?.source?.file ?? file;
  let doc: SourceDocument | undefined;
  if (pipeline.execution_mode === 'yaml') {
    try {
      doc = loadYamlText(await readSourceFile(file, shown, cwd), shown);
    } catch {
      doc = undefined; // changed since it was read: positions are left out
    }
  }
  return findings.map((f: DataflowFinding) => {
    const pos = doc?.locate(f.path, 'value');
    const issue: DataflowIssue = { file: shown, path: f.path.join('.'), message: f.message, severity: f.severity, parameter: f.parameter, step: f.step };
    if (pos) {
      issue.line = pos.line;
      issue.column = pos.column;
    }
    return issue;
  });
}
