import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  probePython,
  runShim
} from "./chunk-NJV4ZWKU.js";
import {
  failure,
  success
} from "./chunk-WGGJEKU5.js";
import {
  makeParameter
} from "./chunk-TP2P7VTN.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/tasks/notebook.ts
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
function notebookOutputPath(command, stepName) {
  const tag = stepName.replace(/[^\p{L}\p{N}]/gu, "");
  const stem = basename(command).replace(/\.ipynb$/, "");
  const dir = dirname(command);
  const file = `${stem}-${tag}_out.ipynb`;
  return dir === "." ? file : join(dir, file);
}
__name(notebookOutputPath, "notebookOutputPath");
function substituteIterVars(text, iterVars) {
  return text.replace(/\$\{([^}]+)\}/g, (m, name) => {
    if (!(name in iterVars)) return m;
    const v = iterVars[name];
    return typeof v === "string" ? v : JSON.stringify(v);
  });
}
__name(substituteIterVars, "substituteIterVars");
var NOTEBOOK_ENGINE_HELP = "install one for that interpreter: 'pip install papermill' or 'pip install ploomber-engine' (or nbclient with ipykernel, e.g. the Debian packages python3-nbclient python3-ipykernel), or point RUNNABLE_PYTHON at a Python that has one";
var NotebookTaskRunner = class {
  static {
    __name(this, "NotebookTaskRunner");
  }
  async run(inv) {
    const command = inv.spec.command;
    if (!command.endsWith(".ipynb")) return failure(inv, `a notebook task's command must be an .ipynb file, got '${command}'`);
    const input = isAbsolute(command) ? command : resolve(inv.cwd, command);
    if (!existsSync(input)) return failure(inv, `notebook ${command} not found (looked in ${inv.cwd})`);
    const probe = await probePython({ cwd: inv.cwd, env: inv.env });
    if ("error" in probe) return failure(inv, `cannot run notebook ${command}: ${probe.error}`);
    const engine = probe.engines[0];
    if (!engine) {
      return failure(
        inv,
        `cannot run notebook ${command}: no notebook engine (papermill, ploomber-engine) is importable by ${probe.executable} (Python ${probe.version}); ${NOTEBOOK_ENGINE_HELP}`
      );
    }
    const outputNotebook = notebookOutputPath(command, inv.stepName);
    const output = isAbsolute(outputNotebook) ? outputNotebook : resolve(inv.cwd, outputNotebook);
    const params = {};
    for (const [name, p] of Object.entries(inv.parameters)) if (p.kind !== "object") params[name] = p.value;
    Object.assign(params, inv.iterVariables);
    const returns = inv.spec.returns.map((r) => {
      const name = substituteIterVars(r.name, inv.iterVariables);
      return { name, lookup: name, kind: r.kind };
    });
    const run = await runShim(
      {
        mode: "notebook",
        engine,
        command,
        input,
        output,
        params,
        returns,
        engine_args: inv.spec.optional_ploomber_args ?? {}
      },
      { cwd: inv.cwd, env: inv.env, output: inv.output, signal: inv.signal, timeoutMs: inv.timeoutMs, label: `notebook ${command}` }
    );
    const status = run.process?.status ?? null;
    const withPath = /* @__PURE__ */ __name((o) => existsSync(output) ? { ...o, outputNotebook } : o, "withPath");
    if (!run.ok) {
      const msg = run.traceback ? `${run.error}
${run.traceback.trimEnd()}` : run.error ?? "the notebook failed";
      return withPath(failure(inv, msg, status));
    }
    const out = {};
    try {
      for (const r of returns) {
        const got = run.returns?.[r.name];
        if (!got) continue;
        if (got.kind === "object") {
          const bytes = await readFile(got.file);
          void rm(got.file, { force: true }).catch(() => {
          });
          out[r.name] = makeParameter("object", await inv.objects.save(r.name, bytes, ".pickle"));
        } else {
          out[r.name] = makeParameter(r.kind, got.value);
        }
      }
    } catch (e) {
      return withPath(failure(inv, `cannot store a return of notebook ${command}: ${e.message}`, status));
    }
    return withPath(success(inv, out, status));
  }
};

export {
  notebookOutputPath,
  substituteIterVars,
  NOTEBOOK_ENGINE_HELP,
  NotebookTaskRunner
};
