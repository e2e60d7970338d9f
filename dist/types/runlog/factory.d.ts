import type { ServiceConfig } from '../config/model.js';
import type { RunLogStore } from './store.js';
export declare const DEFAULT_LOG_FOLDER = ".run_log_store";
/** The `log_folder` of a file-system or chunked-fs store, resolved against `cwd`. */
export declare function logFolderOf(cfg: ServiceConfig, cwd: string): string;
/** Builds the configured store (type and options resolved by the config registry); unknown types raise a ValidationError. */
export declare function createRunLogStore(cfg: ServiceConfig, cwd: string): RunLogStore;
