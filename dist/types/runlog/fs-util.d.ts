/** Name of a temp file next to `target`. Starts with `.` and ends with `.tmp`, so readers never pick it up. */
export declare function tempPathFor(target: string): string;
/** True for temp files written by `tempPathFor` (possibly left behind by a killed process). */
export declare function isTempName(name: string): boolean;
/**
 * Writes `data` to `target` atomically: readers see the old content or the new, never a partial file. `tmp` is
 * the temp file beside it (a caller whose readers skip a different temp name passes its own).
 */
export declare function atomicWriteFileSync(target: string, data: string | Uint8Array, tmp?: string): void;
/**
 * Creates `target` with `data` atomically and only if it does not exist (temp file, then `link`, which fails
 * when the name is taken). Returns false when `target` exists already. Readers never see a partial file.
 */
export declare function createExclusiveSync(target: string, data: string | Uint8Array): boolean;
/** Same as atomicWriteFileSync with the promise API (for big documents, so other work can proceed). */
export declare function atomicWriteFile(target: string, data: string | Uint8Array): Promise<void>;
/** Creates the reserve `file` (best effort: on a disk too full for it the run goes on without one). */
export declare function createDiskReserve(file: string, bytes?: number): void;
/** Deletes the reserve `file` (the run is released). */
export declare function dropDiskReserve(file: string): void;
/**
 * After a failed write under the folder `where` (or to the descriptor `where`): on ENOSPC, frees this process's
 * reserves on that device. True when one was.
 */
export declare function releaseReserveOnFull(err: unknown, where: string | number): boolean;
/**
 * Appends `text` to the journal `fd` whose size is `at`: written whole, or not at all — a write cut short (disk
 * full) is cut back to `at`, so the journal still ends with a whole line and the owner may go on appending (its
 * final records) once ENOSPC has freed the reserve. Throws the write's error; when the cut itself fails the
 * error carries `torn: true` (the journal must not be appended to again).
 */
export declare function appendWholeSync(fd: number, text: string, at: number): void;
export declare function isErrno(err: unknown, code: string): boolean;
/** Parses JSON text, throwing RunLogCorruptError naming `file` when it is not valid JSON or not an object. */
export declare function parseJsonObject(text: string, file: string): Record<string, unknown>;
/**
 * Reads and parses a JSON object file. Returns undefined when the file does not exist; throws
 * RunLogCorruptError when it cannot be read or parsed.
 */
export declare function readJsonObjectSync(file: string): Record<string, unknown> | undefined;
/**
 * Encodes an internal name for use inside a file name, unique and stable:
 * - `[a-z0-9_.-]` are kept; every other byte of the UTF-8 form becomes `%xx` (lower-case hex), so `/`,
 *   spaces, `%`, `~` and non-ASCII map items are safe;
 * - `[A-Z]` are kept readable, but then a `~<12 hex of sha256(name)>` suffix is added so that names
 *   differing only in case stay distinct on case-insensitive file systems (macOS, Windows);
 * - an encoding longer than 150 characters is cut and gets the same hash suffix (file names are limited
 *   to 255 bytes).
 * The file name is never decoded: each chunk carries its internal name.
 */
export declare function encodeName(name: string): string;
