import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  branchesOf,
  isComposite
} from "./chunk-B5INYTOD.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/commands/graph.ts
function id(internal) {
  return "n_" + internal.replace(/[^A-Za-z0-9]/g, (c) => "_" + c.charCodeAt(0).toString(16));
}
__name(id, "id");
function nodeInternal(graph, node) {
  return graph.internalName ? `${graph.internalName}.${node.name}` : node.name;
}
__name(nodeInternal, "nodeInternal");
function label(text) {
  return text.replace(/"/g, "#quot;");
}
__name(label, "label");
var SHAPES = {
  task: ["[", "]"],
  stub: ["[/", "/]"],
  success: ["([", "])"],
  fail: ["([", "])"],
  parallel: ["{{", "}}"],
  map: ["[[", "]]"],
  conditional: ["{", "}"],
  loop: ["[[", "]]"]
};
function renderMermaid(pipeline, statuses = {}) {
  const lines = ["flowchart TD"];
  const classes = { SUCCESS: [], FAIL: [], PROCESSING: [] };
  const walk = /* @__PURE__ */ __name((graph, indent) => {
    for (const node of Object.values(graph.nodes)) {
      const internal = nodeInternal(graph, node);
      const [open, close] = SHAPES[node.type] ?? ["[", "]"];
      const text = node.type === "task" ? `${node.name}<br/><i>${node.task.command_type}</i>` : `${node.name}<br/><i>${node.type}</i>`;
      if (isComposite(node)) {
        lines.push(`${indent}subgraph ${id(internal)}_g ["${label(node.name)} (${node.type})"]`);
        lines.push(`${indent}  ${id(internal)}${open}"${label(text)}"${close}`);
        for (const [key, g] of Object.entries(branchesOf(node))) {
          lines.push(`${indent}  subgraph ${id(g.internalName)}_b ["${label(key)}"]`);
          walk(g, indent + "    ");
          lines.push(`${indent}  end`);
          lines.push(`${indent}  ${id(internal)} -.-> ${id(nodeInternal(g, g.nodes[g.start_at]))}`);
        }
        lines.push(`${indent}end`);
      } else {
        lines.push(`${indent}${id(internal)}${open}"${label(text)}"${close}`);
      }
      const st = statuses[internal];
      if (st && classes[st]) classes[st].push(id(internal));
    }
    for (const node of Object.values(graph.nodes)) {
      if (node.type === "success" || node.type === "fail") continue;
      const from = id(nodeInternal(graph, node));
      lines.push(`${indent}${from} --> ${id(nodeInternal(graph, graph.nodes[node.next]))}`);
      if (node.on_failure) lines.push(`${indent}${from} -. on failure .-> ${id(nodeInternal(graph, graph.nodes[node.on_failure]))}`);
    }
  }, "walk");
  walk(pipeline.dag, "  ");
  lines.push("  classDef SUCCESS fill:#d4f7d4,stroke:#2da44e", "  classDef FAIL fill:#ffd7d5,stroke:#cf222e", "  classDef PROCESSING fill:#fff4c2,stroke:#bf8700");
  for (const [cls, ids] of Object.entries(classes)) if (ids.length) lines.push(`  class ${ids.join(",")} ${cls}`);
  return lines.join("\n") + "\n";
}
__name(renderMermaid, "renderMermaid");
function renderDot(pipeline) {
  const lines = ["digraph pipeline {", "  rankdir=TB;", '  node [shape=box, fontname="Helvetica"];'];
  let cluster = 0;
  const walk = /* @__PURE__ */ __name((graph, indent) => {
    for (const node of Object.values(graph.nodes)) {
      const internal = nodeInternal(graph, node);
      const shape = node.type === "success" || node.type === "fail" ? "oval" : isComposite(node) ? "hexagon" : "box";
      lines.push(`${indent}"${internal}" [label="${node.name}\\n(${node.type === "task" ? node.task.command_type : node.type})", shape=${shape}];`);
      if (isComposite(node)) {
        for (const [key, g] of Object.entries(branchesOf(node))) {
          lines.push(`${indent}subgraph cluster_${cluster++} {`, `${indent}  label="${node.name}: ${key}";`);
          walk(g, indent + "  ");
          lines.push(`${indent}}`);
          lines.push(`${indent}"${internal}" -> "${nodeInternal(g, g.nodes[g.start_at])}" [style=dotted];`);
        }
      }
    }
    for (const node of Object.values(graph.nodes)) {
      if (node.type === "success" || node.type === "fail") continue;
      lines.push(`${indent}"${nodeInternal(graph, node)}" -> "${nodeInternal(graph, graph.nodes[node.next])}";`);
      if (node.on_failure) lines.push(`${indent}"${nodeInternal(graph, node)}" -> "${nodeInternal(graph, graph.nodes[node.on_failure])}" [style=dashed, label="on failure"];`);
    }
  }, "walk");
  walk(pipeline.dag, "  ");
  lines.push("}");
  return lines.join("\n") + "\n";
}
__name(renderDot, "renderDot");

export {
  renderMermaid,
  renderDot
};
