/**
 * Graph-level checks (runnable semantics §3.2), run on each graph once its nodes are built: `start_at` and
 * every `next` / `on_failure` target exist in the same graph, and no cycle follows next and on_failure.
 * Step-name rules are here too. Iterative (a generated pipeline may have very long chains).
 */
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
