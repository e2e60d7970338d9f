import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/engine/limiter.ts
function createLimiter(capacity) {
  let active = 0;
  const queue = [];
  const release = /* @__PURE__ */ __name(() => {
    active--;
    const next = queue.shift();
    if (next) {
      active++;
      next();
    }
  }, "release");
  return {
    capacity,
    async run(fn) {
      if (active < capacity) active++;
      else await new Promise((resolve) => queue.push(resolve));
      try {
        return await fn();
      } finally {
        release();
      }
    }
  };
}
__name(createLimiter, "createLimiter");
var YIELD_AFTER_MS = 20;
var yieldToLoop = /* @__PURE__ */ __name(() => new Promise((r) => setImmediate(r)), "yieldToLoop");
async function mapConcurrent(items, concurrency, fn, signal) {
  const results = new Array(items.length);
  let next = 0;
  let since = performance.now();
  let pause;
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    while (next < items.length && !signal?.aborted) {
      if (pause || performance.now() - since >= YIELD_AFTER_MS) {
        pause ??= yieldToLoop().then(() => {
          pause = void 0;
          since = performance.now();
        });
        await pause;
        continue;
      }
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  });
  await Promise.all(workers);
  return results;
}
__name(mapConcurrent, "mapConcurrent");

export {
  createLimiter,
  mapConcurrent
};
