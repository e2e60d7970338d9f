/**
 * Child process for the SIGKILL test: writes branches, steps and header updates as fast as it can until
 * killed. Run with `node --experimental-transform-types --import ./ts-hooks.mjs writer-loop.ts FOLDER RUN_ID`.
 */
import { ChunkedFsRunLogStore } from '../../src/runlog/chunked-fs.js';
import { makeParameter, newStepRecord } from '../../src/runlog/model.js';

const [folder, runId] = process.argv.slice(2) as [string, string];
const store = new ChunkedFsRunLogStore({ logFolder: folder });
const big = 'x'.repeat(64 * 1024); // big chunks make a kill inside a write likely
let announced = false;
for (let i = 0; ; i++) {
  const b = `m.${i}`;
  await store.putBranch(runId, { internal_name: b, status: 'CREATED', parameters: { big: makeParameter('json', big) } }, 'm');
  const s = newStepRecord('t', `${b}.t`, 'task');
  s.message = big;
  await store.putStep(runId, s, b);
  await store.updateBranch(runId, b, (x) => ({ ...x, status: 'SUCCESS' }));
  await store.updateRunHeader(runId, (h) => ({ ...h, parameters: { ...h.parameters, [`p${i % 50}`]: makeParameter('json', big) } }));
  if (!announced) {
    process.stdout.write('writing\n');
    announced = true;
  }
}
