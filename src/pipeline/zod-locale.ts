/**
 * zod/mini (our schemas' API: it loads and builds faster than zod's classic one) leaves the text of its
 * built-in messages to a locale it does not load itself; the ones users see (e.g. the argo executor
 * config's `Invalid input: expected string, received undefined`) stay the English ones classic zod gives.
 * Imported for this effect by every module that builds schemas.
 */
import { config } from 'zod/mini';
import { en } from 'zod/locales';

config(en());
