export const id = 478;
export const ids = [478];
export const modules = {

/***/ 79478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderDot: () => (/* binding */ renderDot),
/* harmony export */   renderMermaid: () => (/* binding */ renderMermaid)
/* harmony export */ });
/* harmony import */ var _pipeline_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18615);
/**
 * `runnable graph`: the pipeline as a Mermaid flowchart or a Graphviz dot graph, optionally coloured by the
 * statuses of a run (the job summary uses the same renderer).
 */

function id(internal) {
    return 'n_' + internal.replace(/[^A-Za-z0-9]/g, (c) => '_' + c.charCodeAt(0).toString(16));
}
function nodeInternal(graph, node) {
    return graph.internalName ? `${graph.internalName}.${node.name}` : node.name;
}
function label(text) {
    return text.replace(/"/g, '#quot;');
}
const SHAPES = {
    task: ['[', ']'],
    stub: ['[/', '/]'],
    success: ['([', '])'],
    fail: ['([', '])'],
    parallel: ['{{', '}}'],
    map: ['[[', ']]'],
    conditional: ['{', '}'],
    loop: ['[[', ']]'],
};
function renderMermaid(pipeline, statuses = {}) {
    const lines = ['flowchart TD'];
    const classes = { SUCCESS: [], FAIL: [], PROCESSING: [] };
    const walk = (graph, indent) => {
        for (const node of Object.values(graph.nodes)) {
            const internal = nodeInternal(graph, node);
            const [open, close] = SHAPES[node.type] ?? ['[', ']'];
            const text = node.type === 'task' ? `${node.name}<br/><i>${node.task.command_type}</i>` : `${node.name}<br/><i>${node.type}</i>`;
            if ((0,_pipeline_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isComposite */ .mO)(node)) {
                lines.push(`${indent}subgraph ${id(internal)}_g ["${label(node.name)} (${node.type})"]`);
                lines.push(`${indent}  ${id(internal)}${open}"${label(text)}"${close}`);
                for (const [key, g] of Object.entries((0,_pipeline_model_js__WEBPACK_IMPORTED_MODULE_0__/* .branchesOf */ .IJ)(node))) {
                    lines.push(`${indent}  subgraph ${id(g.internalName)}_b ["${label(key)}"]`);
                    walk(g, indent + '    ');
                    lines.push(`${indent}  end`);
                    lines.push(`${indent}  ${id(internal)} -.-> ${id(nodeInternal(g, g.nodes[g.start_at]))}`);
                }
                lines.push(`${indent}end`);
            }
            else {
                lines.push(`${indent}${id(internal)}${open}"${label(text)}"${close}`);
            }
            const st = statuses[internal];
            if (st && classes[st])
                classes[st].push(id(internal));
        }
        for (const node of Object.values(graph.nodes)) {
            if (node.type === 'success' || node.type === 'fail')
                continue;
            const from = id(nodeInternal(graph, node));
            lines.push(`${indent}${from} --> ${id(nodeInternal(graph, graph.nodes[node.next]))}`);
            if (node.on_failure)
                lines.push(`${indent}${from} -. on failure .-> ${id(nodeInternal(graph, graph.nodes[node.on_failure]))}`);
        }
    };
    walk(pipeline.dag, '  ');
    lines.push('  classDef SUCCESS fill:#d4f7d4,stroke:#2da44e', '  classDef FAIL fill:#ffd7d5,stroke:#cf222e', '  classDef PROCESSING fill:#fff4c2,stroke:#bf8700');
    for (const [cls, ids] of Object.entries(classes))
        if (ids.length)
            lines.push(`  class ${ids.join(',')} ${cls}`);
    return lines.join('\n') + '\n';
}
function renderDot(pipeline) {
    const lines = ['digraph pipeline {', '  rankdir=TB;', '  node [shape=box, fontname="Helvetica"];'];
    let cluster = 0;
    const walk = (graph, indent) => {
        for (const node of Object.values(graph.nodes)) {
            const internal = nodeInternal(graph, node);
            const shape = node.type === 'success' || node.type === 'fail' ? 'oval' : (0,_pipeline_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isComposite */ .mO)(node) ? 'hexagon' : 'box';
            lines.push(`${indent}"${internal}" [label="${node.name}\\n(${node.type === 'task' ? node.task.command_type : node.type})", shape=${shape}];`);
            if ((0,_pipeline_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isComposite */ .mO)(node)) {
                for (const [key, g] of Object.entries((0,_pipeline_model_js__WEBPACK_IMPORTED_MODULE_0__/* .branchesOf */ .IJ)(node))) {
                    lines.push(`${indent}subgraph cluster_${cluster++} {`, `${indent}  label="${node.name}: ${key}";`);
                    walk(g, indent + '  ');
                    lines.push(`${indent}}`);
                    lines.push(`${indent}"${internal}" -> "${nodeInternal(g, g.nodes[g.start_at])}" [style=dotted];`);
                }
            }
        }
        for (const node of Object.values(graph.nodes)) {
            if (node.type === 'success' || node.type === 'fail')
                continue;
            lines.push(`${indent}"${nodeInternal(graph, node)}" -> "${nodeInternal(graph, graph.nodes[node.next])}";`);
            if (node.on_failure)
                lines.push(`${indent}"${nodeInternal(graph, node)}" -> "${nodeInternal(graph, graph.nodes[node.on_failure])}" [style=dashed, label="on failure"];`);
        }
    };
    walk(pipeline.dag, '  ');
    lines.push('}');
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 18615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ isTerminal),
/* harmony export */   IJ: () => (/* binding */ branchesOf),
/* harmony export */   Jh: () => (/* binding */ MAP_PLACEHOLDER),
/* harmony export */   lG: () => (/* binding */ LOOP_PLACEHOLDER),
/* harmony export */   mO: () => (/* binding */ isComposite)
/* harmony export */ });
const MAP_PLACEHOLDER = 'map_variable_placeholder';
const LOOP_PLACEHOLDER = 'loop_variable_placeholder';
function isComposite(node) {
    return node.type === 'parallel' || node.type === 'map' || node.type === 'conditional' || node.type === 'loop';
}
function isTerminal(node) {
    return node.type === 'success' || node.type === 'fail';
}
/** The graphs directly under a composite node, keyed by branch key (map/loop: the single key `branch`). */
function branchesOf(node) {
    switch (node.type) {
        case 'parallel':
            return node.branches;
        case 'conditional':
            return node.default ? { ...node.branches, default: node.default } : node.branches;
        case 'map':
        case 'loop':
            return { branch: node.branch };
    }
}


/***/ })

};
