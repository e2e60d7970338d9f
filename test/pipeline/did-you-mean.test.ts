/** "Did you mean" for a misspelled field, node type or step name; none for a word that resembles nothing. */
import { expect, test } from '@jest/globals';
import { ValidationError, formatIssue } from '../../src/errors.js';
import { parsePipelineText } from '../../src/pipeline/parse.js';

function issues(text: string): string[] {
  try {
    parsePipelineText(text, 'p.yaml');
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map(formatIssue);
    throw e;
  }
  throw new Error('expected a ValidationError');
}

test('a misspelled field, node type and step name each get the closest known word', () => {
  const got = issues('dag:\n  start_at: strat\n  steps:\n    start:\n      type: stub\n      next: sucess\n    other:\n      type: stbu\n    third:\n      type: task\n      comand: echo hi\n      command: echo hi\n');
  const text = got.join('\n');
  expect(text).toContain("p.yaml:2:13: dag.start_at: 'strat' is not a step of this graph (steps: start, other, third, success, fail); did you mean 'start'?");
  expect(text).toContain("p.yaml:6:13: dag.steps.start.next: 'sucess' is not a step of this graph (steps: start, other, third, success, fail); did you mean 'success'?");
  expect(text).toMatch(/p\.yaml:8:13: dag\.steps\.other\.type: unknown node type 'stbu' .*; did you mean 'stub'\?/);
  expect(text).toMatch(/p\.yaml:11:7: dag\.steps\.third\.comand: unknown field 'comand' for a task node \(expected one of: .*\); did you mean 'command'\?/);
});

test('no suggestion for a name that resembles no step', () => {
  const got = issues('dag:\n  start_at: a\n  steps:\n    a:\n      type: stub\n      next: zzzz\n');
  expect(got).toEqual(["p.yaml:6:13: dag.steps.a.next: 'zzzz' is not a step of this graph (steps: a, success, fail)"]);
});
