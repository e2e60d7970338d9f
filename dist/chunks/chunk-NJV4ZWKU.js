import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  failure,
  privateTempDir,
  success,
  tempPath
} from "./chunk-WGGJEKU5.js";
import {
  makeParameter
} from "./chunk-TP2P7VTN.js";
import {
  noteProcessGroup
} from "./chunk-2FVMQ5SR.js";
import {
  parseJsonExact
} from "./chunk-DRL3O62E.js";
import {
  TaskError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/tasks/python.ts
import { accessSync, constants as fsConstants, readFileSync as readFileSync2, statSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { delimiter, isAbsolute, join as join3 } from "node:path";

// src/tasks/process.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { constants as osConstants } from "node:os";
import { StringDecoder } from "node:string_decoder";
var DEFAULT_KILL_GRACE_MS = 2e3;
var DEFAULT_STDIO_GRACE_MS = 1e3;
function explainExitCode(code) {
  switch (code) {
    case 0:
      return "success";
    case 1:
      return "general error";
    case 2:
      return "misuse of a shell builtin or invalid usage";
    case 126:
      return "command found but not executable (permission denied?)";
    case 127:
      return "command not found";
    case 128:
      return "invalid exit argument";
    case 130:
      return "interrupted (SIGINT)";
    case 137:
      return "killed (SIGKILL), for example by a timeout or the out-of-memory killer";
    case 139:
      return "segmentation fault (SIGSEGV)";
    case 143:
      return "terminated (SIGTERM)";
  }
  if (code > 128 && code < 128 + 65) {
    const name = signalName(code - 128);
    if (name) return `killed by ${name}`;
  }
  return void 0;
}
__name(explainExitCode, "explainExitCode");
function signalName(num) {
  for (const [name, n] of Object.entries(osConstants.signals)) if (n === num) return name;
  return void 0;
}
__name(signalName, "signalName");
function explainErrno(code) {
  switch (code) {
    case "ENOENT":
      return "command or interpreter not found (ENOENT); check PATH or the configured interpreter";
    case "EACCES":
      return "permission denied (EACCES): the file is not executable";
    case "ENOTDIR":
    case "ENOENT_CWD":
      return "the working directory does not exist";
    case "E2BIG":
      return "argument list or environment too large (E2BIG)";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return code ? `could not start (${code})` : "could not start";
  }
}
__name(explainErrno, "explainErrno");
var ProcessOutput = class extends Error {
  static {
    __name(this, "ProcessOutput");
  }
  command;
  pid;
  /** The exit status, or null when the process was ended by a signal (see `signal`) or never started. */
  exitCode;
  signal;
  durationMs;
  /** The timeout expired and the process group was stopped. */
  timedOut;
  /** The invocation was aborted (cancellation) and the process group was stopped. */
  cancelled;
  /** Set when the process could not be started (ENOENT for a missing interpreter, EACCES...). */
  spawnError;
  /** Captured output, only with `capture: true`. */
  stdout;
  stderr;
  constructor(init) {
    super(describe(init));
    this.command = init.command;
    this.pid = init.pid;
    this.exitCode = init.exitCode;
    this.signal = init.signal;
    this.durationMs = init.durationMs;
    this.timedOut = init.timedOut ?? false;
    this.cancelled = init.cancelled ?? false;
    this.spawnError = init.spawnError;
    this.stdout = init.stdout ?? "";
    this.stderr = init.stderr ?? "";
  }
  get ok() {
    return this.exitCode === 0 && !this.timedOut && !this.cancelled && !this.spawnError;
  }
  /** Exit status in shell convention: the code, or 128 + signal number; null when never started. */
  get status() {
    if (this.exitCode !== null) return this.exitCode;
    if (this.signal) return 128 + (osConstants.signals[this.signal] ?? 0);
    return null;
  }
  toJSON() {
    return {
      command: this.command,
      exitCode: this.exitCode,
      signal: this.signal,
      durationMs: this.durationMs,
      timedOut: this.timedOut,
      cancelled: this.cancelled,
      ok: this.ok,
      message: this.message
    };
  }
};
Object.defineProperty(ProcessOutput.prototype, "name", { value: "ProcessOutput", configurable: true });
function describe(i) {
  const what = i.command;
  if (i.spawnError) return `cannot start ${what}: ${explainErrno(i.spawnError.code)}`;
  if (i.timedOut) return `${what} timed out after ${formatSeconds(i.timeoutMs ?? i.durationMs)}; its process group was stopped`;
  if (i.cancelled) return `${what} was cancelled; its process group was stopped`;
  if (i.signal) {
    const num = osConstants.signals[i.signal];
    const code = num ? 128 + num : void 0;
    const meaning2 = code !== void 0 ? explainExitCode(code) : void 0;
    return `${what} was killed by ${i.signal}${meaning2 ? ` (${meaning2})` : ""}`;
  }
  if (i.exitCode === 0) return `${what} exited with code 0`;
  const meaning = i.exitCode !== null ? explainExitCode(i.exitCode) : void 0;
  return `${what} exited with code ${i.exitCode}${meaning ? ` (${meaning})` : ""}`;
}
__name(describe, "describe");
function formatSeconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3}s` : `${(ms / 1e3).toFixed(1)}s`;
}
__name(formatSeconds, "formatSeconds");
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
__name(killGroup, "killGroup");
function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
__name(groupAlive, "groupAlive");
function spawnProcess(opts) {
  const started = performance.now();
  const shortCommand = opts.label ?? opts.file;
  const capture = opts.capture === true;
  const graceMs = opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  return new Promise((resolve) => {
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
        stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
        windowsHide: true
      });
    } catch (e) {
      resolve(
        new ProcessOutput({
          command: shortCommand,
          exitCode: null,
          signal: null,
          durationMs: performance.now() - started,
          spawnError: e
        })
      );
      return;
    }
    let stdoutText = "";
    let stderrText = "";
    let timedOut = false;
    let cancelled = false;
    let spawnError;
    let exitCode = null;
    let exitSignal = null;
    let exited = false;
    let openStreams = 2;
    let settled = false;
    let timer;
    let killTimer;
    let stdioTimer;
    const pid = child.pid;
    if (pid !== void 0) noteProcessGroup(pid, true);
    const sink = opts.output;
    const outDecoder = new StringDecoder("utf8");
    const errDecoder = new StringDecoder("utf8");
    const onOut = /* @__PURE__ */ __name((buf) => {
      const s = outDecoder.write(buf);
      if (s.length === 0) return;
      if (capture) stdoutText += s;
      sink?.write("stdout", s);
    }, "onOut");
    const onErr = /* @__PURE__ */ __name((buf) => {
      const s = errDecoder.write(buf);
      if (s.length === 0) return;
      if (capture) stderrText += s;
      sink?.write("stderr", s);
    }, "onErr");
    const flushDecoders = /* @__PURE__ */ __name(() => {
      const o = outDecoder.end();
      if (o) {
        if (capture) stdoutText += o;
        sink?.write("stdout", o);
      }
      const e = errDecoder.end();
      if (e) {
        if (capture) stderrText += e;
        sink?.write("stderr", e);
      }
    }, "flushDecoders");
    const stopGroup = /* @__PURE__ */ __name(() => {
      if (pid === void 0) return;
      killGroup(pid, "SIGTERM");
      if (killTimer) return;
      killTimer = setTimeout(() => {
        if (groupAlive(pid)) killGroup(pid, "SIGKILL");
        setTimeout(forceFinish, 500).unref();
      }, graceMs);
      killTimer.unref();
    }, "stopGroup");
    const onAbort = /* @__PURE__ */ __name(() => {
      if (settled) return;
      cancelled = true;
      stopGroup();
    }, "onAbort");
    const finish = /* @__PURE__ */ __name(() => {
      if (settled) return;
      settled = true;
      if (pid !== void 0) noteProcessGroup(pid, false);
      if (timer) clearTimeout(timer);
      if (stdioTimer) clearTimeout(stdioTimer);
      opts.signal?.removeEventListener("abort", onAbort);
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
          stdout: capture ? stdoutText : void 0,
          stderr: capture ? stderrText : void 0
        })
      );
    }, "finish");
    const forceFinish = /* @__PURE__ */ __name(() => {
      if (settled) return;
      child.stdout?.destroy();
      child.stderr?.destroy();
      finish();
    }, "forceFinish");
    const maybeFinish = /* @__PURE__ */ __name(() => {
      if (exited && openStreams === 0) finish();
    }, "maybeFinish");
    child.stdout.on("data", onOut);
    child.stderr.on("data", onErr);
    const onStreamClose = /* @__PURE__ */ __name(() => {
      openStreams--;
      maybeFinish();
    }, "onStreamClose");
    child.stdout.on("close", onStreamClose);
    child.stderr.on("close", onStreamClose);
    if (opts.input !== void 0) {
      child.stdin.on("error", () => {
      });
      child.stdin.end(opts.input);
    }
    child.on("error", (err) => {
      if (pid === void 0 || !exited) {
        spawnError = err;
        if (err.code === "ENOENT" && opts.cwd && !existsSync(opts.cwd)) spawnError = Object.assign(err, { code: "ENOENT_CWD" });
        exited = true;
        forceFinish();
      }
    });
    child.on("exit", (code, sig) => {
      exited = true;
      exitCode = code;
      exitSignal = sig;
      if (openStreams === 0) {
        finish();
        return;
      }
      stdioTimer = setTimeout(() => {
        if (settled) return;
        stopGroup();
      }, opts.stdioGraceMs ?? DEFAULT_STDIO_GRACE_MS);
      stdioTimer.unref();
    });
    if (opts.timeoutMs !== void 0 && opts.timeoutMs > 0) {
      timer = setTimeout(() => {
        if (settled) return;
        timedOut = true;
        stopGroup();
      }, opts.timeoutMs);
      timer.unref();
    }
    opts.signal?.addEventListener("abort", onAbort, { once: true });
  });
}
__name(spawnProcess, "spawnProcess");

// src/tasks/python-shim.ts
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var modules;
function install(source, stem, dir) {
  const name = `${stem}_${createHash("sha256").update(source).digest("hex").slice(0, 12)}`;
  writeFileSync(join(dir, `${name}.py`), source, { mode: 384 });
  return name;
}
__name(install, "install");
function pythonModules() {
  if (modules === void 0) {
    const dir = privateTempDir();
    const shim = install(readFileSync(new URL("./python/runnable_shim.py", import.meta.url), "utf8"), "runnable_action_shim", dir);
    const worker = install(readFileSync(new URL("./python/runnable_worker.py", import.meta.url), "utf8"), "runnable_action_worker", dir);
    modules = { dir, shim, worker };
  }
  return modules;
}
__name(pythonModules, "pythonModules");

// src/tasks/python-warm.ts
import { spawn as spawn2 } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { join as join2 } from "node:path";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
function warmEnabled(env) {
  const v = env.RUNNABLE_PYTHON_WARM?.trim().toLowerCase();
  if (v === "0" || v === "false" || v === "no" || v === "off") return false;
  if (v === "1" || v === "true" || v === "yes" || v === "on") return true;
  return process.platform === "linux";
}
__name(warmEnabled, "warmEnabled");
var server;
var byToken = /* @__PURE__ */ new Map();
function outputServer() {
  server ??= new Promise((resolve, reject) => {
    const path = join2(privateTempDir(), "py-out.sock");
    const s = createServer((conn) => acceptStream(conn));
    s.on("error", reject);
    s.listen(path, () => {
      s.unref();
      resolve({ server: s, path });
    });
  });
  return server;
}
__name(outputServer, "outputServer");
function acceptStream(conn) {
  let head = Buffer.alloc(0);
  const onData = /* @__PURE__ */ __name((chunk) => {
    head = Buffer.concat([head, chunk]);
    const nl = head.indexOf(10);
    if (nl < 0) {
      if (head.length > 200) conn.destroy();
      return;
    }
    conn.off("data", onData);
    const [token, n] = head.subarray(0, nl).toString("latin1").split(" ");
    const task = byToken.get(token ?? "");
    if (!task || n !== "1" && n !== "2" && n !== "3") {
      conn.destroy();
      return;
    }
    if (n === "3") task.attachExitReport(conn, head.subarray(nl + 1));
    else task.attach(n === "1" ? "stdout" : "stderr", conn, head.subarray(nl + 1));
  }, "onData");
  conn.on("data", onData);
  conn.on("error", () => {
  });
}
__name(acceptStream, "acceptStream");
var noPreload = /* @__PURE__ */ new Set();
var workers = /* @__PURE__ */ new Map();
var nextId = 0;
var Worker = class {
  constructor(key, runId, file, cwd, env, sockPath) {
    this.key = key;
    this.runId = runId;
    const { dir, shim, worker } = pythonModules();
    const launcher = `import sys; sys.path.insert(0, ${JSON.stringify(dir)}); import ${shim} as s, ${worker} as w; del sys.path[0]; sys.modules.pop(${JSON.stringify(shim)}, None); sys.modules.pop(${JSON.stringify(worker)}, None); w.serve(s)`;
    this.proc = spawn2(file, ["-c", launcher, sockPath], { cwd, env, detached: true, stdio: ["pipe", "pipe", "pipe", "pipe"], windowsHide: true });
    this.proc.stdout.resume();
    this.proc.stderr.resume();
    this.proc.stdin.on("error", () => this.lost());
    const replies = this.proc.stdio[3];
    replies.setEncoding("utf8");
    replies.on("data", (s) => this.onReplies(s));
    replies.on("error", () => {
    });
    this.proc.on("error", () => this.lost());
    this.proc.on("exit", () => this.lost());
    this.setReferenced(false);
  }
  key;
  runId;
  static {
    __name(this, "Worker");
  }
  proc;
  tasks = /* @__PURE__ */ new Map();
  dead = false;
  replies = "";
  referenced = true;
  /** Keeps this process alive while tasks are in flight, and only then. */
  setReferenced(on) {
    if (on === this.referenced) return;
    this.referenced = on;
    for (const s of [this.proc.stdin, this.proc.stdout, this.proc.stderr, this.proc.stdio[3]]) {
      if (on) s?.ref?.();
      else s?.unref?.();
    }
    if (on) this.proc.ref();
    else this.proc.unref();
  }
  send(task, msg) {
    this.tasks.set(task.id, task);
    this.setReferenced(true);
    this.proc.stdin.write(JSON.stringify(msg) + "\n");
  }
  done(task) {
    this.tasks.delete(task.id);
    if (this.tasks.size === 0) this.setReferenced(false);
  }
  onReplies(s) {
    this.replies += s;
    let nl;
    while ((nl = this.replies.indexOf("\n")) >= 0) {
      const line = this.replies.slice(0, nl);
      this.replies = this.replies.slice(nl + 1);
      let msg;
      try {
        msg = JSON.parse(line);
      } catch {
        continue;
      }
      const task = this.tasks.get(msg.id);
      if (!task) continue;
      if (msg.pid !== void 0) task.started(msg.pid);
      else if (msg.error !== void 0) task.refused();
      else task.exited(msg.code ?? null, msg.signal ?? null);
    }
  }
  /** The oldest task the parent has not forked yet: the one it is importing for, if it is busy. */
  busyWith() {
    for (const t of this.tasks.values()) if (t.pid === void 0) return t;
    return void 0;
  }
  /** Stops the parent because `task` cannot wait for it (timeout, cancellation before its fork). */
  kill() {
    const busy = this.busyWith();
    if (busy?.module) noPreload.add(busy.module);
    if (this.proc.pid !== void 0) killGroup(this.proc.pid, "SIGKILL");
    this.lost();
  }
  close() {
    if (workers.get(this.key) === this) workers.delete(this.key);
    this.proc.stdin.end();
  }
  lost() {
    if (this.dead) return;
    this.dead = true;
    if (workers.get(this.key) === this) workers.delete(this.key);
    const busy = this.busyWith();
    if (busy?.module && !busy.stopping) noPreload.add(busy.module);
    for (const t of [...this.tasks.values()]) t.workerLost();
    this.tasks.clear();
    this.setReferenced(false);
  }
};
function parentEnvironment(env, secrets) {
  const out = {};
  const skip = new Set(secrets);
  for (const [k, v] of Object.entries(env)) if (!k.startsWith("RUNNABLE_") && !skip.has(k)) out[k] = v;
  return out;
}
__name(parentEnvironment, "parentEnvironment");
function workerFor(opts, sockPath) {
  const runId = opts.env.RUNNABLE_RUN_ID ?? "";
  const base = parentEnvironment(opts.env, opts.secrets ?? []);
  const secrets = [...opts.secrets ?? []].sort();
  const key = JSON.stringify([opts.file, opts.cwd, runId, secrets, Object.entries(base).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)]);
  let w = workers.get(key);
  if (w && !w.dead) return w;
  for (const other of [...workers.values()]) if (other.runId !== runId && other.tasks.size === 0) other.close();
  w = new Worker(key, runId, opts.file, opts.cwd, base, sockPath);
  workers.set(key, w);
  return w;
}
__name(workerFor, "workerFor");
function closePythonWorkers() {
  for (const w of [...workers.values()]) w.close();
}
__name(closePythonWorkers, "closePythonWorkers");
var WarmTask = class {
  constructor(worker, module, opts) {
    this.worker = worker;
    this.module = module;
    this.opts = opts;
    byToken.set(this.token, this);
    if (opts.timeoutMs !== void 0 && opts.timeoutMs > 0) {
      this.timer = setTimeout(() => this.stop("timeout"), opts.timeoutMs);
      this.timer.unref();
    }
    opts.signal?.addEventListener("abort", this.onAbort, { once: true });
  }
  worker;
  module;
  opts;
  static {
    __name(this, "WarmTask");
  }
  id = ++nextId;
  token = randomBytes(16).toString("hex");
  pid;
  /** A timeout or cancellation is stopping it. */
  stopping = false;
  timedOut = false;
  cancelled = false;
  exitKnown = false;
  exitCode = null;
  exitSignal = null;
  openStreams = 2;
  settled = false;
  started0 = performance.now();
  streams = [];
  timer;
  killTimer;
  stdioTimer;
  onAbort = /* @__PURE__ */ __name(() => this.stop("cancel"), "onAbort");
  resolve;
  result = new Promise((r) => this.resolve = r);
  attach(stream, conn, rest) {
    this.streams.push(conn);
    const decoder = new StringDecoder2("utf8");
    const sink = this.opts.output;
    const write = /* @__PURE__ */ __name((b) => {
      const s = decoder.write(b);
      if (s.length) sink?.write(stream, s);
    }, "write");
    if (rest.length) write(rest);
    conn.on("data", write);
    conn.on("close", () => {
      const s = decoder.end();
      if (s) sink?.write(stream, s);
      this.openStreams--;
      this.maybeFinish();
    });
  }
  /** The child's report of its exit status, its last act before its process ends (runnable_worker.py). */
  attachExitReport(conn, rest) {
    let text = rest.toString("latin1");
    const read = /* @__PURE__ */ __name(() => {
      const m = /^(\d{1,3})\n/.exec(text);
      if (!m && text.length < 5 && !text.includes("\n")) return;
      conn.destroy();
      if (m && Number(m[1]) <= 255) this.exited(Number(m[1]), null);
    }, "read");
    conn.on("data", (b) => {
      text += b.toString("latin1");
      read();
    });
    conn.on("error", () => {
    });
    read();
  }
  started(pid) {
    this.pid = pid;
    noteProcessGroup(pid, true);
    if (this.stopping) this.stopGroup();
  }
  exited(code, signal) {
    if (this.exitKnown) return;
    this.exitKnown = true;
    this.exitCode = code;
    this.exitSignal = signal;
    if (this.openStreams === 0) return this.finish();
    this.stdioTimer = setTimeout(() => {
      if (!this.settled) this.stopGroup();
    }, DEFAULT_STDIO_GRACE_MS);
    this.stdioTimer.unref();
  }
  /** The parent could not start it (no socket, fork failed). */
  refused() {
    this.cold();
  }
  workerLost() {
    if (this.settled) return;
    if (this.exitKnown) return this.maybeFinish();
    if (this.pid === void 0) {
      if (this.stopping) {
        this.exitKnown = true;
        for (const s of this.streams) s.destroy();
        this.finish();
      } else this.cold();
      return;
    }
    this.exitKnown = true;
    this.exitCode = this.stopping ? null : 0;
    this.maybeFinish();
  }
  stop(why) {
    if (this.settled || this.stopping) return;
    this.stopping = true;
    if (why === "timeout") this.timedOut = true;
    else this.cancelled = true;
    if (this.pid !== void 0) this.stopGroup();
    else this.worker.kill();
  }
  /** SIGTERM to the task's group now, SIGKILL after the grace if anything of it is left (process.ts). */
  stopGroup() {
    const pid = this.pid;
    if (pid === void 0) return;
    killGroup(pid, "SIGTERM");
    if (this.killTimer) return;
    this.killTimer = setTimeout(() => {
      killGroup(pid, "SIGKILL");
      setTimeout(() => {
        for (const s of this.streams) s.destroy();
        this.exitKnown = true;
        this.finish();
      }, 500).unref();
    }, DEFAULT_KILL_GRACE_MS);
    this.killTimer.unref();
  }
  maybeFinish() {
    if (this.exitKnown && this.openStreams <= 0) this.finish();
  }
  cleanup() {
    this.settled = true;
    byToken.delete(this.token);
    if (this.timer) clearTimeout(this.timer);
    if (this.stdioTimer) clearTimeout(this.stdioTimer);
    this.opts.signal?.removeEventListener("abort", this.onAbort);
    this.worker.done(this);
  }
  cold() {
    if (this.settled) return;
    this.cleanup();
    for (const s of this.streams) s.destroy();
    this.resolve("cold");
  }
  finish() {
    if (this.settled) return;
    this.cleanup();
    if (this.pid !== void 0) noteProcessGroup(this.pid, false);
    this.resolve(
      new ProcessOutput({
        command: this.opts.label,
        pid: this.pid,
        exitCode: this.exitCode,
        signal: this.exitSignal,
        durationMs: performance.now() - this.started0,
        timedOut: this.timedOut,
        timeoutMs: this.opts.timeoutMs,
        cancelled: this.cancelled
      })
    );
  }
};
async function runWarm(req, opts) {
  if (opts.signal?.aborted) return new ProcessOutput({ command: opts.label, exitCode: null, signal: null, durationMs: 0, cancelled: true });
  let sock;
  try {
    sock = await outputServer();
  } catch {
    return "cold";
  }
  const worker = workerFor(opts, sock.path);
  const command = typeof req.command === "string" ? req.command : "";
  const module = opts.preload ? command.slice(0, Math.max(0, command.lastIndexOf("."))) || void 0 : void 0;
  const task = new WarmTask(worker, module, opts);
  worker.send(task, { id: task.id, token: task.token, req, env: opts.env, preload: module !== void 0 && !noPreload.has(module) });
  return task.result;
}
__name(runWarm, "runWarm");

// src/tasks/python.ts
var shimArgs;
function pythonShimArgs() {
  if (shimArgs === void 0) {
    const { dir, shim } = pythonModules();
    const launcher = `import sys; sys.path.insert(0, ${JSON.stringify(dir)}); import ${shim} as m; del sys.path[0]; sys.modules.pop(${JSON.stringify(shim)}, None); m._main()`;
    shimArgs = ["-c", launcher];
  }
  return shimArgs;
}
__name(pythonShimArgs, "pythonShimArgs");
function pythonInterpreter(env) {
  const p = env.RUNNABLE_PYTHON;
  return p && p.trim() !== "" ? p.trim() : "python3";
}
__name(pythonInterpreter, "pythonInterpreter");
var resolvedCache = /* @__PURE__ */ new Map();
var shimFileCache = /* @__PURE__ */ new Map();
var whichCache = /* @__PURE__ */ new Map();
function whichSync(cmd, env, cwd) {
  if (cmd.includes("/")) return isAbsolute(cmd) ? cmd : join3(cwd, cmd);
  const key = cmd + "\0" + cwd + "\0" + (env.PATH ?? "");
  if (whichCache.has(key)) return whichCache.get(key);
  let found;
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    const p = join3(dir || cwd, cmd);
    try {
      accessSync(p, fsConstants.X_OK);
      if (!statSync(p).isFile()) continue;
      found = p;
      break;
    } catch {
    }
  }
  whichCache.set(key, found);
  return found;
}
__name(whichSync, "whichSync");
function isPyenvShim(path) {
  let v = shimFileCache.get(path);
  if (v === void 0) {
    v = false;
    if (/[/\\]shims[/\\][^/\\]+$/.test(path)) {
      try {
        const head = readFileSync2(path, "utf8").slice(0, 2e3);
        v = head.startsWith("#!") && head.includes("pyenv") && head.includes("exec");
      } catch {
        v = false;
      }
    }
    shimFileCache.set(path, v);
  }
  return v;
}
__name(isPyenvShim, "isPyenvShim");
async function resolveInterpreter(interpreter, env, cwd) {
  const found = whichSync(interpreter, env, cwd);
  if (!found || !isPyenvShim(found)) return { file: interpreter, envDelta: {} };
  const key = JSON.stringify([found, cwd, env.PATH ?? "", env.PYENV_VERSION ?? "", env.PYENV_ROOT ?? ""]);
  let p = resolvedCache.get(key);
  if (!p) {
    p = (async () => {
      const res = await runShimRaw(interpreter, { mode: "probe", environ: true }, { cwd, env });
      if (!res.ok || typeof res.executable !== "string" || !res.executable) return { file: interpreter, envDelta: {} };
      const environ = res.environ ?? {};
      const envDelta = {};
      for (const [k, v] of Object.entries(environ)) {
        if (k === "_" || k === "OLDPWD" || k === "SHLVL" || k === "PWD") continue;
        if (env[k] !== v) envDelta[k] = v;
      }
      return { file: res.executable, envDelta };
    })();
    resolvedCache.set(key, p);
    p.then(
      (r) => {
        if (r.file === interpreter) resolvedCache.delete(key);
      },
      () => resolvedCache.delete(key)
    );
  }
  return p;
}
__name(resolveInterpreter, "resolveInterpreter");
async function runShimRaw(file, request, opts) {
  const resultPath = tempPath(".result.json");
  const reqPath = resultPath.replace(/\.result\.json$/, ".req.json");
  await writeFile(reqPath, JSON.stringify({ ...request, result: resultPath, out_dir: privateTempDir(), cwd: opts.cwd }));
  const proc = await spawnProcess({
    file,
    args: [...pythonShimArgs(), reqPath],
    label: opts.label ?? file,
    cwd: opts.cwd,
    env: opts.env,
    output: opts.output,
    signal: opts.signal,
    timeoutMs: opts.timeoutMs
  });
  void rm(reqPath, { force: true }).catch(() => {
  });
  return readResult(resultPath, proc, opts.label ?? file);
}
__name(runShimRaw, "runShimRaw");
async function runShimWarm(file, request, opts) {
  const resultPath = tempPath(".result.json");
  const label = opts.label ?? file;
  const proc = await runWarm(
    { ...request, result: resultPath, out_dir: privateTempDir(), cwd: opts.cwd },
    { file, cwd: opts.cwd, env: opts.env, secrets: opts.secrets, preload: opts.preload, output: opts.output, signal: opts.signal, timeoutMs: opts.timeoutMs, label }
  );
  if (proc === "cold") {
    void rm(resultPath, { force: true }).catch(() => {
    });
    return void 0;
  }
  return readResult(resultPath, proc, label);
}
__name(runShimWarm, "runShimWarm");
async function readResult(resultPath, proc, label) {
  let result;
  try {
    result = parseJsonExact(await readFile(resultPath, "utf8"));
  } catch {
    result = void 0;
  }
  void rm(resultPath, { force: true }).catch(() => {
  });
  if (!result) {
    return { ok: false, error: proc.ok ? `${label} exited without a result` : proc.message, process: proc };
  }
  if (!proc.ok) {
    return { ...result, ok: false, error: result.ok ? proc.message : result.error, process: proc };
  }
  return { ...result, process: proc };
}
__name(readResult, "readResult");
async function runShim(request, opts, warm) {
  const interpreter = pythonInterpreter(opts.env);
  const resolved = await resolveInterpreter(interpreter, opts.env, opts.cwd);
  const env = Object.keys(resolved.envDelta).length ? { ...opts.env, ...resolved.envDelta } : opts.env;
  const o = { ...opts, env, label: opts.label ?? interpreter };
  const run = (warm && warmEnabled(env) ? await runShimWarm(resolved.file, request, { ...o, ...warm }) : void 0) ?? await runShimRaw(resolved.file, request, o);
  if (run.process?.spawnError?.code === "ENOENT") {
    run.error = `cannot start the Python interpreter '${interpreter}': not found (ENOENT); install Python 3 or set RUNNABLE_PYTHON to its path`;
  }
  return run;
}
__name(runShim, "runShim");
function shimMessage(run) {
  const err = run.error ?? "the Python task failed";
  return run.traceback ? `${err}
${run.traceback.trimEnd()}` : err;
}
__name(shimMessage, "shimMessage");
async function shimReturnsToParameters(inv, returns) {
  const out = {};
  for (const r of inv.spec.returns) {
    const got = returns[r.name];
    if (!got) continue;
    if (got.kind === "object") {
      const bytes = await readFile(got.file);
      void rm(got.file, { force: true }).catch(() => {
      });
      const key = await inv.objects.save(r.name, bytes, ".pickle");
      out[r.name] = makeParameter("object", key);
    } else {
      out[r.name] = makeParameter(r.kind, got.value);
    }
  }
  return out;
}
__name(shimReturnsToParameters, "shimReturnsToParameters");
async function objectFiles(inv) {
  const files = {};
  for (const [name, p] of Object.entries(inv.parameters)) {
    if (p.kind !== "object" || name in inv.iterVariables) continue;
    const bytes = await inv.objects.load(String(p.value));
    const file = tempPath(".in.pickle");
    await writeFile(file, bytes);
    files[name] = file;
  }
  return files;
}
__name(objectFiles, "objectFiles");
var PythonTaskRunner = class {
  static {
    __name(this, "PythonTaskRunner");
  }
  async run(inv) {
    const isAsync = inv.spec.command_type === "async-python";
    const values = {};
    for (const [name, p] of Object.entries(inv.parameters)) if (p.kind !== "object") values[name] = p.value;
    let objects;
    try {
      objects = await objectFiles(inv);
    } catch (e) {
      return failure(inv, `cannot load an object parameter: ${e.message}`);
    }
    try {
      const run = await runShim(
        {
          mode: "call",
          command: inv.spec.command,
          async: isAsync,
          stream_end_type: inv.spec.stream_end_type ?? "done",
          params: values,
          objects,
          iter: inv.iterVariables,
          returns: inv.spec.returns
        },
        { cwd: inv.cwd, env: inv.env, output: inv.output, signal: inv.signal, timeoutMs: inv.timeoutMs, label: `python ${inv.spec.command}` },
        { preload: true, secrets: inv.spec.secrets }
      );
      const status = run.process?.status ?? null;
      if (!run.ok) return failure(inv, shimMessage(run), status);
      try {
        return success(inv, await shimReturnsToParameters(inv, run.returns ?? {}), status);
      } catch (e) {
        return failure(inv, `cannot store a return of ${inv.spec.command}: ${e.message}`, status);
      }
    } finally {
      for (const f of Object.values(objects)) void rm(f, { force: true }).catch(() => {
      });
    }
  }
};
async function runPythonReducer(reducer, values, opts) {
  const run = await runShim({ mode: "reduce", reducer, values }, { ...opts, label: "python reducer" });
  if (!run.ok) throw new TaskError(shimMessage(run));
  return run.value;
}
__name(runPythonReducer, "runPythonReducer");
var probeCache = /* @__PURE__ */ new Map();
function probePython(opts) {
  const key = JSON.stringify([pythonInterpreter(opts.env), opts.cwd, opts.env.PATH ?? "", opts.env.PYTHONPATH ?? "", opts.env.VIRTUAL_ENV ?? ""]);
  let p = probeCache.get(key);
  if (!p) {
    p = runShim({ mode: "probe" }, { ...opts, label: "python probe" }).then(
      (r) => r.ok ? { executable: String(r.executable), version: String(r.version), engines: r.engines ?? [] } : { error: shimMessage(r) }
    );
    probeCache.set(key, p);
  }
  return p;
}
__name(probePython, "probePython");
function clearPythonCaches() {
  probeCache.clear();
  resolvedCache.clear();
  whichCache.clear();
  shimFileCache.clear();
  closePythonWorkers();
}
__name(clearPythonCaches, "clearPythonCaches");

export {
  spawnProcess,
  pythonShimArgs,
  pythonInterpreter,
  runShim,
  shimReturnsToParameters,
  PythonTaskRunner,
  runPythonReducer,
  probePython,
  clearPythonCaches
};
