/**
 * Argo's `{{…}}` substitution (util/template: template.go, simple_template.go, expression_template.go,
 * replace.go). The controller marshals an object to JSON, replaces tags in that text (fasttemplate with `{{`
 * and `}}`), and unmarshals the result: a replacement is JSON-escaped (strconv.Quote without the quotes), so a
 * value with quotes stays one string; nothing that was inserted is scanned again in the same pass.
 *
 * Simple tags: looked up trimmed; a missing key is written back unchanged unless it is strict (Replace with
 * allowUnresolved=false, or ReplaceStrict's prefixes such as `tasks`/`steps`), then "failed to resolve {{…}}";
 * a key present with a null value (a Skipped/Omitted producer's output without default) is a terminal error.
 * Expression tags `{{=…}}` are evaluated with the expr subset of ./expr.ts; when that fails and unresolved
 * tags are allowed the tag is written back (expressionReplaceCore). Every evaluated expression is recorded in
 * `evaluated` so tests can prove that user text never reaches the expression engine.
 */
import { evalExpr, funcMap, identifiers } from './expr.js';

export type Scope = Record<string, string | null>;

export class TemplateError extends Error {
  constructor(message: string, readonly missing = false) {
    super(message);
  }
}

/** Expressions the controller evaluated (in order), for injection tests. */
export const evaluatedExpressions: string[] = [];

const quote = (s: string) => JSON.stringify(s).slice(1, -1);

/** fasttemplate.ExecuteFunc over `{{` … `}}`. */
function execute(text: string, f: (tag: string) => string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const s = text.indexOf('{{', i);
    if (s < 0) return out + text.slice(i);
    const e = text.indexOf('}}', s + 2);
    if (e < 0) throw new TemplateError(`Cannot find end tag="}}" in the template=${JSON.stringify(text.slice(0, 80))} starting from ${JSON.stringify(text.slice(s, s + 40))}`);
    out += text.slice(i, s) + f(text.slice(s + 2, e));
    i = e + 2;
  }
}

/**
 * strict: undefined -> allowUnresolved (Replace(…, true)); 'all' -> Replace(…, false); string[] -> ReplaceStrict
 * with those prefixes.
 */
export function replaceText(text: string, scope: Scope, strict?: 'all' | string[]): string {
  const strictRe = strict === 'all' ? /.*/ : strict && strict.length ? new RegExp(`^((${strict.join('|')}))(\\.|$)`) : undefined;
  const allowUnresolved = strict !== 'all';
  const res = execute(text, (tag) => {
    if (tag.startsWith('=')) return expressionTag(tag.slice(1), scope, strictRe, allowUnresolved);
    const key = tag.trim();
    if (!Object.prototype.hasOwnProperty.call(scope, key)) {
      if (strictRe && strictRe.test(key)) throw new TemplateError(`failed to resolve {{${tag}}}`, true);
      return `{{${tag}}}`;
    }
    const v = scope[key];
    if (v === null || v === undefined) throw new TemplateError(`unable to substitute {{${tag}}}: output is an absent optional (skipped/omitted node with no default)`);
    return quote(v);
  });
  return res;
}

function expressionTag(expression: string, scope: Scope, strictRe: RegExp | undefined, allowUnresolvedArg: boolean): string {
  const back = `{{=${expression}}}`;
  let src: string;
  try {
    src = JSON.parse(`"${expression}"`) as string;
  } catch {
    if (allowUnresolvedArg || !strictRe) return back;
    throw new TemplateError('failed to unmarshall JSON expression');
  }
  const env = funcMap(scope);
  const ids = identifiers(src) ?? [];
  const known = (id: string) => {
    let o: unknown = env;
    for (const part of id.split('.')) {
      if (!o || typeof o !== 'object' || !Object.prototype.hasOwnProperty.call(o, part)) return false;
      o = (o as Record<string, unknown>)[part];
    }
    return true;
  };
  const missing = ids.filter((id) => !known(id) && !['int', 'float', 'string', 'len', 'lower', 'upper', 'trim'].includes(id));
  for (const id of missing) if (strictRe && strictRe !== undefined && strictRe.source !== '.*' && strictRe.test(id)) throw new TemplateError(`failed to evaluate expression: ${id} is missing`, true);
  const allowUnresolved = missing.length > 0 || !strictRe || allowUnresolvedArg;
  // expression_template.go anyVarNotInEnv: these may appear later; keep the tag.
  const later = ['item', 'retries', 'lastRetry.exitCode', 'lastRetry.status', 'lastRetry.duration', 'lastRetry.message', 'workflow.status', 'workflow.failures'];
  if (allowUnresolved && missing.some((m) => later.includes(m))) return back;
  let result: unknown;
  try {
    evaluatedExpressions.push(src);
    result = evalExpr(src, env);
  } catch (e) {
    if (allowUnresolved) return back;
    throw new TemplateError(`failed to evaluate expression: ${(e as Error).message}`);
  }
  if (result === null || result === undefined) {
    if (allowUnresolved) return back;
    throw new TemplateError(`failed to evaluate expression ${JSON.stringify(expression)}`);
  }
  const m = JSON.stringify(result);
  if (m.length > 1 && m.startsWith('"') && m.endsWith('"')) return m.slice(1, -1);
  return quote(m);
}

/** replace.go Replace / ReplaceStrictAny on a value: marshal, replace, unmarshal. */
export function replaceObject<T>(obj: T, scope: Scope, strict?: 'all' | string[]): T {
  const text = JSON.stringify(obj);
  const out = replaceText(text, scope, strict);
  try {
    return JSON.parse(out) as T;
  } catch {
    throw new TemplateError('cannot finish template replacement because the result was invalid JSON');
  }
}
