/**
 * An emulator of the Argo Workflows v4.1.2 controller for tests: the same reconcile loop (`operate`), run on a
 * virtual clock, with pods supplied by the caller (scripted outcomes, or real processes in ../argo-runner.ts).
 *
 * Every rule is ported from the controller source at tag v4.1.2 and cites it as `file:function`. The loop:
 * each pass reconciles pods (podReconciliation, applyExecutionControl, failNodesWithoutCreatedPods…), walks the
 * entry template again from the top (executeTemplate → executeDAG / executeSteps / executeContainer, with retry
 * nodes, parallelism and failFast checks), then runs the exit handler and settles the workflow phase. Between
 * passes the clock jumps to the next event (a scripted pod's end, a backoff, a deadline), so backoffs and
 * deadlines cost no real time; while real processes run, virtual time follows real time.
 *
 * Not emulated (say so when a test needs it): templateRef/WorkflowTemplates, artifacts, memoization,
 * synchronization, daemons, lifecycle hooks other than `exit`, containerSet/resource/http/plugin/data
 * templates, template `pendingTimeout`, suspend without duration (resume), pod restarts, transient-error detection beyond a few phrases,
 * `withSequence` formats other than `%d`, node-status offloading; expressions outside ./expr.ts and govaluate
 * features outside ./govaluate.ts.
 */
import { gzipSync } from 'node:zlib';
import { shouldExecute } from './govaluate.js';
import { EXPR_KEYWORDS, evalBool, evalExpr, ExprError, funcMap } from './expr.js';
import { replaceObject, replaceText, TemplateError, type Scope } from './template.js';

type Obj = Record<string, any>;
export type NodePhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Error' | 'Skipped' | 'Omitted';
export type WorkflowPhase = 'Running' | 'Succeeded' | 'Failed' | 'Error';

export interface NodeStatus {
  id: string;
  name: string;
  displayName: string;
  type: string;
  templateName?: string;
  phase: NodePhase;
  boundaryID?: string;
  message?: string;
  startedAt: string;
  finishedAt?: string;
  children?: string[];
  outboundNodes?: string[];
  inputs?: { parameters?: { name: string; value?: string; default?: string }[] };
  outputs?: { parameters?: { name: string; value: string }[]; result?: string; exitCode?: string };
  nodeFlag?: { hooked?: boolean; retried?: boolean };
}

/** What a pod is asked to run: the template after substitution. */
export interface PodSpec {
  nodeId: string;
  nodeName: string;
  templateName: string;
  template: Obj;
  onExit: boolean;
  /** Virtual ms at creation. */
  createdAt: number;
}

export interface PodResult {
  /** Defaults from the exit code: 0 Succeeded, else Failed. `Error` stands for evicted/OOM/image-pull. */
  phase?: 'Succeeded' | 'Failed' | 'Error';
  exitCode?: number;
  message?: string;
  /** Files written by the main container, by path (output parameters with valueFrom.path). */
  files?: Record<string, string>;
  stdout?: string;
}

export type PodStart =
  | { durationMs: number; result: PodResult }
  | { promise: Promise<PodResult>; kill(): void };

export type PodRunner = (pod: PodSpec) => PodStart;

export interface ControllerOptions {
  pods: PodRunner;
  /** Called after every pass with the workflow status (and the labels the controller sets). */
  onStatus?: (status: Obj, labels: Record<string, string>) => void | Promise<void>;
  /** Live spec fields a user may change while the workflow runs (spec.shutdown, spec.activeDeadlineSeconds). */
  liveSpec?: () => Obj | undefined;
  /** Scripted changes at virtual ms since start: `{at: 5000, shutdown: 'Stop'}`. */
  events?: { at: number; shutdown?: 'Stop' | 'Terminate'; activeDeadlineSeconds?: number }[];
  /** controller.go maxAllowedStackDepth. */
  maxStackDepth?: number;
  /** Safety net: passes before the emulator gives up (a real controller would requeue forever). */
  maxPasses?: number;
  /** Virtual epoch (ms). */
  startAt?: number;
  /** workflow/packer MAX_WORKFLOW_SIZE. @default 1 MiB */
  maxWorkflowSize?: number;
  /**
   * Real ms between two status writes while real pods run (the final status is always written). A real
   * controller writes after each reconciliation that changed something, ≈ every 10 s per workflow; writing a
   * multi-MiB status after every one of thousands of passes is what the fake API and the poller cannot keep up with.
   */
  persistIntervalMs?: number;
}

interface Pod {
  spec: PodSpec;
  start: number;
  end?: number;
  result?: PodResult;
  killed?: string;
  deadline?: number;
  real?: { kill(): void };
  /** A real pod's process has ended (its task result is reported). */
  exited?: boolean;
}

type ErrKind = 'MaxDepth' | 'Parallelism' | 'Deadline' | 'Timeout' | 'Requeue' | 'Other';
class ArgoErr extends Error {
  constructor(readonly kind: ErrKind, message: string) {
    super(message);
  }
}

// operator.go: the error values the callers switch on.
const ERR_MAX_DEPTH = 'Maximum recursion depth exceeded. See https://argo-workflows.readthedocs.io/en/latest/scaling/#maximum-recursion-depth';
const ERR_PARALLELISM = 'Max parallelism reached';
const ABSENT = '__argo_absent_optional__';

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const fulfilled = (p: NodePhase) => ['Succeeded', 'Failed', 'Error', 'Skipped', 'Omitted'].includes(p);
const completed = (p: NodePhase) => ['Succeeded', 'Failed', 'Error'].includes(p);
const failedOrError = (p: NodePhase | '' | undefined) => p === 'Failed' || p === 'Error';

/** Go's fnv32a over UTF-8 bytes: wfv1.Workflow.NodeID. */
function fnv32a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** ParseStringToDuration: Go durations ("30s", "1m30s", "500ms") or plain seconds. */
export function parseDuration(s: string | number): number {
  if (typeof s === 'number') return s * 1000;
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
  let m: RegExpExecArray | null;
  let seen = '';
  while ((m = re.exec(s))) {
    total += Number(m[1]) * units[m[2]!]!;
    seen += m[0];
  }
  if (seen !== s) throw new Error(`time: invalid duration "${s}"`);
  return total;
}

function deepMerge(base: Obj, over: Obj): Obj {
  const out: Obj = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = v && typeof v === 'object' && !Array.isArray(v) && base[k] && typeof base[k] === 'object' && !Array.isArray(base[k]) ? deepMerge(base[k], v) : v;
  return out;
}

interface Holder {
  /** DAG task or step (or a bare {template}). */
  template?: string;
  templateRef?: unknown;
  name?: string;
  kind: 'task' | 'step' | 'root';
  arguments?: Obj;
}

interface Opts {
  boundaryID?: string;
  onExitTemplate?: boolean;
  nodeFlag?: { hooked?: boolean; retried?: boolean };
  executionDeadline?: number;
}

interface DagCtx {
  boundaryName: string;
  boundaryID: string;
  tasks: Obj[];
  visited: Set<string>;
  tmpl: Obj;
  onExitTemplate: boolean;
  deps: Map<string, string[]>;
  logic: Map<string, string>;
  analysis: { leaves?: string[]; ancestry: Map<string, string[]>; taskByName?: Map<string, Obj> };
}

export interface RunResult {
  phase: WorkflowPhase;
  message?: string;
  nodes: Record<string, NodeStatus>;
  /** Virtual ms from start to finish. */
  durationMs: number;
  podsStarted: number;
}

export class ArgoController {
  readonly nodes: Record<string, NodeStatus> = {};
  private readonly byName = new Map<string, string>();
  private readonly templates = new Map<string, Obj>();
  private readonly pods = new Map<string, Pod>();
  private readonly timers: number[] = [];
  private readonly nodeTimes = new Map<string, { s: number; f?: number }>();
  private readonly globals: Record<string, string> = {};
  private readonly wfOutputs: Record<string, string> = {};
  private spec: Obj;
  private now: number;
  private readonly t0: number;
  private depth = 0;
  private activePods = 0;
  private workflowDeadline?: number;
  private phase: WorkflowPhase | '' = '';
  private message?: string;
  private startedAt?: number;
  private finishedAt?: number;
  private readonly maxStackDepth: number;
  private lastFingerprint = '';
  private lastPersisted = '';
  private lastPersistKey = '';
  private bareSize?: number;
  private lastStatusNodes?: Obj;
  podsStarted = 0;
  /**
   * Bookkeeping that makes a pass cost what changed, not the whole workflow (a 1,000-iteration loop is ≈ 3,000
   * nodes and ≈ 4,000 passes): none of it changes what a pass decides.
   * - `version` counts changes to `nodes` (the requeue test and persist compare it instead of the JSON);
   * - node ids by name (fnv32a per lookup was the top cost), nodes by boundary (instead of scanning all nodes);
   * - pods whose node is not settled, and pods still running (instead of every pod ever created);
   * - processed templates by (template, arguments, locals, globals) — frozen, so nothing can change a cached one;
   * - a DAG template's dependency analysis by processed template; a fulfilled task's scope entries.
   */
  private version = 0;
  private globalsVersion = 0;
  private readonly ids = new Map<string, string>();
  private readonly byBoundary = new Map<string, Set<string>>();
  private readonly unsettledPods = new Set<string>();
  private readonly runningPods = new Set<Pod>();
  /** Killed real pods whose process has not ended yet: their task results are still in progress. */
  private readonly exitingPods = new Set<Pod>();
  private readonly processedCache = new Map<string, Obj | ArgoErr>();
  private readonly dagCache = new WeakMap<Obj, { deps: Map<string, string[]>; logic: Map<string, string>; leaves?: string[]; ancestry: Map<string, string[]> }>();
  private readonly scopeCache = new Map<string, [string, string | null][]>();
  private readonly resolvedCache = new WeakMap<Obj, Map<string, Obj>>();
  /** Set by buildLocalScopeFromTask: every ancestor's scope entries were final. */
  private scopeFinal = false;
  private persistedAt = 0;
  private persistPending = false;

  constructor(private readonly wf: Obj, private readonly opts: ControllerOptions) {
    this.spec = structuredClone(wf.spec);
    this.t0 = this.now = opts.startAt ?? Date.parse('2026-01-01T00:00:00Z');
    this.maxStackDepth = opts.maxStackDepth ?? 100; // controller.go maxAllowedStackDepth
  }

  get name(): string {
    return this.wf.metadata.name;
  }

  // ---------------------------------------------------------------- the loop

  async run(): Promise<RunResult> {
    this.setExecWorkflow();
    const maxPasses = this.opts.maxPasses ?? 100_000;
    for (let pass = 0; pass < maxPasses; pass++) {
      this.applyLiveSpec();
      this.operate();
      await this.persist();
      if (this.finishedAt !== undefined) break;
      // A pass that changed the status is persisted, and the update requeues the workflow at once.
      const fingerprint = `${this.version}|${this.phase}`;
      if (process.env.ARGO_EMULATOR_CHECK) this.checkVersion();
      if (fingerprint !== this.lastFingerprint) {
        this.lastFingerprint = fingerprint;
        continue;
      }
      const moved = await this.nextEvent();
      if (!moved) {
        // A real controller would requeue forever; the emulator reports the hang instead.
        this.markWorkflowPhase('Error', 'emulator: the workflow can make no further progress (it would hang on a real controller)', true);
        await this.persist();
        break;
      }
    }
    if (this.finishedAt === undefined) {
      this.markWorkflowPhase('Error', 'emulator: too many reconcile passes', true);
      await this.persist();
    }
    for (const p of this.pods.values()) if (p.real && p.result === undefined) p.real.kill();
    return { phase: this.phase as WorkflowPhase, message: this.message, nodes: this.nodes, durationMs: this.now - this.t0, podsStarted: this.podsStarted };
  }

  private touch(): void {
    this.version++;
  }

  private setGlobal(key: string, value: string): void {
    if (this.globals[key] === value) return;
    this.globals[key] = value;
    this.globalsVersion++;
  }

  private checkedJson = '';
  private checkedVersion = -1;
  /** ARGO_EMULATOR_CHECK=1: every change to `nodes` must have bumped `version` (proves the requeue test exact). */
  private checkVersion(): void {
    const json = JSON.stringify(this.nodes);
    if (json !== this.checkedJson && this.version === this.checkedVersion) throw new Error('emulator: nodes changed without a version bump');
    this.checkedJson = json;
    this.checkedVersion = this.version;
  }

  private shutdown(): '' | 'Stop' | 'Terminate' {
    return (this.spec.shutdown ?? '') as '' | 'Stop' | 'Terminate';
  }

  /** workflow_types.go ShutdownStrategy.ShouldExecute. */
  private shouldExecute(isOnExitPod: boolean): boolean {
    const s = this.shutdown();
    return s === 'Terminate' ? false : s === 'Stop' ? isOnExitPod : true;
  }

  private applyLiveSpec(): void {
    const live = this.opts.liveSpec?.();
    if (live) {
      if (live.shutdown !== undefined) this.spec.shutdown = live.shutdown;
      if (live.activeDeadlineSeconds !== undefined) this.spec.activeDeadlineSeconds = live.activeDeadlineSeconds;
    }
    for (const e of this.opts.events ?? []) {
      if (this.t0 + e.at <= this.now) {
        if (e.shutdown) this.spec.shutdown = e.shutdown;
        if (e.activeDeadlineSeconds !== undefined) this.spec.activeDeadlineSeconds = e.activeDeadlineSeconds;
      }
    }
  }

  /** Advances to the next thing that can change the workflow. */
  private async nextEvent(): Promise<boolean> {
    const realPending = [...this.runningPods, ...this.exitingPods].filter((p) => p.real && !p.exited);
    const candidates: number[] = [];
    for (const p of this.runningPods) {
      if (!p.real && p.end !== undefined) candidates.push(p.end);
      if (p.deadline !== undefined) candidates.push(p.deadline);
    }
    for (const t of this.timers) if (t > this.now) candidates.push(t);
    if (this.workflowDeadline !== undefined && this.workflowDeadline >= this.now) candidates.push(this.workflowDeadline + 1);
    for (const e of this.opts.events ?? []) if (this.t0 + e.at > this.now) candidates.push(this.t0 + e.at);
    const next = candidates.length ? candidates.reduce((a, b) => Math.min(a, b)) : undefined;
    if (realPending.length) {
      // Virtual time follows real time while processes run; wake on a pod's end, a due timer or a spec change.
      for (;;) {
        const started = Date.now();
        const wait = next === undefined ? 50 : Math.max(0, Math.min(50, next - this.now));
        let settled = false;
        await Promise.race([...realPending.map((p) => (p.real as unknown as { done: Promise<void> }).done.then(() => (settled = true))), new Promise((r) => setTimeout(r, wait))]);
        this.now += Math.max(1, Date.now() - started);
        if (next !== undefined && this.now >= next) {
          this.now = next;
          break;
        }
        if (settled || this.liveSpecChanged()) break;
        // A status held back by the persist interval is written while the pods keep running.
        if (this.persistPending && Date.now() - this.persistedAt >= (this.opts.persistIntervalMs ?? 0)) await this.persist();
      }
      this.timers.splice(0, this.timers.length, ...this.timers.filter((t) => t > this.now));
      return true;
    }
    if (next === undefined) return false;
    this.now = Math.max(this.now, next);
    this.timers.splice(0, this.timers.length, ...this.timers.filter((t) => t > this.now));
    return true;
  }

  private liveSpecChanged(): boolean {
    const live = this.opts.liveSpec?.();
    if (!live) return false;
    return (live.shutdown ?? '') !== (this.spec.shutdown ?? '') || (live.activeDeadlineSeconds ?? null) !== (this.spec.activeDeadlineSeconds ?? null);
  }

  private buildStatus(nodes: Record<string, NodeStatus>): Obj {
    const pods = Object.values(nodes).filter((n) => n.type === 'Pod');
    return {
      phase: this.phase || 'Running',
      startedAt: iso(this.startedAt ?? this.now),
      ...(this.finishedAt !== undefined ? { finishedAt: iso(this.finishedAt) } : {}),
      ...(this.message ? { message: this.message } : {}),
      progress: `${pods.filter((n) => completed(n.phase)).length}/${pods.length}`,
      nodes: structuredClone(nodes),
      ...(Object.keys(this.wfOutputs).length ? { outputs: { parameters: Object.entries(this.wfOutputs).map(([name, value]) => ({ name, value })) } } : {}),
    };
  }

  /**
   * operator.go persistUpdates + workflow/packer CompressWorkflowIfNeeded: above MAX_WORKFLOW_SIZE (1 MiB of
   * JSON) the nodes go to `status.compressedNodes` (gzip + base64); still too large -> persistWorkflowSizeLimitErr
   * marks the workflow Error ("workflow is longer than maximum allowed size. …") on the last stored nodes.
   */
  private async persist(): Promise<void> {
    if (!this.opts.onStatus) return;
    const done = this.finishedAt !== undefined;
    const key = `${this.version}|${this.globalsVersion}|${this.phase}|${this.message ?? ''}`;
    if (key === this.lastPersistKey && !done) return;
    // The interval (real time) bounds how often a large status is written while real pods run; the last one waits.
    if (!done && this.opts.persistIntervalMs && Date.now() - this.persistedAt < this.opts.persistIntervalMs) {
      this.persistPending = true;
      return;
    }
    this.lastPersistKey = key;
    this.persistPending = false;
    this.persistedAt = Date.now();
    const max = this.opts.maxWorkflowSize ?? 1024 * 1024;
    let status = this.buildStatus(this.nodes);
    // The object without its status does not change: its JSON length is measured once.
    this.bareSize ??= JSON.stringify({ apiVersion: this.wf.apiVersion, kind: this.wf.kind, metadata: this.wf.metadata, spec: this.wf.spec, status: {} }).length - 2;
    const size = (st: Obj) => this.bareSize! + JSON.stringify(st).length;
    if (size(status) > max) {
      const { nodes, ...rest } = status;
      const packed = { ...rest, compressedNodes: gzipSync(JSON.stringify(nodes)).toString('base64') };
      if (size(packed) > max) {
        const compressedSize = size(packed);
        this.markWorkflowPhase('Error', `workflow is longer than maximum allowed size. compressed size ${compressedSize} > maxSize ${max}`, true);
        status = { ...this.buildStatus({}), ...(this.lastStatusNodes ? { nodes: this.lastStatusNodes } : {}) };
      } else status = packed;
    }
    const text = JSON.stringify(status);
    if (text === this.lastPersisted && !done) return;
    this.lastPersisted = text;
    if (status.nodes) this.lastStatusNodes = status.nodes;
    await this.opts.onStatus(status, { 'workflows.argoproj.io/completed': done ? 'true' : 'false', 'workflows.argoproj.io/phase': this.phase || 'Running' });
  }

  // ---------------------------------------------------------------- operator.go operate

  /** operator.go setExecWorkflow + setGlobalParameters + substituteGlobalVariables. */
  private setExecWorkflow(): void {
    const wf = this.wf;
    for (const t of (this.spec.templates ?? []) as Obj[]) this.templates.set(t.name, t);
    const g = this.globals;
    g['workflow.name'] = wf.metadata.name;
    g['workflow.namespace'] = wf.metadata.namespace ?? 'default';
    g['workflow.mainEntrypoint'] = this.spec.entrypoint;
    g['workflow.serviceAccountName'] = this.spec.serviceAccountName ?? '';
    g['workflow.uid'] = wf.metadata.uid ?? '';
    g['workflow.creationTimestamp'] = wf.metadata.creationTimestamp ?? iso(this.t0);
    const params = (this.spec.arguments?.parameters ?? []) as Obj[];
    g['workflow.parameters'] = JSON.stringify(params);
    g['workflow.parameters.json'] = JSON.stringify(params);
    for (const p of params) {
      if (p.value !== undefined) g[`workflow.parameters.${p.name}`] = String(p.value);
      else if (p.valueFrom?.default !== undefined) g[`workflow.parameters.${p.name}`] = String(p.valueFrom.default);
    }
    for (const [k, v] of Object.entries((wf.metadata.labels ?? {}) as Record<string, string>)) g[`workflow.labels.${k}`] = v;
    for (const [k, v] of Object.entries((wf.metadata.annotations ?? {}) as Record<string, string>)) g[`workflow.annotations.${k}`] = v;
    // substituteGlobalVariables: the spec without its templates, allowing unresolved tags.
    const { templates, ...rest } = this.spec;
    this.spec = { ...replaceObject(rest, this.globalScope()), templates };
  }

  private globalScope(): Scope {
    const s: Scope = { ...this.globals };
    for (const [k, v] of Object.entries(this.wfOutputs)) s[`workflow.outputs.parameters.${k}`] = v;
    return s;
  }

  /** operator.go getWorkflowDeadline: startedAt truncated to the second + activeDeadlineSeconds. */
  private getWorkflowDeadline(): number | undefined {
    const ads = this.spec.activeDeadlineSeconds;
    if (ads === undefined || ads === null || this.startedAt === undefined) return undefined;
    return Math.floor(this.startedAt / 1000) * 1000 + Number(ads) * 1000;
  }

  private operate(): void {
    if (this.finishedAt !== undefined) return;
    if (this.phase === '') {
      this.markWorkflowPhase('Running', undefined);
      this.workflowDeadline = this.getWorkflowDeadline();
    } else {
      this.workflowDeadline = this.getWorkflowDeadline();
      this.podReconciliation();
      this.failNodesWithoutCreatedPodsAfterDeadlineOrShutdown();
    }
    this.activePods = this.spec.parallelism !== undefined ? this.countNodes((n) => n.type === 'Pod' && (n.phase === 'Pending' || n.phase === 'Running') && this.pods.has(n.id)) : 0;
    this.depth = 0;
    const [node, err] = this.executeTemplate(this.name, { template: this.spec.entrypoint, kind: 'root' }, this.spec.arguments ?? {}, {});
    if (err) {
      if (err.kind === 'Deadline' || err.kind === 'Parallelism') return;
      this.markWorkflowError(`error in entry template execution: ${err.message}`);
      return;
    }
    if (!node) return;
    const workflowStatus = ({ Pending: 'Pending', Running: 'Running', Succeeded: 'Succeeded', Skipped: 'Succeeded', Omitted: 'Succeeded', Failed: 'Failed', Error: 'Error' } as const)[node.phase];
    this.setGlobal('workflow.status', workflowStatus);
    const failures = Object.values(this.nodes)
      .filter((n) => failedOrError(n.phase))
      .map((n) => ({ displayName: n.displayName, message: n.message ?? '', templateName: n.templateName ?? '', phase: n.phase, podName: n.type === 'Pod' ? this.podName(n) : '', finishedAt: n.finishedAt ?? null }));
    // "This strconv.Quote is necessary so that the escaped quotes are not removed during parameter substitution"
    this.setGlobal('workflow.failures', JSON.stringify(JSON.stringify(failures)));
    if (!fulfilled(node.phase)) return;

    let onExitNode: NodeStatus | undefined;
    const exitHook = this.spec.hooks?.exit ?? (this.spec.onExit ? { template: this.spec.onExit } : undefined);
    if (exitHook) {
      const onExitNodeName = `${this.name}.onExit`;
      onExitNode = this.getNodeByName(onExitNodeName);
      if (onExitNode || this.shouldExecute(true)) {
        const [n, e] = this.executeTemplate(onExitNodeName, { template: exitHook.template, kind: 'root' }, exitHook.arguments ?? {}, { onExitTemplate: true, nodeFlag: { hooked: true } });
        if (e) {
          if (e.kind === 'Deadline' || e.kind === 'Parallelism') return;
          this.markWorkflowError(`error in exit template execution : ${e.message}`);
          return;
        }
        onExitNode = n;
        if (!onExitNode || !fulfilled(onExitNode.phase)) return;
      }
    }
    const workflowMessage = failedOrError(node.phase) && this.shutdown() ? `Stopped with strategy '${this.shutdown()}'` : node.message;
    switch (workflowStatus) {
      case 'Succeeded':
        if (onExitNode && failedOrError(onExitNode.phase)) {
          if (onExitNode.phase === 'Failed') this.markWorkflowPhase('Failed', onExitNode.message);
          else this.markWorkflowError(onExitNode.message ?? '');
        } else this.markWorkflowPhase('Succeeded', undefined);
        break;
      case 'Failed':
        this.markWorkflowPhase('Failed', workflowMessage);
        break;
      case 'Error':
        this.markWorkflowPhase('Error', workflowMessage);
        break;
      default:
        this.markWorkflowError(`Unexpected node phase ${this.name}`);
    }
  }

  /** operator.go markWorkflowPhase. */
  private markWorkflowPhase(phase: WorkflowPhase, message: string | undefined, force = false): void {
    if (phase !== 'Running') {
      // Running pods are left to podGC in a real cluster; here they are stopped.
      for (const p of [...this.runningPods]) this.killPod(p, 'workflow completed');
      // operator.go markWorkflowPhase: "taskresults of workflow are incomplete … can't mark workflow completed"
      // (checkTaskResultsInProgress): a killed pod reports its task result when its containers have stopped,
      // so a Stop/Terminate/deadline completes the workflow only after the killed pods have ended.
      if (!force && [...this.exitingPods].some((p) => !p.exited)) return;
    }
    this.phase = phase;
    if (this.startedAt === undefined) this.startedAt = this.now;
    this.message = message || undefined;
    if (phase === 'Error') {
      const entry = this.getNodeByName(this.name);
      if (entry && entry.phase === 'Running') {
        entry.phase = 'Error';
        entry.message = 'Workflow operation error';
        this.touch();
      }
    }
    if (phase !== 'Running') this.finishedAt = this.now;
  }

  private markWorkflowError(message: string): void {
    this.markWorkflowPhase('Error', message);
  }

  // ---------------------------------------------------------------- pods

  private podName(n: NodeStatus): string {
    return `${this.name}-${n.templateName ?? ''}-${fnv32a(n.name)}`;
  }

  private killPod(p: Pod, _why: string): void {
    p.killed = _why;
    this.runningPods.delete(p);
    if (p.real && !p.exited) this.exitingPods.add(p);
    p.real?.kill();
  }

  /** operator.go podReconciliation + assessNodeStatus + exec_control.go applyExecutionControl. */
  private podReconciliation(): void {
    for (const id of [...this.unsettledPods]) {
      const p = this.pods.get(id)!;
      const node = this.nodes[id];
      if (!node || fulfilled(node.phase)) {
        if (node) this.unsettledPods.delete(id);
        continue;
      }
      if (p.result === undefined && !p.killed && !p.real && p.end !== undefined && p.end <= this.now) {
        p.result = this.scriptedResults.get(id);
        this.runningPods.delete(p);
      }
      if (p.result !== undefined && !p.killed) {
        this.assessNodeStatus(node, p);
        continue;
      }
      if (p.killed) continue;
      // applyExecutionControl: shutdown first, then the workflow deadline (exit-handler pods exempt).
      if (this.shutdown() && !this.shouldExecute(p.spec.onExit)) {
        this.killPod(p, 'shutdown');
        this.markNodePhase(node, 'Failed', `workflow shutdown with strategy:  ${this.shutdown()}`);
        continue;
      }
      if (this.workflowDeadline !== undefined && this.now > this.workflowDeadline && !p.spec.onExit) {
        this.killPod(p, 'deadline');
        this.markNodePhase(node, 'Failed', 'Step exceeded its deadline');
        continue;
      }
      // The pod's own activeDeadlineSeconds (template ADS or retry maxDuration): kubelet kills it (DeadlineExceeded).
      if (p.deadline !== undefined && this.now >= p.deadline) {
        this.killPod(p, 'pod deadline');
        this.markNodePhase(node, 'Failed', 'Pod was active on the node longer than the specified deadline');
        continue;
      }
      if (node.phase === 'Pending') this.markNodePhase(node, 'Running');
    }
  }

  private readonly scriptedResults = new Map<string, PodResult>();

  /** operator.go assessNodeStatus / inferFailedReason + executor SaveParameters / CaptureScriptResult. */
  private assessNodeStatus(node: NodeStatus, p: Pod): void {
    const r = p.result!;
    const code = r.exitCode ?? (r.phase === 'Failed' ? 1 : 0);
    let phase: NodePhase = r.phase ?? (code === 0 ? 'Succeeded' : 'Failed');
    let message = r.message ?? (phase === 'Failed' ? `Error (exit code ${code})` : undefined);
    const tmpl = p.spec.template;
    const params: { name: string; value: string }[] = [];
    if (phase === 'Succeeded' || phase === 'Failed') {
      for (const o of (tmpl.outputs?.parameters ?? []) as Obj[]) {
        if (!o.valueFrom?.path) continue;
        const content = r.files?.[o.valueFrom.path];
        let v: string | undefined;
        if (content !== undefined) v = content;
        else if (o.valueFrom.default !== undefined) v = String(o.valueFrom.default);
        else {
          // The wait container fails to save the parameter: the node errors.
          if (phase === 'Succeeded') {
            phase = 'Error';
            message = `open ${o.valueFrom.path}: no such file or directory`;
          }
          continue;
        }
        params.push({ name: o.name, value: v.endsWith('\n') ? v.slice(0, -1) : v }); // "Trims off a single newline"
      }
    }
    node.outputs = { exitCode: String(code), ...(params.length ? { parameters: params } : {}) };
    this.touch();
    if (r.stdout !== undefined && (tmpl.script || this.resultReferenced(node))) {
      let out = r.stdout.endsWith('\n') ? r.stdout.slice(0, -1) : r.stdout;
      const max = 256 * 1024; // executor.go CaptureScriptResult maxAnnotationSize
      if (Buffer.byteLength(out) > max) out = Buffer.from(out).subarray(-max).toString();
      node.outputs.result = out;
    }
    const t = this.nodeTimes.get(node.id)!;
    t.f = p.end ?? this.now;
    node.finishedAt = iso(t.f);
    this.markNodePhase(node, phase, message);
  }

  private resultReferenced(node: NodeStatus): boolean {
    return JSON.stringify(this.spec.templates).includes('outputs.result') && node.type === 'Pod';
  }

  /** operator.go failNodesWithoutCreatedPodsAfterDeadlineOrShutdown. */
  private failNodesWithoutCreatedPodsAfterDeadlineOrShutdown(): void {
    for (const node of Object.values(this.nodes)) {
      if (fulfilled(node.phase)) continue;
      const exitPart = this.isPartOfExitHandler(node);
      if (this.shutdown() && !this.shouldExecute(exitPart)) {
        if (node.type === 'Suspend' || (node.type === 'Retry' && this.childrenFulfilled(node))) {
          this.markNodePhase(node, 'Failed', `Stopped with strategy '${this.shutdown()}'`);
          continue;
        }
      }
      const deadlineExceeded = this.workflowDeadline !== undefined && this.now > this.workflowDeadline;
      if (deadlineExceeded && !exitPart && (node.phase === 'Pending' || node.type === 'Suspend')) this.markNodePhase(node, 'Failed', 'Step exceeded its deadline');
    }
  }

  /** workflow_types.go IsPartOfExitHandler: some boundary up the chain is an `.onExit` node. */
  private isPartOfExitHandler(n: NodeStatus): boolean {
    let cur: NodeStatus | undefined = n;
    while (cur && !cur.displayName.endsWith('.onExit') && !cur.name.endsWith('.onExit')) {
      if (!cur.boundaryID) return false;
      cur = this.nodes[cur.boundaryID];
    }
    return Boolean(cur);
  }

  /** operator.go childrenFulfilled (memoised like childrenFulfilledHelper: DAG children form a lattice). */
  private childrenFulfilled(n: NodeStatus, cache = new Map<string, boolean>()): boolean {
    const hit = cache.get(n.id);
    if (hit !== undefined) return hit;
    const r = (n.children ?? []).every((c) => this.nodes[c] !== undefined && fulfilled(this.nodes[c]!.phase) && this.childrenFulfilled(this.nodes[c]!, cache));
    cache.set(n.id, r);
    return r;
  }

  // ---------------------------------------------------------------- nodes

  nodeID(name: string): string {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = name === this.name ? name : `${this.name}-${fnv32a(name)}`;
      this.ids.set(name, id);
    }
    return id;
  }

  /** The nodes whose boundaryID is `boundaryID` (indexed when they are initialised). */
  private inBoundary(boundaryID: string): NodeStatus[] {
    return [...(this.byBoundary.get(boundaryID) ?? [])].map((id) => this.nodes[id]!);
  }

  getNodeByName(name: string): NodeStatus | undefined {
    return this.nodes[this.nodeID(name)];
  }

  /** operator.go initializeNode. */
  private initializeNode(nodeName: string, type: string, holder: { template?: string } | undefined, boundaryID: string | undefined, phase: NodePhase, nodeFlag?: Opts['nodeFlag'], message?: string): NodeStatus {
    const id = this.nodeID(nodeName);
    if (this.nodes[id]) throw new Error(`node ${nodeName} already initialized`);
    let displayName = nodeName;
    const boundary = boundaryID ? this.nodes[boundaryID] : undefined;
    if (boundary) displayName = nodeName.startsWith(boundary.name) ? nodeName.slice(boundary.name.length).replace(/^(\[\d+\])?\./, '') : nodeName;
    const node: NodeStatus = { id, name: nodeName, displayName, type, ...(holder?.template ? { templateName: holder.template } : {}), phase, ...(boundaryID ? { boundaryID } : {}), startedAt: iso(this.now), ...(nodeFlag && (nodeFlag.hooked || nodeFlag.retried) ? { nodeFlag: { ...nodeFlag } } : {}) };
    this.nodeTimes.set(id, { s: this.now });
    if (fulfilled(phase)) {
      node.finishedAt = node.startedAt;
      this.nodeTimes.get(id)!.f = this.now;
    }
    if (message) node.message = message;
    this.nodes[id] = node;
    this.byName.set(nodeName, id);
    if (boundaryID) {
      let set = this.byBoundary.get(boundaryID);
      if (!set) this.byBoundary.set(boundaryID, (set = new Set()));
      set.add(id);
    }
    this.touch();
    return node;
  }

  private initializeExecutableNode(nodeName: string, type: string, tmpl: Obj, holder: Holder, boundaryID: string | undefined, phase: NodePhase, nodeFlag?: Opts['nodeFlag'], message?: string): NodeStatus {
    const n = this.initializeNode(nodeName, type, holder, boundaryID, phase, nodeFlag, message);
    if (tmpl.inputs?.parameters?.length) n.inputs = { parameters: structuredClone(tmpl.inputs.parameters) };
    return n;
  }

  /** operator.go initializeNodeOrMarkError. */
  private initializeNodeOrMarkError(node: NodeStatus | undefined, nodeName: string, holder: Holder, boundaryID: string | undefined, nodeFlag: Opts['nodeFlag'], err: string): NodeStatus {
    if (node) return this.markNodePhase(node, 'Error', err);
    return this.initializeNode(nodeName, 'Skipped', holder, boundaryID, 'Error', nodeFlag, err);
  }

  /** operator.go markNodePhase. */
  private markNodePhase(node: NodeStatus, phase: NodePhase, message?: string): NodeStatus {
    if (node.phase !== phase || (message !== undefined && (node.message ?? '') !== message) || (fulfilled(phase) && !node.finishedAt)) this.touch();
    node.phase = phase;
    if (message !== undefined) {
      if (message) node.message = message;
      else delete node.message;
    }
    if (fulfilled(phase) && !node.finishedAt) {
      node.finishedAt = iso(this.now);
      const t = this.nodeTimes.get(node.id);
      if (t && t.f === undefined) t.f = this.now;
    }
    return node;
  }

  /** Sets (or, with undefined, removes) a node field, counting it as a change only when it is one. */
  private setField<K extends 'outputs' | 'outboundNodes'>(node: NodeStatus, key: K, value: NodeStatus[K] | undefined): void {
    if (JSON.stringify(node[key]) === JSON.stringify(value)) return;
    if (value === undefined) delete node[key];
    else node[key] = value;
    this.touch();
  }

  private markNodeError(nodeName: string, err: string): NodeStatus {
    const n = this.getNodeByName(nodeName) ?? this.initializeNode(nodeName, 'Skipped', undefined, undefined, 'Error', undefined, err);
    return this.markNodePhase(n, 'Error', err);
  }

  /** operator.go addChildNode. */
  private addChildNode(parent: string, child: string): void {
    const p = this.getNodeByName(parent);
    if (!p) return;
    const id = this.nodeID(child);
    p.children ??= [];
    if (!p.children.includes(id)) {
      p.children.push(id);
      this.touch();
    }
  }

  private countNodes(f: (n: NodeStatus) => boolean): number {
    return Object.values(this.nodes).filter(f).length;
  }

  /** node_counters.go. */
  private getActivePods(boundaryID: string): number {
    const active = (n: NodeStatus) => n.type === 'Pod' && (n.phase === 'Pending' || n.phase === 'Running') && this.pods.has(n.id);
    return boundaryID === '' ? this.countNodes(active) : this.inBoundary(boundaryID).filter(active).length;
  }
  private getActiveChildren(boundaryID: string): number {
    return this.inBoundary(boundaryID).filter((n) => ['Pod', 'Steps', 'DAG'].includes(n.type) && (n.phase === 'Pending' || n.phase === 'Running')).length;
  }
  private getUnsuccessfulChildren(boundaryID: string): number {
    return this.inBoundary(boundaryID).filter((n) => ['Pod', 'Steps', 'DAG'].includes(n.type) && failedOrError(n.phase)).length;
  }

  /** operator.go getOutboundNodes. */
  private getOutboundNodes(id: string): string[] {
    const n = this.nodes[id]!;
    switch (n.type) {
      case 'Skipped':
      case 'Suspend':
      case 'Pod':
        return [n.id];
      case 'TaskGroup':
        if (!n.children?.length) return [n.id];
        return n.children.flatMap((c) => this.getOutboundNodes(c));
      case 'Retry':
        return n.children?.length ? [n.children[n.children.length - 1]!] : [];
    }
    return (n.outboundNodes ?? []).flatMap((o) => this.getOutboundNodes(o));
  }

  /** operator.go possiblyGetRetryChildNode. */
  private retryLastChild(n: NodeStatus): NodeStatus | undefined {
    if (n.type !== 'Retry') return undefined;
    for (const c of [...(n.children ?? [])].reverse()) {
      const child = this.nodes[c];
      if (child && !child.nodeFlag?.hooked) return child;
    }
    return undefined;
  }

  /** operator.go getChildNodeIdsAndLastRetriedNode. */
  private retryChildren(n: NodeStatus): [string[], NodeStatus | undefined] {
    const ids = (n.children ?? []).filter((c) => !this.nodes[c]?.nodeFlag?.hooked);
    return [ids, ids.length ? this.nodes[ids[ids.length - 1]!] : undefined];
  }

  // ---------------------------------------------------------------- executeTemplate

  private resolveTemplate(holder: Holder): Obj {
    if (holder.templateRef) throw new ArgoErr('Other', 'templateRef is not supported by the emulator');
    const t = this.templates.get(holder.template ?? '');
    if (!t) throw new ArgoErr('Other', `template ${holder.template} not found`);
    // mergedTemplateDefaultsInto
    return this.spec.templateDefaults ? deepMerge(structuredClone(this.spec.templateDefaults), t) : structuredClone(t);
  }

  /**
   * resolveTemplate + ProcessArgs, as executeTemplate does them on every pass; a pure function of the template,
   * the arguments, the local and the global scope, so it is computed once per distinct input (frozen: callers
   * copy before they change anything). Errors are kept and thrown again.
   */
  private processedTemplate(holder: Holder, args: Obj, local: Record<string, string>, nodeName: string): Obj {
    const key = `${holder.template ?? ''}\u0000${JSON.stringify(holder.templateRef ?? null)}\u0000${JSON.stringify(args)}\u0000${JSON.stringify(local)}\u0000${this.globalsVersion}`;
    let hit = this.processedCache.get(key);
    if (hit === undefined) {
      try {
        const resolved = this.resolveTemplate(holder);
        const l = { ...local };
        if ((resolved.container || resolved.script) && !this.retryStrategy(resolved)) l['pod.name'] = `${this.name}-${resolved.name}-${fnv32a(nodeName)}`;
        hit = deepFreeze(this.processArgs(resolved, args, l));
      } catch (e) {
        hit = e instanceof ArgoErr ? e : new ArgoErr('Other', (e as Error).message);
      }
      this.processedCache.set(key, hit);
    }
    if (hit instanceof ArgoErr) throw hit;
    return hit;
  }

  /** workflow/common/util.go ProcessArgs + SubstituteParams (the two passes). */
  private processArgs(tmpl: Obj, args: Obj, local: Record<string, string>): Obj {
    const newTmpl = structuredClone(tmpl);
    for (const inParam of (newTmpl.inputs?.parameters ?? []) as Obj[]) {
      if (inParam.default !== undefined && inParam.value === undefined) inParam.value = inParam.default;
      const arg = ((args.parameters ?? []) as Obj[]).find((a) => a.name === inParam.name);
      if (arg && arg.value === ABSENT) {
        if (inParam.value === undefined && inParam.valueFrom === undefined) throw new ArgoErr('Other', `inputs.parameters.${inParam.name}: argument references an absent optional (skipped/omitted node output with no default)`);
      } else if (arg && arg.value !== undefined) inParam.value = String(arg.value);
      if (inParam.value !== undefined) inParam.value = String(inParam.value);
    }
    return this.substituteParams(newTmpl, local);
  }

  private substituteParams(tmpl: Obj, local: Record<string, string>): Obj {
    // "First replace globals & locals, then replace inputs because globals could be referenced in the inputs"
    const replaceMap: Scope = { ...this.globalScope(), ...local };
    const pass1 = replaceObject(tmpl, replaceMap);
    for (const p of (pass1.inputs?.parameters ?? []) as Obj[]) {
      if (p.value === undefined && p.valueFrom === undefined) throw new ArgoErr('Other', `inputs.parameters.${p.name} had no value`);
      if (p.value !== undefined) replaceMap[`inputs.parameters.${p.name}`] = String(p.value);
    }
    replaceMap['inputs.parameters'] = JSON.stringify(pass1.inputs?.parameters ?? []);
    for (const o of (pass1.outputs?.parameters ?? []) as Obj[]) if (o.valueFrom?.path) replaceMap[`outputs.parameters.${o.name}.path`] = o.valueFrom.path;
    return replaceObject(pass1, replaceMap);
  }

  /** operator.go executeTemplate. Returns [node, error]. */
  private executeTemplate(nodeName: string, holder: Holder, args: Obj, opts: Opts): [NodeStatus | undefined, ArgoErr | undefined] {
    let node = this.getNodeByName(nodeName);
    this.depth++;
    try {
      if (this.depth >= this.maxStackDepth) {
        return [this.initializeNodeOrMarkError(node, nodeName, holder, opts.boundaryID, opts.nodeFlag, ERR_MAX_DEPTH), new ArgoErr('MaxDepth', ERR_MAX_DEPTH)];
      }
      let processed: Obj;
      const local: Record<string, string> = { 'node.name': nodeName };
      if (holder.kind === 'task' && holder.name) local['tasks.name'] = holder.name;
      if (holder.kind === 'step' && holder.name) local['steps.name'] = holder.name;
      try {
        processed = this.processedTemplate(holder, args, local, nodeName);
      } catch (e) {
        const msg = (e as Error).message;
        return [this.initializeNodeOrMarkError(node, nodeName, holder, opts.boundaryID, opts.nodeFlag, msg), new ArgoErr('Other', msg)];
      }
      if (node && fulfilled(node.phase)) return [node, undefined];
      // checkTemplateTimeouts: a node still Pending past `timeout` (from its start) fails with ErrTimeout.
      if (node && processed.timeout && node.phase === 'Pending') {
        const t = this.nodeTimes.get(node.id)!.s + parseDuration(String(processed.timeout));
        if (this.now > t) return [this.markNodePhase(node, 'Failed', 'timeout'), new ArgoErr('Timeout', 'timeout')];
        this.timers.push(t + 1);
      }
      const perr = this.checkParallelism(processed, node, opts.boundaryID);
      if (perr) return [node, perr];

      let retryNodeName = '';
      const rs = this.retryStrategy(processed);
      if (rs) {
        retryNodeName = nodeName;
        let retryParent = node ?? this.initializeExecutableNode(retryNodeName, 'Retry', processed, holder, opts.boundaryID, 'Running', opts.nodeFlag);
        opts = { ...opts, nodeFlag: { ...(opts.nodeFlag ?? {}), retried: true } };
        let cont: boolean;
        try {
          [retryParent, cont] = this.processNodeRetries(retryParent, rs, opts);
        } catch (e) {
          const msg = (e as Error).message;
          return [this.markNodePhase(retryParent, 'Error', msg), new ArgoErr('Other', msg)];
        }
        if (!cont) return [retryParent, undefined];
        const [childIds, lastChild] = this.retryChildren(retryParent);
        if (fulfilled(retryParent.phase) && this.childrenFulfilled(retryParent)) {
          if (lastChild?.outputs) this.setField(retryParent, 'outputs', structuredClone(lastChild.outputs));
          return [retryParent, undefined];
        }
        let retryNum: number;
        if (lastChild && !fulfilled(lastChild.phase)) {
          nodeName = lastChild.name;
          node = lastChild;
          retryNum = childIds.length - 1;
        } else {
          retryNum = childIds.length;
          nodeName = `${retryNodeName}(${retryNum})`;
          this.addChildNode(retryNodeName, nodeName);
          node = undefined;
        }
        const lp: Record<string, string> = { retries: String(retryNum) };
        if (processed.container || processed.script) lp['pod.name'] = `${this.name}-${processed.name}-${fnv32a(nodeName)}`;
        lp['lastRetry.exitCode'] = lastChild?.outputs?.exitCode ?? '0';
        lp['lastRetry.duration'] = lastChild ? String(this.durationSeconds(lastChild)) : '0';
        lp['lastRetry.status'] = lastChild?.phase ?? '';
        lp['lastRetry.message'] = lastChild?.message ?? '';
        try {
          processed = this.substituteParams(processed, lp);
        } catch (e) {
          const msg = (e as Error).message;
          return [this.initializeNodeOrMarkError(node, nodeName, holder, opts.boundaryID, opts.nodeFlag, msg), new ArgoErr('Other', msg)];
        }
        if (node === undefined) this.addChildNode(retryNodeName, nodeName);
      }

      let err: ArgoErr | undefined;
      if (processed.container || processed.script) node = this.executeContainer(nodeName, processed, holder, opts);
      else if (processed.steps) [node, err] = this.executeSteps(nodeName, processed, holder, opts);
      else if (processed.dag) [node, err] = this.executeDAG(nodeName, processed, holder, opts);
      else if (processed.suspend) node = this.executeSuspend(nodeName, processed, holder, opts);
      else {
        const msg = `Template '${processed.name}' missing specification`;
        return [this.initializeNode(nodeName, 'Skipped', holder, opts.boundaryID, 'Error', opts.nodeFlag, msg), new ArgoErr('Other', msg)];
      }
      if (err) {
        node = this.markNodeError(nodeName, err.message);
        const policy = rs ? retryPolicyActual(rs) : '';
        if (!rs || !['Always', 'OnError', 'OnTransientError'].includes(policy)) return [node, err];
      }
      node = this.getNodeByName(node!.name)!;
      if (retryNodeName) {
        let retryNode = this.getNodeByName(retryNodeName)!;
        if (!fulfilled(retryNode.phase) && fulfilled(node.phase)) {
          const [rn, rerr] = this.executeTemplate(retryNodeName, holder, args, opts);
          if (rerr) return [this.markNodeError(node.name, rerr.message), rerr];
          retryNode = rn!;
        }
        node = retryNode;
      }
      return [node, undefined];
    } finally {
      this.depth--;
    }
  }

  private durationSeconds(n: NodeStatus): number {
    const t = this.nodeTimes.get(n.id);
    if (!t) return 0;
    return ((t.f ?? this.now) - t.s) / 1000;
  }

  /** operator.go retryStrategy: the template's, else spec.retryStrategy. */
  private retryStrategy(tmpl: Obj): Obj | undefined {
    return tmpl.retryStrategy ?? this.spec.retryStrategy;
  }

  /** operator.go checkParallelism. */
  private checkParallelism(tmpl: Obj, node: NodeStatus | undefined, boundaryID: string | undefined): ArgoErr | undefined {
    if (this.spec.parallelism !== undefined && this.activePods >= Number(this.spec.parallelism)) return new ArgoErr('Parallelism', ERR_PARALLELISM);
    const isFailFast = (t: Obj) => t.failFast === true;
    const hasParallelism = (t: Obj) => t.parallelism !== undefined && Number(t.parallelism) > 0;
    if (node && (tmpl.dag || tmpl.steps)) {
      if (isFailFast(tmpl) && this.getUnsuccessfulChildren(node.id) > 0) {
        if (this.getActivePods(node.id) === 0) this.markNodePhase(node, 'Failed', 'template has failed or errored children and failFast enabled');
        return new ArgoErr('Parallelism', ERR_PARALLELISM);
      }
      if (hasParallelism(tmpl) && this.getActivePods(node.id) >= Number(tmpl.parallelism)) return new ArgoErr('Parallelism', ERR_PARALLELISM);
    }
    if (boundaryID && (!node || (node.phase !== 'Pending' && node.phase !== 'Running'))) {
      const boundary = this.nodes[boundaryID];
      const bt = boundary?.templateName ? this.templates.get(boundary.templateName) : undefined;
      if (boundary && bt) {
        if (isFailFast(bt) && this.getUnsuccessfulChildren(boundaryID) > 0) {
          if (this.getActivePods(boundaryID) === 0) this.markNodePhase(boundary, 'Failed', 'template has failed or errored children and failFast enabled');
          return new ArgoErr('Parallelism', ERR_PARALLELISM);
        }
        if (hasParallelism(bt) && this.getActiveChildren(boundaryID) >= Number(bt.parallelism)) return new ArgoErr('Parallelism', ERR_PARALLELISM);
      }
    }
    return undefined;
  }

  /** operator.go processNodeRetries. Returns [node, continueExecution]; throws for strategy errors. */
  private processNodeRetries(node: NodeStatus, rs: Obj, opts: Opts): [NodeStatus, boolean] {
    if (fulfilled(node.phase)) return [node, true];
    const [childIds, last] = this.retryChildren(node);
    if (!childIds.length || !last) return [node, true];
    if (!fulfilled(last.phase)) return [node, true];
    if (!failedOrError(last.phase)) {
      if (last.outputs) this.setField(node, 'outputs', structuredClone(last.outputs));
      return [this.markNodePhase(node, 'Succeeded'), true];
    }
    if (this.shutdown() || (this.workflowDeadline !== undefined && this.now > this.workflowDeadline)) {
      const msg = this.shutdown() ? `Stopped with strategy '${this.shutdown()}'` : `retry exceeded workflow deadline ${new Date(this.workflowDeadline!).toISOString()}`;
      return [this.markNodePhase(node, last.phase, msg), true];
    }
    const limit = rs.limit === undefined || rs.limit === null ? undefined : Number(rs.limit);
    if (rs.backoff) {
      let maxDurationDeadline: number | undefined;
      if (rs.backoff.maxDuration) {
        const first = this.nodeTimes.get(childIds[0]!)!;
        maxDurationDeadline = first.s + parseDuration(rs.backoff.maxDuration);
        if (this.now > maxDurationDeadline) return [this.markNodePhase(node, last.phase, 'Max duration limit exceeded'), true];
      }
      if (!rs.backoff.duration) throw new Error('no base duration specified for retryStrategy');
      const base = parseDuration(rs.backoff.duration);
      let wait = base;
      const factor = rs.backoff.factor === undefined ? undefined : Number(rs.backoff.factor);
      if (factor !== undefined && factor > 0) wait = base * Math.pow(factor, childIds.length - 1);
      if (rs.backoff.cap) wait = Math.min(wait, parseDuration(rs.backoff.cap));
      const waitingDeadline = (this.nodeTimes.get(last.id)!.f ?? this.now) + wait;
      if (maxDurationDeadline !== undefined && waitingDeadline > maxDurationDeadline) return [this.markNodePhase(node, last.phase, 'Backoff would exceed max duration limit'), true];
      if (this.now < waitingDeadline && limit !== undefined && childIds.length <= limit) {
        this.timers.push(waitingDeadline);
        return [this.markNodePhase(node, node.phase, `Backoff for ${humanize(wait)}`), false];
      }
      opts.executionDeadline = maxDurationDeadline;
      this.markNodePhase(node, node.phase, '');
    }
    let onFailed = false;
    let onError = false;
    switch (retryPolicyActual(rs)) {
      case 'Always':
        onFailed = onError = true;
        break;
      case 'OnError':
        onError = true;
        break;
      case 'OnTransientError':
        // errors.IsTransientErr on the message: the emulator treats these phrases as transient.
        if (/transient|connection refused|connection reset|timeout|TLS handshake|etcdserver: leader changed|i\/o timeout|EOF/i.test(last.message ?? '')) onFailed = onError = true;
        break;
      case 'OnFailure':
        onFailed = true;
        break;
      default:
        throw new Error(`${String(rs.retryPolicy)} is not a valid RetryPolicy`);
    }
    if ((last.phase === 'Failed' && !onFailed) || (last.phase === 'Error' && !onError)) return [this.markNodePhase(node, last.phase, last.message ?? ''), true];
    if (limit !== undefined && childIds.length > limit) return [this.markNodePhase(node, last.phase, 'No more retries left'), true];
    if (rs.expression) {
      const scope: Record<string, unknown> = {
        retries: String(childIds.length - 1),
        'lastRetry.exitCode': last.outputs?.exitCode ?? '-1',
        'lastRetry.status': last.phase,
        'lastRetry.duration': String(this.durationSeconds(last)),
        'lastRetry.message': last.message ?? '',
      };
      const go = evalBool(rs.expression, funcMap(scope));
      if (!go) return [this.markNodePhase(node, last.phase, 'retryStrategy.expression evaluated to false'), true];
    }
    return [node, true];
  }

  /** operator.go executeContainer + workflowpod.go createWorkflowPod. */
  private executeContainer(nodeName: string, tmpl: Obj, holder: Holder, opts: Opts): NodeStatus {
    let node = this.getNodeByName(nodeName);
    if (!node) node = this.initializeExecutableNode(nodeName, 'Pod', tmpl, holder, opts.boundaryID, 'Pending', opts.nodeFlag);
    if (this.pods.has(node.id)) return node;
    const onExit = Boolean(opts.onExitTemplate);
    if (!this.shouldExecute(onExit)) return this.markNodePhase(node, 'Failed', `workflow shutdown with strategy: ${this.shutdown()}`);
    // podBuilder.build: past the workflow deadline no pod is created (exit-handler pods ignore the deadline).
    let deadline: number | undefined;
    if (this.workflowDeadline !== undefined && !onExit) {
      if (this.workflowDeadline - this.now <= 0) return node;
      deadline = this.workflowDeadline + 1;
    }
    if (tmpl.activeDeadlineSeconds !== undefined) {
      const d = this.now + Number(tmpl.activeDeadlineSeconds) * 1000;
      if (deadline === undefined || d < deadline) deadline = d;
    }
    if (opts.executionDeadline !== undefined && (deadline === undefined || opts.executionDeadline < deadline)) deadline = opts.executionDeadline;
    // workflowpod.go build: template `timeout` (from this node's start) becomes the pod's activeDeadlineSeconds;
    // one second or less left -> "<node> exceeded its deadline" (the node errors).
    if (tmpl.timeout) {
      const td = this.nodeTimes.get(node.id)!.s + parseDuration(String(tmpl.timeout));
      if (td - this.now <= 1000) return this.markNodePhase(node, 'Error', `${nodeName} exceeded its deadline`);
      if (deadline === undefined || td < deadline) deadline = td;
    }
    const spec: PodSpec = { nodeId: node.id, nodeName, templateName: tmpl.name, template: tmpl, onExit, createdAt: this.now };
    const start = this.opts.pods(spec);
    const pod: Pod = { spec, start: this.now, deadline };
    if ('durationMs' in start) {
      pod.end = this.now + start.durationMs;
      this.scriptedResults.set(node.id, start.result);
    } else {
      const done = start.promise.then((r) => {
        pod.exited = true;
        if (!pod.killed) {
          pod.result = r;
          pod.end = this.now;
          this.runningPods.delete(pod);
        }
      });
      pod.real = { kill: start.kill, done } as unknown as { kill(): void };
    }
    this.pods.set(node.id, pod);
    this.unsettledPods.add(node.id);
    this.runningPods.add(pod);
    this.activePods++;
    this.podsStarted++;
    return node;
  }

  /** operator.go executeSuspend (duration only; no resume). */
  private executeSuspend(nodeName: string, tmpl: Obj, holder: Holder, opts: Opts): NodeStatus {
    let node = this.getNodeByName(nodeName);
    if (!node) node = this.initializeExecutableNode(nodeName, 'Suspend', tmpl, holder, opts.boundaryID, 'Running', opts.nodeFlag);
    if (tmpl.suspend.duration !== undefined) {
      const end = this.nodeTimes.get(node.id)!.s + parseDuration(String(tmpl.suspend.duration));
      if (this.now >= end) return this.markNodePhase(node, 'Succeeded');
      this.timers.push(end);
    }
    return node;
  }

  // ---------------------------------------------------------------- DAG (dag.go)

  /** common/ancestry.go GetTaskDependencies + getTaskDependsLogic + expandDependency. */
  private taskDependencies(d: DagCtx, taskName: string): [string[], string] {
    if (d.deps.has(taskName)) return [d.deps.get(taskName)!, d.logic.get(taskName)!];
    const task = this.getTask(d, taskName);
    const expand = (name: string): string => {
      const t = this.getTask(d, name);
      const r = [`${name}.Succeeded`, `${name}.Skipped`, `${name}.Daemoned`];
      if (t.continueOn?.error) r.push(`${name}.Errored`);
      if (t.continueOn?.failed) r.push(`${name}.Failed`);
      return `(${r.join(' || ')})`;
    };
    let depends: string = task.depends ?? ((task.dependencies ?? []) as string[]).map(expand).join(' && ');
    const re = /([a-zA-Z0-9][-a-zA-Z0-9]*?\.[A-Z][a-zA-Z]+)|([a-zA-Z0-9][-a-zA-Z0-9]*)/g;
    const deps = new Set<string>();
    const bare: { name: string; start: number; end: number }[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(depends))) {
      if (m[1]) deps.add(m[1].split('.')[0]!);
      else if (m[2]) {
        deps.add(m[2]);
        bare.push({ name: m[2], start: m.index, end: m.index + m[2].length });
      }
    }
    for (const b of bare.sort((x, y) => y.start - x.start)) depends = depends.slice(0, b.start) + expand(b.name) + depends.slice(b.end);
    d.deps.set(taskName, [...deps]);
    d.logic.set(taskName, depends);
    return [[...deps], depends];
  }

  private getTask(d: DagCtx, name: string): Obj {
    let byName = d.analysis.taskByName;
    if (!byName) {
      byName = d.analysis.taskByName = new Map();
      for (const x of d.tasks) if (!byName.has(x.name)) byName.set(x.name, x);
    }
    const t = byName.get(name);
    if (!t) throw new ArgoErr('Other', `target ${name} does not exist`);
    return t;
  }

  private taskNodeName(d: DagCtx, taskName: string): string {
    return `${d.boundaryName}.${taskName}`;
  }

  private getTaskNode(d: DagCtx, taskName: string): NodeStatus | undefined {
    return this.getNodeByName(this.taskNodeName(d, taskName));
  }

  /** dag.go findLeafTaskNames. */
  private findLeafTaskNames(d: DagCtx): string[] {
    if (d.analysis.leaves) return d.analysis.leaves;
    const isLeaf = new Map<string, boolean>();
    for (const t of d.tasks) {
      if (!isLeaf.has(t.name)) isLeaf.set(t.name, true);
      for (const dep of this.taskDependencies(d, t.name)[0]) isLeaf.set(dep, false);
    }
    return (d.analysis.leaves = [...isLeaf].filter(([, v]) => v).map(([k]) => k).sort());
  }

  private executeDAG(nodeName: string, tmpl: Obj, holder: Holder, opts: Opts): [NodeStatus, ArgoErr | undefined] {
    let node = this.getNodeByName(nodeName);
    if (!node) node = this.initializeExecutableNode(nodeName, 'DAG', tmpl, holder, opts.boundaryID, 'Running', opts.nodeFlag);
    // The dependency analysis depends on the template alone: kept with the (cached, frozen) processed template.
    let a = this.dagCache.get(tmpl);
    if (!a) this.dagCache.set(tmpl, (a = { deps: new Map(), logic: new Map(), ancestry: new Map() }));
    const d: DagCtx = { boundaryName: nodeName, boundaryID: node.id, tasks: tmpl.dag.tasks ?? [], visited: new Set(), tmpl, onExitTemplate: Boolean(opts.onExitTemplate), deps: a.deps, logic: a.logic, analysis: a };
    const targets: string[] = tmpl.dag.target ? String(tmpl.dag.target).split(' ') : this.findLeafTaskNames(d);
    let onExitCompleted = true;
    for (const t of targets) {
      this.executeDAGTask(d, t);
      const tn = this.getTaskNode(d, t);
      if (tn && completed(tn.phase)) {
        const on = this.getNodeByName(`${tn.name}.onExit`);
        if (on && !fulfilled(on.phase)) onExitCompleted = false;
      }
    }
    const dagPhase = this.assessDAGPhase(d, targets, Boolean(this.shutdown()) && onExitCompleted && !d.onExitTemplate);
    if (dagPhase === 'Running') return [node, undefined];
    this.updateOutboundNodes(d, targets, node);
    if (dagPhase === 'Failed' || dagPhase === 'Error') return [this.markNodePhase(node, dagPhase), undefined];
    // DAG outputs from the tasks' scope (getTemplateOutputsFromScope).
    const scope: Scope = {};
    for (const task of d.tasks) {
      const tn = this.getTaskNode(d, task.name);
      if (!tn) continue;
      if (tn.type === 'TaskGroup') this.processAggregate(scope, `tasks.${task.name}`, this.inBoundary(d.boundaryID).filter((n) => n.name.startsWith(`${tn.name}(`)));
      this.buildLocalScope(scope, `tasks.${task.name}`, tn);
      this.addSkippedNodeOutputsToScope(scope, `tasks.${task.name}`, tn, task);
    }
    try {
      this.setField(node, 'outputs', this.templateOutputs(tmpl, scope));
    } catch (e) {
      return [this.markNodePhase(node, 'Error', (e as Error).message), undefined];
    }
    return [this.markNodePhase(node, 'Succeeded'), undefined];
  }

  private updateOutboundNodes(d: DagCtx, targets: string[], node: NodeStatus): void {
    const out: string[] = [];
    for (const t of targets) {
      const tn = this.getTaskNode(d, t);
      if (tn) out.push(...this.getOutboundNodes(tn.id));
    }
    this.setField(node, 'outboundNodes', out);
  }

  /** operator.go getTemplateOutputsFromScope (parameters from valueFrom.parameter / expression). */
  private templateOutputs(tmpl: Obj, scope: Scope): NodeStatus['outputs'] | undefined {
    const ps = (tmpl.outputs?.parameters ?? []) as Obj[];
    if (!ps.length) return undefined;
    const params: { name: string; value: string }[] = [];
    for (const p of ps) {
      const vf = p.valueFrom ?? {};
      let v: string | undefined;
      if (vf.parameter !== undefined) {
        try {
          v = replaceText(JSON.stringify(vf.parameter), { ...this.globalScope(), ...scope }, 'all');
          v = JSON.parse(v) as string;
        } catch (e) {
          if (vf.default === undefined) throw e;
          v = String(vf.default);
        }
      } else if (vf.expression !== undefined) v = String(evalExprSafe(vf.expression, { ...this.globalScope(), ...scope }) ?? vf.default ?? '');
      else if (p.value !== undefined) v = String(p.value);
      if (v === undefined) continue;
      params.push({ name: p.name, value: v });
      if (p.globalName && this.wfOutputs[p.globalName] !== v) {
        this.wfOutputs[p.globalName] = v;
        this.globalsVersion++;
      }
    }
    return params.length ? { parameters: params } : undefined;
  }

  /** dag.go assessDAGPhase. */
  private assessDAGPhase(d: DagCtx, targets: string[], isShutdown: boolean): NodePhase {
    if (isShutdown) return 'Failed';
    const targetPhases = new Map<string, NodePhase | ''>(targets.map((t) => [this.nodeID(this.taskNodeName(d, t)), '']));
    const boundary = this.nodes[d.boundaryID]!;
    const queue: [string, NodePhase][] = (boundary.children ?? []).map((c) => [c, 'Succeeded']);
    const seen = new Set<string>();
    while (queue.length) {
      const [id, inherited] = queue.shift()!;
      const key = `${id}|${inherited}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const n = this.nodes[id];
      if (!n) return 'Running';
      let branch = inherited;
      if (!fulfilled(n.phase)) {
        if (n.type !== 'TaskGroup' || !n.children?.length) return 'Running';
        let gp: NodePhase = 'Succeeded';
        for (const c of n.children) {
          const cn = this.nodes[c];
          if (!cn || !fulfilled(cn.phase)) return 'Running';
          if (failedOrError(cn.phase)) gp = cn.phase;
        }
        this.markNodePhase(n, gp); // completableTaskGroupPhase
        branch = gp;
      } else if (completed(n.phase)) branch = n.phase;
      if (targetPhases.has(n.id) && !failedOrError(targetPhases.get(n.id))) targetPhases.set(n.id, branch);
      const next = n.type === 'Retry' ? this.retryNodeChildrenIds(n) : n.children ?? [];
      for (const c of next) queue.push([c, branch]);
    }
    const failFast = d.tmpl.dag.failFast === undefined || d.tmpl.dag.failFast === null || d.tmpl.dag.failFast === true;
    let result: NodePhase = 'Succeeded';
    for (const t of targets) {
      const bp = targetPhases.get(this.nodeID(this.taskNodeName(d, t)));
      if (bp === '') {
        result = 'Running';
        if (!failFast) break;
      } else if (failedOrError(bp)) {
        const task = this.getTask(d, t);
        if ((bp === 'Failed' && task.continueOn?.failed) || (bp === 'Error' && task.continueOn?.error)) continue;
        result = bp!;
        if (failFast) break;
      }
    }
    return result;
  }

  /** operator.go getRetryNodeChildrenIds. */
  private retryNodeChildrenIds(n: NodeStatus): string[] {
    const out: string[] = [];
    for (const c of [...(n.children ?? [])].reverse()) {
      const child = this.nodes[c];
      if (!child) continue;
      if (child.nodeFlag?.hooked) out.push(child.id);
      else if (child.children?.length) out.push(...child.children);
    }
    return out;
  }

  /** dag.go executeDAGTask. */
  private executeDAGTask(d: DagCtx, taskName: string): void {
    if (d.visited.has(taskName)) return;
    d.visited.add(taskName);
    let node = this.getTaskNode(d, taskName);
    const task = this.getTask(d, taskName);
    if (node && fulfilled(node.phase)) {
      if (completed(node.phase)) this.runTaskOnExit(d, task, node, taskName);
      return;
    }
    const nodeName = this.taskNodeName(d, taskName);
    const [deps, logic] = this.taskDependencies(d, taskName);
    let taskGroupNode = this.getNodeByName(nodeName);
    if (taskGroupNode && taskGroupNode.type !== 'TaskGroup') taskGroupNode = undefined;
    const connectDependencies = (taskNodeName: string) => {
      if (deps.length === 0 || taskGroupNode) {
        this.addChildNode(taskGroupNode ? taskGroupNode.name : d.boundaryName, taskNodeName);
      } else {
        for (const dep of deps) {
          const depNode = this.getTaskNode(d, dep)!;
          for (const o of this.getOutboundNodes(depNode.id)) this.addChildNode(this.nodes[o]!.name, taskNodeName);
        }
      }
    };
    if (logic !== '') {
      for (const dep of deps) this.executeDAGTask(d, dep);
      let execute: boolean;
      let proceed: boolean;
      try {
        [execute, proceed] = this.evaluateDependsLogic(d, taskName);
      } catch (e) {
        this.initializeNode(nodeName, 'Skipped', task, d.boundaryID, 'Error', undefined, (e as Error).message);
        connectDependencies(nodeName);
        return;
      }
      if (!proceed) return;
      if (!execute) {
        this.initializeNode(nodeName, 'Skipped', task, d.boundaryID, 'Omitted', undefined, 'omitted: depends condition not met');
        connectDependencies(nodeName);
        return;
      }
    }
    let newTask: Obj;
    try {
      newTask = this.resolveDependencyReferences(d, task);
    } catch (e) {
      if (e instanceof ArgoErr && e.kind === 'Requeue') return;
      this.initializeNode(nodeName, 'Skipped', task, d.boundaryID, 'Error', undefined, (e as Error).message);
      connectDependencies(nodeName);
      return;
    }
    let expanded: Obj[];
    try {
      // The scope is only read when the task expands (withItems / withParam / withSequence).
      const expands = Boolean(newTask.withItems?.length || newTask.withParam || newTask.withSequence);
      expanded = expandTask(newTask, expands ? this.buildLocalScopeFromTask(d, newTask) : {});
    } catch (e) {
      this.initializeNode(nodeName, 'Skipped', task, d.boundaryID, 'Error', undefined, (e as Error).message);
      connectDependencies(nodeName);
      return;
    }
    const shouldExpand = Boolean(task.withItems?.length || task.withParam || task.withSequence);
    if (shouldExpand) {
      if (expanded.length === 0) {
        // "DAG task with empty withParams list should be skipped"
        this.initializeNode(nodeName, 'Skipped', task, d.boundaryID, 'Skipped', undefined, 'Skipped, empty params');
        connectDependencies(nodeName);
      } else if (!taskGroupNode) {
        connectDependencies(nodeName);
        taskGroupNode = this.initializeNode(nodeName, 'TaskGroup', task, d.boundaryID, 'Running');
      }
    }
    for (const t of expanded) {
      const taskNodeName = this.taskNodeName(d, t.name);
      node = this.getTaskNode(d, t.name);
      if (!node) {
        connectDependencies(taskNodeName);
        const [proceed, whenErr] = shouldExecute(t.when);
        if (whenErr) {
          this.initializeNode(taskNodeName, 'Skipped', task, d.boundaryID, 'Error', undefined, whenErr);
          continue;
        }
        if (!proceed) {
          this.initializeNode(taskNodeName, 'Skipped', task, d.boundaryID, 'Skipped', undefined, `when '${t.when}' evaluated false`);
          continue;
        }
      }
      const [n, err] = this.executeTemplate(taskNodeName, { template: t.template, templateRef: t.templateRef, name: t.name, kind: 'task', arguments: t.arguments }, t.arguments ?? {}, { boundaryID: d.boundaryID, onExitTemplate: d.onExitTemplate });
      node = n;
      if (err) {
        if (err.kind === 'Deadline') return;
        if (err.kind === 'Parallelism' || err.kind === 'MaxDepth') {
          // continue
        } else if (err.kind === 'Timeout') {
          if (node) this.markNodePhase(node, 'Failed', err.message);
          return;
        } else {
          this.markNodeError(taskNodeName, `task '${taskNodeName}' errored: ${err.message}`);
          return;
        }
      }
      if (!node) return;
      if (completed(node.phase)) {
        const [has, on] = this.runTaskOnExit(d, task, node, taskName);
        if (has && (!on || !fulfilled(on.phase))) return;
      }
    }
    if (taskGroupNode) {
      let gp: NodePhase = 'Succeeded';
      for (const t of expanded) {
        const n = this.getTaskNode(d, t.name);
        if (!n || !fulfilled(n.phase)) return;
        if (failedOrError(n.phase)) gp = n.phase;
      }
      this.markNodePhase(taskGroupNode, gp);
    }
  }

  /** exit_handler.go runOnExitNode for a task's `onExit` / `hooks.exit`. */
  private runTaskOnExit(d: DagCtx | undefined, task: Obj, parent: NodeStatus, name: string, boundaryID = d?.boundaryID, onExitTemplate = d?.onExitTemplate): [boolean, NodeStatus | undefined] {
    const hook = task.hooks?.exit ?? (task.onExit ? { template: task.onExit } : undefined);
    if (!hook || !this.shouldExecute(true)) return [false, undefined];
    const onExitNodeName = `${parent.name}.onExit`;
    let args = hook.arguments ?? {};
    if (hook.arguments) {
      const last = this.retryLastChild(parent) ?? parent;
      const scope: Scope = { ...this.globalScope() };
      for (const p of last.outputs?.parameters ?? []) scope[`${d ? 'tasks' : 'steps'}.${name}.outputs.parameters.${p.name}`] = p.value;
      scope[`${d ? 'tasks' : 'steps'}.${name}.status`] = parent.phase;
      args = replaceObject(args, scope, []);
    }
    void onExitTemplate;
    const [n] = this.executeTemplate(onExitNodeName, { template: hook.template, kind: 'root' }, args, { boundaryID, onExitTemplate: true, nodeFlag: { hooked: true } });
    this.addChildNode(parent.name, onExitNodeName);
    return [true, n];
  }

  /** dag.go evaluateDependsLogic: [execute, proceed]. */
  private evaluateDependsLogic(d: DagCtx, taskName: string): [boolean, boolean] {
    if (this.getTaskNode(d, taskName)) return [true, true];
    const scope: Record<string, unknown> = {};
    for (const dep of this.taskDependencies(d, taskName)[0]) {
      const n = this.getTaskNode(d, dep);
      if (!n || !fulfilled(n.phase)) return [false, false];
      const key = dep.replaceAll('-', '_');
      if (key in scope) continue;
      let anySucceeded = false;
      let allFailed = false;
      if (n.type === 'TaskGroup') {
        allFailed = (n.children ?? []).length > 0;
        for (const c of n.children ?? []) {
          const cp = this.nodes[c]?.phase;
          anySucceeded = anySucceeded || cp === 'Succeeded';
          allFailed = allFailed && cp === 'Failed';
        }
      }
      scope[key] = { __struct: true, Succeeded: n.phase === 'Succeeded', Failed: n.phase === 'Failed', Errored: n.phase === 'Error', Skipped: n.phase === 'Skipped', Omitted: n.phase === 'Omitted', Daemoned: false, AnySucceeded: anySucceeded, AllFailed: allFailed };
    }
    const logic = this.taskDependencies(d, taskName)[1].replaceAll('-', '_');
    try {
      return [evalBool(logic, scope), true];
    } catch (e) {
      throw new Error(`unable to evaluate expression '${logic}': ${(e as Error).message}`);
    }
  }

  /** common/ancestry.go GetTaskAncestry: every transitive dependency. */
  private ancestry(d: DagCtx, taskName: string): string[] {
    const cached = d.analysis.ancestry.get(taskName);
    if (cached) return cached;
    const out: string[] = [];
    const seen = new Set<string>();
    const visit = (n: string) => {
      for (const dep of this.taskDependencies(d, n)[0]) {
        if (seen.has(dep)) continue;
        seen.add(dep);
        visit(dep);
        out.push(dep);
      }
    };
    visit(taskName);
    d.analysis.ancestry.set(taskName, out);
    return out;
  }

  /** dag.go buildLocalScopeFromTask. */
  private buildLocalScopeFromTask(d: DagCtx, task: Obj): Scope {
    const scope: Scope = {};
    for (const [k, v] of Object.entries(this.wfOutputs)) scope[`workflow.outputs.parameters.${k}`] = v;
    for (const a of this.ancestry(d, task.name)) {
      const an = this.getTaskNode(d, a);
      if (!an) throw new ArgoErr('Other', `Ancestor task node ${a} not found`);
      // What a fulfilled ancestor adds no longer changes (its outputs and times are final): computed once.
      const cached = this.scopeCache.get(an.id);
      if (cached) {
        for (const [k, v] of cached) scope[k] = v;
        continue;
      }
      const own: Scope = {};
      if (an.type === 'TaskGroup') this.processAggregate(own, `tasks.${a}`, this.inBoundary(d.boundaryID).filter((n) => n.name.startsWith(`${an.name}(`)));
      this.buildLocalScope(own, `tasks.${a}`, an);
      this.addSkippedNodeOutputsToScope(own, `tasks.${a}`, an, this.getTask(d, a));
      Object.assign(scope, own);
      const last = this.retryLastChild(an);
      if (fulfilled(an.phase) && (!last || fulfilled(last.phase))) this.scopeCache.set(an.id, Object.entries(own));
      else this.scopeFinal = false;
    }
    return scope;
  }

  /** operator.go buildLocalScope + addNodeOutputsToLocalScope. */
  private buildLocalScope(scope: Scope, prefix: string, node: NodeStatus): void {
    const n = this.retryLastChild(node) ?? node;
    scope[`${prefix}.id`] = n.id;
    scope[`${prefix}.startedAt`] = n.startedAt;
    if (n.finishedAt) scope[`${prefix}.finishedAt`] = n.finishedAt;
    scope[`${prefix}.status`] = n.phase;
    if (n.outputs?.result !== undefined) scope[`${prefix}.outputs.result`] = n.outputs.result;
    if (n.outputs?.exitCode !== undefined) scope[`${prefix}.exitCode`] = n.outputs.exitCode;
    for (const p of n.outputs?.parameters ?? []) scope[`${prefix}.outputs.parameters.${p.name}`] = p.value;
  }

  /**
   * operator.go addSkippedNodeOutputsToScope (v4.0.7+): a Skipped/Omitted producer's declared outputs resolve
   * to their valueFrom.default, else to an absent optional (null: a terminal error when substituted).
   */
  private addSkippedNodeOutputsToScope(scope: Scope, prefix: string, node: NodeStatus, task: Obj): void {
    if (node.phase !== 'Skipped' && node.phase !== 'Omitted') return;
    const tmpl = this.templates.get(task.template);
    for (const p of (tmpl?.outputs?.parameters ?? []) as Obj[]) {
      const key = `${prefix}.outputs.parameters.${p.name}`;
      if (scope[key] !== undefined) continue;
      scope[key] = p.valueFrom?.default !== undefined ? String(p.valueFrom.default) : null;
    }
  }

  /** operator.go processAggregateNodeOutputs. */
  private processAggregate(scope: Scope, prefix: string, children: NodeStatus[]): void {
    const kids = children.filter((c) => !c.nodeFlag?.hooked && !c.nodeFlag?.retried).sort((a, b) => loopIndex(a.name) - loopIndex(b.name));
    if (!kids.length) return;
    const paramList: Record<string, string>[] = [];
    const lists: Record<string, string[]> = {};
    const results: unknown[] = [];
    for (const n of kids) {
      const src = this.retryLastChild(n) ?? n;
      if (!src.outputs || n.phase !== 'Succeeded') continue;
      if (src.outputs.parameters?.length) {
        const m: Record<string, string> = {};
        for (const p of src.outputs.parameters) {
          m[p.name] = p.value;
          (lists[p.name] ??= []).push(p.value);
        }
        paramList.push(m);
      }
      if (src.outputs.result !== undefined) {
        try {
          results.push(JSON.parse(src.outputs.result));
        } catch {
          throw new ArgoErr('Other', `invalid character in result of ${n.name}`);
        }
      }
    }
    scope[`${prefix}.outputs.result`] = JSON.stringify(results);
    scope[`${prefix}.outputs.parameters`] = JSON.stringify(paramList);
    for (const [k, vs] of Object.entries(lists)) {
      let parsed: unknown[] | undefined = [];
      for (const v of vs) {
        try {
          const x = JSON.parse(v);
          if (x && typeof x === 'object') parsed!.push(x);
          else {
            parsed = undefined;
            break;
          }
        } catch {
          parsed = undefined;
          break;
        }
      }
      scope[`${prefix}.outputs.parameters.${k}`] = JSON.stringify(parsed ?? vs);
    }
  }

  /** dag.go resolveDependencyReferences: `when` is resolved and evaluated before the rest of the task. */
  private resolveDependencyReferences(d: DagCtx, task: Obj): Obj {
    // Once every ancestor is fulfilled the result cannot change (same task, same scope): computed once.
    const key = `${d.boundaryID}\u0000${this.globalsVersion}`;
    let byKey = this.resolvedCache.get(task);
    const hit = byKey?.get(key);
    if (hit) return hit;
    this.scopeFinal = true;
    const out = this.resolveDependencyReferencesNow(d, task);
    if (this.scopeFinal) {
      if (!byKey) this.resolvedCache.set(task, (byKey = new Map()));
      byKey.set(key, deepFreeze(out));
    }
    return out;
  }

  private resolveDependencyReferencesNow(d: DagCtx, task: Obj): Obj {
    const scope = this.buildLocalScopeFromTask(d, task);
    const merged: Scope = { ...this.globalScope(), ...scope };
    const temp: Obj = { ...task };
    const hooks = temp.hooks;
    delete temp.hooks;
    if (temp.when) {
      let resolvedWhen: string;
      try {
        resolvedWhen = replaceObject(temp.when as string, merged, ['tasks', 'steps']);
      } catch (e) {
        if (e instanceof TemplateError && e.missing) throw new ArgoErr('Requeue', e.message);
        throw e;
      }
      const [proceed, err] = shouldExecute(resolvedWhen);
      if (err) {
        // "it might be because our when clause contains a task-expansion parameter (e.g. {{item}})"
        if (!(temp.withItems?.length || temp.withParam || temp.withSequence)) throw new Error(err);
      } else if (!proceed) {
        return { ...temp, when: resolvedWhen, ...(hooks ? { hooks } : {}) };
      }
    }
    markAbsentOptionalArgs(temp, merged);
    let out: Obj;
    try {
      out = replaceObject(temp, merged, ['tasks', 'steps']);
    } catch (e) {
      if (e instanceof TemplateError && e.missing) throw new ArgoErr('Requeue', e.message);
      throw e;
    }
    if (hooks) out.hooks = hooks;
    return out;
  }

  // ---------------------------------------------------------------- steps (steps.go)

  private executeSteps(nodeName: string, tmpl: Obj, holder: Holder, opts: Opts): [NodeStatus, ArgoErr | undefined] {
    let node = this.getNodeByName(nodeName);
    if (!node) node = this.initializeExecutableNode(nodeName, 'Steps', tmpl, holder, opts.boundaryID, 'Running', opts.nodeFlag);
    const scope: Scope = {};
    for (const [k, v] of Object.entries(this.wfOutputs)) scope[`workflow.outputs.parameters.${k}`] = v;
    const groups = tmpl.steps as Obj[][];
    for (let i = 0; i < groups.length; i++) {
      const group = Array.isArray(groups[i]) ? groups[i]! : ((groups[i] as Obj).steps as Obj[]);
      const sgNodeName = `${nodeName}[${i}]`;
      const sg0 = this.getNodeByName(sgNodeName);
      if (!sg0) this.initializeNode(sgNodeName, 'StepGroup', undefined, node.id, 'Running');
      else if (!fulfilled(sg0.phase)) this.markNodePhase(sg0, 'Running');
      if (i === 0) this.addChildNode(nodeName, sgNodeName);
      else {
        const prevName = `${nodeName}[${i - 1}]`;
        const prev = this.getNodeByName(prevName)!;
        if (!prev.children?.length) this.addChildNode(prevName, sgNodeName);
        else for (const c of prev.children) for (const o of this.getOutboundNodes(c)) this.addChildNode(this.nodes[o]!.name, sgNodeName);
      }
      const sg = this.executeStepGroup(group, sgNodeName, node.id, scope, Boolean(opts.onExitTemplate));
      if (!fulfilled(sg.phase)) return [node, undefined];
      if (failedOrError(sg.phase)) {
        this.updateStepsOutbound(nodeName, groups.length, node);
        return [this.markNodePhase(node, 'Failed', sg.message ?? ''), undefined];
      }
      for (const step of group) {
        const childName = `${sgNodeName}.${step.name}`;
        const child = this.getNodeByName(childName);
        if (!child) {
          const kids = this.inBoundary(node!.id).filter((n) => n.name.startsWith(`${childName}(`) && n.type !== 'Skipped');
          this.processAggregate(scope, `steps.${step.name}`, kids);
          this.buildLocalScope(scope, `steps.${step.name}`, sg);
        } else {
          this.buildLocalScope(scope, `steps.${step.name}`, child);
          this.addSkippedNodeOutputsToScope(scope, `steps.${step.name}`, child, step);
        }
      }
    }
    this.updateStepsOutbound(nodeName, groups.length, node);
    try {
      const outputs = this.templateOutputs(tmpl, scope);
      if (outputs) this.setField(node, 'outputs', outputs);
    } catch (e) {
      return [this.markNodePhase(node, 'Error', (e as Error).message), undefined];
    }
    return [this.markNodePhase(node, 'Succeeded'), undefined];
  }

  private updateStepsOutbound(nodeName: string, count: number, node: NodeStatus): void {
    for (let i = count - 1; i >= 0; i--) {
      const sg = this.getNodeByName(`${nodeName}[${i}]`);
      if (sg) {
        this.setField(node, 'outboundNodes', (sg.children ?? []).flatMap((c) => this.getOutboundNodes(c)));
        return;
      }
    }
  }

  private executeStepGroup(group: Obj[], sgNodeName: string, boundaryID: string, scope: Scope, onExitTemplate: boolean): NodeStatus {
    let node = this.getNodeByName(sgNodeName)!;
    if (fulfilled(node.phase) && this.childrenFulfilled(node)) return node;
    let resolved: Obj[];
    try {
      resolved = group.map((s) => this.resolveStepReferences(s, scope));
    } catch (e) {
      if (e instanceof ArgoErr && e.kind === 'Requeue') return node;
      return this.markNodePhase(node, 'Error', `failed to resolve references: ${(e as Error).message}`);
    }
    // expandStepGroup
    const expanded: Obj[] = [];
    try {
      for (const step of resolved) {
        if (!(step.withItems?.length || step.withParam || step.withSequence)) {
          expanded.push(step);
          continue;
        }
        const items = expandTask(step, scope);
        if (items.length === 0) {
          const childName = `${sgNodeName}.${step.name}`;
          if (!this.getNodeByName(childName)) {
            this.initializeNode(childName, 'Skipped', step, boundaryID, 'Skipped', undefined, 'Skipped, empty params');
            this.addChildNode(sgNodeName, childName);
          }
        }
        expanded.push(...items);
      }
    } catch (e) {
      return this.markNodePhase(node, 'Error', (e as Error).message);
    }
    const nodeSteps = new Map<string, Obj>();
    for (const step of expanded) {
      const childName = `${sgNodeName}.${step.name}`;
      const [proceed, err] = shouldExecute(step.when);
      if (err) {
        if (!this.getNodeByName(childName)) this.initializeNode(childName, 'Skipped', step, boundaryID, 'Error', undefined, err);
        this.addChildNode(sgNodeName, childName);
        return this.markNodePhase(node, 'Error', err);
      }
      if (!proceed) {
        if (!this.getNodeByName(childName)) {
          this.initializeNode(childName, 'Skipped', step, boundaryID, 'Skipped', undefined, `when '${step.when}' evaluated false`);
          this.addChildNode(sgNodeName, childName);
        }
        continue;
      }
      const [child, cerr] = this.executeTemplate(childName, { template: step.template, templateRef: step.templateRef, name: step.name, kind: 'step', arguments: step.arguments }, step.arguments ?? {}, { boundaryID, onExitTemplate });
      if (cerr) {
        if (cerr.kind === 'Deadline') return node;
        if (cerr.kind === 'Timeout') return this.markNodePhase(node, 'Failed', cerr.message);
        if (cerr.kind !== 'Parallelism' && cerr.kind !== 'MaxDepth') {
          this.addChildNode(sgNodeName, childName);
          return this.markNodePhase(node, 'Error', `step group deemed errored due to child ${childName} error: ${cerr.message}`);
        }
      }
      if (child) {
        nodeSteps.set(childName, step);
        this.addChildNode(sgNodeName, childName);
      }
    }
    node = this.getNodeByName(sgNodeName)!;
    let done = true;
    for (const c of node.children ?? []) {
      const child = this.nodes[c]!;
      if (!fulfilled(child.phase)) done = false;
      else if (completed(child.phase)) {
        const step = nodeSteps.get(child.name);
        if (step) {
          const [has, on] = this.runTaskOnExit(undefined, step, child, step.name, boundaryID, onExitTemplate);
          if (has && (!on || !fulfilled(on.phase))) done = false;
        }
      }
    }
    if (!done) return fulfilled(node.phase) ? this.markNodePhase(node, 'Running') : node;
    for (const c of node.children ?? []) {
      const child = this.nodes[c]!;
      const step = nodeSteps.get(child.name) ?? {};
      const continues = (child.phase === 'Failed' && step.continueOn?.failed) || (child.phase === 'Error' && step.continueOn?.error);
      if (failedOrError(child.phase) && !continues) return this.markNodePhase(node, 'Failed', `child '${c}' failed`);
    }
    return this.markNodePhase(node, 'Succeeded');
  }

  /** steps.go resolveReferences (one step). */
  private resolveStepReferences(step: Obj, scope: Scope): Obj {
    const merged: Scope = { ...this.globalScope(), ...scope };
    const s: Obj = { ...step };
    const hooks = s.hooks;
    delete s.hooks;
    if (s.when) {
      let resolvedWhen: string;
      try {
        resolvedWhen = replaceObject(s.when as string, merged, ['steps', 'tasks']);
      } catch (e) {
        if (e instanceof TemplateError && e.missing) throw new ArgoErr('Requeue', e.message);
        throw e;
      }
      const [proceed, err] = shouldExecute(resolvedWhen);
      if (err) {
        if (!(s.withItems?.length || s.withParam || s.withSequence)) throw new Error(err);
      } else if (!proceed) return { ...s, when: resolvedWhen, ...(hooks ? { hooks } : {}) };
    }
    markAbsentOptionalArgs(s, merged);
    let out: Obj;
    try {
      out = replaceObject(s, merged, ['steps', 'tasks']);
    } catch (e) {
      if (e instanceof TemplateError && e.missing) throw new ArgoErr('Requeue', e.message);
      throw e;
    }
    if (hooks) out.hooks = hooks;
    return out;
  }
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

function humanize(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} seconds` : s < 3600 ? `${Math.round(s / 60)} minutes` : `${Math.round(s / 3600)} hours`;
}

/** workflow_types.go RetryStrategy.RetryPolicyActual. */
function retryPolicyActual(rs: Obj): string {
  if (rs.retryPolicy) return rs.retryPolicy;
  return rs.expression ? 'Always' : 'OnFailure';
}

function loopIndex(name: string): number {
  const m = /\((\d+):/.exec(name.slice(name.lastIndexOf('(') >= 0 ? name.search(/\(\d+:[^()]*\)$/) : 0));
  return m ? Number(m[1]) : 0;
}

function evalExprSafe(src: string, scope: Scope): unknown {
  try {
    return evalExpr(src, funcMap(scope));
  } catch {
    return undefined;
  }
}

/**
 * scope.go markAbsentOptionalArgs: an argument that is exactly one `{{tasks|steps.X.outputs.parameters.Y}}` whose
 * value is an absent optional becomes a sentinel, so the consumed template's input default applies.
 */
function markAbsentOptionalArgs(task: Obj, scope: Scope): void {
  const params = task.arguments?.parameters as Obj[] | undefined;
  if (!params) return;
  task.arguments = {
    ...task.arguments,
    parameters: params.map((p) => {
      const m = typeof p.value === 'string' ? /^\{\{\s*((?:tasks|steps)\.[^{}]+?)\s*\}\}$/.exec(p.value) : null;
      return m && Object.prototype.hasOwnProperty.call(scope, m[1]!) && scope[m[1]!] === null ? { ...p, value: ABSENT } : p;
    }),
  };
}

/** dag.go expandTask / steps.go expandStep + operator.go processItem + generateNodeName + expandSequence. */
function expandTask(task: Obj, scope: Scope): Obj[] {
  let items: unknown[] | undefined;
  if (task.withItems?.length) items = task.withItems;
  else if (task.withParam) {
    try {
      const v = JSON.parse(task.withParam);
      if (!Array.isArray(v)) throw new Error('json: cannot unmarshal into Go value of type []wfv1.Item');
      items = v;
    } catch (e) {
      const [must, mustErr] = shouldExecute(task.when);
      if (mustErr || must) throw new Error(`withParam value could not be parsed as a JSON list: ${String(task.withParam).trim()}: ${(e as Error).message}`);
      items = [];
    }
  } else if (task.withSequence) {
    const seq = task.withSequence;
    const start = seq.start !== undefined ? Number(seq.start) : 0;
    let end: number;
    if (seq.end !== undefined) end = Number(seq.end);
    else if (seq.count !== undefined) {
      if (Number(seq.count) === 0) return [];
      end = start + Number(seq.count) - 1;
    } else throw new Error('neither end nor count was specified in withSequence');
    items = [];
    if (start <= end) for (let i = start; i <= end; i++) items.push(String(i));
    else for (let i = start; i >= end; i--) items.push(String(i));
  } else return [task];
  const base: Obj = { ...task };
  delete base.withItems;
  delete base.withParam;
  delete base.withSequence;
  const text = JSON.stringify(base);
  const [proceed, whenErr] = shouldExecute(task.when);
  const lenient = !whenErr && !proceed;
  return items!.map((item, i) => {
    const rep: Scope = { ...scope };
    let desc: string;
    if (item === null) throw new Error(`withItems[${i}] expected string, number, list, or map. received: null`);
    if (typeof item === 'number' || typeof item === 'boolean') {
      rep.item = String(item);
      desc = String(item);
    } else if (typeof item === 'string') {
      rep.item = item;
      desc = item;
    } else if (Array.isArray(item)) {
      rep.item = JSON.stringify(item);
      desc = `[${item.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' ')}]`;
    } else {
      const vals: string[] = [];
      for (const [k, v] of Object.entries(item as Obj)) {
        const sv = typeof v === 'string' ? v : typeof v === 'object' && v !== null ? goFormat(v) : String(v);
        rep[`item.${k}`] = sv;
        vals.push(`${k}:${sv}`);
      }
      rep.item = JSON.stringify(sortKeys(item as Obj));
      desc = vals.sort().join(',');
    }
    if (lenient) for (const k of Object.keys(rep)) if (rep[k] === null) delete rep[k];
    const out = JSON.parse(replaceText(text, rep, lenient ? undefined : 'all')) as Obj;
    out.name = `${task.name}(${i}:${desc.replace(/[()]/g, '')})`;
    out.template = task.template;
    return out;
  });
}

function sortKeys(o: Obj): Obj {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k] && typeof o[k] === 'object' && !Array.isArray(o[k]) ? sortKeys(o[k]) : o[k]]));
}

/** fmt.Sprintf("%v") of a decoded JSON map/list, as processItem prints nested values. */
function goFormat(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(goFormat).join(' ')}]`;
  if (v && typeof v === 'object') return `map[${Object.keys(v).sort().map((k) => `${k}:${goFormat((v as Obj)[k])}`).join(' ')}]`;
  return String(v);
}

export { EXPR_KEYWORDS, ExprError };
