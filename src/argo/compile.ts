/**
 * Pipeline IR → one Argo `Workflow` (or `CronWorkflow`), deterministic to the byte (semantics §19 e).
 * The pods' side of the contract (argv, outputs, exit codes, text escaping) is src/protocol.ts.
 *
 * ## Layout (argo-target.md §5; every controller rule relied on names its v4.1.2 source)
 *
 * - One DAG template per graph (root: `runnable-dag`; each branch its own), `depends` only. Only **pod
 *   nodes** become DAG tasks: task nodes, composites, and a graph's start node when it is a stub or terminal.
 *   Stubs, `success` and `fail` anywhere else cost no pod: the pod before them follows the route inline.
 * - A route on success is `X.Succeeded`; on failure `X.Failed || X.Errored` (an evicted, OOM-killed or
 *   never-started pod is Errored, not Failed: dag.go `evaluateDependsLogic`'s TaskResults).
 * - Leaf templates are shared per *pod profile*: the step travels as the input parameter `step`.
 * - Composites: the fan-out is merged into the previous pod when the composite is reached by exactly one
 *   success route from a task or a non-loop fan-in in the same graph (`--fan-out-next`); otherwise it is a pod.
 *   - map: one branch task with `withParam` over the fan-out's list of **indices**; the pods read item i from
 *     the run log (status size independent of the items).
 *   - conditional: one task per branch with `when: '<fan-out token>' == 'b<k>'` — no `withParam`, no
 *     `{{item}}`: since v4.0.3 `resolveDependencyReferences` (dag.go) evaluates `when` *before* expansion.
 *   - the fan-in accepts `Skipped` branches: an empty `withParam` makes a `Skipped` node ("Skipped, empty
 *     params", dag.go `executeDAGTask`) and a false `when` does too, so a map over `[]`, a fan-out that failed
 *     and a conditional with no match all reach the fan-in, which records the outcome and routes.
 *   - loop: iterations unrolled by chunks of {@link LOOP_CHUNK} in a DAG template `<loop>-chunk(from)`:
 *     `body-j` → `close-j` (the loop's `fan in`, which writes the next index or `stop`) → `body-j+1` with
 *     `when: '<out>' != 'stop'`, and after the last close the chunk calls itself. A chain inside one DAG adds
 *     no stack depth (dag.go executes dependencies without nesting `executeTemplate`), so the depth is
 *     max_iterations / LOOP_CHUNK instead of max_iterations; compile refuses what would pass the controller's
 *     limit of 100 (controller.go `maxAllowedStackDepth`, checked in operator.go `executeTemplate`).
 *     The loop task is `when: '<fan-out>' == 'go'`; a retry of a run whose loop succeeded writes `stop`,
 *     so the loop task is Skipped and its success route is `L.Succeeded || L.Skipped`.
 * - Handled failures end Succeeded (§19 k, argo-target.md §5.3): when any failure route of a graph does not
 *   end at `fail`, the DAG gets `failFast: false` and a pod-less join `done` that is the DAG's only leaf.
 * - The join is a "no-op" DAG template whose single task is `when: 'false'` (Skipped, so the DAG Succeeds
 *   without a pod; operator.go assessDAGPhase lets Skipped inherit the branch phase).
 * - `spec.onExit` runs `runnable fan RUN_ID - exit`: whatever stopped the workflow (Stop, the deadline, a pod
 *   error, retries the controller ended early: operator.go `processNodeRetries`), the run log is settled —
 *   nothing stays PROCESSING. Terminate runs no exit handler (workflow_types.go `ShouldExecute`).
 * - Task names are never expr-lang words after `-`→`_` (dag.go evaluates `depends` with expr after
 *   `strings.ReplaceAll(…, "-", "_")`).
 * - No user text reaches the manifest with a `{{` in it (protocol.ts escapes it): Argo would substitute or
 *   evaluate it.
 */
import { ManifestError } from '../errors.js';
import type { RunnableConfig } from '../config/model.js';
import { isComposite, LOOP_PLACEHOLDER, MAP_PLACEHOLDER, routeAfter } from '../pipeline/model.js';
import type { CompositeNode, Graph, LoopNode, Pipeline, PipelineNode, TaskNode } from '../pipeline/model.js';
import { parseArgoExecutorConfig, type ArgoExecutorConfig, type ArgoOverride, type ArgoRetryStrategy } from '../config/argo.js';
import { NameScope, dnsName, sanitize, shortHash } from './names.js';
import { validateManifest } from './validate.js';
import { toYamlDocument } from './yaml-emit.js';
import { LOOP_GO, LOOP_STOP, argoJson, buildPodArgv, buildPodEnv, conditionalToken, encodeStepArg, iterVariableText, type PodCall } from '../protocol.js';

export interface CompileArgoOptions {
  /** Pipeline file as the pods see it (relative to the image's working directory). */
  pipelineFile: string;
  configFile?: string;
  parametersFile?: string;
  /** Initial parameters; exposed as workflow arguments (`expose_parameters_as_inputs`). */
  initialParameters?: Record<string, unknown>;
  logLevel?: string;
  tag?: string;
}

export interface CompileArgoResult {
  manifest: Record<string, unknown>;
  yaml: string;
  /** Template / task names ↔ internal names, for mapping `status.nodes` back to steps. */
  names: NameTable;
  warnings: string[];
}

export interface NameTable {
  /** DAG template name → graph internal name ('' for the root). */
  graphs: Record<string, string>;
  /** `<dag template>/<task>` → internal name of the node the task stands for. */
  tasks: Record<string, string>;
}

export const ROOT_TEMPLATE = 'runnable-dag';
export const OUT_PATH = '/tmp/runnable/out.json';
export const NEXT_PATH = '/tmp/runnable/next.json';
export const MAX_TASKS = 200;
export const MAX_TEMPLATES = 200;
/** Loop iterations per chunk template: 2 tasks each + the recursive call stays under MAX_TASKS. */
export const LOOP_CHUNK = 90;
/** The controller's nesting limit: controller.go `maxAllowedStackDepth`, checked in operator.go `executeTemplate`. */
export const MAX_STACK_DEPTH = 100;
export const EXIT_TEMPLATE = 'runnable-exit';
/** Where `--stores-on` puts the run log store and catalog: the claim of `pvc_for_runnable`. */
export const RUNNABLE_PVC_MOUNT = '/mnt';
/** expr-lang words (keywords, literals, builtins): a `depends` operand spelled like one does not parse. */
const EXPR_RESERVED = new Set(
  ('and or not in matches contains startswith endswith let if else true false nil len all none any one filter map count sum find ' +
    'findindex findlast findlastindex groupby sortby reduce abs ceil floor round int float string trim trimprefix trimsuffix upper lower ' +
    'split splitafter replace repeat indexof lastindexof hasprefix hassuffix max min mean median first last get type keys values ' +
    'tojson fromjson tobase64 frombase64 topairs frompairs join flatten uniq concat reverse sort date now duration timezone take ' +
    'bitand bitor bitxor bitnand bitnot bitshl bitshr bitushr env sprig').split(' '),
);
const CONTROL_ARGS = ['run_id', 'retry_run_id', 'retry_indicator', 'log_level'];

type Obj = Record<string, unknown>;

/** An enclosing iteration variable of a branch: its value (map: the item's index) reaches templates as input `iv-<n>`. */
interface IterVar {
  kind: 'map' | 'loop';
  /** map: iterate_as. */
  as?: string;
  param: string;
}

/** Route target of a pod node's outcome. */
type Target = { kind: 'pod'; node: string } | { kind: 'success' } | { kind: 'fail' };

interface DagTask {
  name: string;
  template: string;
  depends?: string;
  when?: string;
  withParam?: string;
  arguments?: { parameters: { name: string; value: string }[] };
}

interface Unit {
  node: PipelineNode;
  /** Tasks the inbound `depends` goes on. */
  entries: DagTask[];
  /** Task whose phase is the node's outcome. */
  exit: DagTask;
  /** `depends` terms: the node succeeded / failed (defaults: `exit.Succeeded`, `exit.Failed || exit.Errored`). */
  ok?: string;
  failed?: string;
  tasks: DagTask[];
  /** When this unit's exit pod performs the next composite's fan-out (`--fan-out-next`). */
  mergesNext?: string;
}

interface GraphPlan {
  units: Unit[];
  join?: DagTask;
}

interface Ctx {
  pipeline: Pipeline;
  config: RunnableConfig;
  argo: ArgoExecutorConfig;
  opts: CompileArgoOptions;
  templates: Obj[];
  templateNames: NameScope;
  /** canonical JSON of a leaf template body → its name */
  leafByBody: Map<string, string>;
  names: NameTable;
  warnings: string[];
  volumeMounts: Obj[];
  volumes: Obj[];
  noop?: string;
  firstTaskDone: boolean;
  workflowArgs: { name: string; value: string }[];
  /** `--stores-on` for every pod (runnable's pvc_for_runnable relocation), when needed. */
  storesOn?: string;
  /** Where the executor config was written, for errors. */
  where: string;
  /** Template → how many times it nests itself (loop chunks), for the stack-depth check. */
  recursion: Map<string, number>;
}

const okOf = (u: Unit): string => u.ok ?? `${u.exit.name}.Succeeded`;
const failedOf = (u: Unit): string => u.failed ?? `${u.exit.name}.Failed || ${u.exit.name}.Errored`;

/* ------------------------------------------------------------------------------------------ entry */

export function compileArgo(pipeline: Pipeline, config: RunnableConfig, opts: CompileArgoOptions): CompileArgoResult {
  if (config.pipelineExecutor.type !== 'argo') {
    throw new ManifestError([`the pipeline executor is '${config.pipelineExecutor.type}', not 'argo'`], 'Argo compilation');
  }
  let argo: ArgoExecutorConfig;
  try {
    argo = parseArgoExecutorConfig(config.pipelineExecutor.config);
  } catch (err) {
    const issues = (err as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    throw new ManifestError(
      issues ? issues.map((i) => `pipeline-executor.config${i.path.length ? '.' + i.path.map(String).join('.') : ''}: ${i.message}`) : [String(err)],
      'argo executor config',
    );
  }
  const ctx: Ctx = {
    pipeline,
    config,
    argo,
    opts,
    templates: [],
    templateNames: new NameScope([ROOT_TEMPLATE]),
    leafByBody: new Map(),
    names: { graphs: {}, tasks: {} },
    warnings: [],
    volumeMounts: [],
    volumes: [],
    firstTaskDone: false,
    workflowArgs: [],
    where: whereOf(config),
    recursion: new Map(),
  };
  checkExecutorConfig(ctx);
  setUpVolumes(ctx);
  checkStores(ctx);
  ctx.workflowArgs = workflowArguments(ctx);

  compileGraph(ctx, pipeline.dag, [], ROOT_TEMPLATE);
  // Entry point first, then the rest by name: stable and easy to read.
  // Keep only templates reachable from the entry point (a merged fan-out replaces a leaf variant).
  const byName = new Map(ctx.templates.map((t) => [String(t.name), t]));
  const used = new Set<string>();
  const stack = [ROOT_TEMPLATE];
  while (stack.length) {
    const n = stack.pop()!;
    if (used.has(n)) continue;
    used.add(n);
    const t = byName.get(n);
    for (const task of ((t?.dag as Obj | undefined)?.tasks as Obj[] | undefined) ?? []) stack.push(String(task.template));
  }
  const root = byName.get(ROOT_TEMPLATE)!;
  const others = ctx.templates.filter((t) => t !== root && used.has(String(t.name))).sort((a, b) => (String(a.name) < String(b.name) ? -1 : 1));
  if (others.length + 1 > MAX_TEMPLATES) {
    throw new ManifestError([`the workflow needs ${others.length + 1} templates (max ${MAX_TEMPLATES}): too many branches; split the pipeline`]);
  }
  const templates = [root, ...others];
  checkStackDepth(ctx, byName);
  templates.push(exitTemplate(ctx));

  const spec = workflowSpec(ctx, templates);
  const md = ctx.argo.argoWorkflow.metadata ?? {};
  const generateName = md.generateName ?? (md.name ? undefined : 'runnable-dag-');
  let manifest: Obj;
  if (ctx.argo.cronSchedule) {
    const cron = ctx.argo.cronSchedule;
    const name = (md.name ?? generateName ?? 'runnable-dag').replace(/-+$/, '');
    const cronSpec: Obj = {};
    cronSpec.schedules = cron.schedules ?? [cron.schedule!];
    if (cron.timezone) cronSpec.timezone = cron.timezone;
    for (const k of ['concurrencyPolicy', 'startingDeadlineSeconds', 'suspend', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'] as const) {
      if (cron[k] !== undefined) cronSpec[k] = cron[k];
    }
    cronSpec.workflowSpec = spec;
    manifest = { apiVersion: 'argoproj.io/v1alpha1', kind: 'CronWorkflow', metadata: metadata(md, { name }), spec: cronSpec };
  } else {
    manifest = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: metadata(md, md.name ? { name: md.name } : { generateName: generateName! }),
      spec,
    };
  }
  const problems = validateManifest(manifest);
  if (problems.length) throw new ManifestError(problems);
  const yaml = toYaml(manifest);
  return { manifest, yaml, names: ctx.names, warnings: ctx.warnings };
}

/** YAML 1.1-safe output (kubectl parses 1.1): `yes`/`no`/octal-looking strings and `{{…}}` get quoted. */
export function toYaml(manifest: Record<string, unknown>): string {
  return toYamlDocument(manifest);
}

function metadata(md: NonNullable<ArgoExecutorConfig['argoWorkflow']['metadata']>, name: Obj): Obj {
  const out: Obj = { ...name };
  if (md.namespace) out.namespace = md.namespace;
  if (md.labels && Object.keys(md.labels).length) out.labels = sortKeys(md.labels);
  if (md.annotations && Object.keys(md.annotations).length) out.annotations = sortKeys(md.annotations);
  return out;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/* ------------------------------------------------------------------------------- workflow level */

function workflowArguments(ctx: Ctx): { name: string; value: string }[] {
  const args: { name: string; value: string }[] = [];
  if (ctx.argo.exposeParametersAsInputs) {
    for (const [name, value] of Object.entries(ctx.opts.initialParameters ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (CONTROL_ARGS.includes(name)) {
        throw new ManifestError([`initial parameter '${name}' has the name of a workflow control argument (${CONTROL_ARGS.join(', ')}); rename it`]);
      }
      if (!/^[a-z0-9_-]+$/.test(name)) {
        // RUNNABLE_PRM_<name> is lower-cased by the CLI, and Argo names allow only [-a-zA-Z0-9_].
        ctx.warnings.push(`initial parameter '${name}' is not exposed as a workflow argument (only lower-case [a-z0-9_-] names are); it still comes from the parameters file`);
        continue;
      }
      if (value !== null && typeof value === 'object') {
        // Lists and mappings stay out of the manifest (its size must not grow with a map's items); the pods
        // read them from the parameters file, as runnable does.
        if (!ctx.opts.parametersFile) ctx.warnings.push(`initial parameter '${name}' is a list or mapping: it reaches the pods only through a parameters file, and none was given`);
        continue;
      }
      // JSON with braces escaped: Argo substitutes workflow argument values (a `{{=…}}` would be evaluated).
      args.push({ name, value: value === undefined ? 'null' : argoJson(value) });
    }
  }
  args.push({ name: 'run_id', value: '{{workflow.uid}}' });
  args.push({ name: 'retry_run_id', value: '' });
  args.push({ name: 'retry_indicator', value: '' });
  args.push({ name: 'log_level', value: ctx.opts.logLevel ?? ctx.argo.logLevel ?? 'WARNING' });
  return args;
}

function setUpVolumes(ctx: Ctx): void {
  const seen = new Set<string>();
  const add = (name: string, claimName: string, mountPath: string, readOnly?: boolean) => {
    if (seen.has(mountPath)) throw new ManifestError([`two volumes are mounted at ${mountPath}`], 'argo executor config');
    seen.add(mountPath);
    ctx.volumes.push({ name, persistentVolumeClaim: { claimName, ...(readOnly ? { readOnly: true } : {}) } });
    ctx.volumeMounts.push({ name, mountPath, ...(readOnly ? { readOnly: true } : {}) });
  };
  if (ctx.argo.pvcForRunnable) add('runnable', ctx.argo.pvcForRunnable, '/mnt');
  ctx.argo.customVolumes.forEach((v, i) => add(`custom-volume-${i}`, v.persistentVolumeClaim.claimName, v.mountPath, v.persistentVolumeClaim.readOnly));
}

/** Every pod must see the same run log store and catalog: they must live on a mounted volume. */
function checkStores(ctx: Ctx): void {
  const mounts = ctx.volumeMounts.map((m) => ({ path: String(m.mountPath), readOnly: Boolean(m.readOnly) }));
  const onVolume = (p: string) => mounts.some((m) => !m.readOnly && (p === m.path || p.startsWith(m.path.replace(/\/+$/, '') + '/')));
  const problems: string[] = [];
  const offVolume: string[] = [];
  const store = ctx.config.runLogStore;
  if (store.type === 'buffered') problems.push(`run-log-store 'buffered' keeps the run log in memory; Argo pods need a shared store (chunked-fs on a volume)`);
  if (store.type === 'file-system' || store.type === 'chunked-fs') {
    const folder = String(store.config.log_folder ?? '.run_log_store');
    if (!onVolume(folder)) offVolume.push(`run-log-store log_folder '${folder}'`);
    if (store.type === 'file-system') ctx.warnings.push(`run-log-store 'file-system' is not safe with parallel pods; use 'chunked-fs'`);
  }
  const cat = ctx.config.catalog;
  if (cat.type === 'file-system') {
    const loc = String(cat.config.catalog_location ?? '.catalog');
    if (!onVolume(loc)) offVolume.push(`catalog catalog_location '${loc}'`);
  }
  if (offVolume.length && ctx.argo.pvcForRunnable) {
    // runnable's pvc_for_runnable: inside the pods the run log store and the file-system catalog move onto the
    // claim (runnable's extensions/pipeline_executor/argo.py `_use_volumes`); here under RUNNABLE_PVC_MOUNT.
    ctx.storesOn = RUNNABLE_PVC_MOUNT;
  } else {
    for (const o of offVolume) problems.push(`${o} is not on a volume mounted in the pods (mounts: ${mounts.map((m) => m.path).join(', ') || 'none'}); mount one (persistent_volumes / custom_volumes) or set pvc_for_runnable to move the stores onto that claim`);
  }
  if (problems.length) throw new ManifestError(problems, 'Argo configuration');
}

function workflowSpec(ctx: Ctx, templates: Obj[]): Obj {
  const s = ctx.argo.argoWorkflow.spec ?? {};
  const spec: Obj = { entrypoint: ROOT_TEMPLATE, arguments: { parameters: ctx.workflowArgs } };
  if (s.serviceAccountName) spec.serviceAccountName = s.serviceAccountName;
  spec.activeDeadlineSeconds = s.activeDeadlineSeconds ?? 172800;
  spec.podGC = s.podGC ?? { strategy: 'OnPodSuccess' };
  if (s.ttlStrategy) spec.ttlStrategy = s.ttlStrategy;
  if (s.parallelism) spec.parallelism = s.parallelism;
  if (s.nodeSelector && Object.keys(s.nodeSelector).length) spec.nodeSelector = sortKeys(s.nodeSelector);
  if (s.tolerations?.length) spec.tolerations = s.tolerations;
  for (const k of ['affinity', 'securityContext', 'priorityClassName', 'imagePullSecrets', 'podMetadata', 'volumeClaimGC', 'archiveLogs'] as const) {
    if (s[k] !== undefined) spec[k] = s[k];
  }
  if (ctx.volumes.length) spec.volumes = ctx.volumes;
  spec.onExit = EXIT_TEMPLATE;
  spec.templates = templates;
  return spec;
}

/* ----------------------------------------------------------------------------------- graphs */

function encodeStep(internalName: string): string {
  return encodeStepArg(internalName);
}

/**
 * `--iter-variable` text for a scope, with `{{inputs.parameters.iv-n}}` where the values go (map: the item's
 * index). `last` replaces the innermost variable's expression (a loop chunk's index of iteration j).
 */
function iterSkeleton(scope: IterVar[], last?: string): string | undefined {
  if (!scope.length) return undefined;
  const expr = (v: IterVar, i: number) => (last !== undefined && i === scope.length - 1 ? last : `{{inputs.parameters.${v.param}}}`);
  const maps = scope.flatMap((v, i) => (v.kind === 'map' ? [{ as: v.as!, index: expr(v, i) }] : []));
  const loops = scope.flatMap((v, i) => (v.kind === 'loop' ? [expr(v, i)] : []));
  return iterVariableText(maps, loops);
}

function scopeInputs(scope: IterVar[]): Obj | undefined {
  return scope.length ? { parameters: scope.map((v) => ({ name: v.param })) } : undefined;
}

/** Arguments passing a scope's values on to a child template (plus optional extra parameters). */
function passScope(scope: IterVar[], extra: { name: string; value: string }[] = []): DagTask['arguments'] {
  const parameters = [...scope.map((v) => ({ name: v.param, value: `{{inputs.parameters.${v.param}}}` })), ...extra];
  return parameters.length ? { parameters } : undefined;
}

function routeTarget(graph: Graph, from: string | undefined, podNodes: Set<string>): Target {
  let name = from ?? 'fail';
  for (let guard = 0; guard < 10000; guard++) {
    const node = graph.nodes[name];
    if (!node) throw new ManifestError([`graph '${graph.internalName || 'dag'}' has no node '${name}'`]);
    if (podNodes.has(name)) return { kind: 'pod', node: name };
    if (node.type === 'success') return { kind: 'success' };
    if (node.type === 'fail') return { kind: 'fail' };
    if (node.type !== 'stub') return { kind: 'pod', node: name };
    name = node.next;
  }
  throw new ManifestError([`graph '${graph.internalName || 'dag'}': the route from '${from}' does not end`]);
}

/** Compiles `graph` into DAG template `templateName` (and everything under it). */
function compileGraph(ctx: Ctx, graph: Graph, scope: IterVar[], templateName: string): void {
  ctx.names.graphs[templateName] = graph.internalName;
  // Pod nodes: tasks and composites reachable from the start, plus the start node itself.
  const reachable: string[] = [];
  const seen = new Set<string>();
  const stack = [graph.start_at];
  while (stack.length) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    const node = graph.nodes[name];
    if (!node) throw new ManifestError([`graph '${graph.internalName || 'dag'}': start_at/next/on_failure names '${name}', which does not exist`]);
    seen.add(name);
    reachable.push(name);
    if (node.type !== 'success' && node.type !== 'fail') {
      if (node.on_failure) stack.push(node.on_failure);
      stack.push(node.next);
    }
  }
  // Declaration order, for stable output.
  const order = Object.keys(graph.nodes).filter((n) => seen.has(n));
  const podNodes = new Set(order.filter((n) => n === graph.start_at || !['stub', 'success', 'fail'].includes(graph.nodes[n]!.type)));

  const succ = new Map<string, Target>();
  const fail = new Map<string, Target>();
  for (const name of podNodes) {
    const node = graph.nodes[name]!;
    if (node.type === 'success' || node.type === 'fail') continue;
    succ.set(name, routeTarget(graph, routeAfter(node, 'SUCCESS'), podNodes));
    if (node.type !== 'stub') fail.set(name, routeTarget(graph, routeAfter(node, 'FAIL'), podNodes));
    const s = succ.get(name)!;
    const f = fail.get(name);
    if (s.kind === 'fail' && f && f.kind !== 'fail') {
      throw new ManifestError([
        `step '${node.internalName}': its next route ends at 'fail' while its on_failure route does not; Argo cannot tell the two apart (a pod that ends its graph at 'fail' exits non-zero). Route the success path through a step.`,
      ]);
    }
  }
  // Incoming edges per pod node, in a stable order.
  const incoming = new Map<string, { from: string; outcome: 'Succeeded' | 'Failed' }[]>();
  for (const name of order) {
    if (!podNodes.has(name)) continue;
    for (const [map, outcome] of [
      [succ, 'Succeeded'],
      [fail, 'Failed'],
    ] as const) {
      const t = map.get(name);
      if (t?.kind === 'pod') {
        const list = incoming.get(t.node) ?? [];
        list.push({ from: name, outcome });
        incoming.set(t.node, list);
      }
    }
  }
  const taskNames = new TaskNames();
  // Topological order of pod nodes (the graph is acyclic; runnable validates it).
  const topo = topoOrder(order.filter((n) => podNodes.has(n)), (n) => [succ.get(n), fail.get(n)].flatMap((t) => (t?.kind === 'pod' ? [t.node] : [])));

  // Which composites get their fan-out from the previous pod.
  const merged = new Map<string, string>(); // composite -> predecessor
  for (const name of topo) {
    const node = graph.nodes[name]!;
    const inc = incoming.get(name) ?? [];
    if (isComposite(node) && name !== graph.start_at && inc.length === 1 && inc[0]!.outcome === 'Succeeded') {
      const pred = graph.nodes[inc[0]!.from]!;
      if (pred.type !== 'loop') merged.set(name, inc[0]!.from);
    }
  }

  const units = new Map<string, Unit>();
  for (const name of topo) {
    const node = graph.nodes[name]!;
    units.set(name, buildUnit(ctx, graph, node, scope, taskNames, merged.has(name) ? units.get(merged.get(name)!) : undefined));
  }
  // Inbound depends.
  for (const name of topo) {
    const unit = units.get(name)!;
    const inc = incoming.get(name) ?? [];
    if (merged.has(name)) continue; // entries already depend on the predecessor's Succeeded
    if (inc.length) {
      const expr = inc.map((e) => (e.outcome === 'Succeeded' ? okOf(units.get(e.from)!) : failedOf(units.get(e.from)!))).join(' || ');
      for (const t of unit.entries) t.depends = expr;
    }
  }
  // The join for handled failures.
  const handled = [...fail.values()].some((t) => t.kind !== 'fail');
  let join: DagTask | undefined;
  if (handled) {
    const terms: string[] = [];
    for (const name of topo) {
      const unit = units.get(name)!;
      const s = succ.get(name);
      const f = fail.get(name);
      const dangling = s?.kind === 'fail' && (!f || f.kind === 'fail');
      if (s?.kind === 'success' || dangling || (!s && graph.nodes[name]!.type === 'success')) terms.push(okOf(unit));
      if (f?.kind === 'success') terms.push(failedOf(unit));
    }
    if (terms.length) {
      join = { name: taskNames.take('done', `${graph.internalName}#join`), template: noopTemplate(ctx), depends: terms.join(' || ') };
    }
  }
  const tasks: DagTask[] = [];
  for (const name of topo) tasks.push(...units.get(name)!.tasks);
  if (join) tasks.push(join);
  for (const name of topo) for (const t of units.get(name)!.tasks) ctx.names.tasks[`${templateName}/${t.name}`] = graph.nodes[name]!.internalName;

  const dag: Obj = {};
  if (join) dag.failFast = false;
  if (tasks.length <= MAX_TASKS) {
    dag.tasks = tasks.map(cleanTask);
    ctx.templates.push(dagTemplate(templateName, scope, dag));
    return;
  }
  // Too many tasks for one DAG: split the (linear) chain of units into nested DAG templates.
  if (join) {
    throw new ManifestError([`graph '${graph.internalName || 'dag'}' has ${tasks.length} Argo tasks (max ${MAX_TASKS} per DAG) and on_failure routes; split it into branches`]);
  }
  const chain = topo.map((n) => units.get(n)!);
  splitChain(ctx, chain, scope, templateName, merged, graph);
}

/** A DAG's task names: unique, and never an expr-lang word once `-` is `_` (dag.go `evaluateDependsLogic`). */
class TaskNames extends NameScope {
  override take(text: string, source: string = text): string {
    const probe = dnsName(text, source);
    const reserved = EXPR_RESERVED.has(probe.replace(/-/g, '_')) || EXPR_RESERVED.has(probe);
    return super.take(reserved ? `${text}-task` : text, source);
  }
}

function cleanTask(t: DagTask): Obj {
  const o: Obj = { name: t.name, template: t.template };
  if (t.depends) o.depends = t.depends;
  if (t.withParam) o.withParam = t.withParam;
  if (t.when) o.when = t.when;
  if (t.arguments) o.arguments = t.arguments;
  return o;
}

function dagTemplate(name: string, scope: IterVar[], dag: Obj): Obj {
  const t: Obj = { name };
  const inputs = scopeInputs(scope);
  if (inputs) t.inputs = inputs;
  t.dag = dag;
  return t;
}

/** Packs a linear chain of units into DAG templates of at most MAX_TASKS tasks (nested when needed). */
function splitChain(ctx: Ctx, chain: Unit[], scope: IterVar[], templateName: string, merged: Map<string, string>, graph: Graph): void {
  // Groups of consecutive units that must stay together (a merged fan-out references the predecessor's outputs).
  const groups: Unit[][] = [];
  for (const u of chain) {
    if (groups.length && merged.get(u.node.name) !== undefined) groups.at(-1)!.push(u);
    else groups.push([u]);
  }
  const parts: Unit[][][] = [];
  let current: Unit[][] = [];
  let count = 0;
  for (const g of groups) {
    const n = g.reduce((a, u) => a + u.tasks.length, 0);
    if (n > MAX_TASKS) throw new ManifestError([`graph '${graph.internalName || 'dag'}': one composite needs ${n} Argo tasks (max ${MAX_TASKS})`]);
    if (count + n > MAX_TASKS && current.length) {
      parts.push(current);
      current = [];
      count = 0;
    }
    current.push(g);
    count += n;
  }
  if (current.length) parts.push(current);
  const partTasks: DagTask[] = [];
  parts.forEach((part, i) => {
    const units = part.flat();
    const name = ctx.templateNames.take(`${templateName}-part-${i + 1}`, `${graph.internalName}#part${i + 1}`);
    const tasks = units.flatMap((u) => u.tasks);
    // The first unit of a part has no predecessor inside it.
    for (const t of units[0]!.entries) delete t.depends;
    ctx.templates.push(dagTemplate(name, scope, { tasks: tasks.map(cleanTask) }));
    const task: DagTask = { name: `part-${i + 1}`, template: name };
    const args = passScope(scope);
    if (args) task.arguments = args;
    if (i > 0) task.depends = `part-${i}.Succeeded`;
    partTasks.push(task);
  });
  // More than MAX_TASKS parts would also mean more than MAX_TEMPLATES templates: reported by compileArgo.
  ctx.templates.push(dagTemplate(templateName, scope, { tasks: partTasks.map(cleanTask) }));
}

function topoOrder(nodes: string[], succs: (n: string) => string[]): string[] {
  const index = new Map(nodes.map((n, i) => [n, i]));
  const indeg = new Map(nodes.map((n) => [n, 0]));
  for (const n of nodes) for (const s of succs(n)) indeg.set(s, (indeg.get(s) ?? 0) + 1);
  const out: string[] = [];
  // Ready nodes kept sorted by declaration index (small in practice: a runnable graph is a walk).
  const ready = nodes.filter((n) => indeg.get(n) === 0);
  while (ready.length) {
    const n = ready.shift()!;
    out.push(n);
    for (const s of succs(n)) {
      indeg.set(s, indeg.get(s)! - 1);
      if (indeg.get(s) === 0) {
        const si = index.get(s)!;
        let pos = ready.length;
        while (pos > 0 && index.get(ready[pos - 1]!)! > si) pos--;
        ready.splice(pos, 0, s);
      }
    }
  }
  if (out.length !== nodes.length) {
    const done = new Set(out);
    throw new ManifestError([`the pipeline graph has a cycle among ${nodes.filter((n) => !done.has(n)).join(', ')}`]);
  }
  return out;
}


/* ------------------------------------------------------------------------------------ units */

function buildUnit(ctx: Ctx, graph: Graph, node: PipelineNode, scope: IterVar[], names: TaskNames, mergedFrom: Unit | undefined): Unit {
  const iter = iterSkeleton(scope);
  const base = node.name;
  if (!isComposite(node)) {
    const first = !ctx.firstTaskDone && graph.internalName === '';
    ctx.firstTaskDone = true;
    const template = leafTemplate(ctx, node.type === 'task' ? (node as TaskNode) : undefined, { first, iter: iter !== undefined, fanOutNext: false });
    const task: DagTask = { name: names.take(base, node.internalName), template, arguments: leafArgs(node.internalName, iter) };
    return { node, entries: [task], exit: task, tasks: [task] };
  }
  // Composite.
  let source: string; // `tasks.<x>.outputs.parameters.<p>`: what the fan-out wrote (protocol.ts "What a pod writes")
  const tasks: DagTask[] = [];
  let entries: DagTask[];
  let fanOut: DagTask | undefined;
  if (mergedFrom) {
    // The predecessor pod opens this composite: switch its template to the `--fan-out-next` variant.
    enableFanOutNext(ctx, mergedFrom, scope);
    mergedFrom.mergesNext = node.name;
    source = `{{tasks.${mergedFrom.exit.name}.outputs.parameters.next}}`;
  } else {
    const first = !ctx.firstTaskDone && graph.internalName === '';
    ctx.firstTaskDone = true;
    fanOut = { name: names.take(`${base}-fan-out`, `${node.internalName}#fan-out`), template: fanTemplate(ctx, 'out', { first, iter: iter !== undefined, loopClose: false, fanOutNext: false }), arguments: leafArgs(node.internalName, iter) };
    tasks.push(fanOut);
    source = `{{tasks.${fanOut.name}.outputs.parameters.out}}`;
  }
  const branchDeps = mergedFrom ? `${mergedFrom.exit.name}.Succeeded` : `${fanOut!.name}.Succeeded`;
  const branchTasks: DagTask[] = [];
  if (node.type === 'loop') {
    const v: IterVar = { kind: 'loop', param: `iv-${scope.length}` };
    const chunk = loopTemplate(ctx, node, scope, v);
    const t: DagTask = {
      name: names.take(base, node.internalName),
      template: chunk,
      depends: branchDeps,
      // `when` resolves before the task runs (dag.go resolveDependencyReferences): `stop` = already succeeded.
      when: `'${source}' == '${LOOP_GO}'`,
      arguments: passScope(scope, [{ name: 'from', value: '0' }]),
    };
    tasks.push(t);
    entries = fanOut ? [fanOut] : [t];
    // A retry that finds the loop done skips it: that is the loop's success too.
    return { node, entries, exit: t, tasks, ok: `${t.name}.Succeeded || ${t.name}.Skipped` };
  }
  if (node.type === 'map') {
    const v: IterVar = { kind: 'map', as: node.iterate_as, param: `iv-${scope.length}` };
    const childScope = [...scope, v];
    const tmpl = ctx.templateNames.take(`${stripPlaceholders(node.internalName)}-branch`, `${node.internalName}.${MAP_PLACEHOLDER}`);
    compileGraph(ctx, node.branch, childScope, tmpl);
    branchTasks.push({
      name: names.take(`${base}-items`, `${node.internalName}#items`),
      template: tmpl,
      depends: branchDeps,
      withParam: source,
      // The item's index (a number): the pods read the item from the run log.
      arguments: passScope(scope, [{ name: v.param, value: '{{item}}' }]),
    });
  } else {
    const keys = Object.keys(node.branches);
    const branches: [string, Graph][] = Object.entries(node.type === 'conditional' && node.default ? { ...node.branches, default: node.default } : node.branches);
    for (const [key, g] of branches) {
      const tmpl = ctx.templateNames.take(`${stripPlaceholders(node.internalName)}-${key}`, g.internalName || `${node.internalName}.${key}`);
      compileGraph(ctx, g, scope, tmpl);
      const t: DagTask = { name: names.take(`${base}-${key}`, `${node.internalName}.${key}`), template: tmpl, depends: branchDeps };
      // Tokens (b0, b1, default) instead of keys: any key shape compares safely in govaluate (steps.go shouldExecute).
      if (node.type === 'conditional') t.when = `'${source}' == '${conditionalToken(keys, key)}'`;
      const args = passScope(scope);
      if (args) t.arguments = args;
      branchTasks.push(t);
    }
  }
  tasks.push(...branchTasks);
  const fanIn: DagTask = {
    name: names.take(`${base}-fan-in`, `${node.internalName}#fan-in`),
    template: fanTemplate(ctx, 'in', { first: false, iter: iter !== undefined, loopClose: false, fanOutNext: false }),
    // Skipped: an empty list, a failed fan-out, an unmatched branch (dag.go executeDAGTask) — the fan-in decides.
    depends: branchTasks.map((b) => `${b.name}.Succeeded || ${b.name}.Failed || ${b.name}.Errored || ${b.name}.Skipped`).join(' || '),
    arguments: leafArgs(node.internalName, iter),
  };
  tasks.push(fanIn);
  entries = fanOut ? [fanOut] : branchTasks;
  return { node, entries, exit: fanIn, tasks };
}

function stripPlaceholders(internalName: string): string {
  return internalName.split('.').filter((p) => p !== MAP_PLACEHOLDER && p !== LOOP_PLACEHOLDER).join('.');
}

function leafArgs(internalName: string, iter: string | undefined): DagTask['arguments'] {
  const parameters = [{ name: 'step', value: encodeStep(internalName) }];
  if (iter !== undefined) parameters.push({ name: 'iter', value: iter });
  return { parameters };
}

/** Switches a unit's exit pod to the template variant that also opens the next composite. */
function enableFanOutNext(ctx: Ctx, unit: Unit, scope: IterVar[]): void {
  const iter = scope.length > 0;
  const exit = unit.exit;
  const tmpl = ctx.templates.find((t) => t.name === exit.template)!;
  const meta = (tmpl as { _variant?: LeafVariant })._variant;
  if (!meta) throw new ManifestError([`internal: template ${exit.template} has no variant record`]);
  const variant = { ...meta.variant, fanOutNext: true, iter };
  exit.template = meta.kind === 'step' ? leafTemplate(ctx, meta.task, variant) : fanTemplate(ctx, meta.direction as 'in' | 'out', { ...variant, loopClose: false });
}

/* ------------------------------------------------------------------------------------ loops */

/**
 * The loop's chunk template `<loop>-chunk(from)`: up to LOOP_CHUNK iterations chained inside one DAG, then a
 * call of itself for the next chunk (see the header). Returns its name.
 */
function loopTemplate(ctx: Ctx, node: LoopNode, scope: IterVar[], v: IterVar): string {
  const childScope = [...scope, v];
  const name = ctx.templateNames.take(`${stripPlaceholders(node.internalName)}-chunk`, `${node.internalName}#chunk`);
  const body = ctx.templateNames.take(`${stripPlaceholders(node.internalName)}-branch`, `${node.internalName}.${LOOP_PLACEHOLDER}`);
  compileGraph(ctx, node.branch, childScope, body);
  const per = Math.max(1, Math.min(node.max_iterations, LOOP_CHUNK));
  const chunks = Math.max(1, Math.ceil(node.max_iterations / per));
  const tasks: DagTask[] = [];
  let index = '{{inputs.parameters.from}}';
  let prev: string | undefined;
  for (let j = 0; j < per; j++) {
    const bodyTask: DagTask = { name: `body-${j}`, template: body, arguments: passScope(scope, [{ name: v.param, value: index }]) };
    if (prev) {
      bodyTask.depends = `${prev}.Succeeded`;
      bodyTask.when = `'${index}' != '${LOOP_STOP}'`;
    }
    const close: DagTask = {
      name: `close-${j}`,
      template: fanTemplate(ctx, 'in', { first: false, iter: true, loopClose: true, fanOutNext: false }),
      depends: `body-${j}.Succeeded || body-${j}.Failed || body-${j}.Errored`,
      arguments: leafArgs(node.internalName, iterSkeleton(childScope, index)),
    };
    tasks.push(bodyTask, close);
    ctx.names.tasks[`${name}/${close.name}`] = node.internalName;
    ctx.names.tasks[`${name}/${bodyTask.name}`] = node.branch.internalName;
    prev = close.name;
    index = `{{tasks.${close.name}.outputs.parameters.out}}`;
  }
  if (chunks > 1) {
    tasks.push({ name: 'next', template: name, depends: `${prev}.Succeeded`, when: `'${index}' != '${LOOP_STOP}'`, arguments: passScope(scope, [{ name: 'from', value: index }]) });
    ctx.recursion.set(name, chunks);
  }
  ctx.templates.push({ name, inputs: { parameters: [...((scopeInputs(scope)?.parameters as Obj[] | undefined) ?? []), { name: 'from' }] }, dag: { tasks: tasks.map(cleanTask) } });
  return name;
}

/** Refuses a workflow whose template nesting would pass the controller's stack-depth limit. */
function checkStackDepth(ctx: Ctx, byName: Map<string, Obj>): void {
  const memo = new Map<string, number>();
  const depth = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    memo.set(name, 1); // a template calling itself is counted by `recursion`, not followed
    const t = byName.get(name);
    let inner = 0;
    for (const task of ((t?.dag as Obj | undefined)?.tasks as Obj[] | undefined) ?? []) if (task.template !== name) inner = Math.max(inner, depth(String(task.template)));
    const d = (ctx.recursion.get(name) ?? 1) + inner;
    memo.set(name, d);
    return d;
  };
  const d = depth(ROOT_TEMPLATE);
  if (d < MAX_STACK_DEPTH) return;
  const loops = [...ctx.recursion.entries()].map(([t, n]) => `${t} (${n} chunks of ${LOOP_CHUNK} iterations)`).join(', ');
  throw new ManifestError([
    `the workflow nests ${d} templates deep; Argo's controller stops at ${MAX_STACK_DEPTH} ("Maximum recursion depth exceeded": controller.go maxAllowedStackDepth, operator.go executeTemplate). ` +
      (loops ? `Loops: ${loops}. Lower max_iterations (each ${LOOP_CHUNK} iterations nest one level), or move the loop out of nested maps and parallels.` : 'Flatten the nesting of branches.'),
  ]);
}

/* ------------------------------------------------------------------------------ leaf templates */

interface Variant {
  first: boolean;
  iter: boolean;
  fanOutNext: boolean;
  loopClose?: boolean;
}

interface LeafVariant {
  kind: 'step' | 'fan';
  task?: TaskNode;
  direction?: 'in' | 'out';
  variant: Variant;
}

/** The protocol call of a pod (protocol.ts), with the workflow's run id and log level. */
function podCall(ctx: Ctx, verb: PodCall['verb'], extra: Partial<PodCall>): string[] {
  return buildPodArgv({
    verb,
    runId: '{{workflow.parameters.run_id}}',
    step: '{{inputs.parameters.step}}',
    pipelineFile: ctx.opts.pipelineFile,
    configFile: ctx.opts.configFile,
    logLevel: '{{workflow.parameters.log_level}}',
    parametersFile: ctx.opts.parametersFile,
    tag: ctx.opts.tag,
    storesOn: ctx.storesOn,
    ...extra,
  });
}

function baseEnv(ctx: Ctx, first: boolean): Obj[] {
  const initial = first ? ctx.workflowArgs.map((a) => a.name).filter((n) => !CONTROL_ARGS.includes(n)) : [];
  return buildPodEnv({ initialParameters: initial, argValue: (n) => `{{workflow.parameters.${n}}}` });
}

function mergeEnv(...lists: (Obj[] | null | undefined)[]): Obj[] {
  const byName = new Map<string, Obj>();
  for (const list of lists) for (const e of list ?? []) byName.set(String(e.name), e);
  return [...byName.values()];
}

function resources(r: ArgoOverride['resources']): Obj | undefined {
  if (!r) return undefined;
  const conv = (m?: Record<string, string | number>) => {
    if (!m) return undefined;
    const out: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(m)) out[k === 'gpu' ? 'nvidia.com/gpu' : k] = k === 'gpu' ? String(v) : v;
    return sortKeys(out);
  };
  const o: Obj = {};
  const limits = conv(r.limits);
  const requests = conv(r.requests);
  if (limits) o.limits = limits;
  if (requests) o.requests = requests;
  return Object.keys(o).length ? o : undefined;
}

function retryStrategy(rs: ArgoRetryStrategy | null | undefined, attempts: number): Obj | undefined {
  if (attempts <= 1) return undefined;
  // checkExecutorConfig refused what the controller would reject (backoff without duration, ...).
  const o: Obj = { limit: String(attempts - 1), retryPolicy: rs?.retryPolicy ?? 'OnFailure' };
  if (rs?.expression) o.expression = rs.expression;
  if (rs?.backoff) {
    const b: Obj = {};
    if (rs.backoff.duration !== undefined) b.duration = String(rs.backoff.duration);
    if (rs.backoff.factor !== undefined) b.factor = rs.backoff.factor;
    if (rs.backoff.cap !== undefined) b.cap = rs.backoff.cap;
    if (rs.backoff.maxDuration !== undefined) b.maxDuration = rs.backoff.maxDuration;
    o.backoff = b;
  }
  if (rs?.affinity) o.affinity = rs.affinity;
  return o;
}

function overrideFor(ctx: Ctx, task: TaskNode | undefined): { key?: string; o?: ArgoOverride } {
  const key = task?.overrides?.argo;
  if (!key) return {};
  const o = ctx.argo.overrides[key];
  if (!o) throw new ManifestError([`step '${task!.internalName}': overrides.argo '${key}' is not a key of the argo executor's config.overrides (${Object.keys(ctx.argo.overrides).join(', ') || 'none defined'})`]);
  return { key, o };
}

function secretEnv(ctx: Ctx, task: TaskNode | undefined): Obj[] {
  const secrets = task?.task.secrets ?? [];
  if (!secrets.length) return [];
  if (!ctx.argo.secretFromK8s) {
    if (ctx.config.secrets.type === 'env-secrets') {
      // The value may still reach the pod (defaults.env, the image, an admission webhook): warn, do not refuse.
      ctx.warnings.push(`step '${task!.internalName}' needs secrets (${secrets.join(', ')}) and the argo config has no 'secret_from_k8s': they must reach the pods another way (defaults.env, the image, a webhook)`);
    }
    return [];
  }
  return [...secrets].sort().map((s) => ({ name: s, valueFrom: { secretKeyRef: { name: ctx.argo.secretFromK8s, key: s } } }));
}

/** Registers a leaf template body (deduplicated by content) and returns its name. */
function registerLeaf(ctx: Ctx, prefix: string, body: Obj, meta: LeafVariant): string {
  const key = prefix + '|' + JSON.stringify(body);
  const existing = ctx.leafByBody.get(key);
  if (existing) return existing;
  const name = ctx.templateNames.take(`${prefix}-${shortHash(key)}`, key);
  const t: Obj = { name, ...body };
  Object.defineProperty(t, '_variant', { value: meta, enumerable: false });
  ctx.templates.push(t);
  ctx.leafByBody.set(key, name);
  return name;
}

function leafTemplate(ctx: Ctx, task: TaskNode | undefined, variant: Variant): string {
  const { key, o } = overrideFor(ctx, task);
  const d = ctx.argo.defaults;
  const pick = <K extends keyof ArgoOverride>(k: K): ArgoOverride[K] => (o && o[k] !== undefined && o[k] !== null ? o[k] : (d[k] as ArgoOverride[K]));
  const attempts = task ? Math.max(1, task.max_attempts ?? 1) : 1;
  const rs = retryStrategy(pick('retryStrategy') ?? ctx.argo.argoWorkflow.spec?.retryStrategy, attempts);
  const command = podCall(ctx, 'execute-single-node', {
    iterVariable: variant.iter ? '{{inputs.parameters.iter}}' : undefined,
    retryIndex: rs ? '{{retries}}' : undefined,
    fanOutNext: variant.fanOutNext ? NEXT_PATH : undefined,
  });
  const body: Obj = {};
  body.inputs = { parameters: [{ name: 'step' }, ...(variant.iter ? [{ name: 'iter' }] : [])] };
  if (variant.fanOutNext) body.outputs = { parameters: [{ name: 'next', valueFrom: { path: NEXT_PATH, default: '[]' } }] };
  if (rs) body.retryStrategy = rs;
  const deadline = task?.timeout_seconds ? task.timeout_seconds + 300 : pick('activeDeadlineSeconds');
  if (deadline) body.activeDeadlineSeconds = deadline;
  const timeout = pick('timeout');
  if (timeout) body.timeout = timeout;
  const nodeSelector = pick('nodeSelector');
  if (nodeSelector && Object.keys(nodeSelector).length) body.nodeSelector = sortKeys(nodeSelector);
  const tolerations = pick('tolerations');
  if (tolerations?.length) body.tolerations = tolerations;
  const container: Obj = { image: o?.image ?? d.image };
  const pull = pick('imagePullPolicy');
  if (pull) container.imagePullPolicy = pull;
  container.command = command;
  container.env = mergeEnv(baseEnv(ctx, variant.first), d.env, o?.env, secretEnv(ctx, task));
  const res = resources(pick('resources'));
  if (res) container.resources = res;
  if (ctx.volumeMounts.length) container.volumeMounts = ctx.volumeMounts;
  body.container = container;
  return registerLeaf(ctx, key ? `step-${sanitize(key)}`.slice(0, 30).replace(/-+$/, '') : 'step', body, { kind: 'step', task, variant });
}

function fanTemplate(ctx: Ctx, direction: 'in' | 'out', variant: Variant): string {
  const d = ctx.argo.defaults;
  const out = direction === 'out' || variant.loopClose;
  const command = podCall(ctx, 'fan', {
    direction,
    iterVariable: variant.iter ? '{{inputs.parameters.iter}}' : undefined,
    outputFile: out ? OUT_PATH : undefined,
    fanOutNext: variant.fanOutNext ? NEXT_PATH : undefined,
  });
  const body: Obj = {};
  body.inputs = { parameters: [{ name: 'step' }, ...(variant.iter ? [{ name: 'iter' }] : [])] };
  const outputs: Obj[] = [];
  // Defaults only matter if a pod that exited 0 wrote nothing (it always writes): then stop / run nothing.
  if (out) outputs.push({ name: 'out', valueFrom: { path: OUT_PATH, default: variant.loopClose ? LOOP_STOP : '[]' } });
  if (variant.fanOutNext) outputs.push({ name: 'next', valueFrom: { path: NEXT_PATH, default: '[]' } });
  if (outputs.length) body.outputs = { parameters: outputs };
  if (d.activeDeadlineSeconds) body.activeDeadlineSeconds = d.activeDeadlineSeconds;
  if (d.nodeSelector && Object.keys(d.nodeSelector).length) body.nodeSelector = sortKeys(d.nodeSelector);
  if (d.tolerations?.length) body.tolerations = d.tolerations;
  const container: Obj = { image: d.image };
  if (d.imagePullPolicy) container.imagePullPolicy = d.imagePullPolicy;
  container.command = command;
  container.env = mergeEnv(baseEnv(ctx, variant.first), d.env);
  const res = resources(d.resources);
  if (res) container.resources = res;
  if (ctx.volumeMounts.length) container.volumeMounts = ctx.volumeMounts;
  body.container = container;
  return registerLeaf(ctx, `fan-${direction}`, body, { kind: 'fan', direction, variant });
}

/**
 * The exit handler (`spec.onExit`): settles the run log whatever ended the workflow (protocol.ts). It runs
 * after a Stop and after the deadline too (operator.go: the exit hook runs unless the shutdown strategy is
 * Terminate). Never retried, no deadline of its own: it must run when the workflow's own has passed.
 */
function exitTemplate(ctx: Ctx): Obj {
  const d = ctx.argo.defaults;
  const container: Obj = { image: d.image };
  if (d.imagePullPolicy) container.imagePullPolicy = d.imagePullPolicy;
  container.command = podCall(ctx, 'fan', { step: '-', direction: 'exit', workflowStatus: '{{workflow.status}}' });
  container.env = mergeEnv(baseEnv(ctx, false), d.env);
  const res = resources(d.resources);
  if (res) container.resources = res;
  if (ctx.volumeMounts.length) container.volumeMounts = ctx.volumeMounts;
  const t: Obj = { name: EXIT_TEMPLATE };
  if (d.nodeSelector && Object.keys(d.nodeSelector).length) t.nodeSelector = sortKeys(d.nodeSelector);
  if (d.tolerations?.length) t.tolerations = d.tolerations;
  t.container = container;
  return t;
}

/** `file:line:column` of the executor config, for errors about it. */
function whereOf(config: RunnableConfig): string {
  const src = config.pipelineExecutor.source;
  if (!src) return 'pipeline-executor.config';
  return `${src.file}${src.line ? `:${src.line}${src.column ? `:${src.column}` : ''}` : ''}: pipeline-executor.config`;
}

/**
 * Refuses, at compile time, what the controller would reject or silently ignore (workflow/validate/validate.go
 * and operator.go), naming the config file, line and field.
 */
function checkExecutorConfig(ctx: Ctx): void {
  const problems: string[] = [];
  const check = (path: string, o: ArgoOverride | ArgoExecutorConfig['defaults'] | undefined) => {
    if (!o) return;
    // validate.go validateLeaf: "has invalid duration format in timeout" when strconv.Atoi accepts it.
    if (o.timeout != null && /^[+-]?\d+$/.test(o.timeout.trim())) problems.push(`${ctx.where}.${path}.timeout: '${o.timeout}' has no unit; Argo rejects a bare number (validate.go). Write a duration: '${o.timeout.trim()}s'`);
    // validate.go: "parallelism is only valid for steps and dag templates"; the step templates are leaves.
    if (o.parallelism != null) problems.push(`${ctx.where}.${path}.parallelism: Argo allows parallelism only on DAG/steps templates, and these settings apply to the step (leaf) templates (validate.go). Limit concurrent pods with argoWorkflow.spec.parallelism`);
    // Template-level failFast only concerns withItems expansions in steps templates (none are emitted).
    if (o.failFast != null) problems.push(`${ctx.where}.${path}.failFast: has no effect on the step (leaf) templates this compiler emits; remove it (handled failures already set dag.failFast: false)`);
    checkRetry(`${path}.retryStrategy`, o.retryStrategy);
  };
  const checkRetry = (path: string, rs: ArgoRetryStrategy | null | undefined) => {
    if (!rs?.backoff) return;
    // operator.go processNodeRetries: "no base duration specified for retryStrategy" (the node errors at run time).
    if (rs.backoff.duration === undefined || rs.backoff.duration === '') problems.push(`${ctx.where}.${path}.backoff.duration: required when backoff is given (operator.go processNodeRetries: "no base duration specified for retryStrategy")`);
    for (const k of ['duration', 'cap', 'maxDuration'] as const) {
      const v = rs.backoff[k];
      // wfv1.ParseStringToDuration: a whole number is seconds, otherwise a Go duration.
      if (v !== undefined && v !== '' && typeof v === 'string' && !/^\d+$/.test(v) && !/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(v)) {
        problems.push(`${ctx.where}.${path}.backoff.${k}: '${v}' is not a duration ('30s', '2m', '1h30m', or seconds as a number)`);
      }
    }
  };
  check('defaults', ctx.argo.defaults);
  for (const [k, o] of Object.entries(ctx.argo.overrides)) check(`overrides.${k}`, o);
  checkRetry('argoWorkflow.spec.retryStrategy', ctx.argo.argoWorkflow.spec?.retryStrategy);
  if (ctx.opts.tag !== undefined && /[\u0000-\u001f]/.test(ctx.opts.tag)) problems.push(`--tag: control characters cannot go into a pod's command line`);
  if (problems.length) throw new ManifestError(problems, 'argo executor config');
}

/** The pod-less join: a DAG whose only task is skipped (`when: 'false'`), so the DAG node Succeeds. */
function noopTemplate(ctx: Ctx): string {
  if (ctx.noop) return ctx.noop;
  const name = ctx.templateNames.take('noop');
  ctx.templates.push({ name, dag: { tasks: [{ name: 'skip', template: name, when: 'false' }] } });
  ctx.noop = name;
  return name;
}

/** Short, stable id of a pipeline+config, handy for labels (not used in names). */
export function manifestDigest(yaml: string): string {
  return shortHash(yaml, 12);
}

export { dnsName };
