/**
 * Deterministic Argo names (argo-target.md §3, semantics §19 e): lowercase `[a-z0-9-]`, starting with a
 * letter, at most {@link NAME_BUDGET} characters; a long or colliding name is truncated and suffixed with a
 * short hash of the full source string — never a random suffix.
 */
import { createHash } from 'node:crypto';

export const NAME_BUDGET = 50;

export function shortHash(text: string, length = 6): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** `Map State.inner_step` → `map-state-inner-step`. Never empty; starts with a letter. */
export function sanitize(text: string): string {
  let s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!s) s = 'x';
  if (!/^[a-z]/.test(s)) s = 'n' + s;
  return s;
}

/** A DNS-label-like name of at most `budget` characters; hash-suffixed (from `source`) when it had to be cut. */
export function dnsName(text: string, source: string = text, budget = NAME_BUDGET): string {
  const s = sanitize(text);
  if (s.length <= budget) return s;
  return `${s.slice(0, budget - 7).replace(/-+$/, '')}-${shortHash(source)}`;
}

/** Hands out names unique within one scope (a DAG's tasks, or the workflow's templates). */
export class NameScope {
  private readonly used = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }
  /** `text` sanitised; on a collision, the hash of `source` (then a counter) makes it unique. */
  take(text: string, source: string = text): string {
    let name = dnsName(text, source);
    if (this.used.has(name)) {
      const base = sanitize(text).slice(0, NAME_BUDGET - 7).replace(/-+$/, '');
      name = `${base}-${shortHash(source)}`;
      for (let i = 2; this.used.has(name); i++) name = `${base}-${shortHash(`${source}#${i}`)}`;
    }
    this.used.add(name);
    return name;
  }
  has(name: string): boolean {
    return this.used.has(name);
  }
}
