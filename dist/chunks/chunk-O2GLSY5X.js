import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  nodeChildProcess
} from "./chunk-XPIGEFVS.js";
import {
  pipelineFromDocument
} from "./chunk-OE6RQEKX.js";
import {
  loadYamlText,
  noPositions,
  readSourceFile
} from "./chunk-KD5F7IY4.js";
import {
  readRegularFileSync
} from "./chunk-JOHAO7GC.js";
import {
  InputFileError,
  ValidationError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/pipeline/parse.ts
function duplicateKeyMessage(path3, key, firstLine) {
  const last = path3[path3.length - 1];
  const what = last === "steps" ? "step name" : last === "branches" ? "branch name" : "key";
  return `duplicate ${what} '${key}' (first defined at line ${firstLine})`;
}
__name(duplicateKeyMessage, "duplicateKeyMessage");
function parsePipelineText(text, file) {
  const doc = loadYamlText(text, file, { duplicateKeyMessage });
  return pipelineFromDocument(doc, "yaml", file);
}
__name(parsePipelineText, "parsePipelineText");
async function parsePipelineFile(path3, cwd) {
  const text = await readSourceFile(path3, path3, cwd);
  return parsePipelineText(text, path3);
}
__name(parsePipelineFile, "parsePipelineFile");

// src/engine/load-pipeline.ts
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path2 from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/engine/paths.ts
import path from "node:path";
function userPath(cwd, file) {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs;
}
__name(userPath, "userPath");

// src/engine/load-pipeline.ts
function pythonPackagePath() {
  const here = path2.dirname(fileURLToPath(import.meta.url));
  const ups = ["..", ".", "../.."];
  for (const up of ups) {
    const dir = path2.resolve(here, up, "python");
    if (existsSync(path2.join(dir, "runnable", "__init__.py"))) return dir;
  }
  throw new InputFileError(here, "runnable-action's Python package (python/runnable) is missing from this installation");
}
__name(pythonPackagePath, "pythonPackagePath");
var exports = /* @__PURE__ */ new Map();
function exportPythonPipeline(cwd, file, env = process.env) {
  const abs = path2.resolve(cwd, file);
  let p = exports.get(abs);
  if (!p) {
    p = runExport(cwd, abs, userPath(cwd, file), env);
    exports.set(abs, p);
  }
  return p;
}
__name(exportPythonPipeline, "exportPythonPipeline");
async function runExport(cwd, abs, shown, env) {
  if (readRegularFileSync(abs, 1024 * 1024, shown).tooLarge !== void 0) throw new InputFileError(shown, "the file is larger than the 1 MiB limit");
  const dir = mkdtempSync(path2.join(tmpdir(), "runnable-sdk-"));
  const out = path2.join(dir, "pipeline.json");
  const python = env.RUNNABLE_PYTHON || "python3";
  const childEnv = {};
  for (const [k, v] of Object.entries(env)) if (v !== void 0 && k !== "RUNNABLE_STEP_ATTEMPT") childEnv[k] = v;
  childEnv.PYTHONPATH = [pythonPackagePath(), cwd, env.PYTHONPATH].filter(Boolean).join(path2.delimiter);
  childEnv.RUNNABLE_ACTION_EXPORT = out;
  try {
    const result = await new Promise((resolve) => {
      nodeChildProcess().execFile(python, [abs], { cwd, env: childEnv, timeout: 12e4, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
        const e = error;
        resolve({ code: e ? typeof e.code === "number" ? e.code : 1 : 0, stderr: String(stderr), error: e ?? void 0 });
      });
    });
    if (result.error?.code === "ENOENT") {
      throw new InputFileError(shown, `cannot start the Python interpreter '${python}' (not found); install Python 3 or set RUNNABLE_PYTHON`);
    }
    if (!existsSync(out)) {
      const tail = result.stderr.trim().split("\n").slice(-12).join("\n");
      const why = result.code === 0 ? "the script ended without calling Pipeline.execute() (or a job's execute())" : `the script failed (exit ${result.code})`;
      throw new InputFileError(shown, `loading the Python SDK pipeline: ${why}${tail ? `:
${tail}` : ""}`);
    }
    const doc = JSON.parse(readFileSync(out, "utf8"));
    return doc;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
__name(runExport, "runExport");
function isPythonSdkScript(file) {
  return /\.py$/.test(file);
}
__name(isPythonSdkScript, "isPythonSdkScript");
var MODULE = /\.(mjs|cjs|js|mts|ts)$/;
function isSdkModule(file) {
  return MODULE.test(file);
}
__name(isSdkModule, "isSdkModule");
async function loadPipeline(cwd, file) {
  const shown = userPath(cwd, file);
  if (isPythonSdkScript(file)) {
    const doc = await exportPythonPipeline(cwd, file);
    return { ...pipelineFromDocument(noPositions(shown, doc.pipeline), "sdk", shown), file };
  }
  if (!isSdkModule(file)) return { ...await parsePipelineFile(shown), file };
  let mod;
  try {
    mod = await import(
      /* webpackIgnore: true */
      pathToFileURL(path2.resolve(cwd, file)).href
    );
  } catch (err) {
    throw new InputFileError(shown, `importing the pipeline module failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  let candidate = mod.default ?? mod.pipeline;
  try {
    if (typeof candidate === "function") candidate = await candidate();
    if (candidate && typeof candidate.build === "function") candidate = candidate.build();
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    throw new InputFileError(shown, `building the pipeline failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const ir = candidate;
  if (!ir || typeof ir !== "object" || !ir.dag) {
    throw new InputFileError(shown, "the module must export a Pipeline (or a function returning one) as 'default' or 'pipeline'");
  }
  return { ...ir, execution_mode: "sdk", file };
}
__name(loadPipeline, "loadPipeline");

export {
  parsePipelineText,
  parsePipelineFile,
  pythonPackagePath,
  exportPythonPipeline,
  isPythonSdkScript,
  loadPipeline
};
