/**
 * The one registry of service types: which type names a namespace has (SERVICE_TYPES, the schemas), how a
 * written name resolves (`-`/`_` interchangeable, aliases), the one message for a type that is unknown or
 * not supported here, and how a service is built from its config. The loader, the editor JSON Schema and
 * the factories of runlog/, catalog/ and secrets/ all go through here, so they cannot disagree:
 * each factory table is typed `ServiceFactories<ns, …>`, so the compiler refuses a type without a factory
 * or a factory without a type, and each factory receives options parsed (defaults filled) by the type's
 * schema.
 */
import type * as z from 'zod/mini';
import { ValidationError } from '../errors.js';
import { fromZod, show } from '../pipeline/zod-issues.js';
import type { SourceDocument } from '../pipeline/yaml-source.js';
import type { ServiceConfig } from './model.js';
import { SERVICE_TYPES, TYPE_ALIASES, UPSTREAM_ONLY_TYPES, type ServiceNamespace } from './schema.js';

export type { ServiceNamespace } from './schema.js';
/** The canonical type names of a namespace. */
export type ServiceType<NS extends ServiceNamespace> = keyof (typeof SERVICE_TYPES)[NS] & string;
/** The options a type's factory receives: its schema's output (defaults filled). */
export type ServiceOptions<NS extends ServiceNamespace, T extends ServiceType<NS>> = z.output<(typeof SERVICE_TYPES)[NS][T] & z.ZodMiniType>;
/** One factory per canonical type of a namespace, each taking that type's parsed options. */
export type ServiceFactories<NS extends ServiceNamespace, Ctx, R> = { readonly [T in ServiceType<NS>]: (options: ServiceOptions<NS, T>, ctx: Ctx) => R };

const spelling = (type: string): string => type.replace(/_/g, '-');

/** The canonical type names of a namespace, in table order. */
export function serviceTypes<NS extends ServiceNamespace>(ns: NS): ServiceType<NS>[] {
  return Object.keys(SERVICE_TYPES[ns]) as ServiceType<NS>[];
}

/** The names of a type as messages list them: the canonical name, then its aliases. */
function namesOf(ns: ServiceNamespace, type: string): string[] {
  return [type, ...Object.entries(TYPE_ALIASES[ns] ?? {}).flatMap(([alias, to]) => (to === type ? [alias] : []))];
}

/** Every type name of a namespace as messages list them (canonical names, each followed by its aliases). */
export function typeNames(ns: ServiceNamespace): string[] {
  return serviceTypes(ns).flatMap((t) => namesOf(ns, t));
}

/** Every spelling that resolves to `type` (its names, each also with `_` for `-`): the editor schema's enum. */
export function typeSpellings(ns: ServiceNamespace, type: string): string[] {
  return [...new Set(namesOf(ns, type).flatMap((n) => [n, n.replace(/-/g, '_')]))];
}

/** The canonical type a written name means (`-` and `_` interchangeable, aliases resolved), or undefined. */
export function canonicalType<NS extends ServiceNamespace>(ns: NS, type: unknown): ServiceType<NS> | undefined {
  if (typeof type !== 'string') return undefined;
  const t = spelling(type);
  const aliased = (TYPE_ALIASES[ns] as Record<string, string> | undefined)?.[t] ?? t;
  return Object.prototype.hasOwnProperty.call(SERVICE_TYPES[ns], aliased) ? (aliased as ServiceType<NS>) : undefined;
}

/** The one message for a type name that resolves to no type: a runnable type not supported here, or unknown. */
export function unknownTypeMessage(ns: ServiceNamespace, type: unknown): string {
  const known = typeNames(ns).join(', ');
  if (typeof type === 'string' && UPSTREAM_ONLY_TYPES[ns].includes(spelling(type))) {
    return `'${type}' is a runnable ${ns} that runnable-action does not support (supported: ${known})`;
  }
  return `unknown ${ns} type ${show(type)} (expected one of ${known})`;
}

/** The schema of a canonical type's options (the loader validates with it, factories parse with it). */
export function serviceSchema(ns: ServiceNamespace, type: string): z.ZodMiniType {
  return (SERVICE_TYPES[ns] as Record<string, z.ZodMiniType>)[type]!;
}

/** Raises a ValidationError pointing at the service's position in the config file. */
export function serviceConfigError(cfg: ServiceConfig, field: string, message: string, ns: ServiceNamespace | string): never {
  throw new ValidationError(
    [{ file: cfg.source?.file ?? '<configuration>', line: cfg.source?.line, column: cfg.source?.column, path: `${ns}.${field}`, message }],
    'configuration',
  );
}

/**
 * Builds a service from its config: the type resolved by the one rule, the options parsed by the type's
 * schema (a config from the loader is parsed already; one built in code is checked here the same way),
 * then the type's factory. Errors are ValidationErrors at the service's position in the config file.
 */
export function buildService<NS extends ServiceNamespace, Ctx, R>(ns: NS, cfg: ServiceConfig, factories: ServiceFactories<NS, Ctx, R>, ctx: Ctx): R {
  const type = canonicalType(ns, cfg.type);
  if (!type) return serviceConfigError(cfg, 'type', unknownTypeMessage(ns, cfg.type), ns);
  const schema = serviceSchema(ns, type);
  const raw = cfg.config ?? {};
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const file = cfg.source?.file ?? '<configuration>';
    const at = cfg.source?.line !== undefined ? { line: cfg.source.line, column: cfg.source.column ?? 1 } : undefined;
    const doc: SourceDocument = { file, value: raw, issues: [], locate: () => at };
    // Options given in code read `config.x: must be …`; the loader's YAML positions read `expected …`.
    const issues = fromZod(parsed.error, raw, { doc, base: [ns, 'config'], schema, label: `${ns} '${type}'` }).map((i) => ({ ...i, message: i.message.replace(/^expected /, 'must be ') }));
    throw new ValidationError(issues, 'configuration');
  }
  const factory = factories[type] as (options: unknown, ctx: Ctx) => R;
  return factory(parsed.data, ctx);
}
