// A pipeline defined with the TypeScript SDK (plain JavaScript works too): run it like a YAML one,
//   runnable execute -f examples/sdk/pipeline.mjs
// The module exports the pipeline (or a function returning it); orchestrator pods import it again.
import { Map, NodeTask, Pipeline, ShellTask, metric } from 'runnable-action';

export default function pipeline() {
  return Pipeline({
    description: 'Defined with the SDK: a shell step, a map of node functions, a report',
    steps: [
      ShellTask({ name: 'prepare', command: 'export chunks="[1, 2, 3]"\nexport quality=0.9', returns: ['chunks', metric('quality')] }),
      Map({
        name: 'square all',
        iterate_on: 'chunks',
        iterate_as: 'chunk',
        branch: Pipeline({ steps: [NodeTask({ name: 'square', function: 'examples/common/functions.mjs:square', returns: ['squared'] })] }),
      }),
      ShellTask({ name: 'report', command: 'test "$squared" = "[1, 4, 9]" && echo "squares: $squared"' }),
    ],
  });
}
