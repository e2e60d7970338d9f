import type { Pipeline } from '../pipeline/model.js';
export declare function isSdkModule(file: string): boolean;
export declare function loadPipeline(cwd: string, file: string): Promise<Pipeline>;
