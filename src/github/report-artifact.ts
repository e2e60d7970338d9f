/**
 * The Action's run report: written at the end of `execute`/`retry` into the runner's temp folder and, when
 * the job can reach the artifact service, uploaded as its own artifact next to the run log's
 * (`rn-<runkey>-a<attempt>-report-<digest>`, one HTML file) so the job summary can link to it.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunnableConfig } from '../config/model.js';
import type { Catalog } from '../catalog/catalog.js';
import type { RunLog } from '../runlog/model.js';
import { writeRunReport } from '../report/write.js';

export interface ActionReportOptions {
  runLog: RunLog;
  config: RunnableConfig;
  /** The run's own catalog to read execution logs from (else one is built from `config`). */
  catalog?: Pick<Catalog, 'getBytes'>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Secret values known to the Action (masked besides those the pipeline declares). */
  secrets: readonly string[];
  /** Folder for the file (the runner's temp folder). */
  dir: string;
  /** Upload it as an artifact (the job has the artifact runtime). */
  upload: boolean;
  retentionDays?: number;
}

export interface ActionReport {
  file: string;
  bytes: number;
  artifact?: { name: string; id: number; url?: string };
}

export async function writeActionReport(opts: ActionReportOptions): Promise<ActionReport> {
  const safeId = String(opts.runLog.run_id ?? 'run').replace(/[^A-Za-z0-9._-]+/g, '_') || 'run';
  const folder = join(opts.dir, `runnable-report-${createHash('sha256').update(String(opts.runLog.run_id)).digest('hex').slice(0, 12)}`);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const r = await writeRunReport(opts.runLog, {
    file: join(folder, `${safeId}.report.html`),
    cwd: opts.cwd,
    env: opts.env,
    config: opts.config,
    catalog: opts.catalog,
    secrets: opts.secrets,
    source: `run log of ${String(opts.runLog.run_id)}`,
  });
  if (!opts.upload) return { file: r.file, bytes: r.bytes };
  const { uploadArtifact } = await import('../catalog/github-artifacts-client.js');
  const { artifactUrl, readRuntime, runKey } = await import('../catalog/github-artifacts-env.js');
  const rt = readRuntime();
  const digest = createHash('sha256').update(await readFile(r.file)).digest('hex').slice(0, 16);
  const name = `rn-${runKey(String(opts.runLog.run_id))}-a${rt.runAttempt}-report-${digest}`;
  const up = await uploadArtifact(name, [r.file], folder, { compressionLevel: 9, ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}) });
  return { file: r.file, bytes: r.bytes, artifact: { name, id: up.id, url: artifactUrl(rt, up.id) } };
}

/** How the summary names the report's artifact. */
export const REPORT_ARTIFACT_KIND = 'run report (HTML)';
