#!/usr/bin/env node
// Regenerates src/argo/crd-validator.generated.js: the strict CRD schema of src/argo/crd-derive.ts compiled
// ahead of time by Ajv's standalone code generation (with the CEL and list-type sites), so that validating
// a manifest costs no Ajv compilation at run time (≈ 270 ms per CLI invocation otherwise).
// Usage (Node >= 22.18 strips the types of src/argo/crd-derive.ts):
//   node test/argo/generate-crd-validator.mjs [path/to/argoproj.io_workflows.full.yaml]
// test/argo/validator-sync.test.ts fails when the committed file is stale; UPDATE_VALIDATOR=1 makes it rewrite it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const crdPath = process.argv[2] ?? '/work/shared/argo/argoproj.io_workflows.full.yaml';
const { deriveCrdSchema, renderValidatorModule } = await import(new URL('../../src/argo/crd-derive.ts', import.meta.url).href);
const text = readFileSync(crdPath, 'utf8');
const sha = createHash('sha256').update(text).digest('hex');
const out = `${here}../../src/argo/crd-validator.generated.js`;
writeFileSync(out, renderValidatorModule(deriveCrdSchema(text), sha));
console.log(`wrote ${out} (${readFileSync(out).length} bytes) from ${crdPath} (sha256 ${sha.slice(0, 12)}…)`);
