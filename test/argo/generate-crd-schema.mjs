#!/usr/bin/env node
// Regenerates src/argo/crd-schema.generated.ts from Argo's full Workflow CRD.
// Usage (Node >= 22.18 strips the types of src/argo/crd-derive.ts):
//   node test/argo/generate-crd-schema.mjs [path/to/argoproj.io_workflows.full.yaml]
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const crdPath = process.argv[2] ?? '/work/shared/argo/argoproj.io_workflows.full.yaml';
const { deriveCrdSchema, renderCrdModule } = await import(new URL('../../src/argo/crd-derive.ts', import.meta.url).href);
const text = readFileSync(crdPath, 'utf8');
const sha = createHash('sha256').update(text).digest('hex');
const out = `${here}../../src/argo/crd-schema.generated.ts`;
writeFileSync(out, renderCrdModule(deriveCrdSchema(text), sha));
console.log(`wrote ${out} (${readFileSync(out).length} bytes) from ${crdPath} (sha256 ${sha.slice(0, 12)}…)`);
