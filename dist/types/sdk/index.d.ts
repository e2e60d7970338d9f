/**
 * The TypeScript SDK: build pipelines in code, get the same IR a YAML file gives.
 *
 * ```ts
 * import { Pipeline, ShellTask, PythonTask, Map, json, metric } from 'runnable-action/sdk';
 * const p = Pipeline({ steps: [ShellTask({ name: 'hello', command: 'echo hi' })] });
 * p.build();   // the IR
 * p.toYaml();  // runnable pipeline YAML
 * ```
 */
export { AsyncPythonTask, Catalog, Conditional, Fail, Loop, MapStep as Map, NodeTask, NotebookTask, Parallel, Pipeline, PythonTask, ShellTask, Stub, Success, json, metric, object, pickled, } from './sdk.js';
export type { AsyncPythonTaskOptions, CatalogOptions, ConditionalOptions, LoopOptions, MapOptions, NodeTaskOptions, NotebookTaskOptions, ParallelOptions, PipelineOptions, PythonTaskOptions, ReturnSpec, ShellTaskOptions, Step, StepOptions, StubOptions, TaskOptions, } from './sdk.js';
