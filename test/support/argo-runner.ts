/**
 * Runs a submitted Workflow as the Argo v4.1.2 controller would and keeps its `status` up to date in the fake
 * API server, so the real poller sees it. The controller logic (reconcile loop, DAG/steps, depends, when,
 * retries, failFast, parallelism, deadlines, shutdown, exit handlers, substitution) is the emulator in
 * ./argo-emulator/controller.ts, where every rule cites its source; this file supplies the pods.
 * `spec.shutdown` and `spec.activeDeadlineSeconds` patched through the fake API take effect on the next pass.
 * Every workflow created in the fake API gets its own run (a finaliser Workflow the poller submits after a
 * Terminate runs like any other, on the same volumes).
 *
 * Containers run as local processes: the image's `runnable` command becomes `node <cli>`; the working
 * directory is a fresh copy of the project (the "image"). Volumes: each `persistentVolumeClaim` is one folder
 * per claim (`<pvcRoot>/<claimName>`, shared by every workflow of the runner, as a PVC is), other volumes a
 * folder per run; a pod sees its `volumeMounts` at their mount paths: every argument and env value that is,
 * or starts with, a mount path (`--stores-on /mnt`, `/mnt/run_log_store`) and every such string in the config
 * file the pod receives (`--config-file`) is redirected to the folder. Output-parameter paths get a per-pod
 * file. With `workers`, pods run in long-lived CLI processes (test/support/argo-pod-worker.mjs: the bundle's
 * runCli with the pod's argv, cwd and env) instead of one process each, for scenarios of thousands of pods.
 */
import { spawn, fork, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import type { FakeKubeApi } from './fake-kube-api.js';
import { ArgoController, type PodResult, type PodSpec, type PodStart } from './argo-emulator/controller.js';
import { evalBool } from './argo-emulator/expr.js';
import { shouldExecute } from './argo-emulator/govaluate.js';

type Obj = Record<string, any>;

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
  /** Where claim folders (the PVCs) are created: `<pvcRoot>/<claimName>`; kept after the run. @default a temp dir removed at the end */
  pvcRoot?: string;
  /** Run pods in `parallelism` long-lived CLI processes (the CLI bundle's runCli) instead of a process per pod. */
  workers?: boolean;
  /** Real ms between status writes while pods run (controller.ts persistIntervalMs). @default 1000 */
  persistIntervalMs?: number;
  /** Called with each pod's command and result (debugging). */
  onPod?: (p: { node: string; argv: string[]; code: number; stdout: string; stderr: string }) => void;
}

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'argo-pod-worker.mjs');

interface RunState {
  work: string;
  image: string;
  /** Folders of the run's non-claim volumes (emptyDir…), by volume name. */
  scratch: Map<string, string>;
  volumes: Obj[];
}

export class ArgoRunner {
  private readonly claims = new Map<string, string>();
  private running = 0;
  private queue: (() => void)[] = [];
  private readonly idle: ChildProcess[] = [];
  private readonly workerProcs = new Set<ChildProcess>();
  private defaultPvcRoot?: string;
  /** Rewritten config files by mounts and original text (the same for every pod of a run). */
  private readonly configs = new Map<string, string>();
  podCount = 0;
  /** The emulated controller of the last run (its nodes, for assertions). */
  controller?: ArgoController;

  constructor(private readonly opts: RunnerOptions) {}

  /** Runs workflow `name` to completion; resolves with the final phase. */
  async run(ns: string, name: string): Promise<string> {
    const wf = this.opts.api.get(ns, name)!;
    const work = mkdtempSync(path.join(os.tmpdir(), 'argo-runner-'));
    const run: RunState = { work, image: path.join(work, 'image'), scratch: new Map(), volumes: (wf.spec?.volumes ?? []) as Obj[] };
    if (this.opts.isolate !== false) cpSync(this.opts.projectDir, run.image, { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) && !src.includes(`${path.sep}.run_log_store`) && !src.includes(`${path.sep}.catalog`) });
    const startedAt = now();
    const controller = new ArgoController(structuredClone(wf), {
      startAt: Date.now(),
      pods: (pod) => this.startPod(run, pod),
      liveSpec: () => this.opts.api.get(ns, name)?.spec,
      persistIntervalMs: this.opts.persistIntervalMs ?? 1000,
      onStatus: (status, labels) => {
        this.opts.api.setStatus(ns, name, { ...status, startedAt }, labels);
      },
    });
    this.controller = controller;
    try {
      const r = await controller.run();
      return r.phase;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }

  /** Stops the pod workers (with `workers`). */
  close(): void {
    // Disconnecting ends an idle worker (it exits on 'disconnect'); a busy one is killed.
    for (const w of this.workerProcs) {
      if (this.idle.includes(w) && w.connected) w.disconnect();
      else w.kill('SIGKILL');
    }
    this.workerProcs.clear();
    this.idle.length = 0;
    if (this.defaultPvcRoot) rmSync(this.defaultPvcRoot, { recursive: true, force: true });
  }

  /** The folder standing in for volume `name` of a run: one per claim (shared across runs), else one per run. */
  private volumeFolder(run: RunState, name: string): string {
    const vol = run.volumes.find((v) => v.name === name);
    const claim = vol?.persistentVolumeClaim?.claimName as string | undefined;
    if (claim) {
      let d = this.claims.get(claim);
      if (!d) {
        const root = this.opts.pvcRoot ?? (this.defaultPvcRoot ??= mkdtempSync(path.join(os.tmpdir(), 'argo-pvc-')));
        d = path.join(root, claim);
        mkdirSync(d, { recursive: true });
        this.claims.set(claim, d);
      }
      return d;
    }
    let d = run.scratch.get(name);
    if (!d) {
      d = path.join(run.work, 'volumes', name);
      mkdirSync(d, { recursive: true });
      run.scratch.set(name, d);
    }
    return d;
  }

  /** A pod: the container's command as a local process in a copy of the project, volumes mapped to folders. */
  private startPod(run: RunState, spec: PodSpec): PodStart {
    let stop: (() => void) | undefined;
    let killed = false;
    const promise = (async (): Promise<PodResult> => {
      await this.acquire();
      try {
        if (killed) return { phase: 'Failed', exitCode: 143 };
        this.podCount++;
        const tmpl = spec.template;
        const c = (tmpl.container ?? tmpl.script) as Obj;
        const pod = mkdtempSync(path.join(run.work, 'pod-'));
        const cwd = this.opts.isolate === false ? this.opts.projectDir : path.join(pod, 'work');
        if (this.opts.isolate !== false) cpSync(run.image, cwd, { recursive: true });
        // Volumes: the pod sees each mounted volume's folder at its mount path.
        const mounts: [string, string][] = ((c.volumeMounts ?? []) as Obj[]).map((m) => [String(m.mountPath).replace(/\/+$/, ''), this.volumeFolder(run, String(m.name))]);
        const outFiles = new Map<string, string>();
        for (const o of (tmpl.outputs?.parameters ?? []) as Obj[]) if (o.valueFrom?.path) outFiles.set(o.valueFrom.path, path.join(pod, `out-${o.name}`));
        // Output-parameter paths (also inside a shell script) point at a per-pod file; mount paths at the volumes.
        const argv: string[] = [...(c.command ?? []), ...(c.args ?? [])].map((a: string) => {
          let out = String(a);
          for (const [from, to] of outFiles) out = out.split(from).join(to);
          return remap(out, mounts);
        });
        if (argv[0] === 'runnable') argv.splice(0, 1, ...this.opts.cli);
        const ci = argv.indexOf('--config-file');
        if (ci >= 0 && mounts.length) {
          const file = path.resolve(cwd, argv[ci + 1]!);
          const text = readFileSync(file, 'utf8');
          const key = `${JSON.stringify(mounts)}\u0000${text}`;
          let rewritten = this.configs.get(key);
          if (rewritten === undefined) this.configs.set(key, (rewritten = stringify(rewritePaths(parse(text), mounts))));
          const target = path.join(pod, 'config.yaml');
          writeFileSync(target, rewritten);
          argv[ci + 1] = target;
        }
        const env: Record<string, string> = { ...(process.env as Record<string, string>), ...(this.opts.env ?? {}) };
        for (const e of (c.env ?? []) as Obj[]) {
          if (e.value !== undefined) env[e.name] = remap(String(e.value), mounts);
          else if (e.valueFrom?.secretKeyRef) env[e.name] = this.opts.env?.[`SECRET_${e.valueFrom.secretKeyRef.name}_${e.valueFrom.secretKeyRef.key}`] ?? '';
        }
        const { code, stdout, stderr } = this.opts.workers && argv[0] === this.opts.cli[0] && argv[1] === this.opts.cli[1]
          ? await this.inWorker(argv.slice(this.opts.cli.length), cwd, env, (k) => (stop = k))
          : await runProcess(argv, cwd, env, (ch) => (stop = () => ch.kill('SIGTERM')));
        this.opts.onPod?.({ node: spec.nodeName, argv, code, stdout, stderr });
        const files: Record<string, string> = {};
        for (const [p, f] of outFiles) if (existsSync(f)) files[p] = readFileSync(f, 'utf8');
        return { exitCode: code, files, stdout };
      } finally {
        this.release();
      }
    })();
    return {
      promise,
      kill: () => {
        killed = true;
        stop?.();
      },
    };
  }

  /** One pod call in a pooled CLI process; killing the pod kills (and replaces) its process. */
  private inWorker(args: string[], cwd: string, env: Record<string, string>, onStop: (k: () => void) => void): Promise<{ code: number; stdout: string; stderr: string }> {
    const w = this.idle.pop() ?? this.spawnWorker();
    return new Promise((resolve) => {
      const done = (r: { code: number; stdout: string; stderr: string }, reusable: boolean) => {
        w.off('message', onMessage);
        w.off('exit', onExit);
        if (reusable) this.idle.push(w);
        else this.workerProcs.delete(w);
        resolve(r);
      };
      const onMessage = (m: { code: number; stdout: string; stderr: string }) => done(m, true);
      const onExit = (code: number | null, signal: string | null) => done({ code: signal ? 143 : (code ?? 1), stdout: '', stderr: `pod worker ended (${signal ?? code})` }, false);
      w.on('message', onMessage);
      w.on('exit', onExit);
      onStop(() => w.kill('SIGTERM'));
      w.send({ args, cwd, env });
    });
  }

  private spawnWorker(): ChildProcess {
    const w = fork(WORKER, [this.opts.cli[1]!], { execPath: this.opts.cli[0], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.workerProcs.add(w);
    return w;
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
}

/** A path the pod sees under a mount path, as the folder standing in for the volume. */
function remap(v: string, mounts: [string, string][]): string {
  for (const [from, to] of mounts) if (v === from || v.startsWith(from + '/')) return to + v.slice(from.length);
  return v;
}

/**
 * Evaluates an Argo `depends` expression the controller's way (dag.go evaluateDependsLogic: bare names expanded
 * by common/ancestry.go, `-` -> `_`, expr-lang). Throws when the controller could not evaluate it.
 */
export function evalDepends(expr: string, results: (task: string) => Set<string>): boolean {
  const re = /([a-zA-Z0-9][-a-zA-Z0-9]*?\.[A-Z][a-zA-Z]+)|([a-zA-Z0-9][-a-zA-Z0-9]*)/g;
  const names = new Set<string>();
  const bare: { name: string; start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(expr))) {
    if (m[1]) names.add(m[1].split('.')[0]!);
    else if (m[2]) {
      names.add(m[2]);
      bare.push({ name: m[2], start: m.index, end: m.index + m[2].length });
    }
  }
  let logic = expr;
  for (const b of bare.sort((x, y) => y.start - x.start)) logic = `${logic.slice(0, b.start)}(${b.name}.Succeeded || ${b.name}.Skipped || ${b.name}.Daemoned)${logic.slice(b.end)}`;
  const scope: Record<string, unknown> = {};
  for (const n of names) {
    const s = results(n);
    scope[n.replaceAll('-', '_')] = { __struct: true, Succeeded: s.has('Succeeded'), Failed: s.has('Failed'), Errored: s.has('Errored'), Skipped: s.has('Skipped'), Omitted: s.has('Omitted'), Daemoned: s.has('Daemoned'), AnySucceeded: s.has('AnySucceeded') || s.has('Succeeded'), AllFailed: s.has('AllFailed') };
  }
  return evalBool(logic.replaceAll('-', '_'), scope);
}

/** `when` as steps.go shouldExecute evaluates it (govaluate); an invalid expression throws. */
export function evalWhen(expr: string): boolean {
  const [ok, err] = shouldExecute(expr);
  if (err) throw new Error(err);
  return ok;
}

function rewritePaths(v: unknown, mounts: [string, string][]): unknown {
  if (typeof v === 'string') return remap(v, mounts);
  if (Array.isArray(v)) return v.map((x) => rewritePaths(x, mounts));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rewritePaths(x, mounts)]));
  return v;
}

function runProcess(argv: string[], cwd: string, env: Record<string, string>, onChild: (c: ChildProcess) => void): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    onChild(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (e) => resolve({ code: 127, stdout, stderr: stderr + String(e) }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
