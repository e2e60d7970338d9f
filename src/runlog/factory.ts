/** Builds the run log store named by the configuration's `run-log-store` (runnable §6.5). */
import path from 'node:path';
import { RunLogStoreError, RunnableError } from '../errors.js';
import type { ServiceConfig } from '../config/model.js';
import { buildService, serviceConfigError, type ServiceFactories } from '../config/services.js';
import { BufferedRunLogStore } from './buffered.js';
import { ChunkedFsRunLogStore } from './chunked-fs.js';
import { FileSystemRunLogStore } from './file-system.js';
import type { RunLogStore } from './store.js';

export const DEFAULT_LOG_FOLDER = '.run_log_store';

/** The `log_folder` of a file-system or chunked-fs store, resolved against `cwd`. */
export function logFolderOf(cfg: ServiceConfig, cwd: string): string {
  const v = cfg.config?.log_folder;
  if (v !== undefined && v !== null && typeof v !== 'string') serviceConfigError(cfg, 'config.log_folder', `must be a string, got ${JSON.stringify(v)}`, 'run-log-store');
  return path.resolve(cwd, (v as string | undefined) || DEFAULT_LOG_FOLDER);
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

/** One factory per run-log-store type of the config registry (the compiler checks the two agree). */
const RUN_LOG_STORES = {
  buffered: () => new BufferedRunLogStore(),
  'file-system': (o, cwd) => {
    const logFolder = path.resolve(cwd, o.log_folder);
    return withClearErrors(new FileSystemRunLogStore({ logFolder }), logFolder);
  },
  'chunked-fs': (o, cwd) => {
    const logFolder = path.resolve(cwd, o.log_folder);
    return withClearErrors(new ChunkedFsRunLogStore({ logFolder }), logFolder);
  },
} satisfies ServiceFactories<'run-log-store', string, RunLogStore>;

/** Builds the configured store (type and options resolved by the config registry); unknown types raise a ValidationError. */
export function createRunLogStore(cfg: ServiceConfig, cwd: string): RunLogStore {
  return buildService('run-log-store', cfg, RUN_LOG_STORES, cwd);
}
