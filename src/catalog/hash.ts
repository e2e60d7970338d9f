/**
 * sha256 of files for catalog lineage (runnable §8.4). Always the whole file: hashing runs at ~1.4 GB/s, so
 * runnable's head/tail "fingerprint" for files ≥ 1 GiB is not used (a deliberate simplification).
 */
import { createHash, hash as oneShot } from 'node:crypto';
import fs from 'node:fs';

export function sha256Bytes(data: Uint8Array | string): string {
  return oneShot('sha256', data, 'hex');
}

/** sha256 (hex) and size of a file, streamed; `signal` stops it between chunks (rejects with an AbortError). */
export async function sha256File(file: string, signal?: AbortSignal): Promise<{ digest: string; size: number }> {
  const h = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024, signal })) {
    h.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { digest: h.digest('hex'), size };
}
