import type { ServiceConfig } from '../config/model.js';
import type { RunLogStore } from './store.js';
export declare const RUN_LOG_STORE_TYPES: readonly ["buffered", "file-system", "chunked-fs"];
export declare const DEFAULT_LOG_FOLDER = ".run_log_store";
/** Raises a ValidationError pointing at the service's position in the config file. */
export declare function serviceConfigError(cfg: ServiceConfig, field: string, message: string, service: string): never;
/** The `log_folder` of a file-system or chunked-fs store, resolved against `cwd`. */
export declare function logFolderOf(cfg: ServiceConfig, cwd: string): string;
/** `type` is matched with `_` and `-` interchangeable. Unknown types raise a ValidationError. */
export declare function createRunLogStore(cfg: ServiceConfig, cwd: string): RunLogStore;
