/**
 * `command_type: notebook` (semantics §4.1, §4.5).
 *
 * The `.ipynb` is executed by the first engine the runner's Python can import — papermill, ploomber-engine,
 * or (ours) nbclient + ipykernel, which is papermill's own execution core — checked once per interpreter
 * and cached (python.ts `probePython`). json/metric parameters and the iteration variables are injected as
 * notebook parameters (objects are not passed). The executed notebook is written next to the source as
 * `<stem>-<tag>_out.ipynb`, `<tag>` being the resolved step name's alphanumerics; the context puts it in the
 * catalog: the outcome carries its path as `outputNotebook` (`NotebookTaskOutcome`), and
 * `notebookOutputPath()` computes the same path ahead of time.
 *
 * Returns are read from the executed notebook's namespace: a last cell (removed from the saved notebook)
 * dumps the requested names as JSON (objects pickled) to a private file. A return name may contain
 * `${<iteration variable>}`, substituted before the lookup; the return is keyed by the substituted name.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { makeParameter } from '../runlog/model.js';
import type { Parameter } from '../runlog/model.js';
import { failure, success } from './common.js';
import { probePython, runShim } from './python.js';
import type { TaskInvocation, TaskOutcome, TaskRunner } from './task.js';

/** A notebook outcome: also says where the executed notebook was written (relative to the cwd when the command is). */
export interface NotebookTaskOutcome extends TaskOutcome {
  outputNotebook?: string;
}

/** `<dir>/<stem>-<tag>_out.ipynb`, tag = the resolved step name's letters and digits (runnable §4.5). */
export function notebookOutputPath(command: string, stepName: string): string {
  const tag = stepName.replace(/[^\p{L}\p{N}]/gu, '');
  const stem = basename(command).replace(/\.ipynb$/, '');
  const dir = dirname(command);
  const file = `${stem}-${tag}_out.ipynb`;
  return dir === '.' ? file : join(dir, file);
}

/** Substitutes `${name}` with the iteration variable's value (strings raw, other values as JSON). */
export function substituteIterVars(text: string, iterVars: Record<string, unknown>): string {
  return text.replace(/\$\{([^}]+)\}/g, (m, name: string) => {
    if (!(name in iterVars)) return m;
    const v = iterVars[name];
    return typeof v === 'string' ? v : JSON.stringify(v);
  });
}

export const NOTEBOOK_ENGINE_HELP =
  "install one for that interpreter: 'pip install papermill' or 'pip install ploomber-engine' " +
  '(or nbclient with ipykernel, e.g. the Debian packages python3-nbclient python3-ipykernel), ' +
  'or point RUNNABLE_PYTHON at a Python that has one';

export class NotebookTaskRunner implements TaskRunner {
  async run(inv: TaskInvocation): Promise<NotebookTaskOutcome> {
    const command = inv.spec.command;
    if (!command.endsWith('.ipynb')) return failure(inv, `a notebook task's command must be an .ipynb file, got '${command}'`);
    const input = isAbsolute(command) ? command : resolve(inv.cwd, command);
    if (!existsSync(input)) return failure(inv, `notebook ${command} not found (looked in ${inv.cwd})`);

    const probe = await probePython({ cwd: inv.cwd, env: inv.env });
    if ('error' in probe) return failure(inv, `cannot run notebook ${command}: ${probe.error}`);
    const engine = probe.engines[0];
    if (!engine) {
      return failure(
        inv,
        `cannot run notebook ${command}: no notebook engine (papermill, ploomber-engine) is importable by ` +
          `${probe.executable} (Python ${probe.version}); ${NOTEBOOK_ENGINE_HELP}`,
      );
    }

    const outputNotebook = notebookOutputPath(command, inv.stepName);
    const output = isAbsolute(outputNotebook) ? outputNotebook : resolve(inv.cwd, outputNotebook);

    const params: Record<string, unknown> = {};
    for (const [name, p] of Object.entries(inv.parameters)) if (p.kind !== 'object') params[name] = p.value;
    Object.assign(params, inv.iterVariables);

    const returns = inv.spec.returns.map((r) => {
      const name = substituteIterVars(r.name, inv.iterVariables);
      return { name, lookup: name, kind: r.kind };
    });

    const run = await runShim(
      {
        mode: 'notebook',
        engine,
        command,
        input,
        output,
        params,
        returns,
        engine_args: inv.spec.optional_ploomber_args ?? {},
      },
      { cwd: inv.cwd, env: inv.env, output: inv.output, signal: inv.signal, timeoutMs: inv.timeoutMs, label: `notebook ${command}` },
    );
    const status = run.process?.status ?? null;
    const withPath = (o: TaskOutcome): NotebookTaskOutcome => (existsSync(output) ? { ...o, outputNotebook } : o);
    if (!run.ok) {
      const msg = run.traceback ? `${run.error}\n${run.traceback.trimEnd()}` : (run.error ?? 'the notebook failed');
      return withPath(failure(inv, msg, status));
    }
    const out: Record<string, Parameter> = {};
    try {
      for (const r of returns) {
        const got = run.returns?.[r.name];
        if (!got) continue;
        if (got.kind === 'object') {
          const bytes = await readFile(got.file!);
          void rm(got.file!, { force: true }).catch(() => {});
          out[r.name] = makeParameter('object', await inv.objects.save(r.name, bytes, '.pickle'));
        } else {
          out[r.name] = makeParameter(r.kind, got.value);
        }
      }
    } catch (e) {
      return withPath(failure(inv, `cannot store a return of notebook ${command}: ${(e as Error).message}`, status));
    }
    return withPath(success(inv, out, status));
  }
}
