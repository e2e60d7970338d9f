/**
 * Issue #12's attacks on the bundled Action, kept as tests (SECURITY.md guarantees 4, 6, 7, 8, 9b). Each runs
 * the Action as the runner does (Results double + Azurite) against a hostile workspace:
 * - map items that try to issue workflow commands through the Action's status and progress lines;
 * - a step that reads /proc/<pid>/environ of every ancestor looking for the runner's credentials;
 * - input paths that leave the workspace, go through symbolic links or into .git;
 * - a parameters input nested 20,000 deep, and one with !!binary.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResultsService } from '../support/results-service.js';
import { DIST, effectiveCommands, runAction, workspaceWith as workspaceOf } from './action-harness.js';

jest.setTimeout(480_000); // 120 s for one test measured on a loaded machine (load 9)

/**
 * The runner's credentials are set as on a real runner, but nothing is uploaded: each workspace has a config
 * with the file-system catalog and the run log is not persisted, so no service is contacted (and none runs).
 */
const svc = { url: 'http://127.0.0.1:9/results/', apiUrl: 'http://127.0.0.1:9/api' } as unknown as ResultsService;
let root: string;

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: build it with 'node scripts/build.mjs'`);
  root = await mkdtemp(join(tmpdir(), 'ra-action-attacks-'));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

const NO_UPLOADS = { 'persist-run-log': 'none' };
const LOCAL_CONFIG = 'pipeline-executor:\n  type: local\nrun-log-store:\n  type: chunked-fs\ncatalog:\n  type: file-system\nsecrets:\n  type: env-secrets\n';
const workspaceWith = (r: string, files: Record<string, string>) => workspaceOf(r, { 'runnable-config.yaml': LOCAL_CONFIG, ...files });

describe('map items and step names cannot act on the job (issue #12 item 1)', () => {
  test('items carrying ::error, ::add-mask::, ::save-state, ::stop-commands:: and ##[error] are printed inert', async () => {
    const items = [
      'a\n::error title=X::HACKED-map-error',
      'b\n::add-mask::SUCCESS',
      'c\n::save-state name=logFolder::/etc',
      'd\n::stop-commands::zzz',
      'e  ::warning::HACKED-indented',
      'f ##[error]HACKED-legacy',
      'g\r::notice::HACKED-cr',
    ];
    const pipeline = `dag:
  start_at: fan
  steps:
    fan:
      type: map
      iterate_on: items
      iterate_as: item
      branch:
        start_at: show
        steps:
          show:
            type: task
            command_type: shell
            command: 'printf "%s\\n" "item seen"'
            next: success
      next: success
`;
    const ws = await workspaceWith(root, { 'p.yaml': pipeline, 'params.json': JSON.stringify({ items }) });
    const r = await runAction(root, svc, ws, { command: 'execute', pipeline: 'p.yaml', 'parameters-file': 'params.json', 'run-id': 'inert-1', ...NO_UPLOADS });
    expect(r.outputs.status).toBe('SUCCESS');
    const cmds = effectiveCommands(r.stdout);
    // Group titles carry the item escaped as the title's value (harmless); nothing else may carry it.
    expect(cmds.filter((c) => c.name !== 'group' && /HACKED/.test(c.line))).toEqual([]);
    expect(cmds.filter((c) => c.name === 'add-mask' && c.line.includes('SUCCESS'))).toEqual([]);
    expect(cmds.filter((c) => c.name === 'save-state')).toEqual([]);
    // Every output window the runner saw was the Action's own (a fresh 32-hex token), and all closed again.
    expect(cmds.stops!.filter((t) => !/^[0-9a-f]{32}$/.test(t))).toEqual([]);
    // The items are still shown to the reader (inert, not dropped).
    expect(r.stdout).toContain('HACKED-map-error');
    expect(r.stdout).toContain('HACKED-legacy');
  });
});

describe('withheld credentials are not readable from any ancestor (issue #12 item 4)', () => {
  test('a shell step and a python step read /proc/<pid>/environ of every ancestor: no runner credential in any', async () => {
    const walk = `pid=$PPID; : > ancestors-shell.txt
while [ "$pid" -gt 1 ]; do
  echo "== $pid $(tr '\\0' ' ' < /proc/$pid/cmdline | cut -c1-80)" >> ancestors-shell.txt
  tr '\\0' '\\n' < /proc/$pid/environ >> ancestors-shell.txt 2>/dev/null || echo "unreadable" >> ancestors-shell.txt
  pid=$(awk '{print $4}' /proc/$pid/stat)
done`;
    // `warm` lists GITHUB_TOKEN and runs first: the python step after it (a fork of the same warm worker, when
    // workers are warm) must not find the token in any ancestor either.
    const pipeline = `dag:
  start_at: warm
  steps:
    warm:
      type: task
      command_type: python
      command: procwalk.warm
      secrets: [GITHUB_TOKEN]
      next: sh
    sh:
      type: task
      command_type: shell
      command: |
${walk.split('\n').map((l) => '        ' + l).join('\n')}
      next: py
    py:
      type: task
      command_type: python
      command: procwalk.walk
      next: listed
    listed:
      type: task
      command_type: shell
      command: 'printf "%s" "$GITHUB_TOKEN" | wc -c > token-length.txt'
      secrets: [GITHUB_TOKEN]
      next: success
`;
    const procwalk = `import os
def warm():
    assert os.environ['GITHUB_TOKEN']
def walk():
    out = []
    pid = os.getppid()
    while pid > 1:
        try:
            out.append(open(f'/proc/{pid}/environ', 'rb').read().decode('utf8', 'replace'))
        except OSError as e:
            out.append(f'unreadable {e}')
        pid = int(open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()[1])
    open('ancestors-python.txt', 'w').write('\\n'.join(out))
`;
    const ws = await workspaceWith(root, { 'p.yaml': pipeline, 'procwalk.py': procwalk });
    const r = await runAction(root, svc, ws, { command: 'execute', pipeline: 'p.yaml', 'run-id': 'proc-1', 'github-token': 'ghs_INPUT_token_value_0002', ...NO_UPLOADS });
    expect(r.outputs.status).toBe('SUCCESS');
    const shell = await readFile(join(ws, 'ancestors-shell.txt'), 'utf8');
    const python = await readFile(join(ws, 'ancestors-python.txt'), 'utf8');
    // The walk did reach the Action process (the node running the bundle) and read its environment.
    expect(shell).toMatch(/== \d+ .*index\.js/);
    expect(shell).toContain('GITHUB_WORKSPACE=');
    const creds = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'oidc-request-token-sec', 'ghs_FAKE_TOKEN_for_security_0001', 'ghs_INPUT_token_value_0002', 'INPUT_PIPELINE', 'INPUT_GITHUB-TOKEN'];
    expect({ shell: creds.filter((c) => shell.includes(c)), python: creds.filter((c) => python.includes(c)) }).toEqual({ shell: [], python: [] });
    // Kept out of /proc, not lost: a step that lists GITHUB_TOKEN still gets it (from the Action's memory).
    expect((await readFile(join(ws, 'token-length.txt'), 'utf8')).trim()).toBe(String('ghs_FAKE_TOKEN_for_security_0001'.length));
  });
});

describe('input paths stay inside the workspace (issue #12 item 5)', () => {
  const PASSWD_LINE = 'root:x:0:0:HACKED-passwd-line:/root:/bin/bash';
  const AUTH = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX0hBQ0tFRA==';

  test('outside paths, symbolic links out of the workspace and .git are refused without quoting the file', async () => {
    const outside = await mkdtemp(join(root, 'outside-'));
    await writeFile(join(outside, 'passwd'), `${PASSWD_LINE}\n`);
    const ws = await workspaceWith(root, { 'ok.yaml': 'dag:\n  start_at: s\n  steps:\n    s:\n      type: stub\n      next: success\n' });
    await mkdir(join(ws, '.git'));
    await writeFile(join(ws, '.git', 'config'), `[http "https://github.com/"]\n\textraheader = ${AUTH}\n`);
    await symlink(join(outside, 'passwd'), join(ws, 'linked.yaml'));
    await symlink(join(ws, '.git', 'config'), join(ws, 'gitconfig.yaml'));
    await symlink(outside, join(ws, 'outdir'));
    const cases: Record<string, string>[] = [
      { pipeline: join(outside, 'passwd') },
      { pipeline: '../' + outside.split('/').pop() + '/passwd' },
      { pipeline: 'linked.yaml' },
      { pipeline: '.git/config' },
      { pipeline: 'gitconfig.yaml' },
      { pipeline: 'ok.yaml', 'parameters-file': 'linked.yaml' },
      { pipeline: 'ok.yaml', config: 'gitconfig.yaml' },
      { pipeline: 'ok.yaml', 'working-directory': '..' },
      { pipeline: 'passwd', 'working-directory': 'outdir' },
      { command: 'compile', pipeline: 'ok.yaml', manifest: '../manifest.yaml' },
    ];
    for (const inputs of cases) {
      const r = await runAction(root, svc, ws, { command: 'validate', ...inputs, ...NO_UPLOADS });
      const seen = { inputs, code: r.code, quoted: r.stdout.includes('HACKED-passwd') || r.stdout.includes('eC1hY2Nlc3Mt') || r.summary.includes('eC1hY2Nlc3Mt') };
      expect(seen).toEqual({ inputs, code: 2, quoted: false }); // a usage error
      expect(r.stdout).toMatch(/workspace|\.git folder/);
      expect(r.stdout).not.toMatch(/\n\s+at /);
    }
    // The same workspace's own file is accepted.
    const ok = await runAction(root, svc, ws, { command: 'validate', pipeline: 'ok.yaml', ...NO_UPLOADS });
    expect(ok.code).toBe(0);
  });

  test('a parameters input nested 20,000 deep, with !!binary or with 1e-400, is a clear error, not a crash', async () => {
    const ws = await workspaceWith(root, { 'ok.yaml': 'dag:\n  start_at: s\n  steps:\n    s:\n      type: stub\n      next: success\n' });
    for (const parameters of [`x: ${'['.repeat(20000)}${']'.repeat(20000)}`, 'x: !!binary aGVsbG8=', '{"x": 1e-400}']) {
      const r = await runAction(root, svc, ws, { command: 'execute', pipeline: 'ok.yaml', parameters, ...NO_UPLOADS });
      expect({ code: r.code, trace: /\n\s+at |RangeError|RA999/.test(r.stdout) }).toEqual({ code: 2, trace: false }); // a validation error
      expect(r.stdout).toMatch(/input 'parameters'/);
    }
  });
});
