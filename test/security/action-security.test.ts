/**
 * Security guarantees of the bundled Action, run as the runner runs it (Results double + Azurite):
 * - a planted secret (env-secrets, listed by the step) is in no output: log (except the Action's own
 *   `::add-mask::`), annotations, job summary, GITHUB_OUTPUT, run log files, and the catalog's execution logs
 *   as uploaded in artifacts — including when a step fails with the secret in its error message;
 * - a step printing `::set-output`, `::add-mask::`, `::error`, `::warning`, `::stop-commands::` (and trying
 *   to close the Action's window) changes nothing: parsed as the runner parses the log, no command of the
 *   step's is acted on, and GITHUB_OUTPUT holds only the Action's outputs;
 * - no step process (shell, python, a grandchild) sees the runtime or OIDC credentials.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAzurite, type AzuriteHandle } from '../support/azurite.js';
import { startResultsService, type ResultsService } from '../support/results-service.js';
import { DIST, allFiles, effectiveCommands, runAction, workspaceWith } from './action-harness.js';

jest.setTimeout(120_000);

/** Members of a zip, from its central directory (the upload streams members with data descriptors). */
function zipMembers(zip: Buffer): { name: string; method: number; data: Buffer }[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return [];
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: { name: string; method: number; data: Buffer }[] = [];
  for (let k = 0; k < count; k++) {
    const method = zip.readUInt16LE(p + 10);
    const csize = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString();
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.push({ name, method, data: zip.subarray(start, start + csize) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const SECRET = 'Act10n-PLANTED-secret-5150';
let az: AzuriteHandle;
let svc: ResultsService;
let root: string;

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: build it with 'flock /tmp/build.lock node scripts/build.mjs'`);
  root = await mkdtemp(join(tmpdir(), 'ra-action-sec-'));
  az = await startAzurite();
  svc = await startResultsService({ azurite: az });
});

afterAll(async () => {
  await svc?.close();
  await az?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

const HOSTILE = `
dag:
  start_at: noisy
  steps:
    noisy:
      type: task
      command_type: shell
      command: |
        echo "::set-output name=status::HACKED-set-output"
        echo "::add-mask::run"
        echo "::error file=pipeline.yaml,line=1::HACKED-error-annotation"
        echo "::warning::HACKED-warning"
        echo "::notice::HACKED-notice"
        echo "::stop-commands::steptoken"
        echo "::steptoken::"
        echo "::error::HACKED-after-own-window"
        echo "::endgroup::"
        echo "::error::HACKED-after-endgroup"
        echo "secret is $MY_TOKEN"
        echo "::add-mask::$MY_TOKEN"
        env > env-shell.txt
        sh -c 'env > env-grandchild.txt'
        mkdir -p data && echo "$MY_TOKEN is not data" > data/plain.txt
      secrets: [MY_TOKEN]
      catalog:
        put: [data/plain.txt]
      next: py
    py:
      type: task
      command_type: python
      command: secmod.dump_and_crash
      secrets: [MY_TOKEN]
      on_failure: after
      next: after
    after:
      type: task
      command_type: shell
      command: |
        echo "::set-output name=run-id::HACKED-run-id"
        echo "fatal: $MY_TOKEN" >&2
        exit 4
      secrets: [MY_TOKEN]
      next: success
`;
const SECMOD = "import os\n\ndef dump_and_crash():\n    open('env-python.txt', 'w').write(str(dict(os.environ)))\n    print('::error::HACKED-from-python')\n    raise RuntimeError('python fails with ' + os.environ['MY_TOKEN'])\n";

describe('the bundled Action under a hostile pipeline', () => {
  test('secrets masked everywhere, workflow commands of steps inert, credentials never reach steps', async () => {
    const ws = await workspaceWith(root, { 'pipeline.yaml': HOSTILE, 'secmod.py': SECMOD });
    const before = svc.artifacts().length;
    const r = await runAction(root, svc, ws, { command: 'execute', pipeline: 'pipeline.yaml', 'run-id': 'sec-1' }, { env: { MY_TOKEN: SECRET } });
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBe(70);
    expect(r.outputs.status).toBe('FAIL');
    expect(r.outputs['run-id']).toBe('sec-1');

    // 1. Workflow commands: only the Action's own are acted on.
    const cmds = effectiveCommands(r.stdout);
    expect(cmds.filter((c) => c.line.includes('HACKED'))).toEqual([]);
    expect(cmds.filter((c) => c.name === 'set-output')).toEqual([]);
    const masks = cmds.filter((c) => c.name === 'add-mask').map((c) => c.line);
    // The step's '::add-mask::run' (which would blank every 'run' in the log) is never acted on; the Action's
    // own masks are the secret and the upload library's SAS signatures.
    expect(masks).not.toContain('::add-mask::run');
    expect(masks).toContain(`::add-mask::${SECRET}`);
    expect(r.stdout).toContain('HACKED-error-annotation'); // the step did print it (inside a window)
    // GITHUB_OUTPUT: only the Action's outputs, none of the step's.
    expect(r.outputFileText).not.toContain('HACKED');
    // Annotations the runner would create: the Action's own, for the failed steps, none of the step's text.
    const errors = cmds.filter((c) => c.name === 'error' || c.name === 'warning' || c.name === 'notice');
    expect(errors.length).toBeGreaterThanOrEqual(1);

    // 2. The planted secret: nowhere but the Action's own add-mask line.
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.includes(SECRET) && l !== `::add-mask::${SECRET}`)).toEqual([]);
    expect(lines.some((l) => l.includes('secret is ***'))).toBe(true);
    expect(r.summary).not.toContain(SECRET);
    expect(r.outputFileText).not.toContain(SECRET);
    const leakedFiles: string[] = [];
    for (const f of await allFiles(join(ws, '.run_log_store'))) if ((await readFile(f, 'utf8')).includes(SECRET)) leakedFiles.push(f);
    expect(leakedFiles).toEqual([]);
    // Execution logs and the run log as uploaded: every artifact blob this run made (zip members may be
    // deflated: the logs are small text, so also look for the secret in each inflated member).
    const made = svc.artifacts().slice(before);
    expect(made.length).toBeGreaterThanOrEqual(2);
    const { inflateRawSync } = await import('node:zlib');
    let members = 0;
    let execLogs = 0;
    for (const a of made) {
      const blob = await svc.readBlob(a.id);
      expect({ artifact: a.name, raw: blob.includes(SECRET) }).toEqual({ artifact: a.name, raw: false });
      for (const m of zipMembers(blob)) {
        members++;
        const text = m.method === 8 ? inflateRawSync(m.data) : m.data;
        if (text.includes('secret is ***')) execLogs++; // the noisy step's execution log
        if (text.includes(' is not data')) continue; // data/plain.txt: user data the step wrote on purpose
        expect({ artifact: a.name, member: m.name, leaked: text.includes(SECRET) }).toEqual({ artifact: a.name, member: m.name, leaked: false });
      }
    }
    expect(members).toBeGreaterThan(0);
    expect(execLogs).toBeGreaterThanOrEqual(1);

    // 3. Credentials: no step process saw them.
    const creds = ['oidc-request-token-sec', 'oidc-url-sec', 'ghs_FAKE_TOKEN_for_security_0001', 'ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST', 'INPUT_PIPELINE', 'INPUT_COMMAND'];
    for (const f of ['env-shell.txt', 'env-grandchild.txt', 'env-python.txt']) {
      const text = await readFile(join(ws, f), 'utf8');
      expect(text).toContain('GITHUB_WORKSPACE'); // ordinary context is inherited
      expect({ f, leaked: creds.filter((c) => text.includes(c)) }).toEqual({ f, leaked: [] });
    }
  });
});
