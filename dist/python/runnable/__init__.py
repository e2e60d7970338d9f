"""
runnable-action's Python SDK: the surface of runnable 0.50's SDK (``from runnable import Pipeline, ...``),
so pipelines written for runnable run unchanged on runnable-action's engine.

The classes here only *describe* a pipeline. ``Pipeline.execute()`` turns the description into
runnable's pipeline YAML shape (the same document a YAML twin of the pipeline holds, so both give the same
IR and dag_hash) and hands it to runnable-action's CLI:

- ``python pipeline.py``: ``execute()`` runs ``runnable execute -f pipeline.py`` (the Node CLI this package
  ships with) with the configuration file, parameters file, run id and tag given to ``execute()``; the CLI
  loads the script again in *export* mode (below) and runs the pipeline. Its exit status becomes
  ``SystemExit`` when the run did not succeed.
- ``runnable execute -f pipeline.py`` (and every orchestrator pod): the CLI runs the script with
  ``RUNNABLE_ACTION_EXPORT`` set; ``execute()`` then writes the description to that file and stops the
  script (exit 0) instead of running anything.
- inside a step (``RUNNABLE_STEP_ATTEMPT`` is set, e.g. a task importing the pipeline module),
  ``execute()`` returns at once, as runnable's does when only the definition is wanted.

Functions defined in the pipeline script itself (``__main__``) are referred to by the script's module path
relative to the working directory (``examples/x/pipeline.py`` -> ``examples.x.pipeline.f``), which is
what runnable's in-process executor reaches through ``__main__``; the script must then guard its own run
with ``if __name__ == "__main__":`` (runnable's examples do).

Not supported (refused with a clear message): ``AsyncPythonTask``, ``AsyncPipeline``.
"""
from __future__ import annotations

import json as _json
import os
import subprocess
import sys
from typing import Any, Callable, Dict, List, Optional, Union

__all__ = [
    "Catalog",
    "Pipeline",
    "PythonTask",
    "ShellTask",
    "NotebookTask",
    "Stub",
    "Parallel",
    "Map",
    "Conditional",
    "Loop",
    "Success",
    "Fail",
    "TaskReturns",
    "pickled",
    "json",
    "metric",
    "PythonJob",
    "ShellJob",
    "NotebookJob",
    "AsyncPythonTask",
    "AsyncPipeline",
]

EXPORT_ENV = "RUNNABLE_ACTION_EXPORT"


class SdkError(Exception):
    """A pipeline description runnable's SDK would refuse too."""


# ---------------------------------------------------------------------------------------------- returns


class TaskReturns:
    def __init__(self, name: str, kind: str = "json"):
        if kind not in ("json", "object", "metric"):
            raise SdkError(f"return kind must be json, object or metric, got {kind!r}")
        self.name = name
        self.kind = kind

    def __repr__(self) -> str:
        return f"TaskReturns(name={self.name!r}, kind={self.kind!r})"


def pickled(name: str) -> TaskReturns:
    return TaskReturns(name=name, kind="object")


def json(name: str) -> TaskReturns:  # noqa: A001 (runnable's name)
    return TaskReturns(name=name, kind="json")


def metric(name: str) -> TaskReturns:
    return TaskReturns(name=name, kind="metric")


def _returns(values: Optional[List[Union[str, TaskReturns]]]) -> List[Dict[str, str]]:
    out = []
    for r in values or []:
        if isinstance(r, str):
            r = TaskReturns(name=r)
        if not isinstance(r, TaskReturns):
            raise SdkError(f"returns must be names or json()/metric()/pickled(), got {r!r}")
        out.append({"name": r.name, "kind": r.kind})
    return out


class Catalog:
    def __init__(self, get: Optional[List[str]] = None, put: Optional[List[str]] = None, store_copy: bool = True, **extra: Any):
        if extra:
            raise SdkError(f"Catalog got unknown arguments: {', '.join(sorted(extra))} (expected get, put, store_copy)")
        self.get = list(get or [])
        self.put = list(put or [])
        self.store_copy = store_copy

    def to_dict(self) -> Dict[str, Any]:
        return {"get": self.get, "put": self.put, "store_copy": self.store_copy}


# ---------------------------------------------------------------------------------------------- nodes


class BaseTraversal:
    _fields: tuple = ()

    def __init__(
        self,
        name: str,
        next_node: str = "",
        terminate_with_success: bool = False,
        terminate_with_failure: bool = False,
        on_failure: Optional["Pipeline"] = None,
        **kwargs: Any,
    ):
        if not isinstance(name, str) or not name:
            raise SdkError("every step needs a non-empty name")
        self.name = name
        self.next_node = next_node
        self.terminate_with_success = terminate_with_success
        self.terminate_with_failure = terminate_with_failure
        self.on_failure = on_failure
        if terminate_with_success and terminate_with_failure:
            raise SdkError(f"step {name!r}: a node cannot terminate with success and failure")
        if (terminate_with_success or terminate_with_failure) and next_node and next_node not in ("success", "fail"):
            raise SdkError(f"step {name!r}: a node being terminated cannot have a user defined next node")
        if terminate_with_failure:
            self.next_node = "fail"
        if terminate_with_success:
            self.next_node = "success"
        self._init(**kwargs)

    def _init(self, **kwargs: Any) -> None:
        if kwargs:
            raise SdkError(f"{type(self).__name__} {self.name!r} got unknown arguments: {', '.join(sorted(kwargs))}")

    @property
    def internal_name(self) -> str:
        return self.name

    def __rshift__(self, other: "BaseTraversal") -> "BaseTraversal":
        if self.next_node:
            raise SdkError(f"The node {self.name} already has a next node: {self.next_node}")
        self.next_node = other.name
        return other

    def __lshift__(self, other: "BaseTraversal") -> "BaseTraversal":
        if other.next_node:
            raise SdkError(f"The {other.name} node already has a next node: {other.next_node}")
        other.next_node = self.name
        return other

    def _common(self, type_: str) -> Dict[str, Any]:
        if not self.next_node and not (self.terminate_with_success or self.terminate_with_failure):
            raise SdkError(f"step {self.name!r}: a node not being terminated must have a user defined next node")
        d: Dict[str, Any] = {"type": type_, "next": self.next_node}
        if self.on_failure is not None:
            d["on_failure"] = _first_step(self.on_failure).name
        return d

    def as_pipeline(self) -> "Pipeline":
        return Pipeline(steps=[self], name=self.internal_name)

    def to_dict(self) -> Dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError


def _first_step(p: Any) -> "BaseTraversal":
    if isinstance(p, Pipeline):
        return p.steps[0]
    if isinstance(p, BaseTraversal):
        return p
    raise SdkError(f"on_failure must be a Pipeline, got {type(p).__name__}")


class BaseTask(BaseTraversal):
    command_type = "python"

    def _init(self, catalog: Optional[Catalog] = None, overrides: Optional[Dict[str, Any]] = None, returns: Optional[list] = None, secrets: Optional[List[str]] = None, **kwargs: Any) -> None:
        self.catalog = catalog
        self.overrides = dict(overrides or {})
        self.returns = _returns(returns)
        self.secrets = list(secrets or [])
        self._task(**kwargs)

    def _task(self, **kwargs: Any) -> None:
        BaseTraversal._init(self, **kwargs)

    def _command(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def to_dict(self) -> Dict[str, Any]:
        d = self._common("task")
        d["command_type"] = self.command_type
        d["command"] = self._command()
        if self.returns:
            d["returns"] = self.returns
        if self.secrets:
            d["secrets"] = self.secrets
        if self.catalog is not None:
            d["catalog"] = self.catalog.to_dict()
        if self.overrides:
            d["overrides"] = self.overrides
        return d


def _main_module_name() -> str:
    """The pipeline script as a module path relative to the working directory (how runnable names its caller)."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if not path:
        raise SdkError("a function defined in an interactive session cannot be a task: define it in a module")
    rel = os.path.relpath(os.path.abspath(path), os.getcwd())
    if rel.startswith(".."):
        raise SdkError(f"the pipeline script {path} is outside the working directory {os.getcwd()}: its functions cannot be imported by the steps")
    base = rel[:-3] if rel.endswith(".py") else rel
    return base.replace(os.sep, ".")


def _function_path(f: Callable) -> str:
    if isinstance(f, str):
        return f
    module = getattr(f, "__module__", None)
    name = getattr(f, "__qualname__", None) or getattr(f, "__name__", None)
    if not module or not name or "<" in name or "." in name:
        raise SdkError(f"{f!r} is not a module-level function: a task's function must be importable as module.function")
    if module == "__main__":
        module = _main_module_name()
    return f"{module}.{name}"


class PythonTask(BaseTask):
    command_type = "python"

    def _task(self, function: Optional[Callable] = None, **kwargs: Any) -> None:
        if function is None:
            raise SdkError(f"PythonTask {self.name!r} needs a function")
        if _is_coroutine(function):
            raise SdkError(f"PythonTask {self.name!r}: {function.__name__} is async; AsyncPythonTask is not supported by runnable-action (use a regular function)")
        self.function = function
        BaseTraversal._init(self, **kwargs)

    def _command(self) -> str:
        return _function_path(self.function)

    @property
    def command(self) -> str:
        return self._command()


class ShellTask(BaseTask):
    command_type = "shell"

    def _task(self, command: Optional[str] = None, **kwargs: Any) -> None:
        if not command:
            raise SdkError(f"ShellTask {self.name!r} needs a command")
        self.command = command
        BaseTraversal._init(self, **kwargs)

    def _command(self) -> str:
        return self.command

    def to_dict(self) -> Dict[str, Any]:
        for r in self.returns:
            if r["kind"] == "object":
                raise SdkError(f"ShellTask {self.name!r}: shell tasks cannot return objects (return {r['name']!r})")
        return super().to_dict()


class NotebookTask(BaseTask):
    command_type = "notebook"

    def _task(self, notebook: Optional[str] = None, optional_ploomber_args: Optional[Dict[str, Any]] = None, **kwargs: Any) -> None:
        if not notebook:
            raise SdkError(f"NotebookTask {self.name!r} needs a notebook")
        self.notebook = notebook
        self.optional_ploomber_args = optional_ploomber_args
        BaseTraversal._init(self, **kwargs)

    def _command(self) -> str:
        return self.notebook

    def to_dict(self) -> Dict[str, Any]:
        d = super().to_dict()
        if self.optional_ploomber_args:
            d["optional_ploomber_args"] = self.optional_ploomber_args
        return d


class Stub(BaseTraversal):
    def _init(self, catalog: Optional[Catalog] = None, **kwargs: Any) -> None:
        # runnable's Stub takes any arguments and ignores them.
        self.catalog = catalog

    def to_dict(self) -> Dict[str, Any]:
        d = self._common("stub")
        if self.catalog is not None:
            d["catalog"] = self.catalog.to_dict()
        return d

    def as_pipeline(self) -> "Pipeline":
        return Pipeline(steps=[self])


def _branch(p: Any, what: str) -> "Pipeline":
    if isinstance(p, AsyncPipeline):
        raise SdkError(f"{what}: AsyncPipeline is not supported by runnable-action")
    if not isinstance(p, Pipeline):
        raise SdkError(f"{what} must be a Pipeline, got {type(p).__name__}")
    return p


class Parallel(BaseTraversal):
    def _init(self, branches: Optional[Dict[str, "Pipeline"]] = None, **kwargs: Any) -> None:
        if not branches:
            raise SdkError(f"Parallel {self.name!r} needs branches")
        self.branches = {k: _branch(v, f"Parallel {self.name!r} branch {k!r}") for k, v in branches.items()}
        BaseTraversal._init(self, **kwargs)

    def to_dict(self) -> Dict[str, Any]:
        d = self._common("parallel")
        d["branches"] = {k: v._dag() for k, v in self.branches.items()}
        return d


class Conditional(BaseTraversal):
    def _init(self, branches: Optional[Dict[str, "Pipeline"]] = None, parameter: str = "", default: Optional["Pipeline"] = None, **kwargs: Any) -> None:
        if not parameter or not parameter.isalnum():
            raise SdkError(f"Conditional {self.name!r}: the parameter name should be alphanumeric and not empty")
        if not branches:
            raise SdkError(f"Conditional {self.name!r} needs branches")
        for k in branches:
            if not str(k).isalnum():
                raise SdkError(f"Conditional {self.name!r}: branch {k!r} must be alphanumeric")
        self.branches = {k: _branch(v, f"Conditional {self.name!r} branch {k!r}") for k, v in branches.items()}
        self.parameter = parameter
        self.default = _branch(default, f"Conditional {self.name!r} default") if default is not None else None
        BaseTraversal._init(self, **kwargs)

    def to_dict(self) -> Dict[str, Any]:
        d = self._common("conditional")
        d["parameter"] = self.parameter
        d["branches"] = {k: v._dag() for k, v in self.branches.items()}
        if self.default is not None:
            d["default"] = self.default._dag()
        return d


class Map(BaseTraversal):
    def _init(self, branch: Optional["Pipeline"] = None, iterate_on: str = "", iterate_as: str = "", reducer: Optional[str] = None, **kwargs: Any) -> None:
        self.branch = _branch(branch, f"Map {self.name!r} branch")
        if not iterate_on or not iterate_as:
            raise SdkError(f"Map {self.name!r} needs iterate_on and iterate_as")
        self.iterate_on = iterate_on
        self.iterate_as = iterate_as
        if reducer is not None and not isinstance(reducer, str):
            reducer = _function_path(reducer)
        self.reducer = reducer
        BaseTraversal._init(self, **kwargs)

    def to_dict(self) -> Dict[str, Any]:
        d = self._common("map")
        d["iterate_on"] = self.iterate_on
        d["iterate_as"] = self.iterate_as
        if self.reducer:
            d["reducer"] = self.reducer
        d["branch"] = self.branch._dag()
        return d


class Loop(BaseTraversal):
    def _init(self, branch: Optional["Pipeline"] = None, max_iterations: int = 0, break_on: str = "", index_as: str = "", **kwargs: Any) -> None:
        self.branch = _branch(branch, f"Loop {self.name!r} branch")
        self.max_iterations = max_iterations
        self.break_on = break_on
        self.index_as = index_as
        BaseTraversal._init(self, **kwargs)

    def to_dict(self) -> Dict[str, Any]:
        d = self._common("loop")
        d.update({"max_iterations": self.max_iterations, "break_on": self.break_on, "index_as": self.index_as})
        d["branch"] = self.branch._dag()
        return d


class Success:
    def __init__(self, name: str = "success"):
        self.name = name

    @property
    def internal_name(self) -> str:
        return self.name


class Fail:
    def __init__(self, name: str = "fail"):
        self.name = name

    @property
    def internal_name(self) -> str:
        return self.name


def _is_coroutine(f: Any) -> bool:
    import inspect

    return inspect.iscoroutinefunction(f) or inspect.isasyncgenfunction(f)


class AsyncPythonTask:
    def __init__(self, *args: Any, **kwargs: Any):
        raise SdkError("AsyncPythonTask is not supported by runnable-action: use PythonTask with a regular function")


class AsyncPipeline:
    def __init__(self, *args: Any, **kwargs: Any):
        raise SdkError("AsyncPipeline is not supported by runnable-action: use Pipeline")


# ---------------------------------------------------------------------------------------------- pipeline


class Pipeline:
    def __init__(self, steps: List[BaseTraversal], name: str = "", description: str = "", internal_branch_name: str = "", **extra: Any):
        if extra:
            raise SdkError(f"Pipeline got unknown arguments: {', '.join(sorted(extra))} (expected steps, name, description)")
        if not steps:
            raise SdkError("a Pipeline needs at least one step")
        for s in steps:
            if isinstance(s, (Success, Fail)):
                continue
            if not isinstance(s, BaseTraversal):
                raise SdkError(f"a Pipeline's steps must be runnable steps, got {type(s).__name__}")
        self.steps = list(steps)
        self.name = name
        self.description = description
        terminal = self.steps[-1]
        if isinstance(terminal, BaseTraversal) and not terminal.terminate_with_failure:
            terminal.terminate_with_success = True
            terminal.next_node = "success"
        seen = set()
        terminations = 0
        for s in self.steps:
            if isinstance(s, BaseTraversal) and (s.terminate_with_success or s.terminate_with_failure):
                terminations += 1
            if s.name in seen:
                raise SdkError(f"Step names should be unique. Found duplicate: {s.name}")
            seen.add(s.name)
        if terminations > 1:
            raise SdkError("A pipeline can only have one termination node with success or failure")
        for i in range(len(self.steps) - 1):
            a, b = self.steps[i], self.steps[i + 1]
            if isinstance(a, BaseTraversal):
                a >> b

    def _dag(self) -> Dict[str, Any]:
        """runnable's pipeline YAML `dag` for this pipeline (steps, then on_failure steps, then terminals)."""
        steps: Dict[str, Any] = {}
        ordered: List[Any] = list(self.steps)
        for s in self.steps:
            if isinstance(s, BaseTraversal) and s.on_failure is not None:
                ordered.extend(_branch(s.on_failure, f"step {s.name!r} on_failure").steps)
        for s in ordered:
            if isinstance(s, (Success, Fail)):
                continue
            if s.name in steps:
                raise SdkError(f"Step names should be unique. Found duplicate: {s.name}")
            steps[s.name] = s.to_dict()
        steps["success"] = {"type": "success"}
        steps["fail"] = {"type": "fail"}
        d: Dict[str, Any] = {"start_at": self.steps[0].name, "steps": steps}
        if self.description:
            d["description"] = self.description
        return d

    def to_yaml_dict(self) -> Dict[str, Any]:
        return {"dag": self._dag()}

    def return_dag(self) -> Dict[str, Any]:
        return self._dag()

    def execute(self, configuration_file: str = "", run_id: str = "", tag: str = "", parameters_file: str = "", log_level: str = "WARNING") -> Any:
        return _execute(self.to_yaml_dict(), configuration_file=configuration_file, run_id=run_id, tag=tag, parameters_file=parameters_file, log_level=log_level)


# ---------------------------------------------------------------------------------------------- jobs


class BaseJob:
    """A job is run as a one-step pipeline whose step is named after the job's kind (runnable-action has no job log)."""

    _step = "job"

    def __init__(self, catalog: Optional[Catalog] = None, returns: Optional[list] = None, secrets: Optional[List[str]] = None, **kwargs: Any):
        self._kwargs = dict(kwargs, catalog=catalog, returns=returns, secrets=secrets)

    def _task(self) -> BaseTask:  # pragma: no cover - abstract
        raise NotImplementedError

    def to_yaml_dict(self) -> Dict[str, Any]:
        return Pipeline(steps=[self._task()]).to_yaml_dict()

    def execute(self, configuration_file: str = "", job_id: str = "", tag: str = "", parameters_file: str = "", log_level: str = "WARNING") -> Any:
        return _execute(self.to_yaml_dict(), configuration_file=configuration_file, run_id=job_id, tag=tag, parameters_file=parameters_file, log_level=log_level)


class PythonJob(BaseJob):
    def _task(self) -> BaseTask:
        return PythonTask(name=self._step, **self._kwargs)


class ShellJob(BaseJob):
    def _task(self) -> BaseTask:
        return ShellTask(name=self._step, **self._kwargs)


class NotebookJob(BaseJob):
    def _task(self) -> BaseTask:
        return NotebookTask(name=self._step, **self._kwargs)


# ---------------------------------------------------------------------------------------------- execution


def _script() -> Optional[str]:
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    return os.path.abspath(path) if path else None


def _cli() -> List[str]:
    """The command that runs runnable-action's CLI: $RUNNABLE_ACTION_CLI, else the bundle next to this package."""
    node = os.environ.get("RUNNABLE_NODE") or "node"
    cli = os.environ.get("RUNNABLE_ACTION_CLI")
    if cli:
        return [node, cli]
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for candidate in (os.path.join(here, "..", "cli", "index.js"), os.path.join(here, "..", "dist", "cli", "index.js")):
        if os.path.isfile(candidate):
            return [node, os.path.normpath(candidate)]
    raise SdkError("cannot find runnable-action's CLI: set RUNNABLE_ACTION_CLI to its dist/cli/index.js")


def _execute(document: Dict[str, Any], configuration_file: str, run_id: str, tag: str, parameters_file: str, log_level: str) -> Any:
    export = os.environ.get(EXPORT_ENV)
    if export:
        # Asked for the definition only (runnable-action's CLI loading this script): write it and stop.
        with open(export, "w", encoding="utf-8") as f:
            _json.dump(
                {
                    "pipeline": document,
                    "configuration_file": configuration_file,
                    "parameters_file": parameters_file,
                    "run_id": run_id,
                    "tag": tag,
                },
                f,
            )
        sys.stdout.flush()
        os._exit(0)
    if os.environ.get("RUNNABLE_STEP_ATTEMPT"):
        # Inside a step (a task imported the pipeline module): the definition only, as runnable does.
        return {}
    script = _script()
    if script is None:
        raise SdkError("Pipeline.execute() must be called from a script (python pipeline.py)")
    argv = _cli() + ["execute", "-f", script, "--log-level", log_level]
    if configuration_file:
        argv += ["-c", configuration_file]
    if parameters_file:
        argv += ["-p", parameters_file]
    if run_id:
        argv += ["--run-id", run_id]
    if tag:
        argv += ["--tag", tag]
    env = dict(os.environ)
    # The CLI's export call must find the same script settings (set them only when absent).
    code = subprocess.call(argv, env=env)
    if code != 0:
        raise SystemExit(code)
    return {}
