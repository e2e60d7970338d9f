import type { RunnableConfig } from '../config/model.js';
import type { Pipeline } from '../pipeline/model.js';
import { dnsName } from './names.js';
export interface CompileArgoOptions {
    /** Pipeline file as the pods see it (relative to the image's working directory). */
    pipelineFile: string;
    configFile?: string;
    parametersFile?: string;
    /** Initial parameters; exposed as workflow arguments (`expose_parameters_as_inputs`). */
    initialParameters?: Record<string, unknown>;
    logLevel?: string;
    tag?: string;
}
export interface CompileArgoResult {
    manifest: Record<string, unknown>;
    yaml: string;
    /** Template / task names ↔ internal names, for mapping `status.nodes` back to steps. */
    names: NameTable;
    warnings: string[];
}
export interface NameTable {
    /** DAG template name → graph internal name ('' for the root). */
    graphs: Record<string, string>;
    /** `<dag template>/<task>` → internal name of the node the task stands for. */
    tasks: Record<string, string>;
}
export declare const ROOT_TEMPLATE = "runnable-dag";
export declare const OUT_PATH = "/tmp/runnable/out.json";
export declare const NEXT_PATH = "/tmp/runnable/next.json";
export declare const MAX_TASKS = 200;
export declare const MAX_TEMPLATES = 200;
export declare function compileArgo(pipeline: Pipeline, config: RunnableConfig, opts: CompileArgoOptions): CompileArgoResult;
/** YAML 1.1-safe output (kubectl parses 1.1): `yes`/`no`/octal-looking strings and `{{…}}` get quoted. */
export declare function toYaml(manifest: Record<string, unknown>): string;
/** Short, stable id of a pipeline+config, handy for labels (not used in names). */
export declare function manifestDigest(yaml: string): string;
export { dnsName };
