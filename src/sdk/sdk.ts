/**
 * The TypeScript SDK (runnable semantics §16): Pipeline, tasks, composites, terminals, Catalog and the
 * return helpers. Every class can be called with or without `new`. A pipeline becomes the same document a
 * YAML file holds and goes through the same validation (`build()`), so an SDK pipeline and the equivalent
 * YAML give equal IR.
 *
 * Linking: steps run in list order (each step's `next` is the following one); the last step goes to
 * `success` unless it has `terminate_with_failure`. Only the last step may terminate explicitly. A step's
 * `on_failure` pipeline: its first step becomes the step's `on_failure` and all its steps join the graph.
 */
import { ValidationError } from '../errors.js';
import { pipelineFromDocument } from '../pipeline/build.js';
import type { Pipeline as PipelineIR, ReturnKind, TaskReturn } from '../pipeline/model.js';
import { setOwn } from '../pipeline/own.js';
import { ALPHANUMERIC, IDENTIFIER } from '../pipeline/schema.js';
import { toYaml as serialise } from '../pipeline/serialise.js';
import { stepNameProblem } from '../pipeline/validate.js';
import { noPositions } from '../pipeline/yaml-source.js';

const SDK_FILE = 'sdk';

function fail(path: string, message: string): never {
  throw new ValidationError([{ file: SDK_FILE, path, message }], SDK_FILE);
}

function requireString(kind: string, field: string, v: unknown, name?: string): string {
  if (typeof v !== 'string' || v.length === 0) fail(field, `${kind}${name ? ` '${name}'` : ''}: '${field}' must be a non-empty string, got ${JSON.stringify(v) ?? 'undefined'}`);
  return v;
}

/** Makes a class callable without `new` (`ShellTask({...})` and `new ShellTask({...})` both work). */
function callable<A extends unknown[], T>(cls: new (...args: A) => T): { new (...args: A): T; (...args: A): T } {
  const f = function (...args: A): T {
    return new cls(...args);
  } as unknown as { new (...args: A): T; (...args: A): T };
  Object.defineProperty(f, 'prototype', { value: cls.prototype });
  Object.defineProperty(f, 'name', { value: cls.name });
  return f;
}

// ---------------------------------------------------------------- returns and catalog

/** A json return (the default for bare strings). */
export function json(name: string): TaskReturn {
  return { name: requireString('json()', 'name', name), kind: 'json' };
}
/** A metric return (also recorded in the attempt's user_defined_metrics). */
export function metric(name: string): TaskReturn {
  return { name: requireString('metric()', 'name', name), kind: 'metric' };
}
/** An object return (pickled; not for shell tasks). */
export function pickled(name: string): TaskReturn {
  return { name: requireString('pickled()', 'name', name), kind: 'object' };
}
/** Same as `pickled`. */
export function object(name: string): TaskReturn {
  return { name: requireString('object()', 'name', name), kind: 'object' };
}

export type ReturnSpec = string | TaskReturn;

export interface CatalogOptions {
  get?: string[];
  put?: string[];
  /** @default true */
  store_copy?: boolean;
}

class CatalogImpl {
  readonly get: string[];
  readonly put: string[];
  readonly store_copy: boolean;
  constructor(opts: CatalogOptions = {}) {
    this.get = [...(opts.get ?? [])];
    this.put = [...(opts.put ?? [])];
    this.store_copy = opts.store_copy ?? true;
  }
  toJSON(): { get: string[]; put: string[]; store_copy: boolean } {
    return { get: [...this.get], put: [...this.put], store_copy: this.store_copy };
  }
}

/** Files moved through the catalog around a task: `Catalog({get, put, store_copy})`. */
export const Catalog = callable(CatalogImpl);
export type Catalog = CatalogImpl;

// ---------------------------------------------------------------- steps

export interface StepOptions {
  name: string;
  /** A pipeline to run when this step fails: its first step becomes `on_failure`; its steps join the graph. */
  on_failure?: PipelineImpl;
  /** `{<executor type>: <key into that executor's config.overrides>}` */
  overrides?: Record<string, string>;
  /** This (last) step goes to `success`; the default for the last step. */
  terminate_with_success?: boolean;
  /** This (last) step goes to `fail`. */
  terminate_with_failure?: boolean;
}

export interface TaskOptions extends StepOptions {
  returns?: ReturnSpec[];
  catalog?: CatalogImpl | CatalogOptions;
  secrets?: string[];
  /** @default 1 */
  max_attempts?: number;
  timeout_seconds?: number;
}

abstract class BaseStep {
  readonly name: string;
  readonly on_failure?: PipelineImpl;
  readonly overrides?: Record<string, string>;
  readonly terminate_with_success: boolean;
  readonly terminate_with_failure: boolean;
  /** The node type. */
  abstract readonly type: string;

  constructor(kind: string, opts: StepOptions) {
    if (opts === null || typeof opts !== 'object') fail('', `${kind}: expected an options object`);
    const name = requireString(kind, 'name', opts.name);
    const problem = stepNameProblem(name);
    if (problem) fail('name', `${kind}: ${problem}`);
    this.name = name;
    if (opts.on_failure !== undefined && !(opts.on_failure instanceof PipelineImpl)) fail('on_failure', `${kind} '${name}': on_failure must be a Pipeline`);
    if (opts.on_failure) this.on_failure = opts.on_failure;
    if (opts.overrides) this.overrides = { ...opts.overrides };
    this.terminate_with_success = opts.terminate_with_success === true;
    this.terminate_with_failure = opts.terminate_with_failure === true;
    if (this.terminate_with_success && this.terminate_with_failure) fail('terminate_with_failure', `${kind} '${name}': a step cannot terminate with both success and failure`);
  }

  /** The node's fields as they appear in a pipeline YAML (without next/on_failure/overrides). */
  protected abstract fields(): Record<string, unknown>;

  /** Whether this is a terminal (Success / Fail) step. */
  get isTerminal(): boolean {
    return false;
  }

  /** The node as a YAML-shaped mapping, given its successor. */
  toDocument(next: string | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = { type: this.type, ...this.fields() };
    if (next !== undefined) out.next = next;
    if (this.on_failure) out.on_failure = this.on_failure.firstStepName;
    if (this.overrides && Object.keys(this.overrides).length) out.overrides = { ...this.overrides };
    return out;
  }

  /** A pipeline of just this step. */
  asPipeline(): PipelineImpl {
    return new PipelineImpl({ steps: [this as unknown as Step] });
  }
}

abstract class TaskStep extends BaseStep {
  readonly type = 'task';
  readonly returns: TaskReturn[];
  readonly catalog?: CatalogImpl;
  readonly secrets: string[];
  readonly max_attempts?: number;
  readonly timeout_seconds?: number;
  protected abstract readonly commandType: string;
  protected abstract readonly command: string;

  constructor(kind: string, opts: TaskOptions) {
    super(kind, opts);
    this.returns = (opts.returns ?? []).map((r, i) => {
      if (typeof r === 'string') return { name: requireString(kind, `returns.${i}`, r, this.name), kind: 'json' as ReturnKind };
      if (r && typeof r === 'object' && typeof r.name === 'string') return { name: r.name, kind: r.kind ?? 'json' };
      return fail(`returns.${i}`, `${kind} '${this.name}': a return is a name or json('x') / metric('x') / pickled('x'), got ${JSON.stringify(r)}`);
    });
    if (opts.catalog) this.catalog = opts.catalog instanceof CatalogImpl ? opts.catalog : new CatalogImpl(opts.catalog);
    this.secrets = [...(opts.secrets ?? [])];
    if (opts.max_attempts !== undefined) this.max_attempts = opts.max_attempts;
    if (opts.timeout_seconds !== undefined) this.timeout_seconds = opts.timeout_seconds;
  }

  protected extraFields(): Record<string, unknown> {
    return {};
  }

  protected fields(): Record<string, unknown> {
    const out: Record<string, unknown> = { command_type: this.commandType, command: this.command, ...this.extraFields() };
    if (this.returns.length) out.returns = this.returns.map((r) => ({ name: r.name, kind: r.kind }));
    if (this.secrets.length) out.secrets = [...this.secrets];
    if (this.catalog) out.catalog = this.catalog.toJSON();
    if (this.max_attempts !== undefined) out.max_attempts = this.max_attempts;
    if (this.timeout_seconds !== undefined) out.timeout_seconds = this.timeout_seconds;
    return out;
  }
}

export interface ShellTaskOptions extends TaskOptions {
  /** Script run by `/bin/sh -c`; may be multi-line. */
  command: string;
}
class ShellTaskImpl extends TaskStep {
  protected readonly commandType = 'shell';
  protected readonly command: string;
  constructor(opts: ShellTaskOptions) {
    super('ShellTask', opts);
    this.command = requireString('ShellTask', 'command', opts.command, this.name);
  }
}

export interface PythonTaskOptions extends TaskOptions {
  /** Dotted path `pkg.module.function`. */
  function: string;
}
class PythonTaskImpl extends TaskStep {
  protected readonly commandType: string = 'python';
  protected readonly command: string;
  constructor(opts: PythonTaskOptions, kind = 'PythonTask') {
    super(kind, opts);
    this.command = requireString(kind, 'function', opts.function, this.name);
  }
}

export interface AsyncPythonTaskOptions extends PythonTaskOptions {
  /** @default "done" */
  stream_end_type?: string;
}
class AsyncPythonTaskImpl extends PythonTaskImpl {
  protected override readonly commandType = 'async-python';
  readonly stream_end_type?: string;
  constructor(opts: AsyncPythonTaskOptions) {
    super(opts, 'AsyncPythonTask');
    if (opts.stream_end_type !== undefined) this.stream_end_type = opts.stream_end_type;
  }
  protected override extraFields(): Record<string, unknown> {
    return this.stream_end_type !== undefined ? { stream_end_type: this.stream_end_type } : {};
  }
}

export interface NodeTaskOptions extends TaskOptions {
  /** `path/to/module.js:exportName` (relative to the working directory). */
  function: string;
}
class NodeTaskImpl extends TaskStep {
  protected readonly commandType = 'node';
  protected readonly command: string;
  constructor(opts: NodeTaskOptions) {
    super('NodeTask', opts);
    this.command = requireString('NodeTask', 'function', opts.function, this.name);
  }
}

export interface NotebookTaskOptions extends TaskOptions {
  /** Path of the `.ipynb`. */
  notebook: string;
  optional_ploomber_args?: Record<string, unknown>;
}
class NotebookTaskImpl extends TaskStep {
  protected readonly commandType = 'notebook';
  protected readonly command: string;
  readonly optional_ploomber_args?: Record<string, unknown>;
  constructor(opts: NotebookTaskOptions) {
    super('NotebookTask', opts);
    this.command = requireString('NotebookTask', 'notebook', opts.notebook, this.name);
    if (opts.optional_ploomber_args !== undefined) this.optional_ploomber_args = { ...opts.optional_ploomber_args };
  }
  protected override extraFields(): Record<string, unknown> {
    return this.optional_ploomber_args !== undefined ? { optional_ploomber_args: { ...this.optional_ploomber_args } } : {};
  }
}

/** Options of a Stub: any extra keys are kept (as in YAML, so a task can be disabled by changing its type). */
export type StubOptions = StepOptions & { [extra: string]: unknown };
const STEP_OPTION_KEYS = ['name', 'on_failure', 'overrides', 'terminate_with_success', 'terminate_with_failure'];
class StubImpl extends BaseStep {
  readonly type = 'stub';
  readonly extra: Record<string, unknown> = {};
  constructor(opts: StubOptions) {
    super('Stub', opts);
    for (const [k, v] of Object.entries(opts)) if (!STEP_OPTION_KEYS.includes(k) && k !== 'type' && k !== 'next') setOwn(this.extra, k, v);
  }
  protected fields(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this.extra)) setOwn(out, k, v);
    return out;
  }
}

export interface ParallelOptions extends StepOptions {
  branches: Record<string, PipelineImpl>;
}
function checkPipelines(kind: string, name: string, field: string, branches: unknown, keyCheck?: (k: string) => string | undefined): Record<string, PipelineImpl> {
  if (!branches || typeof branches !== 'object' || Object.keys(branches).length === 0) fail(field, `${kind} '${name}': ${field} must be a non-empty mapping of Pipelines`);
  for (const [k, p] of Object.entries(branches as Record<string, unknown>)) {
    if (!(p instanceof PipelineImpl)) fail(`${field}.${k}`, `${kind} '${name}': branch '${k}' must be a Pipeline`);
    const problem = keyCheck?.(k);
    if (problem) fail(`${field}.${k}`, `${kind} '${name}': ${problem}`);
  }
  return { ...(branches as Record<string, PipelineImpl>) };
}
class ParallelImpl extends BaseStep {
  readonly type = 'parallel';
  readonly branches: Record<string, PipelineImpl>;
  constructor(opts: ParallelOptions) {
    super('Parallel', opts);
    this.branches = checkPipelines('Parallel', this.name, 'branches', opts.branches, (k) => stepNameProblem(k, 'branch name'));
  }
  protected fields(): Record<string, unknown> {
    const branches: Record<string, unknown> = {};
    for (const [k, p] of Object.entries(this.branches)) setOwn(branches, k, p.graphDocument());
    return { branches };
  }
}

export interface MapOptions extends StepOptions {
  branch: PipelineImpl;
  /** Name of a list parameter. */
  iterate_on: string;
  /** Name each item reaches the branch under. */
  iterate_as: string;
  /** Python lambda source or dotted path. */
  reducer?: string;
}
class MapImpl extends BaseStep {
  readonly type = 'map';
  readonly branch: PipelineImpl;
  readonly iterate_on: string;
  readonly iterate_as: string;
  readonly reducer?: string;
  constructor(opts: MapOptions) {
    super('Map', opts);
    if (!(opts.branch instanceof PipelineImpl)) fail('branch', `Map '${this.name}': branch must be a Pipeline`);
    this.branch = opts.branch;
    this.iterate_on = requireString('Map', 'iterate_on', opts.iterate_on, this.name);
    this.iterate_as = requireString('Map', 'iterate_as', opts.iterate_as, this.name);
    if (!IDENTIFIER.test(this.iterate_as)) fail('iterate_as', `Map '${this.name}': iterate_as '${this.iterate_as}' must be an identifier`);
    if (opts.reducer !== undefined) this.reducer = opts.reducer;
  }
  protected fields(): Record<string, unknown> {
    const out: Record<string, unknown> = { iterate_on: this.iterate_on, iterate_as: this.iterate_as };
    if (this.reducer !== undefined) out.reducer = this.reducer;
    out.branch = this.branch.graphDocument();
    return out;
  }
}

export interface ConditionalOptions extends StepOptions {
  /** Branches keyed by the (alphanumeric) value that selects them. */
  branches: Record<string, PipelineImpl>;
  /** Alphanumeric parameter name. */
  parameter: string;
  /** Runs when no key matches. */
  default?: PipelineImpl;
}
class ConditionalImpl extends BaseStep {
  readonly type = 'conditional';
  readonly branches: Record<string, PipelineImpl>;
  readonly parameter: string;
  readonly default?: PipelineImpl;
  constructor(opts: ConditionalOptions) {
    super('Conditional', opts);
    this.branches = checkPipelines('Conditional', this.name, 'branches', opts.branches, (k) =>
      ALPHANUMERIC.test(k) ? undefined : `branch key '${k}' must be alphanumeric (letters, digits, underscores)`,
    );
    this.parameter = requireString('Conditional', 'parameter', opts.parameter, this.name);
    if (!ALPHANUMERIC.test(this.parameter)) fail('parameter', `Conditional '${this.name}': parameter '${this.parameter}' must be alphanumeric (letters, digits, underscores)`);
    if (opts.default !== undefined) {
      if (!(opts.default instanceof PipelineImpl)) fail('default', `Conditional '${this.name}': default must be a Pipeline`);
      this.default = opts.default;
    }
  }
  protected fields(): Record<string, unknown> {
    const branches: Record<string, unknown> = {};
    for (const [k, p] of Object.entries(this.branches)) setOwn(branches, k, p.graphDocument());
    const out: Record<string, unknown> = { parameter: this.parameter, branches };
    if (this.default) out.default = this.default.graphDocument();
    return out;
  }
}

export interface LoopOptions extends StepOptions {
  branch: PipelineImpl;
  max_iterations: number;
  /** Boolean parameter; the loop exits when it is true. */
  break_on: string;
  /** Name of the 0-based iteration index. */
  index_as: string;
}
class LoopImpl extends BaseStep {
  readonly type = 'loop';
  readonly branch: PipelineImpl;
  readonly max_iterations: number;
  readonly break_on: string;
  readonly index_as: string;
  constructor(opts: LoopOptions) {
    super('Loop', opts);
    if (!(opts.branch instanceof PipelineImpl)) fail('branch', `Loop '${this.name}': branch must be a Pipeline`);
    this.branch = opts.branch;
    if (!Number.isInteger(opts.max_iterations) || opts.max_iterations < 1) fail('max_iterations', `Loop '${this.name}': max_iterations must be an integer >= 1, got ${opts.max_iterations}`);
    this.max_iterations = opts.max_iterations;
    this.break_on = requireString('Loop', 'break_on', opts.break_on, this.name);
    this.index_as = requireString('Loop', 'index_as', opts.index_as, this.name);
    if (!IDENTIFIER.test(this.index_as)) fail('index_as', `Loop '${this.name}': index_as '${this.index_as}' must be an identifier`);
  }
  protected fields(): Record<string, unknown> {
    return { branch: this.branch.graphDocument(), max_iterations: this.max_iterations, break_on: this.break_on, index_as: this.index_as };
  }
}

class SuccessImpl extends BaseStep {
  readonly type = 'success';
  constructor(opts: { name?: string } = {}) {
    super('Success', { name: opts.name ?? 'success' });
  }
  override get isTerminal(): boolean {
    return true;
  }
  protected fields(): Record<string, unknown> {
    return {};
  }
}

class FailImpl extends BaseStep {
  readonly type = 'fail';
  constructor(opts: { name?: string } = {}) {
    super('Fail', { name: opts.name ?? 'fail' });
  }
  override get isTerminal(): boolean {
    return true;
  }
  protected fields(): Record<string, unknown> {
    return {};
  }
}

export const ShellTask = callable(ShellTaskImpl);
export type ShellTask = ShellTaskImpl;
export const PythonTask = callable(PythonTaskImpl);
export type PythonTask = PythonTaskImpl;
export const AsyncPythonTask = callable(AsyncPythonTaskImpl);
export type AsyncPythonTask = AsyncPythonTaskImpl;
export const NodeTask = callable(NodeTaskImpl);
export type NodeTask = NodeTaskImpl;
export const NotebookTask = callable(NotebookTaskImpl);
export type NotebookTask = NotebookTaskImpl;
export const Stub = callable(StubImpl);
export type Stub = StubImpl;
export const Parallel = callable(ParallelImpl);
export type Parallel = ParallelImpl;
/** The map composite (exported as `Map` from the SDK index; named MapStep here to keep the global Map). */
export const MapStep = callable(MapImpl);
export type MapStep = MapImpl;
export const Conditional = callable(ConditionalImpl);
export type Conditional = ConditionalImpl;
export const Loop = callable(LoopImpl);
export type Loop = LoopImpl;
export const Success = callable(SuccessImpl);
export type Success = SuccessImpl;
export const Fail = callable(FailImpl);
export type Fail = FailImpl;

export type Step =
  | ShellTaskImpl
  | PythonTaskImpl
  | AsyncPythonTaskImpl
  | NodeTaskImpl
  | NotebookTaskImpl
  | StubImpl
  | ParallelImpl
  | MapImpl
  | ConditionalImpl
  | LoopImpl
  | SuccessImpl
  | FailImpl;

// ---------------------------------------------------------------- pipeline

export interface PipelineOptions {
  steps: Step[];
  /** Names the pipeline in messages (and `Pipeline.file`); default `sdk`. */
  name?: string;
  description?: string;
}

class PipelineImpl {
  readonly steps: readonly Step[];
  readonly name?: string;
  readonly description?: string;

  constructor(opts: PipelineOptions) {
    if (!opts || !Array.isArray(opts.steps) || opts.steps.length === 0) fail('steps', 'Pipeline: steps must be a non-empty list of steps');
    opts.steps.forEach((s, i) => {
      if (!(s instanceof BaseStep)) fail(`steps.${i}`, `Pipeline: steps[${i}] is not a step (ShellTask, PythonTask, Stub, Map, ...)`);
    });
    const last = opts.steps.length - 1;
    opts.steps.forEach((s, i) => {
      if (i === last) return;
      if (s.terminate_with_success || s.terminate_with_failure) {
        fail(`steps.${i}`, `Pipeline: only the last step can terminate the pipeline; '${s.name}' is followed by '${opts.steps[i + 1]!.name}'`);
      }
      if (s.isTerminal) fail(`steps.${i}`, `Pipeline: ${s.type} step '${s.name}' must be the last step`);
    });
    this.steps = [...opts.steps];
    if (opts.name !== undefined) this.name = opts.name;
    if (opts.description !== undefined) this.description = opts.description;
    // Names unique across the steps and the on_failure pipelines that join this graph.
    const names = new Set<string>();
    for (const { step } of this.linkedSteps()) {
      if (names.has(step.name)) fail('steps', `Pipeline: duplicate step name '${step.name}'`);
      names.add(step.name);
    }
  }

  /** Name of the first step (what an `on_failure` refers to). */
  get firstStepName(): string {
    return this.steps[0]!.name;
  }

  /** This pipeline's steps followed by the steps of every on_failure pipeline (recursively), each once. */
  private linkedSteps(): { step: Step; next: string | undefined }[] {
    const out: { step: Step; next: string | undefined }[] = [];
    const seen = new Set<Step>();
    const visitedPipelines = new Set<PipelineImpl>();
    const add = (p: PipelineImpl) => {
      if (visitedPipelines.has(p)) return;
      visitedPipelines.add(p);
      const last = p.steps.length - 1;
      p.steps.forEach((s, i) => {
        if (seen.has(s)) return;
        seen.add(s);
        let next: string | undefined;
        if (s.isTerminal) next = undefined;
        else if (i < last) next = p.steps[i + 1]!.name;
        else next = s.terminate_with_failure ? 'fail' : 'success';
        out.push({ step: s, next });
      });
      for (const s of p.steps) if (s.on_failure) add(s.on_failure);
    };
    add(this);
    return out;
  }

  /** The graph as a YAML-shaped mapping (`{description?, start_at, steps}`). */
  graphDocument(): Record<string, unknown> {
    const steps: Record<string, unknown> = {};
    for (const { step, next } of this.linkedSteps()) setOwn(steps, step.name, step.toDocument(next));
    const out: Record<string, unknown> = {};
    if (this.description !== undefined) out.description = this.description;
    out.start_at = this.firstStepName;
    out.steps = steps;
    return out;
  }

  /** The whole pipeline document (`{dag: ...}`), as a YAML file would hold it. */
  toDocument(): Record<string, unknown> {
    return { dag: this.graphDocument() };
  }

  /** The IR, validated exactly as a YAML file is. Throws ValidationError (file: the name or `sdk`). */
  build(): PipelineIR {
    const file = this.name || SDK_FILE;
    return pipelineFromDocument(noPositions(file, this.toDocument()), 'sdk', file);
  }

  /** runnable pipeline YAML for this pipeline. */
  toYaml(): string {
    return serialise(this.build());
  }
}

/** A pipeline: `Pipeline({steps, name?, description?})`. */
export const Pipeline = callable(PipelineImpl);
export type Pipeline = PipelineImpl;
