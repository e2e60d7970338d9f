export declare function sha256Bytes(data: Uint8Array | string): string;
/** sha256 (hex) and size of a file, streamed; `signal` stops it between chunks (rejects with an AbortError). */
export declare function sha256File(file: string, signal?: AbortSignal): Promise<{
    digest: string;
    size: number;
}>;
