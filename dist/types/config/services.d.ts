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
import type { ServiceConfig } from './model.js';
import { SERVICE_TYPES, type ServiceNamespace } from './schema.js';
export type { ServiceNamespace } from './schema.js';
/** The canonical type names of a namespace. */
export type ServiceType<NS extends ServiceNamespace> = keyof (typeof SERVICE_TYPES)[NS] & string;
/** The options a type's factory receives: its schema's output (defaults filled). */
export type ServiceOptions<NS extends ServiceNamespace, T extends ServiceType<NS>> = z.output<(typeof SERVICE_TYPES)[NS][T] & z.ZodMiniType>;
/** One factory per canonical type of a namespace, each taking that type's parsed options. */
export type ServiceFactories<NS extends ServiceNamespace, Ctx, R> = {
    readonly [T in ServiceType<NS>]: (options: ServiceOptions<NS, T>, ctx: Ctx) => R;
};
/** The canonical type names of a namespace, in table order. */
export declare function serviceTypes<NS extends ServiceNamespace>(ns: NS): ServiceType<NS>[];
/** Every type name of a namespace as messages list them (canonical names, each followed by its aliases). */
export declare function typeNames(ns: ServiceNamespace): string[];
/** Every spelling that resolves to `type` (its names, each also with `_` for `-`): the editor schema's enum. */
export declare function typeSpellings(ns: ServiceNamespace, type: string): string[];
/** The canonical type a written name means (`-` and `_` interchangeable, aliases resolved), or undefined. */
export declare function canonicalType<NS extends ServiceNamespace>(ns: NS, type: unknown): ServiceType<NS> | undefined;
/** The one message for a type name that resolves to no type: a runnable type not supported here, or unknown. */
export declare function unknownTypeMessage(ns: ServiceNamespace, type: unknown): string;
/** The schema of a canonical type's options (the loader validates with it, factories parse with it). */
export declare function serviceSchema(ns: ServiceNamespace, type: string): z.ZodMiniType;
/** Raises a ValidationError pointing at the service's position in the config file. */
export declare function serviceConfigError(cfg: ServiceConfig, field: string, message: string, ns: ServiceNamespace | string): never;
/**
 * Builds a service from its config: the type resolved by the one rule, the options parsed by the type's
 * schema (a config from the loader is parsed already; one built in code is checked here the same way),
 * then the type's factory. Errors are ValidationErrors at the service's position in the config file.
 */
export declare function buildService<NS extends ServiceNamespace, Ctx, R>(ns: NS, cfg: ServiceConfig, factories: ServiceFactories<NS, Ctx, R>, ctx: Ctx): R;
