/**
 * Property tests: whatever the input, the readers either succeed or throw ValidationError / InputFileError,
 * never a TypeError or a RangeError. Valid random graphs round-trip through toYaml.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { InputFileError, ValidationError } from '../../src/errors.js';
import { loadConfig, parseConfigText } from '../../src/config/load.js';
import { parseParametersText } from '../../src/parameters/load.js';
import { dagHash } from '../../src/pipeline/dag-hash.js';
import { parsePipelineText } from '../../src/pipeline/parse.js';
import { toYaml } from '../../src/pipeline/serialise.js';
import { stripSources } from './strip.js';

function onlyUserErrors(f: () => unknown): boolean {
  try {
    f();
    return true;
  } catch (e) {
    if (e instanceof ValidationError || e instanceof InputFileError) {
      // every issue is well-formed
      if (e instanceof ValidationError) {
        for (const i of e.issues) {
          if (typeof i.message !== 'string' || i.message.length === 0 || typeof i.path !== 'string') return false;
        }
      }
      return true;
    }
    throw e;
  }
}

const VALID = `dag:
  start_at: a
  steps:
    a: {type: task, command_type: shell, command: echo hi, returns: [{name: x}], next: b}
    b:
      type: map
      iterate_on: xs
      iterate_as: x
      branch: {start_at: c, steps: {c: {type: stub, next: success}}}
      next: success
`;

const yamlish = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...'dag:start_at steps\n -[]{}&*!|>\'"#%@`,?\t0'.split('')), maxLength: 300 }),
  fc.anything().map((v) => stringify(v ?? null)),
  fc.anything().map((v) => stringify({ dag: v })),
  fc
    .tuple(fc.nat({ max: VALID.length }), fc.nat({ max: 20 }), fc.string({ maxLength: 10 }))
    .map(([at, del, ins]) => VALID.slice(0, at) + ins + VALID.slice(at + del)),
);

describe('random YAML text', () => {
  test('parsePipelineText only throws ValidationError', () => {
    fc.assert(fc.property(yamlish, (text) => onlyUserErrors(() => parsePipelineText(text, 'p.yaml'))), { numRuns: 1500 });
  });

  test('parseConfigText and parseParametersText only throw ValidationError', () => {
    const configish = fc.oneof(
      yamlish,
      fc.anything().map((v) => stringify({ 'pipeline-executor': v })),
      fc
        .record({
          ns: fc.constantFrom('pipeline-executor', 'run_log_store', 'catalog', 'secrets', 'executor', 'pickler', 'x'),
          type: fc.constantFrom('local', 'mocked', 'argo', 'buffered', 'file-system', 'chunked-fs', 'do-nothing', 'github-artifacts', 'env', 'dotenv', 'nope'),
          settings: fc.dictionary(fc.constantFrom('config', 'patches', 'log_folder', 'enable_parallel', 'max_workers', 'compression_level', 'location', 'image'), fc.anything()),
        })
        .map(({ ns, type, settings }) => stringify({ [ns]: { type, ...settings } })),
    );
    fc.assert(
      fc.property(configish, fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 })), (text, vars) => {
        const env = Object.fromEntries(Object.entries(vars).map(([k, v]) => [`RUNNABLE_VAR_${k}`, v]));
        return onlyUserErrors(() => parseConfigText(text, 'c.yaml', env)) && onlyUserErrors(() => parseParametersText(text, 'p.yaml'));
      }),
      { numRuns: 1000 },
    );
  });

  describe('loadConfig on files', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'ra-prop-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });
    test('only rejects with ValidationError / InputFileError', async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(yamlish, fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b))), async (content) => {
          await writeFile(join(dir, 'c.yaml'), content);
          try {
            await loadConfig({ file: 'c.yaml', cwd: dir, env: {} });
          } catch (e) {
            if (!(e instanceof ValidationError || e instanceof InputFileError)) throw e;
          }
        }),
        { numRuns: 200 },
      );
    });
  });
});

// ---------------------------------------------------------------- random graphs

const NAMES = ['a', 'b', 'c', 'step 1', 'success', 'fail', 'x.y', 'nope'];
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const returnsArb = fc.array(
  fc.oneof(
    fc.record({ name: pick(['x', 'y', 'x']), kind: maybe(pick(['json', 'metric', 'object', 'pickle'])) }, { requiredKeys: ['name'] }),
    fc.constant('bare'),
  ),
  { maxLength: 3 },
);

const graphArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  graph: fc.record(
    {
      start_at: pick(NAMES),
      description: maybe(fc.string({ maxLength: 5 })),
      steps: fc.dictionary(pick(NAMES), tie('node'), { maxKeys: 4 }),
    },
    { requiredKeys: ['start_at', 'steps'] },
  ),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      {
        type: fc.constant('task'),
        command_type: maybe(pick(['python', 'shell', 'notebook', 'node', 'async-python', 'bash'])),
        command: pick(['m.f', 'echo hi', 'nb.ipynb', '', 3]),
        returns: maybe(returnsArb),
        secrets: maybe(fc.array(pick(['S', '', 1]), { maxLength: 2 })),
        catalog: maybe(fc.record({ get: maybe(fc.array(fc.constant('*.csv'))), put: maybe(fc.constant(['out'])), store_copy: maybe(fc.boolean()) }, { requiredKeys: [] })),
        max_attempts: maybe(pick([1, 2, 0, 1.5, 'x'])),
        timeout_seconds: maybe(pick([1, 0.5, 0, -1])),
        next: maybe(pick(NAMES)),
        on_failure: maybe(pick(NAMES)),
        overrides: maybe(pick([{ argo: 'gpu' }, { argo: 1 }])),
      },
      { requiredKeys: ['type'] },
    ),
    fc.record({ type: fc.constant('stub'), next: maybe(pick(NAMES)), extra: maybe(fc.anything()) }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constant('parallel'), next: pick(NAMES), branches: fc.dictionary(pick(['b1', 'b2', 'b.3']), tie('graph'), { maxKeys: 2 }) }),
    fc.record({ type: fc.constant('map'), next: pick(NAMES), iterate_on: pick(['xs', '']), iterate_as: pick(['x', 'y', '1x']), branch: tie('graph') }),
    fc.record(
      { type: fc.constant('conditional'), next: pick(NAMES), parameter: pick(['p', 'p-q']), branches: fc.dictionary(pick(['h', 't', 'default', 'a b']), tie('graph'), { maxKeys: 2 }), default: maybe(tie('graph')) },
      { requiredKeys: ['type', 'next', 'parameter', 'branches'] },
    ),
    fc.record({ type: fc.constant('loop'), next: pick(NAMES), max_iterations: pick([1, 3, 0]), break_on: pick(['done']), index_as: pick(['i', 'x']), branch: tie('graph') }),
    fc.record({ type: pick(['success', 'fail', 'taks', 7]) }),
    fc.anything(),
  ),
})).graph;

/** Graphs that are valid by construction (names unique, next chained), to exercise the round trip. */
const validGraphArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  graph: fc.tuple(fc.array(tie('node'), { minLength: 1, maxLength: 3 }), maybe(fc.string({ maxLength: 8 }))).map(([nodes, description]) => {
    const steps: Record<string, unknown> = {};
    (nodes as Record<string, unknown>[]).forEach((n, i) => {
      steps[`s ${i}`] = { ...n, next: i === nodes.length - 1 ? 'success' : `s ${i + 1}` };
    });
    return description === undefined ? { start_at: 's 0', steps } : { description, start_at: 's 0', steps };
  }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record(
      {
        type: fc.constant('task'),
        command_type: pick(['python', 'shell', 'node', 'async-python']),
        command: pick(['m.f', 'echo "multi\nline"\necho 2\n', ' leading space', 'true', '#not a comment']),
        returns: maybe(fc.uniqueArray(fc.record({ name: pick(['x', 'y', 'z']), kind: pick(['json', 'metric']) }), { selector: (r) => r.name, maxLength: 3 })),
        secrets: maybe(fc.array(pick(['A', 'B']), { maxLength: 2 })),
        catalog: maybe(fc.record({ get: fc.array(fc.constant('*.csv'), { maxLength: 2 }), store_copy: fc.boolean() }, { requiredKeys: [] })),
        max_attempts: maybe(fc.integer({ min: 1, max: 5 })),
        timeout_seconds: maybe(pick([1, 0.5, 30])),
        overrides: maybe(fc.constant({ argo: 'gpu' })),
      },
      { requiredKeys: ['type', 'command_type', 'command'] },
    ),
    fc.record({ type: fc.constant('task'), command_type: fc.constant('notebook'), command: fc.constant('notebooks/a b.ipynb'), optional_ploomber_args: maybe(fc.constant({ k: [1] })) }, { requiredKeys: ['type', 'command_type', 'command'] }),
    fc.record({ type: fc.constant('stub'), on_failure: maybe(fc.constant('fail')), extra: maybe(fc.jsonValue()) }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constant('parallel'), branches: fc.dictionary(pick(['b1', 'b2', 'b 3']), tie('graph'), { minKeys: 1, maxKeys: 2 }) }),
    fc.record({ type: fc.constant('map'), iterate_on: fc.constant('xs'), iterate_as: fc.constant('item'), reducer: maybe(fc.constant('lambda *x: x')), branch: tie('graph') }),
    fc.record(
      { type: fc.constant('conditional'), parameter: fc.constant('p'), branches: fc.dictionary(pick(['h', 't', '1']), tie('graph'), { minKeys: 1, maxKeys: 2 }), default: maybe(tie('graph')) },
      { requiredKeys: ['type', 'parameter', 'branches'] },
    ),
    fc.record({ type: fc.constant('loop'), max_iterations: fc.integer({ min: 1, max: 4 }), break_on: fc.constant('done'), index_as: fc.constant('i'), branch: tie('graph') }),
  ),
})).graph;

describe('random graphs', () => {
  test('valid-by-construction graphs parse and round-trip', () => {
    fc.assert(
      fc.property(validGraphArb, (dag) => {
        // nested maps/loops reuse iterate_as/index_as, which is an error; everything else must parse
        const text = stringify({ dag }, { aliasDuplicateObjects: false });
        let p;
        try {
          p = parsePipelineText(text, 'v.yaml');
        } catch (e) {
          if (e instanceof ValidationError && e.issues.every((i) => i.message.includes('is already the iteration variable'))) return true;
          throw e;
        }
        const back = parsePipelineText(toYaml(p), 'back.yaml');
        expect(stripSources(back)).toEqual(stripSources(p));
        expect(dagHash(back)).toBe(dagHash(p));
        expect(toYaml(back)).toBe(toYaml(p));
        return true;
      }),
      { numRuns: 500 },
    );
  });

  test('parse or ValidationError; valid ones round-trip through toYaml with a stable hash', () => {
    let valid = 0;
    fc.assert(
      fc.property(graphArb, (dag) => {
        const text = stringify({ dag }, { aliasDuplicateObjects: false });
        let ok = false;
        const fine = onlyUserErrors(() => {
          const p = parsePipelineText(text, 'g.yaml');
          ok = true;
          const back = parsePipelineText(toYaml(p), 'back.yaml');
          expect(stripSources(back)).toEqual(stripSources(p));
          expect(dagHash(back)).toBe(dagHash(p));
        });
        if (ok) valid++;
        return fine;
      }),
      { numRuns: 1500 },
    );
    expect(valid).toBeGreaterThanOrEqual(0);
  });
});
