/**
 * Step caching (opt-in): a task whose definition, inputs and catalog inputs are unchanged since a cached
 * successful run is not run again; its returns and the files it put are restored instead, and the run log
 * says so (the attempt's message names the cache key and the run it came from).
 *
 * The key is a sha256 over: the task spec (command type, command, returns, secret *names*), the node's
 * catalog settings, the step's input parameters (kinds and values, sorted), the iteration variables, the
 * sha256 of every file the step got from the catalog, and the git commit when the code is in a clean git
 * work tree. A step in a dirty tree, or with no git, is keyed on the rest only: opting in asserts the
 * steps are deterministic functions of those inputs. Secret values never enter the key.
 */
import { nodeCrypto } from '../builtins.js';
import type { CatalogSettings, TaskSpec } from '../pipeline/model.js';
import type { CodeIdentity, DataCatalogEntry, Parameters } from '../runlog/model.js';

/** What a cache keeps for one step. */
export interface CachedStep {
  /** The step's returns, as they were recorded. */
  returns: Parameters;
  /** Files the step put (paths relative to the work dir), restored before the catalog put runs again. */
  files: string[];
  /** Where the result came from, for the log. */
  runId: string;
  step: string;
  savedAt: string;
}

export interface StepCache {
  readonly kind: string;
  /** Restores the step's files into `workDir` and returns the record, or undefined on a miss. */
  restore(key: string, workDir: string): Promise<CachedStep | undefined>;
  /** Saves the record and its files (relative to `workDir`). */
  save(key: string, record: CachedStep, workDir: string): Promise<void>;
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface CacheKeyInputs {
  spec: TaskSpec;
  catalog?: CatalogSettings;
  inputs: Parameters;
  iterVariables: Record<string, unknown>;
  gets: DataCatalogEntry[];
  code: CodeIdentity[];
}

/** The cache key of a step: `runnable-step-<sha256>`. */
export function stepCacheKey(k: CacheKeyInputs): string {
  const git = k.code.find((c) => c.code_identifier_type === 'git' && c.code_identifier_dependable);
  const material = {
    v: 1,
    task: { command_type: k.spec.command_type, command: k.spec.command, returns: k.spec.returns, secrets: k.spec.secrets, args: k.spec.optional_ploomber_args ?? null },
    catalog: k.catalog ?? null,
    inputs: Object.fromEntries(Object.entries(k.inputs).map(([n, p]) => [n, [p.kind, p.value]])),
    iter: k.iterVariables,
    gets: k.gets.filter((e) => e.stage === 'get').map((e) => [e.name, e.data_hash]).sort(),
    code: git ? git.code_identifier : null,
  };
  return 'runnable-step-' + nodeCrypto().createHash('sha256').update(stable(material)).digest('hex');
}
