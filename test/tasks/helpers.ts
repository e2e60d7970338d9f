import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeParameter } from '../../src/runlog/model.js';
import type { ParameterKind, Parameters } from '../../src/runlog/model.js';
import type { TaskSpec } from '../../src/pipeline/model.js';
import type { ObjectStore, OutputSink, TaskInvocation } from '../../src/tasks/task.js';

export const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'tasks');

export class MemorySink implements OutputSink {
  stdout = '';
  stderr = '';
  chunks: Array<[string, string]> = [];
  write(stream: 'stdout' | 'stderr', chunk: string): void {
    this.chunks.push([stream, chunk]);
    if (stream === 'stdout') this.stdout += chunk;
    else this.stderr += chunk;
  }
}

export class MemoryObjects implements ObjectStore {
  data = new Map<string, Buffer>();
  saved: Array<{ name: string; extension: string; key: string }> = [];
  constructor(private readonly prefix = 'step') {}
  async load(key: string): Promise<Buffer> {
    const b = this.data.get(key);
    if (!b) throw new Error(`no object ${key}`);
    return b;
  }
  async save(name: string, data: Uint8Array, extension: string): Promise<string> {
    const key = `${this.prefix}/${name}${extension}`;
    this.data.set(key, Buffer.from(data));
    this.saved.push({ name, extension, key });
    return key;
  }
}

export function params(values: Record<string, unknown>, kind: ParameterKind = 'json'): Parameters {
  const out: Parameters = {};
  for (const [k, v] of Object.entries(values)) out[k] = makeParameter(kind, v);
  return out;
}

export function tempDir(prefix = 'ra-tasks-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface InvocationExtras extends Partial<Omit<TaskInvocation, 'spec' | 'output' | 'objects'>> {
  output?: MemorySink;
  objects?: MemoryObjects;
}

export function invocation(
  spec: Partial<TaskSpec> & Pick<TaskSpec, 'command_type' | 'command'>,
  extras: InvocationExtras = {},
): TaskInvocation & { output: MemorySink; objects: MemoryObjects } {
  return {
    spec: { returns: [], secrets: [], ...spec },
    parameters: {},
    iterVariables: {},
    env: { ...(process.env as Record<string, string>) },
    cwd: FIXTURES,
    attempt: 1,
    stepName: 'step',
    signal: new AbortController().signal,
    ...extras,
    output: extras.output ?? new MemorySink(),
    objects: extras.objects ?? new MemoryObjects(),
  };
}
