/**
 * The Action edge. `run()` picks main or post (the toolkit idiom: one bundle, `isPost` in saved state),
 * reads the inputs, runs one command, and maps every error to annotations, summary and exit code in
 * exactly one place (`reportError`).
 *
 * main: execute | validate | compile | submit | retry. Cancellation (SIGINT, then SIGTERM 7.5 s later, then
 * a kill 2.5 s after that) aborts the run: the engine stops the steps and marks the run log FAIL; the
 * run log is then persisted as an artifact before the deadline. post (always runs): persists the run log
 * if main could not (crash, hard kill before it finished).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { CancelledError, InternalError, ManifestError, RunFailedError, RunnableError, UsageError, ValidationError, formatIssue } from '../errors.js';
import type { RunOptions, RunReporter, RunResult } from '../engine/index.js';
import { outcomeOf, type StepOutcome } from '../runlog/outcome.js';
import type { Catalog } from '../catalog/catalog.js';
import type { GithubArtifactsCatalog, GithubArtifactsStats } from '../catalog/github-artifacts.js';
import type { RunLog, StepLog } from '../runlog/model.js';
import { getInputs, workspacePath, type ActionSettings } from './inputs.js';
import { ANNOTATIONS_PER_LEVEL, issueAnnotations, issuesMarkdown, failedStepAnnotations, type Annotation } from '../github/annotations.js';
import type { SummaryArtifactLink } from '../github/summary.js';
import { Masker, secretForms } from '../secrets/mask.js';
import { declaredSecretNames } from '../secrets/declared.js';
import { inertOneLine, inertText } from '../github/workflow-commands.js';

/** Environment accessors (tests run the bundle with these set to temp files). */
const env = {
  workspace: () => process.env.GITHUB_WORKSPACE || process.cwd(),
  temp: () => process.env.RUNNER_TEMP || tmpdir(),
  runId: () => process.env.GITHUB_RUN_ID || '',
  repository: () => process.env.GITHUB_REPOSITORY || '',
  hasArtifactRuntime: () => Boolean(process.env.ACTIONS_RUNTIME_TOKEN && process.env.ACTIONS_RESULTS_URL),
  serverUrl: () => process.env.GITHUB_SERVER_URL || 'https://github.com',
};

const REPORT_URL = 'https://github.com/runnable-action/runnable-action/issues/new';

/** What main keeps for post and for the cancellation path. */
interface RunState {
  settings?: ActionSettings;
  runId?: string;
  logFolder?: string;
  /** Undefined until main tries to store the run log; false when that failed (post tries again). */
  persisted?: boolean;
  /** The `status` output and the job summary were written (reportError writes them otherwise). */
  statusSet?: boolean;
  summaryWritten?: boolean;
  /** Every secret value known to the Action: the one masking rule (secrets/mask.ts) over them. */
  secrets: Masker;
  summaryAppendix: string[];
  artifacts: SummaryArtifactLink[];
  notes: string[];
  /** Warnings raised inside a step's output window, annotated after the run. */
  deferredWarnings: string[];
  /** The run's catalog, handed over by the engine once built: flushed at the end (or on cancellation). */
  catalog?: Catalog;
}

const state: RunState = { secrets: new Masker(), summaryAppendix: [], artifacts: [], notes: [], deferredWarnings: [] };

function annotate(a: Annotation): void {
  const props: core.AnnotationProperties = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn, endColumn: a.endColumn };
  if (a.level === 'error') core.error(a.message, props);
  else if (a.level === 'warning') core.warning(a.message, props);
  else core.notice(a.message, props);
}

/**
 * Registers a secret with our masker and the runner's (values too short to mask safely are skipped). The runner
 * masks a log line by registered value, so every form the value takes is registered: each line of a multi-line
 * value, its JSON-escaped and base64 forms.
 */
function addSecret(value: string | undefined): void {
  if (!state.secrets.add(value)) return;
  for (const form of secretForms(value!)) core.setSecret(form);
}

async function maskPipelineSecrets(pipeline: unknown, settings: ActionSettings, config: { secrets: import('../config/model.js').ServiceConfig }, runEnv: Record<string, string | undefined>): Promise<void> {
  const names = declaredSecretNames(pipeline);
  if (!names.length) return;
  try {
    const { createSecrets } = await import('../secrets/factory.js');
    const svc = createSecrets(config.secrets, settings.cwd, runEnv);
    for (const n of names) addSecret(await svc.get(n).catch(() => undefined));
  } catch {
    for (const n of names) addSecret(runEnv[n]);
  }
}

/** The environment the run (and through the engine's scrubbing, its steps) sees. */
function runEnvironment(): Record<string, string | undefined> {
  return { ...process.env };
}

/** Writes the job summary; degrades to a file when $GITHUB_STEP_SUMMARY is missing (act, local runners). */
async function writeSummary(markdown: string, name: string): Promise<string> {
  const file = join(env.temp(), `runnable-summary-${name.replace(/[^A-Za-z0-9._-]+/g, '_')}.md`);
  mkdirSync(env.temp(), { recursive: true });
  writeFileSync(file, markdown);
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(markdown).addEOL().write();
    } catch (err) {
      core.warning(`could not write the job summary: ${(err as Error).message}; it is in ${file}`);
    }
  } else {
    core.info(`GITHUB_STEP_SUMMARY is not set: summary written to ${file}`);
  }
  core.setOutput('summary', file);
  state.summaryWritten = true;
  return file;
}

function setStatus(status: string): void {
  core.setOutput('status', status);
  state.statusSet = true;
}

/** `[RA600] message`, masked: how an error reads in the summary and the annotation. */
function errorLine(err: unknown): string {
  if (err instanceof RunnableError) return `[${err.code}] ${maskAll(err.message)}`;
  return `[RA999] internal error in runnable-action: ${maskAll(err instanceof Error ? err.message : String(err))}`;
}

/** Log folder of file-system / chunked-fs stores, when the config uses one. */
async function logFolderFor(config: import('../config/model.js').RunnableConfig, cwd: string): Promise<string | undefined> {
  const type = String(config.runLogStore.type).replace(/_/g, '-');
  if (type !== 'file-system' && type !== 'chunked-fs') return undefined;
  const { logFolderOf } = await import('../runlog/factory.js');
  return logFolderOf(config.runLogStore, cwd);
}

/**
 * Persists the run log: artifact (default) and/or a git branch. Never throws: failures become warnings (and a
 * line of the summary). Main tries once; when that fails, the post step tries again.
 */
async function persistRunLog(reason: string): Promise<void> {
  const s = state.settings;
  if (!s || !state.runId || !state.logFolder || state.persisted !== undefined) return;
  state.persisted = true;
  if (s.persistRunLog === 'artifact' && !env.hasArtifactRuntime()) {
    // GHES without the artifact service, a local runner (act): say so, rather than skip the upload silently.
    const why = `this runner has no Actions artifact service (no ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL: GHES or a local runner?), so the run log was not stored as an artifact; it stays in ${state.logFolder} on this runner`;
    core.warning(`persist-run-log: artifact: ${why}`);
    core.setOutput('run-log-artifact', 'none: no artifact service on this runner');
    state.notes.push(`⚠️ ${why}`);
  }
  if (s.persistRunLog === 'artifact' && env.hasArtifactRuntime()) {
    try {
      const { persistRunLogArtifact } = await import('../github/persist-artifact.js');
      const r = await persistRunLogArtifact({ runId: state.runId, logFolder: state.logFolder, retentionDays: s.retentionDays });
      core.info(`run log of ${state.runId} ${r.alreadyStored ? 'already stored' : 'stored'} as artifact ${r.name} (id ${r.id}, ${r.files.length} file(s); ${reason})`);
      core.setOutput('run-log-artifact', r.name);
      state.artifacts.unshift({ name: r.name, url: r.url, kind: 'run log', files: r.files.length });
    } catch (err) {
      state.persisted = false;
      core.warning(`could not store the run log as an artifact: ${maskAll((err as Error).message)}`);
      state.notes.push(`⚠️ the run log could not be stored as an artifact (the post step tries again; a retry in another job needs it): ${errorLine(err)}`);
    }
  }
  if (s.runLogBranch) {
    try {
      const { commitRunLogToGit, filesUnder } = await import('../github/persist-git.js');
      const files = await filesUnder(join(state.logFolder, state.runId), `runs/${state.runId}`);
      const single = join(state.logFolder, `${state.runId}.json`);
      if (existsSync(single)) files.push({ repoPath: `runs/${state.runId}/${state.runId}.json`, source: single });
      const r = await commitRunLogToGit({ repoDir: env.workspace(), branch: s.runLogBranch, runId: state.runId, files });
      core.info(`run log of ${state.runId} ${r.changed ? 'committed' : 'unchanged'} on branch ${s.runLogBranch} (${r.commit.slice(0, 12)}, ${r.attempts} attempt(s))`);
    } catch (err) {
      core.warning(`could not commit the run log to branch ${s.runLogBranch}: ${maskAll((err as Error).message)}`);
    }
  }
  core.saveState('persisted', state.persisted ? 'true' : 'false');
}

/** Template-name → status map for the mermaid diagram (top-level steps; composites carry their own status). */
function statusesOf(log: RunLog): Record<string, StepLog['status']> {
  const out: Record<string, StepLog['status']> = {};
  for (const s of Object.values(log.steps)) out[s.internal_name] = s.status;
  return out;
}

async function summarise(result: { runLog: RunLog; pipeline: unknown; durationMs?: number; catalog?: Catalog }, failure?: { status: RunLog['status']; message: string }): Promise<void> {
  let mermaid: string | undefined;
  try {
    const { renderMermaid } = await import('../commands/graph.js');
    mermaid = renderMermaid(result.pipeline as Parameters<typeof renderMermaid>[0], statusesOf(result.runLog));
  } catch {
    mermaid = undefined;
  }
  let catalogArtifacts: SummaryArtifactLink[] = [];
  // The statistics of the run's own catalog, read from the run's result.
  const st = artifactCatalogStats(result.catalog);
  if (st) {
    catalogArtifacts = st.uploaded.map((u) => ({ name: u.name, url: u.url, kind: u.kind === 'pack' ? 'catalog pack' : 'catalog index', files: u.files, bytes: u.bytes }));
    if (st.artifactsUploaded || st.filesDeduplicated || st.artifactsDownloaded) {
      state.notes.push(`catalog: ${st.filesUploaded} file(s) uploaded in ${st.artifactsUploaded} artifact(s), ${st.filesDeduplicated} unchanged file(s) not uploaded again, ${st.artifactsDownloaded} artifact(s) downloaded`);
    }
  }
  const { renderSummary } = await import('../github/summary.js');
  const md = renderSummary({
    runLog: result.runLog,
    mermaid,
    artifacts: [...state.artifacts, ...catalogArtifacts],
    secrets: state.secrets.list(),
    notes: state.notes,
    appendix: state.summaryAppendix.join('\n\n') || undefined,
    durationMs: result.durationMs,
    failure,
  });
  await writeSummary(md, result.runLog.run_id);
}

/** Default config when none is given: local executor, chunked-fs run log, artifact catalog on Actions. */
async function defaultConfigFile(settings: ActionSettings): Promise<string | undefined> {
  if (settings.config || process.env.RUNNABLE_CONFIGURATION_FILE || existsSync(join(settings.cwd, 'runnable-config.yaml'))) return settings.config;
  const catalog = env.hasArtifactRuntime() ? 'github-artifacts' : 'file-system';
  if (catalog === 'file-system') {
    core.warning('this runner has no Actions artifact service (GHES or a local runner?): the catalog is a file-system folder on this runner (.catalog), not artifacts; a later job or a retry elsewhere will not find its files');
  }
  const file = join(env.temp(), 'runnable-action-default-config.yaml');
  mkdirSync(env.temp(), { recursive: true });
  writeFileSync(
    file,
    ['# written by runnable-action: no config input and no runnable-config.yaml', 'pipeline-executor:', '  type: local', 'run-log-store:', '  type: chunked-fs', 'catalog:', `  type: ${catalog}`, 'secrets:', '  type: env-secrets', ''].join('\n'),
  );
  return file;
}

async function runCommandWithRun(settings: ActionSettings, retry: boolean): Promise<void> {
  const { loadInputs } = await import('../engine/index.js');
  const configFile = await defaultConfigFile(settings);
  const runEnv = runEnvironment();
  const base: RunOptions = {
    pipelineFile: settings.pipeline,
    configFile,
    parametersFile: settings.parametersFile,
    parameters: settings.parameters,
    runId: settings.runId,
    tag: settings.tag,
    logLevel: settings.logLevel,
    cwd: settings.cwd,
    env: runEnv,
    // The artifact catalog's options travel with the run, in-process: the token never enters an environment.
    catalogOptions: { githubArtifacts: { token: settings.githubToken, sourceWorkflowRunId: settings.sourceRunId, sourceRepository: env.repository(), log: (m) => core.info(m) } },
    onCatalog: (c) => {
      state.catalog = c;
    },
  };
  const loaded = await loadInputs(base);
  state.logFolder = await logFolderFor(loaded.config, settings.cwd);
  if (state.logFolder) core.saveState('logFolder', state.logFolder);
  await maskPipelineSecrets(loaded.pipeline, settings, loaded.config, runEnv);

  if (retry) {
    if (!settings.runId) throw new UsageError(`command 'retry' needs the input 'run-id'`);
    if (state.logFolder && env.hasArtifactRuntime()) {
      const { restoreRunLogArtifact } = await import('../github/persist-artifact.js');
      const r = await restoreRunLogArtifact({
        runId: settings.runId,
        logFolder: state.logFolder,
        source: settings.sourceRunId ? { workflowRunId: settings.sourceRunId, repository: env.repository(), token: settings.githubToken } : undefined,
      });
      if (r) {
        state.notes.push(`retry of run ${settings.runId}: run log restored from artifact ${r.name}; steps that succeeded before are skipped`);
        core.info(`restored the run log of ${settings.runId} from artifact ${r.name} (id ${r.id})`);
      }
    }
  }

  const stepCache = settings.stepCache ? await openStepCache() : undefined;

  const { StepLogRelay } = await import('./log-groups.js');
  const relay = new StepLogRelay((t) => process.stdout.write(t));
  const ac = new AbortController();
  let signalled: string | undefined;
  let deadline: NodeJS.Timeout | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    if (signalled) {
      core.info(`received ${sig} again: still finishing the run log`);
      return;
    }
    signalled = sig;
    process.stdout.write(`\n`);
    core.warning(`received ${sig}: cancelling the run (steps are stopped, the run log is marked FAIL and stored)`);
    ac.abort(sig);
    // The runner kills everything ~10 s after SIGINT: if the engine has not settled within 6 s, say so in the
    // outputs and the summary first (cheap, local), then store what is on disk for at most 2.5 s, then leave.
    deadline = setTimeout(() => {
      void (async () => {
        relay.finish();
        const runId = state.runId ?? settings.runId;
        if (!state.statusSet) setStatus('FAIL');
        if (!state.summaryWritten) {
          await writeSummary(
            `## ❌ run \`${runId ?? '?'}\` cancelled by ${sig}\n\n` +
              `The run did not settle within 6 s of the signal (a store or an upload was still busy): its run log is ` +
              `stored as it is on disk (a retry runs again whatever it does not show as succeeded). Retry it with \`command: retry\`` +
              `${runId ? `, \`run-id: ${runId}\`` : ''}.\n`,
            runId ?? 'cancelled',
          ).catch(() => undefined);
        }
        await Promise.race([
          Promise.allSettled([flushCatalogs(), persistRunLog(`after ${sig}, engine still settling`)]),
          new Promise((r) => setTimeout(r, 2500).unref()),
        ]);
        process.exit(130);
      })();
    }, 6000);
    deadline.unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // How each step that did not run ended, as data (runlog/outcome.ts): the notes below never parse a message.
  const notRun: { step: string; outcome: StepOutcome }[] = [];
  const reporter: RunReporter = {
    ...relay.reporter,
    stepFinished: (e) => {
      relay.reporter.stepFinished?.(e);
      const outcome = e.outcome ?? outcomeOf(e);
      if (outcome.kind === 'cached' || outcome.kind === 'skipped') notRun.push({ step: e.step, outcome });
    },
    runStarted: (e: { runId: string }) => {
      state.runId = e.runId;
      core.saveState('runId', e.runId);
      core.setOutput('run-id', e.runId);
      core.info(`run id: ${e.runId}`);
    },
    log: (level: string, message: string) => {
      // Step-cache warnings come from inside a step's stop-commands window, where `::warning::` would print
      // as text: they are shown as text now and annotated once the steps are done.
      if (level === 'WARNING' && message.startsWith('step cache:')) {
        state.deferredWarnings.push(message);
        core.info(inertText(maskAll(`warning: ${message}`)));
        return;
      }
      // Messages carry user data (step names with map items, values): masked, and inert as workflow commands.
      if (level === 'DEBUG') core.debug(maskAll(message));
      else if (level === 'WARNING') core.warning(maskAll(message));
      else if (level === 'ERROR' || level === 'FATAL') core.error(maskAll(message));
      else core.info(inertText(maskAll(message)));
    },
  };

  let result: RunResult;
  try {
    if (retry) {
      const { retryCommand } = await import('../commands/retry.js');
      result = await retryCommand({ ...base, runId: settings.runId!, reporter, signal: ac.signal, stepCache });
    } else {
      const { executeCommand } = await import('../commands/execute.js');
      result = await executeCommand({ ...base, reporter, signal: ac.signal, stepCache }, loaded);
    }
  } finally {
    relay.finish();
    stepCache?.close();
    for (const w of state.deferredWarnings.splice(0)) core.warning(maskAll(w));
  }
  state.runId = result.runId;
  // The run is over and its log settled on disk. If its catalog files cannot be stored (the artifact service
  // keeps failing), the outputs, annotations and summary are still written, then the error is reported.
  let notStored: unknown;
  await flushCatalogs().catch((err: unknown) => {
    notStored = err;
  });
  const cachedSteps = notRun.flatMap((s) => (s.outcome.kind === 'cached' ? [{ step: s.step, runId: s.outcome.from.run_id }] : []));
  const otherSkipped = notRun.flatMap((s) => (s.outcome.kind === 'skipped' ? [{ step: s.step, reason: s.outcome.reason }] : []));
  if (cachedSteps.length) {
    const byRun = new Map<string, string[]>();
    for (const s of cachedSteps) byRun.set(s.runId, [...(byRun.get(s.runId) ?? []), s.step]);
    const parts = [...byRun].map(([run, steps]) => `${steps.slice(0, 10).join(', ')}${steps.length > 10 ? ', …' : ''} from run ${run}`);
    state.notes.push(`♻️ ${cachedSteps.length} step(s) not run: their definition, inputs and catalog inputs are unchanged, so their results were restored from the step cache (${parts.join('; ')})`);
  }
  if (otherSkipped.length) {
    state.notes.push(`${otherSkipped.length} step(s) skipped: ${otherSkipped.slice(0, 10).map((s) => `${s.step} (${s.reason})`).join(', ')}${otherSkipped.length > 10 ? ', …' : ''}`);
  }
  if (stepCache) {
    const line = stepCache.describe();
    core.info(line);
    state.notes.push(line);
  }
  if (signalled) state.notes.push(`cancelled by ${signalled}: the run log was marked FAIL; retry with command: retry, run-id: ${result.runId}`);
  await persistRunLog(signalled ? `cancelled by ${signalled}` : 'end of run');
  // The run report (one HTML file): uploaded next to the run log, listed with a link in the summary.
  try {
    const { writeActionReport, REPORT_ARTIFACT_KIND } = await import('../github/report-artifact.js');
    const rep = await writeActionReport({ runLog: result.runLog, config: loaded.config, catalog: result.catalog, cwd: settings.cwd, env: runEnv, secrets: state.secrets.list(), dir: env.temp(), upload: env.hasArtifactRuntime(), retentionDays: settings.retentionDays });
    core.info(`run report: ${rep.file}${rep.artifact ? ` (artifact ${rep.artifact.name})` : ''}`);
    if (rep.artifact) state.artifacts.push({ name: rep.artifact.name, url: rep.artifact.url, kind: REPORT_ARTIFACT_KIND, files: 1, bytes: rep.bytes });
  } catch (err) {
    core.warning(`could not write the run report: ${maskAll((err as Error).message)}`);
  }
  core.setOutput('run-id', result.runId);
  // FAIL when the files the run's steps put could not be stored: a later job or step would not find them.
  setStatus(notStored ? 'FAIL' : result.status);
  if (notStored) state.notes.push(`files the run's steps put in the catalog are in no artifact: those steps are marked FAIL in the run log, so a retry (command: retry, run-id: ${result.runId}) runs them again`);
  if (state.logFolder) core.setOutput('run-log', existsSync(join(state.logFolder, result.runId)) ? join(state.logFolder, result.runId) : join(state.logFolder, `${result.runId}.json`));
  const failed = failedStepAnnotations(result.runLog, { pipelineFile: resolve(settings.cwd, settings.pipeline), workspace: env.workspace() });
  for (const a of failed.shown) annotate({ ...a, message: maskAll(a.message) });
  if (failed.more) state.summaryAppendix.push(`${failed.more} more failed step(s) are not annotated (GitHub shows 10 per step): see the table above and the run-log artifact.`);
  await summarise(result, notStored ? { status: 'FAIL', message: errorLine(notStored) } : undefined);
  if (deadline) clearTimeout(deadline);
  if (signalled) throw new CancelledError(result.runId, signalled);
  if (notStored) throw notStored;
  if (result.status !== 'SUCCESS') throw new RunFailedError(result.runId, result.status);
}

/** The step cache on GitHub's cache service, or undefined (with a warning) when this job cannot reach it. */
async function openStepCache(): Promise<import('./step-cache-actions.js').ActionsStepCache | undefined> {
  const { ActionsStepCache } = await import('./step-cache-actions.js');
  try {
    const r = await ActionsStepCache.create({ root: join(env.temp(), 'runnable-step-cache'), info: (m) => core.info(m), debug: core.isDebug() });
    if (r.cache) {
      core.info(`step cache: on (GitHub cache service); unchanged steps are restored instead of run`);
      return r.cache;
    }
    core.warning(`step-cache: ${r.reason}; every step runs`);
    state.notes.push(`step cache requested but off: ${r.reason}`);
  } catch (err) {
    core.warning(`step-cache: could not load the cache client: ${(err as Error).message}; every step runs`);
  }
  return undefined;
}

function maskAll(text: string): string {
  return state.secrets.mask(text);
}

/** Flushes the run's catalog through the handle the engine gave (RunOptions.onCatalog); rethrows what could not be stored. */
async function flushCatalogs(): Promise<void> {
  await state.catalog?.flush();
}

/** What the artifact catalog uploaded and downloaded (undefined for other catalogs). */
function artifactCatalogStats(catalog: Catalog | undefined): GithubArtifactsStats | undefined {
  return catalog?.kind === 'github-artifacts' ? (catalog as GithubArtifactsCatalog).stats : undefined;
}

async function validateAction(settings: ActionSettings): Promise<void> {
  const { validateCommand } = await import('../commands/validate.js');
  const r = await validateCommand({ pipelineFile: settings.pipeline, configFile: settings.config, parametersFile: settings.parametersFile, cwd: settings.cwd, env: runEnvironment() });
  // Data-flow warnings are annotations at the consuming field (a PR check shows them on the line); the
  // other warnings (parameters the environment cannot carry) have no position.
  const flowWarnings = r.dataflow.filter((d) => d.severity === 'warning');
  const { shown, overflow } = issueAnnotations(flowWarnings, { workspace: env.workspace(), level: 'warning' });
  for (const a of shown) annotate(a);
  const positioned = new Set(flowWarnings.map((d) => formatIssue(d)));
  for (const w of r.warnings) if (!positioned.has(w)) core.warning(w);
  setStatus(r.ok ? 'SUCCESS' : 'FAIL');
  if (!r.ok) throw new ValidationError(r.issues, relative(env.workspace(), resolve(settings.cwd, settings.pipeline)) || settings.pipeline);
  const lines = [`## ✅ ${settings.pipeline} is valid`, ''];
  if (flowWarnings.length) {
    lines.push(`### ⚠️ ${flowWarnings.length} parameter(s) some paths may not provide`, '', issuesMarkdown(flowWarnings, env.workspace()), '');
    if (overflow.length) lines.push(`GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations per step; all are listed above.`, '');
  }
  if (r.pipeline) {
    try {
      const { renderMermaid } = await import('../commands/graph.js');
      lines.push('```mermaid', renderMermaid(r.pipeline).trim(), '```', '');
    } catch {
      /* graph rendering is optional */
    }
  }
  core.info(`${settings.pipeline}: valid`);
  await writeSummary(lines.join('\n'), 'validate');
}

async function compileAction(settings: ActionSettings): Promise<void> {
  const { loadInputs } = await import('../engine/index.js');
  const loaded = await loadInputs({ pipelineFile: settings.pipeline, configFile: settings.config, cwd: settings.cwd, env: runEnvironment() });
  let text: string;
  let kind: string;
  let outFile: string;
  if (loaded.config.pipelineExecutor.type === 'argo') {
    const { compileCommand } = await import('../commands/compile.js');
    const r = await compileCommand({ loaded, pipelineFile: settings.pipeline, configFile: settings.config, parametersFile: settings.parametersFile, logLevel: settings.logLevel, tag: settings.tag });
    text = r.yaml;
    kind = `Argo ${r.kind}`;
    outFile = r.outputFile ?? resolve(settings.cwd, 'argo-pipeline.yaml');
  } else {
    const { renderMermaid } = await import('../commands/graph.js');
    text = renderMermaid(loaded.pipeline).trim() + '\n';
    kind = 'mermaid graph';
    outFile = resolve(settings.cwd, settings.pipeline.replace(/\.ya?ml$/i, '') + '.mmd');
  }
  const lines = [`## ${kind} of ${settings.pipeline}`, ''];
  if (settings.manifest) {
    const committed = resolve(settings.cwd, settings.manifest);
    const before = existsSync(committed) ? readFileSync(committed, 'utf8') : undefined;
    const generated = join(env.temp(), 'runnable-compiled-' + settings.manifest.replace(/[^A-Za-z0-9._-]+/g, '_'));
    mkdirSync(env.temp(), { recursive: true });
    writeFileSync(generated, text);
    core.setOutput('manifest', generated);
    if (before === text) {
      core.info(`${settings.manifest} is up to date`);
      lines.push(`✅ \`${settings.manifest}\` matches the pipeline.`);
      await writeSummary(lines.join('\n'), 'compile');
      return;
    }
    const diffLine = firstDiffLine(before ?? '', text);
    lines.push(`❌ \`${settings.manifest}\` ${before === undefined ? 'does not exist' : `differs from the compiled ${kind} (first difference at line ${diffLine})`}. Regenerate it with \`runnable compile\` and commit it.`, '', '<details><summary>expected</summary>', '', '```yaml', text.slice(0, 200_000), '```', '', '</details>');
    await writeSummary(lines.join('\n'), 'compile');
    if (settings.failOnDrift) {
      const file = relative(env.workspace(), committed);
      throw new ValidationError([{ file, line: before === undefined ? undefined : diffLine, path: '', message: `${before === undefined ? 'missing' : 'out of date'}: the committed manifest does not match the pipeline; run 'runnable compile' and commit the result` }], 'compiled manifest');
    }
    core.warning(`${settings.manifest} is out of date (fail-on-drift is false)`);
    return;
  }
  // The output path may come from the config (untrusted text): it stays in the workspace, like the inputs.
  workspacePath('compile output', outFile, settings.cwd, env.workspace());
  mkdirSync(resolve(outFile, '..'), { recursive: true });
  writeFileSync(outFile, text);
  core.setOutput('manifest', outFile);
  core.info(`${kind} written to ${outFile}`);
  lines.push('```' + (kind.startsWith('Argo') ? 'yaml' : 'mermaid'), text.slice(0, 200_000).trim(), '```');
  await writeSummary(lines.join('\n'), 'compile');
}

function firstDiffLine(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i + 1;
  return 1;
}

/** Markdown table of Argo step rows: the same columns as a local run's summary. */
function argoRowsMarkdown(rows: import('../argo/status.js').StepRow[]): string {
  const icon = (s: string) => (s === 'SUCCESS' ? '✅' : s === 'FAIL' ? '❌' : '⏳');
  const esc = (t: string) => maskAll(t).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = ['| step | status | attempts | duration | message |', '| --- | --- | --- | --- | --- |'];
  for (const r of rows.slice(0, 500)) {
    lines.push(`| \`${esc(r.step)}\` | ${icon(r.status)} ${r.status} | ${r.attempts} | ${r.duration !== undefined ? `${r.duration.toFixed(1)} s` : ''} | ${esc((r.message ?? '').slice(0, 200))} |`);
  }
  if (rows.length > 500) lines.push(`| … ${rows.length - 500} more steps | | | | |`);
  return lines.join('\n') + '\n';
}

/** submit: compile, create the Workflow, poll it to the end mirroring step status; SIGINT/SIGTERM stop it. */
async function submitAction(settings: ActionSettings): Promise<void> {
  const { loadInputs } = await import('../engine/index.js');
  const { submitCommand } = await import('../commands/submit.js');
  const loaded = await loadInputs({ pipelineFile: settings.pipeline, configFile: settings.config, cwd: settings.cwd, env: runEnvironment() });
  if (settings.kubeconfig) {
    // GitHub masks line by line: register every credential value of the kubeconfig on its own.
    for (const line of settings.kubeconfig.split('\n')) {
      const m = /^\s*-?\s*[\w.-]*(token|certificate|key|password|secret)[\w.-]*:\s*(\S.*?)\s*$/i.exec(line);
      if (m && m[2]!.length >= 4) core.setSecret(m[2]!);
    }
  }
  const ac = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    core.warning(`received ${sig}: stopping the workflow`);
    ac.abort(sig);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let seen = '';
  try {
    const r = await submitCommand({
      loaded,
      pipelineFile: settings.pipeline,
      configFile: settings.config,
      parametersFile: settings.parametersFile,
      logLevel: settings.logLevel,
      tag: settings.tag,
      runId: settings.runId,
      kube: settings.kubeconfig ? { kubeconfigText: settings.kubeconfig } : {},
      wait: true,
      argoServerUrl: settings.argoUiUrl,
      onSecret: (v) => core.setSecret(v),
      signal: ac.signal,
      onSubmitted: (wf) => {
        core.info(`submitted workflow ${wf.namespace}/${wf.name}${wf.uiUrl ? ` — ${wf.uiUrl}` : ''}`);
        core.setOutput('run-id', settings.runId ?? wf.uid);
      },
      onProgress: (rows) => {
        for (const row of rows) {
          const line = `${row.step} ${row.status} ${row.attempts}`;
          if (!seen.includes(`|${line}|`)) {
            seen += `|${line}|`;
            core.info(inertOneLine(maskAll(`${row.status === 'SUCCESS' ? '✓' : row.status === 'FAIL' ? '✗' : '…'} ${row.step} ${row.status}${row.attempts > 1 ? ` [attempt ${row.attempts}]` : ''}`)));
          }
        }
      },
    });
    const wf = r.submitted;
    const manifestFile = join(env.temp(), 'runnable-submitted-workflow.yaml');
    mkdirSync(env.temp(), { recursive: true });
    writeFileSync(manifestFile, r.yaml);
    core.setOutput('manifest', manifestFile);
    const phase = r.result?.phase ?? 'Unknown';
    setStatus(phase === 'Succeeded' ? 'SUCCESS' : 'FAIL');
    const link = wf.uiUrl ? ` — [open in the Argo UI](${wf.uiUrl})` : '';
    await writeSummary(
      `## ${phase === 'Succeeded' ? '✅' : '❌'} Argo workflow \`${wf.namespace}/${wf.name}\` ${phase}${link}\n\n` +
        (r.result?.message ? `${maskAll(r.result.message)}\n\n` : '') +
        r.notes.map((n) => `> ${maskAll(n).replace(/\n/g, ' ')}\n\n`).join('') +
        argoRowsMarkdown(r.result?.rows ?? []),
      'submit',
    );
    if (r.result?.cancelled) throw new CancelledError(settings.runId ?? wf.uid, String(ac.signal.reason ?? 'cancel'));
    if (phase !== 'Succeeded') throw new RunFailedError(settings.runId ?? wf.uid, phase);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * The one place errors become annotations, summary lines and an exit code. Whatever failed, a command that
 * runs a pipeline ends with the `status` output (FAIL unless the run had set it), the `run-id` output when
 * known, and a job summary saying what failed.
 */
async function reportError(err: unknown, isPost = false): Promise<void> {
  const command = state.settings?.command;
  const runId = state.runId ?? state.settings?.runId;
  if (!isPost && (command === 'execute' || command === 'retry' || command === 'submit')) {
    if (!state.statusSet) setStatus('FAIL');
    if (runId) core.setOutput('run-id', runId);
  }
  if (!isPost && !state.summaryWritten && !(err instanceof ValidationError)) {
    const what = command ? `\`${command}\`${runId ? ` of run \`${runId}\`` : ''}` : 'runnable-action';
    await writeSummary(`## ❌ ${what} failed\n\n${errorLine(err)}\n`, runId ?? command ?? 'error').catch(() => undefined);
  }
  if (err instanceof ValidationError) {
    const { shown, overflow } = issueAnnotations(err.issues, { workspace: env.workspace() });
    for (const a of shown) annotate(a);
    if (overflow.length) {
      const md = `### ${overflow.length} more problem(s)\n\nGitHub shows 10 annotations per step; the rest:\n\n${issuesMarkdown(overflow, env.workspace())}\n`;
      await writeSummary(md, 'validation').catch(() => undefined);
    } else if (err.issues.length) {
      await writeSummary(`## ❌ ${err.issues.length} problem(s)\n\n${issuesMarkdown(err.issues, env.workspace())}\n`, 'validation').catch(() => undefined);
    }
    core.setFailed(`[${err.code}] ${err.issues.length} problem(s) found:\n${err.issues.map((i) => '  ' + formatIssue(i)).join('\n')}`);
    process.exitCode = err.exitCode;
  } else if (err instanceof ManifestError || err instanceof RunnableError) {
    core.setFailed(`[${err.code}] ${maskAll(err.message)}`);
    process.exitCode = err.exitCode;
  } else {
    const e = err instanceof Error ? err : new InternalError(String(err));
    core.error(maskAll(e.stack ?? e.message));
    core.setFailed(`[RA999] internal error in runnable-action: ${maskAll(e.message)}. This is a bug: please report it at ${REPORT_URL} with the log above.`);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  core.saveState('isPost', 'true');
  const settings = getInputs(env.workspace());
  state.settings = settings;
  addSecret(settings.githubToken);
  addSecret(settings.kubeconfig);
  switch (settings.command) {
    case 'execute':
      return runCommandWithRun(settings, false);
    case 'retry':
      return runCommandWithRun(settings, true);
    case 'validate':
      return validateAction(settings);
    case 'compile':
      return compileAction(settings);
    case 'submit':
      return submitAction(settings);
  }
}

/** post: store the run log if main started a run and could not store it (crash, kill). */
async function post(): Promise<void> {
  const runId = core.getState('runId');
  const logFolder = core.getState('logFolder');
  if (!runId || !logFolder || core.getState('persisted') === 'true') return;
  state.settings = getInputs(env.workspace());
  state.runId = runId;
  state.logFolder = logFolder;
  core.info(`post: the run log of ${runId} was not stored by the main step; storing it now`);
  await persistRunLog('post step');
}

export async function run(opts: { sealed?: import('./seal-environment.js').SealOutcome } = {}): Promise<void> {
  const isPost = core.getState('isPost') === 'true';
  if (opts.sealed === 'unavailable') {
    core.info('note: this Node.js cannot re-execute itself (process.execve), so steps can read the runner credentials from /proc/<pid>/environ of this process (SECURITY.md, residual risks)');
  }
  try {
    await (isPost ? post() : main());
  } catch (err) {
    if (!isPost && state.runId && state.persisted === undefined) await persistRunLog('after an error').catch(() => undefined);
    await reportError(err, isPost);
  }
  // Dangling HTTP keep-alives or retry timers of the toolkit must not keep the job step alive.
  process.exit(process.exitCode ?? 0);
}
