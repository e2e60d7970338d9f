/** The resolved configuration: one `{type, config}` per service (runnable §6). */
import type { SourcePosition } from '../errors.js';
export interface ServiceConfig {
    type: string;
    config: Record<string, unknown>;
    /** Where the service was configured, for errors raised when it is built. */
    source?: SourcePosition;
}
export interface RunnableConfig {
    pipelineExecutor: ServiceConfig;
    runLogStore: ServiceConfig;
    catalog: ServiceConfig;
    secrets: ServiceConfig;
    /** The file the config came from; undefined for the built-in defaults. */
    file?: string;
}
/** Built-in defaults: local executor, file-system run log and catalog, env secrets (runnable §6.2). */
export declare function defaultConfig(): RunnableConfig;
