/**
 * Checks every file of a chunked-fs run folder (or a folder of them): each chunk is one JSON document, each
 * journal (`*.jsonl`) is JSON lines ending in a newline (nothing half-written after a run that ended).
 * Returns the number of records read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export function parseRunFolder(folder: string): number {
  let n = 0;
  for (const f of readdirSync(folder, { recursive: true }) as string[]) {
    const p = path.join(folder, f);
    if (!statSync(p).isFile()) continue;
    const text = readFileSync(p, 'utf8');
    if (f.endsWith('.jsonl')) {
      if (text.length && !text.endsWith('\n')) throw new Error(`journal ${f} ends with a partial line: ${text.slice(-200)}`);
      text.split('\n').forEach((line, i) => {
        if (!line) return;
        try {
          JSON.parse(line);
        } catch {
          throw new Error(`journal ${f} line ${i + 1} is not valid JSON: ${line.slice(0, 200)}`);
        }
        n++;
      });
      continue;
    }
    try {
      JSON.parse(text);
    } catch {
      throw new Error(`chunk ${f} is not valid JSON: ${text.slice(0, 200)}`);
    }
    n++;
  }
  return n;
}
