import { type ValidationIssue } from '../errors.js';
/** Largest file we read (bytes). */
export declare const MAX_FILE_BYTES: number;
/** Deepest nesting of collections we accept. */
export declare const MAX_DEPTH = 100;
/** Most nodes aliases may add to a document when expanded (anchors reused). */
export declare const MAX_ALIAS_EXPANSION = 100000;
export type PathSegment = string | number;
/** A position: 1-based line and column, as ValidationIssue carries them. */
export interface Position {
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
}
/** A loaded YAML document: its JS value and a way to find positions of paths in it. */
export interface SourceDocument {
    file: string;
    /** The document as plain JSON-like data (aliases expanded, merge keys applied); undefined when empty. */
    value: unknown;
    /** Non-fatal problems found while loading (duplicate keys), to report with the schema's issues. */
    issues: ValidationIssue[];
    /**
     * Where the thing at `path` is. `key`: the mapping key (falls back to the value for list items);
     * `value`: the value (falls back to the key when the value is empty). Resolves through aliases and merge
     * keys; when the path does not fully exist, returns the position of the deepest part that does.
     */
    locate(path: readonly PathSegment[], which: 'key' | 'value'): Position | undefined;
}
/** A locator that knows nothing: for documents built in code (the SDK). */
export declare function noPositions(file: string, value: unknown): SourceDocument;
export interface LoadOptions {
    /** Message for a duplicate key; default `duplicate key 'k' (first defined at line L)`. */
    duplicateKeyMessage?: (path: readonly PathSegment[], key: string, firstLine: number) => string;
}
/**
 * Reads a text file the user named: InputFileError when it cannot be read, ValidationError when it is too
 * large, binary or not UTF-8. A leading BOM is dropped. `display` is the name used in messages.
 */
export declare function readSourceFile(path: string, display?: string, cwd?: string): Promise<string>;
/**
 * Parses YAML text safely. Throws ValidationError with every YAML-level problem (syntax errors, unknown
 * tags, bad aliases, duplicate keys, excessive depth or alias expansion).
 */
export declare function loadYamlText(text: string, file: string, opts?: LoadOptions): SourceDocument;
/** Issues in reading order: by line, then column; issues without a position keep their order, last. */
export declare function sortIssues(issues: ValidationIssue[]): ValidationIssue[];
