/**
 * "Did you mean": the closest known word to a mistyped one (a field, a step name, a service type), shared by
 * the pipeline and the configuration checks.
 */

/** Edit distance (insert, delete, substitute, swap of neighbours). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest candidate to a mistyped word (`-`/`_` and case ignored), when it is close enough to be meant. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  // Long inputs are not typos, and the distance is quadratic: a 1 MiB key must not cost seconds.
  if (word.length > 200) return undefined;
  const norm = (w: string) => w.toLowerCase().replace(/_/g, '-');
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === word || Math.abs(c.length - word.length) > bestD || c.length > 200) continue;
    const dd = distance(norm(word), norm(c));
    if (dd < bestD) {
      best = c;
      bestD = dd;
    }
  }
  // Within a third of the length (one edit for short words), and never every letter changed.
  return best !== undefined && bestD < word.length && bestD <= Math.max(1, Math.floor(Math.max(word.length, best.length) / 3)) ? best : undefined;
}

/** `; did you mean 'x'?` or nothing. */
export function suggestion(word: string, candidates: readonly string[]): string {
  const hint = didYouMean(word, candidates);
  return hint ? `; did you mean '${hint}'?` : '';
}
