/**
 * Writing a run's report to a file, with what only I/O can add: the steps' execution logs read from the
 * catalog, and the values of the secrets the pipeline declares (resolved by the configured secrets service)
 * so they can be masked. Used by `runnable timeline --html` and the Action.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import type { RunnableConfig } from '../config/model.js';
import type { DataCatalogEntry, RunLog } from '../runlog/model.js';
import { declaredSecretNames } from '../secrets/declared.js';
import { executionLogEntries, type ReportOptions } from './model.js';
import { renderHtmlReport } from './render.js';

/** The catalog path of an entry relative to its run's folder (put entries record `<run_id>/<rel>`). */
function relativeOf(runId: string, e: DataCatalogEntry): string {
  const p = typeof e.catalog_relative_path === 'string' ? e.catalog_relative_path : '';
  return p.startsWith(`${runId}/`) ? p.slice(runId.length + 1) : e.name;
}

/** Reads the execution logs of the steps shown in detail; logs that cannot be read are left out (the page says so). */
export async function collectExecutionLogs(runLog: RunLog, catalog: Pick<Catalog, 'getBytes'>, opts: Pick<ReportOptions, 'itemsInDetail' | 'failedInDetail'> = {}): Promise<Map<string, string>> {
  const logs = new Map<string, string>();
  for (const e of executionLogEntries(runLog, opts)) {
    if (logs.has(e.name)) continue;
    try {
      logs.set(e.name, (await catalog.getBytes(runLog.run_id, relativeOf(runLog.run_id, e))).toString('utf8'));
    } catch {
      // Not in this catalog (another machine's run, a do-nothing catalog): the page lists it as not read.
    }
  }
  return logs;
}

/** Values of the declared secrets that the configured secrets service knows (unknown ones are skipped). */
export async function secretValuesFor(runLog: RunLog, config: RunnableConfig, cwd: string, env: Record<string, string | undefined>): Promise<string[]> {
  const names = declaredSecretNames((runLog.run_config as { dag?: unknown } | undefined)?.dag);
  if (!names.length) return [];
  const values: string[] = [];
  try {
    const { createSecrets } = await import('../secrets/factory.js');
    const svc = createSecrets(config.secrets, cwd, env);
    for (const n of names) {
      const v = await svc.get(n).catch(() => undefined);
      if (v) values.push(v);
    }
  } catch {
    for (const n of names) if (env[n]) values.push(env[n]!);
  }
  return values;
}

export interface WriteReportOptions extends ReportOptions {
  /** Output file (relative to cwd). */
  file: string;
  cwd: string;
  env: Record<string, string | undefined>;
  /** The configuration whose catalog holds the logs and whose secrets service resolves secret values. */
  config?: RunnableConfig;
  /** A catalog to read logs from instead of the configured one. */
  catalog?: Pick<Catalog, 'getBytes'>;
}

/** Renders the report of `runLog` into `opts.file`; returns the file's absolute path and size in bytes. */
export async function writeRunReport(runLog: RunLog, opts: WriteReportOptions): Promise<{ file: string; bytes: number; logs: number }> {
  let catalog = opts.catalog;
  if (!catalog && opts.config) {
    try {
      const { createCatalog } = await import('../catalog/factory.js');
      catalog = await createCatalog(opts.config.catalog, opts.cwd);
    } catch {
      catalog = undefined;
    }
  }
  const logs = opts.logs ?? (catalog ? await collectExecutionLogs(runLog, catalog, opts) : new Map<string, string>());
  const secrets = [...(opts.secrets ?? []), ...(opts.config ? await secretValuesFor(runLog, opts.config, opts.cwd, opts.env) : [])];
  const html = renderHtmlReport(runLog, { ...opts, logs, secrets });
  const file = path.resolve(opts.cwd, opts.file);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, html);
  return { file, bytes: Buffer.byteLength(html), logs: logs.size };
}
