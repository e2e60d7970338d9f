/**
 * The report page's style and script (plain ES2017, no framework). The script reads the run's document from
 * `<script type="application/json" id="run-data">` (model.ts) and builds the page with DOM calls only:
 * every value from the run goes through `textContent` (or an attribute set with setAttribute), never through
 * innerHTML, and the only link target it writes is an http(s) URL.
 *
 * Large runs: Gantt groups with more than BAR_LIMIT attempts are drawn on a canvas (hit-tested per lane with
 * a binary search) instead of one element per bar; lists of map items are cut with a count of the rest.
 * (Written as a plain string: no backquotes or dollar-brace sequences inside.)
 */

export const PAGE_CSS = `
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

export const PAGE_JS = String.raw`(function () {
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
