/**
 * Child process for the concurrency test. Started with an IPC channel:
 *   node --experimental-transform-types --import ./ts-hooks.mjs concurrency-worker.ts FOLDER INDEX WORKERS
 * For each `{runId, composite, items}` message it writes its share of the branches (item k belongs to
 * worker k % WORKERS) all at once, as an executor running branches in parallel would, and answers
 * `{done: runId}` (or `{error}`). Every item also bumps shared counters in the run header and in a branch
 * that all workers update, so that a lost read-modify-write shows up as a wrong count.
 */
import { ChunkedFsRunLogStore } from '../../src/runlog/chunked-fs.js';
import { makeParameter, newStepRecord, nowIso } from '../../src/runlog/model.js';
import type { Parameters, StepRecord } from '../../src/runlog/model.js';

const [folder, indexText, workersText] = process.argv.slice(2) as [string, string, string];
const index = Number(indexText);
const workers = Number(workersText);
const store = new ChunkedFsRunLogStore({ logFolder: folder });

interface Job {
  runId: string;
  composite: string;
  items: string[];
}

const bump = (p: Parameters, key: string): Parameters => ({ ...p, [key]: makeParameter('json', ((p[key]?.value as number) ?? 0) + 1) });

async function item(job: Job, k: number): Promise<void> {
  const { runId, composite } = job;
  const b = `${composite}.${job.items[k]}`;
  await store.putBranch(runId, { internal_name: b, status: 'CREATED', parameters: {} }, composite);
  await store.updateBranch(runId, b, (x) => ({ ...x, status: 'PROCESSING' }));
  const s: StepRecord = newStepRecord('inner', `${b}.inner`, 'task');
  await store.putStep(runId, s, b);
  s.status = 'PROCESSING';
  await store.putStep(runId, s, b);
  s.status = 'SUCCESS';
  s.attempts = [
    {
      attempt_number: 1, start_time: nowIso(), end_time: nowIso(), status: 'SUCCESS', message: '',
      input_parameters: {}, output_parameters: { out: makeParameter('json', k * 2) }, user_defined_metrics: {},
      retry_indicator: '', code_identities: [],
    },
  ];
  await store.putStep(runId, s, b);
  const ok = newStepRecord('success', `${b}.success`, 'success');
  ok.status = 'SUCCESS';
  await store.putStep(runId, ok, b);
  await store.updateBranch(runId, b, (x) => ({ ...x, status: 'SUCCESS', parameters: { out: makeParameter('json', k * 2) } }));
  await store.updateBranch(runId, `${composite}.shared`, (x) => ({ ...x, parameters: bump(x.parameters, 'count') }));
  await store.updateRunHeader(runId, (h) => ({ ...h, parameters: { ...bump(h.parameters, 'count'), [`p_${k}`]: makeParameter('json', k) } }));
}

process.on('message', (job: Job | 'exit') => {
  if (job === 'exit') process.exit(0);
  const mine = job.items.map((_, k) => k).filter((k) => k % workers === index);
  Promise.all(mine.map((k) => item(job, k))).then(
    () => process.send!({ done: job.runId }),
    (err: unknown) => process.send!({ error: String((err as Error)?.stack ?? err) }),
  );
});
process.send!({ ready: index });
