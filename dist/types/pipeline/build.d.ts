import { type Pipeline } from './model.js';
import { type SourceDocument } from './yaml-source.js';
type Raw = Record<string, unknown>;
export declare function isPlainObject(v: unknown): v is Raw;
/** Builds the IR from a whole pipeline document (`{dag: ...}`); throws ValidationError. */
export declare function pipelineFromDocument(doc: SourceDocument, mode: 'yaml' | 'sdk', file?: string): Pipeline;
export {};
