/**
 * Security guarantees of the CLI, end to end through the bundled CLI in a temp project (SECURITY.md):
 * secrets masked in every output, runtime/OIDC credentials never reach step processes, parameters are inert
 * environment variables in shell steps, catalog paths cannot leave the working directory, and a map reducer
 * runs only inside python3.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli, type CliRun } from '../support/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const CONFIG = 'pipeline-executor:\n  type: local\n  config:\n    max_workers: 4\nrun-log-store:\n  type: chunked-fs\ncatalog:\n  type: file-system\n  config:\n    catalog_location: .catalog\nsecrets:\n  type: env-secrets\n';

function project(files: Record<string, string>): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'ra-sec-'));
  dirs.push(cwd);
  writeFileSync(path.join(cwd, 'c.yaml'), CONFIG);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, f)), { recursive: true });
    writeFileSync(path.join(cwd, f), text);
  }
  return cwd;
}

function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)).filter((f) => statSync(f).isFile());
}

function grepAll(needle: string, r: CliRun, cwd: string): string[] {
  const hits: string[] = [];
  if (r.stdout.includes(needle)) hits.push('stdout');
  if (r.stderr.includes(needle)) hits.push('stderr');
  for (const f of [...allFiles(path.join(cwd, '.run_log_store')), ...allFiles(path.join(cwd, '.catalog'))]) {
    if (readFileSync(f).includes(needle)) hits.push(path.relative(cwd, f));
  }
  return hits;
}

describe('secrets are masked in every output', () => {
  const SECRET = 'PLANTED-s3cr3t-4711-zz';
  it('a planted secret printed by shell, python, failing and concurrent map steps appears in no output, run log or execution log', async () => {
    const pipeline = `dag:
  start_at: sh
  steps:
    sh:
      type: task
      command_type: shell
      command: |
        echo "out $MY_SECRET"
        echo "err $MY_SECRET" >&2
        echo "::add-mask::$MY_SECRET"
        A=$(printf '%s' "$MY_SECRET" | cut -c1-8); B=$(printf '%s' "$MY_SECRET" | cut -c9-)
        printf 'split %s' "$A"; sleep 0.1; printf '%s\\n' "$B"
        printf 'no newline at the end %s' "$MY_SECRET"
      secrets: [MY_SECRET]
      next: py
    py:
      type: task
      command_type: python
      command: secmod.show
      secrets: [MY_SECRET]
      next: fan
    fan:
      type: map
      iterate_on: items
      iterate_as: item
      next: boom
      branch:
        start_at: each
        steps:
          each:
            type: task
            command_type: shell
            command: echo "item $item sees $MY_SECRET"
            secrets: [MY_SECRET]
            next: success
    boom:
      type: task
      command_type: shell
      command: |
        echo "fatal: $MY_SECRET" >&2
        exit 3
      secrets: [MY_SECRET]
      on_failure: pyboom
      next: success
    pyboom:
      type: task
      command_type: python
      command: secmod.crash
      secrets: [MY_SECRET]
      on_failure: success
      next: success
`;
    const cwd = project({
      'p.yaml': pipeline,
      'params.yaml': 'items: [1, 2, 3, 4, 5, 6]\n',
      'secmod.py': "import os\n\ndef show():\n    print('python sees', os.environ['MY_SECRET'])\n\ndef crash():\n    raise RuntimeError('python fails with ' + os.environ['MY_SECRET'])\n",
    });
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 's1', '--log-level', 'DEBUG'], { cwd, env: cleanEnv({ MY_SECRET: SECRET }) });
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
    // The steps did print it (masked), so the check is not vacuous.
    expect(r.stdout + r.stderr).toContain('out ***');
    expect(r.stdout + r.stderr).toContain('python sees ***');
    expect(r.stdout + r.stderr).toContain('item 6 sees ***');
    expect(allFiles(path.join(cwd, '.catalog')).filter((f) => f.endsWith('.execution.log')).length).toBeGreaterThanOrEqual(10);
    expect(grepAll(SECRET, r, cwd)).toEqual([]);
    // Nor a long fragment of it (a mask applied to only part of the value).
    expect(grepAll(SECRET.slice(0, 14), r, cwd)).toEqual([]);
  }, 180_000);
});

describe('runtime and OIDC credentials never reach step processes', () => {
  it('shell and python steps see none of ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, ACTIONS_RESULTS_URL, ACTIONS_CACHE_URL, INPUT_*, GITHUB_TOKEN (unless listed)', async () => {
    const creds = {
      ACTIONS_RUNTIME_TOKEN: 'rt-cred-0001',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-cred-0002',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc-cred-0003',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/results-cred-0004',
      ACTIONS_CACHE_URL: 'http://127.0.0.1:9/cache-cred-0005',
      ACTIONS_RUNTIME_URL: 'http://127.0.0.1:9/runtime-cred-0006',
      INPUT_KUBECONFIG: 'kubeconfig-cred-0007',
      GITHUB_TOKEN: 'ghs_cred_0008',
    };
    const pipeline = `dag:
  start_at: sh
  steps:
    sh:
      type: task
      command_type: shell
      command: env > env-shell.txt
      next: py
    py:
      type: task
      command_type: python
      command: envmod.dump
      next: grandchild
    grandchild:
      type: task
      command_type: shell
      command: sh -c 'python3 -c "import os; open(\\"env-grandchild.txt\\", \\"w\\").write(str(dict(os.environ)))"'
      next: listed
    listed:
      type: task
      command_type: shell
      command: test -n "$GITHUB_TOKEN" && env > env-listed.txt
      secrets: [GITHUB_TOKEN]
      next: success
`;
    const cwd = project({ 'p.yaml': pipeline, 'envmod.py': "import os\n\ndef dump():\n    open('env-python.txt', 'w').write(str(dict(os.environ)))\n" });
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '--run-id', 'e1'], { cwd, env: cleanEnv({ ...creds, MARKER_VISIBLE: 'yes-visible' }) });
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
    for (const f of ['env-shell.txt', 'env-python.txt', 'env-grandchild.txt']) {
      const text = readFileSync(path.join(cwd, f), 'utf8');
      expect(text).toContain('yes-visible'); // the ordinary environment is inherited
      expect({ f, leaked: Object.entries(creds).filter(([, v]) => text.includes(v)).map(([k]) => k) }).toEqual({ f, leaked: [] });
    }
    // A step that lists GITHUB_TOKEN under secrets gets it, and only it.
    const listed = readFileSync(path.join(cwd, 'env-listed.txt'), 'utf8');
    expect(Object.entries(creds).filter(([, v]) => listed.includes(v)).map(([k]) => k)).toEqual(['GITHUB_TOKEN']);
    expect(grepAll('ghs_cred_0008', r, cwd).filter((h) => !h.startsWith('env-'))).toEqual([]);
  }, 180_000);
});

describe('parameters reach shell steps as inert environment variables', () => {
  const HOSTILE = ['$(touch pwned-subst)', '"; touch pwned-quote; echo "', '`touch pwned-backtick`', "'; touch pwned-single; '", 'a\ntouch pwned-newline', '${IFS}touch${IFS}pwned-ifs', '$((1+1))'];
  it('values like $(…), "; …, backticks, quotes and newlines are never interpreted (parameters file, RUNNABLE_PRM_, map items)', async () => {
    const params = HOSTILE.map((v, i) => `p${i}: ${JSON.stringify(v)}`).join('\n') + `\nitems: ${JSON.stringify(HOSTILE)}\n`;
    let cmd = '';
    HOSTILE.forEach((_, i) => (cmd += `        printf '%s\\n' "$p${i}" >> seen.txt\n        echo $p${i} > /dev/null\n`));
    const pipeline = `dag:
  start_at: sh
  steps:
    sh:
      type: task
      command_type: shell
      command: |
${cmd}        printf '%s\\n' "$viaenv" >> seen.txt
      next: fan
    fan:
      type: map
      iterate_on: items
      iterate_as: item
      next: success
      branch:
        start_at: each
        steps:
          each:
            type: task
            command_type: shell
            command: |
              echo $item > /dev/null
              printf 'item:%s\\n' "$item" >> items.txt
            next: success
`;
    const cwd = project({ 'p.yaml': pipeline, 'params.yaml': params });
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'i1'], { cwd, env: cleanEnv({ RUNNABLE_PRM_viaenv: '"$(touch pwned-prm)"' }) });
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
    expect(readdirSync(cwd).filter((f) => f.startsWith('pwned'))).toEqual([]);
    expect(readFileSync(path.join(cwd, 'seen.txt'), 'utf8')).toBe([...HOSTILE, '$(touch pwned-prm)'].join('\n') + '\n');
    const items = readFileSync(path.join(cwd, 'items.txt'), 'utf8');
    for (const v of HOSTILE) expect(items).toContain(`item:${v}`);
  }, 180_000);
});

describe('the file-system catalog never reads or writes outside the working directory', () => {
  const step = (name: string, put: string[] | null, get: string[] | null, cmd = 'echo ran', next = 'success') =>
    `    ${name}:\n      type: task\n      command_type: shell\n      command: ${cmd}\n` +
    (put || get ? `      catalog:\n${put ? `        put: ${JSON.stringify(put)}\n` : ''}${get ? `        get: ${JSON.stringify(get)}\n` : ''}` : '') +
    `      next: ${next}\n`;
  const one = (s: string) => `dag:\n  start_at: s\n  steps:\n${s}`;

  async function run(files: Record<string, string>, pipeline: string, prep?: (cwd: string, outside: string) => void): Promise<{ r: CliRun; cwd: string; outside: string }> {
    const cwd = project({ ...files, 'p.yaml': pipeline });
    const outside = mkdtempSync(path.join(tmpdir(), 'ra-outside-'));
    dirs.push(outside);
    writeFileSync(path.join(outside, 'victim.txt'), 'original');
    prep?.(cwd, outside);
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '--run-id', 'cat'], { cwd, env: cleanEnv() });
    return { r, cwd, outside };
  }

  // Refused when the pipeline is read (exit 2, with the glob's position) and again by the catalog at run time
  // (test/catalog/file-system.test.ts covers that second line of defence).
  it("put of '../x', 'data/../../x' and an absolute path is refused before anything runs; nothing outside is read", async () => {
    for (const pattern of ['../victim.txt', 'data/../../victim.txt', '/etc/hostname']) {
      const { r, cwd } = await run({}, one(step('s', [pattern], null)));
      expect({ pattern, code: r.code }).toEqual({ pattern, code: 2 });
      expect(r.stderr).toMatch(/catalog\.put\.0: a catalog glob must be a relative path inside the working directory/);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(allFiles(path.join(cwd, '.catalog'))).toEqual([]);
    }
  }, 180_000);

  it("get of '../x' and an absolute path is refused before anything runs; nothing is written outside", async () => {
    for (const pattern of ['../victim.txt', '/tmp/x/victim.txt']) {
      const { r, outside } = await run({}, one(step('s', null, [pattern])));
      expect({ pattern, code: r.code }).toEqual({ pattern, code: 2 });
      expect(r.stderr).toMatch(/catalog\.get\.0: a catalog glob must be a relative path inside the working directory/);
      expect(readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('original');
    }
  }, 90_000);

  it('put of a symbolic link that points outside the working directory fails the step; nothing outside is copied', async () => {
    const { r, cwd } = await run({}, one(step('s', ['link.txt', 'linkdir/*'], null, 'echo ran')), (c, outside) => {
      symlinkSync(path.join(outside, 'victim.txt'), path.join(c, 'link.txt'));
      symlinkSync(outside, path.join(c, 'linkdir'));
    });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/outside/i);
    expect(allFiles(path.join(cwd, '.catalog')).filter((f) => readFileSync(f, 'utf8') === 'original')).toEqual([]);
  }, 90_000);

  it('get never writes through a symbolic link or a linked folder to outside the working directory', async () => {
    const pipeline = `dag:\n  start_at: a\n  steps:\n` +
      step('a', ['out/victim.txt', 'f.txt'], null, 'mkdir -p out && echo hostile > out/victim.txt && echo hostile > f.txt', 'b') +
      step('b', null, ['out/victim.txt'], `rm -rf out && ln -s "$OUTSIDE" out`, 'c') +
      step('c', null, ['f.txt'], 'echo c', 'success').replace('command: echo c', `command: rm f.txt && ln -s "$OUTSIDE/victim.txt" f.txt`);
    const cwd = project({ 'p.yaml': pipeline });
    const outside = mkdtempSync(path.join(tmpdir(), 'ra-outside-'));
    dirs.push(outside);
    writeFileSync(path.join(outside, 'victim.txt'), 'original');
    // b: `out` is a link to the outside folder by the time b's get runs? No: get runs before the command.
    // So pre-link in the working directory, then run b and c separately through the steps' own order:
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '--run-id', 'g1'], { cwd, env: cleanEnv({ OUTSIDE: outside }) });
    expect(readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('original');
    // A second run in the same folder: 'out' and 'f.txt' now are links to the outside; both gets must refuse.
    const pipeline2 = `dag:\n  start_at: b\n  steps:\n` + step('b', null, ['out/victim.txt'], 'echo b', 'c').replace('next: c', 'on_failure: c\n      next: c') + step('c', null, ['f.txt'], 'echo c');
    writeFileSync(path.join(cwd, 'p2.yaml'), pipeline2);
    // Reuse the first run's catalog folder as the second run's (copy), so the gets have files to fetch.
    const { cpSync } = await import('node:fs');
    cpSync(path.join(cwd, '.catalog', 'g1'), path.join(cwd, '.catalog', 'g2'), { recursive: true });
    const r2 = await runCli(['execute', '-f', 'p2.yaml', '-c', 'c.yaml', '--run-id', 'g2'], { cwd, env: cleanEnv() });
    expect({ first: r.code, second: r2.code }).toEqual({ first: expect.any(Number), second: 1 });
    expect(readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('original');
    expect(readdirSync(outside)).toEqual(['victim.txt']);
    expect(r2.stdout + r2.stderr).toMatch(/link|outside/i);
  }, 180_000);

  it('a catalog folder holding a link to outside files is not followed by get', async () => {
    const { r, cwd } = await run({}, one(step('s', null, ['stolen.txt', 'stolendir/*'], 'echo ran')), (c, outside) => {
      mkdirSync(path.join(c, '.catalog', 'cat'), { recursive: true });
      symlinkSync(path.join(outside, 'victim.txt'), path.join(c, '.catalog', 'cat', 'stolen.txt'));
      symlinkSync(outside, path.join(c, '.catalog', 'cat', 'stolendir'));
    });
    expect(r.code).toBe(1);
    expect(existsSync(path.join(cwd, 'stolen.txt'))).toBe(false);
    expect(existsSync(path.join(cwd, 'stolendir'))).toBe(false);
  }, 90_000);
});

describe('a map reducer is Python source and runs only in python3', () => {
  const pipeline = (reducer: string) => `dag:
  start_at: fan
  steps:
    fan:
      type: map
      iterate_on: items
      iterate_as: item
      reducer: ${JSON.stringify(reducer)}
      next: success
      branch:
        start_at: r
        steps:
          r:
            type: task
            command_type: shell
            command: export v=$item
            returns: [{name: v}]
            next: success
`;
  it('a reducer calling __import__("os").system(...) has its side effect in a python3 process, not in the CLI', async () => {
    const reducer = `lambda *x: (__import__('os').system('echo "$PPID" > reducer-ppid.txt'), open('reducer-exe.txt', 'w').write(__import__('sys').executable + ' ' + str(__import__('os').getpid())), max(x))[2]`;
    const cwd = project({ 'p.yaml': pipeline(reducer), 'params.yaml': 'items: [3, 9, 4]\n' });
    let cliPid = 0;
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'red1'], { cwd, env: cleanEnv(), onSpawn: (pid) => (cliPid = pid) });
    expect({ code: r.code, err: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, err: '' });
    const [exe, pyPid] = readFileSync(path.join(cwd, 'reducer-exe.txt'), 'utf8').split(' ');
    expect(path.basename(exe!)).toMatch(/^python3/);
    expect(Number(pyPid)).not.toBe(cliPid);
    // os.system's shell was started by the python process, not by the CLI.
    expect(Number(readFileSync(path.join(cwd, 'reducer-ppid.txt'), 'utf8'))).toBe(Number(pyPid));
    const log = JSON.parse(readFileSync(path.join(cwd, '.run_log_store', 'red1', 'RunLog.json'), 'utf8'));
    expect(JSON.stringify(log)).toContain('"v"');
  }, 180_000);

  it('a JavaScript-looking reducer is not evaluated by node: the step fails and its side effect never happens', async () => {
    const reducer = `(...x) => { require('fs').writeFileSync('js-pwned.txt', 'x'); return x[0]; }`;
    const cwd = project({ 'p.yaml': pipeline(reducer), 'params.yaml': 'items: [3, 9, 4]\n' });
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.yaml', '--run-id', 'red2'], { cwd, env: cleanEnv() });
    expect(r.code).not.toBe(0);
    expect(r.stderr + r.stdout).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(cwd, 'js-pwned.txt'))).toBe(false);
  }, 180_000);
});
