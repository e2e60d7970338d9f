/**
 * zod schema of the `argo` pipeline-executor config (runnable 0.50's shape and the seed's).
 * Owned by the Argo module; the config loader validates `pipeline-executor: {type: argo}` with it.
 * (Placeholder until the Argo issue lands: accepts any mapping.)
 */
import { z } from 'zod';

export const argoExecutorConfigSchema = z.record(z.string(), z.unknown());
