/** Run ids become file and folder names: refuse the ones that could escape the store's folder. */
import { UsageError } from '../errors.js';

export function checkRunId(runId: string): void {
  if (
    typeof runId !== 'string' ||
    runId === '' ||
    runId === '.' ||
    runId === '..' ||
    /[/\\\0]/.test(runId) ||
    Buffer.byteLength(runId) > 200
  ) {
    throw new UsageError(
      `invalid run id '${String(runId)}': it must be a non-empty file name (no '/', '\\', NUL, not '.' or '..', at most 200 bytes)`,
    );
  }
}
