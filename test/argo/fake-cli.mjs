#!/usr/bin/env node
// A stand-in for the runnable CLI in runner tests: records each call and exits per the FAIL_STEPS env list.
// `fan ... out` and `--fan-out-next` write OUTPUTS[step] (JSON map in env) or '[]'.
import { appendFileSync, writeFileSync } from 'node:fs';
const argv = process.argv.slice(2);
const verb = argv[0];
const step = argv[2];
const opt = (name) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : undefined);
appendFileSync(process.env.CALLS_FILE, JSON.stringify({ verb, step, dir: verb === 'fan' ? argv[3] : undefined, iter: opt('--iter-variable'), retry: opt('--retry-index') }) + '\n');
const outputs = JSON.parse(process.env.OUTPUTS ?? '{}');
const fails = (process.env.FAIL_STEPS ?? '').split(',').filter(Boolean);
if (verb === 'fan' && opt('--output-file')) writeFileSync(opt('--output-file'), outputs[`${step}:${argv[3]}`] ?? '[]');
if (opt('--fan-out-next') && outputs[`next:${step}`]) writeFileSync(opt('--fan-out-next'), outputs[`next:${step}`]);
process.exit(fails.includes(step) ? 1 : 0);
