// A long-lived "pod" process for test/support/argo-runner.ts (`workers: true`): loads the CLI bundle once and
// runs one pod call at a time with the pod's argv, working directory and environment, through the bundle's
// own entry (`runCli`, what dist/cli/index.js calls). It saves the ≈ 0.3-3 s of process start-up and bundle
// loading per pod that made scenarios of thousands of pods (a 1,000-iteration loop) too slow for CI.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import module from 'node:module';

module.enableCompileCache?.();
const cli = process.argv[2];
const entry = /import\("(\.\.\/chunks\/run-cli-[^"]+\.js)"\)/.exec(readFileSync(cli, 'utf8'))?.[1];
if (!entry) throw new Error(`${cli}: no run-cli chunk import found`);
const { runCli } = await import(pathToFileURL(path.resolve(path.dirname(cli), entry)).href);

const sink = () => {
  const chunks = [];
  const s = new Writable({ write(c, _e, cb) { chunks.push(Buffer.from(c)); cb(); } });
  s.text = () => Buffer.concat(chunks).toString('utf8');
  return s;
};

let chain = Promise.resolve();
process.on('message', (m) => {
  chain = chain.then(async () => {
    const out = sink();
    const err = sink();
    let code;
    try {
      code = await runCli(m.args, { out, err, env: m.env, cwd: m.cwd });
    } catch (e) {
      err.write(String(e?.stack ?? e));
      code = 1;
    }
    process.send({ code, stdout: out.text(), stderr: err.text() });
  });
});
process.on('disconnect', () => process.exit(0));
