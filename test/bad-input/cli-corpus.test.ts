/**
 * Bad input through the bundled CLI (`node dist/cli/index.js validate|execute …`), as a user meets it:
 * every case exits non-zero (how fast: bench/), names file:line:column where there is one, and never prints a
 * stack trace. Cases: the library corpus (test/fixtures/bad-input, exact issue lines) and this suite's own
 * (test/fixtures/bad-input-cli/cases.json: usage, missing/unreadable files, modules that throw, tags, bombs,
 * and runtime failures that must end as a FAIL step in a consistent run log). Plus a bounded property test.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { REPO, cleanEnv, runCli, type CliRun } from '../support/cli.js';

interface LibCase { file: string; kind: 'pipeline' | 'config' | 'parameters'; description: string; generated?: boolean; issues: string[] }
interface CliCase { knownBugNoRunLog?: string; name: string; args: string[]; exit: number; stderr?: string[]; runtime?: { step: string; message: string; store?: string }; knownBug?: string }

const LIB_DIR = 'test/fixtures/bad-input';
const CLI_DIR = 'test/fixtures/bad-input-cli';
const libCases: LibCase[] = JSON.parse(readFileSync(path.join(REPO, LIB_DIR, 'cases.json'), 'utf8'));
const cliCases: CliCase[] = JSON.parse(readFileSync(path.join(REPO, CLI_DIR, 'cases.json'), 'utf8'));
const OK = `${CLI_DIR}/ok.yaml`;
const STACK = /^\s+at .+/m;

let project: string;
const tmpDirs: string[] = [];

/** A project holding both fixture folders at their repository paths, so messages name the same files. */
function newProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ra-badcli-'));
  tmpDirs.push(dir);
  mkdirSync(path.join(dir, 'test/fixtures'), { recursive: true });
  cpSync(path.join(REPO, LIB_DIR), path.join(dir, LIB_DIR), { recursive: true });
  cpSync(path.join(REPO, CLI_DIR), path.join(dir, CLI_DIR), { recursive: true });
  writeFileSync(path.join(dir, LIB_DIR, 'huge-file.yaml'), '#'.repeat(6 * 1024 * 1024));
  symlinkSync('/nonexistent/pipeline.yaml', path.join(dir, 'dangling.yaml'));
  return dir;
}

async function pool<T, R>(items: T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  }));
  return out;
}

function libArgs(c: LibCase, verb: 'validate' | 'execute'): string[] {
  const f = `${LIB_DIR}/${c.file}`;
  if (c.kind === 'pipeline') return [verb, '-f', f];
  if (c.kind === 'config') return [verb, '-f', OK, '-c', f];
  return [verb, '-f', OK, '-p', f];
}

function errorLines(r: CliRun): string[] {
  return r.stderr.split('\n').filter((l) => l.startsWith('error: ')).map((l) => l.slice('error: '.length));
}

function expectCleanFailure(r: CliRun, code: number): void {
  expect({ code: r.code, signal: r.signal }).toEqual({ code, signal: null });
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stdout).not.toMatch(STACK);
  expect(r.stderr).not.toContain('internal error');
}

const libValidate = new Map<string, CliRun>();
const libExecute = new Map<string, CliRun>();
let libExecuteWroteRunLog = true;
const cliRuns = new Map<string, { run: CliRun; cwd: string }>();

beforeAll(async () => {
  project = newProject();
  const env = cleanEnv();
  await pool(libCases, 2, async (c) => libValidate.set(c.file, await runCli(libArgs(c, 'validate'), { cwd: project, env, timeoutMs: 60_000 })));
  await pool(libCases, 2, async (c) => libExecute.set(c.file, await runCli(libArgs(c, 'execute'), { cwd: project, env, timeoutMs: 60_000 })));
  libExecuteWroteRunLog = existsSync(path.join(project, '.run_log_store'));
  await pool(cliCases, 2, async (c) => {
    const cwd = c.runtime ? newProject() : project;
    cliRuns.set(c.name, { run: await runCli(c.args, { cwd, env, timeoutMs: 60_000 }), cwd });
  });
}, 900_000); // ~150 CLI runs: minutes on a loaded 2-core machine

afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

describe(`bad input through the CLI: the ${libCases.length} library fixtures`, () => {
  test.each(libCases.map((c) => [c.file, c] as const))('validate %s: exit 2, exactly its issue lines, no stack', (_n, c) => {
    const r = libValidate.get(c.file)!;
    expectCleanFailure(r, 2);
    expect(errorLines(r)).toEqual(c.issues);
  });

  test.each(libCases.map((c) => [c.file, c] as const))('execute %s: exit 2, same issue lines, nothing run', (_n, c) => {
    const r = libExecute.get(c.file)!;
    expectCleanFailure(r, 2);
    expect(errorLines(r)).toEqual(c.issues);
    expect(libExecuteWroteRunLog).toBe(false);
  });
});

function allChunkFilesParse(dir: string): number {
  let n = 0;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const p = path.join(dir, f);
    if (statSync(p).isFile() && p.endsWith('.json')) {
      JSON.parse(readFileSync(p, 'utf8'));
      n++;
    }
  }
  return n;
}

async function readRunLog(cwd: string, store: string): Promise<Record<string, any>> {
  const { createRunLogStore } = await import('../../src/runlog/factory.js');
  const s = createRunLogStore({ type: store as 'chunked-fs', config: { log_folder: '.run_log_store' } }, cwd);
  return (await s.getRunLog('rt')) as unknown as Record<string, any>;
}

describe(`bad input through the CLI: ${cliCases.length} cases of test/fixtures/bad-input-cli`, () => {
  const ok = cliCases.filter((c) => !c.knownBug);
  const bugs = cliCases.filter((c) => c.knownBug);
  test.each(ok.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const { run: r, cwd } = cliRuns.get(c.name)!;
    expectCleanFailure(r, c.exit);
    for (const s of c.stderr ?? []) expect(r.stderr).toContain(s);
    // No tag ever executed anything.
    expect(existsSync(path.join(cwd, 'PWNED_BY_YAML'))).toBe(false);
    // Refused input leaves no run log behind (runtime failures, below, leave a consistent one).
    if (!c.runtime) expect(existsSync(path.join(cwd, '.run_log_store'))).toBe(false);
    if (c.runtime) {
      const store = c.runtime.store ?? 'chunked-fs';
      const folder = path.join(cwd, '.run_log_store');
      expect(allChunkFilesParse(folder)).toBeGreaterThan(0);
      const log = await readRunLog(cwd, store);
      expect(log.status).toBe('FAIL');
      expect(log.steps[c.runtime.step].status).toBe('FAIL');
      expect(log.steps[c.runtime.step].message).toContain(c.runtime.message);
      expect(JSON.stringify(log)).not.toContain('PROCESSING');
      expect(r.stdout + r.stderr).toContain(c.runtime.message);
    }
  });
  for (const c of cliCases.filter((x) => x.knownBugNoRunLog)) {
    test.skip(`KNOWN BUG, skipped until fixed (${c.knownBugNoRunLog}): ${c.name} leaves no run log`, () => undefined);
  }
  for (const c of bugs) {
    test.skip(`KNOWN BUG, skipped until fixed (${c.knownBug}): ${c.name}`, () => undefined);
  }
  test('the corpus (library + CLI) has at least 40 cases', () => {
    expect(libCases.length + cliCases.length).toBeGreaterThanOrEqual(40);
  });
});

/** Random YAML documents and random step graphs, through `validate` in the bundled CLI. */
describe('property: random YAML and random graphs through the CLI give exit 0 or 2, never a crash', () => {
  const RUNS = 30; // bounded: each is a real node process (~0.2 s); the library-level property test runs thousands
  const name = fc.constantFrom('a', 'b', 'c', 'success', 'fail', 'x y', 'm');
  const step = fc.record({
    type: fc.constantFrom('task', 'stub', 'map', 'parallel', 'conditional', 'loop', 'success', 'fail', 'bogus', 7),
    command_type: fc.constantFrom('shell', 'python', 'node', 'notebook', undefined, null, []),
    command: fc.oneof(fc.string(), fc.constant(undefined), fc.integer()),
    next: fc.oneof(name, fc.constant(undefined), fc.integer()),
    on_failure: fc.option(name),
    returns: fc.option(fc.oneof(fc.array(fc.record({ name: fc.string(), kind: fc.constantFrom('json', 'metric', 'object', 'x') })), fc.string())),
    iterate_on: fc.option(fc.string()),
    branches: fc.option(fc.dictionary(fc.string({ maxLength: 4 }), fc.anything({ maxDepth: 2 }), { maxKeys: 3 })),
  }, { requiredKeys: ['type'] });
  const graph = fc.record({ dag: fc.record({ start_at: fc.oneof(name, fc.anything({ maxDepth: 1 })), steps: fc.dictionary(name, step, { maxKeys: 5 }) }) });
  const doc = fc.oneof(
    graph.map((g) => stringify(g)),
    fc.anything({ maxDepth: 4 }).map((v) => { try { return stringify(v); } catch { return String(v); } }),
    fc.string({ maxLength: 300 }),
    fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')),
  );

  test(`${RUNS} random documents (fixed seed 424242)`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ra-badprop-'));
    tmpDirs.push(dir);
    const docs = fc.sample(doc, { numRuns: RUNS, seed: 424242 });
    docs.forEach((d, i) => writeFileSync(path.join(dir, `p${i}.yaml`), d));
    const env = cleanEnv();
    const results = await pool(docs.map((_, i) => i), 2, (i) => runCli(['validate', '-f', `p${i}.yaml`], { cwd: dir, env, timeoutMs: 60_000 }));
    const bad = results.map((r, i) => ({ i, code: r.code, stack: STACK.test(r.stderr), internal: r.stderr.includes('internal error') }))
      .filter((x) => (x.code !== 0 && x.code !== 2) || x.stack || x.internal);
    expect(bad).toEqual([]);
    expect(results.filter((r) => r.code === 2).length).toBeGreaterThan(RUNS / 2);
  }, 300_000);
});
