/**
 * An Argo-semantics runner for tests: executes a submitted Workflow the way the controller would and keeps
 * its `status` up to date in the fake API server, so the real poller sees it.
 *
 * Covered: DAG `depends` expressions (Succeeded/Failed/Errored/Skipped/Omitted, `&&`, `||`, `!`, parens),
 * Omitted propagation, `withParam` fan-out (TaskGroup, `name(i:item)` children, empty lists), `when`
 * (govaluate subset: `'a' == 'b'`, `!=`, `true`/`false`, `&&`, `||`), `retryStrategy.limit` (Retry nodes,
 * `{{retries}}`), the DAG phase rule of the controller (targets = leaves, Omitted inherit, Failed preferred,
 * failFast), `spec.onExit` exit handlers, `spec.shutdown: Stop`, output parameters from `valueFrom.path`
 * (with `default`), and `{{workflow.parameters.*}}`, `{{workflow.uid}}`, `{{workflow.name}}`,
 * `{{inputs.parameters.*}}`, `{{tasks.X.outputs.parameters.*}}`, `{{item}}` substitution.
 *
 * Containers run as local processes: the image's `runnable` command becomes `node <cli>`; the working
 * directory is a fresh copy of the project (the "image"); every volume mount path is mapped to a temp folder
 * standing in for the PVC by rewriting the config file the pod receives (`--config-file`): strings in it that
 * start with a mount path are redirected. Output-parameter paths get a per-pod file.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { FakeKubeApi } from './fake-kube-api.js';

type Obj = Record<string, any>;
type Phase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Error' | 'Skipped' | 'Omitted';

export interface RunnerOptions {
  api: FakeKubeApi;
  /** The project directory (copied per pod). */
  projectDir: string;
  /** node + CLI replacing the image's `runnable`. */
  cli: string[];
  /** Extra env for every pod. */
  env?: Record<string, string>;
  /** Max concurrent pods. @default 4 */
  parallelism?: number;
  /** Copy the project per pod (faithful) or run in the project dir itself. @default true */
  isolate?: boolean;
  /** Where volume folders (the PVCs) are created: `<pvcRoot>/<volume name>`; kept after the run. @default a temp dir removed at the end */
  pvcRoot?: string;
  /** Called with each pod's command and result (debugging). */
  onPod?: (p: { node: string; argv: string[]; code: number; stdout: string; stderr: string }) => void;
}

interface NodeStatus {
  id: string;
  name: string;
  displayName: string;
  type: string;
  templateName?: string;
  phase: Phase;
  boundaryID?: string;
  message?: string;
  startedAt?: string;
  finishedAt?: string;
  children?: string[];
  inputs?: { parameters: { name: string; value: string }[] };
  outputs?: { parameters?: { name: string; value: string }[]; exitCode?: string };
}

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return String(h);
}

export class ArgoRunner {
  private wf!: Obj;
  private ns!: string;
  private nodes: Record<string, NodeStatus> = {};
  private templates = new Map<string, Obj>();
  private running = 0;
  private queue: (() => void)[] = [];
  private work!: string;
  private image!: string;
  private pvc = new Map<string, string>();
  private dirty = false;
  private flushing?: Promise<void>;
  podCount = 0;

  constructor(private readonly opts: RunnerOptions) {}

  /** Runs workflow `name` to completion; resolves with the final phase. */
  async run(ns: string, name: string): Promise<string> {
    this.ns = ns;
    this.wf = this.opts.api.get(ns, name)!;
    this.work = mkdtempSync(path.join(os.tmpdir(), 'argo-runner-'));
    this.image = path.join(this.work, 'image');
    if (this.opts.isolate !== false) cpSync(this.opts.projectDir, this.image, { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) && !src.includes(`${path.sep}.run_log_store`) && !src.includes(`${path.sep}.catalog`) });
    for (const t of this.wf.spec.templates as Obj[]) this.templates.set(t.name, t);
    this.wf.status = { phase: 'Running', startedAt: now(), nodes: {} };
    await this.flush(true);
    const args: Record<string, string> = {};
    for (const p of (this.wf.spec.arguments?.parameters ?? []) as Obj[]) args[p.name] = this.subst(String(p.value ?? ''), {});
    this.globals = { 'workflow.name': name, 'workflow.uid': this.wf.metadata.uid, 'workflow.namespace': ns };
    for (const [k, v] of Object.entries(args)) this.globals[`workflow.parameters.${k}`] = v;
    const entry = await this.execTemplate(this.wf.spec.entrypoint, name, {}, undefined, name);
    let phase: Phase = entry.phase === 'Succeeded' ? 'Succeeded' : entry.phase === 'Error' ? 'Error' : 'Failed';
    if (this.wf.spec.onExit) {
      this.globals['workflow.status'] = phase;
      const exit = await this.execTemplate(this.wf.spec.onExit, `${name}.onExit`, {}, undefined, `${name}.onExit`);
      if (exit.phase !== 'Succeeded' && phase === 'Succeeded') phase = 'Failed';
    }
    const stopped = this.opts.api.get(ns, name)?.spec?.shutdown;
    const status = this.wf.status;
    status.phase = phase;
    status.finishedAt = now();
    if (stopped) status.message = `Stopped with strategy '${stopped}'`;
    else if (phase !== 'Succeeded') status.message = entry.message ?? 'child failed';
    await this.flush(true, { 'workflows.argoproj.io/completed': 'true', 'workflows.argoproj.io/phase': phase });
    rmSync(this.work, { recursive: true, force: true });
    return phase;
  }

  private globals: Record<string, string> = {};

  private shutdown(): boolean {
    return Boolean(this.opts.api.get(this.ns, this.wf.metadata.name)?.spec?.shutdown);
  }

  private node(name: string, displayName: string, type: string, o: Partial<NodeStatus> = {}): NodeStatus {
    const id = name === this.wf.metadata.name ? name : `${this.wf.metadata.name}-${fnv(name)}`;
    const n: NodeStatus = { id, name, displayName, type, phase: 'Running', startedAt: now(), ...o };
    this.nodes[id] = n;
    this.touch();
    return n;
  }

  private finish(n: NodeStatus, phase: Phase, message?: string): NodeStatus {
    n.phase = phase;
    if (message) n.message = message;
    n.finishedAt = now();
    this.touch();
    return n;
  }

  private link(parent: NodeStatus | undefined, child: NodeStatus): void {
    if (!parent) return;
    (parent.children ??= []).includes(child.id) || parent.children.push(child.id);
  }

  private touch(): void {
    this.dirty = true;
    void this.flush(false);
  }

  private async flush(force: boolean, labels?: Record<string, string>): Promise<void> {
    if (this.flushing && !force) return;
    while (this.flushing) await this.flushing;
    if (!this.dirty && !force) return;
    this.flushing = (async () => {
      await new Promise((r) => setTimeout(r, force ? 0 : 20));
      this.dirty = false;
      const status = { ...this.wf.status, nodes: structuredClone(this.nodes) };
      const done = Object.values(this.nodes).filter((n) => n.type === 'Pod' && n.phase !== 'Running' && n.phase !== 'Pending').length;
      status.progress = `${done}/${Object.values(this.nodes).filter((n) => n.type === 'Pod').length}`;
      this.opts.api.setStatus(this.ns, this.wf.metadata.name, status, labels ?? { 'workflows.argoproj.io/completed': 'false', 'workflows.argoproj.io/phase': 'Running' });
    })();
    await this.flushing;
    this.flushing = undefined;
  }

  /** `{{...}}` substitution; unresolved tags are left as they are. */
  private subst(text: string, scope: Record<string, string>): string {
    return text.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (m, key: string) => scope[key] ?? this.globals[key] ?? m);
  }

  private deepSubst<T>(v: T, scope: Record<string, string>): T {
    if (typeof v === 'string') return this.subst(v, scope) as T;
    if (Array.isArray(v)) return v.map((x) => this.deepSubst(x, scope)) as T;
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.deepSubst(x, scope)])) as T;
    return v;
  }

  private async execTemplate(tmplName: string, nodeName: string, args: Record<string, string>, boundary: string | undefined, displayName: string, parent?: NodeStatus): Promise<NodeStatus> {
    const tmpl = this.templates.get(tmplName);
    if (!tmpl) throw new Error(`template ${tmplName} not found`);
    const inputs: Record<string, string> = {};
    for (const p of (tmpl.inputs?.parameters ?? []) as Obj[]) {
      const v = args[p.name] ?? p.value ?? p.default;
      if (v === undefined) throw new Error(`input ${p.name} of ${tmplName} not supplied`);
      inputs[`inputs.parameters.${p.name}`] = String(v);
    }
    const inputParams = (tmpl.inputs?.parameters ?? []).map((p: Obj) => ({ name: p.name, value: inputs[`inputs.parameters.${p.name}`]! }));
    if (tmpl.dag) {
      const n = this.node(nodeName, displayName, 'DAG', { templateName: tmplName, boundaryID: boundary, ...(inputParams.length ? { inputs: { parameters: inputParams } } : {}) });
      this.link(parent, n);
      return this.execDag(tmpl, n, inputs);
    }
    if (tmpl.container) {
      const limit = Number(tmpl.retryStrategy?.limit ?? 0);
      if (limit > 0) {
        const r = this.node(nodeName, displayName, 'Retry', { templateName: tmplName, boundaryID: boundary, inputs: { parameters: inputParams } });
        this.link(parent, r);
        let last: NodeStatus | undefined;
        for (let i = 0; i <= limit; i++) {
          if (i > 0 && this.shutdown()) break;
          last = await this.execPod(tmpl, `${nodeName}(${i})`, `${displayName}(${i})`, { ...inputs, retries: String(i) }, boundary, inputParams, r);
          if (last.phase === 'Succeeded') break;
        }
        r.outputs = last?.outputs;
        return this.finish(r, last?.phase ?? 'Failed', last?.phase === 'Succeeded' ? undefined : i18nRetries(last));
      }
      return this.execPod(tmpl, nodeName, displayName, inputs, boundary, inputParams, parent);
    }
    if (tmpl.suspend) {
      const n = this.node(nodeName, displayName, 'Suspend', { templateName: tmplName, boundaryID: boundary });
      this.link(parent, n);
      return this.finish(n, 'Succeeded');
    }
    throw new Error(`template type of ${tmplName} not supported by the runner`);
  }

  private async execPod(tmpl: Obj, nodeName: string, displayName: string, scope: Record<string, string>, boundary: string | undefined, inputParams: { name: string; value: string }[], parent?: NodeStatus): Promise<NodeStatus> {
    const n = this.node(nodeName, displayName, 'Pod', { templateName: tmpl.name, boundaryID: boundary, phase: 'Pending', inputs: { parameters: inputParams } });
    this.link(parent, n);
    if (this.shutdown()) return this.finish(n, 'Failed', 'workflow shutdown with strategy: Stop');
    await this.acquire();
    try {
      n.phase = 'Running';
      this.touch();
      this.podCount++;
      const c = this.deepSubst(tmpl.container as Obj, scope);
      const pod = mkdtempSync(path.join(this.work, 'pod-'));
      const cwd = this.opts.isolate === false ? this.opts.projectDir : path.join(pod, 'work');
      if (this.opts.isolate !== false) cpSync(this.image, cwd, { recursive: true });
      // Volumes: every mount path maps to one shared temp folder per volume (the PVC).
      const mounts: [string, string][] = ((c.volumeMounts ?? []) as Obj[]).map((m) => {
        if (!this.pvc.has(m.name)) {
          const d = path.join(this.opts.pvcRoot ?? path.join(this.work, 'pvc'), m.name);
          mkdirSync(d, { recursive: true });
          this.pvc.set(m.name, d);
        }
        return [String(m.mountPath).replace(/\/+$/, ''), this.pvc.get(m.name)!];
      });
      const outFiles = new Map<string, string>();
      for (const o of (tmpl.outputs?.parameters ?? []) as Obj[]) if (o.valueFrom?.path) outFiles.set(o.valueFrom.path, path.join(pod, `out-${o.name}`));
      const argv: string[] = [...(c.command ?? []), ...(c.args ?? [])].map((a: string) => outFiles.get(a) ?? a);
      if (argv[0] === 'runnable') argv.splice(0, 1, ...this.opts.cli);
      const ci = argv.indexOf('--config-file');
      if (ci >= 0 && mounts.length) {
        const file = path.resolve(cwd, argv[ci + 1]!);
        const rewritten = rewritePaths(parse(readFileSync(file, 'utf8')), mounts);
        const target = path.join(pod, 'config.yaml');
        writeFileSync(target, stringify(rewritten));
        argv[ci + 1] = target;
      }
      const env: Record<string, string> = { ...(process.env as Record<string, string>), ...(this.opts.env ?? {}) };
      for (const e of (c.env ?? []) as Obj[]) {
        if (e.value !== undefined) env[e.name] = String(e.value);
        else if (e.valueFrom?.secretKeyRef) env[e.name] = this.opts.env?.[`SECRET_${e.valueFrom.secretKeyRef.name}_${e.valueFrom.secretKeyRef.key}`] ?? '';
      }
      const { code, stdout, stderr } = await runProcess(argv, cwd, env);
      this.opts.onPod?.({ node: nodeName, argv, code, stdout, stderr });
      const params: { name: string; value: string }[] = [];
      for (const o of (tmpl.outputs?.parameters ?? []) as Obj[]) {
        const f = outFiles.get(o.valueFrom?.path);
        if (f && existsSync(f)) params.push({ name: o.name, value: readFileSync(f, 'utf8').trim() });
        else if (o.valueFrom?.default !== undefined) params.push({ name: o.name, value: String(o.valueFrom.default) });
        else return this.finish(n, 'Error', `output parameter ${o.name} not found`);
      }
      n.outputs = { exitCode: String(code), ...(params.length ? { parameters: params } : {}) };
      return this.finish(n, code === 0 ? 'Succeeded' : 'Failed', code === 0 ? undefined : `Error (exit code ${code})`);
    } finally {
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    if (this.running < (this.opts.parallelism ?? 4)) {
      this.running++;
      return;
    }
    await new Promise<void>((r) => this.queue.push(r));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.running--;
  }

  private async execDag(tmpl: Obj, dagNode: NodeStatus, inputs: Record<string, string>): Promise<NodeStatus> {
    const tasks = tmpl.dag.tasks as Obj[];
    const byName = new Map(tasks.map((t) => [t.name as string, t]));
    const deps = new Map(tasks.map((t) => [t.name as string, t.depends ? dependsNames(t.depends) : []]));
    const result = new Map<string, NodeStatus>();
    const pending = new Map<string, Promise<void>>();
    const failFast = tmpl.dag.failFast !== false;
    const leaves = tasks.map((t) => t.name as string).filter((n) => ![...deps.values()].some((d) => d.includes(n)));
    const taskScope = (): Record<string, string> => {
      const s: Record<string, string> = { ...inputs };
      for (const [name, n] of result) for (const p of n.outputs?.parameters ?? []) s[`tasks.${name}.outputs.parameters.${p.name}`] = p.value;
      return s;
    };
    const outbound = (n: NodeStatus): NodeStatus[] => [n];
    const start = (name: string): void => {
      const task = byName.get(name)!;
      const nodeName = `${dagNode.name}.${name}`;
      const parents = deps.get(name)!.map((d) => result.get(d)!);
      const attach = (child: NodeStatus) => {
        if (parents.length === 0) this.link(dagNode, child);
        else for (const p of parents) for (const o of outbound(p)) this.link(o, child);
      };
      if (task.depends) {
        const ok = evalDepends(task.depends, (t) => resultsOf(result.get(t)!));
        if (!ok || this.shutdown()) {
          const n = this.node(nodeName, name, 'Skipped', { boundaryID: dagNode.id, templateName: task.template });
          attach(n);
          result.set(name, this.finish(n, 'Omitted', 'omitted: depends condition not met'));
          return;
        }
      }
      const p = (async () => {
        const scope = taskScope();
        const argsOf = (extra: Record<string, string>) => Object.fromEntries(((task.arguments?.parameters ?? []) as Obj[]).map((a) => [a.name, this.subst(String(a.value ?? ''), { ...scope, ...extra })]));
        if (task.withParam) {
          const raw = this.subst(task.withParam, scope);
          let items: unknown[];
          try {
            items = JSON.parse(raw);
            if (!Array.isArray(items)) throw new Error('not a list');
          } catch {
            const n = this.node(nodeName, name, 'Skipped', { boundaryID: dagNode.id });
            attach(n);
            result.set(name, this.finish(n, 'Error', `withParam value could not be parsed as a JSON list: ${raw}`));
            return;
          }
          const group = this.node(nodeName, name, 'TaskGroup', { boundaryID: dagNode.id, templateName: task.template });
          attach(group);
          const children = await Promise.all(
            items.map(async (item, i) => {
              const itemText = typeof item === 'string' ? item : JSON.stringify(item);
              const extra = { item: itemText };
              const childName = `${nodeName}(${i}:${itemText})`;
              if (task.when && !evalWhen(this.subst(this.subst(task.when, extra), scope))) {
                const sk = this.node(childName, `${name}(${i}:${itemText})`, 'Skipped', { boundaryID: dagNode.id, templateName: task.template });
                this.link(group, sk);
                return this.finish(sk, 'Skipped', `when '${task.when}' evaluated false`);
              }
              return this.execTemplate(task.template, childName, argsOf(extra), dagNode.id, `${name}(${i}:${itemText})`, group);
            }),
          );
          const failed = children.find((c) => c.phase === 'Failed' || c.phase === 'Error');
          result.set(name, this.finish(group, failed ? failed.phase : 'Succeeded'));
          return;
        }
        if (task.when && !evalWhen(this.subst(task.when, scope))) {
          const n = this.node(nodeName, name, 'Skipped', { boundaryID: dagNode.id, templateName: task.template });
          attach(n);
          result.set(name, this.finish(n, 'Skipped', `when '${task.when}' evaluated false`));
          return;
        }
        const holder: NodeStatus = { id: '', name: '', displayName: '', type: '', phase: 'Running' };
        const n = await this.execTemplate(task.template, nodeName, argsOf({}), dagNode.id, name, holder);
        // attach the real node to the parents
        attach(n);
        result.set(name, n);
      })();
      pending.set(name, p);
    };
    // Schedule: a task starts when all its dependencies are fulfilled.
    const started = new Set<string>();
    for (;;) {
      let progressed = false;
      for (const t of tasks) {
        const name = t.name as string;
        if (started.has(name)) continue;
        if (deps.get(name)!.every((d) => result.has(d))) {
          started.add(name);
          start(name);
          progressed = true;
        }
      }
      if (started.size === tasks.length && [...pending.keys()].every((k) => result.has(k))) break;
      const waiting = [...pending.entries()].filter(([k]) => !result.has(k)).map(([, p]) => p);
      if (!waiting.length && !progressed) break;
      if (waiting.length) await Promise.race(waiting);
      // Early fail-fast decision: stop scheduling when a target failed.
      if (failFast && leaves.some((l) => result.get(l) && ['Failed', 'Error'].includes(result.get(l)!.phase))) {
        await Promise.all(pending.values());
        break;
      }
    }
    await Promise.all(pending.values());
    const phase = assessDagPhase(dagNode, this.nodes, leaves.map((l) => result.get(l)).filter((n): n is NodeStatus => Boolean(n)), failFast);
    return this.finish(dagNode, phase, phase === 'Succeeded' ? undefined : 'child failed');
  }
}

function i18nRetries(last?: NodeStatus): string {
  return last?.message ? `No more retries left: ${last.message}` : 'No more retries left';
}

/** The controller's assessDAGPhase: BFS from the DAG's children carrying a branch phase. */
function assessDagPhase(dag: NodeStatus, nodes: Record<string, NodeStatus>, targets: NodeStatus[], failFast: boolean): Phase {
  const targetPhase = new Map<string, Phase | ''>(targets.map((t) => [t.id, '']));
  const queue: [string, Phase][] = (dag.children ?? []).map((c) => [c, 'Succeeded']);
  const seen = new Set<string>();
  while (queue.length) {
    const [id, inherited] = queue.shift()!;
    const key = `${id}-${inherited}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const n = nodes[id];
    if (!n) continue;
    let branch = inherited;
    if (['Succeeded', 'Failed', 'Error'].includes(n.phase)) branch = n.phase;
    if (targetPhase.has(id)) {
      const prev = targetPhase.get(id);
      if (prev !== 'Failed' && prev !== 'Error') targetPhase.set(id, branch);
    }
    for (const c of n.children ?? []) queue.push([c, branch]);
  }
  let result: Phase = 'Succeeded';
  for (const t of targets) {
    const p = targetPhase.get(t.id) || t.phase;
    if (p === 'Failed' || p === 'Error') {
      result = p;
      if (failFast) break;
    }
  }
  return result;
}

function resultsOf(n: NodeStatus): Set<string> {
  const s = new Set<string>();
  const p = n.phase;
  if (p === 'Succeeded') s.add('Succeeded');
  if (p === 'Failed') s.add('Failed');
  if (p === 'Error') s.add('Errored');
  if (p === 'Skipped') s.add('Skipped');
  if (p === 'Omitted') s.add('Omitted');
  return s;
}

function dependsNames(expr: string): string[] {
  return [...new Set([...expr.matchAll(/([A-Za-z0-9_-]+)(?:\.[A-Za-z]+)?/g)].map((m) => m[1]!))];
}

/** Evaluates an Argo `depends` expression. A bare name means Succeeded || Skipped || Daemoned. */
export function evalDepends(expr: string, results: (task: string) => Set<string>): boolean {
  const js = expr.replace(/([A-Za-z0-9_-]+)(?:\.([A-Za-z]+))?/g, (_m, t: string, r?: string) => {
    const s = results(t);
    const v = r ? s.has(r) || (r === 'AnySucceeded' && s.has('Succeeded')) || (r === 'AllFailed' && s.has('Failed')) : s.has('Succeeded') || s.has('Skipped');
    return v ? 'true' : 'false';
  });
  if (!/^[\s()!&|truefals]*$/.test(js)) throw new Error(`bad depends ${expr}`);
  return Boolean(new Function(`return (${js});`)());
}

/** govaluate subset for `when`. */
export function evalWhen(expr: string): boolean {
  const tokens = expr.match(/'[^']*'|"[^"]*"|==|!=|&&|\|\||\(|\)|!|[^\s()'"!=&|]+/g) ?? [];
  let i = 0;
  const value = (): unknown => {
    const t = tokens[i++]!;
    if (t === '(') {
      const v = or();
      i++;
      return v;
    }
    if (t === '!') return !truthy(value());
    if (t.startsWith("'") || t.startsWith('"')) return t.slice(1, -1);
    if (t === 'true') return true;
    if (t === 'false') return false;
    return Number.isFinite(Number(t)) ? Number(t) : t;
  };
  const cmp = (): unknown => {
    const a = value();
    if (tokens[i] === '==' || tokens[i] === '!=') {
      const op = tokens[i++];
      const b = value();
      return op === '==' ? String(a) === String(b) : String(a) !== String(b);
    }
    return a;
  };
  const and = (): unknown => {
    let a = cmp();
    while (tokens[i] === '&&') {
      i++;
      const b = cmp();
      a = truthy(a) && truthy(b);
    }
    return a;
  };
  const or = (): unknown => {
    let a = and();
    while (tokens[i] === '||') {
      i++;
      const b = and();
      a = truthy(a) || truthy(b);
    }
    return a;
  };
  return truthy(or());
}

function truthy(v: unknown): boolean {
  return v === true || v === 'true';
}

function rewritePaths(v: unknown, mounts: [string, string][]): unknown {
  if (typeof v === 'string') {
    for (const [from, to] of mounts) if (v === from || v.startsWith(from + '/')) return to + v.slice(from.length);
    return v;
  }
  if (Array.isArray(v)) return v.map((x) => rewritePaths(x, mounts));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rewritePaths(x, mounts)]));
  return v;
}

function runProcess(argv: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (e) => resolve({ code: 127, stdout, stderr: stderr + String(e) }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
