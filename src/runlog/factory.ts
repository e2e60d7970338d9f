/** Builds the run log store named by the configuration's `run-log-store` (runnable §6.5). */
import path from 'node:path';
import { ValidationError } from '../errors.js';
import type { ServiceConfig } from '../config/model.js';
import { BufferedRunLogStore } from './buffered.js';
import { ChunkedFsRunLogStore } from './chunked-fs.js';
import { FileSystemRunLogStore } from './file-system.js';
import type { RunLogStore } from './store.js';

export const RUN_LOG_STORE_TYPES = ['buffered', 'file-system', 'chunked-fs'] as const;
export const DEFAULT_LOG_FOLDER = '.run_log_store';

/** Raises a ValidationError pointing at the service's position in the config file. */
export function serviceConfigError(cfg: ServiceConfig, field: string, message: string, service: string): never {
  throw new ValidationError(
    [
      {
        file: cfg.source?.file ?? '<configuration>',
        line: cfg.source?.line,
        column: cfg.source?.column,
        path: `${service}.${field}`,
        message,
      },
    ],
    'configuration',
  );
}

function stringOption(cfg: ServiceConfig, key: string, fallback: string, service: string): string {
  const v = cfg.config?.[key];
  if (v === undefined || v === null || v === '') return fallback;
  if (typeof v !== 'string') serviceConfigError(cfg, `config.${key}`, `must be a string, got ${JSON.stringify(v)}`, service);
  return v;
}

/** The `log_folder` of a file-system or chunked-fs store, resolved against `cwd`. */
export function logFolderOf(cfg: ServiceConfig, cwd: string): string {
  return path.resolve(cwd, stringOption(cfg, 'log_folder', DEFAULT_LOG_FOLDER, 'run-log-store'));
}

/** `type` is matched with `_` and `-` interchangeable. Unknown types raise a ValidationError. */
export function createRunLogStore(cfg: ServiceConfig, cwd: string): RunLogStore {
  const type = String(cfg.type ?? '').replace(/_/g, '-');
  switch (type) {
    case 'buffered':
      return new BufferedRunLogStore();
    case 'file-system':
      return new FileSystemRunLogStore({ logFolder: logFolderOf(cfg, cwd) });
    case 'chunked-fs':
      return new ChunkedFsRunLogStore({ logFolder: logFolderOf(cfg, cwd) });
    case 'minio':
    case 'chunked-minio':
      return serviceConfigError(
        cfg,
        'type',
        `run log store '${cfg.type}' is not supported by runnable-action; use one of ${RUN_LOG_STORE_TYPES.join(', ')}`,
        'run-log-store',
      );
    default:
      return serviceConfigError(
        cfg,
        'type',
        `unknown run log store type '${String(cfg.type)}'; expected one of ${RUN_LOG_STORE_TYPES.join(', ')}`,
        'run-log-store',
      );
  }
}
