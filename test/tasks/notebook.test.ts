import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotebookTaskRunner, notebookOutputPath, substituteIterVars } from '../../src/tasks/notebook.js';
import type { TaskReturn } from '../../src/pipeline/model.js';
import { FIXTURES, invocation, params, tempDir } from './helpers.js';

const runner = new NotebookTaskRunner();
const ret = (name: string, kind: TaskReturn['kind'] = 'json'): TaskReturn => ({ name, kind });

/** A work dir with the fixture notebooks under `nb/` (executed notebooks are written next to the source). */
function workDir(): string {
  const dir = tempDir('ra-nb-');
  mkdirSync(join(dir, 'nb'));
  for (const f of ['simple.ipynb', 'failing.ipynb']) copyFileSync(join(FIXTURES, 'notebooks', f), join(dir, 'nb', f));
  return dir;
}

function canImport(python: string, modules: string): boolean {
  const r = spawnSync(python, ['-c', `import ${modules}`], { stdio: 'ignore' });
  return r.status === 0;
}

// Debian's python3-nbclient + python3-ipykernel install for /usr/bin/python3 (not the pyenv python3 on PATH).
const DEBIAN_PY = '/usr/bin/python3';
const hasEngine = existsSync(DEBIAN_PY) && canImport(DEBIAN_PY, 'nbclient, nbformat, ipykernel');
const pathHasEngine = canImport('python3', 'papermill') || canImport('python3', 'ploomber_engine') || canImport('python3', 'nbclient, ipykernel');

describe('notebook helpers', () => {
  it('names the executed notebook <stem>-<tag>_out.ipynb with the step name alphanumerics', () => {
    expect(notebookOutputPath('nb/simple.ipynb', 'map_state.3.inner')).toBe('nb/simple-mapstate3inner_out.ipynb');
    expect(notebookOutputPath('simple.ipynb', 'train')).toBe('simple-train_out.ipynb');
  });
  it('substitutes ${var} in return names', () => {
    expect(substituteIterVars('score_${chunk}', { chunk: 3 })).toBe('score_3');
    expect(substituteIterVars('x_${a}_${b}', { a: 'p' })).toBe('x_p_${b}');
  });
});

// A real notebook engine comes from Debian's python3-nbclient + python3-ipykernel, which .ci/run installs:
// in CI these tests always run; elsewhere they are skipped with the reason in their name.
const engineIt = hasEngine || process.env.CI
  ? it
  : (name: string, fn: () => Promise<void>) => it.skip(`${name} [skipped: /usr/bin/python3 lacks nbclient + ipykernel; apt-get install python3-nbclient python3-ipykernel]`, fn);

describe('notebook runner', () => {
  // Needs a python3 on PATH *without* an engine; where it has one, the real-run tests cover the engine.
  (pathHasEngine ? it.skip : it)(`fails clearly, naming what to install, when no engine is importable${pathHasEngine ? ' [skipped: python3 on PATH has a notebook engine]' : ''}`, async () => {
    const cwd = workDir();
    const inv = invocation({ command_type: 'notebook', command: 'nb/simple.ipynb' }, { cwd, env: { ...(process.env as Record<string, string>) } });
    const out = await runner.run(inv);
    expect(out.ok).toBe(false);
    expect(out.message).toMatch(/no notebook engine \(papermill, ploomber-engine\) is importable by \S+ \(Python 3\.\d+/);
    expect(out.message).toContain("'pip install papermill'");
    expect(out.message).toContain("'pip install ploomber-engine'");
  });

  it('rejects a command that is not an .ipynb, and a missing notebook', async () => {
    expect((await runner.run(invocation({ command_type: 'notebook', command: 'x.py' }))).message).toContain('must be an .ipynb');
    expect((await runner.run(invocation({ command_type: 'notebook', command: 'missing.ipynb' }))).message).toContain('not found');
  });

  engineIt('executes a real notebook (nbclient + ipykernel), injecting parameters and reading returns', async () => {
    const cwd = workDir();
    const inv = invocation(
      {
        command_type: 'notebook',
        command: 'nb/simple.ipynb',
        returns: [ret('result'), ret('score', 'metric'), ret('cwd'), ret('label')],
      },
      {
        cwd,
        stepName: 'map_state.2.inner',
        env: { ...(process.env as Record<string, string>), RUNNABLE_PYTHON: DEBIAN_PY },
        parameters: { ...params({ x: 21, label: 'from runnable' }), ...params({ obj: 'k' }, 'object') },
        iterVariables: { chunk: 2 },
      },
    );
    const out = await runner.run(inv);
    expect(out.message).toBe('');
    expect(out.ok).toBe(true);
    expect(out.returns.result!.value).toEqual({ doubled: 42, label: 'from runnable', chunk: 2 });
    expect(out.returns.score).toEqual({ kind: 'metric', value: 2.5, description: 2.5 });
    expect(out.returns.cwd!.value).toBe(cwd);
    expect(out.outputNotebook).toBe('nb/simple-mapstate2inner_out.ipynb');
    const executed = JSON.parse(readFileSync(join(cwd, out.outputNotebook!), 'utf8'));
    const sources = executed.cells.map((c: { source: string | string[] }) => (Array.isArray(c.source) ? c.source.join('') : c.source));
    expect(sources.some((s: string) => s.includes("x = 21") && s.includes("label = 'from runnable'") && s.includes('chunk = 2'))).toBe(true);
    expect(sources.some((s: string) => s.includes('obj ='))).toBe(false); // objects are not passed
    expect(sources.some((s: string) => s.includes('_runnable_action_dump'))).toBe(false); // the returns cell is removed
    expect(inv.output.stdout).toContain('x is 21');
  });

  engineIt('a failing cell fails the step with the error, and still writes the executed notebook', async () => {
    const cwd = workDir();
    const inv = invocation(
      { command_type: 'notebook', command: 'nb/failing.ipynb' },
      { cwd, stepName: 'nbstep', env: { ...(process.env as Record<string, string>), RUNNABLE_PYTHON: DEBIAN_PY } },
    );
    const out = await runner.run(inv);
    expect(out.ok).toBe(false);
    expect(out.message).toContain('Call to the notebook nb/failing.ipynb did not succeed.');
    expect(out.message).toContain('ValueError: notebook cell failed on purpose');
    expect(out.outputNotebook).toBe('nb/failing-nbstep_out.ipynb');
    expect(existsSync(join(cwd, 'nb', 'failing-nbstep_out.ipynb'))).toBe(true);
  });

  engineIt('fails naming a return the notebook did not define', async () => {
    const cwd = workDir();
    const inv = invocation(
      { command_type: 'notebook', command: 'nb/simple.ipynb', returns: [ret('nope_${chunk}')] },
      { cwd, iterVariables: { chunk: 1 }, env: { ...(process.env as Record<string, string>), RUNNABLE_PYTHON: DEBIAN_PY } },
    );
    const out = await runner.run(inv);
    expect(out.ok).toBe(false);
    expect(out.message).toContain("did not define the return 'nope_1'");
  });
});
