/**
 * The one spawn helper every task runner uses (platform doc §8, zx's ProcessOutput).
 *
 * - Each task process is the leader of its own process group (`detached: true` → setsid), so a timeout or a
 *   cancellation signals the whole group (`kill(-pid)`): SIGTERM, then SIGKILL after a short grace.
 * - stdout/stderr chunks are decoded (UTF-8, safe across chunk boundaries) and handed to the OutputSink as
 *   they arrive; nothing is buffered unless `capture` asks for it.
 * - The result is a `ProcessOutput`: it *extends Error* and is also the success value, so a runner can
 *   return it, throw it, or record it. `spawnProcess` never rejects.
 * - No shell is added: the runner passes the exact argv it wants.
 *
 * Cost: one `spawn`, two stream listeners, one `exit` listener, and (only when asked) one timer and one
 * abort listener. Measured overhead beside a bare `spawn` + `close` is within noise (see test/tasks).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import { noteProcessGroup } from '../runlog/lock.js';
import type { OutputSink } from './task.js';

/** @default 2000 — time between SIGTERM and SIGKILL when a process group is stopped. */
export const DEFAULT_KILL_GRACE_MS = 2000;
/**
 * @default 1000 — after the leader exits, how long its output pipes may stay open (held by background
 * children) before the rest of its process group is stopped. When every leftover child detached its output
 * (`nohup x >/dev/null 2>&1 &`), the pipes close with the leader and nothing is killed; when one still holds
 * the step's output, the group (detached children included) is stopped after the grace. A daemon that must
 * outlive its step starts its own session (`setsid`).
 */
export const DEFAULT_STDIO_GRACE_MS = 1000;

export interface SpawnOptions {
  /** Executable (resolved through the child's PATH). */
  file: string;
  /** How messages name the process (e.g. `shell command`); default the executable. */
  label?: string;
  args: readonly string[];
  cwd: string;
  env: Record<string, string>;
  /** Receives decoded stdout/stderr chunks as they arrive. */
  output?: OutputSink;
  /** Stops the process group when it expires; the result has `timedOut`. */
  timeoutMs?: number;
  /** Stops the process group when aborted; the result has `cancelled`. */
  signal?: AbortSignal;
  /** @default DEFAULT_KILL_GRACE_MS */
  killGraceMs?: number;
  /** @default DEFAULT_STDIO_GRACE_MS */
  stdioGraceMs?: number;
  /** Keep stdout/stderr text on the result (for small helper processes). @default false */
  capture?: boolean;
  /** Text written to the child's stdin (then closed). Default: stdin is /dev/null. */
  input?: string;
}

/** Plain-words meaning of a few well-known exit statuses (shell conventions). */
export function explainExitCode(code: number): string | undefined {
  switch (code) {
    case 0:
      return 'success';
    case 1:
      return 'general error';
    case 2:
      return 'misuse of a shell builtin or invalid usage';
    case 126:
      return 'command found but not executable (permission denied?)';
    case 127:
      return 'command not found';
    case 128:
      return 'invalid exit argument';
    case 130:
      return 'interrupted (SIGINT)';
    case 137:
      return 'killed (SIGKILL), for example by a timeout or the out-of-memory killer';
    case 139:
      return 'segmentation fault (SIGSEGV)';
    case 143:
      return 'terminated (SIGTERM)';
  }
  if (code > 128 && code < 128 + 65) {
    const name = signalName(code - 128);
    if (name) return `killed by ${name}`;
  }
  return undefined;
}

function signalName(num: number): string | undefined {
  for (const [name, n] of Object.entries(osConstants.signals)) if (n === num) return name;
  return undefined;
}

/** Plain-words meaning of a spawn errno. */
export function explainErrno(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'command or interpreter not found (ENOENT); check PATH or the configured interpreter';
    case 'EACCES':
      return 'permission denied (EACCES): the file is not executable';
    case 'ENOTDIR':
    case 'ENOENT_CWD':
      return 'the working directory does not exist';
    case 'E2BIG':
      return 'argument list or environment too large (E2BIG)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return code ? `could not start (${code})` : 'could not start';
  }
}

export interface ProcessOutputInit {
  command: string;
  pid?: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  durationMs: number;
  timedOut?: boolean;
  timeoutMs?: number;
  cancelled?: boolean;
  spawnError?: NodeJS.ErrnoException;
  stdout?: string;
  stderr?: string;
}

/**
 * The result of one process (zx style): an Error that is also the success value. `ok` tells which it is;
 * `message` explains a failure in plain words (exit code meaning, timeout, cancellation, missing command).
 */
export class ProcessOutput extends Error {
  readonly command: string;
  readonly pid: number | undefined;
  /** The exit status, or null when the process was ended by a signal (see `signal`) or never started. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly durationMs: number;
  /** The timeout expired and the process group was stopped. */
  readonly timedOut: boolean;
  /** The invocation was aborted (cancellation) and the process group was stopped. */
  readonly cancelled: boolean;
  /** Set when the process could not be started (ENOENT for a missing interpreter, EACCES...). */
  readonly spawnError: NodeJS.ErrnoException | undefined;
  /** Captured output, only with `capture: true`. */
  readonly stdout: string;
  readonly stderr: string;

  constructor(init: ProcessOutputInit) {
    super(describe(init));
    this.command = init.command;
    this.pid = init.pid;
    this.exitCode = init.exitCode;
    this.signal = init.signal;
    this.durationMs = init.durationMs;
    this.timedOut = init.timedOut ?? false;
    this.cancelled = init.cancelled ?? false;
    this.spawnError = init.spawnError;
    this.stdout = init.stdout ?? '';
    this.stderr = init.stderr ?? '';
  }

  get ok(): boolean {
    return this.exitCode === 0 && !this.timedOut && !this.cancelled && !this.spawnError;
  }

  /** Exit status in shell convention: the code, or 128 + signal number; null when never started. */
  get status(): number | null {
    if (this.exitCode !== null) return this.exitCode;
    if (this.signal) return 128 + (osConstants.signals[this.signal] ?? 0);
    return null;
  }

  toJSON(): Record<string, unknown> {
    return {
      command: this.command,
      exitCode: this.exitCode,
      signal: this.signal,
      durationMs: this.durationMs,
      timedOut: this.timedOut,
      cancelled: this.cancelled,
      ok: this.ok,
      message: this.message,
    };
  }
}
Object.defineProperty(ProcessOutput.prototype, 'name', { value: 'ProcessOutput', configurable: true });

function describe(i: ProcessOutputInit): string {
  const what = i.command;
  if (i.spawnError) return `cannot start ${what}: ${explainErrno(i.spawnError.code)}`;
  if (i.timedOut) return `${what} timed out after ${formatSeconds(i.timeoutMs ?? i.durationMs)}; its process group was stopped`;
  if (i.cancelled) return `${what} was cancelled; its process group was stopped`;
  if (i.signal) {
    const num = osConstants.signals[i.signal];
    const code = num ? 128 + num : undefined;
    const meaning = code !== undefined ? explainExitCode(code) : undefined;
    return `${what} was killed by ${i.signal}${meaning ? ` (${meaning})` : ''}`;
  }
  if (i.exitCode === 0) return `${what} exited with code 0`;
  const meaning = i.exitCode !== null ? explainExitCode(i.exitCode) : undefined;
  return `${what} exited with code ${i.exitCode}${meaning ? ` (${meaning})` : ''}`;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`;
}

/** Sends a signal to a whole process group; ignores ESRCH (already gone). */
export function killGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Whether any process of the group still exists. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Spawns one process in its own process group and resolves when it has exited and its output is drained.
 * Never rejects: every failure (spawn error, timeout, cancellation, non-zero exit) is a `ProcessOutput`
 * with `ok === false`.
 */
export function spawnProcess(opts: SpawnOptions): Promise<ProcessOutput> {
  const started = performance.now();
  const shortCommand = opts.label ?? opts.file;
  const capture = opts.capture === true;
  const graceMs = opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS;

  return new Promise<ProcessOutput>((resolve) => {
    if (opts.signal?.aborted) {
      resolve(new ProcessOutput({ command: shortCommand, exitCode: null, signal: null, durationMs: 0, cancelled: true }));
      return;
    }
    let child;
    try {
      child = spawn(opts.file, opts.args, {
        cwd: opts.cwd,
        env: opts.env,
        detached: true,
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        windowsHide: true,
      });
    } catch (e) {
      // Synchronous failures (invalid arguments, E2BIG...).
      resolve(
        new ProcessOutput({
          command: shortCommand,
          exitCode: null,
          signal: null,
          durationMs: performance.now() - started,
          spawnError: e as NodeJS.ErrnoException,
        }),
      );
      return;
    }

    let stdoutText = '';
    let stderrText = '';
    let timedOut = false;
    let cancelled = false;
    let spawnError: NodeJS.ErrnoException | undefined;
    let exitCode: number | null = null;
    let exitSignal: NodeJS.Signals | null = null;
    let exited = false;
    let openStreams = 2;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    let stdioTimer: NodeJS.Timeout | undefined;
    const pid = child.pid;
    // A runner killed with -9 leaves this group running: the run's next owner stops it (runlog/lock.ts).
    if (pid !== undefined) noteProcessGroup(pid, true);

    const sink = opts.output;
    const outDecoder = new StringDecoder('utf8');
    const errDecoder = new StringDecoder('utf8');
    const onOut = (buf: Buffer): void => {
      const s = outDecoder.write(buf);
      if (s.length === 0) return;
      if (capture) stdoutText += s;
      sink?.write('stdout', s);
    };
    const onErr = (buf: Buffer): void => {
      const s = errDecoder.write(buf);
      if (s.length === 0) return;
      if (capture) stderrText += s;
      sink?.write('stderr', s);
    };
    const flushDecoders = (): void => {
      const o = outDecoder.end();
      if (o) {
        if (capture) stdoutText += o;
        sink?.write('stdout', o);
      }
      const e = errDecoder.end();
      if (e) {
        if (capture) stderrText += e;
        sink?.write('stderr', e);
      }
    };

    /** SIGTERM to the group now, SIGKILL after the grace if anything of it is left. */
    const stopGroup = (): void => {
      if (pid === undefined) return;
      killGroup(pid, 'SIGTERM');
      if (killTimer) return;
      killTimer = setTimeout(() => {
        if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
        // Pipes held by a process that ignored everything cannot be waited for forever.
        setTimeout(forceFinish, 500).unref();
      }, graceMs);
      killTimer.unref();
    };

    const onAbort = (): void => {
      if (settled) return;
      cancelled = true;
      stopGroup();
    };

    const finish = (): void => {
      if (settled) return;
      settled = true;
      if (pid !== undefined) noteProcessGroup(pid, false);
      if (timer) clearTimeout(timer);
      if (stdioTimer) clearTimeout(stdioTimer);
      // killTimer is left running on purpose after a timeout/cancel: it SIGKILLs leftovers; it is unref'd.
      opts.signal?.removeEventListener('abort', onAbort);
      flushDecoders();
      resolve(
        new ProcessOutput({
          command: shortCommand,
          pid,
          exitCode,
          signal: exitSignal,
          durationMs: performance.now() - started,
          timedOut,
          timeoutMs: opts.timeoutMs,
          cancelled,
          spawnError,
          stdout: capture ? stdoutText : undefined,
          stderr: capture ? stderrText : undefined,
        }),
      );
    };
    const forceFinish = (): void => {
      if (settled) return;
      child.stdout?.destroy();
      child.stderr?.destroy();
      finish();
    };
    const maybeFinish = (): void => {
      if (exited && openStreams === 0) finish();
    };

    child.stdout!.on('data', onOut);
    child.stderr!.on('data', onErr);
    const onStreamClose = (): void => {
      openStreams--;
      maybeFinish();
    };
    child.stdout!.on('close', onStreamClose);
    child.stderr!.on('close', onStreamClose);
    if (opts.input !== undefined) {
      child.stdin!.on('error', () => {}); // EPIPE when the child does not read its input
      child.stdin!.end(opts.input);
    }

    child.on('error', (err: NodeJS.ErrnoException) => {
      // Spawn failure (ENOENT, EACCES, bad cwd): no exit event follows.
      if (pid === undefined || !exited) {
        spawnError = err;
        // Node reports a missing cwd as ENOENT too; tell the two apart for the message.
        if (err.code === 'ENOENT' && opts.cwd && !existsSync(opts.cwd)) spawnError = Object.assign(err, { code: 'ENOENT_CWD' });
        exited = true;
        forceFinish();
      }
    });
    child.on('exit', (code, sig) => {
      exited = true;
      exitCode = code;
      exitSignal = sig;
      if (openStreams === 0) {
        finish();
        return;
      }
      // Background children may still hold the pipes: give them a moment, then stop the group.
      stdioTimer = setTimeout(() => {
        if (settled) return;
        stopGroup();
      }, opts.stdioGraceMs ?? DEFAULT_STDIO_GRACE_MS);
      stdioTimer.unref();
    });

    if (opts.timeoutMs !== undefined && opts.timeoutMs > 0) {
      timer = setTimeout(() => {
        if (settled) return;
        timedOut = true;
        stopGroup();
      }, opts.timeoutMs);
      timer.unref();
    }
    opts.signal?.addEventListener('abort', onAbort, { once: true });
  });
}
