import type * as z from 'zod/mini';
import type { ValidationIssue } from '../errors.js';
import type { PathSegment, SourceDocument } from './yaml-source.js';
/** `'abc'`, `3`, `true`, `null`, `a list`, `a mapping`: how a value is named in messages. */
export declare function show(v: unknown): string;
export declare function pathText(path: readonly PathSegment[]): string;
/**
 * How the keys of an object may be written other than as its schema spells them (the argo config's snake_case):
 * `schemaKey` maps a written key to the schema's, `spell` a schema key to the other spelling.
 */
export interface KeySpelling {
    schemaKey: (written: string) => string;
    spell: (schemaKey: string) => string;
}
/**
 * Declares that `preprocess` renames the keys of the object it feeds as `spelling` says, so that issues (in
 * schema keys) are reported at, and named by, the keys the user wrote.
 */
export declare function renamesKeys<T extends object>(preprocess: T, spelling: KeySpelling): T;
/** The (unwrapped) schema at `path` inside `schema`, if it can be followed. */
export declare function schemaAt(schema: unknown, path: readonly PathSegment[]): unknown;
/** An issue's path as the user wrote it, the value there, and the key spelling of the object it ends in. */
interface Written {
    path: PathSegment[];
    value: unknown;
    /** The spelling of the object at the end of the path (for the keys of an unknown-key issue). */
    spelling?: KeySpelling;
    /** The user writes keys in the other spelling (seen on the way down): name missing or listed keys so. */
    otherwise: boolean;
}
/**
 * Follows a schema path (zod's issue path) through the data the user wrote: a key the schema renames is
 * replaced by the key actually written (a missing one by its spelling in the style of the keys around it).
 */
export declare function writtenPath(schema: unknown, data: unknown, path: readonly PathSegment[]): Written;
/** The keys an object schema at `path` accepts (for "unknown field" messages). */
export declare function objectKeysAt(schema: unknown, path: readonly PathSegment[]): string[] | undefined;
export interface IssueContext {
    doc: SourceDocument;
    /** Where the validated value sits in the document. */
    base: readonly PathSegment[];
    /** The schema that was used (to list accepted keys). */
    schema: unknown;
    /** e.g. `a task node`: used as "unknown field 'x' for a task node". */
    label?: string;
    /** A better message for an issue (by zod code, path relative to the validated value, and input), if any. */
    rewrite?: (code: string, rel: readonly PathSegment[], input: unknown) => string | undefined;
}
export declare function issueAt(doc: SourceDocument, path: readonly PathSegment[], which: 'key' | 'value', message: string): ValidationIssue;
/** Converts every zod issue (expanding unknown-key issues to one per key). */
export declare function fromZod(error: z.core.$ZodError, data: unknown, ctx: IssueContext): ValidationIssue[];
export {};
