import type { ValidationIssue } from '../errors.js';
import { type Graph } from './model.js';
import type { PathSegment, SourceDocument } from './yaml-source.js';
/** Why a step (or parallel branch) name is invalid, or undefined when it is fine. */
export declare function stepNameProblem(name: string, what?: string): string | undefined;
/**
 * Checks one graph. `declared` holds every step name written in the document (even those whose node did
 * not validate), so a broken node does not also make every reference to it "dangling".
 */
export declare function checkGraph(graph: Graph, declared: readonly string[], path: readonly PathSegment[], doc: SourceDocument, issues: ValidationIssue[]): void;
