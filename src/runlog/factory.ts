/** Builds the run log store named by the configuration's `run-log-store` (runnable §6.5). */
import path from 'node:path';
import { RunLogStoreError, RunnableError, ValidationError } from '../errors.js';
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

/** An error from the file system (`ENOSPC`, `EROFS`, `EACCES`…), as opposed to one of ours or a bug. */
function errnoOf(err: unknown): string | undefined {
  if (err instanceof RunnableError || typeof err !== 'object' || err === null) return undefined;
  const code = (err as NodeJS.ErrnoException).code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

function storeError(folder: string, err: unknown): unknown {
  const errno = errnoOf(err);
  if (!errno) return err;
  const e = err as NodeJS.ErrnoException;
  // Node's message is `CODE: text, syscall 'path'`: keep the text and the path, the code is said already.
  const detail = e.message.startsWith(`${errno}: `) ? e.message.slice(errno.length + 2) : e.message;
  return new RunLogStoreError(folder, errno, detail, { cause: err });
}

/**
 * A file-backed store whose file-system errors (a full or read-only disk, permissions) are RunLogStoreErrors
 * naming the folder and the errno — a user's problem to fix, reported without a stack trace — instead of
 * raw errors that the edges report as bugs. Methods run on the store itself (`this` is the target).
 */
function withClearErrors<S extends RunLogStore>(store: S, folder: string): S {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || prop === 'constructor') return value;
      let w = wrapped.get(prop);
      if (!w) {
        const fn = value as (...args: unknown[]) => unknown;
        w = function (this: unknown, ...args: unknown[]): unknown {
          let result: unknown;
          try {
            result = fn.apply(target, args);
          } catch (err) {
            throw storeError(folder, err);
          }
          return result instanceof Promise ? result.catch((err: unknown) => Promise.reject(storeError(folder, err))) : result;
        };
        wrapped.set(prop, w);
      }
      return w;
    },
  });
}

/** `type` is matched with `_` and `-` interchangeable. Unknown types raise a ValidationError. */
export function createRunLogStore(cfg: ServiceConfig, cwd: string): RunLogStore {
  const type = String(cfg.type ?? '').replace(/_/g, '-');
  switch (type) {
    case 'buffered':
      return new BufferedRunLogStore();
    case 'file-system': {
      const logFolder = logFolderOf(cfg, cwd);
      return withClearErrors(new FileSystemRunLogStore({ logFolder }), logFolder);
    }
    case 'chunked-fs': {
      const logFolder = logFolderOf(cfg, cwd);
      return withClearErrors(new ChunkedFsRunLogStore({ logFolder }), logFolder);
    }
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
