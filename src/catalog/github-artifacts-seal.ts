/**
 * Sealed index entries of the github-artifacts catalog (SECURITY.md, github-artifacts row).
 *
 * The catalog index (an artifact anyone with read access to the workflow run can download) maps file names
 * to content digests. The run log masks a file name that holds a declared secret; the index cannot simply
 * mask it, because a later `get` — in this run, or in a `retry` in another job — must still match globs
 * against the real name. So an entry whose name (or putting step) holds a secret value, by the one masking
 * rule (secrets/mask.ts), is stored as a sealed box instead of in clear:
 *
 * - AES-256-GCM over `{name, step}`, a fresh 96-bit IV per entry, the run id and the entry's digest as
 *   associated data (a box cannot be moved onto another blob or run);
 * - the key is derived from the secret value the name holds (the longest, when several) with scrypt
 *   (N=2^14, r=8, p=1) and a random per-index salt stored in the index. A slow KDF because the box is a
 *   verifier for guesses of that value: a high-entropy secret (a token) is safe, a guessable one costs an
 *   attacker one scrypt per guess;
 * - a reader tries the key of each secret value it knows (a retry resolves the same declared secrets),
 *   so no key is stored and nothing says which secret sealed which entry. A run that lacks the secret
 *   (rotated, not declared) cannot read those entries: they are skipped with a note, as if not stored.
 *
 * The digest and size stay in clear: they name the blob in a pack (a sha256 of content, not of the name).
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt, type BinaryLike, type ScryptOptions } from 'node:crypto';
import { MIN_SECRET_LENGTH, Masker, maskText } from '../secrets/mask.js';

/** How the keys of an index's sealed entries were derived. */
export interface SealParams {
  kdf: 'scrypt';
  /** base64url, 16 bytes. */
  salt: string;
  N: number;
  r: number;
  p: number;
}

/** An index entry whose name or step holds a secret. */
export interface SealedEntry {
  /** base64url of IV (12) ‖ GCM tag (16) ‖ ciphertext of JSON `{name, step}`. */
  box: string;
  digest: string;
  size: number;
}

const PARAMS = { N: 2 ** 14, r: 8, p: 1 } as const;
const IV = 12;
const TAG = 16;

function derive(secret: string, salt: Buffer, o: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret as BinaryLike, salt, 32, { N: o.N, r: o.r, p: o.p, maxmem: 256 * o.N * o.r + 1024 * 1024 } as ScryptOptions, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Parameters an index may carry: anything else (a hostile index asking for a huge N) is not opened. */
function acceptable(p: SealParams | undefined): p is SealParams {
  if (!p || p.kdf !== 'scrypt' || typeof p.salt !== 'string') return false;
  const salt = Buffer.from(p.salt, 'base64url');
  const pow2 = Number.isInteger(p.N) && p.N >= 2 && (p.N & (p.N - 1)) === 0;
  return salt.length >= 16 && salt.length <= 64 && pow2 && p.N <= 2 ** 15 && Number.isInteger(p.r) && p.r >= 1 && p.r <= 8 && Number.isInteger(p.p) && p.p >= 1 && p.p <= 2;
}

export class IndexSealer {
  private readonly masker: Masker;
  /** Keys by `salt \0 value`, derived once per index and secret. */
  private readonly keys = new Map<string, Promise<Buffer>>();
  /** This instance's parameters for the indexes it writes (one salt per catalog instance). */
  readonly params: SealParams = { kdf: 'scrypt', salt: randomBytes(16).toString('base64url'), ...PARAMS };

  /** `secretValues` is the run's live set: values resolved later are used too. */
  constructor(private readonly secretValues: ReadonlySet<string>) {
    this.masker = new Masker(secretValues as Set<string>);
  }

  private key(params: SealParams, secret: string): Promise<Buffer> {
    const id = `${params.salt}\0${params.N}\0${params.r}\0${params.p}\0${secret}`;
    let k = this.keys.get(id);
    if (!k) this.keys.set(id, (k = derive(secret, Buffer.from(params.salt, 'base64url'), params)));
    return k;
  }

  /** Secret values long enough to be masked, longest first. */
  private candidates(): string[] {
    return [...this.secretValues].filter((v) => v.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  }

  /** True when the one masking rule would hide part of one of `texts`. */
  holdsSecret(...texts: string[]): boolean {
    return texts.some((t) => this.masker.mask(t) !== t);
  }

  /** The entry sealed, or undefined when neither its name nor its step holds a secret (it stays in clear). */
  async seal(runId: string, name: string, rec: { digest: string; size: number; step: string }): Promise<SealedEntry | undefined> {
    if (!this.holdsSecret(name, rec.step)) return undefined;
    // The longest secret the entry holds keys it: a retry that knows that secret can read it back.
    const secret = this.candidates().find((v) => maskText(name, [v]) !== name || maskText(rec.step, [v]) !== rec.step) ?? this.candidates()[0]!;
    const key = await this.key(this.params, secret);
    const iv = randomBytes(IV);
    const c = createCipheriv('aes-256-gcm', key, iv);
    c.setAAD(Buffer.from(`${runId}\0${rec.digest}`, 'utf8'));
    const ct = Buffer.concat([c.update(JSON.stringify({ name, step: rec.step }), 'utf8'), c.final()]);
    return { box: Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64url'), digest: rec.digest, size: rec.size };
  }

  /** The entry's name and step, or undefined when no known secret opens it (or the index's parameters are refused). */
  async open(params: SealParams | undefined, runId: string, entry: SealedEntry): Promise<{ name: string; step: string } | undefined> {
    if (!acceptable(params) || typeof entry?.box !== 'string' || typeof entry.digest !== 'string') return undefined;
    const raw = Buffer.from(entry.box, 'base64url');
    if (raw.length <= IV + TAG) return undefined;
    for (const secret of this.candidates()) {
      const key = await this.key(params, secret).catch(() => undefined);
      if (!key) return undefined;
      try {
        const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV));
        d.setAAD(Buffer.from(`${runId}\0${entry.digest}`, 'utf8'));
        d.setAuthTag(raw.subarray(IV, IV + TAG));
        const plain = JSON.parse(Buffer.concat([d.update(raw.subarray(IV + TAG)), d.final()]).toString('utf8')) as { name?: unknown; step?: unknown };
        if (typeof plain.name === 'string') return { name: plain.name, step: typeof plain.step === 'string' ? plain.step : '' };
        return undefined;
      } catch {
        // Not this secret's key (the tag does not verify): try the next.
      }
    }
    return undefined;
  }
}
