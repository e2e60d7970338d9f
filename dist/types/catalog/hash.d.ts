export declare function sha256Bytes(data: Uint8Array | string): string;
/** sha256 (hex) and size of a file, streamed. */
export declare function sha256File(file: string): Promise<{
    digest: string;
    size: number;
}>;
