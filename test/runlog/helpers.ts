import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeParameter, newStepRecord, nowIso } from '../../src/runlog/model.js';
import type { RunHeader, Status, StepAttempt, StepRecord } from '../../src/runlog/model.js';

export function tempDir(prefix = 'runlog-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function header(runId: string, extra: Partial<RunHeader> = {}): RunHeader {
  return { run_id: runId, dag_hash: 'abc', tag: '', status: 'PROCESSING', job: null, parameters: { x: makeParameter('json', 1) }, ...extra };
}

export function attempt(status: Status, n = 1): StepAttempt {
  return {
    attempt_number: n,
    start_time: nowIso(),
    end_time: nowIso(),
    status,
    message: '',
    input_parameters: {},
    output_parameters: { y: makeParameter('json', 'a long string value') },
    user_defined_metrics: {},
    retry_indicator: '',
    code_identities: [],
  };
}

export function step(internalName: string, stepType = 'task', status: Status = 'SUCCESS'): StepRecord {
  const name = internalName.split('.').pop()!;
  const s = newStepRecord(name, internalName, stepType);
  s.status = status;
  if (stepType === 'task' || stepType === 'success') s.attempts = [attempt(status)];
  return s;
}
