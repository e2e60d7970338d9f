"""runnable-action's warm python worker: one parent per (interpreter, working directory, run) that forks a child
per task, as multiprocessing's forkserver does (src/tasks/python-warm.ts starts it and explains the choice).

The parent imports each task's module the first time a task needs it (runnable_shim._preload), so the tasks
forked after that find it imported. It never calls a task's function: every task runs in its own forked child,
which starts its own session (a process group node can stop), gets the task's environment, working directory
and output sockets, runs the request with runnable_shim._handle and exits. Whatever a task does to its
process (globals, sys.path, cwd, environment, signal handlers, memory, os._exit, a crash) dies with it.

Protocol (all lines are JSON):
- stdin, node -> parent, one request a line: {"id", "token", "req", "env", "preload"}; EOF: exit.
- fd 3, parent -> node: {"id", "pid"} when the child started, {"id", "code"} or {"id", "signal"} when it
  ended, {"id", "error"} when it could not be started.
- The child's stdout and stderr are two connections to node's Unix socket (argv[1]), each opened with the
  line "<token> 1" or "<token> 2" so node knows whose stream it is. As its last act a child that ends by
  itself closes them and reports its exit status on a third, "<token> 3" then "<status>" (`_report_exit`);
  the parent's report of the same task, after the child has been reaped, then finds it settled.
"""
import gc
import json
import os
import selectors
import signal
import socket
import sys

_REPLY_FD = 3


_WAKE_W = -1  # a child's exit writes a byte here (SIGCHLD through signal.set_wakeup_fd) and wakes the loop


def _watch_children():
    signal.set_wakeup_fd(_WAKE_W)
    signal.signal(signal.SIGCHLD, _on_child)


def _on_child(*_):
    pass


def _reply(obj):
    data = (json.dumps(obj) + "\n").encode()
    while data:
        data = data[os.write(_REPLY_FD, data):]


def _connect(path, token, stream):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.connect(path)
        s.sendall(("%s %d\n" % (token, stream)).encode())
    except BaseException:
        s.close()
        raise
    return s


def _set_environ(env):
    # Only what differs: a task's environment is its worker's plus a few RUNNABLE_* variables, and every
    # variable set or unset writes to memory the fork shares with the parent (a copy-on-write fault each).
    environ = os.environ
    for k in [k for k in environ if k not in env]:
        del environ[k]
    for k, v in env.items():
        if environ.get(k) != v:
            environ[k] = v


def _preload(shim, msg, out, err, base_env, cwd):
    """The task's module imported in this parent, as if in the task: its environment, argv, and its output
    streams (what the import prints goes to the task's log)."""
    saved = (os.dup(1), os.dup(2))
    argv = sys.argv
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        _set_environ(msg["env"])
        sys.argv = [msg["req"]["command"]]
        shim._preload(msg["req"]["command"])
        # What the import created is kept for good: out of the collector's reach, a collection in the parent
        # or in a child does not touch (and so copy) the pages of every imported object.
        gc.freeze()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:
            pass
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        os.close(saved[0])
        os.close(saved[1])
        sys.argv = argv
        _set_environ(base_env)
        if os.getcwd() != cwd:
            os.chdir(cwd)
        # An import may have taken SIGCHLD or the wake-up fd (asyncio does): the parent needs both back.
        _watch_children()


def _child(shim, msg, out, err, closing, sock_path):
    """In the forked child: become the task's own process, run it, exit."""
    code = 0
    try:
        os.setsid()
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        for fd in closing:
            try:
                os.close(fd)
            except OSError:
                pass
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        out.close()
        err.close()
        _set_environ(msg["env"])
        os.chdir(msg["req"]["cwd"])
        _reseed()
        shim._handle(msg["req"])
        _finish()
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        code = 70
        try:
            import traceback

            traceback.print_exc()
        except BaseException:
            pass
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        pass
    _report_exit(sock_path, msg["token"], code & 0xFF)
    os._exit(code)


def _report_exit(path, token, status):
    """Ends the task's output and tells node its exit status before the process ends: the kernel takes
    milliseconds to tear down a forked copy of a large interpreter (2.5 ms with pandas imported), and node need
    not wait for it. The token is the task's own, so no task can report for another."""
    for fd in (1, 2):
        try:
            os.close(fd)
        except OSError:
            pass
    try:
        s = _connect(path, token, 3)
        s.sendall(b"%d\n" % status)
        s.close()
    except BaseException:
        pass


def _reseed():
    """A fresh interpreter seeds its random generators from the OS; forked children would all share the
    parent's state. The random module reseeds itself after a fork; numpy's global generator does not."""
    np_random = sys.modules.get("numpy.random")
    if np_random is not None:
        try:
            # The generator's whole state from the OS (as seed() without an argument draws it, at a third of
            # the cost in a forked child): 624 words of MT19937, position 624 (regenerate on first draw).
            key = sys.modules["numpy"].frombuffer(os.urandom(2496), dtype="uint32")
            np_random.set_state(("MT19937", key, 624))
        except Exception:
            try:
                np_random.seed()
            except Exception:
                pass


def _finish():
    """What an interpreter does when its main script ends: wait for non-daemon threads, run atexit."""
    import atexit

    threading = sys.modules.get("threading")
    if threading is not None:
        try:
            threading._shutdown()
        except Exception:
            pass
    atexit._run_exitfuncs()


def _exit_message(status):
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        try:
            return {"signal": signal.Signals(sig).name}
        except ValueError:
            return {"code": 128 + sig}
    return {"code": os.WEXITSTATUS(status)}


def serve(shim):
    shim._setup()
    gc.freeze()
    sock_path = sys.argv[1]
    cwd = os.getcwd()
    if cwd not in sys.path:
        sys.path.insert(0, cwd)
    base_env = dict(os.environ)
    global _WAKE_W
    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_w, False)
    os.set_blocking(wake_r, False)
    _WAKE_W = wake_w
    _watch_children()
    sel = selectors.DefaultSelector()
    sel.register(0, selectors.EVENT_READ)
    sel.register(wake_r, selectors.EVENT_READ)
    children = {}  # pid -> request id
    # What a child closes: the parent's control channels (its stdin is replaced by /dev/null).
    closing = [_REPLY_FD, wake_r, wake_w]
    if hasattr(sel, "fileno"):
        closing.append(sel.fileno())
    buf = b""
    eof = False
    while not eof:
        for key, _ in sel.select():
            if key.fd == wake_r:
                try:
                    while os.read(wake_r, 512):
                        pass
                except BlockingIOError:
                    pass
                continue
            chunk = os.read(0, 65536)
            if not chunk:
                eof = True
                break
            buf += chunk
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                if line.strip():
                    _start(shim, json.loads(line), sock_path, base_env, cwd, children, closing)
        _reap(children)
    # node went away (a finished run, or killed): running children carry on in their own sessions.
    os._exit(0)


def _reap(children):
    # Only our own children: an import may have started processes of its own that its code waits for.
    for pid in list(children):
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            done, status = pid, 0
        if done == 0:
            continue
        msg = {"id": children.pop(pid)}
        msg.update(_exit_message(status))
        _reply(msg)


def _start(shim, msg, sock_path, base_env, cwd, children, closing):
    rid = msg["id"]
    out = err = None
    try:
        out = _connect(sock_path, msg["token"], 1)
        err = _connect(sock_path, msg["token"], 2)
        # Once its module is imported, a task needs nothing of the parent but the fork: every step of the
        # import's set-up (output, environment, argv) would write to pages the last child still shares.
        if msg.get("preload") and msg["req"]["command"].rpartition(".")[0] not in sys.modules:
            _preload(shim, msg, out, err, base_env, cwd)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
    except Exception as e:
        for s in (out, err):
            if s is not None:
                s.close()
        _reply({"id": rid, "error": "%s: %s" % (type(e).__name__, e)})
        return
    if pid == 0:
        _child(shim, msg, out, err, closing, sock_path)
    out.close()
    err.close()
    children[pid] = rid
    _reply({"id": rid, "pid": pid})
