import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  nodeCrypto
} from "./chunk-XPIGEFVS.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/engine/step-cache-fs.ts
import { copyFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
function inside(root, rel) {
  const abs = path.resolve(root, rel);
  if (abs !== root && !abs.startsWith(root + path.sep)) throw new Error(`cached path '${rel}' escapes ${root}`);
  return abs;
}
__name(inside, "inside");
var FileSystemStepCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  static {
    __name(this, "FileSystemStepCache");
  }
  kind = "file-system";
  async restore(key, workDir) {
    const entry = path.join(this.dir, key);
    let record;
    try {
      record = JSON.parse(await readFile(path.join(entry, "record.json"), "utf8"));
    } catch {
      return void 0;
    }
    for (const rel of record.files) {
      const target = inside(workDir, rel);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(inside(path.join(entry, "files"), rel), target);
    }
    return record;
  }
  async save(key, record, workDir) {
    const entry = path.join(this.dir, key);
    if (existsSync(entry)) return;
    const tmp = path.join(this.dir, `.tmp-${key}-${nodeCrypto().randomBytes(4).toString("hex")}`);
    try {
      for (const rel of record.files) {
        const target = inside(path.join(tmp, "files"), rel);
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(inside(workDir, rel), target);
      }
      await mkdir(tmp, { recursive: true });
      await writeFile(path.join(tmp, "record.json"), JSON.stringify(record, null, 2));
      await rename(tmp, entry).catch(async (err) => {
        if (err.code !== "ENOTEMPTY" && err.code !== "EEXIST") throw err;
      });
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
};

// src/engine/index.ts
var loadInputs = /* @__PURE__ */ __name(async (...a) => (await import("./setup-run-Y4UHN6P5.js")).loadInputs(...a), "loadInputs");
var setupRun = /* @__PURE__ */ __name(async (...a) => (await import("./setup-run-Y4UHN6P5.js")).setupRun(...a), "setupRun");
var runToEnd = /* @__PURE__ */ __name(async (...a) => (await import("./run-HY7XFWDZ.js")).runToEnd(...a), "runToEnd");
var executeSingleNodeCommand = /* @__PURE__ */ __name(async (...a) => (await import("./pod-H6YTICUA.js")).executeSingleNodeCommand(...a), "executeSingleNodeCommand");
var fanCommand = /* @__PURE__ */ __name(async (...a) => (await import("./pod-H6YTICUA.js")).fanCommand(...a), "fanCommand");

export {
  FileSystemStepCache,
  loadInputs,
  setupRun,
  runToEnd,
  executeSingleNodeCommand,
  fanCommand
};
