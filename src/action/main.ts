/** The Action's entry (dist/index.js): main and post share this bundle; run() picks by saved state. */
import { run } from './run-action.js';

void run();
