import { type SourceDocument } from '../pipeline/yaml-source.js';
import { type RunnableConfig } from './model.js';
export interface LoadConfigOptions {
    /** The config file given by the user (`-c`), relative to cwd. */
    file?: string;
    cwd: string;
    env: Record<string, string | undefined>;
    /** Called with each warning (unresolved `$name` placeholders). */
    onWarning?: (message: string) => void;
}
export interface LoadedConfig {
    config: RunnableConfig;
    warnings: string[];
}
/** The default config file looked for in cwd. */
export declare const DEFAULT_CONFIG_FILE = "runnable-config.yaml";
/** Loads the configuration (see the module comment). Throws InputFileError / ValidationError. */
export declare function loadConfig(opts: LoadConfigOptions): Promise<RunnableConfig>;
/** loadConfig, also returning the warnings. */
export declare function loadConfigWithWarnings(opts: LoadConfigOptions): Promise<LoadedConfig>;
/**
 * Replaces `$name` / `${name}` with `RUNNABLE_VAR_name` (Python `string.Template.safe_substitute`: `$$` is a
 * literal `$`, unknown names stay as they are). Returns the text and the names left unresolved.
 */
export declare function substituteVariables(text: string, env: Record<string, string | undefined>): {
    text: string;
    unresolved: string[];
};
/** Parses config YAML text (`file` names it in issues). Variables are substituted from `env` first. */
export declare function parseConfigText(text: string, file: string, env?: Record<string, string | undefined>): LoadedConfig;
export { didYouMean } from '../pipeline/did-you-mean.js';
/** Validates a loaded config document; throws ValidationError with every issue. */
export declare function configFromDocument(doc: SourceDocument, noEffect?: string[]): RunnableConfig;
