/**
 * runnable 0.50 itself, when this machine has it (a venv outside the repository: $RUNNABLE_PEER_PYTHON, or
 * /work/peers/venv/bin/python): reads a run folder with its own ChunkedFileSystemRunLogStore, so tests can
 * check that runnable sees every step of a run we wrote. Tests that need it skip, saying so, when it is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidate = process.env.RUNNABLE_PEER_PYTHON ?? '/work/peers/venv/bin/python';
export const PEER_PYTHON = existsSync(candidate) ? candidate : undefined;
export const NO_PEER = `runnable 0.50 is not installed here (set RUNNABLE_PEER_PYTHON to a python with runnable 0.50)`;

const READER = `
import json, sys
from extensions.run_log_store.chunked_fs import ChunkedFileSystemRunLogStore
store = ChunkedFileSystemRunLogStore(log_folder=sys.argv[1])
log = store.get_run_log_by_id(sys.argv[2], full=True)
steps = {}
def walk(d):
    for s in d.values():
        steps[s.internal_name] = s.status
        for b in s.branches.values():
            walk(b.steps)
walk(log.steps)
print(json.dumps({"status": log.status, "steps": steps}))
`;

/** What runnable 0.50 reads from `<logFolder>/<runId>`: the run's status and every step's status by internal name. */
export function readWithRunnable(logFolder: string, runId: string): { status: string; steps: Record<string, string> } {
  const r = spawnSync(PEER_PYTHON!, ['-c', READER, logFolder, runId], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`runnable could not read ${runId}: ${r.stderr.slice(-1500)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { status: string; steps: Record<string, string> };
}
