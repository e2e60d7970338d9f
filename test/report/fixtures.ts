/**
 * Real runs for the report tests: pipelines executed by the library (src/) in a temp project, one per store
 * layout (file-system, chunked-fs, buffered), read back the way `runnable timeline` reads them.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { executeCommand } from '../../src/commands/execute.js';
import { loadRunLog } from '../../src/commands/timeline.js';
import { loadConfig } from '../../src/config/load.js';
import type { RunnableConfig } from '../../src/config/model.js';
import type { RunResult } from '../../src/engine/index.js';
import type { RunLog } from '../../src/runlog/model.js';
import { cleanEnv, runCli } from '../support/cli.js';

export const SECRET = 's3cr3t-Value-9Q7';
export const HOSTILE_STEP = '<img src=x onerror=alert(1)>';
export const HOSTILE_NEXT = 'javascript:alert(1)';
export const HOSTILE_FILE = '<b onclick=alert(1)>f&amp;.txt';
export const HOSTILE_VALUE = '</script><script>window.__pwned=2</script>';

export interface FixtureRun {
  dir: string;
  runLog: RunLog;
  config: RunnableConfig;
  env: Record<string, string | undefined>;
}

const CONFIGS: Record<string, string> = {
  'file-system': 'run-log-store:\n  type: file-system\n',
  'chunked-fs': 'run-log-store:\n  type: chunked-fs\n',
  buffered: 'run-log-store:\n  type: buffered\n',
};

function project(prefix: string, files: Record<string, string>, store: keyof typeof CONFIGS): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  writeFileSync(
    path.join(dir, 'config.yaml'),
    `pipeline-executor:\n  type: local\n  config:\n    max_workers: 4\n${CONFIGS[store]}catalog:\n  type: file-system\nsecrets:\n  type: env-secrets\n`,
  );
  return dir;
}

async function run(dir: string, runId: string, extra: { parametersFile?: string; env?: Record<string, string>; cli?: boolean } = {}): Promise<FixtureRun> {
  const env: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, ...extra.env };
  let result: RunResult | undefined;
  if (extra.cli) {
    // The bundled CLI (a real process): in-process node tasks cost ~25 ms each under jest's module system.
    const args = ['execute', 'pipeline.yaml', '-c', 'config.yaml', '--run-id', runId, ...(extra.parametersFile ? ['-p', extra.parametersFile] : [])];
    const r = await runCli(args, { cwd: dir, env: cleanEnv(extra.env), timeoutMs: 120_000 });
    if (r.code !== 0 && r.code !== 1) throw new Error(`runnable execute exited ${r.code}: ${r.stderr}`);
  } else {
    result = await executeCommand({ pipelineFile: 'pipeline.yaml', configFile: 'config.yaml', parametersFile: extra.parametersFile, cwd: dir, env, runId });
  }
  const config = await loadConfig({ file: 'config.yaml', cwd: dir, env });
  // Stored runs are read back as `runnable timeline` reads them; the buffered store lives only in the result.
  const runLog = result && config.runLogStore.type === 'buffered' ? result.runLog : await loadRunLog({ target: runId, configFile: 'config.yaml', cwd: dir, env });
  return { dir, runLog, config, env };
}

/** Catalog files through a parallel, a metric, execution logs; file-system store. */
export async function successfulRun(): Promise<FixtureRun> {
  const dir = project('ra-report-ok-', {
    'tasks.mjs': 'export function score({ rows }) { return rows / 4; }\n',
    'pipeline.yaml': `dag:
  start_at: generate
  steps:
    generate:
      type: task
      command_type: shell
      command: |
        echo "hello from generate"
        printf 'a,b\\n1,2\\n' > data.csv
        export rows=2
      returns:
        - name: rows
      catalog:
        put: [data.csv]
      next: fan
    fan:
      type: parallel
      next: score
      branches:
        left:
          start_at: read left
          steps:
            read left:
              type: task
              command_type: shell
              command: grep -q a,b data.csv && echo left read it
              catalog:
                get: [data.csv]
              next: success
        right:
          start_at: read right
          steps:
            read right:
              type: task
              command_type: shell
              command: grep -q 1,2 data.csv
              catalog:
                get: [data.csv]
              next: success
    score:
      type: task
      command_type: node
      command: tasks.mjs:score
      returns:
        - name: accuracy
          kind: metric
      next: success
`,
  }, 'file-system');
  return run(dir, 'ok-run');
}

/** A step that succeeds on its third attempt, one that fails both of its attempts; a secret; chunked-fs store. */
export async function failedRun(): Promise<FixtureRun> {
  const dir = project('ra-report-fail-', {
    'params.yaml': `api_note: "token ${SECRET} in a parameter"\n`,
    'pipeline.yaml': `dag:
  start_at: flaky
  steps:
    flaky:
      type: task
      command_type: shell
      command: |
        echo "attempt $RUNNABLE_STEP_ATTEMPT with $API_TOKEN"
        test "$RUNNABLE_STEP_ATTEMPT" -ge 3
      secrets: [API_TOKEN]
      max_attempts: 3
      next: always fails
    always fails:
      type: task
      command_type: shell
      command: |
        echo "no luck"
        exit 7
      max_attempts: 2
      next: success
`,
  }, 'chunked-fs');
  return run(dir, 'fail-run', { parametersFile: 'params.yaml', env: { API_TOKEN: SECRET } });
}

/** A map over `n` items run by the bundled CLI with an in-process node function; items with i % 250 == 7 fail; chunked-fs store. */
export async function mapRun(n: number, runId = 'map-run'): Promise<FixtureRun> {
  const dir = project('ra-report-map-', {
    'tasks.mjs': "export function work({ item }) { if (item % 250 === 7) throw new Error('item ' + item + ' is bad'); return item * 2; }\n",
    'params.yaml': `items: [${Array.from({ length: n }, (_, i) => i).join(',')}]\n`,
    'pipeline.yaml': `dag:
  start_at: each
  steps:
    each:
      type: map
      iterate_on: items
      iterate_as: item
      next: success
      branch:
        start_at: work
        steps:
          work:
            type: task
            command_type: node
            command: tasks.mjs:work
            returns:
              - name: doubled
            next: success
`,
  }, 'chunked-fs');
  return run(dir, runId, { parametersFile: 'params.yaml', cli: true });
}

/** Step names, a parameter and a file name that are HTML, a closing script tag and a javascript: link; buffered store. */
export async function hostileRun(): Promise<FixtureRun> {
  const dir = project('ra-report-hostile-', {
    'params.yaml': `"${HOSTILE_VALUE.replace(/"/g, '\\"')}": "${HOSTILE_VALUE.replace(/"/g, '\\"')}"\nlink: "javascript:alert(document.domain)"\n`,
    'pipeline.yaml': `dag:
  start_at: "${HOSTILE_STEP}"
  steps:
    "${HOSTILE_STEP}":
      type: task
      command_type: shell
      command: |
        printf x > '${HOSTILE_FILE}'
        echo '${HOSTILE_VALUE}'
      catalog:
        put: ["*.txt"]
      next: "${HOSTILE_NEXT}"
    "${HOSTILE_NEXT}":
      type: task
      command_type: shell
      command: test -f '${HOSTILE_FILE}'
      catalog:
        get: ["*.txt"]
      next: success
`,
  }, 'buffered');
  const r = await run(dir, 'hostile-run', { parametersFile: 'params.yaml' });
  // A run log is an artifact anyone may have edited: a code identity whose URL is a javascript: link.
  const first = Object.values(r.runLog.steps)[0]!;
  first.attempts[0]!.code_identities = [
    { code_identifier: HOSTILE_VALUE, code_identifier_type: 'git', code_identifier_dependable: false, code_identifier_url: 'javascript:window.__pwned=3', code_identifier_message: HOSTILE_STEP },
  ];
  return r;
}
