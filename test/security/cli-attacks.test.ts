/**
 * Issue #12's attacks through the bundled CLI, kept as tests (SECURITY.md guarantees 4, 7, 9b, 14):
 * - an env secret printed before its declaring step runs, and by a retry that skips that step, in plain,
 *   base64 and line-by-line (multi-line secret) forms;
 * - parameter names that would take over the runner's variables (PATH, LD_PRELOAD, BASH_ENV, NODE_OPTIONS,
 *   PYTHONPATH, RUNNABLE_RUN_ID, a step's own secret), and names that cannot be shell variables;
 * - a parameter over 128 KiB (execve's per-string limit) with steps that do not use it, and a map whose
 *   item list is over that limit;
 * - a node function that changes the umask and the working directory of the shared process;
 * - a non-YAML file (passwd-like) given as the pipeline.
 */
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cleanEnv, runCli, type CliRun } from '../support/cli.js';

// Real CLI runs: 25 s for a test measured on a loaded machine (load 9); no test here measures time.
jest.setTimeout(180_000);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const CONFIG = 'pipeline-executor:\n  type: local\nrun-log-store:\n  type: chunked-fs\ncatalog:\n  type: file-system\n  config:\n    catalog_location: .catalog\nsecrets:\n  type: env-secrets\n';

function project(files: Record<string, string>): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'ra-attacks-'));
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

/** Where `needles` appear: the CLI's stdout/stderr, and every run-log and catalog file. */
function leaks(needles: string[], runs: CliRun[], cwd: string): string[] {
  const hits: string[] = [];
  for (const [i, r] of runs.entries()) {
    for (const n of needles) {
      if (r.stdout.includes(n)) hits.push(`run ${i} stdout: ${n}`);
      if (r.stderr.includes(n)) hits.push(`run ${i} stderr: ${n}`);
    }
  }
  for (const f of [...allFiles(path.join(cwd, '.run_log_store')), ...allFiles(path.join(cwd, '.catalog'))]) {
    const text = readFileSync(f, 'utf8');
    for (const n of needles) if (text.includes(n)) hits.push(`${path.relative(cwd, f)}: ${n}`);
  }
  return hits;
}

describe('declared secrets are masked from the start of the run, also on retry (issue #12 item 2)', () => {
  const SECRET = 'Early-PLANTED-s3cret-9931';
  const MULTI = '-----BEGIN FAKE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF\n-----END FAKE KEY-----';
  const pipeline = `dag:
  start_at: early
  steps:
    early:
      type: task
      command_type: shell
      command: |
        echo "early sees $MY_SECRET"
        printf '%s' "$MY_SECRET" | base64
        printf 'prefix-%s-suffix' "$MY_SECRET" | base64
        echo "$MULTI_KEY" | sed -n 2p
        echo data > "out-$MY_SECRET.txt"
        test -e pass.marker || { echo "failing with $MY_SECRET" >&2; exit 3; }
      catalog:
        put: ["out-*.txt"]
      next: declares
    declares:
      type: task
      command_type: shell
      command: 'echo "declared"'
      secrets: [MY_SECRET, MULTI_KEY]
      next: success
`;

  it('a step before the declaring one, and a retry, print it only masked', async () => {
    const cwd = project({ 'p.yaml': pipeline });
    const env = cleanEnv({ MY_SECRET: SECRET, MULTI_KEY: MULTI });
    const first = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '--run-id', 'early'], { cwd, env });
    expect(first.code).toBe(1);
    writeFileSync(path.join(cwd, 'pass.marker'), '');
    // The retry runs `early` again; `declares` has not run yet in either attempt's process before `early`.
    const second = await runCli(['retry', 'early', '-c', 'c.yaml'], { cwd, env });
    expect(second.code).toBe(0);
    expect(first.stdout + first.stderr).toContain('early sees ***');
    expect(second.stdout + second.stderr).toContain('early sees ***');
    const b64 = Buffer.from(SECRET).toString('base64');
    const inner = Buffer.from(`prefix-${SECRET}-suffix`).toString('base64').slice(12, 36);
    expect(leaks([SECRET, b64, inner, 'MIIEvQIBADANBgkqhkiG9w0BAQEF'], [first, second], cwd)).toEqual([]);
    // The catalog file named after the secret is recorded masked in the run log.
    const runLogText = allFiles(path.join(cwd, '.run_log_store')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(runLogText).toContain('out-***.txt');
  });
});

describe('parameter names never take over the environment (issue #12 item 3)', () => {
  it('PATH, LD_PRELOAD, BASH_ENV, NODE_OPTIONS, PYTHONPATH, RUNNABLE_RUN_ID and a secret name are not set by parameters; bad names are said once', async () => {
    const params = {
      PATH: '/nonexistent-hijack',
      LD_PRELOAD: '/nonexistent/hijack.so',
      BASH_ENV: './hijack.sh',
      NODE_OPTIONS: '--require ./hijack.cjs',
      PYTHONPATH: './hijack',
      RUNNABLE_RUN_ID: 'hijacked-run-id',
      MY_SECRET: 'parameter-not-secret',
      'my-param': 'dash',
      '2fast': 'digit',
      ok_name: 'fine',
      items: [1, 2, 3],
    };
    const cwd = project({
      'params.json': JSON.stringify(params),
      'hijack.sh': 'touch pwned-bash-env\n',
      'hijack.cjs': "require('fs').writeFileSync('pwned-node-options', '')\n",
      'p.yaml': `dag:
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
            command: |
              echo "PATH=$PATH" > env-$item.txt
              echo "LD_PRELOAD=\${LD_PRELOAD-unset} NODE_OPTIONS=\${NODE_OPTIONS-unset} PYTHONPATH=\${PYTHONPATH-unset} BASH_ENV=\${BASH_ENV-unset}" >> env-$item.txt
              echo "RUNNABLE_RUN_ID=$RUNNABLE_RUN_ID MY_SECRET=$MY_SECRET ok_name=$ok_name" >> env-$item.txt
              bash -c 'true'; node -e '0'
            secrets: [MY_SECRET]
            next: success
      next: success
`,
    });
    // (RUNNABLE_PRM_<NAME> names are lower-cased, so they cannot reach these names at all.)
    const env = cleanEnv({ MY_SECRET: 'the-real-secret-value', RUNNABLE_PRM_LD_PRELOAD: '"/nonexistent/hijack2.so"' });
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.json', '--run-id', 'names'], { cwd, env });
    expect(r.code).toBe(0);
    for (const item of [1, 2, 3]) {
      const text = readFileSync(path.join(cwd, `env-${item}.txt`), 'utf8');
      expect(text).toContain(`PATH=${env.PATH}\n`);
      expect(text).toContain('LD_PRELOAD=unset NODE_OPTIONS=unset PYTHONPATH=unset BASH_ENV=unset');
      expect(text).toContain('RUNNABLE_RUN_ID=names MY_SECRET=the-real-secret-value ok_name=fine');
    }
    expect(existsSync(path.join(cwd, 'pwned-bash-env'))).toBe(false);
    expect(existsSync(path.join(cwd, 'pwned-node-options'))).toBe(false);
    const out = r.stdout + r.stderr;
    // Each name is said once, though three items ran.
    for (const name of ['"my-param"', '"2fast"', "'PATH'", "'LD_PRELOAD'", "'RUNNABLE_RUN_ID'", "'MY_SECRET'"]) {
      const said = out.split('\n').filter((l) => l.includes('is not exported') && l.includes(name));
      expect({ name, times: said.length }).toEqual({ name, times: 1 });
    }
  });
});

describe('values too large for the environment (issue #12 item 8)', () => {
  it('a 200 KiB parameter (or one holding a NUL) does not break steps that do not use it; a step that needs it reads <NAME>_FILE', async () => {
    const big = 'x'.repeat(200 * 1024);
    // 24 long paths (deep folders): the list is over 128 KiB, so every item's environment would be too.
    const names = Array.from({ length: 24 }, (_, i) => `data/file-${String(i).padStart(4, '0')}/${'deep-folder/'.repeat(500)}f.csv`);
    const cwd = project({
      'params.json': JSON.stringify({ big, names, nul: 'a\u0000b' }),
      'p.yaml': `dag:
  start_at: unrelated
  steps:
    unrelated:
      type: task
      command_type: shell
      command: echo "unrelated ran"
      next: needs
    needs:
      type: task
      command_type: shell
      command: |
        test -z "\${big+set}" || { echo "big is set" >&2; exit 5; }
        test "$(wc -c < "$big_FILE")" -eq ${big.length}
        test "$(wc -c < "$nul_FILE")" -eq 3 && test -z "\${nul+set}"
      next: fan
    fan:
      type: map
      iterate_on: names
      iterate_as: name
      branch:
        start_at: item
        steps:
          item:
            type: task
            command_type: shell
            command: 'case "$name" in data/file-*) ;; *) exit 6;; esac'
            next: success
      next: success
`,
    });
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.json', '--run-id', 'big'], { cwd, env: cleanEnv(), timeoutMs: 120_000 });
    expect({ code: r.code, e2big: /E2BIG|argument list too long/i.test(r.stdout + r.stderr) }).toEqual({ code: 0, e2big: false });
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/parameter 'big' \(204800 bytes\) is too large for the environment: 'big' is unset; its value is in the file named by \$big_FILE/);
    expect(out).toMatch(/parameter 'names' \(\d+ bytes\) is too large/);
    expect(out).toMatch(/parameter 'nul' contains a NUL character/);
    // validate says so ahead of the run, as a warning (the files are valid).
    const v = await runCli(['validate', '-f', 'p.yaml', '-c', 'c.yaml', '-p', 'params.json'], { cwd, env: cleanEnv() });
    expect(v.code).toBe(0);
    expect(v.stderr).toMatch(/warning: parameter 'big' \(204800 bytes\) is too large for the environment/);
  }, 180_000); // a 24-item map of shell steps: slow only on a loaded machine
});

describe('a node function cannot change the process for later steps (issue #12, weak)', () => {
  it('umask and working directory set by a node function do not leak into the next steps', async () => {
    const cwd = project({
      // 0o067: a umask nobody runs with, so a leak cannot pass for the inherited one.
      'fns.mjs': "export function meddle() { process.umask(0o067); process.chdir('/'); }\n",
      'p.yaml': `dag:
  start_at: meddle
  steps:
    meddle:
      type: task
      command_type: node
      command: fns.mjs:meddle
      next: after
    after:
      type: task
      command_type: shell
      command: 'umask > umask.txt; touch made.txt'
      next: success
`,
    });
    const r = await runCli(['execute', '-f', 'p.yaml', '-c', 'c.yaml', '--run-id', 'umask'], { cwd, env: cleanEnv() });
    expect(r.code).toBe(0);
    // The step runs with the umask the CLI inherited (this test's: it is the machine's, not assumed 022).
    const inherited = execFileSync('sh', ['-c', 'umask'], { encoding: 'utf8' }).trim();
    expect(inherited).not.toBe('0067');
    expect(readFileSync(path.join(cwd, 'umask.txt'), 'utf8').trim()).toBe(inherited);
    expect(statSync(path.join(cwd, 'made.txt')).mode & 0o777).toBe(0o666 & ~parseInt(inherited, 8));
  });
});

describe('a non-YAML input file is not quoted (issue #12 item 5)', () => {
  it('a passwd-like file as the pipeline: the error names the file, not its lines', async () => {
    const cwd = project({ 'passwd': 'root:x:0:0:QUOTED-passwd-root:/root:/bin/bash\ndaemon:x:1:1:QUOTED-daemon:/usr/sbin:/usr/sbin/nologin\n' });
    const r = await runCli(['validate', '-f', 'passwd', '-c', 'c.yaml'], { cwd, env: cleanEnv() });
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBe(70);
    expect(r.stdout + r.stderr).toContain('passwd:1:1');
    expect(r.stdout + r.stderr).not.toContain('QUOTED');
  });
});
