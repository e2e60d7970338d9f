/**
 * The Action's input names and commands, with nothing imported: the credential seal reads two inputs before
 * anything else is loaded (seal-environment.ts), inputs.ts reads them all.
 */
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

/** The command when the `command` input is not given. */
export const DEFAULT_COMMAND: ActionCommand = 'execute';

/** The variable the runner passes an input in, as @actions/core's getInput reads it. */
export const inputVariable = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
