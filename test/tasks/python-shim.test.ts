/**
 * The Python side is real .py files (src/tasks/python/); the build copies them next to each bundle (named by
 * their content's hash). These tests check the bundles under test carry byte-for-byte copies of the sources, and that the files are
 * valid Python the interpreter compiles.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST_DIR, REPO } from '../support/cli.js';

const SRC = path.join(REPO, 'src/tasks/python');
const sources = readdirSync(SRC).filter((f) => f.endsWith('.py'));

describe('python sources', () => {
  it('exist', () => {
    expect(sources).toContain('runnable_shim.py');
  });

  it.each(['cli', 'lib', '.'])('are copied unchanged into the %s bundle (rebuild: npm run build)', (sub) => {
    const dir = path.join(DIST_DIR, sub);
    if (!existsSync(path.join(dir, 'index.js'))) throw new Error(`no bundle in ${dir}: build first (npm run build)`);
    // The bundler names each copy by its content's hash: every source must have an identical copy there.
    const copies = new Set(readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => readFileSync(path.join(dir, f), 'utf8')));
    for (const f of sources) expect({ file: f, copied: copies.has(readFileSync(path.join(SRC, f), 'utf8')) }).toEqual({ file: f, copied: true });
  });

  it('compile with python3', () => {
    const r = spawnSync('python3', ['-c', 'import sys, ast\nfor p in sys.argv[1:]: ast.parse(open(p).read(), p)', ...sources.map((f) => path.join(SRC, f))], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
