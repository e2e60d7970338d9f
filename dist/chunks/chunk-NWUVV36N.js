import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);

// src/pipeline/model.ts
var MAP_PLACEHOLDER = "map_variable_placeholder";
var LOOP_PLACEHOLDER = "loop_variable_placeholder";
function isComposite(node) {
  return node.type === "parallel" || node.type === "map" || node.type === "conditional" || node.type === "loop";
}
function isTerminal(node) {
  return node.type === "success" || node.type === "fail";
}
function routeAfter(node, status) {
  return status === "SUCCESS" ? node.next : node.on_failure ?? "fail";
}
function branchesOf(node) {
  switch (node.type) {
    case "parallel":
      return node.branches;
    case "conditional":
      return node.default ? { ...node.branches, default: node.default } : node.branches;
    case "map":
    case "loop":
      return { branch: node.branch };
  }
}

export {
  MAP_PLACEHOLDER,
  LOOP_PLACEHOLDER,
  isComposite,
  isTerminal,
  routeAfter,
  branchesOf
};
