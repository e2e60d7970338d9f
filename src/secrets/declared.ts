/**
 * The secret names a run declares: every `secrets: [...]` list of its tasks (at any depth of composites) and of
 * the mocked executor's patches. The engine masks all of their values from the start of the run — a step that
 * runs before the declaring one (or a retry that skips it) must not print an env secret in clear.
 */
export function declaredSecretNames(...roots: unknown[]): string[] {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  // Iterative: a hostile, deeply nested document must not overflow the stack here.
  const stack: unknown[] = [...roots];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      stack.push(...v);
      continue;
    }
    for (const [k, child] of Object.entries(v)) {
      if (k === 'secrets' && Array.isArray(child)) {
        for (const n of child) if (typeof n === 'string') names.add(n);
      } else stack.push(child);
    }
  }
  return [...names];
}
