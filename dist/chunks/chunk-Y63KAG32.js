import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  declaredSecretNames
} from "./chunk-V4XLLV55.js";
import {
  Masker
} from "./chunk-ZJUNEOJQ.js";
import {
  InternalError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/report/write.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/report/model.ts
var STATUS_CODE = { SUCCESS: "S", FAIL: "F", PROCESSING: "P", CREATED: "C" };
var MAP_PLACEHOLDER = "map_variable_placeholder";
var LOOP_PLACEHOLDER = "loop_variable_placeholder";
function maskerOf(secrets) {
  const m = new Masker();
  for (const v of secrets ?? []) m.add(v);
  return m.size ? (s) => m.mask(s) : (s) => s;
}
__name(maskerOf, "maskerOf");
function parseTime(t) {
  if (typeof t !== "string" || !t) return NaN;
  let ms = Date.parse(t);
  if (Number.isNaN(ms)) ms = Date.parse(t.replace(" ", "T"));
  return ms;
}
__name(parseTime, "parseTime");
function cut(s, max) {
  return s.length > max ? s.slice(0, max) + `\u2026 (${s.length - max} more characters)` : s;
}
__name(cut, "cut");
function jsonText(v, max) {
  if (typeof v === "string") return JSON.stringify(v);
  try {
    if (Array.isArray(v) && v.length > 16) {
      let out = "[";
      let i = 0;
      for (; i < v.length && out.length < max - 40; i++) out += (i ? "," : "") + (JSON.stringify(v[i]) ?? "null");
      return i < v.length ? `${out},\u2026 (${v.length} items)]` : `${out}]`;
    }
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
__name(jsonText, "jsonText");
var LOG_SUFFIX = ".execution.log";
var LOG_HEAD = 16e3;
var LOG_TAIL = 48e3;
var LOGS_TOTAL = 2e6;
function executionLogEntries(log, opts = {}) {
  const out = [];
  walk(log, opts, (step, detailed) => {
    if (!detailed) return;
    for (const e of step.data_catalog ?? []) if (e.stage === "put" && typeof e.name === "string" && e.name.endsWith(LOG_SUFFIX)) out.push(e);
  });
  return out;
}
__name(executionLogEntries, "executionLogEntries");
function walk(log, opts, visit) {
  const first = opts.itemsInDetail ?? 20;
  const failedMax = opts.failedInDetail ?? 100;
  let skippedBranches = 0;
  const steps = /* @__PURE__ */ __name((record, detailed, parent, prefix) => {
    for (const step of Object.values(record ?? {})) {
      if (!step || typeof step !== "object") continue;
      const name = typeof step.name === "string" ? step.name : String(step.internal_name ?? "");
      const template = prefix ? `${prefix}.${name}` : name;
      visit(step, detailed, parent, template);
      const branches = Object.entries(step.branches ?? {});
      const fanOut = step.step_type === "map" || step.step_type === "loop";
      let failedShown = 0;
      branches.forEach(([bname, b], i) => {
        const own = typeof step.internal_name === "string" ? step.internal_name : name;
        const key = bname.startsWith(own + ".") ? bname.slice(own.length + 1) : bname.split(".").slice(-1)[0];
        const placeholder = step.step_type === "map" ? MAP_PLACEHOLDER : step.step_type === "loop" ? LOOP_PLACEHOLDER : key;
        let inDetail = detailed;
        if (detailed && fanOut && i >= first) {
          inDetail = b?.status !== "SUCCESS" && failedShown++ < failedMax;
          if (!inDetail) skippedBranches++;
        }
        const branchTemplate = `${template}.${placeholder}`;
        steps(b?.steps, inDetail, { step, key, status: b?.status, template: branchTemplate }, branchTemplate);
      });
    }
  }, "steps");
  steps(log.steps, true, void 0, "");
  return { skippedBranches };
}
__name(walk, "walk");
function graphFromDump(dump, mask) {
  if (!dump || typeof dump !== "object") return void 0;
  const g = dump;
  if (typeof g.start_at !== "string" || !g.nodes || typeof g.nodes !== "object") return void 0;
  const nodes = [];
  for (const [name, raw] of Object.entries(g.nodes)) {
    const n = raw ?? {};
    const node = {
      name: mask(name),
      key: mask(typeof n.internal_name === "string" ? n.internal_name : name),
      type: typeof n.node_type === "string" ? n.node_type : "task",
      next: mask(typeof n.next_node === "string" ? n.next_node : ""),
      onFailure: mask(typeof n.on_failure === "string" ? n.on_failure : "")
    };
    if (typeof n.command === "string") node.command = mask(cut(n.command, 400));
    if (typeof n.command_type === "string") node.commandType = n.command_type;
    const branches = [];
    const add = /* @__PURE__ */ __name((key, d) => {
      const sub = graphFromDump(d, mask);
      if (sub) branches.push([mask(key), sub]);
    }, "add");
    if (n.branches && typeof n.branches === "object") for (const [k, d] of Object.entries(n.branches)) add(k, d);
    if (n.branch) add("branch", n.branch);
    if (n.default) add("default", n.default);
    if (branches.length) node.branches = branches;
    nodes.push(node);
  }
  return { start: mask(g.start_at), nodes };
}
__name(graphFromDump, "graphFromDump");
function graphFromSteps(record, prefix, mask) {
  const list = Object.values(record ?? {}).filter((s) => s && typeof s === "object");
  const start = /* @__PURE__ */ __name((s) => {
    let t = Infinity;
    for (const a of s.attempts ?? []) t = Math.min(t, parseTime(a.start_time) || Infinity);
    for (const b of Object.values(s.branches ?? {})) for (const inner of Object.values(b?.steps ?? {})) t = Math.min(t, start(inner));
    return t;
  }, "start");
  list.sort((a, b) => start(a) - start(b));
  const nodes = list.map((s, i) => {
    const name = String(s.name ?? "");
    const key = prefix ? `${prefix}.${name}` : name;
    const node = { name: mask(name), key: mask(key), type: String(s.step_type ?? "task"), next: i + 1 < list.length ? mask(String(list[i + 1].name)) : "success", onFailure: "" };
    const bs = Object.entries(s.branches ?? {});
    if (bs.length) {
      const fanOut = s.step_type === "map" || s.step_type === "loop";
      const own = String(s.internal_name ?? name);
      node.branches = fanOut ? [["branch", graphFromSteps(bs[0][1]?.steps, `${key}.${s.step_type === "map" ? MAP_PLACEHOLDER : LOOP_PLACEHOLDER}`, mask)]] : bs.map(([bn, b]) => {
        const k = bn.startsWith(own + ".") ? bn.slice(own.length + 1) : bn;
        return [mask(k), graphFromSteps(b?.steps, `${key}.${k}`, mask)];
      });
    }
    return node;
  });
  if (!nodes.some((n) => n.type === "success" || n.type === "fail")) nodes.push({ name: "success", key: prefix ? `${prefix}.success` : "success", type: "success", next: "", onFailure: "" });
  return { start: nodes[0]?.name ?? "success", nodes };
}
__name(graphFromSteps, "graphFromSteps");
function packLanes(items) {
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  const ends = [];
  for (const it of items) {
    let lane = ends.findIndex((e) => e <= it.start);
    if (lane < 0) {
      lane = ends.length;
      ends.push(it.end);
    } else ends[lane] = it.end;
    it.set(lane);
  }
  return ends.length;
}
__name(packLanes, "packLanes");
function buildReportData(log, opts = {}) {
  const mask = maskerOf(opts.secrets);
  const valueChars = opts.valueChars ?? 2e3;
  const strings = [];
  const stringIndex = /* @__PURE__ */ new Map();
  const str = /* @__PURE__ */ __name((s) => {
    const t = mask(typeof s === "string" ? s : s === void 0 || s === null ? "" : String(s));
    let i = stringIndex.get(t);
    if (i === void 0) {
      i = strings.length;
      strings.push(t);
      stringIndex.set(t, i);
    }
    return i;
  }, "str");
  const params = /* @__PURE__ */ __name((p) => Object.entries(p && typeof p === "object" ? p : {}).map(([k, v]) => [mask(k), mask(String(v?.kind ?? "")), mask(cut(jsonText(v?.value, valueChars), valueChars))]), "params");
  const code = /* @__PURE__ */ __name((c) => STATUS_CODE[String(c)] ?? "?", "code");
  let t0 = Infinity;
  let tEnd = -Infinity;
  walk(log, { itemsInDetail: Infinity }, (s) => {
    for (const a of s.attempts ?? []) {
      const a0 = parseTime(a.start_time);
      const a1 = parseTime(a.end_time);
      if (Number.isFinite(a0)) t0 = Math.min(t0, a0);
      if (Number.isFinite(a1)) tEnd = Math.max(tEnd, a1);
      else if (Number.isFinite(a0)) tEnd = Math.max(tEnd, a0);
    }
  });
  if (!Number.isFinite(t0)) t0 = 0;
  if (!Number.isFinite(tEnd)) tEnd = t0;
  const steps = [];
  const branches = [];
  const details = [];
  const files = [];
  const fileIndex = /* @__PURE__ */ new Map();
  const uses = [];
  const stepOf = /* @__PURE__ */ new Map();
  const branchOf = /* @__PURE__ */ new Map();
  const topOf = [];
  let lineageLeft = opts.lineageBudget ?? 5e3;
  let lineageOmitted = 0;
  let logsLeft = LOGS_TOTAL;
  let logsOmitted = 0;
  const { skippedBranches } = walk(log, opts, (step, detailed, parent, template) => {
    let branch = -1;
    if (parent) {
      const parentIndex = stepOf.get(parent.step);
      const id = `${parentIndex}\0${parent.key}`;
      branch = branchOf.get(id) ?? -1;
      if (branch < 0) {
        branch = branches.length;
        branches.push([parentIndex, mask(parent.key), code(parent.status)]);
        branchOf.set(id, branch);
      }
    }
    const index = steps.length;
    stepOf.set(step, index);
    topOf.push(parent ? topOf[stepOf.get(parent.step)] : index);
    const attempts = (Array.isArray(step.attempts) ? step.attempts : []).map((a, i) => {
      const a0 = parseTime(a.start_time);
      const a1 = parseTime(a.end_time);
      const start = Number.isFinite(a0) ? a0 - t0 : 0;
      const end = Number.isFinite(a1) ? a1 - t0 : start;
      const n = typeof a.attempt_number === "number" ? a.attempt_number : i + 1;
      return [start, Math.max(0, end - start), code(a.status), n, a.message ? str(a.message) : -1, 0];
    });
    let detail = -1;
    if (detailed) {
      const last = Array.isArray(step.attempts) && step.attempts.length ? step.attempts[step.attempts.length - 1] : void 0;
      const d = {
        in: params(last?.input_parameters),
        out: params(last?.output_parameters),
        metrics: params(last?.user_defined_metrics),
        runs: (step.attempts ?? []).map((a, i) => [typeof a.attempt_number === "number" ? a.attempt_number : i + 1, typeof a.exit_code === "number" ? a.exit_code : null, mask(String(a.retry_indicator ?? ""))]),
        logs: [],
        logsMissing: []
      };
      for (const e of step.data_catalog ?? []) {
        if (e?.stage !== "put" || typeof e.name !== "string" || !e.name.endsWith(LOG_SUFFIX)) continue;
        let text = opts.logs?.get(e.name);
        if (text === void 0) {
          d.logsMissing.push(mask(e.name));
          continue;
        }
        if (text.length > LOG_HEAD + LOG_TAIL) text = `${text.slice(0, LOG_HEAD)}
\u2026 ${text.length - LOG_HEAD - LOG_TAIL} characters not shown \u2026
${text.slice(-LOG_TAIL)}`;
        if (text.length > logsLeft) {
          logsOmitted++;
          d.logsMissing.push(mask(e.name));
          continue;
        }
        logsLeft -= text.length;
        d.logs.push([mask(e.name), mask(text)]);
      }
      detail = details.length;
      details.push(d);
    }
    for (const e of step.data_catalog ?? []) {
      if (!e || typeof e.name !== "string" || e.name.endsWith(LOG_SUFFIX)) continue;
      if (!detailed && lineageLeft <= 0) {
        lineageOmitted++;
        continue;
      }
      if (!detailed) lineageLeft--;
      const name = mask(e.name);
      const hash = mask(String(e.data_hash ?? ""));
      const id = `${name}\0${hash}`;
      let f = fileIndex.get(id);
      if (f === void 0) {
        f = files.length;
        files.push([name, hash, mask(String(e.catalog_relative_path ?? ""))]);
        fileIndex.set(id, f);
      }
      uses.push([f, e.stage === "get" ? "get" : "put", index]);
    }
    steps.push([str(step.name), branch, str(template), str(step.step_type ?? ""), code(step.status), attempts, detail, step.message ? str(step.message) : -1]);
  });
  const groups = /* @__PURE__ */ new Map();
  steps.forEach((row, i) => {
    const top = topOf[i];
    const type = strings[row[3]];
    if (type === "success" || type === "fail") return;
    for (const a of row[5]) {
      let list = groups.get(top);
      if (!list) groups.set(top, list = []);
      list.push({ start: a[0], end: a[0] + Math.max(a[1], 1), set: /* @__PURE__ */ __name((lane) => a[5] = lane, "set") });
    }
  });
  const lanes = {};
  for (const [top, list] of groups) lanes[top] = packLanes(list);
  const rc = log.run_config && typeof log.run_config === "object" ? log.run_config : {};
  const { dag, ...configRest } = rc;
  const dumped = graphFromDump(dag, mask);
  const codeIds = [];
  const seen = /* @__PURE__ */ new Set();
  walk(log, { itemsInDetail: 0, failedInDetail: 0 }, (s) => {
    for (const a of s.attempts ?? []) {
      for (const c of a.code_identities ?? []) {
        const k = `${c.code_identifier_type}\0${c.code_identifier}`;
        if (seen.has(k) || seen.size >= 10) continue;
        seen.add(k);
        const url = typeof c.code_identifier_url === "string" && /^https?:\/\//i.test(c.code_identifier_url) ? mask(c.code_identifier_url) : "";
        codeIds.push([mask(String(c.code_identifier_type ?? "")), mask(String(c.code_identifier ?? "")), url, mask(String(c.code_identifier_message ?? ""))]);
      }
    }
  });
  return {
    version: 1,
    run: {
      id: mask(String(log.run_id ?? "")),
      status: code(log.status),
      tag: mask(String(log.tag ?? "")),
      dagHash: mask(String(log.dag_hash ?? "")),
      t0,
      span: Math.max(0, tEnd - t0),
      parameters: params(log.parameters),
      code: codeIds,
      config: mask(cut(JSON.stringify(configRest, null, 2) ?? "{}", 2e4)),
      pipelineFile: mask(typeof rc.pipeline_definition_file === "string" ? rc.pipeline_definition_file : ""),
      source: mask(opts.source ?? ""),
      generatedAt: opts.generatedAt ?? (/* @__PURE__ */ new Date()).toISOString()
    },
    graph: dumped ?? graphFromSteps(log.steps, "", mask),
    graphFromSteps: !dumped,
    strings,
    steps,
    branches,
    details,
    files,
    uses,
    omitted: { detailBranches: skippedBranches, lineageEntries: lineageOmitted, logs: logsOmitted },
    lanes
  };
}
__name(buildReportData, "buildReportData");

// src/report/render.ts
import { createHash } from "node:crypto";

// src/report/dagre-source.generated.ts
var DAGRE_JS = '"use strict";var dagre=(()=>{var J=Object.defineProperty;var Mn=Object.getOwnPropertyDescriptor;var Pn=Object.getOwnPropertyNames;var Fn=Object.prototype.hasOwnProperty;var Dn=(e,n,t)=>n in e?J(e,n,{enumerable:!0,configurable:!0,writable:!0,value:t}):e[n]=t;var je=(e,n)=>{for(var t in n)J(e,t,{get:n[t],enumerable:!0})},An=(e,n,t,r)=>{if(n&&typeof n=="object"||typeof n=="function")for(let o of Pn(n))!Fn.call(e,o)&&o!==t&&J(e,o,{get:()=>n[o],enumerable:!(r=Mn(n,o))||r.enumerable});return e};var Vn=e=>An(J({},"__esModule",{value:!0}),e);var Re=(e,n,t)=>Dn(e,typeof n!="symbol"?n+"":n,t);var Sr={};je(Sr,{Graph:()=>T,debug:()=>de,default:()=>Ir,graphlib:()=>ee,layout:()=>ae,util:()=>jr,version:()=>re});var ee={};je(ee,{Graph:()=>T,alg:()=>H});var Yn=Object.defineProperty,Me=(e,n)=>{for(var t in n)Yn(e,t,{get:n[t],enumerable:!0})},Z=class{constructor(e){this._isDirected=!0,this._isMultigraph=!1,this._isCompound=!1,this._nodes={},this._in={},this._preds={},this._out={},this._sucs={},this._edgeObjs={},this._edgeLabels={},this._nodeCount=0,this._edgeCount=0,this._defaultNodeLabelFn=()=>{},this._defaultEdgeLabelFn=()=>{},e&&(this._isDirected="directed"in e?e.directed:!0,this._isMultigraph="multigraph"in e?e.multigraph:!1,this._isCompound="compound"in e?e.compound:!1),this._isCompound&&(this._parent={},this._children={},this._children["\\0"]={})}isDirected(){return this._isDirected}isMultigraph(){return this._isMultigraph}isCompound(){return this._isCompound}setGraph(e){return this._label=e,this}graph(){return this._label}setDefaultNodeLabel(e){return typeof e!="function"?this._defaultNodeLabelFn=()=>e:this._defaultNodeLabelFn=e,this}nodeCount(){return this._nodeCount}nodes(){return Object.keys(this._nodes)}sources(){return this.nodes().filter(e=>Object.keys(this._in[e]).length===0)}sinks(){return this.nodes().filter(e=>Object.keys(this._out[e]).length===0)}setNodes(e,n){return e.forEach(t=>{n!==void 0?this.setNode(t,n):this.setNode(t)}),this}setNode(e,n){return e in this._nodes?(arguments.length>1&&(this._nodes[e]=n),this):(this._nodes[e]=arguments.length>1?n:this._defaultNodeLabelFn(e),this._isCompound&&(this._parent[e]="\\0",this._children[e]={},this._children["\\0"][e]=!0),this._in[e]={},this._preds[e]={},this._out[e]={},this._sucs[e]={},++this._nodeCount,this)}node(e){return this._nodes[e]}hasNode(e){return e in this._nodes}removeNode(e){if(e in this._nodes){let n=t=>this.removeEdge(this._edgeObjs[t]);delete this._nodes[e],this._isCompound&&(this._removeFromParentsChildList(e),delete this._parent[e],this.children(e).forEach(t=>{this.setParent(t)}),delete this._children[e]),Object.keys(this._in[e]).forEach(n),delete this._in[e],delete this._preds[e],Object.keys(this._out[e]).forEach(n),delete this._out[e],delete this._sucs[e],--this._nodeCount}return this}setParent(e,n){if(!this._isCompound)throw new Error("Cannot set parent in a non-compound graph");if(n===void 0)n="\\0";else{n+="";for(let t=n;t!==void 0;t=this.parent(t))if(t===e)throw new Error("Setting "+n+" as parent of "+e+" would create a cycle");this.setNode(n)}return this.setNode(e),this._removeFromParentsChildList(e),this._parent[e]=n,this._children[n][e]=!0,this}parent(e){if(this._isCompound){let n=this._parent[e];if(n!=="\\0")return n}}children(e="\\0"){if(this._isCompound){let n=this._children[e];if(n)return Object.keys(n)}else{if(e==="\\0")return this.nodes();if(this.hasNode(e))return[]}return[]}predecessors(e){let n=this._preds[e];if(n)return Object.keys(n)}successors(e){let n=this._sucs[e];if(n)return Object.keys(n)}neighbors(e){let n=this.predecessors(e);if(n){let t=new Set(n),r=this.successors(e);if(r)for(let o of r)t.add(o);return Array.from(t.values())}}isLeaf(e){var n;let t;return this.isDirected()?t=this.successors(e):t=this.neighbors(e),((n=t==null?void 0:t.length)!=null?n:0)===0}filterNodes(e){let n=new this.constructor({directed:this._isDirected,multigraph:this._isMultigraph,compound:this._isCompound});n.setGraph(this.graph()),Object.entries(this._nodes).forEach(([o,i])=>{e(o)&&n.setNode(o,i)}),Object.values(this._edgeObjs).forEach(o=>{n.hasNode(o.v)&&n.hasNode(o.w)&&n.setEdge(o,this.edge(o))});let t={},r=o=>{let i=this.parent(o);return!i||n.hasNode(i)?(t[o]=i,i):i in t?t[i]:r(i)};return this._isCompound&&n.nodes().forEach(o=>n.setParent(o,r(o))),n}setDefaultEdgeLabel(e){return typeof e!="function"?this._defaultEdgeLabelFn=()=>e:this._defaultEdgeLabelFn=e,this}edgeCount(){return this._edgeCount}edges(){return Object.values(this._edgeObjs)}setPath(e,n){return e.reduce((t,r)=>(n!==void 0?this.setEdge(t,r,n):this.setEdge(t,r),r)),this}setEdge(e,n,t,r){let o,i,s,a,l=!1;typeof e=="object"&&e!==null&&"v"in e?(o=e.v,i=e.w,s=e.name,arguments.length===2&&(a=n,l=!0)):(o=e,i=n,s=r,arguments.length>2&&(a=t,l=!0)),o=""+o,i=""+i,s!==void 0&&(s=""+s);let u=z(this._isDirected,o,i,s);if(u in this._edgeLabels)return l&&(this._edgeLabels[u]=a),this;if(s!==void 0&&!this._isMultigraph)throw new Error("Cannot set a named edge when isMultigraph = false");this.setNode(o),this.setNode(i),this._edgeLabels[u]=l?a:this._defaultEdgeLabelFn(o,i,s);let d=Bn(this._isDirected,o,i,s);return o=d.v,i=d.w,Object.freeze(d),this._edgeObjs[u]=d,Ie(this._preds[i],o),Ie(this._sucs[o],i),this._in[i][u]=d,this._out[o][u]=d,this._edgeCount++,this}edge(e,n,t){let r=arguments.length===1?le(this._isDirected,e):z(this._isDirected,e,n,t);return this._edgeLabels[r]}edgeAsObj(e,n,t){let r=arguments.length===1?this.edge(e):this.edge(e,n,t);return typeof r!="object"||r===null?{label:r}:r}hasEdge(e,n,t){return(arguments.length===1?le(this._isDirected,e):z(this._isDirected,e,n,t))in this._edgeLabels}removeEdge(e,n,t){let r=arguments.length===1?le(this._isDirected,e):z(this._isDirected,e,n,t),o=this._edgeObjs[r];if(o){let i=o.v,s=o.w;delete this._edgeLabels[r],delete this._edgeObjs[r],Se(this._preds[s],i),Se(this._sucs[i],s),delete this._in[s][r],delete this._out[i][r],this._edgeCount--}return this}inEdges(e,n){return this.isDirected()?this.filterEdges(this._in[e],e,n):this.nodeEdges(e,n)}outEdges(e,n){return this.isDirected()?this.filterEdges(this._out[e],e,n):this.nodeEdges(e,n)}nodeEdges(e,n){if(e in this._nodes)return this.filterEdges({...this._in[e],...this._out[e]},e,n)}_removeFromParentsChildList(e){delete this._children[this._parent[e]][e]}filterEdges(e,n,t){if(!e)return;let r=Object.values(e);return t?r.filter(o=>o.v===n&&o.w===t||o.v===t&&o.w===n):r}};function Ie(e,n){e[n]?e[n]++:e[n]=1}function Se(e,n){e[n]!==void 0&&!--e[n]&&delete e[n]}function z(e,n,t,r){let o=""+n,i=""+t;if(!e&&o>i){let s=o;o=i,i=s}return o+""+i+""+(r===void 0?"\\0":r)}function Bn(e,n,t,r){let o=""+n,i=""+t;if(!e&&o>i){let a=o;o=i,i=a}let s={v:o,w:i};return r&&(s.name=r),s}function le(e,n){return z(e,n.v,n.w,n.name)}var Wn={};Me(Wn,{read:()=>qn,write:()=>Xn});function Xn(e){let n={options:{directed:e.isDirected(),multigraph:e.isMultigraph(),compound:e.isCompound()},nodes:zn(e),edges:Hn(e)},t=e.graph();return t!==void 0&&(n.value=structuredClone(t)),n}function zn(e){return e.nodes().map(n=>{let t=e.node(n),r=e.parent(n),o={v:n};return t!==void 0&&(o.value=t),r!==void 0&&(o.parent=r),o})}function Hn(e){return e.edges().map(n=>{let t=e.edge(n),r={v:n.v,w:n.w};return n.name!==void 0&&(r.name=n.name),t!==void 0&&(r.value=t),r})}function qn(e){let n=new Z(e.options);return e.value!==void 0&&n.setGraph(e.value),e.nodes.forEach(t=>{n.setNode(t.v,t.value),t.parent&&n.setParent(t.v,t.parent)}),e.edges.forEach(t=>{n.setEdge({v:t.v,w:t.w,name:t.name},t.value)}),n}var H={};Me(H,{CycleException:()=>Q,bellmanFord:()=>Pe,components:()=>Jn,dijkstra:()=>K,dijkstraAll:()=>Zn,findCycles:()=>et,floydWarshall:()=>tt,isAcyclic:()=>ot,postorder:()=>st,preorder:()=>at,prim:()=>dt,shortestPaths:()=>lt,tarjan:()=>De,topsort:()=>Ae});var $n=()=>1;function Pe(e,n,t,r){return Un(e,String(n),t||$n,r||function(o){var i;return(i=e.outEdges(o))!=null?i:[]})}function Un(e,n,t,r){let o={},i,s=0,a=e.nodes(),l=function(c){let f=o[c.v],h=o[c.w];if(!f||!h)return;let g=t(c);f.distance+g<h.distance&&(o[c.w]={distance:f.distance+g,predecessor:c.v},i=!0)},u=function(){a.forEach(function(c){r(c).forEach(function(f){let h=f.v===c?f.v:f.w,g=h===f.v?f.w:f.v;l({v:h,w:g})})})};a.forEach(function(c){let f=c===n?0:Number.POSITIVE_INFINITY;o[c]={distance:f,predecessor:""}});let d=a.length;for(let c=1;c<d&&(i=!1,s++,u(),!!i);c++);if(s===d-1&&(i=!1,u(),i))throw new Error("The graph contains a negative weight cycle");return o}function Jn(e){let n={},t=[],r;function o(i){var s,a;i in n||(n[i]=!0,r.push(i),(s=e.successors(i))==null||s.forEach(o),(a=e.predecessors(i))==null||a.forEach(o))}return e.nodes().forEach(function(i){r=[],o(i),r.length&&t.push(r)}),t}var Fe=class{constructor(){this._arr=[],this._keyIndices={}}size(){return this._arr.length}keys(){return this._arr.map(e=>e.key)}has(e){return e in this._keyIndices}priority(e){let n=this._keyIndices[e];if(n!==void 0)return this._arr[n].priority}min(){if(this.size()===0)throw new Error("Queue underflow");return this._arr[0].key}add(e,n){let t=this._keyIndices,r=String(e);if(!(r in t)){let o=this._arr,i=o.length;return t[r]=i,o.push({key:r,priority:n}),this._decrease(i),!0}return!1}removeMin(){if(this.size()===0)throw new Error("Queue underflow");this._swap(0,this._arr.length-1);let e=this._arr.pop();return delete this._keyIndices[e.key],this._heapify(0),e.key}decrease(e,n){let t=this._keyIndices[e];if(t===void 0)throw new Error(`Key not found: ${e}`);let r=this._arr[t].priority;if(n>r)throw new Error(`New priority is greater than current priority. Key: ${e} Old: ${r} New: ${n}`);this._arr[t].priority=n,this._decrease(t)}_heapify(e){let n=this._arr,t=2*e,r=t+1,o=e;t<n.length&&(o=n[t].priority<n[o].priority?t:o,r<n.length&&(o=n[r].priority<n[o].priority?r:o),o!==e&&(this._swap(e,o),this._heapify(o)))}_decrease(e){let n=this._arr,t=n[e].priority,r;for(;e!==0&&(r=e>>1,!(n[r].priority<t));)this._swap(e,r),e=r}_swap(e,n){let t=this._arr,r=this._keyIndices,o=t[e],i=t[n];t[e]=i,t[n]=o,r[i.key]=e,r[o.key]=n}},Kn=()=>1;function K(e,n,t,r){let o=function(i){var s;return(s=e.outEdges(i))!=null?s:[]};return Qn(e,String(n),t||Kn,r||o)}function Qn(e,n,t,r){let o={},i=new Fe,s,a,l=function(u){let d=u.v!==s?u.v:u.w,c=o[d];if(!c)return;let f=t(u),h=a.distance+f;if(f<0)throw new Error("dijkstra does not allow negative edge weights. Bad edge: "+u+" Weight: "+f);h<c.distance&&(c.distance=h,c.predecessor=s,i.decrease(d,h))};for(e.nodes().forEach(function(u){let d=u===n?0:Number.POSITIVE_INFINITY;o[u]={distance:d,predecessor:""},i.add(u,d)});i.size()>0;){s=i.removeMin();let u=o[s];if(!u||u.distance===Number.POSITIVE_INFINITY)break;a=u,r(s).forEach(l)}return o}function Zn(e,n,t){return e.nodes().reduce(function(r,o){return r[o]=K(e,o,n,t),r},{})}function De(e){let n=0,t=[],r={},o=[];function i(s){var a;let l=r[s]={onStack:!0,lowlink:n,index:n++};if(t.push(s),(a=e.successors(s))==null||a.forEach(function(u){if(u in r){let d=r[u];d!=null&&d.onStack&&(l.lowlink=Math.min(l.lowlink,d.index))}else{i(u);let d=r[u];d&&(l.lowlink=Math.min(l.lowlink,d.lowlink))}}),l.lowlink===l.index){let u=[],d;do{d=t.pop();let c=r[d];c&&(c.onStack=!1),u.push(d)}while(s!==d);o.push(u)}}return e.nodes().forEach(function(s){s in r||i(s)}),o}function et(e){return De(e).filter(function(n){var t;let r=n[0];return r?n.length>1||n.length===1&&((t=e.outEdges(r,r))!=null?t:[]).length>0:!1})}var nt=()=>1;function tt(e,n,t){return rt(e,n||nt,t||function(r){var o;return(o=e.outEdges(r))!=null?o:[]})}function rt(e,n,t){let r={},o=e.nodes();return o.forEach(function(i){let s={};r[i]=s,s[i]={distance:0,predecessor:""},o.forEach(function(a){i!==a&&(s[a]={distance:Number.POSITIVE_INFINITY,predecessor:""})}),t(i).forEach(function(a){let l=a.v===i?a.w:a.v,u=n(a);s[l]={distance:u,predecessor:i}})}),o.forEach(function(i){let s=r[i];s&&o.forEach(function(a){let l=r[a];l&&o.forEach(function(u){let d=l[i],c=s[u],f=l[u];if(d&&c&&f){let h=d.distance+c.distance;h<f.distance&&(f.distance=h,f.predecessor=c.predecessor)}})})}),r}var Q=class extends Error{constructor(e){super(e),this.name="CycleException"}};function Ae(e){let n={},t={},r=[];function o(i){var s;if(i in t)throw new Q;i in n||(t[i]=!0,n[i]=!0,(s=e.predecessors(i))==null||s.forEach(o),delete t[i],r.push(i))}if(e.sinks().forEach(o),Object.keys(n).length!==e.nodeCount())throw new Q;return r}function ot(e){try{Ae(e)}catch(n){if(n instanceof Q)return!1;throw n}return!0}function it(e,n,t,r,o){Array.isArray(n)||(n=[n]);let i=(a=>{var l;return(l=e.isDirected()?e.successors(a):e.neighbors(a))!=null?l:[]}),s={};return n.forEach(function(a){if(!e.hasNode(a))throw new Error("Graph does not have node: "+a);o=Ve(e,a,t==="post",s,i,r,o)}),o}function Ve(e,n,t,r,o,i,s){return n in r||(r[n]=!0,t||(s=i(s,n)),o(n).forEach(function(a){s=Ve(e,a,t,r,o,i,s)}),t&&(s=i(s,n))),s}function Ye(e,n,t){return it(e,n,t,function(r,o){return r.push(o),r},[])}function st(e,n){return Ye(e,n,"post")}function at(e,n){return Ye(e,n,"pre")}function dt(e,n){var t;let r=new Z,o={},i=new Fe,s;function a(d){let c=d.v===s?d.w:d.v,f=i.priority(c);if(f!==void 0){let h=n(d);h<f&&(o[c]=s,i.decrease(c,h))}}if(e.nodeCount()===0)return r;e.nodes().forEach(function(d){i.add(d,Number.POSITIVE_INFINITY),r.setNode(d)});let l=e.nodes()[0];l!==void 0&&i.decrease(l,0);let u=!1;for(;i.size()>0;){if(s=i.removeMin(),s in o)r.setEdge(s,o[s]);else{if(u)throw new Error("Input graph is not connected: "+e);u=!0}(t=e.nodeEdges(s))==null||t.forEach(a)}return r}function lt(e,n,t,r){return ut(e,n,t,r!=null?r:(o=>{var i;return(i=e.outEdges(o))!=null?i:[]}))}function ut(e,n,t,r){if(t===void 0)return K(e,n,t,r);let o=!1,i=e.nodes();for(let s=0;s<i.length;s++){let a=i[s];if(a===void 0)continue;let l=r(a);for(let u=0;u<l.length;u++){let d=l[u];if(!d)continue;let c=d.v===a?d.v:d.w,f=c===d.v?d.w:d.v;t({v:c,w:f})<0&&(o=!0)}if(o)return Pe(e,n,t,r)}return K(e,n,t,r)}var T=Z;function M(e,n,t,r){let o=r;for(;e.hasNode(o);)o=$(r);return t.dummy=n,e.setNode(o,t),o}function Be(e){let n=new T().setGraph(e.graph());return e.nodes().forEach(t=>n.setNode(t,e.node(t))),e.edges().forEach(t=>{let r=n.edge(t.v,t.w)||{weight:0,minlen:1},o=e.edge(t);n.setEdge(t.v,t.w,{weight:r.weight+o.weight,minlen:Math.max(r.minlen,o.minlen)})}),n}function ne(e){let n=new T({multigraph:e.isMultigraph()}).setGraph(e.graph());return e.nodes().forEach(t=>{e.children(t).length||n.setNode(t,e.node(t))}),e.edges().forEach(t=>{n.setEdge(t,e.edge(t))}),n}function ue(e,n){let t=e.x,r=e.y,o=n.x-t,i=n.y-r,s=e.width/2,a=e.height/2;if(!o&&!i)throw new Error("Not possible to find intersection inside of the rectangle");let l,u;return o===0||Math.abs(i)*s>Math.abs(o)*a?(i<0&&(a=-a),l=a*o/i,u=a):(o<0&&(s=-s),l=s,u=s*i/o),{x:t+l,y:r+u}}function P(e){let n=D(fe(e)+1).map(()=>[]);return e.nodes().forEach(t=>{let r=e.node(t),o=r.rank;o!==void 0&&(n[o]||(n[o]=[]),n[o][r.order]=t)}),n}function We(e){let n=e.nodes().map(r=>{let o=e.node(r).rank;return o===void 0?Number.MAX_VALUE:o}),t=S(Math.min,n);e.nodes().forEach(r=>{let o=e.node(r);Object.hasOwn(o,"rank")&&(o.rank-=t)})}function Xe(e){let n=e.nodes().map(s=>e.node(s).rank).filter(s=>s!==void 0),t=S(Math.min,n),r=[];e.nodes().forEach(s=>{let a=e.node(s).rank-t;r[a]||(r[a]=[]),r[a].push(s)});let o=0,i=e.graph().nodeRankFactor;Array.from(r).forEach((s,a)=>{s===void 0&&a%i!==0?--o:s!==void 0&&o&&s.forEach(l=>e.node(l).rank+=o)})}function ce(e,n,t,r){let o={width:0,height:0};return arguments.length>=4&&(o.rank=t,o.order=r),M(e,"border",o,n)}function ct(e,n=ze){let t=[];for(let r=0;r<e.length;r+=n){let o=e.slice(r,r+n);t.push(o)}return t}var ze=65535;function S(e,n){if(n.length>ze){let t=ct(n);return e(...t.map(r=>e(...r)))}else return e(...n)}function fe(e){let t=e.nodes().map(r=>{let o=e.node(r).rank;return o===void 0?Number.MIN_VALUE:o});return S(Math.max,t)}function He(e,n){let t={lhs:[],rhs:[]};return e.forEach(r=>{n(r)?t.lhs.push(r):t.rhs.push(r)}),t}function he(e,n){let t=Date.now();try{return n()}finally{console.log(e+" time: "+(Date.now()-t)+"ms")}}function q(e,n){return n()}var ft=0;function $(e){let n=++ft;return e+(""+n)}function D(e,n,t=1){n==null&&(n=e,e=0);let r=i=>i<n;t<0&&(r=i=>n<i);let o=[];for(let i=e;r(i);i+=t)o.push(i);return o}function W(e,n){let t={};for(let r of n)e[r]!==void 0&&(t[r]=e[r]);return t}function X(e,n){let t;return typeof n=="string"?t=r=>r[n]:t=n,Object.entries(e).reduce((r,[o,i])=>(r[o]=t(i,o),r),{})}function qe(e,n){return e.reduce((t,r,o)=>(t[r]=n[o],t),{})}var V="\\0";function te(e,n,t){var u,d,c,f,h,g;if(!(e&&n&&t&&n.dummy==="edge"&&t.dummy==="edge"&&n.edgeObj&&t.edgeObj&&e[n.edgeObj.v]&&e[t.edgeObj.v]&&e[n.edgeObj.w]&&e[t.edgeObj.w]))return 0;let r=!0;n.edgeObj.w===t.edgeObj.w&&(r=!1);let o=r?(d=(u=e[n.edgeObj.v])==null?void 0:u.rank)!=null?d:NaN+1:(f=(c=e[n.edgeObj.w])==null?void 0:c.rank)!=null?f:NaN-1,i=Object.entries(e).find(m=>{var L,y;return((L=m[1].edgeObj)==null?void 0:L.v)===n.edgeObj.v&&((y=m[1].edgeObj)==null?void 0:y.w)===n.edgeObj.w&&m[1].rank===o}),s=Object.entries(e).find(m=>{var L,y;return((L=m[1].edgeObj)==null?void 0:L.v)===t.edgeObj.v&&((y=m[1].edgeObj)==null?void 0:y.w)===t.edgeObj.w&&m[1].rank===o});if(!i||!s)return 0;let a=(h=i[1].order)!=null?h:NaN,l=(g=s[1].order)!=null?g:NaN;return isNaN(a-l)?0:a-l}var re="3.1.3";var be=class{constructor(){Re(this,"_sentinel");let n={};n._next=n._prev=n,this._sentinel=n}dequeue(){let n=this._sentinel,t=n._prev;if(t!==n)return $e(t),t}enqueue(n){let t=this._sentinel;n._prev&&n._next&&$e(n),n._next=t._next,t._next._prev=n,t._next=n,n._prev=t}toString(){let n=[],t=this._sentinel,r=t._prev;for(;r!==t;)n.push(JSON.stringify(r,ht)),r=r._prev;return"["+n.join(", ")+"]"}};function $e(e){e._prev._next=e._next,e._next._prev=e._prev,delete e._next,delete e._prev}function ht(e,n){if(e!=="_next"&&e!=="_prev")return n}var Ue=be;var bt=()=>1;function me(e,n){if(e.nodeCount()<=1)return[];let t=pt(e,n||bt);return gt(t.graph,t.buckets,t.zeroIdx).flatMap(o=>e.outEdges(o.v,o.w)||[])}function gt(e,n,t){var a;let r=[],o=n[n.length-1],i=n[0],s;for(;e.nodeCount();){for(;s=i.dequeue();)ge(e,n,t,s);for(;s=o.dequeue();)ge(e,n,t,s);if(e.nodeCount()){for(let l=n.length-2;l>0;--l)if(s=(a=n[l])==null?void 0:a.dequeue(),s){r=r.concat(ge(e,n,t,s,!0)||[]);break}}}return r}function ge(e,n,t,r,o){let i=[],s=o?i:void 0;return(e.inEdges(r.v)||[]).forEach(a=>{let l=e.edge(a),u=e.node(a.v);o&&i.push({v:a.v,w:a.w}),u.out-=l,pe(n,t,u)}),(e.outEdges(r.v)||[]).forEach(a=>{let l=e.edge(a),u=a.w,d=e.node(u);d.in-=l,pe(n,t,d)}),e.removeNode(r.v),s}function pt(e,n){let t=new T,r=0,o=0;e.nodes().forEach(a=>{t.setNode(a,{v:a,in:0,out:0})}),e.edges().forEach(a=>{let l=t.edge(a.v,a.w)||0,u=n(a),d=l+u;t.setEdge(a.v,a.w,d);let c=t.node(a.v),f=t.node(a.w);o=Math.max(o,c.out+=u),r=Math.max(r,f.in+=u)});let i=mt(o+r+3).map(()=>new Ue),s=r+1;return t.nodes().forEach(a=>{pe(i,s,t.node(a))}),{graph:t,buckets:i,zeroIdx:s}}function pe(e,n,t){var r,o,i;t.out?t.in?(i=e[t.out-t.in+n])==null||i.enqueue(t):(o=e[e.length-1])==null||o.enqueue(t):(r=e[0])==null||r.enqueue(t)}function mt(e){let n=[];for(let t=0;t<e;t++)n.push(t);return n}function Je(e,n){(e.graph().acyclicer==="greedy"?me(e,r(e)):Et(e,n!=null?n:null)).forEach(o=>{let i=e.edge(o);e.removeEdge(o),i.forwardName=o.name,i.reversed=!0,e.setEdge(o.w,o.v,i,$("rev"))});function r(o){return i=>o.edge(i).weight}}function Et(e,n){let t=[],r={},o={};function i(l){Object.hasOwn(o,l)||(o[l]=!0,r[l]=!0,e.outEdges(l).forEach(u=>{Object.hasOwn(r,u.w)?t.push(u):i(u.w)}),delete r[l])}function s(l){var u;Object.hasOwn(o,l)||(o[l]=!0,r[l]=!0,(u=e.outEdges(l))==null||u.forEach(d=>{var c,f;Object.hasOwn(r,d.w)||((c=n.node(l))==null?void 0:c.rank)>((f=n.node(d.w))==null?void 0:f.rank)&&Lt(e,d.w,d)?t.push(d):s(d.w)}),delete r[l])}let a=i;return n&&typeof n.node=="function"&&(a=s),e.sources().forEach(a),e.nodes().forEach(a),t}function Ke(e){e.edges().forEach(n=>{let t=e.edge(n);if(t.reversed){e.removeEdge(n);let r=t.forwardName;delete t.reversed,delete t.forwardName,e.setEdge(n.w,n.v,t,r)}})}function Lt(e,n,t){let r=new Set;function o(i){var s;if(e.sources().includes(i))return!0;r.add(i);for(let a of(s=e.inEdges(i))!=null?s:[])if(!(a.v===t.v&&a.w===t.w)&&!r.has(a.v)&&o(a.v))return!0;return!1}return o(n)}function Qe(e){e.graph().dummyChains=[],e.edges().forEach(n=>wt(e,n))}function wt(e,n){let t=n.v,r=e.node(t).rank,o=n.w,i=e.node(o).rank,s=n.name,a=e.edge(n),l=a.labelRank;if(i===r+1)return;e.removeEdge(n);let u,d,c;for(c=0,++r;r<i;++c,++r)a.points=[],d={width:0,height:0,edgeLabel:a,edgeObj:n,rank:r},u=M(e,"edge",d,"_d"),r===l&&(d.width=a.width,d.height=a.height,d.dummy="edge-label",d.labelpos=a.labelpos),e.setEdge(t,u,{weight:a.weight},s),c===0&&e.graph().dummyChains.push(u),t=u;e.setEdge(t,o,{weight:a.weight},s)}function Ze(e){e.graph().dummyChains.forEach(n=>{let t=e.node(n),r=t.edgeLabel,o;for(e.setEdge(t.edgeObj,r);t.dummy;)o=e.successors(n)[0],e.removeNode(n),r.points.push({x:t.x,y:t.y}),t.dummy==="edge-label"&&(r.x=t.x,r.y=t.y,r.width=t.width,r.height=t.height),n=o,t=e.node(n)})}function U(e){let n={};function t(r){let o=e.node(r);if(Object.hasOwn(n,r))return o.rank;n[r]=!0;let i=e.outEdges(r),s=i?i.map(l=>l==null?Number.POSITIVE_INFINITY:t(l.w)-e.edge(l).minlen):[],a=S(Math.min,s);return a===Number.POSITIVE_INFINITY&&(a=0),o.rank=a}e.sources().forEach(t)}function A(e,n){return e.node(n.w).rank-e.node(n.v).rank-e.edge(n).minlen}var oe=Gt;function Gt(e){let n=new T({directed:!1}),t=e.nodes();if(t.length===0)throw new Error("Graph must have at least one node");let r=t[0],o=e.nodeCount();n.setNode(r,{});let i,s;for(;vt(n,e)<o&&(i=kt(n,e),!!i);)s=n.hasNode(i.v)?A(e,i):-A(e,i),xt(n,e,s);return n}function vt(e,n){function t(r){let o=n.nodeEdges(r);o&&o.forEach(i=>{let s=i.v,a=r===s?i.w:s;!e.hasNode(a)&&!A(n,i)&&(e.setNode(a,{}),e.setEdge(r,a,{}),t(a))})}return e.nodes().forEach(t),e.nodeCount()}function kt(e,n){return n.edges().reduce((r,o)=>{let i=Number.POSITIVE_INFINITY;return e.hasNode(o.v)!==e.hasNode(o.w)&&(i=A(n,o)),i<r[0]?[i,o]:r},[Number.POSITIVE_INFINITY,null])[1]}function xt(e,n,t){e.nodes().forEach(r=>n.node(r).rank+=t)}var{preorder:_t,postorder:Ot}=H,nn=Y;Y.initLowLimValues=Le;Y.initCutValues=Ee;Y.calcCutValue=tn;Y.leaveEdge=on;Y.enterEdge=sn;Y.exchangeEdges=an;function Y(e){e=Be(e),U(e);let n=oe(e);Le(n),Ee(n,e);let t,r;for(;t=on(n);)r=sn(n,e,t),an(n,e,t,r)}function Ee(e,n){let t=Ot(e,e.nodes());t=t.slice(0,t.length-1),t.forEach(r=>Ct(e,n,r))}function Ct(e,n,t){let o=e.node(t).parent,i=e.edge(t,o);i.cutvalue=tn(e,n,t)}function tn(e,n,t){let o=e.node(t).parent,i=!0,s=n.edge(t,o),a=0;s||(i=!1,s=n.edge(o,t)),a=s.weight;let l=n.nodeEdges(t);return l&&l.forEach(u=>{let d=u.v===t,c=d?u.w:u.v;if(c!==o){let f=d===i,h=n.edge(u).weight;if(a+=f?h:-h,jt(e,t,c)){let m=e.edge(t,c).cutvalue;a+=f?-m:m}}}),a}function Le(e,n){arguments.length<2&&(n=e.nodes()[0]),rn(e,{},1,n)}function rn(e,n,t,r,o){let i=t,s=e.node(r);n[r]=!0;let a=e.neighbors(r);return a&&a.forEach(l=>{Object.hasOwn(n,l)||(t=rn(e,n,t,l,r))}),s.low=i,s.lim=t++,o?s.parent=o:delete s.parent,t}function on(e){return e.edges().find(n=>e.edge(n).cutvalue<0)}function sn(e,n,t){let r=t.v,o=t.w;n.hasEdge(r,o)||(r=t.w,o=t.v);let i=e.node(r),s=e.node(o),a=i,l=!1;return i.lim>s.lim&&(a=s,l=!0),n.edges().filter(d=>l===en(e,e.node(d.v),a)&&l!==en(e,e.node(d.w),a)).reduce((d,c)=>A(n,c)<A(n,d)?c:d)}function an(e,n,t,r){let o=t.v,i=t.w;e.removeEdge(o,i),e.setEdge(r.v,r.w,{}),Le(e),Ee(e,n),Tt(e,n)}function Tt(e,n){let t=e.nodes().find(o=>!e.node(o).parent);if(!t)return;let r=_t(e,[t]);r=r.slice(1),r.forEach(o=>{let s=e.node(o).parent,a=n.edge(o,s),l=!1;a||(a=n.edge(s,o),l=!0),n.node(o).rank=n.node(s).rank+(l?a.minlen:-a.minlen)})}function jt(e,n,t){return e.hasEdge(n,t)}function en(e,n,t){return t.low<=n.lim&&n.lim<=t.lim}var ln=Rt;function Rt(e){let n=e.graph().ranker;if(typeof n=="function")return n(e);switch(n){case"network-simplex":dn(e);break;case"tight-tree":St(e);break;case"longest-path":It(e);break;case"none":break;default:dn(e)}}var It=U;function St(e){U(e),oe(e)}function dn(e){nn(e)}var un=Mt;function Mt(e){let n=Ft(e),t=e.graph();if(!Array.isArray(t.dummyChains))return;t.dummyChains.forEach(o=>{let i=e.node(o),s=i.edgeObj,a=Pt(e,n,s.v,s.w),l=a.path,u=a.lca,d=0,c=l[d],f=!0;for(;o!==s.w;){if(i=e.node(o),f){for(;(c=l[d])!==u&&e.node(c).maxRank<i.rank;)d++;c===u&&(f=!1)}if(!f){for(;d<l.length-1&&e.node(l[d+1]).minRank<=i.rank;)d++;c=l[d]}c!==void 0&&e.setParent(o,c),o=e.successors(o)[0]}})}function Pt(e,n,t,r){let o=[],i=[],s=Math.min(n[t].low,n[r].low),a=Math.max(n[t].lim,n[r].lim),l;l=t;do l=e.parent(l),o.push(l);while(l&&(n[l].low>s||a>n[l].lim));let u=l,d=r;for(;(d=e.parent(d))!==u;)i.push(d);return{path:o.concat(i.reverse()),lca:u}}function Ft(e){let n={},t=0;function r(o){let i=t;e.children(o).forEach(r),n[o]={low:i,lim:t++}}return e.children(V).forEach(r),n}function cn(e){let n=M(e,"root",{},"_root"),t=Dt(e),r=Object.values(t),o=S(Math.max,r)-1,i=2*o+1;e.graph().nestingRoot=n,e.edges().forEach(a=>e.edge(a).minlen*=i);let s=At(e)+1;e.children(V).forEach(a=>{fn(e,n,i,s,o,t,a)}),e.graph().nodeRankFactor=i}function fn(e,n,t,r,o,i,s){var c;let a=e.children(s);if(!a.length){s!==n&&e.setEdge(n,s,{weight:0,minlen:t});return}let l=ce(e,"_bt"),u=ce(e,"_bb"),d=e.node(s);e.setParent(l,s),d.borderTop=l,e.setParent(u,s),d.borderBottom=u,a.forEach(f=>{var b;fn(e,n,t,r,o,i,f);let h=e.node(f),g=h.borderTop?h.borderTop:f,m=h.borderBottom?h.borderBottom:f,L=h.borderTop?r:2*r,y=g!==m?1:o-((b=i[s])!=null?b:0)+1;e.setEdge(l,g,{weight:L,minlen:y,nestingEdge:!0}),e.setEdge(m,u,{weight:L,minlen:y,nestingEdge:!0})}),e.parent(s)||e.setEdge(n,l,{weight:0,minlen:o+((c=i[s])!=null?c:0)})}function Dt(e){let n={};function t(r,o){let i=e.children(r);i&&i.length&&i.forEach(s=>t(s,o+1)),n[r]=o}return e.children(V).forEach(r=>t(r,1)),n}function At(e){return e.edges().reduce((n,t)=>n+e.edge(t).weight,0)}function hn(e){let n=e.graph();e.removeNode(n.nestingRoot),delete n.nestingRoot,e.edges().forEach(t=>{e.edge(t).nestingEdge&&e.removeEdge(t)})}var gn=Yt;function Yt(e){function n(t){let r=e.children(t),o=e.node(t);if(r.length&&r.forEach(n),o&&Object.hasOwn(o,"minRank")){o.borderLeft=[],o.borderRight=[];for(let i=o.minRank,s=o.maxRank+1;i<s;++i)bn(e,"borderLeft","_bl",t,o,i),bn(e,"borderRight","_br",t,o,i)}}e.children(V).forEach(n)}function bn(e,n,t,r,o,i){let s={width:0,height:0,rank:i,borderType:n},a=o[n][i-1],l=M(e,"border",s,t);o[n][i]=l,e.setParent(l,r),a&&e.setEdge(a,l,{weight:1})}function mn(e){var t;let n=(t=e.graph().rankdir)==null?void 0:t.toLowerCase();(n==="lr"||n==="rl")&&Ln(e)}function En(e){var t;let n=(t=e.graph().rankdir)==null?void 0:t.toLowerCase();(n==="bt"||n==="rl")&&Bt(e),(n==="lr"||n==="rl")&&(Wt(e),Ln(e))}function Ln(e){e.nodes().forEach(n=>pn(e.node(n))),e.edges().forEach(n=>pn(e.edge(n)))}function pn(e){let n=e.width;e.width=e.height,e.height=n}function Bt(e){e.nodes().forEach(n=>ye(e.node(n))),e.edges().forEach(n=>{var r;let t=e.edge(n);(r=t.points)==null||r.forEach(ye),Object.hasOwn(t,"y")&&ye(t)})}function ye(e){e.y=-e.y}function Wt(e){e.nodes().forEach(n=>we(e.node(n))),e.edges().forEach(n=>{var r;let t=e.edge(n);(r=t.points)==null||r.forEach(we),Object.hasOwn(t,"x")&&we(t)})}function we(e){let n=e.x;e.x=e.y,e.y=n}function Ne(e,n=null){let t={},r=e.nodes().filter(d=>!e.children(d).length),o=r.map(d=>e.node(d).rank),i=S(Math.max,o),s=D(i+1).map(()=>[]);function a(d){if(t[d])return;t[d]=!0;let c=e.node(d);s[c.rank].push(d);let f=e.successors(d);f&&[...f].sort((g,m)=>u(g,m)).forEach(a)}r.sort((d,c)=>e.node(d).rank-e.node(c).rank).forEach(a);function u(d,c){let f=e.node(d),h=e.node(c);return te(n,f,h)}return s}function Ge(e,n){let t=0;for(let r=1;r<n.length;++r)t+=zt(e,n[r-1],n[r]);return t}function zt(e,n,t){let r=qe(t,t.map((u,d)=>d)),o=n.flatMap(u=>{let d=e.outEdges(u);return d?d.map(c=>({pos:r[c.w],weight:e.edge(c).weight})).sort((c,f)=>c.pos-f.pos):[]}),i=1;for(;i<t.length;)i<<=1;let s=2*i-1;i-=1;let a=new Array(s).fill(0),l=0;return o.forEach(u=>{let d=u.pos+i;a[d]+=u.weight;let c=0;for(;d>0;)d%2&&(c+=a[d+1]),d=d-1>>1,a[d]+=u.weight;l+=u.weight*c}),l}function ve(e,n=[]){return n.map(t=>{let r=e.inEdges(t);if(!r||!r.length)return{v:t};{let o=r.reduce((i,s)=>{let a=e.edge(s),l=e.node(s.v);return{sum:i.sum+a.weight*l.order,weight:i.weight+a.weight}},{sum:0,weight:0});return{v:t,barycenter:o.sum/o.weight,weight:o.weight}}})}function ke(e,n){let t={};e.forEach((o,i)=>{let s={indegree:0,in:[],out:[],vs:[o.v],i};o.barycenter!==void 0&&(s.barycenter=o.barycenter,s.weight=o.weight),t[o.v]=s}),n.edges().forEach(o=>{let i=t[o.v],s=t[o.w];i!==void 0&&s!==void 0&&(s.indegree++,i.out.push(s))});let r=Object.values(t).filter(o=>!o.indegree);return Ht(r)}function Ht(e){let n=[];function t(o){return i=>{i.merged||(i.barycenter===void 0||o.barycenter===void 0||i.barycenter>=o.barycenter)&&qt(o,i)}}function r(o){return i=>{i.in.push(o),--i.indegree===0&&e.push(i)}}for(;e.length;){let o=e.pop();n.push(o),o.in.reverse().forEach(t(o)),o.out.forEach(r(o))}return n.filter(o=>!o.merged).map(o=>W(o,["vs","i","barycenter","weight"]))}function qt(e,n){let t=0,r=0;e.weight&&(t+=e.barycenter*e.weight,r+=e.weight),n.weight&&(t+=n.barycenter*n.weight,r+=n.weight),e.vs=n.vs.concat(e.vs),e.barycenter=t/r,e.weight=r,e.i=Math.min(n.i,e.i),n.merged=!0}function xe(e,n,t,r,o){let i={},s=null,a=null,l=o;typeof n=="boolean"?(l=n,i={}):n&&(i=n,s=t!=null?t:null,a=r!=null?r:null);let u=He(e,y=>Object.hasOwn(y,"barycenter")),d=u.lhs,c=u.rhs.sort((y,b)=>b.i-y.i),f=[],h=0,g=0,m=0;d.sort($t(a,s,!!l));for(let[y,b]of Object.entries(i)){let p=d.findIndex(E=>E.vs[0]===y);d.splice(p+1,0,b)}m=yn(f,c,m),d.forEach(y=>{m+=y.vs.length,f.push(y.vs),h+=y.barycenter*y.weight,g+=y.weight,m=yn(f,c,m)});let L={vs:f.flat(1)};return g&&(L.barycenter=h/g,L.weight=g),L}function yn(e,n,t){let r;for(;n.length&&(r=n[n.length-1]).i<=t;)n.pop(),e.push(r.vs),t++;return t}function $t(e,n,t){return(r,o)=>{if(r.barycenter<o.barycenter)return-1;if(r.barycenter>o.barycenter)return 1;if(e&&(typeof r.vs[0]=="string"||typeof o.vs[0]=="string")){let i=e.node(r.vs[0]),s=e.node(o.vs[0]),a=te(n,i,s);if(a!==0)return a}return t?o.i-r.i:r.i-o.i}}function ie(e,n,t,r,o){var y,b,p,E,w,k,_,O,j,R,I;let i=null,s=o;typeof r=="boolean"?(s=r,i=null):r!==void 0&&(i=r);let a=e.children(n),l=e.node(n),u=l?l.borderLeft:void 0,d=l?l.borderRight:void 0,c={};u&&(a=a.filter(v=>v!==u&&v!==d));let f=ve(e,a);f.forEach(v=>{if(e.children(v.v).length){let{result:x}=ie(e,v.v,t,i,s);c[v.v]=x,Object.hasOwn(x,"barycenter")&&Jt(v,x)}});let h=ke(f,t);Ut(h,c);let g={},m=!1;for(let v=0;v<h.length;v++)for(let x=v+1;x<h.length;x++)if(!(!h[v]||!h[x]||!((y=h[v])!=null&&y.barycenter)||!((b=h[x])!=null&&b.barycenter))&&((p=h[v])==null?void 0:p.barycenter)===h[x].barycenter){let G=(w=(E=h[v])==null?void 0:E.vs[0])!=null?w:"",N=(_=(k=h[x])==null?void 0:k.vs[0])!=null?_:"",C=e.node(G),B=e.node(N);if(C.dummy==="edge"&&B.dummy==="edge"&&((O=C.edgeObj)==null?void 0:O.v)===((j=B.edgeObj)==null?void 0:j.v)&&((R=C.edgeObj)==null?void 0:R.w)===((I=B.edgeObj)==null?void 0:I.w))if(C.edgeLabel.reversed){g[N]=h[v],h.splice(v,1),v--;break}else g[G]||(g[G]=h[x],h.splice(x,1),x--);else m=!0}let L=xe(h,g,i,e,s);if(u&&d){L.vs=[u,L.vs,d].flat(1);let v=e.predecessors(u);if(v&&v.length){let x=e.node(v[0]),G=e.predecessors(d),N=e.node(G[0]);Object.hasOwn(L,"barycenter")||(L.barycenter=0,L.weight=0),L.barycenter=(L.barycenter*L.weight+x.order+N.order)/(L.weight+2),L.weight+=2}}return Object.defineProperty(L,"result",{value:L,enumerable:!1,configurable:!0,writable:!0}),Object.defineProperty(L,"usedBias",{value:m,enumerable:!1,configurable:!0,writable:!0}),L}function Ut(e,n){e.forEach(t=>{t.vs=t.vs.flatMap(r=>n[r]?n[r].vs:r)})}function Jt(e,n){e.barycenter!==void 0?(e.barycenter=(e.barycenter*e.weight+n.barycenter*n.weight)/(e.weight+n.weight),e.weight+=n.weight):(e.barycenter=n.barycenter,e.weight=n.weight)}function _e(e,n,t,r){r||(r=e.nodes());let o=Kt(e),i=new T({compound:!0}).setGraph({root:o}).setDefaultNodeLabel(s=>e.node(s));return r.forEach(s=>{let a=e.node(s),l=e.parent(s);if(a.rank===n||a.minRank<=n&&n<=a.maxRank){i.setNode(s),i.setParent(s,l||o);let u=e[t](s);u&&u.forEach(d=>{let c=d.v===s?d.w:d.v,f=i.edge(c,s),h=f!==void 0?f.weight:0;i.setEdge(c,s,{weight:e.edge(d).weight+h})}),Object.hasOwn(a,"minRank")&&i.setNode(s,{borderLeft:a.borderLeft[n],borderRight:a.borderRight[n]})}}),i}function Kt(e){let n;for(;e.hasNode(n=$("_root")););return n}function Oe(e,n,t){let r={},o;t.forEach(i=>{let s=e.parent(i),a,l;for(;s;){if(a=e.parent(s),a?(l=r[a],r[a]=s):(l=o,o=s),l&&l!==s){n.setEdge(l,s);return}s=a}})}function se(e,n={},t=null){if(typeof n.customOrder=="function"){n.customOrder(e,se);return}let r=fe(e),o=wn(e,D(1,r+1),"inEdges"),i=wn(e,D(r-1,-1,-1),"outEdges"),s=Ne(e,t);if(Nn(e,s),n.disableOptimalOrderHeuristic)return;let a=Number.POSITIVE_INFINITY,l,u=n.constraints||[];for(let d=0,c=0;c<4;++d,++c){Qt(d%2?o:i,d%4>=2,u,t),s=P(e);let f=Ge(e,s);f<a?(c=0,l=Object.assign({},s),a=f):f===a&&(l=structuredClone(s))}Nn(e,l)}function wn(e,n,t){let r=new Map,o=(i,s)=>{r.has(i)||r.set(i,[]),r.get(i).push(s)};for(let i of e.nodes()){let s=e.node(i);if(typeof s.rank=="number"&&o(s.rank,i),typeof s.minRank=="number"&&typeof s.maxRank=="number")for(let a=s.minRank;a<=s.maxRank;a++)a!==s.rank&&o(a,i)}return n.map(function(i){return _e(e,i,t,r.get(i)||[])})}function Qt(e,n,t,r){let o=!0,i=new T;e.forEach(function(s){t.forEach(d=>i.setEdge(d.left,d.right));let a=s.graph().root,{result:l,usedBias:u}=ie(s,a,i,r,o);n&&u&&(o=!o),l.vs.forEach((d,c)=>s.node(d).order=c),Oe(s,i,l.vs)})}function Nn(e,n){Object.values(n).forEach(t=>t.forEach((r,o)=>e.node(r).order=o))}function Zt(e,n){let t={};function r(o,i){let s=0,a=0,l=o.length,u=i[i.length-1];return i.forEach((d,c)=>{let f=nr(e,d),h=f?e.node(f).order:l;(f||d===u)&&(i.slice(a,c+1).forEach(g=>{let m=e.predecessors(g);m&&m.forEach(L=>{let y=e.node(L),b=y.order;(b<s||h<b)&&!(y.dummy&&e.node(g).dummy)&&vn(t,L,g)})}),a=c+1,s=h)}),i}return n.length&&n.reduce(r),t}function er(e,n){let t={};function r(a){var l;return((l=e.node(a))==null?void 0:l.dummy)==="border"}if(!e.nodes().some(r))return t;function i(a,l,u,d,c){D(l,u).forEach(f=>{let h=a[f];if(h!==void 0&&e.node(h).dummy){let g=e.predecessors(h);g&&g.forEach(m=>{if(m===void 0)return;let L=e.node(m);L.dummy&&(L.order<d||L.order>c)&&vn(t,m,h)})}})}function s(a,l){let u=-1,d=-1,c=0;return l.forEach((f,h)=>{if(r(f)){let g=e.predecessors(f);if(g&&g.length){let m=g[0];if(m===void 0)return;d=e.node(m).order,i(l,c,h,u,d),c=h,u=d}}i(l,c,l.length,d,a.length)}),l}return n.length&&n.reduce(s),t}function nr(e,n){if(e.node(n).dummy){let t=e.predecessors(n);if(t)return t.find(r=>e.node(r).dummy)}}function vn(e,n,t){if(n>t){let o=n;n=t,t=o}let r=e[n];r||(e[n]=r={}),r[t]=!0}function tr(e,n,t){if(n>t){let o=n;n=t,t=o}let r=e[n];return r!==void 0&&Object.hasOwn(r,t)}function rr(e,n,t,r,o){let i={},s={},a={};return n.forEach(l=>{l.forEach((u,d)=>{i[u]=u,s[u]=u,a[u]=d})}),n.forEach(l=>{let u=-1,d=-1,c=!1,f=l,h=l.findIndex(g=>(o==null?void 0:o.includes(g))||Gn(g,e,o));h>0&&(f=[l[h],...l.slice(0,h),...l.slice(h+1)],c=!0),f.forEach(g=>{var L;let m=r(g);if(m&&m.length){o!=null&&o.includes(g)&&(m=m.filter(p=>Gn(p,e,o)));let y=m.sort((p,E)=>{let w=a[p],k=a[E];return(w!==void 0?w:0)-(k!==void 0?k:0)}),b=(y.length-1)/2;for(let p=Math.floor(b),E=Math.ceil(b);p<=E;++p){let w=y[p];if(w===void 0)continue;let k=a[w];if(k!==void 0&&s[g]===g&&u<k&&a[w]!==d&&!tr(t,g,w)){let _=i[w];_!==void 0&&(s[w]=g,s[g]=i[g]=_,u=k,c&&(u=-1,d=(L=a[w])!=null?L:-1,c=!1))}}}})}),{root:i,align:s}}function or(e,n,t,r,o=!1){let i={},s=ir(e,n,t,o),a=o?"borderLeft":"borderRight";function l(h,g){let m=s.nodes().slice(),L={},y=m.pop();for(;y;){if(L[y])h(y);else{L[y]=!0,m.push(y);for(let b of g(y))m.push(b)}y=m.pop()}}function u(h){let g=s.inEdges(h);g?i[h]=g.reduce((m,L)=>{var p;let y=(p=i[L.v])!=null?p:0,b=s.edge(L);return Math.max(m,y+(b!==void 0?b:0))},0):i[h]=0}function d(h){let g=s.outEdges(h),m=Number.POSITIVE_INFINITY;g&&(m=g.reduce((y,b)=>{let p=i[b.w],E=s.edge(b);return Math.min(y,(p!==void 0?p:0)-(E!==void 0?E:0))},Number.POSITIVE_INFINITY));let L=e.node(h);m!==Number.POSITIVE_INFINITY&&L.borderType!==a&&(i[h]=Math.max(i[h]!==void 0?i[h]:0,m))}function c(h){return s.predecessors(h)||[]}function f(h){return s.successors(h)||[]}return l(u,c),l(d,f),Object.keys(r).forEach(h=>{var m;let g=t[h];g!==void 0&&(i[h]=(m=i[g])!=null?m:0)}),i}function ir(e,n,t,r){let o=new T,i=e.graph(),s=lr(i.nodesep,i.edgesep,r);return n.forEach(a=>{let l;a.forEach(u=>{let d=t[u];if(d!==void 0){if(o.setNode(d),l!==void 0){let c=t[l];if(c!==void 0){let f=o.edge(c,d);o.setEdge(c,d,Math.max(s(e,u,l),f||0))}}l=u}})}),o}function sr(e,n){return Object.values(n).reduce((t,r)=>{let o=Number.NEGATIVE_INFINITY,i=Number.POSITIVE_INFINITY;Object.entries(r).forEach(([a,l])=>{let u=ur(e,a)/2;o=Math.max(l+u,o),i=Math.min(l-u,i)});let s=o-i;return s<t[0]&&(t=[s,r]),t},[Number.POSITIVE_INFINITY,null])[1]}function ar(e,n){let t=Object.values(n),r=S(Math.min,t),o=S(Math.max,t);["u","d"].forEach(i=>{["l","r"].forEach(s=>{let a=i+s,l=e[a];if(!l||l===n)return;let u=Object.values(l),d=r-S(Math.min,u);s!=="l"&&(d=o-S(Math.max,u)),d&&(e[a]=X(l,c=>c+d))})})}function dr(e,n=void 0){let t=e.ul;return t?X(t,(r,o)=>{var s,a;if(n){let l=n.toLowerCase(),u=e[l];if(u&&u[o]!==void 0)return u[o]}let i=Object.values(e).map(l=>{let u=l[o];return u!==void 0?u:0}).sort((l,u)=>l-u);return(((s=i[1])!=null?s:0)+((a=i[2])!=null?a:0))/2}):{}}function kn(e,n){let t=P(e),r=Object.assign(Zt(e,t),er(e,t)),o={},i;["u","d"].forEach(a=>{i=a==="u"?t:Object.values(t).reverse(),["l","r"].forEach(l=>{l==="r"&&(i=i.map(f=>Object.values(f).reverse()));let d=rr(e,i,r,f=>(a==="u"?e.predecessors(f):e.successors(f))||[],n),c=or(e,i,d.root,d.align,l==="r");l==="r"&&(c=X(c,f=>-f)),o[a+l]=c})});let s=sr(e,o);return ar(o,s),dr(o,e.graph().align)}function lr(e,n,t){return(r,o,i)=>{let s=r.node(o),a=r.node(i),l=0,u;if(l+=s.width/2,Object.hasOwn(s,"labelpos"))switch(s.labelpos.toLowerCase()){case"l":u=-s.width/2;break;case"r":u=s.width/2;break}if(u&&(l+=t?u:-u),u=void 0,l+=(s.dummy?n:e)/2,l+=(a.dummy?n:e)/2,l+=a.width/2,Object.hasOwn(a,"labelpos"))switch(a.labelpos.toLowerCase()){case"l":u=a.width/2;break;case"r":u=-a.width/2;break}return u&&(l+=t?u:-u),l}}function ur(e,n){return e.node(n).width}function Gn(e,n,t){var s;if(!t)return!1;let r=(s=n.node(e))==null?void 0:s.edgeObj;if(!r||n.node(e).edgeLabel.reversed)return!1;let o=t.indexOf(r==null?void 0:r.v),i=t.indexOf(r==null?void 0:r.w);return o!==-1&&i!==-1&&o===(i+1)%t.length||o===(i-1)%t.length}function xn(e,n){e=ne(e),cr(e),Object.entries(kn(e,n)).forEach(([t,r])=>e.node(t).x=r)}function cr(e){let n=P(e),t=e.graph(),r=t.ranksep,o=t.rankalign,i=0;n.forEach(s=>{let a=s.reduce((l,u)=>{var c;let d=(c=e.node(u).height)!=null?c:0;return l>d?l:d},0);s.forEach(l=>{let u=e.node(l);o==="top"?u.y=i+u.height/2:o==="bottom"?u.y=i+a-u.height/2:u.y=i+a/2}),i+=a+r})}var _n=new WeakMap;function ae(e,n={}){return Sn(e,q,n),e}function On(e,n,t){let r=n;for(;r!==void 0;){let o=e.parent(r);if(o===t)return r;r=o}}function Sn(e,n,t){var y;let r=e.nodes().filter(b=>e.children(b).length),o={};r.forEach(b=>{let p=e.node(b);if(p&&p.rankdir){let E=new T({multigraph:!0,compound:!0});E.setGraph({rankdir:p.rankdir});let w=e.children(b);w.forEach(G=>{let N={...e.node(G)};E.setNode(G,N);let C=e.parent(G);C&&C!==b&&w.includes(C)&&E.setParent(G,C)});let k=new Set;e.edges().forEach(G=>{let N=On(e,G.v,b),C=On(e,G.w,b);if(N===G.v&&C===G.w)E.setEdge(G,{...e.edge(G)});else if(N&&C&&N!==C){let B=`${N}\\0${C}`;k.has(B)||(k.add(B),E.setEdge(N,C,{...e.edge(G)}))}}),Sn(E,n,t);let _=In(E);Tn(_,n,t,null),jn(E,_);let O=1/0,j=1/0,R=-1/0,I=-1/0;E.nodes().forEach(G=>{if(G===b)return;let N=E.node(G);N&&typeof N.x=="number"&&typeof N.y=="number"&&typeof N.width=="number"&&typeof N.height=="number"&&(O=Math.min(O,N.x-N.width/2),R=Math.max(R,N.x+N.width/2),j=Math.min(j,N.y-N.height/2),I=Math.max(I,N.y+N.height/2))}),(!isFinite(O)||!isFinite(j)||!isFinite(R)||!isFinite(I))&&(O=j=0,R=I=0);let v=R-O,x=I-j;o[b]={minX:O,minY:j,maxX:R,maxY:I,width:v,height:x,offsetX:O,offsetY:j},p._dagreClusterSubgraph=E}});let i=[],s=b=>{let p=[],E=(e.children(b)||[]).filter(w=>w!==b);for(;E.length>0;){let w=E.shift();p.push(w),(e.children(w)||[]).filter(k=>k!==w).forEach(k=>E.push(k))}return p},a=new Map;r.forEach(b=>{let p=e.node(b);p&&p.rankdir&&o[b]&&a.set(b,(e.children(b)||[]).filter(E=>E!==b))});let l=new Set([...a.values()].flat()),u=new Map;a.forEach((b,p)=>{l.has(p)||u.set(p,s(p))});let d=new Set([...u.values()].flat()),c=b=>{for(let[p,E]of u)if(E.includes(b))return p;return b},f=[];e.edges().forEach(b=>{(d.has(b.v)||d.has(b.w))&&f.push({edge:b,label:e.edge(b)})});let h=new Map;d.forEach(b=>{let p=e.parent(b);h.set(b,typeof p=="string"?p:void 0)}),u.forEach((b,p)=>{let E=e.node(p),w=[];b.forEach(O=>{let j=e.node(O);j&&(w.push({id:O,node:j,parent:h.get(O)}),e.removeNode(O))});let k=f.filter(({edge:O})=>b.includes(O.v)||b.includes(O.w)),_=o[p];E&&(i.push({clusterId:p,subgraph:E._dagreClusterSubgraph,bounds:_,children:b,removedNodes:w,removedEdges:k}),E.width=_.width,E.height=_.height)});let g=new Set;f.forEach(({edge:b,label:p})=>{let E=c(b.v),w=c(b.w);if(E!==w&&e.hasNode(E)&&e.hasNode(w)){let k=`${E}\\0${w}`;g.has(k)||(g.add(k),e.setEdge(E,w,{...p,width:0,height:0}))}});let m=In(e),L=Tn(m,n,t,(y=_n.get(e))!=null?y:null);_n.set(e,L),jn(e,m),g.forEach(b=>{let p=b.indexOf("\\0"),E=b.slice(0,p),w=b.slice(p+1);e.hasEdge(E,w)&&e.removeEdge(E,w)}),i.forEach(({clusterId:b,subgraph:p,bounds:E,removedNodes:w,removedEdges:k})=>{var v,x;let _=e.node(b),O=(v=_==null?void 0:_.x)!=null?v:0,j=(x=_==null?void 0:_.y)!=null?x:0,R=(E.minX+E.maxX)/2,I=(E.minY+E.maxY)/2;w.forEach(({id:G,node:N,parent:C})=>{e.setNode(G,N),C!==void 0&&e.setParent(G,C)}),k.forEach(({edge:G,label:N})=>{e.setEdge(G,N)}),p.nodes().forEach(G=>{if(G===b)return;let N=p.node(G),C=e.node(G);C&&N&&typeof N.x=="number"&&typeof N.y=="number"&&(C.x=O+(N.x-R),C.y=j+(N.y-I))}),Cn(e,p,O-R,j-I),delete _._dagreClusterSubgraph}),r.forEach(b=>{var w,k;let p=e.node(b),E=o[b];if(p&&p.rankdir&&p._dagreClusterSubgraph&&E){let _=p._dagreClusterSubgraph,O=(w=p.x)!=null?w:0,j=(k=p.y)!=null?k:0,R=(E.minX+E.maxX)/2,I=(E.minY+E.maxY)/2;_.nodes().forEach(v=>{if(v===b)return;let x=_.node(v),G=e.node(v);if(G&&x&&typeof x.x=="number"&&typeof x.y=="number"){let N=x.x-R,C=x.y-I;G.x=O+N,G.y=j+C}}),Cn(e,_,O-R,j-I),delete p._dagreClusterSubgraph}})}function Cn(e,n,t,r){n.edges().forEach(o=>{if(!e.hasEdge(o))return;let i=n.edge(o),s=e.edge(o);s.points=i.points.map(a=>({x:a.x+t,y:a.y+r})),Object.hasOwn(i,"x")&&(s.x=i.x+t,s.y=i.y+r)})}function Tn(e,n,t,r=null){var l,u;let o=(t==null?void 0:t.useDynamic)!==!1,i=o&&(l=r==null?void 0:r.graph)!=null?l:null,s=o&&(u=r==null?void 0:r.rawNodes)!=null?u:null;n("    makeSpaceForEdgeLabels",()=>Lr(e)),n("    removeSelfEdges",()=>Or(e)),n("    acyclic",()=>Je(e,i)),n("    nestingGraph.run",()=>cn(e)),n("    rank",()=>ln(ne(e))),n("    injectEdgeLabelProxies",()=>yr(e)),n("    removeEmptyRanks",()=>Xe(e)),n("    nestingGraph.cleanup",()=>hn(e)),n("    normalizeRanks",()=>We(e)),n("    assignRankMinMax",()=>wr(e)),n("    removeEdgeLabelProxies",()=>Nr(e)),n("    normalize.run",()=>Qe(e)),n("    parentDummyChains",()=>un(e)),n("    addBorderSegments",()=>gn(e)),n("    order",()=>se(e,t,s)),n("    insertSelfEdges",()=>Cr(e)),n("    adjustCoordinateSystem",()=>mn(e)),n("    position",()=>xn(e,t.corePath)),n("    positionSelfEdges",()=>Tr(e));let a=JSON.parse(JSON.stringify(e._nodes));return n("    removeBorderNodes",()=>_r(e)),n("    normalize.undo",()=>Ze(e)),n("    fixupEdgeLabelCoords",()=>kr(e)),n("    undoCoordinateSystem",()=>En(e)),n("    translateGraph",()=>Gr(e)),n("    assignNodeIntersects",()=>vr(e)),n("    reversePoints",()=>xr(e)),n("    acyclic.undo",()=>Ke(e)),{graph:e,rawNodes:a}}function jn(e,n){e.nodes().forEach(t=>{let r=e.node(t),o=n.node(t);r&&(r.x=o.x,r.y=o.y,r.order=o.order,r.rank=o.rank,n.children(t).length&&(r.width=o.width,r.height=o.height))}),e.edges().forEach(t=>{let r=e.edge(t),o=n.edge(t);r.points=o.points,Object.hasOwn(o,"x")&&(r.x=o.x,r.y=o.y)}),e.graph().width=n.graph().width,e.graph().height=n.graph().height}var fr=["nodesep","edgesep","ranksep","marginx","marginy"],hr={ranksep:50,edgesep:20,nodesep:50,rankdir:"TB",rankalign:"center"},br=["acyclicer","ranker","rankdir","align","rankalign"],gr=["width","height","rank"],Rn={width:0,height:0},pr=["minlen","weight","width","height","labeloffset"],mr={minlen:1,weight:1,width:0,height:0,labeloffset:10,labelpos:"r"},Er=["labelpos"];function In(e){let n=new T({multigraph:!0,compound:!0}),t=Te(e.graph());return n.setGraph(Object.assign({},hr,Ce(t,fr),W(t,br))),e.nodes().forEach(r=>{let o=Te(e.node(r)),i=Ce(o,gr);Object.keys(Rn).forEach(a=>{i[a]===void 0&&(i[a]=Rn[a])}),n.setNode(r,i);let s=e.parent(r);s!==void 0&&n.setParent(r,s)}),e.edges().forEach(r=>{let o=Te(e.edge(r));n.setEdge(r,Object.assign({},mr,Ce(o,pr),W(o,Er)))}),n}function Lr(e){let n=e.graph();n.ranksep/=2,e.edges().forEach(t=>{var o;let r=e.edge(t);r.minlen*=2,((o=r.labelpos)!=null?o:"r").toLowerCase()!=="c"&&(n.rankdir==="TB"||n.rankdir==="BT"?r.width+=r.labeloffset:r.height+=r.labeloffset)})}function yr(e){e.edges().forEach(n=>{let t=e.edge(n);if(t.width&&t.height){let r=e.node(n.v),i={rank:(e.node(n.w).rank-r.rank)/2+r.rank,e:n};M(e,"edge-proxy",i,"_ep")}})}function wr(e){let n=0;e.nodes().forEach(t=>{let r=e.node(t);r.borderTop&&(r.minRank=e.node(r.borderTop).rank,r.maxRank=e.node(r.borderBottom).rank,n=Math.max(n,r.maxRank))}),e.graph().maxRank=n}function Nr(e){e.nodes().forEach(n=>{let t=e.node(n);if(t.dummy==="edge-proxy"){let r=t;e.edge(r.e).labelRank=t.rank,e.removeNode(n)}})}function Gr(e){let n=Number.POSITIVE_INFINITY,t=0,r=Number.POSITIVE_INFINITY,o=0,i=e.graph(),s=i.marginx||0,a=i.marginy||0;function l(u){let d=u.x,c=u.y,f=u.width,h=u.height;n=Math.min(n,d-f/2),t=Math.max(t,d+f/2),r=Math.min(r,c-h/2),o=Math.max(o,c+h/2)}e.nodes().forEach(u=>l(e.node(u))),e.edges().forEach(u=>{let d=e.edge(u);Object.hasOwn(d,"x")&&l(d)}),n-=s,r-=a,e.nodes().forEach(u=>{let d=e.node(u);d.x-=n,d.y-=r}),e.edges().forEach(u=>{let d=e.edge(u);d.points.forEach(c=>{c.x-=n,c.y-=r}),Object.hasOwn(d,"x")&&(d.x-=n),Object.hasOwn(d,"y")&&(d.y-=r)}),i.width=t-n+s,i.height=o-r+a}function vr(e){e.edges().forEach(n=>{if(n.v===n.w)return;let t=e.edge(n),r=e.node(n.v),o=e.node(n.w),i,s;t.points?(i=t.points[0],s=t.points[t.points.length-1]):(t.points=[],i=o,s=r),t.points.unshift(ue(r,i)),t.points.push(ue(o,s))})}function kr(e){e.edges().forEach(n=>{let t=e.edge(n);if(Object.hasOwn(t,"x"))switch((t.labelpos==="l"||t.labelpos==="r")&&(t.width-=t.labeloffset),t.labelpos){case"l":t.x-=t.width/2+t.labeloffset;break;case"r":t.x+=t.width/2+t.labeloffset;break}})}function xr(e){e.edges().forEach(n=>{let t=e.edge(n);t.reversed&&t.points.reverse()})}function _r(e){e.nodes().forEach(n=>{if(e.children(n).length){let t=e.node(n),r=e.node(t.borderTop),o=e.node(t.borderBottom),i=e.node(t.borderLeft[t.borderLeft.length-1]),s=e.node(t.borderRight[t.borderRight.length-1]);t.width=Math.abs(s.x-i.x),t.height=Math.abs(o.y-r.y),t.x=i.x+t.width/2,t.y=r.y+t.height/2}}),e.nodes().forEach(n=>{e.node(n).dummy==="border"&&e.removeNode(n)})}function Or(e){e.edges().forEach(n=>{if(n.v===n.w){let t=e.node(n.v);t.selfEdges||(t.selfEdges=[]),t.selfEdges.push({e:n,label:e.edge(n)}),e.removeEdge(n)}})}function Cr(e){P(e).forEach(t=>{let r=0;t.forEach((o,i)=>{let s=e.node(o);typeof s.rank!="number"&&(s.rank=0),s.order=i+r,(s.selfEdges||[]).forEach(a=>{M(e,"selfedge",{width:a.label.width,height:a.label.height,rank:s.rank,order:i+ ++r,e:a.e,edgeLabel:a.label},"_se"),(!Array.isArray(a.label.points)||a.label.points.length!==7)&&(a.label.points=[{x:0,y:-10},{x:0,y:-10},{x:0,y:0},{x:0,y:10},{x:0,y:10},{x:0,y:0},{x:0,y:0}])}),delete s.selfEdges})})}function Tr(e){e.nodes().forEach(n=>{let t=e.node(n),r=o=>typeof o=="number"&&isFinite(o);if(t.dummy==="selfedge"){let o=t,i=e.node(o.e.v),s=r(i==null?void 0:i.x)?i.x:0,a=r(i==null?void 0:i.y)?i.y:0,l=r(i==null?void 0:i.width)?i.width:0,u=r(i==null?void 0:i.height)?i.height:0,d=r(t.x)?t.x:s,c=r(t.y)?t.y:a,f=l/2,h=u/2;o.edgeLabel.points=[{x:d+f,y:c-h},{x:d+f,y:c-h},{x:d,y:c},{x:d-f,y:c+h},{x:d-f,y:c+h},{x:d,y:c},{x:d,y:c}],o.edgeLabel.x=d,o.edgeLabel.y=c,e.setEdge(o.e,o.edgeLabel),e.removeNode(n)}else t&&Array.isArray(t.selfEdges)&&t.selfEdges.forEach(o=>{if(!Array.isArray(o.label.points)||o.label.points.length!==7){let i=r(t.x)?t.x:0,s=r(t.y)?t.y:0,a=r(t.width)?t.width:0,l=r(t.height)?t.height:0,u=a/2,d=l/2;o.label.points=[{x:i+u,y:s-d},{x:i+u,y:s-d},{x:i,y:s},{x:i-u,y:s+d},{x:i-u,y:s+d},{x:i,y:s},{x:i,y:s}]}})})}function Ce(e,n){return X(W(e,n),Number)}function Te(e){let n={};return e&&Object.entries(e).forEach(([t,r])=>{typeof t=="string"&&(t=t.toLowerCase()),n[t]=r}),n}function de(e){let n=P(e),t=new T({compound:!0,multigraph:!0}).setGraph({});return e.nodes().forEach(r=>{t.setNode(r,{label:r}),t.setParent(r,"layer"+e.node(r).rank)}),e.edges().forEach(r=>t.setEdge(r.v,r.w,{},r.name)),n.forEach((r,o)=>{let i="layer"+o;t.setNode(i,{rank:"same"}),r.reduce((s,a)=>(t.setEdge(s,a,{style:"invis"}),a))}),t}var jr={time:he,notime:q},Rr={graphlib:ee,version:re,layout:ae,debug:de,util:{time:he,notime:q}},Ir=Rr;return Vn(Sr);})();\n/*! For license information please see dagre.min.js.LEGAL.txt */';

// src/report/page.ts
var PAGE_CSS = `
:root { --ok:#1a7f37; --ok-bg:#dafbe1; --bad:#cf222e; --bad-bg:#ffebe9; --run:#9a6700; --run-bg:#fff8c5; --idle:#6e7781; --idle-bg:#f6f8fa; --line:#d0d7de; --fg:#1f2328; --muted:#656d76; --accent:#0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 13px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: #fff; }
#app { display: grid; grid-template-columns: minmax(0, 1fr) 440px; min-height: 100vh; }
#main { padding: 16px 20px; min-width: 0; }
#side { border-left: 1px solid var(--line); background: #fbfcfd; padding: 12px 14px; position: sticky; top: 0; height: 100vh; overflow: auto; }
h1 { font-size: 20px; margin: 0 0 6px; word-break: break-all; }
h2 { font-size: 15px; margin: 22px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 14px; margin: 4px 0 8px; word-break: break-all; }
h4 { font-size: 12px; margin: 12px 0 4px; text-transform: uppercase; color: var(--muted); letter-spacing: .03em; }
dl.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 12px; margin: 8px 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; word-break: break-all; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; vertical-align: middle; }
.st-S { --c: var(--ok); --bg: var(--ok-bg); } .st-F { --c: var(--bad); --bg: var(--bad-bg); } .st-P { --c: var(--run); --bg: var(--run-bg); }
.st-C, .st-none, .st-\\? { --c: var(--idle); --bg: var(--idle-bg); }
.badge { color: var(--c); background: var(--bg); border: 1px solid var(--c); }
table.kv { border-collapse: collapse; width: 100%; margin: 2px 0 6px; }
table.kv td, table.kv th { border: 1px solid var(--line); padding: 2px 6px; vertical-align: top; text-align: left; font-size: 12px; }
table.kv th { background: var(--idle-bg); font-weight: 600; }
td.mono, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; word-break: break-all; white-space: pre-wrap; }
pre { background: #f6f8fa; border: 1px solid var(--line); padding: 6px 8px; overflow: auto; max-height: 360px; font-size: 12px; white-space: pre-wrap; word-break: break-all; margin: 4px 0; }
button.link { background: none; border: 0; padding: 0; color: var(--accent); cursor: pointer; font: inherit; text-align: left; word-break: break-all; }
button.link:hover { text-decoration: underline; }
.note { color: var(--muted); font-size: 12px; margin: 4px 0; }
.toolbar { margin: 4px 0 8px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.toolbar button { font: inherit; font-size: 12px; padding: 2px 8px; border: 1px solid var(--line); border-radius: 6px; background: #f6f8fa; cursor: pointer; }
.graph-wrap { border: 1px solid var(--line); border-radius: 6px; overflow: auto; max-height: 70vh; background: #fff; }
svg.graph text { font-size: 12px; fill: var(--fg); pointer-events: none; }
svg.graph text.sub { font-size: 11px; fill: var(--muted); }
svg.graph g.gnode { cursor: pointer; }
svg.graph g.gnode rect { fill: var(--bg); stroke: var(--c); stroke-width: 1.5; }
svg.graph g.gnode.sel rect { stroke-width: 3.5; }
svg.graph g.gnode.terminal rect { rx: 14; }
svg.graph rect.cluster { fill: #f6f8fa; stroke: #afb8c1; stroke-dasharray: 4 3; }
svg.graph rect.cluster.branch { fill: #fff; }
svg.graph text.clabel { font-size: 11px; fill: var(--muted); }
svg.graph path.edge { fill: none; stroke: #8c959f; stroke-width: 1.3; }
svg.graph path.edge.fail { stroke: var(--bad); stroke-dasharray: 5 3; }
svg.graph path.edge.into { stroke-dasharray: 2 3; }
.legend span { margin-right: 10px; }
.gantt { border: 1px solid var(--line); border-radius: 6px; overflow: hidden; }
.grow { display: grid; grid-template-columns: 240px minmax(0, 1fr); border-top: 1px solid #eaeef2; }
.grow:first-child { border-top: 0; }
.glabel { padding: 3px 6px; overflow: hidden; max-height: 120px; word-break: break-word; border-right: 1px solid var(--line); background: #fbfcfd; }
.glabel .sub { color: var(--muted); font-size: 11px; }
.gtrack { position: relative; }
.lane { position: relative; height: 16px; }
.bar { position: absolute; top: 2px; height: 12px; min-width: 2px; border-radius: 2px; background: var(--c); opacity: .85; cursor: pointer; }
.bar.retry { outline: 1px dashed var(--fg); outline-offset: -1px; }
.bar.sel, .bar:hover { opacity: 1; outline: 2px solid #000; }
.axis { position: relative; height: 18px; font-size: 10px; color: var(--muted); }
.axis span { position: absolute; top: 2px; transform: translateX(-50%); white-space: nowrap; }
.axis span:first-child { transform: none; }
canvas.lanes { display: block; width: 100%; cursor: crosshair; }
#tip { position: fixed; z-index: 10; pointer-events: none; background: #24292f; color: #fff; padding: 6px 8px; border-radius: 6px; font-size: 12px; max-width: 420px; white-space: pre-wrap; word-break: break-all; display: none; }
.items { max-height: 260px; overflow: auto; border: 1px solid var(--line); padding: 4px 6px; border-radius: 6px; }
.items li { margin: 1px 0; }
ul.plain { list-style: none; padding-left: 0; margin: 2px 0; }
@media (max-width: 1000px) { #app { grid-template-columns: 1fr; } #side { position: static; height: auto; border-left: 0; border-top: 1px solid var(--line); } }
`;
var PAGE_JS = String.raw`(function () {
'use strict';
var D = JSON.parse(document.getElementById('run-data').textContent);
var S = D.strings, STEPS = D.steps, BR = D.branches;
var NAMES = { S: 'SUCCESS', F: 'FAIL', P: 'PROCESSING', C: 'CREATED', '?': 'UNKNOWN' };
var BAR_LIMIT = 2500;
var SVGNS = 'http://www.w3.org/2000/svg';

function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined && text !== null) e.textContent = String(text); return e; }
function sv(tag, attrs) { var e = document.createElementNS(SVGNS, tag); for (var k in attrs) e.setAttribute(k, String(attrs[k])); return e; }
function add(parent) { for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]); return parent; }
function dur(ms) {
  if (!(ms >= 0)) return '';
  if (ms < 1000) return Math.round(ms) + ' ms';
  var s = ms / 1000; if (s < 60) return s.toFixed(s < 10 ? 2 : 1) + ' s';
  var m = Math.floor(s / 60); if (m < 60) return m + 'm ' + Math.round(s - m * 60) + 's';
  return Math.floor(m / 60) + 'h ' + (m % 60) + 'm';
}
function iso(off) { return D.run.t0 ? new Date(D.run.t0 + off).toISOString() : ''; }
function badge(code) { return el('span', 'badge st-' + code, NAMES[code] || code); }
function linkButton(text, onclick, title) { var b = el('button', 'link', text); b.type = 'button'; if (title) b.title = title; b.addEventListener('click', onclick); return b; }

// Indexes: branches of each step, steps of each branch, steps of each template name.
var branchesOfStep = {}, stepsOfBranch = {}, stepsOfTpl = {}, tops = [];
BR.forEach(function (b, i) { (branchesOfStep[b[0]] = branchesOfStep[b[0]] || []).push(i); });
STEPS.forEach(function (s, i) {
  if (s[1] < 0) tops.push(i); else (stepsOfBranch[s[1]] = stepsOfBranch[s[1]] || []).push(i);
  var t = S[s[2]]; (stepsOfTpl[t] = stepsOfTpl[t] || []).push(i);
});
function counts(list) { var c = { S: 0, F: 0, P: 0, C: 0, '?': 0, n: 0 }; for (var i = 0; i < list.length; i++) { c[STEPS[list[i]][4]]++; c.n++; } return c; }
function aggStatus(c) { if (!c || !c.n) return 'none'; if (c.F) return 'F'; if (c.P) return 'P'; if (c.S) return 'S'; return 'C'; }
function countsText(c) { var p = []; if (c.S) p.push(c.S + ' ok'); if (c.F) p.push(c.F + ' failed'); if (c.P) p.push(c.P + ' running'); if (c.C) p.push(c.C + ' not run'); return p.join(' · '); }
function stepPath(i) {
  var parts = [S[STEPS[i][0]]], b = STEPS[i][1];
  while (b >= 0) { parts.unshift('[' + BR[b][1] + ']'); var p = BR[b][0]; parts.unshift(S[STEPS[p][0]]); b = STEPS[p][1]; }
  return parts.join(' › ');
}
function span(s) { var a = s[5]; if (!a.length) return null; var t0 = Infinity, t1 = -Infinity; for (var i = 0; i < a.length; i++) { t0 = Math.min(t0, a[i][0]); t1 = Math.max(t1, a[i][0] + a[i][1]); } return [t0, t1]; }
var spans = {};
function groupSpan(i) {
  if (i in spans) return spans[i];
  var r = span(STEPS[i]); var bs = branchesOfStep[i] || [];
  for (var k = 0; k < bs.length; k++) { var ss = stepsOfBranch[bs[k]] || []; for (var j = 0; j < ss.length; j++) { var x = groupSpan(ss[j]); if (x) r = r ? [Math.min(r[0], x[0]), Math.max(r[1], x[1])] : x; } }
  spans[i] = r;
  return r;
}

var app = document.getElementById('app'); app.textContent = '';
var main = add(app, el('div')).lastChild; main.id = 'main';
var side = add(app, el('div')).lastChild; side.id = 'side';
var tip = add(document.body, el('div')).lastChild; tip.id = 'tip';
function showTip(ev, text) { tip.textContent = text; tip.style.display = 'block'; var x = Math.min(ev.clientX + 14, window.innerWidth - 430); tip.style.left = Math.max(0, x) + 'px'; tip.style.top = (ev.clientY + 14) + 'px'; }
function hideTip() { tip.style.display = 'none'; }

// ---- header
(function header() {
  var h = el('header'); h.id = 'run';
  add(h, add(el('h1'), document.createTextNode('run ' + D.run.id + ' '), badge(D.run.status)));
  var dl = el('dl', 'meta');
  function row(k, v, node) { if (!v && !node) return; add(dl, el('dt', null, k), node ? add(el('dd'), node) : el('dd', null, v)); }
  row('status', NAMES[D.run.status]); row('run id', D.run.id); row('tag', D.run.tag); row('dag hash', D.run.dagHash);
  row('started', D.run.t0 ? new Date(D.run.t0).toISOString() : ''); row('duration', dur(D.run.span));
  row('pipeline', D.run.pipelineFile); row('run log', D.run.source); row('report made', D.run.generatedAt);
  D.run.code.forEach(function (c) {
    var node = el('span');
    if (c[2]) { var a = el('a', null, c[1]); a.href = c[2]; a.rel = 'noopener noreferrer'; a.target = '_blank'; add(node, a); } else add(node, el('span', null, c[1]));
    if (c[3]) add(node, el('span', 'note', ' ' + c[3]));
    row('code (' + c[0] + ')', '', node);
  });
  add(h, dl);
  if (D.run.parameters.length) { add(h, el('h4', null, 'run parameters')); add(h, paramTable(D.run.parameters)); }
  var cfg = add(el('details'), el('summary', null, 'configuration (run_config)'), el('pre', null, D.run.config));
  add(h, cfg);
  var om = D.omitted, notes = [];
  if (om.detailBranches) notes.push(om.detailBranches + ' map/loop branches are shown with status and times only (parameters, files and logs are kept for the first items and the failed ones)');
  if (om.lineageEntries) notes.push(om.lineageEntries + ' catalog entries of those branches are not in the lineage');
  if (om.logs) notes.push(om.logs + ' execution logs left out (size budget)');
  if (D.graphFromSteps) notes.push('the run log holds no pipeline definition (run_config.dag): the graph is rebuilt from the steps that ran');
  notes.forEach(function (n) { add(h, el('p', 'note', 'Note: ' + n)); });
  add(main, h);
  var failed = [];
  STEPS.forEach(function (s, i) { if (s[4] === 'F' && !(branchesOfStep[i] || []).length) failed.push(i); });
  if (failed.length) {
    var sec = el('section'); sec.id = 'failures';
    add(sec, el('h2', null, 'Failed steps (' + failed.length + ')'));
    var ul = el('ul', 'plain items');
    failed.slice(0, 200).forEach(function (i) {
      var li = el('li'); add(li, linkButton(stepPath(i), function () { selectStep(i, true); }));
      var m = STEPS[i][7]; if (m >= 0) add(li, el('span', 'note', ' — ' + S[m].slice(0, 200)));
      add(ul, li);
    });
    if (failed.length > 200) add(ul, el('li', 'note', '… and ' + (failed.length - 200) + ' more'));
    add(sec, ul); add(main, sec);
  }
})();

function paramTable(rows) {
  var t = el('table', 'kv');
  add(t, add(el('tr'), el('th', null, 'name'), el('th', null, 'kind'), el('th', null, 'value')));
  rows.forEach(function (r) {
    var v = el('td', 'mono');
    // Long values (a map's item list) fold behind their first characters.
    if (r[2].length > 300) add(v, add(el('details'), el('summary', null, r[2].slice(0, 160) + '… (' + r[2].length + ' characters)'), el('div', null, r[2])));
    else v.textContent = r[2];
    add(t, add(el('tr'), el('td', 'mono', r[0]), el('td', null, r[1]), v));
  });
  return t;
}

// ---- graph
var expanded = {}, nodeEls = {}, selectedKey = null;
var graphSec = el('section'); graphSec.id = 'graph';
add(graphSec, el('h2', null, 'Graph'));
var gbar = add(graphSec, el('div', 'toolbar')).lastChild;
add(gbar, linkButtonPlain('expand all', function () { eachComposite(D.graph, function (n) { expanded[n.key] = true; }); drawGraph(); }));
add(gbar, linkButtonPlain('collapse all', function () { expanded = {}; drawGraph(); }));
var legend = add(gbar, el('span', 'legend note')).lastChild;
['S', 'F', 'P', 'C'].forEach(function (c) { add(legend, badge(c)); legend.appendChild(document.createTextNode(' ')); });
add(legend, el('span', null, 'click a composite (▸) to open it'));
var gwrap = add(graphSec, el('div', 'graph-wrap')).lastChild;
add(main, graphSec);
function linkButtonPlain(text, f) { var b = el('button', null, text); b.type = 'button'; b.addEventListener('click', f); return b; }
function eachComposite(g, f) { g.nodes.forEach(function (n) { if (n.branches) { f(n); n.branches.forEach(function (b) { eachComposite(b[1], f); }); } }); }
function nodeCounts(n) { return counts(stepsOfTpl[n.key] || []); }
function labelOf(n) {
  var sub = n.type === 'task' ? (n.commandType || 'task') : n.type;
  var c = nodeCounts(n);
  if (n.type === 'success' || n.type === 'fail') return [n.name, ''];
  var list = stepsOfTpl[n.key] || [], bc = { S: 0, F: 0, P: 0, C: 0, '?': 0, n: 0 };
  list.forEach(function (i) { (branchesOfStep[i] || []).forEach(function (b) { bc[BR[b][2]]++; bc.n++; }); });
  if (bc.n) sub += ' · ' + bc.n + (n.type === 'map' ? ' items: ' : n.type === 'loop' ? ' iterations: ' : ' branches: ') + countsText(bc);
  else if (c.n > 1) sub += ' · ' + countsText(c);
  else if (c.n === 1) { var sp = span(STEPS[stepsOfTpl[n.key][0]]) || groupSpan(stepsOfTpl[n.key][0]); if (sp) sub += ' · ' + dur(sp[1] - sp[0]); }
  if (n.branches) sub = (expanded[n.key] ? '▾ ' : '▸ ') + sub;
  return [n.name, sub];
}
function fit(t, max) { return t.length > max ? t.slice(0, max - 1) + '…' : t; }
function drawGraph() {
  if (typeof dagre === 'undefined') { gwrap.textContent = 'graph layout unavailable'; return; }
  var g = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 22, ranksep: 30, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(function () { return {}; });
  var info = {}, edgeN = 0;
  function addGraph(graph, parent, gid) {
    var byName = {};
    graph.nodes.forEach(function (n) { byName[n.name] = n; });
    var used = {};
    graph.nodes.forEach(function (n) { if (n.next) used[n.next] = 1; if (n.onFailure) used[n.onFailure] = 1; });
    graph.nodes.forEach(function (n) {
      if (n.type === 'fail' && !used[n.name]) return;
      if (n.type === 'success' && !used[n.name] && graph.nodes.length > 1) return;
      var id = 'n' + gid + ':' + n.key, lab = labelOf(n);
      var w = Math.min(260, Math.max(70, 7 * Math.max(fit(lab[0], 34).length, fit(lab[1], 36).length * 0.9) + 22));
      g.setNode(id, { width: w, height: lab[1] ? 40 : 28 });
      info[id] = { node: n, lab: lab };
      if (parent) g.setParent(id, parent);
      if (n.branches && expanded[n.key]) {
        var cid = 'c' + gid + ':' + n.key; g.setNode(cid, { label: n.name, clusterLabelPos: 'top', paddingTop: 18 }); info[cid] = { cluster: n.name + ' (' + n.type + ')' };
        if (parent) g.setParent(cid, parent);
        g.setParent(id, cid);
        n.branches.forEach(function (b, bi) {
          var bid = 'b' + gid + ':' + n.key + '/' + bi; g.setNode(bid, { paddingTop: 16 }); info[bid] = { cluster: b[0], branch: true };
          g.setParent(bid, cid);
          var inner = addGraph(b[1], bid, gid + 1);
          var start = inner[b[1].start];
          if (start) g.setEdge(id, start, { kind: 'into' }, 'e' + (edgeN++));
        });
      }
    });
    var ids = {};
    graph.nodes.forEach(function (n) { var id = 'n' + gid + ':' + n.key; if (info[id]) ids[n.name] = id; });
    graph.nodes.forEach(function (n) {
      var from = ids[n.name]; if (!from) return;
      if (n.next && ids[n.next]) g.setEdge(from, ids[n.next], { kind: 'next' }, 'e' + (edgeN++));
      if (n.onFailure && ids[n.onFailure]) g.setEdge(from, ids[n.onFailure], { kind: 'fail' }, 'e' + (edgeN++));
    });
    return ids;
  }
  addGraph(D.graph, null, 0);
  dagre.layout(g);
  var gg = g.graph();
  var svg = sv('svg', { 'class': 'graph', width: Math.ceil(gg.width || 100), height: Math.ceil(gg.height || 60), viewBox: '0 0 ' + Math.ceil(gg.width || 100) + ' ' + Math.ceil(gg.height || 60) });
  var defs = add(svg, sv('defs', {})).lastChild;
  var mk = add(defs, sv('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' })).lastChild;
  add(mk, sv('path', { d: 'M0,0L10,5L0,10z', fill: '#8c959f' }));
  var clusters = g.nodes().filter(function (id) { return info[id] && info[id].cluster; });
  clusters.sort(function (a, b) { return a.split(':')[0].length - b.split(':')[0].length; });
  clusters.forEach(function (id) {
    var c = g.node(id), ci = info[id];
    add(svg, sv('rect', { 'class': 'cluster' + (ci.branch ? ' branch' : ''), x: c.x - c.width / 2, y: c.y - c.height / 2, width: c.width, height: c.height, rx: 6 }));
    var t = sv('text', { 'class': 'clabel', x: c.x - c.width / 2 + 6, y: c.y - c.height / 2 + 12 }); t.textContent = fit(ci.cluster, 60); add(svg, t);
  });
  g.edges().forEach(function (e) {
    var ed = g.edge(e); if (!ed.points) return;
    var d = 'M' + ed.points.map(function (p) { return p.x.toFixed(1) + ',' + p.y.toFixed(1); }).join('L');
    add(svg, sv('path', { 'class': 'edge ' + ed.kind, d: d, 'marker-end': 'url(#arrow)' }));
  });
  nodeEls = {};
  g.nodes().forEach(function (id) {
    var ni = info[id]; if (!ni || !ni.node) return;
    var p = g.node(id), n = ni.node;
    var st = n.type === 'success' || n.type === 'fail' ? (n.type === 'success' ? (D.run.status === 'S' ? 'S' : 'none') : (D.run.status === 'F' ? 'F' : 'none')) : aggStatus(nodeCounts(n));
    var grp = sv('g', { 'class': 'gnode st-' + st + (n.type === 'success' || n.type === 'fail' ? ' terminal' : '') + (n.branches ? ' composite' : ''), transform: 'translate(' + (p.x - p.width / 2) + ',' + (p.y - p.height / 2) + ')' });
    var title = sv('title', {}); title.textContent = n.name + '\n' + n.type + (n.command ? '\n' + n.command : '') + '\n' + countsText(nodeCounts(n)); add(grp, title);
    add(grp, sv('rect', { width: p.width, height: p.height, rx: 5 }));
    var t1 = sv('text', { x: 10, y: ni.lab[1] ? 16 : 18 }); t1.textContent = fit(ni.lab[0], 34); add(grp, t1);
    if (ni.lab[1]) { var t2 = sv('text', { 'class': 'sub', x: 10, y: 32 }); t2.textContent = fit(ni.lab[1], 40); add(grp, t2); }
    grp.addEventListener('click', function () { if (n.branches) { expanded[n.key] = !expanded[n.key]; drawGraph(); } selectTemplate(n); });
    (nodeEls[n.key] = nodeEls[n.key] || []).push(grp);
    if (selectedKey === n.key) grp.classList.add('sel');
    add(svg, grp);
  });
  gwrap.textContent = ''; add(gwrap, svg);
}

// ---- Gantt
var ganttSec = el('section'); ganttSec.id = 'timeline';
add(ganttSec, el('h2', null, 'Timeline (' + dur(D.run.span) + ')'));
add(ganttSec, el('p', 'note', 'One bar per attempt (success and fail nodes left out); overlapping work gets its own lane; retries are separate (dashed) bars. Hover or click a bar.'));
var gantt = add(ganttSec, el('div', 'gantt')).lastChild;
add(main, ganttSec);
var barEls = {}, canvases = [];
// success/fail nodes record an instant, not work: they stay out of the Gantt (and out of its lanes).
function isTerminal(i) { var t = S[STEPS[i][3]]; return t === 'success' || t === 'fail'; }
function pct(ms) { return D.run.span > 0 ? (ms / D.run.span) * 100 : 0; }
function attemptText(si, ai) {
  var s = STEPS[si], a = s[5][ai];
  var lines = [stepPath(si), 'attempt ' + a[3] + ' · ' + NAMES[a[2]], 'start +' + dur(a[0]) + (D.run.t0 ? '  (' + iso(a[0]) + ')' : ''), 'duration ' + dur(a[1])];
  if (a[4] >= 0 && S[a[4]]) lines.push('message: ' + S[a[4]].slice(0, 600));
  return lines.join('\n');
}
function buildGantt() {
  var axisRow = add(gantt, el('div', 'grow')).lastChild;
  add(axisRow, el('div', 'glabel sub', 'step'));
  var axis = add(axisRow, el('div', 'axis')).lastChild;
  for (var k = 0; k <= 5; k++) { var tk = el('span', null, '+' + dur(D.run.span * k / 5)); tk.style.left = (k * 20) + '%'; if (k === 5) tk.style.transform = 'translateX(-100%)'; add(axis, tk); }
  var order = tops.slice().sort(function (a, b) { var x = groupSpan(a), y = groupSpan(b); return (x ? x[0] : Infinity) - (y ? y[0] : Infinity) || a - b; });
  order.forEach(function (top) {
    if (isTerminal(top)) return;
    var members = [], stack = [top];
    while (stack.length) { var i = stack.pop(); if (STEPS[i][5].length && !isTerminal(i)) members.push(i); (branchesOfStep[i] || []).forEach(function (b) { (stepsOfBranch[b] || []).forEach(function (j) { stack.push(j); }); }); }
    var row = add(gantt, el('div', 'grow')).lastChild;
    var s = STEPS[top], sp = groupSpan(top);
    var lab = add(row, el('div', 'glabel')).lastChild;
    add(lab, badge(s[4])); lab.appendChild(document.createTextNode(' '));
    add(lab, linkButton(S[s[0]], function () { selectStep(top, false); }));
    var nAtt = 0; members.forEach(function (i) { nAtt += STEPS[i][5].length; });
    add(lab, el('div', 'sub', S[s[3]] + (sp ? ' · ' + dur(sp[1] - sp[0]) : ' · not run') + (members.length > 1 || (branchesOfStep[top] || []).length ? ' · ' + nAtt + ' attempts' : '')));
    lab.title = stepPath(top);
    var track = add(row, el('div', 'gtrack')).lastChild;
    var lanes = D.lanes[top] || (nAtt ? 1 : 0);
    if (nAtt > BAR_LIMIT) { canvasGroup(track, members, lanes); return; }
    var laneEls = [];
    for (var l = 0; l < Math.max(lanes, 1); l++) laneEls.push(add(track, el('div', 'lane')).lastChild);
    members.forEach(function (i) {
      STEPS[i][5].forEach(function (a, ai) {
        var b = el('div', 'bar st-' + a[2] + (a[3] > 1 ? ' retry' : ''));
        b.style.left = pct(a[0]) + '%'; b.style.width = pct(a[1]) + '%';
        b.dataset.s = String(i); b.dataset.a = String(ai);
        add(laneEls[a[5]] || laneEls[0], b);
        (barEls[i] = barEls[i] || []).push(b);
      });
    });
  });
  gantt.addEventListener('mousemove', function (ev) {
    var b = ev.target.closest && ev.target.closest('.bar');
    if (b) showTip(ev, attemptText(+b.dataset.s, +b.dataset.a)); else if (!ev.target.closest('canvas')) hideTip();
  });
  gantt.addEventListener('mouseleave', hideTip);
  gantt.addEventListener('click', function (ev) { var b = ev.target.closest && ev.target.closest('.bar'); if (b) selectStep(+b.dataset.s, false); });
}

function canvasGroup(track, members, lanes) {
  // One canvas for the group: per lane, attempts sorted by start for a binary-search hit test.
  var laneH = lanes > 40 ? 3 : lanes > 12 ? 6 : 12, per = [];
  for (var l = 0; l < lanes; l++) per.push([]);
  members.forEach(function (i) { STEPS[i][5].forEach(function (a, ai) { per[a[5]].push([a[0], a[1], i, ai]); }); });
  per.forEach(function (p) { p.sort(function (x, y) { return x[0] - y[0]; }); });
  var c = add(track, el('canvas', 'lanes')).lastChild;
  c.style.height = (lanes * laneH + 4) + 'px';
  add(track, el('div', 'note', ' ' + members.length + ' steps: their attempts are drawn on a canvas (too many for one element each); hover for details, click to open'));
  var COL = { S: '#2da44e', F: '#cf222e', P: '#bf8700', C: '#8c959f', '?': '#8c959f' };
  function draw() {
    var w = c.clientWidth || 600, h = lanes * laneH + 4, r = window.devicePixelRatio || 1;
    c.width = Math.round(w * r); c.height = Math.round(h * r);
    var x = c.getContext('2d'); x.setTransform(r, 0, 0, r, 0, 0); x.clearRect(0, 0, w, h);
    var fails = [];
    per.forEach(function (p, l) { p.forEach(function (e) { var st = STEPS[e[2]][5][e[3]][2]; if (st === 'F') { fails.push([e, l]); return; } x.fillStyle = COL[st]; x.fillRect(pct(e[0]) * w / 100, 2 + l * laneH, Math.max(1, pct(e[1]) * w / 100), Math.max(1, laneH - 1)); }); });
    x.fillStyle = COL.F; fails.forEach(function (f) { var e = f[0]; x.fillRect(pct(e[0]) * w / 100, 2 + f[1] * laneH, Math.max(2, pct(e[1]) * w / 100), Math.max(1, laneH - 1)); });
  }
  function hit(ev) {
    var rect = c.getBoundingClientRect(), l = Math.floor((ev.clientY - rect.top - 2) / laneH), p = per[l];
    if (!p || !p.length) return null;
    var t = (ev.clientX - rect.left) / rect.width * D.run.span, lo = 0, hi = p.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (p[mid][0] <= t) lo = mid; else hi = mid - 1; }
    var slack = D.run.span / rect.width * 2;
    for (var k = Math.max(0, lo - 1); k <= Math.min(p.length - 1, lo + 1); k++) if (t >= p[k][0] - slack && t <= p[k][0] + p[k][1] + slack) return p[k];
    return null;
  }
  c.addEventListener('mousemove', function (ev) { var e = hit(ev); if (e) showTip(ev, attemptText(e[2], e[3])); else hideTip(); });
  c.addEventListener('click', function (ev) { var e = hit(ev); if (e) selectStep(e[2], false); });
  canvases.push(draw);
  draw();
}
window.addEventListener('resize', function () { canvases.forEach(function (f) { f(); }); });

// ---- files and lineage
var usesOfFile = {}, usesOfStep = {}, filesByName = {};
D.uses.forEach(function (u) { (usesOfFile[u[0]] = usesOfFile[u[0]] || []).push(u); (usesOfStep[u[2]] = usesOfStep[u[2]] || []).push(u); });
D.files.forEach(function (f, i) { (filesByName[f[0]] = filesByName[f[0]] || []).push(i); });
function buildFiles() {
  var filesSec = el('section'); filesSec.id = 'files';
  add(filesSec, el('h2', null, 'Files (' + D.files.length + ')'));
  if (!D.files.length) add(filesSec, el('p', 'note', 'No step got or put files through the catalog.'));
  else {
    var ft = add(filesSec, el('table', 'kv')).lastChild;
    add(ft, add(el('tr'), el('th', null, 'file'), el('th', null, 'sha256'), el('th', null, 'put by'), el('th', null, 'got by')));
    D.files.slice(0, 1000).forEach(function (f, fi) {
      var us = usesOfFile[fi] || [], put = us.filter(function (u) { return u[1] === 'put'; }), got = us.filter(function (u) { return u[1] === 'get'; });
      var tr = add(ft, el('tr', 'file-row')).lastChild;
      add(tr, add(el('td', 'mono'), linkButton(f[0], function () { showLineage(fi); })), el('td', 'mono', f[1].slice(0, 12)), el('td', null, put.map(function (u) { return stepPath(u[2]); }).join(', ').slice(0, 300)), el('td', null, got.length ? String(got.length) + ' step(s)' : '—'));
      tr.lastChild.previousSibling.previousSibling.title = f[1];
    });
    if (D.files.length > 1000) add(filesSec, el('p', 'note', '… ' + (D.files.length - 1000) + ' more files (open a step to see its files)'));
  }
  add(main, filesSec);
}

var stepPanel = add(side, el('div')).lastChild; stepPanel.id = 'step';
var linPanel = add(side, el('div')).lastChild; linPanel.id = 'lineage';
add(stepPanel, el('p', 'note', 'Click a node, a bar or a step to see its attempts, parameters, metrics, files and log.'));

function sameFile(fi) {
  // The producer of a file is the step that put the same name with the same sha256 (a get records the
  // hash it received); when no put has that hash, any put of the name is offered.
  var f = D.files[fi], own = usesOfFile[fi] || [], put = own.filter(function (u) { return u[1] === 'put'; }), got = own.filter(function (u) { return u[1] === 'get'; });
  var others = (filesByName[f[0]] || []).filter(function (j) { return j !== fi; });
  if (!put.length) others.forEach(function (j) { (usesOfFile[j] || []).forEach(function (u) { if (u[1] === 'put') put.push(u); }); });
  return { put: put, got: got, others: others };
}
function showLineage(fi) {
  var f = D.files[fi], r = sameFile(fi);
  linPanel.textContent = '';
  add(linPanel, el('h2', null, 'Lineage'));
  add(linPanel, el('h3', 'mono', f[0]));
  var dl = add(linPanel, el('dl', 'meta')).lastChild;
  add(dl, el('dt', null, 'sha256'), el('dd', 'sha', f[1]), el('dt', null, 'catalog path'), el('dd', null, f[2]));
  function list(title, us, cls) {
    add(linPanel, el('h4', null, title + ' (' + us.length + ')'));
    var ul = add(linPanel, el('ul', 'plain ' + cls)).lastChild;
    if (!us.length) add(ul, el('li', 'note', 'none in this run'));
    us.slice(0, 500).forEach(function (u) { var li = add(ul, el('li')).lastChild; add(li, badge(STEPS[u[2]][4])); li.appendChild(document.createTextNode(' ')); add(li, linkButton(stepPath(u[2]), function () { selectStep(u[2], true); })); });
    if (us.length > 500) add(ul, el('li', 'note', '… ' + (us.length - 500) + ' more'));
  }
  list('produced by', r.put, 'producers'); list('consumed by', r.got, 'consumers');
  if (r.others.length) add(linPanel, el('p', 'note', r.others.length + ' other version(s) of this name in the run (other sha256)'));
  linPanel.scrollIntoView({ block: 'nearest' });
}

// ---- selection
function highlight(key, steps) {
  Array.prototype.forEach.call(document.querySelectorAll('.sel'), function (e) { e.classList.remove('sel'); });
  selectedKey = key;
  (nodeEls[key] || []).forEach(function (e) { e.classList.add('sel'); });
  (steps || []).forEach(function (i) { (barEls[i] || []).forEach(function (b) { b.classList.add('sel'); }); });
}
function selectTemplate(n) {
  var list = stepsOfTpl[n.key] || [];
  if (list.length === 1) return selectStep(list[0], false);
  highlight(n.key, []);
  stepPanel.textContent = '';
  add(stepPanel, el('h2', null, 'Step'));
  add(stepPanel, add(el('h3'), document.createTextNode(n.name + ' ')));
  add(stepPanel, el('p', 'note', n.type + (n.command ? ': ' + n.command : '')));
  if (!list.length) { add(stepPanel, el('p', 'note', 'This step did not run.')); return; }
  var c = counts(list);
  add(stepPanel, el('p', null, list.length + ' runs (one per map item or iteration): ' + countsText(c)));
  itemList(list);
}
function itemList(list) {
  var failed = list.filter(function (i) { return STEPS[i][4] !== 'S'; }), ok = list.filter(function (i) { return STEPS[i][4] === 'S'; });
  if (failed.length) { add(stepPanel, el('h4', null, 'not succeeded (' + failed.length + ')')); add(stepPanel, stepList(failed, 500, 'failed-items')); }
  if (ok.length) { add(stepPanel, el('h4', null, 'succeeded (' + ok.length + ')')); add(stepPanel, stepList(ok, 50, 'ok-items')); }
}
function stepList(list, max, cls) {
  var ul = el('ul', 'plain items ' + cls);
  list.slice(0, max).forEach(function (i) { var li = add(ul, el('li')).lastChild; add(li, badge(STEPS[i][4])); li.appendChild(document.createTextNode(' ')); add(li, linkButton(stepPath(i), function () { selectStep(i, true); })); var m = STEPS[i][7]; if (m >= 0 && STEPS[i][4] === 'F') add(li, el('span', 'note', ' — ' + S[m].slice(0, 160))); });
  if (list.length > max) add(ul, el('li', 'note', '… and ' + (list.length - max) + ' more'));
  return ul;
}
function selectStep(i, scroll) {
  var s = STEPS[i], tpl = S[s[2]];
  highlight(tpl, [i]);
  stepPanel.textContent = '';
  add(stepPanel, el('h2', null, 'Step'));
  add(stepPanel, add(el('h3'), document.createTextNode(stepPath(i) + ' '), badge(s[4])));
  var dl = add(stepPanel, el('dl', 'meta')).lastChild;
  add(dl, el('dt', null, 'type'), el('dd', null, S[s[3]]), el('dt', null, 'template'), el('dd', null, tpl));
  var sp = groupSpan(i); if (sp) add(dl, el('dt', null, 'duration'), el('dd', null, dur(sp[1] - sp[0]) + ' (from +' + dur(sp[0]) + ')'));
  if (s[7] >= 0 && S[s[7]]) { add(stepPanel, el('h4', null, 'message')); add(stepPanel, el('pre', 'message', S[s[7]])); }
  var det = s[6] >= 0 ? D.details[s[6]] : null;
  if (s[5].length) {
    add(stepPanel, el('h4', null, 'attempts (' + s[5].length + ')'));
    var t = add(stepPanel, el('table', 'kv attempts')).lastChild;
    add(t, add(el('tr'), el('th', null, '#'), el('th', null, 'status'), el('th', null, 'start'), el('th', null, 'duration'), el('th', null, 'exit'), el('th', null, 'message')));
    s[5].forEach(function (a, ai) {
      var run = det && det.runs[ai];
      add(t, add(el('tr'), el('td', null, a[3]), add(el('td'), badge(a[2])), el('td', null, '+' + dur(a[0])), el('td', null, dur(a[1])), el('td', null, run && run[1] !== null ? run[1] : ''), el('td', 'mono', a[4] >= 0 ? S[a[4]] : '')));
    });
  }
  var bs = branchesOfStep[i] || [];
  if (bs.length) {
    var bc = { S: 0, F: 0, P: 0, C: 0, '?': 0, n: 0 }; bs.forEach(function (b) { bc[BR[b][2]]++; bc.n++; });
    add(stepPanel, el('h4', null, 'branches (' + bs.length + ')'));
    add(stepPanel, el('p', 'branch-counts', countsText(bc)));
    var bad = bs.filter(function (b) { return BR[b][2] !== 'S'; }), good = bs.filter(function (b) { return BR[b][2] === 'S'; });
    function blist(list, max, cls) {
      var ul = el('ul', 'plain items ' + cls);
      list.slice(0, max).forEach(function (b) {
        var li = add(ul, el('li')).lastChild; add(li, badge(BR[b][2])); li.appendChild(document.createTextNode(' ' + BR[b][1] + ': '));
        (stepsOfBranch[b] || []).forEach(function (j, k) { if (k) li.appendChild(document.createTextNode(', ')); add(li, linkButton(S[STEPS[j][0]], function () { selectStep(j, true); })); });
      });
      if (list.length > max) add(ul, el('li', 'note', '… and ' + (list.length - max) + ' more'));
      return ul;
    }
    if (bad.length) { add(stepPanel, el('h4', null, 'failed or not finished (' + bad.length + ')')); add(stepPanel, blist(bad, 500, 'failed-branches')); }
    if (good.length) { add(stepPanel, el('h4', null, 'succeeded (' + good.length + ')')); add(stepPanel, blist(good, 30, 'ok-branches')); }
  }
  if (det) {
    if (det.in.length) { add(stepPanel, el('h4', null, 'input parameters')); add(stepPanel, paramTable(det.in)); }
    if (det.out.length) { add(stepPanel, el('h4', null, 'output parameters')); add(stepPanel, paramTable(det.out)); }
    if (det.metrics.length) { add(stepPanel, el('h4', null, 'metrics')); add(stepPanel, paramTable(det.metrics)); }
  } else if (!bs.length) add(stepPanel, el('p', 'note', 'Parameters, files and log of this item are not in the report: only the first items of a large map and its failed ones keep them.'));
  var us = usesOfStep[i] || [];
  if (us.length) {
    add(stepPanel, el('h4', null, 'files'));
    var ft2 = add(stepPanel, el('table', 'kv step-files')).lastChild;
    add(ft2, add(el('tr'), el('th', null, ''), el('th', null, 'file'), el('th', null, 'sha256')));
    us.forEach(function (u) { var f = D.files[u[0]]; var td = el('td', 'mono'); add(td, linkButton(f[0], function () { showLineage(u[0]); }, 'show which step produced it and which consumed it')); add(ft2, add(el('tr'), el('td', null, u[1]), td, el('td', 'mono sha', f[1]))); });
  }
  if (det && (det.logs.length || det.logsMissing.length)) {
    add(stepPanel, el('h4', null, 'execution log'));
    det.logs.forEach(function (l) { add(stepPanel, add(el('details', 'log'), el('summary', 'mono', l[0]), el('pre', 'log-text', l[1] === '' ? '(empty: the step printed nothing)' : l[1]))); });
    var lastLog = stepPanel.querySelector('details.log:last-of-type'); if (lastLog) lastLog.open = true;
    det.logsMissing.forEach(function (n) { add(stepPanel, el('p', 'note', n + ': not read from the catalog')); });
  }
  if (scroll) { var bar = (barEls[i] || [])[0]; if (bar) bar.scrollIntoView({ block: 'nearest' }); }
  side.scrollTop = 0;
}

drawGraph();
// The Gantt and the file table come in a second task, so the header and the graph show first and no
// single task holds the page for the whole build on large runs.
setTimeout(function () {
  buildGantt();
  buildFiles();
  // For bench/report.mjs: milliseconds from navigation start until the page is drawn.
  document.body.setAttribute('data-ready-ms', String(Math.round(performance.now())));
  document.body.setAttribute('data-ready', '1');
}, 0);
})();
`;

// src/report/render.ts
function scriptSafeJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
__name(scriptSafeJson, "scriptSafeJson");
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("base64");
}
__name(sha256, "sha256");
function attr(s) {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
__name(attr, "attr");
function renderReportDocument(data) {
  for (const code of [DAGRE_JS, PAGE_JS]) if (/<\/script|<!--/i.test(code)) throw new InternalError("report page script contains </script or <!--");
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(DAGRE_JS)}' 'sha256-${sha256(PAGE_JS)}'`,
    "style-src 'unsafe-inline'",
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
  const title = attr(`run ${data.run.id} \u2014 ${{ S: "SUCCESS", F: "FAIL", P: "PROCESSING", C: "CREATED" }[data.run.status] ?? "unknown"}`);
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${PAGE_CSS}</style>`,
    "</head>",
    "<body>",
    '<div id="app"><p id="loading">Loading the run report\u2026 (it needs JavaScript)</p></div>',
    `<script type="application/json" id="run-data">${scriptSafeJson(data)}</script>`,
    `<script>${DAGRE_JS}</script>`,
    `<script>${PAGE_JS}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
__name(renderReportDocument, "renderReportDocument");
function renderHtmlReport(runLog, options = {}) {
  return renderReportDocument(buildReportData(runLog, options));
}
__name(renderHtmlReport, "renderHtmlReport");

// src/report/write.ts
function relativeOf(runId, e) {
  const p = typeof e.catalog_relative_path === "string" ? e.catalog_relative_path : "";
  return p.startsWith(`${runId}/`) ? p.slice(runId.length + 1) : e.name;
}
__name(relativeOf, "relativeOf");
async function collectExecutionLogs(runLog, catalog, opts = {}) {
  const logs = /* @__PURE__ */ new Map();
  for (const e of executionLogEntries(runLog, opts)) {
    if (logs.has(e.name)) continue;
    try {
      logs.set(e.name, (await catalog.getBytes(runLog.run_id, relativeOf(runLog.run_id, e))).toString("utf8"));
    } catch {
    }
  }
  return logs;
}
__name(collectExecutionLogs, "collectExecutionLogs");
async function secretValuesFor(runLog, config, cwd, env) {
  const names = declaredSecretNames(runLog.run_config?.dag);
  if (!names.length) return [];
  const values = [];
  try {
    const { createSecrets } = await import("./factory-KTDA5VWX.js");
    const svc = createSecrets(config.secrets, cwd, env);
    for (const n of names) {
      const v = await svc.get(n).catch(() => void 0);
      if (v) values.push(v);
    }
  } catch {
    for (const n of names) if (env[n]) values.push(env[n]);
  }
  return values;
}
__name(secretValuesFor, "secretValuesFor");
async function writeRunReport(runLog, opts) {
  let catalog = opts.catalog;
  if (!catalog && opts.config) {
    try {
      const { createCatalog } = await import("./factory-WHPDPMPS.js");
      catalog = await createCatalog(opts.config.catalog, opts.cwd);
    } catch {
      catalog = void 0;
    }
  }
  const logs = opts.logs ?? (catalog ? await collectExecutionLogs(runLog, catalog, opts) : /* @__PURE__ */ new Map());
  const secrets = [...opts.secrets ?? [], ...opts.config ? await secretValuesFor(runLog, opts.config, opts.cwd, opts.env) : []];
  const html = renderHtmlReport(runLog, { ...opts, logs, secrets });
  const file = path.resolve(opts.cwd, opts.file);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, html);
  return { file, bytes: Buffer.byteLength(html), logs: logs.size };
}
__name(writeRunReport, "writeRunReport");

export {
  writeRunReport
};
// @license
