/**
 * The validator against the cases of /work/shared/argo/validator-comparison.tsv (layer 1: strict CRD + CEL),
 * plus the controller-equivalent lint (layer 3), metadata and size checks.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dependsOperands, validateManifest } from '../../src/argo/validate.js';
import { deriveCrdSchema, renderCrdModule } from '../../src/argo/crd-derive.js';

const CRD = '/work/shared/argo/argoproj.io_workflows.full.yaml';
type Obj = Record<string, any>;

function baseline(): Obj {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: { generateName: 'wf-' },
    spec: {
      entrypoint: 'main',
      templates: [
        { name: 'main', dag: { tasks: [{ name: 'a', template: 'echo' }, { name: 'b', template: 'echo', depends: 'a.Succeeded' }] } },
        { name: 'echo', container: { image: 'alpine:3', command: ['echo', 'hi'] }, retryStrategy: { limit: '1' } },
      ],
    },
  };
}

const variants: [string, (w: Obj) => void, RegExp | null][] = [
  ['baseline', () => {}, null],
  ['retry limit as integer 3', (w) => (w.spec.templates[1].retryStrategy.limit = 3), null],
  ['typo field dependancies', (w) => (w.spec.templates[0].dag.tasks[1].dependancies = ['a']), /unknown field "dependancies"/],
  ['parallelism as string', (w) => (w.spec.parallelism = '2'), /parallelism: must be integer/],
  ['task missing name', (w) => delete w.spec.templates[0].dag.tasks[0].name, /required property 'name'/],
  ['container missing image (controller rule)', (w) => delete w.spec.templates[1].container.image, /image: must not be empty/],
  ['template name with underscore', (w) => (w.spec.templates[1].name = 'e_cho'), /must match pattern/],
  ['depends + continueOn', (w) => (w.spec.templates[0].dag.tasks[1].continueOn = { failed: true }), /cannot use 'continueOn' when using 'depends'/],
  ['depends + dependencies', (w) => (w.spec.templates[0].dag.tasks[1].dependencies = ['a']), /cannot use both 'depends' and 'dependencies'/],
  ['task name starts with digit (lint)', (w) => { w.spec.templates[0].dag.tasks[1].name = '1b'; }, /starting with a letter|cannot begin with a digit/],
  ['template with container and dag', (w) => (w.spec.templates[1].dag = { tasks: [{ name: 'x', template: 'echo' }] }), /at most one template type/],
  ['timeout on dag template', (w) => (w.spec.templates[0].timeout = '10s'), /timeout cannot be applied/],
  ['activeDeadlineSeconds on dag template', (w) => (w.spec.templates[0].activeDeadlineSeconds = 10), /only valid for leaf templates/],
  ['template activeDeadlineSeconds int', (w) => (w.spec.templates[1].activeDeadlineSeconds = 10), null],
  ['podGC bogus strategy', (w) => (w.spec.podGC = { strategy: 'Sometimes' }), /podGC\/strategy: must be equal to one of the allowed values/],
  ['retryPolicy bogus', (w) => (w.spec.templates[1].retryStrategy.retryPolicy = 'Maybe'), /retryPolicy: must be equal to one of the allowed values/],
  ['cpu limit as number', (w) => (w.spec.templates[1].container.resources = { limits: { cpu: 1 } }), null],
  ['cpu limit bad string', (w) => (w.spec.templates[1].container.resources = { limits: { cpu: 'lots' } }), /cpu/],
  ['201 dag tasks', (w) => (w.spec.templates[0].dag.tasks = Array.from({ length: 201 }, (_, i) => ({ name: `t${i}`, template: 'echo' }))), /more than 200 items/],
  ['201 templates', (w) => { for (let i = 0; i < 200; i++) w.spec.templates.push({ name: `x${i}`, container: { image: 'a' } }); }, /more than 200 items/],
  ['empty dag tasks', (w) => (w.spec.templates[0].dag.tasks = []), /fewer than 1 items/],
  ['missing entrypoint (lint)', (w) => delete w.spec.entrypoint, /entrypoint/],
  ['missing templates (lint)', (w) => delete w.spec.templates, /no templates/],
  ['backOff spelling', (w) => (w.spec.templates[1].retryStrategy.backOff = { duration: '1' }), /unknown field "backOff"/],
  ['depends on a missing task', (w) => (w.spec.templates[0].dag.tasks[1].depends = 'zz.Succeeded'), /task 'zz' does not exist/],
  ['dependency cycle', (w) => (w.spec.templates[0].dag.tasks[0].depends = 'b.Succeeded'), /cycle/],
  ['missing template', (w) => (w.spec.templates[0].dag.tasks[1].template = 'nope'), /template 'nope' does not exist/],
  ['upper-case template name', (w) => { w.spec.templates[1].name = 'Echo'; w.spec.templates[0].dag.tasks.forEach((t: Obj) => (t.template = 'Echo')); }, /lowercase/],
  ['tasks reference to a non-ancestor', (w) => (w.spec.templates[0].dag.tasks[0].arguments = { parameters: [{ name: 'p', value: '{{tasks.b.outputs.result}}' }] }), /not an ancestor/],
  ['missing input parameter', (w) => (w.spec.templates[1].inputs = { parameters: [{ name: 'msg' }] }), /'msg' of template 'echo' is not supplied/],
  ['duplicate env names (list-type map)', (w) => (w.spec.templates[1].container.env = [{ name: 'A', value: '1' }, { name: 'A', value: '2' }]), /duplicate entry/],
  ['generateName too long', (w) => (w.metadata.generateName = 'x'.repeat(59)), /longer than 58/],
  ['label value too long', (w) => (w.metadata.labels = { a: 'x'.repeat(64) }), /invalid value/],
  ['oversize', (w) => (w.spec.templates[1].container.args = ['x'.repeat(1_100_000)]), /bytes of JSON/],
];

describe('validateManifest', () => {
  test.each(variants)('%s', (_name, mutate, expected) => {
    const w = baseline();
    mutate(w);
    const problems = validateManifest(w);
    if (expected === null) expect(problems).toEqual([]);
    else expect(problems.join('\n')).toMatch(expected);
  });

  test('CronWorkflow is validated through its workflowSpec', () => {
    const w = baseline();
    const cron = { apiVersion: w.apiVersion, kind: 'CronWorkflow', metadata: { name: 'nightly' }, spec: { schedules: ['0 0 * * *'], workflowSpec: w.spec } };
    expect(validateManifest(cron)).toEqual([]);
    cron.spec.workflowSpec.templates[1].container.bogus = 1;
    expect(validateManifest(cron).join('\n')).toMatch(/\/spec\/workflowSpec\/templates\/1\/container: unknown field "bogus"/);
  });

  test('depends expressions are parsed', () => {
    expect(dependsOperands('(a.Succeeded || b.Failed) && !c')).toEqual({ names: ['a', 'b', 'c'] });
    expect(dependsOperands('a.Sucseeded').error).toMatch(/unknown task result/);
    expect(dependsOperands('a.Succeeded ||').error).toBeTruthy();
  });
});

describe('committed CRD data', () => {
  test('src/argo/crd-schema.generated.ts is in sync with the shared CRD (regenerate: node test/argo/generate-crd-schema.mjs)', () => {
    const text = readFileSync(CRD, 'utf8');
    const sha = createHash('sha256').update(text).digest('hex');
    expect(sha.startsWith('35ffc0d1')).toBe(true);
    const expected = renderCrdModule(deriveCrdSchema(text), sha);
    expect(readFileSync(new URL('../../src/argo/crd-schema.generated.ts', import.meta.url), 'utf8')).toBe(expected);
  });

  test('every CEL rule of the oracle file is enforced somewhere', () => {
    const oracle = JSON.parse(readFileSync('/work/shared/argo/workflow-crd-cel-rules-and-limits.json', 'utf8')) as { celRules: { rule: string }[] };
    const data = deriveCrdSchema(readFileSync(CRD, 'utf8'));
    const rules = new Set(data.cel.flatMap((c) => c.rules.map((r) => r.rule)));
    for (const r of oracle.celRules) expect(rules.has(r.rule)).toBe(true);
    expect(data.cel.reduce((a, c) => a + c.rules.length, 0)).toBeGreaterThanOrEqual(32);
  });
});
