import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  builtin
} from "./chunk-XPIGEFVS.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/heap-tuning.ts
var LARGE_MAP = 1e3;
var COLLECT_ITEMS = 250;
var COLLECT_MS = 250;
var tuned = false;
var collect;
var last = { done: 0, at: 0 };
function tuneHeapForLargeMap(items, done = 0) {
  if (!tuned) {
    if (items < LARGE_MAP) return;
    tuned = true;
    const v8 = builtin("node:v8");
    const vm = builtin("node:vm");
    v8.setFlagsFromString("--semi-space-growth-factor=1");
    try {
      v8.setFlagsFromString("--expose-gc");
      collect = vm.runInNewContext("gc");
    } catch {
      collect = void 0;
    }
    last = { done, at: performance.now() };
  }
  if (!collect) return;
  if (done < last.done) last = { done: 0, at: last.at };
  const now = performance.now();
  if (done - last.done >= COLLECT_ITEMS && now - last.at >= COLLECT_MS) {
    collect();
    last = { done, at: performance.now() };
  }
}
__name(tuneHeapForLargeMap, "tuneHeapForLargeMap");

export {
  tuneHeapForLargeMap
};
