export interface FindBy {
    token: string;
    workflowRunId: number;
    repositoryOwner: string;
    repositoryName: string;
}
export interface ListedArtifact {
    id: number;
    name: string;
    size: number;
    /** `sha256:<hex>` when the service reported one. */
    digest?: string;
}
/** `owner/repo` + token + run → the client's `findBy`, or undefined when any part is missing. */
export declare function makeFindBy(repository: string, workflowRunId: string, token: string | undefined): FindBy | undefined;
export declare function uploadArtifact(name: string, files: string[], rootDirectory: string, options?: {
    retentionDays?: number;
    compressionLevel?: number;
}): Promise<{
    id: number;
    size: number;
    digest: string;
}>;
export declare function listArtifacts(findBy?: FindBy): Promise<ListedArtifact[]>;
/**
 * Downloads (and unzips) artifact `id` into a fresh directory `dir`, verifies the archive digest when known,
 * then checks every extracted entry: regular files and directories only, all inside `dir`.
 * Returns the list of extracted files, relative to `dir`, with `/` separators.
 */
export declare function downloadArtifact(id: number, name: string, dir: string, options?: {
    findBy?: FindBy;
    expectedDigest?: string;
}): Promise<string[]>;
/** Walks an extraction directory and rejects anything that is not a plain file or folder inside it. */
export declare function checkExtracted(dir: string): Promise<string[]>;
