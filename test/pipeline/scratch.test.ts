import { parsePipelineText } from '../../src/pipeline/parse.js';
import { formatIssue } from '../../src/errors.js';
const show = (t: string) => { try { console.log(JSON.stringify(parsePipelineText(t, 'p.yaml'), null, 1)); } catch (e: any) { console.log(e.issues ? e.issues.map(formatIssue).join('\n') : e); } };
test('x', () => {
  show(`dag:
  start_at: a
  steps:
    a:
      type: task
      command_type: shell
      command: echo hi
      returns: [{name: x}, y, {name: z, kind: object}]
      next: b
    b:
      type: taks
      next: success
    c:
      type: task
      command: x.y
      foo: 1
      catalog: {get: [a], bar: 2}
      max_attempts: 0
      next: d
`);
  show(`dag:
  start_at: a
  steps:
    a: {type: stub, next: b, foo: 1}
    b: {type: stub, next: a}
    p:
      type: parallel
      next: success
      branches:
        x: {start_at: q, steps: {q: {type: task, command: m.f, next: success}}}
`);
  show(`x: 1\ndag: [1]`);
  show(`dag:\n  start_at: a\n  steps:\n    a: {type: stub, next: success}\n    a: {type: stub, next: success}\n`);
});
