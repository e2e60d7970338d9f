/** A regular file's bytes, or its size when it is larger than the limit (the caller words that error). */
export type BoundedRead = {
    data: Buffer;
    tooLarge?: undefined;
} | {
    data?: undefined;
    tooLarge: number;
};
export declare function fsReason(e: unknown): string;
/**
 * Reads the regular file `file` (absolute, or relative to the process's cwd) up to `limit` bytes.
 * Throws InputFileError naming `display` when it cannot be opened or is not a regular file.
 */
export declare function readRegularFileSync(file: string, limit: number, display?: string): BoundedRead;
