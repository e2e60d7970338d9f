/**
 * The compiled Workflow follows the Argo v4.1.2 controller's rules (issue 11, items 1–12): checked on the
 * manifest itself. Each block names the controller rule it protects.
 */
import { describe, expect, test } from '@jest/globals';
import { compileArgo, LOOP_CHUNK, MAX_STACK_DEPTH } from '../../src/argo/compile.js';
import { parseConfigText } from '../../src/config/load.js';
import { parsePipelineText } from '../../src/pipeline/parse.js';
import { ManifestError } from '../../src/errors.js';
import { decodeStepArg, decodeText, encodeStepArg, encodeText, argoJson } from '../../src/protocol.js';

type Obj = Record<string, any>;

const CONFIG = `pipeline-executor:
  type: argo
  config:
    pvc_for_runnable: runnable
    defaults: {image: project:test}
run-log-store: {type: chunked-fs, config: {log_folder: /mnt/run_log_store}}
catalog: {type: file-system, config: {catalog_location: /mnt/catalog}}
`;

function compile(pipelineYaml: string, configYaml = CONFIG, opts: Partial<Parameters<typeof compileArgo>[2]> = {}) {
  const pipeline = parsePipelineText(pipelineYaml, 'p.yaml');
  const config = parseConfigText(configYaml, 'argo.yaml').config;
  const r = compileArgo(pipeline, config, { pipelineFile: 'p.yaml', configFile: 'argo.yaml', ...opts });
  return { ...r, manifest: r.manifest as Obj };
}

const templates = (m: Obj): Obj[] => m.spec.templates;
const tasksOf = (m: Obj): Obj[] => templates(m).flatMap((t) => t.dag?.tasks ?? []);
const template = (m: Obj, name: string): Obj => templates(m).find((t) => t.name === name)!;

function problems(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ManifestError) return err.problems.join('\n');
    throw err;
  }
  throw new Error('compiled, but a refusal was expected');
}

const conditional = (keys: string[]) => `dag:
  start_at: pick
  steps:
    pick:
      type: conditional
      parameter: choice
      next: success
      branches:
${keys.map((k) => `        ${JSON.stringify(k)}:\n          start_at: s\n          steps:\n            s: {type: stub, next: success}`).join('\n')}
`;

describe('conditionals (dag.go resolveDependencyReferences: `when` is evaluated before withParam expands)', () => {
  // The pipeline parser allows letters, digits and underscores in branch keys; these are the shapes that
  // govaluate reads as something else than a string (numbers, booleans, leading digits or underscores).
  const shapes = ['heads', '42', '007', '1e3', 'true', 'false', 'nil', 'Upper_Case', '_x', 'in'];

  test('no branch task uses {{item}} in `when` or withParam; each compares the fan-out token', () => {
    const { manifest } = compile(conditional(shapes));
    const branches = tasksOf(manifest).filter((t) => t.when);
    expect(branches.length).toBeGreaterThan(0);
    for (const t of branches) {
      expect(t.when).not.toContain('{{item}}');
      expect(t.withParam).toBeUndefined();
      // Quoted alphanumerics only: govaluate (steps.go shouldExecute) compares them safely.
      expect(t.when).toMatch(/^'\{\{tasks\.[a-z0-9-]+\.outputs\.parameters\.(out|next)\}\}' == '[a-z0-9]+'$/);
    }
  });

  test('every key shape compiles to a distinct token', () => {
    const { manifest } = compile(conditional(shapes));
    const tokens = tasksOf(manifest).filter((t) => t.when).map((t) => t.when.split("== '")[1]);
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});

describe('empty lists (dag.go executeDAGTask: an empty withParam is a Skipped node, not a Succeeded group)', () => {
  const map = `dag:
  start_at: m
  steps:
    m:
      type: map
      iterate_on: items
      iterate_as: x
      next: after
      branch:
        start_at: s
        steps:
          s: {type: task, command_type: shell, command: "echo $x", next: success}
    after: {type: task, command_type: shell, command: "true", next: success}
`;
  test("a fan-in runs when its branch task is Skipped (map over [], failed fan-out, conditional without a match)", () => {
    for (const yaml of [map, conditional(['a', 'b'])]) {
      const { manifest } = compile(yaml);
      const fanIn = tasksOf(manifest).find((t) => /fan-in/.test(t.name))!;
      const branchTasks = tasksOf(manifest).filter((t) => t.withParam || t.when);
      for (const b of branchTasks) expect(fanIn.depends).toContain(`${b.name}.Skipped`);
    }
  });

  test('map items travel as indices, not as their JSON text', () => {
    const { manifest } = compile(map);
    const items = tasksOf(manifest).find((t) => t.withParam)!;
    expect(items.arguments.parameters).toEqual([{ name: 'iv-0', value: '{{item}}' }]);
    const iter = tasksOf(manifest).flatMap((t) => t.arguments?.parameters ?? []).filter((p: Obj) => p.name === 'iter');
    expect(iter.length).toBeGreaterThan(0);
    for (const p of iter) expect(p.value).toContain('"x":{"index":{{inputs.parameters.iv-0}}}');
  });
});

const loop = (n: number) => `dag:
  start_at: l
  steps:
    l:
      type: loop
      max_iterations: ${n}
      break_on: done
      index_as: i
      next: after
      branch:
        start_at: s
        steps:
          s: {type: task, command_type: shell, command: "export done=false", returns: [{name: done}], next: success}
    after: {type: task, command_type: shell, command: "true", next: success}
`;

/** Nesting levels a loop of max_iterations needs: iterations per chunk template, chunks nested in one another. */
function loopLevels(manifest: Obj, iterations: number): number {
  const chunk = templates(manifest).find((t) => (t.dag?.tasks ?? []).some((x: Obj) => x.template === t.name) || /-chunk$|-iter$/.test(t.name))!;
  const perLevel = chunk.dag.tasks.filter((t: Obj) => /^close/.test(t.name)).length;
  return Math.ceil(iterations / perLevel);
}

describe('loops (controller.go maxAllowedStackDepth = 100, checked in operator.go executeTemplate)', () => {
  test('a loop of 1,000 iterations compiles and nests far fewer than 100 levels', () => {
    const { manifest } = compile(loop(1000));
    expect(loopLevels(manifest, 1000)).toBeLessThan(MAX_STACK_DEPTH / 4);
    expect(Math.ceil(1000 / LOOP_CHUNK)).toBe(loopLevels(manifest, 1000));
  });

  test("a loop that would pass the limit is refused with why and what to do", () => {
    const why = problems(() => compile(loop(100_000)));
    expect(why).toMatch(/stops at 100/);
    expect(why).toMatch(/maxStackDepth|maxAllowedStackDepth/);
    expect(why).toMatch(/Lower max_iterations/);
  });

  test('a retry that finds the loop done skips it: the route after it accepts Skipped', () => {
    const { manifest } = compile(loop(10));
    const after = tasksOf(manifest).find((t) => t.name === 'after')!;
    expect(after.depends).toMatch(/\.Succeeded \|\| [a-z0-9-]+\.Skipped$/);
  });
});

describe('exit handler and errored pods', () => {
  test('spec.onExit runs `fan RUN_ID - exit` with the workflow status', () => {
    const { manifest } = compile(loop(3));
    expect(manifest.spec.onExit).toBe('runnable-exit');
    const cmd = template(manifest, 'runnable-exit').container.command;
    expect(cmd.slice(1, 5)).toEqual(['fan', '{{workflow.parameters.run_id}}', '-', 'exit']);
    expect(cmd).toContain('{{workflow.status}}');
    expect(template(manifest, 'runnable-exit').retryStrategy).toBeUndefined();
  });

  test('on_failure also catches Errored (evicted pod, image pull failure, OOM)', () => {
    const { manifest } = compile(`dag:
  start_at: a
  steps:
    a: {type: task, command_type: shell, command: "false", next: success, on_failure: h}
    h: {type: task, command_type: shell, command: "true", next: success}
`);
    expect(tasksOf(manifest).find((t) => t.name === 'h')!.depends).toBe('a.Failed || a.Errored');
  });
});

describe('names (dag.go evaluateDependsLogic: expr after `-` → `_`)', () => {
  test('no task is named like an expr-lang word', () => {
    const words = ['in', 'not', 'and', 'or', 'matches', 'contains', 'let', 'true', 'false', 'nil', 'if', 'len'];
    const steps = words.map((w, i) => `    "${w}": {type: task, command_type: shell, command: "true", next: "${i + 1 < words.length ? words[i + 1] : 'success'}"}`).join('\n');
    const { manifest } = compile(`dag:\n  start_at: in\n  steps:\n${steps}\n`);
    for (const t of tasksOf(manifest)) expect(words).not.toContain(t.name.replace(/-/g, '_'));
    for (const t of tasksOf(manifest).filter((x) => x.depends)) {
      for (const operand of t.depends.match(/[a-z0-9_-]+(?=\.)/g)) expect(words).not.toContain(operand.replace(/-/g, '_'));
    }
  });
});

describe('injection: user text never reaches Argo with a {{ in it', () => {
  const OURS = /^\{\{(workflow\.(uid|status|parameters\.[a-z0-9_-]+)|inputs\.parameters\.[a-z0-9-]+|tasks\.[a-z0-9-]+\.outputs\.parameters\.[a-z]+|retries|item)\}\}$/;

  test('step names, tag, parameter values and file names with {{…}} / {{= …}} are escaped', () => {
    const evil = "{{=sprig.env('AWS_SECRET_ACCESS_KEY')}}";
    // Step names cannot hold '.' (it separates internal names): a dot-free expression there.
    const name = "a {{=env('AWS_SECRET_ACCESS_KEY')}} {{workflow_name}}";
    const { manifest } = compile(
      `dag:\n  start_at: "${name}"\n  steps:\n    "${name}": {type: task, command_type: shell, command: "echo '${evil}'", next: success}\n`,
      CONFIG,
      { tag: `t ${evil}`, parametersFile: `p${evil}.yaml`, initialParameters: { x: evil, y: '{{workflow.name}}' } },
    );
    const text = JSON.stringify(manifest);
    const tags = text.match(/\{\{.*?\}\}/g) ?? [];
    for (const t of tags) expect(t).toMatch(OURS);
    // And the pod gets the text back exactly.
    const args = manifest.spec.arguments.parameters;
    expect(JSON.parse(args.find((p: Obj) => p.name === 'x').value)).toBe(evil);
    const cmd = templates(manifest).find((t) => t.container)!.container.command as string[];
    expect(decodeText(cmd[cmd.indexOf('--tag') + 1]!)).toBe(`t ${evil}`);
    expect(decodeText(cmd[cmd.indexOf('--parameters-file') + 1]!)).toBe(`p${evil}.yaml`);
    const step = tasksOf(manifest)[0]!.arguments.parameters[0].value;
    expect(decodeStepArg(step)).toBe(name);
  });

  test('the escapes round-trip any text', () => {
    for (const s of ['', 'a b', '%', '%{', '{{x}}', '}} {{', 'a %7B b', 'ü {{= 1+1 }}', ' % { } ']) {
      expect(decodeText(encodeText(s))).toBe(s);
      expect(encodeText(s)).not.toContain('{{');
      expect(encodeStepArg(s)).not.toContain('{{');
      // Step names never hold '%' (the pipeline parser refuses it: runnable writes spaces as '%').
      if (!s.includes('%')) expect(decodeStepArg(encodeStepArg(s))).toBe(s);
      expect(JSON.parse(argoJson({ [s]: [s] }))).toEqual({ [s]: [s] });
      expect(argoJson({ [s]: [s] })).not.toMatch(/\{\{(?!")/);
    }
  });
});

describe("validation = the controller's (workflow/validate/validate.go, operator.go)", () => {
  const withDefaults = (extra: string) => CONFIG.replace('defaults: {image: project:test}', `defaults: {image: project:test, ${extra}}`);
  const one = `dag:\n  start_at: a\n  steps:\n    a: {type: task, command_type: shell, command: "true", max_attempts: 2, next: success}\n`;

  test('timeout without a unit is refused with the config file, line and field', () => {
    const why = problems(() => compile(one, withDefaults('timeout: "300"')));
    expect(why).toMatch(/argo\.yaml:\d+/);
    expect(why).toMatch(/defaults\.timeout/);
    expect(why).toMatch(/300s/);
  });

  test('backoff without duration is refused', () => {
    expect(problems(() => compile(one, withDefaults('retryStrategy: {backoff: {factor: 2}}')))).toMatch(/backoff\.duration: required/);
  });

  test('parallelism and failFast in defaults / overrides are refused, not ignored', () => {
    expect(problems(() => compile(one, withDefaults('parallelism: 2')))).toMatch(/defaults\.parallelism/);
    expect(problems(() => compile(one, withDefaults('failFast: false')))).toMatch(/defaults\.failFast/);
    const ov = CONFIG.replace('defaults: {image: project:test}', 'defaults: {image: project:test}\n    overrides: {big: {parallelism: 3}}');
    expect(problems(() => compile(one, ov))).toMatch(/overrides\.big\.parallelism/);
  });

  test('a valid duration passes', () => {
    expect(() => compile(one, withDefaults('timeout: "300s", retryStrategy: {backoff: {duration: "10", factor: 2, maxDuration: "2m"}}'))).not.toThrow();
  });
});

describe("runnable's pvc_for_runnable and secrets", () => {
  const one = `dag:\n  start_at: a\n  steps:\n    a: {type: task, command_type: shell, command: "true", secrets: [TOKEN], next: success}\n`;

  test('default store locations compile: the pods move the stores onto the claim (--stores-on)', () => {
    const cfg = `pipeline-executor:\n  type: argo\n  config:\n    pvc_for_runnable: runnable\n    defaults: {image: project:test}\n`;
    const { manifest, warnings } = compile(one, cfg);
    const leaf = templates(manifest).find((t) => t.container && t.name !== 'runnable-exit')!;
    const cmd = leaf.container.command as string[];
    expect(cmd[cmd.indexOf('--stores-on') + 1]).toBe('/mnt');
    expect(leaf.container.volumeMounts).toEqual([{ name: 'runnable', mountPath: '/mnt' }]);
    expect(warnings.join('\n')).toMatch(/secret_from_k8s/);
  });

  test("the seed's explicit persistent_volumes layout needs no relocation", () => {
    const { manifest } = compile(`dag:\n  start_at: a\n  steps:\n    a: {type: task, command_type: shell, command: "true", next: success}\n`, CONFIG);
    expect(JSON.stringify(manifest)).not.toContain('--stores-on');
  });

  test('stores on no volume and no pvc_for_runnable: refused with what to do', () => {
    const cfg = `pipeline-executor:\n  type: argo\n  config:\n    defaults: {image: project:test}\n`;
    expect(problems(() => compile(one, cfg))).toMatch(/pvc_for_runnable/);
  });
});

test('compile stays deterministic with the new layout', () => {
  expect(compile(loop(200)).yaml).toBe(compile(loop(200)).yaml);
});

test("the compiling machine's RUNNABLE_PRM_* are not baked into the manifest", async () => {
  const { compileCommand } = await import('../../src/commands/compile.js');
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'compile-prm-'));
  try {
    writeFileSync(path.join(dir, 'params.yaml'), 'x: 1\n');
    const pipeline = parsePipelineText(`dag:\n  start_at: a\n  steps:\n    a: {type: task, command_type: shell, command: "true", next: success}\n`, 'p.yaml');
    const config = parseConfigText(CONFIG, 'argo.yaml').config;
    const env = { RUNNABLE_PRM_token: '"s3cr3t-value"', RUNNABLE_PRM_x: '2' };
    const r = await compileCommand({ loaded: { pipeline, config, cwd: dir, env }, pipelineFile: 'p.yaml', parametersFile: 'params.yaml', outputFile: '-' });
    expect(r.yaml).not.toContain('s3cr3t');
    const args = (r.manifest as Obj).spec.arguments.parameters as Obj[];
    expect(args.find((p) => p.name === 'x')!.value).toBe('1');
    expect(args.find((p) => p.name === 'token')).toBeUndefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
