/**
 * Warm python workers: python tasks at fork speed instead of interpreter-start + import speed.
 *
 * One parent per (interpreter, working directory, run, secret names, environment), python/runnable_worker.py, forks
 * a child per task, as multiprocessing's forkserver does. The parent imports a task's module the first time a
 * task needs it (with that task's environment, argv and output), so every later task of that module forks with
 * it imported: pandas is imported once per run, not once per item.
 *
 * Why a fork per task (and not a pool of long-lived interpreters calling functions in turn, as runnable does
 * in its own process): a forked child is a whole process of its own, so every isolation promise of a fresh
 * interpreter holds — module globals, sys.path, cwd, environment, signal handlers, leaked memory, threads,
 * os._exit, a segfault, a hang stopped by its timeout, SIGTERM to its process group — while it starts with the
 * parent's imports already done (copy-on-write). Reused interpreters would need each of those reset by hand
 * and a crash would take other tasks' state with it. The parent never runs a task's function.
 *
 * Rules:
 * - Modules are imported once per run: a module edited during a run is seen by the next run (a new run gets
 *   new workers; idle workers of an earlier run are closed then, and all of them when this process exits).
 *   Modules a task imports inside its function are imported by each task, as before.
 * - Module-level code runs in the parent, once, with the environment of the first task that needs it (as in
 *   runnable, which imports in-process). A module whose import kills or hangs the parent is not imported there
 *   again in this process: its tasks import it themselves.
 * - Each child gets the task's whole environment, its cwd, its own session (process group) and its output
 *   streams (two connections to a private Unix socket), and exits after writing its result file (a child that
 *   ends by itself reports its exit status on a third connection first: the kernel's teardown of the fork is
 *   not waited for; the parent's report after reaping it settles the other endings), so output
 *   capture, timeouts, cancellation (SIGTERM to the group, SIGKILL after the grace), exit statuses and result
 *   files work exactly as for a spawned interpreter (process.ts). Concurrency is the caller's (max_workers).
 * - `RUNNABLE_PYTHON_WARM=0` in the environment turns warm workers off (every task starts its interpreter):
 *   for modules that are not safe to fork after import (some GPU and RPC libraries). They are on by default on
 *   Linux only (see warmEnabled).
 * - Anything wrong with a worker before a task started (cannot spawn, died) runs that task the cold way.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { noteProcessGroup } from '../runlog/lock.js';
import { privateTempDir } from './common.js';
import { DEFAULT_KILL_GRACE_MS, DEFAULT_STDIO_GRACE_MS, ProcessOutput, killGroup } from './process.js';
import { pythonModules } from './python-shim.js';
import type { OutputSink } from './task.js';

export interface WarmOptions {
  /** The interpreter to start (already resolved: no pyenv shim). */
  file: string;
  cwd: string;
  env: Record<string, string>;
  /** Names of the task's secrets: kept out of the parent's own environment. */
  secrets?: readonly string[];
  /** Import the request's module in the parent first (python calls; not for other requests). */
  preload: boolean;
  output?: OutputSink;
  signal?: AbortSignal;
  timeoutMs?: number;
  label: string;
}

/** `cold`: the worker could not take the task; run it with a fresh interpreter. */
export type WarmResult = ProcessOutput | 'cold';

/**
 * Whether the invocation's environment allows warm workers: `RUNNABLE_PYTHON_WARM` when set, else on Linux only
 * (on macOS a child forked after an import that touched the Objective-C runtime may crash, which is why Python's
 * multiprocessing stopped forking there).
 */
export function warmEnabled(env: Record<string, string | undefined>): boolean {
  const v = env.RUNNABLE_PYTHON_WARM?.trim().toLowerCase();
  if (v === '0' || v === 'false' || v === 'no' || v === 'off') return false;
  if (v === '1' || v === 'true' || v === 'yes' || v === 'on') return true;
  return process.platform === 'linux';
}

// ---------------------------------------------------------------------------------------------------------
// The output socket: every task's stdout and stderr arrive here, each connection introduced by "<token> <n>\n"
// (n = 1, 2), and a child's own exit report ("<token> 3\n<status>\n").

let server: Promise<{ server: Server; path: string }> | undefined;
const byToken = new Map<string, WarmTask>();

function outputServer(): Promise<{ server: Server; path: string }> {
  server ??= new Promise((resolve, reject) => {
    const path = join(privateTempDir(), 'py-out.sock');
    const s = createServer((conn) => acceptStream(conn));
    s.on('error', reject);
    s.listen(path, () => {
      s.unref();
      resolve({ server: s, path });
    });
  });
  return server;
}

function acceptStream(conn: Socket): void {
  let head = Buffer.alloc(0);
  const onData = (chunk: Buffer): void => {
    head = Buffer.concat([head, chunk]);
    const nl = head.indexOf(10);
    if (nl < 0) {
      if (head.length > 200) conn.destroy();
      return;
    }
    conn.off('data', onData);
    const [token, n] = head.subarray(0, nl).toString('latin1').split(' ');
    const task = byToken.get(token ?? '');
    if (!task || (n !== '1' && n !== '2' && n !== '3')) {
      conn.destroy();
      return;
    }
    if (n === '3') task.attachExitReport(conn, head.subarray(nl + 1));
    else task.attach(n === '1' ? 'stdout' : 'stderr', conn, head.subarray(nl + 1));
  };
  conn.on('data', onData);
  conn.on('error', () => {});
}

// ---------------------------------------------------------------------------------------------------------
// Workers

/** Modules whose import killed or hung a parent: tasks import them themselves. */
const noPreload = new Set<string>();
const workers = new Map<string, Worker>();
let nextId = 0;

class Worker {
  readonly proc: ChildProcess;
  readonly tasks = new Map<number, WarmTask>();
  dead = false;
  private replies = '';
  private referenced = true;

  constructor(
    readonly key: string,
    readonly runId: string,
    file: string,
    cwd: string,
    env: Record<string, string>,
    sockPath: string,
  ) {
    const { dir, shim, worker } = pythonModules();
    const launcher =
      `import sys; sys.path.insert(0, ${JSON.stringify(dir)}); import ${shim} as s, ${worker} as w; del sys.path[0]; ` +
      `sys.modules.pop(${JSON.stringify(shim)}, None); sys.modules.pop(${JSON.stringify(worker)}, None); w.serve(s)`;
    this.proc = spawn(file, ['-c', launcher, sockPath], { cwd, env, detached: true, stdio: ['pipe', 'pipe', 'pipe', 'pipe'], windowsHide: true });
    // The parent's own output (a thread an import started, a warning) is nobody's task's: drained, dropped.
    this.proc.stdout!.resume();
    this.proc.stderr!.resume();
    this.proc.stdin!.on('error', () => this.lost());
    const replies = this.proc.stdio[3] as Socket;
    replies.setEncoding('utf8');
    replies.on('data', (s: string) => this.onReplies(s));
    replies.on('error', () => {});
    this.proc.on('error', () => this.lost());
    this.proc.on('exit', () => this.lost());
    this.setReferenced(false);
  }

  /** Keeps this process alive while tasks are in flight, and only then. */
  private setReferenced(on: boolean): void {
    if (on === this.referenced) return;
    this.referenced = on;
    for (const s of [this.proc.stdin, this.proc.stdout, this.proc.stderr, this.proc.stdio[3]] as Array<Socket | null>) {
      if (on) s?.ref?.();
      else s?.unref?.();
    }
    if (on) this.proc.ref();
    else this.proc.unref();
  }

  send(task: WarmTask, msg: Record<string, unknown>): void {
    this.tasks.set(task.id, task);
    this.setReferenced(true);
    this.proc.stdin!.write(JSON.stringify(msg) + '\n');
  }

  done(task: WarmTask): void {
    this.tasks.delete(task.id);
    if (this.tasks.size === 0) this.setReferenced(false);
  }

  private onReplies(s: string): void {
    this.replies += s;
    let nl: number;
    while ((nl = this.replies.indexOf('\n')) >= 0) {
      const line = this.replies.slice(0, nl);
      this.replies = this.replies.slice(nl + 1);
      let msg: { id: number; pid?: number; code?: number; signal?: NodeJS.Signals; error?: string };
      try {
        msg = JSON.parse(line);
      } catch {
        continue;
      }
      const task = this.tasks.get(msg.id);
      if (!task) continue;
      if (msg.pid !== undefined) task.started(msg.pid);
      else if (msg.error !== undefined) task.refused();
      else task.exited(msg.code ?? null, msg.signal ?? null);
    }
  }

  /** The oldest task the parent has not forked yet: the one it is importing for, if it is busy. */
  private busyWith(): WarmTask | undefined {
    for (const t of this.tasks.values()) if (t.pid === undefined) return t;
    return undefined;
  }

  /** Stops the parent because `task` cannot wait for it (timeout, cancellation before its fork). */
  kill(): void {
    const busy = this.busyWith();
    if (busy?.module) noPreload.add(busy.module);
    if (this.proc.pid !== undefined) killGroup(this.proc.pid, 'SIGKILL');
    this.lost();
  }

  close(): void {
    if (workers.get(this.key) === this) workers.delete(this.key);
    this.proc.stdin!.end();
  }

  private lost(): void {
    if (this.dead) return;
    this.dead = true;
    if (workers.get(this.key) === this) workers.delete(this.key);
    // Died while importing for a task: that module is imported by its tasks from now on.
    const busy = this.busyWith();
    if (busy?.module && !busy.stopping) noPreload.add(busy.module);
    for (const t of [...this.tasks.values()]) t.workerLost();
    this.tasks.clear();
    this.setReferenced(false);
  }
}

/** Variables that differ between the tasks of one run without changing how the interpreter starts. */
function parentEnvironment(env: Record<string, string>, secrets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const skip = new Set(secrets);
  for (const [k, v] of Object.entries(env)) if (!k.startsWith('RUNNABLE_') && !skip.has(k)) out[k] = v;
  return out;
}

function workerFor(opts: WarmOptions, sockPath: string): Worker {
  const runId = opts.env.RUNNABLE_RUN_ID ?? '';
  const base = parentEnvironment(opts.env, opts.secrets ?? []);
  // The step's secret names are part of the key: a module imported while a secret was set may keep it in a
  // global, which a step without that secret must not find there.
  const secrets = [...(opts.secrets ?? [])].sort();
  const key = JSON.stringify([opts.file, opts.cwd, runId, secrets, Object.entries(base).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
  let w = workers.get(key);
  if (w && !w.dead) return w;
  // A new run: the idle workers of earlier runs hold stale imports.
  for (const other of [...workers.values()]) if (other.runId !== runId && other.tasks.size === 0) other.close();
  w = new Worker(key, runId, opts.file, opts.cwd, base, sockPath);
  workers.set(key, w);
  return w;
}

/** Closes every idle worker (tests; a library user between runs). */
export function closePythonWorkers(): void {
  for (const w of [...workers.values()]) w.close();
}

// ---------------------------------------------------------------------------------------------------------
// One task

class WarmTask {
  readonly id = ++nextId;
  readonly token = randomBytes(16).toString('hex');
  pid: number | undefined;
  /** A timeout or cancellation is stopping it. */
  stopping = false;
  private timedOut = false;
  private cancelled = false;
  private exitKnown = false;
  private exitCode: number | null = null;
  private exitSignal: NodeJS.Signals | null = null;
  private openStreams = 2;
  private settled = false;
  private readonly started0 = performance.now();
  private readonly streams: Socket[] = [];
  private timer: NodeJS.Timeout | undefined;
  private killTimer: NodeJS.Timeout | undefined;
  private stdioTimer: NodeJS.Timeout | undefined;
  private readonly onAbort = (): void => this.stop('cancel');
  private resolve!: (r: WarmResult) => void;
  readonly result = new Promise<WarmResult>((r) => (this.resolve = r));

  constructor(
    readonly worker: Worker,
    readonly module: string | undefined,
    private readonly opts: WarmOptions,
  ) {
    byToken.set(this.token, this);
    if (opts.timeoutMs !== undefined && opts.timeoutMs > 0) {
      this.timer = setTimeout(() => this.stop('timeout'), opts.timeoutMs);
      this.timer.unref();
    }
    opts.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  attach(stream: 'stdout' | 'stderr', conn: Socket, rest: Buffer): void {
    this.streams.push(conn);
    const decoder = new StringDecoder('utf8');
    const sink = this.opts.output;
    const write = (b: Buffer): void => {
      const s = decoder.write(b);
      if (s.length) sink?.write(stream, s);
    };
    if (rest.length) write(rest);
    conn.on('data', write);
    conn.on('close', () => {
      const s = decoder.end();
      if (s) sink?.write(stream, s);
      this.openStreams--;
      this.maybeFinish();
    });
  }

  /** The child's report of its exit status, its last act before its process ends (runnable_worker.py). */
  attachExitReport(conn: Socket, rest: Buffer): void {
    let text = rest.toString('latin1');
    const read = (): void => {
      const m = /^(\d{1,3})\n/.exec(text);
      if (!m && text.length < 5 && !text.includes('\n')) return; // more to come
      conn.destroy();
      if (m && Number(m[1]) <= 255) this.exited(Number(m[1]), null);
    };
    conn.on('data', (b: Buffer) => {
      text += b.toString('latin1');
      read();
    });
    conn.on('error', () => {});
    read();
  }

  started(pid: number): void {
    this.pid = pid;
    noteProcessGroup(pid, true);
    if (this.stopping) this.stopGroup();
  }

  exited(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.exitKnown) return; // the child's own report came first
    this.exitKnown = true;
    this.exitCode = code;
    this.exitSignal = signal;
    if (this.openStreams === 0) return this.finish();
    // Background children may still hold the streams: give them a moment, then stop the group.
    this.stdioTimer = setTimeout(() => {
      if (!this.settled) this.stopGroup();
    }, DEFAULT_STDIO_GRACE_MS);
    this.stdioTimer.unref();
  }

  /** The parent could not start it (no socket, fork failed). */
  refused(): void {
    this.cold();
  }

  workerLost(): void {
    if (this.settled) return;
    // The child reported how it ended (perhaps before the parent reported its pid): that stands.
    if (this.exitKnown) return this.maybeFinish();
    if (this.pid === undefined) {
      // Not forked yet: a timeout or cancellation ends it here, anything else runs it cold.
      if (this.stopping) {
        this.exitKnown = true;
        for (const s of this.streams) s.destroy();
        this.finish();
      } else this.cold();
      return;
    }
    // Forked and running in its own session: its exit status is lost with the parent. It is over when its
    // streams close; its result file says how it went.
    this.exitKnown = true;
    this.exitCode = this.stopping ? null : 0;
    this.maybeFinish();
  }

  private stop(why: 'timeout' | 'cancel'): void {
    if (this.settled || this.stopping) return;
    this.stopping = true;
    if (why === 'timeout') this.timedOut = true;
    else this.cancelled = true;
    if (this.pid !== undefined) this.stopGroup();
    else this.worker.kill();
  }

  /** SIGTERM to the task's group now, SIGKILL after the grace if anything of it is left (process.ts). */
  private stopGroup(): void {
    const pid = this.pid;
    if (pid === undefined) return;
    killGroup(pid, 'SIGTERM');
    if (this.killTimer) return;
    this.killTimer = setTimeout(() => {
      killGroup(pid, 'SIGKILL');
      setTimeout(() => {
        for (const s of this.streams) s.destroy();
        this.exitKnown = true;
        this.finish();
      }, 500).unref();
    }, DEFAULT_KILL_GRACE_MS);
    this.killTimer.unref();
  }

  private maybeFinish(): void {
    if (this.exitKnown && this.openStreams <= 0) this.finish();
  }

  private cleanup(): void {
    this.settled = true;
    byToken.delete(this.token);
    if (this.timer) clearTimeout(this.timer);
    if (this.stdioTimer) clearTimeout(this.stdioTimer);
    this.opts.signal?.removeEventListener('abort', this.onAbort);
    this.worker.done(this);
  }

  private cold(): void {
    if (this.settled) return;
    this.cleanup();
    for (const s of this.streams) s.destroy();
    this.resolve('cold');
  }

  private finish(): void {
    if (this.settled) return;
    this.cleanup();
    if (this.pid !== undefined) noteProcessGroup(this.pid, false);
    this.resolve(
      new ProcessOutput({
        command: this.opts.label,
        pid: this.pid,
        exitCode: this.exitCode,
        signal: this.exitSignal,
        durationMs: performance.now() - this.started0,
        timedOut: this.timedOut,
        timeoutMs: this.opts.timeoutMs,
        cancelled: this.cancelled,
      }),
    );
  }
}

/**
 * Runs one shim request (`req`, with its `result` path) in a warm worker. Resolves the process outcome as
 * spawnProcess would, or 'cold' when no worker could take it.
 */
export async function runWarm(req: Record<string, unknown>, opts: WarmOptions): Promise<WarmResult> {
  if (opts.signal?.aborted) return new ProcessOutput({ command: opts.label, exitCode: null, signal: null, durationMs: 0, cancelled: true });
  let sock: { path: string };
  try {
    sock = await outputServer();
  } catch {
    return 'cold';
  }
  const worker = workerFor(opts, sock.path);
  const command = typeof req.command === 'string' ? req.command : '';
  const module = opts.preload ? command.slice(0, Math.max(0, command.lastIndexOf('.'))) || undefined : undefined;
  const task = new WarmTask(worker, module, opts);
  worker.send(task, { id: task.id, token: task.token, req, env: opts.env, preload: module !== undefined && !noPreload.has(module) });
  return task.result;
}
