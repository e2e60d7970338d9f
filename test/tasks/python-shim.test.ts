/**
 * The Python side is real .py files (src/tasks/python/); the build copies them next to the chunk that reads
 * them. These tests check the bundles under test carry byte-for-byte copies of the sources, and that the files are
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

  it('are copied unchanged into the bundles under test (rebuild: npm run build)', () => {
    if (!existsSync(path.join(DIST_DIR, 'cli', 'index.js'))) throw new Error(`no bundle in ${DIST_DIR}: build first (npm run build)`);
    // The build copies each file next to the chunk that reads it: find every .py file of the bundles.
    const copies = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.py')) copies.set(p, readFileSync(p, 'utf8'));
      }
    };
    walk(DIST_DIR);
    for (const f of sources) {
      const copy = [...copies].find(([p]) => path.basename(p) === f);
      expect({ file: f, copy: copy ? path.relative(DIST_DIR, copy[0]) : 'missing', same: copy?.[1] === readFileSync(path.join(SRC, f), 'utf8') }).toEqual({
        file: f,
        copy: expect.any(String),
        same: true,
      });
    }
  });

  const hasPyflakes = spawnSync('/usr/bin/python3', ['-m', 'pyflakes', '--version'], { encoding: 'utf8' }).status === 0;
  (hasPyflakes ? it : it.skip)(`pass pyflakes (Debian: python3-pyflakes)${hasPyflakes ? '' : ' [skipped: /usr/bin/python3 lacks pyflakes; apt-get install python3-pyflakes]'}`, () => {
    const r = spawnSync('/usr/bin/python3', ['-m', 'pyflakes', ...sources.map((f) => path.join(SRC, f))], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('compile with python3', () => {
    const r = spawnSync('python3', ['-c', 'import sys, ast\nfor p in sys.argv[1:]: ast.parse(open(p).read(), p)', ...sources.map((f) => path.join(SRC, f))], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
