/**
 * The Action's inputs, read once into a typed settings object (the toolkit's `getInputs()` pattern). Input
 * names live here and in action.yml only; every other module takes `ActionSettings`.
 */
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { parse as parseYaml } from 'yaml';
import { UsageError, ValidationError } from '../errors.js';
import type { LogLevel } from '../engine/index.js';

export const COMMANDS = ['execute', 'validate', 'compile', 'submit', 'retry'] as const;
export type ActionCommand = (typeof COMMANDS)[number];

export const Inputs = {
  command: 'command',
  pipeline: 'pipeline',
  config: 'config',
  parametersFile: 'parameters-file',
  parameters: 'parameters',
  runId: 'run-id',
  tag: 'tag',
  workingDirectory: 'working-directory',
  logLevel: 'log-level',
  persistRunLog: 'persist-run-log',
  runLogBranch: 'run-log-branch',
  sourceRunId: 'source-run-id',
  githubToken: 'github-token',
  manifest: 'manifest',
  failOnDrift: 'fail-on-drift',
  argoUiUrl: 'argo-ui-url',
  kubeconfig: 'kubeconfig',
  retentionDays: 'retention-days',
  stepCache: 'step-cache',
} as const;

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

/** Parses the `parameters` input: a JSON or YAML mapping (workflow_dispatch inputs often arrive as JSON). */
export function parseParametersInput(text: string | undefined): Record<string, unknown> | undefined {
  if (!text || !text.trim()) return undefined;
  let value: unknown;
  try {
    value = parseYaml(text); // YAML 1.2 is a superset of JSON
  } catch (err) {
    throw new ValidationError([{ file: `input '${Inputs.parameters}'`, path: Inputs.parameters, message: `not valid JSON or YAML: ${(err as Error).message.split('\n')[0]}` }], 'action input');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ValidationError([{ file: `input '${Inputs.parameters}'`, path: Inputs.parameters, message: 'must be a mapping of parameter names to values, e.g. {"epochs": 3}' }], 'action input');
  }
  return value as Record<string, unknown>;
}

export function getInputs(workspace: string): ActionSettings {
  const command = (opt(Inputs.command) ?? 'execute').toLowerCase();
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
  const wd = opt(Inputs.workingDirectory) ?? '.';
  return {
    command: command as ActionCommand,
    pipeline,
    config: opt(Inputs.config),
    parametersFile: opt(Inputs.parametersFile),
    parameters: parseParametersInput(core.getInput(Inputs.parameters)),
    runId: opt(Inputs.runId),
    tag: opt(Inputs.tag),
    cwd: resolve(workspace, wd),
    logLevel: logLevel as LogLevel,
    persistRunLog: persist,
    runLogBranch: opt(Inputs.runLogBranch),
    sourceRunId: opt(Inputs.sourceRunId),
    githubToken: opt(Inputs.githubToken),
    manifest: opt(Inputs.manifest),
    failOnDrift: failOnDrift === 'true',
    argoUiUrl: opt(Inputs.argoUiUrl),
    kubeconfig: opt(Inputs.kubeconfig),
    retentionDays,
    stepCache: stepCache === 'true',
  };
}
