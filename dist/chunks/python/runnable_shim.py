"""runnable-action's Python side: the python, async-python and notebook runners and map reducers.

Run by src/tasks/python.ts as `python3 -c <launcher> <request.json>`: the request is a JSON file, the result a
JSON file whose path the request names (a private channel: the user's stdout/stderr are never parsed). This
module never prints anything itself except a failure's traceback to stderr (and async-python stream events to
stdout). The build copies it next to the bundles (ncc's asset relocator); test/tasks/python-shim.test.ts
checks the copy in dist/ is this file.
"""
import json
import os
import sys

_SHIM_FILE = None  # set below: frames from this file are cut from user tracebacks


class _Failure(Exception):
    """A failure the user can fix, reported without a shim traceback."""

    def __init__(self, message, tb=None):
        Exception.__init__(self, message)
        self.message = message
        self.tb = tb


def _preview(value, limit=80):
    try:
        s = json.dumps(value, default=repr)
    except Exception:
        s = repr(value)
    return s if len(s) <= limit else s[: limit - 3] + "..."


def _user_traceback(exc):
    """The traceback of an exception raised by user code, without the shim's own frames."""
    import traceback

    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == _SHIM_FILE:
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(exc), exc, tb))


def _json_default(o):
    # numpy scalars and arrays, pandas objects... anything offering a plain-Python view
    if hasattr(o, "model_dump") and callable(o.model_dump):
        return o.model_dump(by_alias=True)
    for attr in ("tolist", "item"):
        f = getattr(o, attr, None)
        if callable(f):
            return f()
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)


def _to_json_value(name, value):
    """Checks a json/metric return is JSON-serialisable; returns its plain-JSON form."""
    if hasattr(value, "model_dump") and callable(value.model_dump):
        value = value.model_dump(by_alias=True)  # pydantic v2 model returned as json (4.1)
    elif hasattr(value, "dict") and hasattr(value, "__fields__") and callable(value.dict):
        value = value.dict(by_alias=True)  # pydantic v1
    try:
        return json.loads(json.dumps(value, allow_nan=False, default=_json_default))
    except (TypeError, ValueError) as e:
        raise _Failure("return '%s' is not JSON-serialisable (%s): %s" % (name, type(value).__name__, e))


# ---------------------------------------------------------------------------------------------------------
# Binding (semantics 4.2)

def _is_model_class(ann):
    return isinstance(ann, type) and (
        (hasattr(ann, "model_validate") and hasattr(ann, "model_fields"))
        or (hasattr(ann, "parse_obj") and hasattr(ann, "__fields__"))
    )


def _to_bool(name, value):
    if isinstance(value, str):
        v = value.strip().lower()
        if v in ("true", "1", "yes", "y", "on"):
            return True
        if v in ("false", "0", "no", "n", "off", ""):
            return False
        raise _Failure("cannot cast parameter '%s' (%s) to bool" % (name, _preview(value)))
    return bool(value)


def _cast(name, value, ann):
    if ann is _P.empty or isinstance(ann, str):
        return value
    if ann is bool:
        return _to_bool(name, value)
    if ann is int or ann is float or ann is str:
        try:
            return ann(value)
        except (TypeError, ValueError) as e:
            raise _Failure("cannot cast parameter '%s' (%s) to %s: %s" % (name, _preview(value), ann.__name__, e))
    if _is_model_class(ann):
        if isinstance(value, ann):
            return value
        if not isinstance(value, dict):
            raise _Failure(
                "parameter '%s' must be a JSON object to build %s, got %s" % (name, ann.__name__, type(value).__name__)
            )
        try:
            if hasattr(ann, "model_validate"):
                fields = getattr(ann, "model_fields", None)
                if isinstance(fields, dict):
                    value = {k: v for k, v in value.items() if k in fields or _has_alias(fields, k)}
                return ann.model_validate(value)
            return ann.parse_obj(value)
        except Exception as e:
            raise _Failure("cannot build %s from parameter '%s': %s" % (ann.__name__, name, e))
    import typing

    if ann is typing.Any:
        return value
    origin = typing.get_origin(ann)
    if origin is not None:
        args = typing.get_args(ann)
        import types

        if origin is typing.Union or origin is getattr(types, "UnionType", None):
            if value is None:
                return None
            rest = [a for a in args if a is not type(None)]
            if len(rest) == 1:
                return _cast(name, value, rest[0])
            return value
        if origin is typing.Annotated and args:
            return _cast(name, value, args[0])
        if isinstance(origin, type):
            if isinstance(value, origin):
                return value
            try:
                return origin(value)
            except Exception as e:
                raise _Failure("cannot cast parameter '%s' (%s) to %s: %s" % (name, _preview(value), origin.__name__, e))
        return value
    if isinstance(ann, type):
        if isinstance(value, ann):
            return value
        try:
            return ann(value)
        except Exception as e:
            raise _Failure("cannot cast parameter '%s' (%s) to %s: %s" % (name, _preview(value), ann.__name__, e))
    return value


def _has_alias(fields, key):
    for f in fields.values():
        if getattr(f, "alias", None) == key:
            return True
    return False


def _is_namespace(ann):
    return isinstance(ann, type) and ann.__name__ == "Namespace" and getattr(ann, "__module__", "") == "argparse"


class _P(object):
    """A parameter of a signature (what the binding needs of inspect.Parameter)."""

    POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD = range(5)
    empty = object()

    def __init__(self, name, kind, default, annotation):
        self.name = name
        self.kind = kind
        self.default = default
        self.annotation = annotation


def _signature(func):
    """The parameters of func. Plain functions are read from their code object: importing inspect costs
    ~5 ms, a third of this shim's own start-up; anything else (decorated, builtins, classes) uses inspect."""
    code = getattr(func, "__code__", None)
    if (
        code is not None
        and type(func).__name__ == "function"
        and not hasattr(func, "__wrapped__")
        and not hasattr(func, "__signature__")
    ):
        anns = getattr(func, "__annotations__", None) or {}
        if any(isinstance(a, str) for a in anns.values()):
            try:
                import typing

                anns = typing.get_type_hints(func)
            except Exception:
                pass
        pos = code.co_argcount
        kwonly = code.co_kwonlyargcount
        posonly = code.co_posonlyargcount
        names = code.co_varnames
        defaults = func.__defaults__ or ()
        kwdefaults = func.__kwdefaults__ or {}
        first_default = pos - len(defaults)
        out = []
        for i in range(pos):
            n = names[i]
            kind = _P.POSITIONAL_ONLY if i < posonly else _P.POSITIONAL_OR_KEYWORD
            d = defaults[i - first_default] if i >= first_default else _P.empty
            out.append(_P(n, kind, d, anns.get(n, _P.empty)))
        idx = pos + kwonly
        if code.co_flags & 0x04:  # CO_VARARGS
            out.append(_P(names[idx], _P.VAR_POSITIONAL, _P.empty, _P.empty))
            idx += 1
        for i in range(pos, pos + kwonly):
            n = names[i]
            out.append(_P(n, _P.KEYWORD_ONLY, kwdefaults.get(n, _P.empty), anns.get(n, _P.empty)))
        if code.co_flags & 0x08:  # CO_VARKEYWORDS
            out.append(_P(names[idx], _P.VAR_KEYWORD, _P.empty, _P.empty))
        return out
    import inspect

    try:
        sig = inspect.signature(func, eval_str=True)
    except Exception:
        sig = inspect.signature(func)
    kinds = {
        inspect.Parameter.POSITIONAL_ONLY: _P.POSITIONAL_ONLY,
        inspect.Parameter.POSITIONAL_OR_KEYWORD: _P.POSITIONAL_OR_KEYWORD,
        inspect.Parameter.VAR_POSITIONAL: _P.VAR_POSITIONAL,
        inspect.Parameter.KEYWORD_ONLY: _P.KEYWORD_ONLY,
        inspect.Parameter.VAR_KEYWORD: _P.VAR_KEYWORD,
    }
    e = inspect.Parameter.empty
    return [
        _P(p.name, kinds[p.kind], _P.empty if p.default is e else p.default, _P.empty if p.annotation is e else p.annotation)
        for p in sig.parameters.values()
    ]


def _bind(func, label, values, objects):
    """values: json/metric parameters and iteration variables; objects: names of un-pickled object parameters."""
    args = []
    kwargs = {}
    used = set()
    var_kw = None
    ns_name = None
    missing = []
    for p in _signature(func):
        name = p.name
        if p.kind == p.VAR_POSITIONAL:
            continue  # rule 6: *args is ignored
        if p.kind == p.VAR_KEYWORD:
            var_kw = name
            continue
        if _is_namespace(p.annotation):
            ns_name = name
            continue
        if name in values:
            v = values[name]
            if name not in objects:
                v = _cast(name, v, p.annotation)
            used.add(name)
            if p.kind == p.POSITIONAL_ONLY:
                args.append(v)
            else:
                kwargs[name] = v
        elif p.default is not _P.empty:
            if p.kind == p.POSITIONAL_ONLY:
                args.append(p.default)
            continue
        else:
            missing.append(name)
    if missing:
        have = ", ".join(sorted(values)) or "none"
        raise _Failure(
            "missing required argument%s %s for %s (parameters available: %s)"
            % ("s" if len(missing) > 1 else "", ", ".join("'%s'" % m for m in missing), label, have)
        )
    rest = dict((k, v) for k, v in values.items() if k not in used)
    if var_kw is not None:
        kwargs.update(rest)  # rule 5: **kwargs receives the rest
    elif ns_name is not None:
        import argparse

        kwargs[ns_name] = argparse.Namespace(**rest)
    return args, kwargs


# ---------------------------------------------------------------------------------------------------------
# Modes

# module name -> the exception its import raised in a warm worker's parent (runnable_worker.py); a task
# forked from that parent raises it again instead of running the module's import a second time.
_PRELOAD_ERRORS = {}


def _preload(command):
    """Imports the module of 'module.function' (a warm worker's parent does, before forking the task). An
    import that fails is remembered for the task and retried by the next request."""
    import importlib

    module_name = command.rpartition(".")[0]
    _PRELOAD_ERRORS.pop(module_name, None)
    if not module_name or module_name in sys.modules:
        return
    try:
        importlib.import_module(module_name)
    except BaseException as e:
        _PRELOAD_ERRORS[module_name] = e


def _load_callable(command):
    import importlib

    module_name, _, attr = command.rpartition(".")
    if not module_name or not attr:
        raise _Failure("'%s' is not a dotted path 'module.function'" % command)
    if module_name not in sys.modules and module_name in _PRELOAD_ERRORS:
        raise _PRELOAD_ERRORS.pop(module_name)
    module = importlib.import_module(module_name)
    try:
        return getattr(module, attr)
    except AttributeError:
        raise _Failure("module '%s' has no attribute '%s'" % (module_name, attr))


def _write_objects(req, name, value):
    import pickle

    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)
    path = os.path.join(req["out_dir"], "%s-%s.pickle" % (os.path.basename(req["result"]), safe))
    with open(path, "wb") as f:
        pickle.dump(value, f)
    return path


def _collect_returns(req, result, label):
    returns = req["returns"]
    if not returns:
        return {}
    values = result if isinstance(result, tuple) else (result,)
    if len(values) != len(returns):
        raise _Failure(
            "Returns task signature does not match the function returns: %d return%s declared (%s) but %s returned %d value%s"
            % (
                len(returns),
                "" if len(returns) == 1 else "s",
                ", ".join(r["name"] for r in returns),
                label,
                len(values),
                "" if len(values) == 1 else "s",
            )
        )
    out = {}
    for r, v in zip(returns, values):
        if r["kind"] == "object":
            out[r["name"]] = {"kind": "object", "file": _write_objects(req, r["name"], v)}
        else:
            out[r["name"]] = {"kind": r["kind"], "value": _to_json_value(r["name"], v)}
    return out


def _input_values(req):
    values = dict(req.get("params") or {})
    objects = set()
    obj_files = req.get("objects") or {}
    if obj_files:
        import pickle

        for name, path in obj_files.items():
            with open(path, "rb") as f:
                values[name] = pickle.load(f)
            objects.add(name)
    values.update(req.get("iter") or {})  # rule 7: iteration variables by name
    for name in req.get("iter") or {}:
        objects.discard(name)
    return values, objects


def _mode_call(req):
    command = req["command"]
    label = "the function " + command
    cwd = req["cwd"]
    if cwd not in sys.path:
        sys.path.insert(0, cwd)
    sys.argv = [command]
    try:
        func = _load_callable(command)
        values, objects = _input_values(req)
        args, kwargs = _bind(func, command, values, objects)
    except _Failure:
        raise
    except BaseException as e:
        raise _Failure("Call to %s did not succeed." % label, _user_traceback(e))
    try:
        result = func(*args, **kwargs)
        rtype = type(result).__name__
        if rtype == "async_generator":
            result = _drain_async_gen(result, req.get("stream_end_type") or "done")
        elif hasattr(result, "__await__"):
            import asyncio

            async def _await(x):
                return await x

            result = asyncio.run(_await(result))
        elif rtype == "generator" and req.get("async"):
            raise _Failure("%s returned a generator; async-python expects a coroutine or an async generator" % command)
    except _Failure:
        raise
    except SystemExit as e:
        if e.code not in (None, 0):
            raise _Failure("Call to %s did not succeed: it called sys.exit(%r)." % (label, e.code))
        result = None
    except BaseException as e:
        raise _Failure("Call to %s did not succeed." % label, _user_traceback(e))
    return {"ok": True, "returns": _collect_returns(req, result, command)}


def _drain_async_gen(agen, end_type):
    import asyncio

    async def _drain():
        found = None
        async for item in agen:
            if isinstance(item, dict) and "type" in item:
                if item.get("type") == end_type:
                    data = dict((k, v) for k, v in item.items() if k != "type")
                    if len(data) == 1:
                        found = list(data.values())[0]
                    elif len(data) > 1:
                        found = tuple(data.values())
                    else:
                        found = None
                else:
                    try:
                        line = json.dumps(item, default=repr)
                    except Exception:
                        line = repr(item)
                    sys.stdout.write(line + "\n")
        return found

    return asyncio.run(_drain())


def _mode_reduce(req):
    src = req["reducer"].strip()
    try:
        if src.startswith("lambda"):
            fn = eval(compile(src, "<reducer>", "eval"), {"__builtins__": __builtins__}, {})
        else:
            cwd = req.get("cwd")
            if cwd and cwd not in sys.path:
                sys.path.insert(0, cwd)
            fn = _load_callable(src)
        if not callable(fn):
            raise _Failure("reducer %r is not callable" % src)
        result = fn(*req["values"])
    except _Failure:
        raise
    except BaseException as e:
        raise _Failure("the reducer %r failed." % src, _user_traceback(e))
    return {"ok": True, "value": _to_json_value("reduced value", result)}


def _mode_probe(req):
    import importlib.util

    def has(m):
        try:
            return importlib.util.find_spec(m) is not None
        except Exception:
            return False

    engines = []
    if has("papermill"):
        engines.append("papermill")
    if has("ploomber_engine"):
        engines.append("ploomber-engine")
    if has("nbclient") and has("nbformat") and has("ipykernel"):
        engines.append("nbclient")
    res = {"ok": True, "executable": sys.executable, "version": sys.version.split()[0], "engines": engines}
    if req.get("environ"):
        res["environ"] = dict(os.environ)  # what the interpreter's launcher (pyenv exec) set up
    return res


# ---------------------------------------------------------------------------------------------------------
# Notebooks

_RETURNS_TAG = "runnable-action-returns"


def _code_cell(source, tags, with_id):
    cell = {"cell_type": "code", "execution_count": None, "metadata": {"tags": list(tags)}, "outputs": [], "source": source}
    if with_id:
        import uuid

        cell["id"] = uuid.uuid4().hex[:8]
    return cell


def _dump_cell_source(returns, names_file):
    # Runs inside the notebook's namespace: writes the requested names as JSON (objects pickled).
    items = [(r["lookup"], r["name"], r["kind"], r.get("file")) for r in returns]
    return "\n".join(
        [
            "def _runnable_action_dump():",
            "    import json, pickle",
            "    g = globals()",
            "    out = {}",
            "    for lookup, name, kind, path in %r:" % (items,),
            "        if lookup not in g:",
            "            out[name] = {'missing': True}",
            "            continue",
            "        v = g[lookup]",
            "        if kind == 'object':",
            "            with open(path, 'wb') as f:",
            "                pickle.dump(v, f)",
            "            out[name] = {'file': path}",
            "            continue",
            "        if hasattr(v, 'model_dump'):",
            "            v = v.model_dump(by_alias=True)",
            "        elif hasattr(v, 'dict') and hasattr(v, '__fields__'):",  # pydantic v1, as _to_json_value
            "            v = v.dict(by_alias=True)",
            "        def dflt(o):",
            "            for a in ('tolist', 'item'):",
            "                f = getattr(o, a, None)",
            "                if callable(f):",
            "                    return f()",
            "            raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)",
            "        try:",
            "            out[name] = {'value': json.loads(json.dumps(v, allow_nan=False, default=dflt))}",
            "        except (TypeError, ValueError) as e:",
            "            out[name] = {'error': '%s: %s' % (type(v).__name__, e)}",
            "    with open(%r, 'w', encoding='utf-8') as f:" % names_file,
            "        json.dump(out, f)",
            "_runnable_action_dump()",
            "del _runnable_action_dump",
        ]
    )


def _params_cell_source(params):
    lines = ["# Parameters injected by runnable-action"]
    import keyword

    for k, v in params.items():
        if k.isidentifier() and not keyword.iskeyword(k):
            lines.append("%s = %r" % (k, v))
    return "\n".join(lines)


def _strip_ansi(s):
    import re

    return re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", s)


def _print_cell_outputs(cell):
    for o in cell.get("outputs", []):
        if o.get("output_type") == "stream":
            text = o.get("text", "")
            if isinstance(text, list):
                text = "".join(text)
            (sys.stderr if o.get("name") == "stderr" else sys.stdout).write(text)
        elif o.get("output_type") == "error":
            sys.stderr.write(_strip_ansi("\n".join(o.get("traceback", []))) + "\n")
    sys.stdout.flush()


def _mode_notebook(req):
    engine = req["engine"]
    src_path = req["input"]
    out_path = req["output"]
    cwd = req["cwd"]
    params = req.get("params") or {}
    engine_args = req.get("engine_args") or {}
    returns = req.get("returns") or []
    names_file = req["result"] + ".names.json"
    with open(src_path, encoding="utf-8") as f:
        nb = json.load(f)
    # nbformat allows a cell's source as one string or as a list of lines: make it one string.
    for cell in nb.get("cells", []):
        if isinstance(cell.get("source"), list):
            cell["source"] = "".join(cell["source"])
    with_id = (nb.get("nbformat", 4), nb.get("nbformat_minor", 0)) >= (4, 5)
    for r in returns:
        if r["kind"] == "object":
            safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in r["name"])
            r["file"] = os.path.join(req["out_dir"], "%s-%s.pickle" % (os.path.basename(req["result"]), safe))
    if returns:
        nb.setdefault("cells", []).append(_code_cell(_dump_cell_source(returns, names_file), [_RETURNS_TAG], with_id))
    run_input = req["result"] + ".input.ipynb"
    error = None
    if engine == "nbclient":
        error = _run_nbclient(nb, run_input, out_path, cwd, params, engine_args, with_id)
    else:
        with open(run_input, "w", encoding="utf-8") as f:
            json.dump(nb, f)
        try:
            if engine == "papermill":
                import papermill

                kw = {"parameters": params, "progress_bar": False, "log_output": False,
                      "stdout_file": sys.stdout, "stderr_file": sys.stderr, "cwd": cwd}
                kw.update(engine_args)
                papermill.execute_notebook(run_input, out_path, **kw)
            else:
                import inspect
                from ploomber_engine import execute_notebook

                kw = {"parameters": params, "log_output": True, "progress_bar": False, "cwd": cwd}
                accepted = inspect.signature(execute_notebook).parameters
                kw = dict((k, v) for k, v in kw.items() if k in accepted)
                kw.update(engine_args)
                old = os.getcwd()
                os.chdir(cwd)
                try:
                    execute_notebook(run_input, out_path, **kw)
                finally:
                    os.chdir(old)
        except BaseException as e:
            error = _strip_ansi(str(e)) or type(e).__name__
    _remove_tagged_cells(out_path, _RETURNS_TAG)
    if error is not None:
        raise _Failure("Call to the notebook %s did not succeed.\n%s" % (req["command"], error))
    if not returns:
        return {"ok": True, "returns": {}}
    try:
        with open(names_file, encoding="utf-8") as f:
            dumped = json.load(f)
    except OSError:
        raise _Failure("the notebook %s ran but its returns could not be read" % req["command"])
    out = {}
    missing = []
    for r in returns:
        d = dumped.get(r["name"], {"missing": True})
        if d.get("missing"):
            missing.append(r["lookup"])
        elif "error" in d:
            raise _Failure("return '%s' of the notebook is not JSON-serialisable (%s)" % (r["name"], d["error"]))
        elif r["kind"] == "object":
            out[r["name"]] = {"kind": "object", "file": d["file"]}
        else:
            out[r["name"]] = {"kind": r["kind"], "value": d["value"]}
    if missing:
        raise _Failure(
            "the notebook %s did not define the return%s %s"
            % (req["command"], "" if len(missing) == 1 else "s", ", ".join("'%s'" % m for m in missing))
        )
    return {"ok": True, "returns": out}


def _remove_tagged_cells(path, tag):
    try:
        with open(path, encoding="utf-8") as f:
            nb = json.load(f)
    except (OSError, ValueError):
        return
    cells = nb.get("cells", [])
    kept = [c for c in cells if tag not in (c.get("metadata", {}).get("tags") or [])]
    if len(kept) != len(cells):
        nb["cells"] = kept
        with open(path, "w", encoding="utf-8") as f:
            json.dump(nb, f, indent=1, ensure_ascii=False)
            f.write("\n")


def _run_nbclient(nb_dict, run_input, out_path, cwd, params, engine_args, with_id):
    """papermill's core, without papermill: inject parameters the way papermill does, execute with nbclient."""
    import nbformat
    from nbclient import NotebookClient

    cells = nb_dict.setdefault("cells", [])
    if params:
        pos = 0
        for i, c in enumerate(cells):
            if "parameters" in (c.get("metadata", {}).get("tags") or []):
                pos = i + 1
                break
        cells.insert(pos, _code_cell(_params_cell_source(params), ["injected-parameters"], with_id))
    nb = nbformat.from_dict(nb_dict)
    kernel = engine_args.pop("kernel_name", None) or nb.metadata.get("kernelspec", {}).get("name") or "python3"
    kw = {"timeout": None, "kernel_name": kernel, "resources": {"metadata": {"path": cwd}}}
    kw.update(engine_args)
    client = NotebookClient(nb, **kw)
    try:
        client.on_cell_executed = lambda cell, cell_index, execute_reply, **_: _print_cell_outputs(cell)
    except Exception:
        pass
    error = None
    try:
        client.execute()
    except BaseException as e:
        error = _strip_ansi(str(e)) or type(e).__name__
    finally:
        with open(out_path, "w", encoding="utf-8") as f:
            nbformat.write(nb, f)
    return error


# ---------------------------------------------------------------------------------------------------------

_MODES = {"call": _mode_call, "reduce": _mode_reduce, "probe": _mode_probe, "notebook": _mode_notebook}


def _setup():
    """Process set-up shared by a one-task interpreter (_main) and a warm worker's parent."""
    # The script's own directory is not the user's: the cwd is (runnable puts the cwd on sys.path).
    if sys.path and sys.path[0] == os.path.dirname(os.path.abspath(_SHIM_FILE)):
        del sys.path[0]
    try:
        sys.stdout.reconfigure(line_buffering=True)
        sys.stderr.reconfigure(line_buffering=True)
    except Exception:
        pass


def _main():
    _setup()
    with open(sys.argv[1], encoding="utf-8") as f:
        req = json.load(f)
    _handle(req)


def _handle(req):
    """Runs one request and writes its result file."""
    try:
        res = _MODES[req["mode"]](req)
    except _Failure as e:
        res = {"ok": False, "error": e.message, "traceback": e.tb}
        if e.tb:
            sys.stderr.write(e.tb)
    except BaseException as e:
        import traceback

        tb = traceback.format_exc()
        sys.stderr.write(tb)
        res = {"ok": False, "error": "runnable-action python shim failed: %s" % e, "traceback": tb}
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        pass
    try:
        text = json.dumps(res, allow_nan=False, default=_json_default)
    except (TypeError, ValueError) as e:
        text = json.dumps({"ok": False, "error": "could not encode the result: %s" % e})
    tmp = req["result"] + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, req["result"])


_SHIM_FILE = _main.__code__.co_filename

if __name__ == "__main__":
    _main()
