/**
 * Graph-level checks (runnable semantics §3.2), run on each graph once its nodes are built: `start_at` and
 * every `next` / `on_failure` target exist in the same graph, and no cycle follows next and on_failure.
 * Step-name rules are here too. Iterative (a generated pipeline may have very long chains).
 */
import { suggestion } from './did-you-mean.js';
import type { ValidationIssue } from '../errors.js';
import { LOOP_PLACEHOLDER, MAP_PLACEHOLDER, isTerminal, type Graph } from './model.js';
import type { PathSegment, SourceDocument } from './yaml-source.js';
import { issueAt } from './zod-issues.js';

/** Why a step (or parallel branch) name is invalid, or undefined when it is fine. */
export function stepNameProblem(name: string, what = 'step name'): string | undefined {
  if (name.length === 0) return `${what} must not be empty`;
  if (name.includes('.') || name.includes('%')) return `${what} '${name}' must not contain '.' or '%' (they separate internal names)`;
  if (name === MAP_PLACEHOLDER || name === LOOP_PLACEHOLDER) return `${what} '${name}' is reserved`;
  return undefined;
}

/** The names a target may refer to: declared steps in order, then the terminals. */
function stepList(declared: readonly string[]): string[] {
  const names = declared.filter((n) => n !== 'success' && n !== 'fail');
  return [...new Set(names), 'success', 'fail'];
}

/**
 * Checks one graph. `declared` holds every step name written in the document (even those whose node did
 * not validate), so a broken node does not also make every reference to it "dangling".
 */
export function checkGraph(graph: Graph, declared: readonly string[], path: readonly PathSegment[], doc: SourceDocument, issues: ValidationIssue[]): void {
  const known = new Set(stepList(declared));
  const listText = () => stepList(declared).join(', ');
  if (!known.has(graph.start_at)) {
    issues.push(issueAt(doc, [...path, 'start_at'], 'value', `'${graph.start_at}' is not a step of this graph (steps: ${listText()})${suggestion(graph.start_at, stepList(declared))}`));
  }
  for (const node of Object.values(graph.nodes)) {
    if (isTerminal(node)) continue;
    for (const field of ['next', 'on_failure'] as const) {
      const target = node[field];
      if (target === undefined || known.has(target)) continue;
      issues.push(issueAt(doc, [...path, 'steps', node.name, field], 'value', `'${target}' is not a step of this graph (steps: ${listText()})${suggestion(target, stepList(declared))}`));
    }
  }
  findCycles(graph, path, doc, issues);
}

function findCycles(graph: Graph, path: readonly PathSegment[], doc: SourceDocument, issues: ValidationIssue[]): void {
  type Edge = { field: 'next' | 'on_failure'; target: string };
  const edgesOf = (name: string): Edge[] => {
    const node = graph.nodes[name];
    if (!node || isTerminal(node)) return [];
    const out: Edge[] = [{ field: 'next', target: node.next }];
    if (node.on_failure !== undefined && node.on_failure !== node.next) out.push({ field: 'on_failure', target: node.on_failure });
    return out.filter((e) => {
      const t = graph.nodes[e.target];
      return t !== undefined && !isTerminal(t);
    });
  };
  const color = new Map<string, 1 | 2>();
  for (const start of Object.keys(graph.nodes)) {
    if (color.has(start)) continue;
    const stack: { name: string; edges: Edge[]; i: number }[] = [{ name: start, edges: edgesOf(start), i: 0 }];
    color.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.i >= top.edges.length) {
        color.set(top.name, 2);
        stack.pop();
        continue;
      }
      const edge = top.edges[top.i++]!;
      const c = color.get(edge.target);
      if (c === undefined) {
        color.set(edge.target, 1);
        stack.push({ name: edge.target, edges: edgesOf(edge.target), i: 0 });
      } else if (c === 1) {
        const from = stack.findIndex((f) => f.name === edge.target);
        const names = [...stack.slice(from).map((f) => f.name), edge.target];
        issues.push(
          issueAt(doc, [...path, 'steps', top.name, edge.field], 'value', `cycle: ${names.join(' -> ')} (use a loop node to repeat steps)`),
        );
      }
    }
  }
}
