/**
 * The configuration loader (runnable semantics §6, §19 l). Which file: `RUNNABLE_CONFIGURATION_FILE` >
 * the file given > `./runnable-config.yaml` in cwd > built-in defaults. `$name` / `${name}` are replaced from
 * `RUNNABLE_VAR_name` before parsing. Top-level keys: `-` and `_` are interchangeable; `executor` is read as
 * `pipeline-executor`; `job-executor` and `pickler` are accepted and ignored; anything else is an error.
 * Each service is `{type, config}` or `{type, ...settings}`, validated strictly per type, defaults filled; its
 * `type` resolves by the registry's one rule (services.ts: `-`/`_` interchangeable, aliases such as `env`).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve as resolvePath } from 'node:path';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { loadYamlText, readSourceFile, sortIssues, type PathSegment, type SourceDocument } from '../pipeline/yaml-source.js';
import { setOwn } from '../pipeline/own.js';
import { didYouMean } from '../pipeline/did-you-mean.js';
import { fromZod, issueAt, show } from '../pipeline/zod-issues.js';
import { defaultConfig, type RunnableConfig, type ServiceConfig } from './model.js';
import { IGNORED_KEYS, NO_EFFECT_KEYS, NO_EFFECT_TOP_KEYS, SERVICE_TYPES, type ServiceNamespace } from './schema.js';
import { canonicalType, serviceSchema, typeNames, unknownTypeMessage } from './services.js';

export interface LoadConfigOptions {
  /** The config file given by the user (`-c`), relative to cwd. */
  file?: string;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Called with each warning (unresolved `$name` placeholders). */
  onWarning?: (message: string) => void;
}

export interface LoadedConfig {
  config: RunnableConfig;
  warnings: string[];
}

/** The default config file looked for in cwd. */
export const DEFAULT_CONFIG_FILE = 'runnable-config.yaml';

const NAMESPACES = Object.keys(SERVICE_TYPES) as ServiceNamespace[];
const FIELD: Record<ServiceNamespace, keyof Omit<RunnableConfig, 'file'>> = {
  'pipeline-executor': 'pipelineExecutor',
  'run-log-store': 'runLogStore',
  catalog: 'catalog',
  secrets: 'secrets',
};

/** Loads the configuration (see the module comment). Throws InputFileError / ValidationError. */
export async function loadConfig(opts: LoadConfigOptions): Promise<RunnableConfig> {
  const { config, warnings } = await loadConfigWithWarnings(opts);
  for (const w of warnings) opts.onWarning?.(w);
  return config;
}

/** loadConfig, also returning the warnings. */
export async function loadConfigWithWarnings(opts: LoadConfigOptions): Promise<LoadedConfig> {
  const envFile = opts.env.RUNNABLE_CONFIGURATION_FILE;
  let file = envFile || opts.file || undefined;
  if (!file && existsSync(resolvePath(opts.cwd, DEFAULT_CONFIG_FILE))) file = DEFAULT_CONFIG_FILE;
  if (!file) return { config: withDefaults(defaultConfig()), warnings: [] };
  const raw = await readSourceFile(file, file, opts.cwd);
  return parseConfigText(raw, file, opts.env);
}


/**
 * Replaces `$name` / `${name}` with `RUNNABLE_VAR_name` (Python `string.Template.safe_substitute`: `$$` is a
 * literal `$`, unknown names stay as they are). Returns the text and the names left unresolved.
 */
export function substituteVariables(text: string, env: Record<string, string | undefined>): { text: string; unresolved: string[] } {
  const unresolved: string[] = [];
  const out = text.replace(/\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\})/gi, (whole, dollar: string | undefined, bare: string | undefined, braced: string | undefined) => {
    if (dollar) return '$';
    const name = (bare ?? braced)!;
    const value = env[`RUNNABLE_VAR_${name}`];
    if (value === undefined) {
      if (!unresolved.includes(name)) unresolved.push(name);
      return whole;
    }
    return value;
  });
  return { text: out, unresolved };
}

/** Parses config YAML text (`file` names it in issues). Variables are substituted from `env` first. */
export function parseConfigText(text: string, file: string, env: Record<string, string | undefined> = {}): LoadedConfig {
  const { text: substituted, unresolved } = substituteVariables(text, env);
  const warnings = unresolved.map((n) => `${file}: '$${n}' is not resolved (set RUNNABLE_VAR_${n}); it is left as it is`);
  const doc = loadYamlText(substituted, file);
  const noEffect: string[] = [];
  const config = configFromDocument(doc, noEffect);
  if (noEffect.length) {
    warnings.push(`${file}: accepted for compatibility with runnable, but without effect here: ${noEffect.join(', ')}`);
  }
  return { config, warnings };
}

export { didYouMean } from '../pipeline/did-you-mean.js';

/** Adds "did you mean" to unknown-field issues that list what is expected. */
function withSuggestions(issues: ValidationIssue[]): ValidationIssue[] {
  return issues.map((i) => {
    const m = /^unknown field '([^']*)'.*\(expected one of: ([^)]*)\)$/.exec(i.message);
    const hint = m ? didYouMean(m[1]!, m[2]!.split(', ')) : undefined;
    return hint ? { ...i, message: `${i.message}; did you mean '${hint}'?` } : i;
  });
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function canonicalKey(key: string): string {
  const k = key.replace(/_/g, '-');
  return k === 'executor' ? 'pipeline-executor' : k;
}

/** Validates a loaded config document; throws ValidationError with every issue. */
export function configFromDocument(doc: SourceDocument, noEffect: string[] = []): RunnableConfig {
  const issues: ValidationIssue[] = [...doc.issues];
  const config = defaultConfig();
  config.file = doc.file;
  const value = doc.value;
  if (value !== undefined && !isPlainObject(value)) {
    issues.push(issueAt(doc, [], 'value', `expected a mapping of services (pipeline-executor, run-log-store, catalog, secrets), got ${show(value)}`));
  } else if (value) {
    const seen = new Map<string, string>();
    for (const [key, raw] of Object.entries(value)) {
      const canon = canonicalKey(key);
      const first = seen.get(canon);
      if (first !== undefined) {
        issues.push(issueAt(doc, [key], 'key', `'${key}' configures ${canon} again ('${first}' already does); keep one`));
        continue;
      }
      seen.set(canon, key);
      if ((IGNORED_KEYS as readonly string[]).includes(canon)) continue;
      if ((NO_EFFECT_TOP_KEYS as readonly string[]).includes(canon)) {
        noEffect.push(at(doc, [key], key));
        continue;
      }
      if (!(NAMESPACES as string[]).includes(canon)) {
        const known = [...NAMESPACES, ...IGNORED_KEYS, ...NO_EFFECT_TOP_KEYS, 'executor'];
        const hint = didYouMean(key, known);
        issues.push(
          issueAt(
            doc,
            [key],
            'key',
            `unknown key '${key}' (expected one of: pipeline-executor, run-log-store, catalog, secrets, job-executor, pickler, experiment-tracker; '-' and '_' are interchangeable)` +
              (hint ? `; did you mean '${hint}'?` : ''),
          ),
        );
        continue;
      }
      const ns = canon as ServiceNamespace;
      const svc = parseService(ns, raw, [key], doc, issues, noEffect);
      if (svc) config[FIELD[ns]] = svc;
    }
  }
  if (issues.length) throw new ValidationError(sortIssues(withSuggestions(issues)), doc.file);
  return withDefaults(config);
}

/** `path.to.key (line L)` for the no-effect warning. */
function at(doc: SourceDocument, path: PathSegment[], shown: string): string {
  const pos = doc.locate(path, 'key');
  return pos ? `${shown} (line ${pos.line})` : shown;
}

function parseService(ns: ServiceNamespace, raw: unknown, path: PathSegment[], doc: SourceDocument, issues: ValidationIssue[], noEffect: string[] = []): ServiceConfig | undefined {
  const known = typeNames(ns);
  if (!isPlainObject(raw)) {
    issues.push(issueAt(doc, path, 'value', `expected a mapping with a 'type' field (one of ${known.join(', ')}), got ${show(raw)}`));
    return undefined;
  }
  const before = issues.length;
  if (raw.type === undefined) {
    issues.push(issueAt(doc, [...path, 'type'], 'key', `missing required field 'type' (one of ${known.join(', ')})`));
    return undefined;
  }
  // The one rule of the registry (services.ts): `-`/`_` interchangeable, aliases resolved.
  const type = canonicalType(ns, raw.type);
  if (!type) {
    issues.push(issueAt(doc, [...path, 'type'], 'value', unknownTypeMessage(ns, raw.type)));
    return undefined;
  }
  let settings: unknown;
  let base: PathSegment[];
  if ('config' in raw) {
    for (const k of Object.keys(raw)) {
      if (k === 'type' || k === 'config') continue;
      issues.push(issueAt(doc, [...path, k], 'key', `unknown field '${k}' next to 'config' (put settings under 'config', or drop 'config' and write them next to 'type')`));
    }
    settings = raw.config ?? {};
    base = [...path, 'config'];
  } else {
    const rest: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(raw)) if (k !== 'type') setOwn(rest, k, v);
    settings = rest;
    base = path;
  }
  const schema = serviceSchema(ns, type);
  if (!isPlainObject(settings)) {
    issues.push(issueAt(doc, base, 'value', `expected a mapping of settings, got ${show(settings)}`));
    return undefined;
  }
  const parsed = schema.safeParse(settings);
  if (!parsed.success) {
    issues.push(...fromZod(parsed.error, settings, { doc, base, schema, label: `${ns} '${type}'` }));
  }
  if (issues.length !== before || !parsed.success) return undefined;
  // Keys accepted for runnable's sake that change nothing here (and, for mocked, keys it ignores by design).
  const quiet = new Set([...(NO_EFFECT_KEYS[ns]?.['*'] ?? []), ...(NO_EFFECT_KEYS[ns]?.[type] ?? [])]);
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  const loose = ns === 'pipeline-executor' && type === 'mocked';
  for (const k of Object.keys(settings)) {
    if (quiet.has(k) || (loose && shape && !(k in shape))) noEffect.push(at(doc, [...base, k], [...base, k].join('.')));
  }
  const data = parsed.data as Record<string, unknown>;
  if (loose && shape) for (const k of Object.keys(data)) if (!(k in shape)) delete data[k];
  const pos = doc.locate(path, 'key');
  const svc: ServiceConfig = { type, config: data };
  if (pos) svc.source = { file: doc.file, line: pos.line, column: pos.column };
  return svc;
}

/** Fills each service's defaults (schemas' defaults, max_workers = CPU count). */
function withDefaults(config: RunnableConfig): RunnableConfig {
  for (const ns of NAMESPACES) {
    const svc = config[FIELD[ns]];
    const type = canonicalType(ns, svc.type);
    const schema = type ? serviceSchema(ns, type) : undefined;
    if (schema && !svc.source) {
      const parsed = schema.safeParse(svc.config);
      if (parsed.success) svc.config = parsed.data as Record<string, unknown>;
    }
    if (ns === 'pipeline-executor' && svc.type === 'local' && svc.config.max_workers === undefined) {
      svc.config = { ...svc.config, max_workers: availableParallelism() };
    }
  }
  return config;
}
