/**
 * Parameters to and from notebooks, in the shape of runnable's examples/03-parameters/passing_parameters_notebook
 * (our own pipeline): a notebook returns a pydantic model (as json), a pickled object, plain values and a
 * metric; a python step receives them typed; a second notebook gets them injected (the model as a dict) and
 * one more from RUNNABLE_PRM_. Debian's /usr/bin/python3 has nbclient + ipykernel and pydantic 1.x, whose
 * models have `.dict()`, not `.model_dump()`. Runs the built CLI (RUNNABLE_DIST or dist/).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli } from '../support/cli.js';

const PY = '/usr/bin/python3';
const ready = existsSync(PY) && spawnSync(PY, ['-c', 'import nbclient, nbformat, ipykernel, pydantic'], { stdio: 'ignore' }).status === 0;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const notebook = (...cells: Array<{ src: string; tags?: string[] }>) =>
  JSON.stringify({
    cells: cells.map((c) => ({ cell_type: 'code', execution_count: null, metadata: { tags: c.tags ?? [] }, outputs: [], source: c.src })),
    metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
    nbformat: 4,
    nbformat_minor: 5,
  });

const MODELS = `from pydantic import BaseModel

class Box(BaseModel):
    width: int
    label: str

def check(count: int, ratio: float, word: str, box: Box, table: dict):
    assert count == 3 and ratio == 2.5 and word == "hi", (count, ratio, word)
    assert isinstance(box, Box) and box.width == 7 and box.label == "lid", box
    assert table == {"a": [1, 2]}, table
`;

const PIPELINE = `
dag:
  start_at: write
  steps:
    write:
      type: task
      command_type: notebook
      command: nb/write.ipynb
      returns: [{name: table, kind: object}, {name: count}, {name: ratio}, {name: word}, {name: box}, {name: quality, kind: metric}]
      next: check
    check:
      type: task
      command: flow.models.check
      next: read
    read:
      type: task
      command_type: notebook
      command: nb/read.ipynb
      next: success
    success: {type: success}
    fail: {type: fail}
`;

describe('notebook parameters (passing_parameters_notebook shape)', () => {
  const t = ready ? it : it.skip;
  if (!ready) it.skip('needs /usr/bin/python3 with nbclient, ipykernel and pydantic (Debian python3-nbclient python3-ipykernel python3-pydantic)', () => undefined);
  t('a pydantic model returned by a notebook reaches a python step as the model and a notebook as a dict', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'ra-nbp-'));
    dirs.push(cwd);
    mkdirSync(path.join(cwd, 'nb'));
    mkdirSync(path.join(cwd, 'flow'));
    writeFileSync(path.join(cwd, 'flow', '__init__.py'), '');
    writeFileSync(path.join(cwd, 'flow', 'models.py'), MODELS);
    writeFileSync(path.join(cwd, 'pipeline.yaml'), PIPELINE);
    writeFileSync(
      path.join(cwd, 'nb', 'write.ipynb'),
      notebook(
        { src: 'from flow.models import Box\nbox = Box(width=7, label="lid")', tags: ['parameters'] },
        { src: 'table = {"a": [1, 2]}\ncount = 3\nratio = 2.5\nword = "hi"\nquality = 0.75' },
      ),
    );
    writeFileSync(
      path.join(cwd, 'nb', 'read.ipynb'),
      notebook(
        { src: 'count = None\nword = None\nbox = None\norigin = None', tags: ['parameters'] },
        { src: 'assert count == 3 and word == "hi", (count, word)\nassert box == {"width": 7, "label": "lid"}, box\nassert origin == "from env", origin' },
      ),
    );
    const env = cleanEnv({ RUNNABLE_PYTHON: PY, RUNNABLE_PRM_origin: 'from env', PYDEVD_DISABLE_FILE_VALIDATION: '1' });
    const r = await runCli(['execute', '-f', 'pipeline.yaml', '--run-id', 'nbp'], { cwd, env, timeoutMs: 240_000 });
    expect(r.stderr).toMatch(/run nbp SUCCESS/);
    expect(r.code).toBe(0);
    const log = JSON.parse(readFileSync(path.join(cwd, '.run_log_store', 'nbp.json'), 'utf8'));
    const out = log.steps.write.attempts[0].output_parameters;
    expect(out.box.value).toEqual({ width: 7, label: 'lid' });
    expect(out.table.kind).toBe('object');
    expect(log.steps.write.attempts[0].user_defined_metrics.quality.value).toBe(0.75);
  }, 260_000);
});
