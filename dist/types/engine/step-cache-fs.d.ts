import type { CachedStep, StepCache } from './step-cache.js';
export declare class FileSystemStepCache implements StepCache {
    private readonly dir;
    readonly kind = "file-system";
    constructor(dir: string);
    restore(key: string, workDir: string): Promise<CachedStep | undefined>;
    save(key: string, record: CachedStep, workDir: string): Promise<void>;
}
