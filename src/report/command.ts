/** `runnable timeline RUN --html FILE [--open]`: writes the run's report; returns the lines to print. */
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import type { RunLog } from '../runlog/model.js';
import { openInBrowser } from './open.js';
import { writeRunReport } from './write.js';

export interface ReportCommandOptions {
  target: string;
  /** Output file; default `<run_id>_timeline.html` as runnable names it. */
  html?: string;
  open?: boolean;
  configFile?: string;
  cwd: string;
  env: Record<string, string | undefined>;
}

export async function reportCommand(runLog: RunLog, opts: ReportCommandOptions): Promise<string> {
  // The configuration names the catalog holding the execution logs and the secrets service to mask with.
  const config = await loadConfig({ file: opts.configFile, cwd: opts.cwd, env: opts.env });
  const safeId = String(runLog.run_id ?? 'run').replace(/[^A-Za-z0-9._-]+/g, '_') || 'run';
  const file = opts.html ?? `${safeId}_timeline.html`;
  const r = await writeRunReport(runLog, { file, cwd: opts.cwd, env: opts.env, config, source: opts.target });
  const lines = [`report of run ${runLog.run_id} written to ${path.relative(opts.cwd, r.file) || r.file} (${(r.bytes / 1024).toFixed(0)} KiB, ${r.logs} execution log(s))`];
  if (opts.open) lines.push((await openInBrowser(r.file, opts.env)) ? 'opened in the browser' : `no browser opener found: open ${r.file} yourself`);
  return lines.join('\n') + '\n';
}
