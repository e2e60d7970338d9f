/**
 * The Action's entry (dist/index.js): main and post share this bundle; run() picks by saved state.
 * First the runner's credentials leave the process's initial environment (seal-environment.ts: the Action
 * re-executes itself, before it reads any input), so a step cannot read them from /proc/<pid>/environ; a start
 * that runs no user process (validate/compile of a YAML pipeline) skips that second Node start.
 * Node's on-disk compile cache (Node >= 22.1) lets every start after the first skip parsing and compiling
 * the bundle's chunks, so it is turned on before the rest of the Action is loaded (as the CLI does);
 * `import()` makes the bundler put run-action and everything it imports into chunks this cache covers.
 */
import module from 'node:module';
import { sealEnvironment } from './seal-environment.js';

const sealed = sealEnvironment();
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
void import('./run-action.js').then(({ run }) => run({ sealed }));
