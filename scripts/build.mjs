#!/usr/bin/env node
// Builds dist/ with esbuild in one pass over three entries, so every module is bundled once and the three
// share its chunks (dist/chunks/):
//   dist/index.js      the Action (action.yml runs it)
//   dist/cli/index.js  the `runnable` command (package.json "bin")
//   dist/lib/index.js  the library (`import ... from 'runnable-action'`; dist/lib/sdk.js: `runnable-action/sdk`),
//                      dist/types its declarations (tsc)
// Heavy modules (Kubernetes client, artifact client) are reached through `import()`, so they are chunks that a
// `validate` or a local run never loads. Type checking is `npm run typecheck`; esbuild only strips types.
// Also written: dist/package.json (ES modules), dist/licenses.txt (the bundled packages' licenses), the files
// a module reads next to itself (`new URL('./x', import.meta.url)`, e.g. the python shim), and the repo's
// python/ package as dist/python/. Everything goes to a temporary folder first and replaces dist/ only when
// all of it succeeded, so a failed build never leaves dist/ half written.
// RUNNABLE_DIST builds into another folder (a private build; test/support/cli.ts and bench/ read it too).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import * as esbuild from 'esbuild';

const outDir = process.env.RUNNABLE_DIST || 'dist';
const tmp = `${outDir}.tmp-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

// Declarations of what the library exports, incrementally (a cache per output folder under node_modules/.cache,
// so a rebuild re-emits only what changed). Type errors do not stop the build (they print; CI's typecheck fails on them).
const typesCache = path.resolve('node_modules/.cache/runnable-build', createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 12));
mkdirSync(typesCache, { recursive: true });
writeFileSync(`${typesCache}/tsconfig.json`, JSON.stringify({
  extends: path.resolve('tsconfig.types.json'),
  compilerOptions: { incremental: true, tsBuildInfoFile: `${typesCache}/types.tsbuildinfo`, outDir: `${typesCache}/types`, rootDir: path.resolve('src') },
  include: [], files: [path.resolve('src/index.ts')],
}));
// A private build (RUNNABLE_DIST, for end-to-end tests) skips them unless RUNNABLE_TYPES=1: they are most of the build's time.
const wantTypes = !process.env.RUNNABLE_DIST || process.env.RUNNABLE_TYPES === '1';
const types = !wantTypes ? Promise.resolve(0) : new Promise((resolve) => {
  const c = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `${typesCache}/tsconfig.json`], { stdio: 'inherit' });
  c.on('close', (code) => {
    if (code) console.error('build: type errors above (the declarations are written all the same; npm run typecheck)');
    // Only declarations of sources that still exist (the cache may hold those of deleted files).
    cpSync(`${typesCache}/types`, `${tmp}/types`, { recursive: true, filter: (f) => !f.endsWith('.d.ts') || existsSync(path.join('src', path.relative(`${typesCache}/types`, f)).replace(/\.d\.ts$/, '.ts')) });
    resolve(existsSync(`${tmp}/types/index.d.ts`) ? 0 : 1);
  });
});

// @actions/core imports its OIDC client (@actions/http-client, hence undici: 870 KB) and, for `core.platform`,
// @actions/exec at its top, so every Action start loaded them though only `getIDToken` and `platform` use them,
// and we call neither. Resolved from inside @actions/core they are marked free of side effects, so the
// bundler drops them when nothing that is used needs them (a use would keep them: nothing breaks).
const coreWithoutOidc = {
  name: 'actions-core-without-oidc',
  setup(build) {
    build.onResolve({ filter: /^(@actions\/(http-client|exec)(\/|$)|\.\/(oidc-utils|platform)\.js$)/ }, async (args) => {
      if (args.pluginData?.inner || !/[\\/]node_modules[\\/]@actions[\\/]core[\\/]/.test(args.importer)) return undefined;
      const r = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { inner: true } });
      return r.errors.length ? undefined : { path: r.path, sideEffects: false };
    });
  },
};

// @actions/core imports node:crypto for one call, randomUUID (the delimiter of every `setOutput`, which the
// Action makes at each run): node:crypto costs 8–13 ms of every start (src/builtins.ts). Inside
// @actions/core, 'crypto' is a module with that one function: a version 4 UUID from 16 bytes of /dev/urandom
// (the kernel's generator, which node:crypto also draws from), node:crypto's where there is no /dev/urandom.
const coreLazyCrypto = {
  name: 'actions-core-lazy-crypto',
  setup(build) {
    build.onResolve({ filter: /^(node:)?crypto$/ }, (args) =>
      /[\\/]node_modules[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: 'crypto', namespace: 'core-builtin' } : undefined,
    );
    build.onLoad({ filter: /^crypto$/, namespace: 'core-builtin' }, () => ({
      contents: `import { closeSync, openSync, readSync } from 'node:fs';
export function randomUUID() {
  const b = Buffer.alloc(16);
  let fd;
  try {
    fd = openSync('/dev/urandom', 'r');
    if (readSync(fd, b, 0, 16, null) !== 16) throw new Error('short read');
  } catch {
    return process.getBuiltinModule('node:crypto').randomUUID();
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
}
`,
      loader: 'js',
    }));
  },
};

// yaml's `node` export is CommonJS, which the bundler keeps whole and runs at start (290 KB); its ES module
// build (the package's `default` export, the same code apart from warnings going to console.warn instead of
// process.emitWarning) lets it keep only what we use.
const yamlAsModules = {
  name: 'yaml-as-modules',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: path.resolve('node_modules/yaml/browser/index.js') }));
  },
};

let meta;
try {
  const result = await esbuild.build({
    entryPoints: { index: 'src/action/main.ts', 'cli/index': 'src/cli/main.ts', 'lib/index': 'src/index.ts', 'lib/sdk': 'src/sdk/index.ts' },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    // Keep every class's and function's .name: bundled code compares them (@actions/cache tells a reservation
    // conflict by `err.name === ReserveCacheError.name`; without this esbuild names the class _ReserveCacheError).
    keepNames: true,
    platform: 'node',
    target: 'node20.19',
    chunkNames: 'chunks/[name]-[hash]',
    tsconfig: 'src/tsconfig.json',
    metafile: true,
    logLevel: 'warning',
    // Bundled CommonJS packages call require() for Node's built-ins; ES module output has none of its own.
    plugins: [coreWithoutOidc, coreLazyCrypto, yamlAsModules],
    banner: { js: "import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);" },
  });
  meta = result.metafile;
} catch {
  // esbuild has printed the errors.
}
const typesCode = await types;
if (!meta || typesCode !== 0) {
  rmSync(tmp, { recursive: true, force: true });
  console.error('build failed; dist/ left as it was');
  process.exit(1);
}

writeFileSync(`${tmp}/package.json`, '{\n  "type": "module"\n}\n');
copyAssets(meta);
if (existsSync('python')) cpSync('python', `${tmp}/python`, { recursive: true, filter: (f) => !/__pycache__|\.pyc$/.test(f) });
writeFileSync(`${tmp}/licenses.txt`, licenses(meta));

const old = `${outDir}.old-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(tmp, outDir);
rmSync(old, { recursive: true, force: true });

/** Files a source module reads next to itself with a literal `new URL('./x', import.meta.url)`: copied next to the output holding it. */
function copyAssets(metafile) {
  for (const [out, { inputs }] of Object.entries(metafile.outputs)) {
    for (const input of Object.keys(inputs)) {
      if (!input.startsWith('src/')) continue;
      for (const m of readFileSync(input, 'utf8').matchAll(/new URL\(\s*['"](\.\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g)) {
        const from = path.join(path.dirname(input), m[1]);
        if (existsSync(from)) cpSync(from, path.join(path.dirname(out), m[1]));
      }
    }
  }
}

/** Each bundled package once: name, version, license, and its license file's text (third-party notices). */
function licenses(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) dirs.add(m[1]);
  }
  const parts = [];
  for (const dir of [...dirs].sort()) {
    const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
    const text = file ? readFileSync(`${dir}/${file}`, 'utf8').trim() : '(no license file in the package)';
    parts.push(`${pkg.name}@${pkg.version}\nLicense: ${typeof pkg.license === 'string' ? pkg.license : JSON.stringify(pkg.license ?? 'unknown')}\n\n${text}`);
  }
  return `Third-party software bundled in runnable-action's dist/\n\n${parts.join(`\n\n${'-'.repeat(78)}\n\n`)}\n`;
}
