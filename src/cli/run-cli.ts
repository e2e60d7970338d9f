/**
 * The CLI edge: parses arguments (commander), calls one command, prints its data, and maps errors to exit
 * codes in exactly one place (`reportError`). Exit codes: 0 success; 1 the run failed; 2 bad input or
 * usage; 130 cancelled; 70 a bug in runnable-action (printed with its stack).
 */
import { Command, CommanderError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { InputFileError, InternalError, RunnableError, UsageError, ValidationError, formatIssue } from '../errors.js';
import type { LogLevel, RunOptions, RunResult } from '../engine/index.js';
import path from 'node:path';
import { ConsoleReporter } from './console-reporter.js';
import { inertStream } from '../github/workflow-commands.js';
import { VERSION } from '../version.js';
import type { PodFlagValues } from '../protocol.js';

export interface CliIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  cwd: string;
}

const LOG_LEVELS = ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'FATAL'];

function logLevel(value: string | undefined): LogLevel {
  const v = (value ?? 'WARNING').toUpperCase();
  if (!LOG_LEVELS.includes(v)) throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, got '${value}'`);
  return v as LogLevel;
}

/** Maps any error to a message on stderr and an exit code. The only place that decides exit codes. */
export function reportError(err: unknown, io: CliIo): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
  if (err instanceof ValidationError) {
    for (const issue of err.issues) io.err.write(`error: ${formatIssue(issue)}\n`);
    io.err.write(`${err.issues.length} problem${err.issues.length === 1 ? '' : 's'} found [${err.code}]\n`);
    return err.exitCode;
  }
  if (err instanceof RunnableError) {
    io.err.write(`error [${err.code}]: ${err.message}\n`);
    return err.exitCode;
  }
  const stack = err instanceof Error ? (err.stack ?? err.message) : String(err);
  io.err.write(`internal error${err instanceof InternalError ? ` [${err.code}]` : ''}: ${stack}\nThis is a bug in runnable-action ${VERSION}; please report it with the command you ran.\n`);
  return 70;
}

/** Aborts on SIGINT/SIGTERM (a cancelled CI job); a second signal exits at once. */
function cancellation(): { signal: AbortSignal; dispose(): void } {
  const ac = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    if (ac.signal.aborted) process.exit(130);
    ac.abort(sig);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: ac.signal,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

interface CommonFlags {
  file?: string;
  configFile?: string;
  config?: string;
  parametersFile?: string;
  parameters?: string;
  runId?: string;
  tag?: string;
  logLevel?: string;
  stepCache?: string;
}

function addCommon(cmd: Command, what: { params?: boolean; runId?: boolean; cache?: boolean } = {}): Command {
  cmd
    .option('-f, --file <pipeline>', 'pipeline definition (YAML)')
    .option('-c, --config-file <config>', 'configuration file (default: $RUNNABLE_CONFIGURATION_FILE, ./runnable-config.yaml, built-in defaults)')
    .addOption(new Option('--config <config>').hideHelp())
    .option('--log-level <level>', `one of ${LOG_LEVELS.join(', ')}`, 'WARNING')
    .option('--tag <tag>', 'free text stored in the run log');
  if (what.params !== false) {
    cmd.option('-p, --parameters-file <file>', 'initial parameters (YAML mapping)').addOption(new Option('--parameters <file>').hideHelp());
  }
  if (what.runId) cmd.option('--run-id <id>', 'run id (default: $RUNNABLE_RUN_ID or a generated one)');
  if (what.cache) cmd.option('--step-cache <dir>', 'restore unchanged steps (same definition, inputs and catalog inputs) from this folder instead of running them');
  return cmd;
}

/** The same input given as a flag and as an argument: one of them would be silently ignored. */
function oneOf(flag: string, fromFlag: string | undefined, arg: string, fromArg: string | undefined): string | undefined {
  if (fromFlag !== undefined && fromArg !== undefined && fromFlag !== fromArg) {
    throw new UsageError(`${arg} given twice: ${flag} ${JSON.stringify(fromFlag)} and the argument ${JSON.stringify(fromArg)}; give one`);
  }
  return fromFlag ?? fromArg;
}

/** A missing input file is named with the flag that gave it (-c and -p would otherwise read alike). */
function checkFlagFiles(flags: CommonFlags, cwd: string): void {
  const given: [string, string | undefined][] = [
    ['-f/--file', flags.file],
    ['-c/--config-file', flags.configFile ?? flags.config],
    ['-p/--parameters-file', flags.parametersFile ?? flags.parameters],
  ];
  for (const [flag, file] of given) {
    if (file && !existsSync(path.resolve(cwd, file))) throw new InputFileError(file, `no such file (given with ${flag})`);
  }
}

/** Async: the engine is imported only by commands that run (`--version`, `--help` and usage errors load none of it). */
async function runOptions(flags: CommonFlags, io: CliIo, reporter: ConsoleReporter | undefined, signal?: AbortSignal): Promise<RunOptions> {
  checkFlagFiles(flags, io.cwd);
  return {
    pipelineFile: flags.file,
    configFile: flags.configFile ?? flags.config,
    parametersFile: flags.parametersFile ?? flags.parameters,
    runId: flags.runId,
    tag: flags.tag,
    logLevel: logLevel(flags.logLevel),
    cwd: io.cwd,
    env: io.env,
    reporter,
    signal,
    stepCache: flags.stepCache ? new (await import('../engine/index.js')).FileSystemStepCache(path.resolve(io.cwd, flags.stepCache)) : undefined,
  };
}

async function runAndReport(io: CliIo, flags: CommonFlags, fn: (o: RunOptions) => Promise<RunResult>): Promise<number> {
  const reporter = new ConsoleReporter({ out: io.out, err: io.err, level: logLevel(flags.logLevel) });
  const c = cancellation();
  try {
    // The CLI prints only the outcome: no need to assemble the whole run log at the end.
    const result = await fn({ ...(await runOptions(flags, io, reporter, c.signal)), runLog: 'header' });
    if (c.signal.aborted) {
      io.err.write(`run ${result.runId} was cancelled (${String(c.signal.reason)}); the run log is saved: retry it with 'runnable retry ${result.runId}'\n`);
      return 130;
    }
    return result.status === 'SUCCESS' ? 0 : 1;
  } finally {
    c.dispose();
  }
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // In a workflow's `run:` step no message of ours (they quote user data) may act as a workflow command.
  if (io.env.GITHUB_ACTIONS === 'true') io = { ...io, err: inertStream(io.err) };
  let exitCode = 0;
  const program = new Command('runnable')
    .description('Run runnable-style pipelines locally, in GitHub Actions, or on Argo Workflows')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) })
    .showHelpAfterError('(run with --help for usage)');

  addCommon(program.command('execute').description('run a pipeline (or, with the argo executor, write its Workflow)'), { runId: true, cache: true })
    .argument('[pipeline]', 'pipeline file (same as -f)')
    .argument('[run_id]', 'run id (same as --run-id)')
    .action(async (file: string | undefined, runId: string | undefined, flags: CommonFlags) => {
      flags.file = oneOf('-f', flags.file, 'the pipeline', file);
      flags.runId = oneOf('--run-id', flags.runId, 'the run id', runId);
      if (!flags.file) throw new UsageError('execute needs a pipeline: runnable execute -f PIPELINE.yaml');
      if (/\.py$/.test(flags.file)) {
        // A runnable Python SDK script: what its Pipeline.execute(...) was given applies unless the command
        // line says otherwise.
        const { exportPythonPipeline } = await import('../engine/index.js');
        const asked = await exportPythonPipeline(io.cwd, flags.file, io.env);
        flags.configFile ??= flags.config ?? (asked.configuration_file || undefined);
        flags.parametersFile ??= flags.parameters ?? (asked.parameters_file || undefined);
        flags.runId ??= asked.run_id || undefined;
        flags.tag ??= asked.tag || undefined;
      }
      const { loadInputs } = await import('../engine/index.js');
      const o = await runOptions(flags, io, undefined);
      const loaded = await loadInputs(o);
      if (loaded.config.pipelineExecutor.type === 'argo') {
        exitCode = await compileToFile(io, flags, loaded);
        return;
      }
      const { executeCommand } = await import('../commands/execute.js');
      exitCode = await runAndReport(io, flags, (opts) => executeCommand(opts, loaded));
    });

  program
    .command('python-path')
    .description("print the folder to put on PYTHONPATH for runnable's Python SDK (python pipeline.py)")
    .action(async () => {
      const { pythonPackagePath } = await import('../engine/index.js');
      io.out.write(pythonPackagePath() + '\n');
    });

  addCommon(program.command('retry').description('re-run a failed run in place: succeeded steps are skipped'), { params: false, cache: true })
    .argument('<run_id>', 'the run to retry')
    .action(async (runId: string, flags: CommonFlags) => {
      const { retryCommand } = await import('../commands/retry.js');
      exitCode = await runAndReport(io, flags, (o) => retryCommand({ ...o, runId }));
    });

  for (const name of ['execute-single-node', 'execute_single_node']) {
    addCommon(program.command(name, { hidden: name.includes('_') }).description('run one step of a run (what orchestrator pods call)'))
      .argument('<run_id>')
      .argument('<step>', 'template internal name, spaces as %')
      .argument('[pipeline]', 'pipeline file (same as -f)')
      .option('--iter-variable <json>', 'iteration variables {"map_variable": {...}, "loop_variable": [...]}')
      .addOption(new Option('-m, --mode <mode>').choices(['yaml', 'python']).hideHelp())
      .option('--no-follow', 'do not continue through following stubs and terminal nodes')
      .addOption(orchestratorOption())
      .option('--retry-index <n>', "the orchestrator's retry number (0-based): a failed attempt before the last leaves the step to be retried")
      .option('--fan-out-next <path>', 'after success, fan out the composite the route reaches and write its output here')
      .addOption(new Option('--stores-on <dir>', "move the run log store and the file-system catalog under this folder (runnable's pvc_for_runnable)").hideHelp())
      .action(async (runId: string, step: string, file: string | undefined, raw: PodFlags & PodFlagValues) => {
        // The protocol (src/protocol.ts) reads the pod's flags: Argo-escaped text decoded, indices checked.
        const { podOptionsFromFlags } = await import('../protocol.js');
        const pod = podOptionsFromFlags(step, { ...raw, file: raw.file ?? file });
        const flags = { ...raw, file: pod.file, configFile: pod.configFile, parametersFile: pod.parametersFile, tag: pod.tag };
        const { executeSingleNodeCommand } = await import('../engine/index.js');
        const reporter = new ConsoleReporter({ out: io.out, err: io.err, level: logLevel(flags.logLevel), live: false });
        const c = cancellation();
        try {
          const r = await executeSingleNodeCommand({ ...(await runOptions(flags, io, reporter, c.signal)), runId, ...pod });
          exitCode = r.exitCode;
        } finally {
          c.dispose();
        }
      });
  }

  addCommon(program.command('fan').description('open (out) or close (in) a composite step of a run (what orchestrator pods call)'))
    .argument('<run_id>')
    .argument('<step>', 'template internal name, spaces as %')
    .argument('<direction>', 'in or out')
    .argument('[pipeline]', 'pipeline file (same as -f)')
    .option('--iter-variable <json>', 'iteration variables')
    .option('--output-file <path>', 'where fan out writes what to fan over', '/tmp/output.txt')
    .addOption(new Option('-m, --mode <mode>').choices(['yaml', 'python']).hideHelp())
    .option('--no-follow', 'do not continue through following stubs and terminal nodes')
    .addOption(orchestratorOption())
    .option('--fan-out-next <path>', 'after success, fan out the composite the route reaches and write its output here')
    .addOption(new Option('--stores-on <dir>', "move the run log store and the file-system catalog under this folder (runnable's pvc_for_runnable)").hideHelp())
    .addOption(new Option('--workflow-status <phase>', "with 'exit': the workflow's phase ({{workflow.status}})").hideHelp())
    .action(async (runId: string, step: string, direction: string, file: string | undefined, raw: PodFlags & PodFlagValues & { outputFile: string }) => {
      if (direction !== 'in' && direction !== 'out' && direction !== 'exit') throw new UsageError(`fan direction must be 'in', 'out' or 'exit', got '${direction}'`);
      const { podOptionsFromFlags } = await import('../protocol.js');
      const pod = podOptionsFromFlags(step, { ...raw, file: raw.file ?? file });
      const flags = { ...raw, file: pod.file, configFile: pod.configFile, parametersFile: pod.parametersFile, tag: pod.tag };
      const { fanCommand } = await import('../engine/index.js');
      const reporter = new ConsoleReporter({ out: io.out, err: io.err, level: logLevel(flags.logLevel), live: false });
      const r = await fanCommand({ ...(await runOptions(flags, io, reporter)), runId, direction, ...pod, outputFile: raw.outputFile });
      exitCode = r.exitCode;
    });

  addCommon(program.command('validate').description('check a pipeline, its config and parameters; every problem with file:line:column'))
    .argument('[pipeline]', 'pipeline file (same as -f)')
    .addOption(new Option('--format <format>', 'text, or json: {"valid", "steps", "executor", "issues": [{file, line, column, path, message}], "warnings", "dataflow": [{severity, parameter, step, file, line, column, path, message}]} on stdout').choices(['text', 'json']).default('text'))
    .action(async (file: string | undefined, flags: CommonFlags & { format: 'text' | 'json' }) => {
      flags.file = oneOf('-f', flags.file, 'the pipeline', file);
      if (!flags.file) throw new UsageError('validate needs a pipeline: runnable validate -f PIPELINE.yaml');
      checkFlagFiles(flags, io.cwd);
      const { validateCommand } = await import('../commands/validate.js');
      const r = await validateCommand({ pipelineFile: flags.file, configFile: flags.configFile ?? flags.config, parametersFile: flags.parametersFile ?? flags.parameters, cwd: io.cwd, env: io.env });
      const steps = r.pipeline ? countSteps(r.pipeline.dag) : 0;
      if (flags.format === 'json') {
        // Machine-readable, for editors and CI: the same issues and warnings, exit code 2 when there are issues.
        const issues = r.issues.map((i) => ({ file: i.file, line: i.line ?? null, column: i.column ?? null, path: i.path, message: i.message }));
        io.out.write(`${JSON.stringify({ valid: r.ok, steps: r.ok ? steps : null, executor: r.config?.pipelineExecutor.type ?? null, issues, warnings: r.warnings, dataflow: r.dataflow }, null, 2)}\n`);
        exitCode = r.ok ? 0 : 2;
        return;
      }
      for (const w of r.warnings) io.err.write(`warning: ${w}\n`);
      if (!r.ok) throw new ValidationError(r.issues, flags.file);
      io.out.write(`${flags.file}: valid (${steps} steps; executor ${r.config?.pipelineExecutor.type})\n`);
    });

  program
    .command('graph')
    .description('print the pipeline graph as Mermaid or Graphviz dot')
    .option('-f, --file <pipeline>', 'pipeline definition (YAML)')
    .argument('[pipeline]')
    .addOption(new Option('--format <format>', 'output format').choices(['mermaid', 'dot']).default('mermaid'))
    .action(async (file: string | undefined, flags: { file?: string; format: 'mermaid' | 'dot' }) => {
      const f = oneOf('-f', flags.file, 'the pipeline', file);
      if (!f) throw new UsageError('graph needs a pipeline: runnable graph -f PIPELINE.yaml');
      const { loadPipeline } = await import('../engine/index.js');
      const { renderDot, renderMermaid } = await import('../commands/graph.js');
      const p = await loadPipeline(io.cwd, f);
      io.out.write(flags.format === 'dot' ? renderDot(p) : renderMermaid(p));
    });

  program
    .command('timeline')
    .description('show a finished run: steps, durations, statuses on a time axis')
    .argument('<run>', "run id, a run's folder or RunLog.json, a <run_id>.json, or a downloaded run-log artifact (.zip)")
    .option('-c, --config-file <config>', 'configuration file naming the run log store')
    .option('--json', 'print the run log (runnable\'s single JSON document) instead of the timeline')
    .addOption(new Option('--config <config>').hideHelp())
    .option('--html <file>', 'write a self-contained HTML report (graph, Gantt, parameters, lineage, logs) to this file')
    .option('--open', 'open the HTML report in a browser, when one is available')
    .action(async (target: string, flags: { configFile?: string; config?: string; html?: string; open?: boolean; json?: boolean }) => {
      const { loadRunLog, renderTimeline } = await import('../commands/timeline.js');
      const log = await loadRunLog({ target, configFile: flags.configFile ?? flags.config, cwd: io.cwd, env: io.env });
      if (flags.json) {
        io.out.write(`${JSON.stringify(log, null, 2)}\n`);
        return;
      }
      if (flags.html || flags.open) {
        const { reportCommand } = await import('../report/command.js');
        io.out.write(await reportCommand(log, { target, html: flags.html, open: flags.open, configFile: flags.configFile ?? flags.config, cwd: io.cwd, env: io.env }));
        return;
      }
      io.out.write(renderTimeline(log, Math.max(20, ((io.out as { columns?: number }).columns ?? 120) - 90)));
    });

  registerArgoCommands(program, io, (code) => (exitCode = code));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    return reportError(err, io);
  }
}

interface PodFlags extends CommonFlags {
  iterVariable?: string;
  follow: boolean;
  orchestrator?: string;
  retryIndex?: number;
  fanOutNext?: string;
}

function orchestratorOption(): Option {
  return new Option('--orchestrator <name>', 'the orchestrator calling this pod (its protocol: src/protocol.ts)').choices(['argo']);
}

function countSteps(g: import('../pipeline/model.js').Graph): number {
  let n = 0;
  for (const node of Object.values(g.nodes)) {
    n++;
    if ('branches' in node && node.branches) for (const b of Object.values(node.branches)) n += countSteps(b);
    if ('branch' in node && node.branch) n += countSteps(node.branch);
  }
  return n;
}

/** `execute` with the argo executor writes the Workflow (the seed's command), like `compile`. */
async function compileToFile(io: CliIo, flags: CommonFlags, loaded: import('../engine/index.js').LoadedInputs, outFile?: string): Promise<number> {
  const { compileCommand } = await import('../commands/compile.js');
  const r = await compileCommand({ loaded, pipelineFile: flags.file!, configFile: flags.configFile ?? flags.config, parametersFile: flags.parametersFile ?? flags.parameters, logLevel: logLevel(flags.logLevel), tag: flags.tag, outputFile: outFile });
  if (r.outputFile) {
    await writeFile(r.outputFile, r.yaml);
    io.err.write(`wrote ${r.kind} to ${r.outputFile}\n`);
  } else {
    io.out.write(r.yaml);
  }
  return 0;
}

function registerArgoCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  addCommon(program.command('compile').description('write the Argo Workflow for a pipeline (validated against the Argo CRD)'))
    .argument('[pipeline]', 'pipeline file (same as -f)')
    .option('-o, --output <file>', 'write the manifest here (default: the config output_file, else stdout)')
    .action(async (file: string | undefined, flags: CommonFlags & { output?: string }) => {
      flags.file = oneOf('-f', flags.file, 'the pipeline', file);
      if (!flags.file) throw new UsageError('compile needs a pipeline: runnable compile -f PIPELINE.yaml -c ARGO_CONFIG.yaml');
      const { loadInputs } = await import('../engine/index.js');
      const loaded = await loadInputs(await runOptions(flags, io, undefined));
      setExit(await compileToFile(io, flags, loaded, flags.output ?? '-'));
    });

  addCommon(program.command('submit').description('compile and submit the pipeline to Argo Workflows; with --wait, follow it to the end'), { runId: true })
    .argument('[pipeline]', 'pipeline file (same as -f)')
    .option('--wait', 'poll until the workflow ends; exit code from its phase')
    .option('--kubeconfig <file>', 'kubeconfig (default: $KUBECONFIG, ~/.kube/config, then the in-cluster service account)')
    .option('--context <name>', 'kubeconfig context')
    .option('--namespace <ns>', 'namespace (default: the manifest\'s, else the context\'s)')
    .option('--argo-ui-url <url>', 'base URL of the Argo UI, for links')
    .option('--argo-server <url>', "the Argo Server, to read offloaded node status (default: the config's argo_server.url; token from its token_env, else ARGO_TOKEN)")
    .action(async (file: string | undefined, flags: CommonFlags & { wait?: boolean; kubeconfig?: string; context?: string; namespace?: string; argoUiUrl?: string; argoServer?: string }) => {
      flags.file = oneOf('-f', flags.file, 'the pipeline', file);
      if (!flags.file) throw new UsageError('submit needs a pipeline: runnable submit -f PIPELINE.yaml -c ARGO_CONFIG.yaml');
      const { loadInputs } = await import('../engine/index.js');
      const { submitCommand } = await import('../commands/submit.js');
      const loaded = await loadInputs(await runOptions(flags, io, undefined));
      const c = cancellation();
      let shown = '';
      try {
        const r = await submitCommand({
          loaded,
          pipelineFile: flags.file,
          configFile: flags.configFile ?? flags.config,
          parametersFile: flags.parametersFile ?? flags.parameters,
          logLevel: logLevel(flags.logLevel),
          tag: flags.tag,
          runId: flags.runId,
          kube: { kubeconfig: flags.kubeconfig, context: flags.context, namespace: flags.namespace },
          wait: Boolean(flags.wait),
          argoServerUrl: flags.argoUiUrl,
          argoServer: flags.argoServer,
          signal: c.signal,
          onSubmitted: (wf) => io.err.write(`submitted workflow ${wf.namespace}/${wf.name}${wf.uiUrl ? ` (${wf.uiUrl})` : ''}\n`),
          onProgress: (rows) => {
            for (const row of rows) {
              const line = `${row.step} ${row.status}${row.attempts > 1 ? ` [attempt ${row.attempts}]` : ''}`;
              if (!shown.includes(`\n${line}\n`)) {
                shown += `\n${line}\n`;
                io.err.write(`  ${line}${row.message && row.status === 'FAIL' ? `: ${row.message}` : ''}\n`);
              }
            }
          },
        });
        io.out.write(`${r.submitted.name}\n`);
        if (r.result) {
          io.err.write(`workflow ${r.submitted.name} ${r.result.phase}${r.result.message ? `: ${r.result.message}` : ''}\n`);
          for (const note of r.notes) io.err.write(`${note}\n`);
          setExit(r.result.cancelled ? 130 : r.result.phase === 'Succeeded' ? 0 : 1);
        }
      } finally {
        c.dispose();
      }
    });
}
