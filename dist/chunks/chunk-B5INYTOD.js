import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/pipeline/model.ts
var MAP_PLACEHOLDER = "map_variable_placeholder";
var LOOP_PLACEHOLDER = "loop_variable_placeholder";
function isComposite(node) {
  return node.type === "parallel" || node.type === "map" || node.type === "conditional" || node.type === "loop";
}
__name(isComposite, "isComposite");
function isTerminal(node) {
  return node.type === "success" || node.type === "fail";
}
__name(isTerminal, "isTerminal");
function routeAfter(node, status) {
  return status === "SUCCESS" ? node.next : node.on_failure ?? "fail";
}
__name(routeAfter, "routeAfter");
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
__name(branchesOf, "branchesOf");

export {
  MAP_PLACEHOLDER,
  LOOP_PLACEHOLDER,
  isComposite,
  isTerminal,
  routeAfter,
  branchesOf
};
