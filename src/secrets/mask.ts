/**
 * The one masking rule (SECURITY.md guarantee 7). Every place that writes text which may hold a secret —
 * step output and execution logs, failure messages, the Action's log lines, annotations, job summary, step
 * cache messages — masks through here, so there is one rule to reason about:
 *
 * - a value shorter than MIN_SECRET_LENGTH is not masked (it would blank ordinary text), as GitHub does;
 * - each value is hidden in every form it commonly takes on its way out: as is, each line of a multi-line
 *   value on its own (GitHub registers masks line by line, and a log line holds one line), JSON-escaped
 *   (run log, catalog index), and base64 — at each of the three byte alignments, only the characters that do
 *   not depend on the bytes around it (`base64 <<< "$SECRET"`, a secret inside an encoded blob);
 * - longest form first, so a secret containing another is masked whole.
 */

export const MASK = '***';
/** Values shorter than this are not masked (GitHub's runner has the same floor). */
export const MIN_SECRET_LENGTH = 4;
/** Base64 fragments shorter than this are not masked: short fragments occur in ordinary text. */
const MIN_BASE64_LENGTH = 6;

/**
 * The characters of base64(`…prefix + value + suffix…`) that depend only on `value`, for each of the three
 * alignments of `value` in the encoded stream.
 */
export function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  // The value encoded on its own (padding included), then the alignment-independent cores.
  const out: string[] = [bytes.toString('base64')];
  for (let shift = 0; shift < 3; shift++) {
    const enc = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    // Leading characters that mix in the bytes before the value; trailing ones that mix in the bytes after.
    const start = shift === 0 ? 0 : shift + 1;
    const total = shift + bytes.length;
    const end = Math.floor(total / 3) * 4 + (total % 3);
    const core = enc.slice(start, end);
    if (core.length >= MIN_BASE64_LENGTH) {
      out.push(core);
      const url = core.replace(/\+/g, '-').replace(/\//g, '_');
      if (url !== core) out.push(url);
    }
  }
  return out;
}

/** Every form of one secret value that is masked (see the header), longest first. */
export function secretForms(value: string): string[] {
  const forms = new Set<string>();
  const add = (s: string) => {
    if (s.length >= MIN_SECRET_LENGTH) forms.add(s);
  };
  if (value.length < MIN_SECRET_LENGTH) return [];
  add(value);
  if (/[\r\n]/.test(value)) {
    for (const line of value.split(/\r\n|\r|\n/)) add(line.trim());
  }
  const json = JSON.stringify(value).slice(1, -1);
  if (json !== value) add(json);
  for (const b of base64Forms(value)) forms.add(b);
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * Masks text with a set of secret values. Built over a live `Set` (the engine adds values as it resolves
 * them), the forms are recomputed only when the set changes size.
 */
export class Masker {
  private readonly values: Set<string>;
  private forms: string[] = [];
  /** Any form at all: one scan of text that holds no secret (most output), instead of one per form. */
  private any: RegExp | undefined;
  private builtFor = 0;

  constructor(values?: Set<string> | Iterable<string>) {
    this.values = values instanceof Set ? values : new Set(values ?? []);
  }

  /** Adds a value (ignored when too short); true when it was new. */
  add(value: string | undefined | null): boolean {
    if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH || this.values.has(value)) return false;
    this.values.add(value);
    return true;
  }

  get size(): number {
    return this.values.size;
  }

  /** The values (not their forms), e.g. to register with the runner. */
  list(): string[] {
    return [...this.values];
  }

  mask(text: string): string {
    if (this.values.size === 0 || !text) return text;
    if (this.builtFor !== this.values.size) this.build();
    if (!this.any || !this.any.test(text)) return text;
    let out = text;
    for (const f of this.forms) if (out.includes(f)) out = out.split(f).join(MASK);
    return out;
  }

  private build(): void {
    const all = new Set<string>();
    for (const v of this.values) for (const f of secretForms(v)) all.add(f);
    this.forms = [...all].sort((a, b) => b.length - a.length);
    this.any = this.forms.length ? new RegExp(this.forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : undefined;
    this.builtFor = this.values.size;
  }
}

/** One-off masking of `text` with `values` (same rule as Masker). */
export function maskText(text: string, values: Iterable<string> | undefined): string {
  if (!values || !text) return text;
  return new Masker(values).mask(text);
}
