import type { z } from 'zod';
import type { ValidationIssue } from '../errors.js';
import type { PathSegment, SourceDocument } from './yaml-source.js';
/** `'abc'`, `3`, `true`, `null`, `a list`, `a mapping`: how a value is named in messages. */
export declare function show(v: unknown): string;
export declare function pathText(path: readonly PathSegment[]): string;
export declare function valueAt(data: unknown, path: readonly PathSegment[]): unknown;
/** The (unwrapped) schema at `path` inside `schema`, if it can be followed. */
export declare function schemaAt(schema: unknown, path: readonly PathSegment[]): unknown;
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
export declare function fromZod(error: z.ZodError, data: unknown, ctx: IssueContext): ValidationIssue[];
