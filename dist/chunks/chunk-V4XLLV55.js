import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/secrets/declared.ts
function declaredSecretNames(...roots) {
  const names = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const stack = [...roots];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      stack.push(...v);
      continue;
    }
    for (const [k, child] of Object.entries(v)) {
      if (k === "secrets" && Array.isArray(child)) {
        for (const n of child) if (typeof n === "string") names.add(n);
      } else stack.push(child);
    }
  }
  return [...names];
}
__name(declaredSecretNames, "declaredSecretNames");

export {
  declaredSecretNames
};
