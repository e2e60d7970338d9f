/**
 * The Action's inputs, read once into a typed settings object (the toolkit's `getInputs()` pattern). Input
 * names live in input-names.ts and action.yml only; every other module takes `ActionSettings`.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { UsageError } from '../errors.js';
import { parseParametersText, type LogLevel } from '../engine/index.js';

import { COMMANDS, DEFAULT_COMMAND, Inputs, type ActionCommand } from './input-names.js';

export { COMMANDS, Inputs, type ActionCommand };

export interface ActionSettings {
  command: ActionCommand;
  pipeline: string;
  config?: string;
  parametersFile?: string;
  /** Parsed `parameters` input (JSON or YAML mapping), applied over the parameters file. */
  parameters?: Record<string, unknown>;
  runId?: string;
  tag?: string;
  /** Absolute working directory. */
  cwd: string;
  logLevel: LogLevel;
  persistRunLog: 'artifact' | 'none';
  runLogBranch?: string;
  sourceRunId?: string;
  githubToken?: string;
  manifest?: string;
  failOnDrift: boolean;
  argoUiUrl?: string;
  kubeconfig?: string;
  retentionDays?: number;
  /** Opt-in step cache on GitHub's cache service (`execute` and `retry`). */
  stepCache: boolean;
}

const opt = (name: string): string | undefined => core.getInput(name) || undefined;

/**
 * Parses the `parameters` input: a JSON or YAML mapping (workflow_dispatch inputs often arrive as JSON), read
 * with the same rules as a parameters file (plain YAML only, bounded depth and size, JSON values kept exact).
 */
export function parseParametersInput(text: string | undefined): Record<string, unknown> | undefined {
  if (!text || !text.trim()) return undefined;
  return parseParametersText(text, `input '${Inputs.parameters}'`);
}

/** `p` inside `dir` (or `dir` itself), lexically. */
function isInside(dir: string, p: string): boolean {
  const r = relative(dir, p);
  return r === '' || (!r.startsWith('..' + sep) && r !== '..' && !isAbsolute(r));
}

/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for files to create). */
function realish(p: string): string {
  let head = p;
  const rest: string[] = [];
  while (!existsSync(head)) {
    const up = dirname(head);
    if (up === head) return p;
    rest.unshift(head.slice(up.length + (up.endsWith(sep) ? 0 : 1)));
    head = up;
  }
  return resolve(realpathSync(head), ...rest);
}

/**
 * A path an input names (SECURITY.md guarantee 14): resolved against `base`, it must stay inside the workspace,
 * also once symbolic links are followed, and outside any `.git` folder (the checkout's credentials live in
 * `.git/config`). Input files are otherwise read whole into error messages and annotations.
 */
export function workspacePath(input: string, value: string, base: string, workspace: string): string {
  const abs = resolve(base, value);
  const ws = realish(resolve(workspace));
  const real = realish(abs);
  if (!isInside(resolve(workspace), abs) && !isInside(ws, abs)) {
    throw new UsageError(`input '${input}' must name a path inside the workspace (${workspace}); '${value}' is outside it`);
  }
  if (!isInside(ws, real)) {
    throw new UsageError(`input '${input}': '${value}' leads outside the workspace through a symbolic link; inputs must stay inside the workspace`);
  }
  if (relative(ws, real).split(sep).includes('.git')) {
    throw new UsageError(`input '${input}': '${value}' is inside a .git folder, which inputs may not name`);
  }
  return abs;
}

export function getInputs(workspace: string): ActionSettings {
  const command = (opt(Inputs.command) ?? DEFAULT_COMMAND).toLowerCase();
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`input 'command' must be one of ${COMMANDS.join(', ')}; got '${command}'`);
  }
  const pipeline = opt(Inputs.pipeline);
  if (!pipeline) throw new UsageError(`input 'pipeline' is required (path of the pipeline YAML, relative to working-directory)`);
  const logLevel = (opt(Inputs.logLevel) ?? 'INFO').toUpperCase();
  if (!['DEBUG', 'INFO', 'WARNING', 'ERROR', 'FATAL'].includes(logLevel)) throw new UsageError(`input 'log-level' must be DEBUG, INFO, WARNING, ERROR or FATAL; got '${logLevel}'`);
  const persist = (opt(Inputs.persistRunLog) ?? 'artifact').toLowerCase();
  if (persist !== 'artifact' && persist !== 'none') throw new UsageError(`input 'persist-run-log' must be 'artifact' or 'none'; got '${persist}'`);
  const failOnDrift = (opt(Inputs.failOnDrift) ?? 'true').toLowerCase();
  if (!['true', 'false'].includes(failOnDrift)) throw new UsageError(`input 'fail-on-drift' must be true or false`);
  const retention = opt(Inputs.retentionDays);
  const retentionDays = retention ? Number(retention) : undefined;
  if (retentionDays !== undefined && (!Number.isInteger(retentionDays) || retentionDays < 1)) throw new UsageError(`input 'retention-days' must be a positive integer`);
  const stepCache = (opt(Inputs.stepCache) ?? 'false').toLowerCase();
  if (!['true', 'false'].includes(stepCache)) throw new UsageError(`input 'step-cache' must be true or false; got '${stepCache}'`);
  const cwd = workspacePath(Inputs.workingDirectory, opt(Inputs.workingDirectory) ?? '.', workspace, workspace);
  const file = (input: string, value: string | undefined) => (value === undefined ? undefined : (workspacePath(input, value, cwd, workspace), value));
  const manifest = opt(Inputs.manifest);
  if (manifest !== undefined) workspacePath(Inputs.manifest, manifest, cwd, workspace);
  return {
    command: command as ActionCommand,
    pipeline: file(Inputs.pipeline, pipeline)!,
    config: file(Inputs.config, opt(Inputs.config)),
    parametersFile: file(Inputs.parametersFile, opt(Inputs.parametersFile)),
    parameters: parseParametersInput(core.getInput(Inputs.parameters)),
    runId: opt(Inputs.runId),
    tag: opt(Inputs.tag),
    cwd,
    logLevel: logLevel as LogLevel,
    persistRunLog: persist,
    runLogBranch: opt(Inputs.runLogBranch),
    sourceRunId: opt(Inputs.sourceRunId),
    githubToken: opt(Inputs.githubToken),
    manifest,
    failOnDrift: failOnDrift === 'true',
    argoUiUrl: opt(Inputs.argoUiUrl),
    kubeconfig: opt(Inputs.kubeconfig),
    retentionDays,
    stepCache: stepCache === 'true',
  };
}
