export const id = 750;
export const ids = [750];
export const modules = {

/***/ 75750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jo: () => (/* binding */ loadInitialParameters)
/* harmony export */ });
/* unused harmony exports decodeOverride, parameterOverrides, parseParametersText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _pipeline_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8961);
/* harmony import */ var _pipeline_zod_issues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25736);
/* harmony import */ var _pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30362);
/* harmony import */ var _runlog_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55992);
/**
 * Initial parameters (runnable semantics §5.1): the parameters file (a YAML mapping; each top-level key a
 * json parameter; `RUNNABLE_PARAMETERS_FILE` replaces the path given), then `extra` (e.g. workflow_dispatch
 * inputs), then `RUNNABLE_PRM_<name>` overrides (name lower-cased, value JSON-decoded when possible, else
 * the string).
 */





/** Decodes an override: JSON when it parses, otherwise the string itself. */
function decodeOverride(value) {
    try {
        return JSON.parse(value);
    }
    catch {
        return value;
    }
}
/** `RUNNABLE_PRM_<name>` variables: name (lower-cased) → decoded value. */
function parameterOverrides(env) {
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (!k.startsWith('RUNNABLE_PRM_') || v === undefined)
            continue;
        const name = k.slice('RUNNABLE_PRM_'.length).toLowerCase();
        if (name)
            (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(out, name, decodeOverride(v));
    }
    return out;
}
/** Finds values YAML can hold but JSON cannot (.inf, .nan), iteratively. */
function nonJsonIssues(doc, value) {
    const issues = [];
    const stack = [[value, []]];
    while (stack.length) {
        const [v, path] = stack.pop();
        if (typeof v === 'number' && !Number.isFinite(v))
            issues.push((0,_pipeline_zod_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .issueAt */ .NC)(doc, path, 'value', `${v} is not a JSON number; parameters must be JSON values`));
        else if (Array.isArray(v))
            v.forEach((x, i) => stack.push([x, [...path, i]]));
        else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
                stack.push([x, [...path, k]]);
    }
    return issues;
}
/** Parses parameters YAML text: a mapping (or an empty file) → name → value. Throws ValidationError. */
function parseParametersText(text, file) {
    const doc = (0,_pipeline_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .loadYamlText */ .HF)(text, file);
    const issues = [...doc.issues];
    const value = doc.value;
    let out = {};
    if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
        issues.push((0,_pipeline_zod_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .issueAt */ .NC)(doc, [], 'value', `expected a mapping of parameter names to values, got ${(0,_pipeline_zod_issues_js__WEBPACK_IMPORTED_MODULE_2__/* .show */ .WU)(value)}`));
    }
    else if (value) {
        out = value;
        issues.push(...nonJsonIssues(doc, out));
    }
    if (issues.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ValidationError */ .yI((0,_pipeline_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .sortIssues */ .V)(issues), file);
    return out;
}
/** The initial parameters of a run (see the module comment). Throws InputFileError / ValidationError. */
async function loadInitialParameters(opts) {
    const file = opts.env.RUNNABLE_PARAMETERS_FILE || opts.file || undefined;
    const values = {};
    if (file) {
        const text = await (0,_pipeline_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .readSourceFile */ .uj)(file, file, opts.cwd);
        for (const [k, v] of Object.entries(parseParametersText(text, file)))
            (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(values, k, v);
    }
    for (const [k, v] of Object.entries(opts.extra ?? {}))
        (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(values, k, v);
    for (const [k, v] of Object.entries(parameterOverrides(opts.env)))
        (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(values, k, v);
    const params = {};
    for (const [k, v] of Object.entries(values))
        (0,_pipeline_own_js__WEBPACK_IMPORTED_MODULE_3__/* .setOwn */ .P)(params, k, (0,_runlog_model_js__WEBPACK_IMPORTED_MODULE_4__/* .makeParameter */ .mL)('json', v));
    return params;
}


/***/ }),

/***/ 30362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ setOwn)
/* harmony export */ });
/**
 * Setting a property named by the user (`__proto__` included) as an own data property, never through the
 * prototype setter.
 */
function setOwn(obj, key, value) {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}


/***/ }),

/***/ 8961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ loadYamlText),
/* harmony export */   V: () => (/* binding */ sortIssues),
/* harmony export */   uj: () => (/* binding */ readSourceFile)
/* harmony export */ });
/* unused harmony exports MAX_FILE_BYTES, MAX_DEPTH, MAX_ALIAS_EXPANSION, noPositions */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _own_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30362);
/**
 * Safe YAML loading with source positions, shared by the pipeline, config and parameters readers.
 *
 * - plain YAML 1.2 core schema plus `<<` merge keys; anchors and aliases allowed; no custom tags (an unknown
 *   tag such as `!!python/object` is an error at its position);
 * - bounded: file size (1 MiB), nesting depth (100), alias expansion (alias bombs fail fast), one document;
 * - binary junk (NUL and other control characters, invalid UTF-8) is rejected with a clear message;
 * - duplicate keys are reported (the YAML library would silently keep the last one);
 * - every issue carries the 1-based line and column of the offending key or value.
 *
 * Parsing is done in two steps (CST, then compose) so that depth is checked on the CST without recursion
 * before the recursive composer ever sees the document.
 */





/** Largest file we read (bytes). */
const MAX_FILE_BYTES = 1024 * 1024;
/** Deepest nesting of collections we accept. */
const MAX_DEPTH = 100;
/** Most nodes aliases may add to a document when expanded (anchors reused). */
const MAX_ALIAS_EXPANSION = 100_000;
/** A locator that knows nothing: for documents built in code (the SDK). */
function noPositions(file, value) {
    return { file, value, issues: [], locate: () => undefined };
}
function humanBytes(n) {
    return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${n} bytes`;
}
/** Line/column (1-based) of a character offset in `text`, without a LineCounter. */
function posOfOffset(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/** Rejects NUL bytes and other C0 control characters (except tab, LF, CR) that YAML forbids. */
function checkText(text, file) {
    // eslint-disable-next-line no-control-regex
    const m = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/.exec(text);
    if (!m)
        return;
    const code = m[0].charCodeAt(0);
    const what = code === 0 ? 'a NUL byte' : `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ValidationError */ .yI([
        { file, ...posOfOffset(text, m.index), path: '', message: `the file contains ${what}; it looks like binary data, not YAML text` },
    ], file);
}
/**
 * Reads a text file the user named: InputFileError when it cannot be read, ValidationError when it is too
 * large, binary or not UTF-8. A leading BOM is dropped. `display` is the name used in messages.
 */
async function readSourceFile(path, display = path, cwd) {
    const abs = cwd ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path) : path;
    let size;
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs);
        if (st.isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputFileError */ .TH(display, 'it is a directory, not a file');
        size = st.size;
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputFileError */ .TH)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputFileError */ .TH(display, fsReason(e), { cause: e });
    }
    if (size > MAX_FILE_BYTES)
        throw tooLarge(display, size);
    let buf;
    try {
        buf = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputFileError */ .TH(display, fsReason(e), { cause: e });
    }
    if (buf.length > MAX_FILE_BYTES)
        throw tooLarge(display, buf.length);
    const nul = buf.indexOf(0);
    if (nul !== -1) {
        const before = new TextDecoder('utf-8').decode(buf.subarray(0, nul));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ValidationError */ .yI([
            { file: display, ...posOfOffset(before, before.length), path: '', message: 'the file contains a NUL byte; it looks like binary data, not YAML text' },
        ], display);
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    }
    catch {
        const lossy = new TextDecoder('utf-8').decode(buf);
        const at = lossy.indexOf('\uFFFD');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ValidationError */ .yI([
            { file: display, ...posOfOffset(lossy, Math.max(at, 0)), path: '', message: 'the file is not valid UTF-8 text; it looks like binary data, not YAML' },
        ], display);
    }
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    return text;
}
function tooLarge(file, size) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ValidationError */ .yI([
        { file, line: 1, column: 1, path: '', message: `the file is ${humanBytes(size)}, larger than the ${humanBytes(MAX_FILE_BYTES)} limit` },
    ], file);
}
function fsReason(e) {
    const code = e?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'it is a directory, not a file';
    return e instanceof Error ? e.message : String(e);
}
/** Position of a node's range in the LineCounter's text. */
function rangePos(lc, range) {
    if (!range)
        return undefined;
    const a = lc.linePos(range[0]);
    const b = lc.linePos(range[1] ?? range[0]);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}
/** Most node tokens (anchors, tags, aliases, scalars) in a row without an indicator between them. */
const MAX_RUN = 10;
/**
 * Lexes and parses to the CST, feeding the parser token by token and stopping early on pathological input
 * the parser handles in quadratic time: flow collections or compact block indicators (`- - - -`) nested
 * deeper than MAX_DEPTH, long runs of anchors/tags/aliases/values. The lexer is linear, so these fail fast.
 */
function parseCst(text, lc, file) {
    const parser = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .Parser */ .iX(lc.addNewLine);
    lc.addNewLine(0);
    const tokens = [];
    let offset = 0;
    let flow = 0;
    let indicators = 0;
    let run = 0;
    const fail = (message) => {
        const p = lc.linePos(offset);
        // lines after `offset` have not been counted yet, but the position of `offset` itself is known
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ValidationError */ .yI([{ file, line: p.line, column: p.col, path: '', message }], file);
    };
    for (const lexeme of new yaml__WEBPACK_IMPORTED_MODULE_2__/* .Lexer */ .JG().lex(text)) {
        const type = yaml__WEBPACK_IMPORTED_MODULE_2__/* .CST */ .DB.tokenType(lexeme);
        switch (type) {
            case 'flow-map-start':
            case 'flow-seq-start':
                if (++flow > MAX_DEPTH)
                    fail(`the document is nested more than ${MAX_DEPTH} levels deep`);
                run = 0;
                break;
            case 'flow-map-end':
            case 'flow-seq-end':
                flow = Math.max(0, flow - 1);
                run = 0;
                break;
            case 'newline':
                indicators = 0;
                run = 0;
                break;
            case 'map-value-ind':
                // `a: b: c` on one line is invalid in block context; many of them make the parser slow
                if (flow === 0 && ++indicators > MAX_DEPTH)
                    fail(`the document is nested more than ${MAX_DEPTH} levels deep`);
                run = 0;
                break;
            case 'seq-item-ind':
            case 'explicit-key-ind':
                if (++indicators > MAX_DEPTH)
                    fail(`the document is nested more than ${MAX_DEPTH} levels deep`);
                run = 0;
                break;
            case 'anchor':
            case 'tag':
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
            case 'block-scalar-header':
                // one node is at most an anchor, a tag and a value; long runs are errors the parser is slow to find
                if (++run > MAX_RUN)
                    fail(`invalid YAML: more than ${MAX_RUN} anchors, tags, aliases or values in a row`);
                break;
            case 'space':
            case 'comment':
            case null:
                break;
            default:
                run = 0;
        }
        for (const t of parser.next(lexeme))
            tokens.push(t);
        if (type !== 'doc-mode' && type !== 'flow-error-end' && type !== 'scalar' && type !== 'byte-order-mark')
            offset += lexeme.length;
    }
    for (const t of parser.end())
        tokens.push(t);
    return tokens;
}
/** Depth of nested collections in the CST, iteratively (the composer recurses and would blow the stack). */
function checkDepth(tokens, lc, file) {
    const stack = tokens.map((t) => [t, 0]);
    while (stack.length) {
        const [t, depth] = stack.pop();
        if (t.type === 'document') {
            if (t.value)
                stack.push([t.value, depth]);
            continue;
        }
        if (!t.items)
            continue;
        if (depth >= MAX_DEPTH) {
            const p = lc.linePos(t.offset ?? 0);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ValidationError */ .yI([
                { file, line: p.line, column: p.col, path: '', message: `the document is nested more than ${MAX_DEPTH} levels deep` },
            ], file);
        }
        for (let i = t.items.length - 1; i >= 0; i--) {
            const it = t.items[i];
            if (it.value)
                stack.push([it.value, depth + 1]);
            if (it.key)
                stack.push([it.key, depth + 1]);
        }
    }
}
/** A `<<` merge key (plain `<<`; the library gives it a symbol value). A quoted '<<' is an ordinary key. */
function isMergeKey(key) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(key) && typeof key.value === 'symbol';
}
/** The string form of a mapping key, as in the JS value (null key → ''). */
function keyText(key) {
    if (isMergeKey(key))
        return '<<';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(key))
        return key.value === null || key.value === undefined ? '' : String(key.value);
    if (key === null || key === undefined)
        return '';
    return String(key.toString());
}
/**
 * Walks the composed document once, iteratively, in document order: resolves aliases (linear, unlike the
 * library's per-alias document scan), reports unknown and recursive aliases and duplicate keys, and bounds
 * alias expansion (counted as the number of nodes the aliases would add).
 */
function checkNodes(doc, lc, file, issues, opts) {
    const targets = new Map();
    const anchors = new Map();
    const size = new Map();
    const inProgress = new Set();
    let added = 0;
    let bombReported = false;
    const root = doc.contents;
    if (!root)
        return targets;
    const stack = [{ node: root, path: [], childrenDone: false }];
    while (stack.length) {
        const f = stack[stack.length - 1];
        const n = f.node;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isAlias */ .Vj)(n)) {
            stack.pop();
            const target = anchors.get(n.source);
            if (!target) {
                issues.push({ file, ...rangePos(lc, n.range), path: f.path.join('.'), message: `unknown alias '*${n.source}' (define the anchor '&${n.source}' before using it)` });
                size.set(n, 1);
                continue;
            }
            if (inProgress.has(target)) {
                issues.push({ file, ...rangePos(lc, n.range), path: f.path.join('.'), message: `alias '*${n.source}' refers to a node that contains it` });
                size.set(n, 1);
                continue;
            }
            targets.set(n, target);
            const s = size.get(target) ?? 1;
            size.set(n, s);
            added += s;
            if (added > MAX_ALIAS_EXPANSION && !bombReported) {
                bombReported = true;
                issues.push({
                    file,
                    ...rangePos(lc, n.range),
                    path: f.path.join('.'),
                    message: `aliases expand the document by more than ${MAX_ALIAS_EXPANSION} nodes (an alias bomb?); reuse fewer or smaller anchors`,
                });
            }
            continue;
        }
        if (!f.childrenDone) {
            const anchor = n.anchor;
            if (anchor)
                anchors.set(anchor, n);
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(n) && !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(n)) {
            stack.pop();
            size.set(n, 1);
            continue;
        }
        if (!f.childrenDone) {
            f.childrenDone = true;
            inProgress.add(n);
            const children = [];
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(n)) {
                const seen = new Map();
                for (const pair of n.items) {
                    const k = keyText(pair.key);
                    const first = isMergeKey(pair.key) ? undefined : seen.get(k);
                    if (first) {
                        const p = rangePos(lc, pair.key?.range);
                        const fp = rangePos(lc, first.key?.range);
                        const message = opts.duplicateKeyMessage
                            ? opts.duplicateKeyMessage(f.path, k, fp?.line ?? 0)
                            : `duplicate key '${k}' (first defined at line ${fp?.line})`;
                        issues.push({ file, ...(p ?? {}), path: [...f.path, k].join('.'), message });
                    }
                    else if (!isMergeKey(pair.key))
                        seen.set(k, pair);
                    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isPair */ .tO)(pair)) {
                        if (pair.key && typeof pair.key === 'object')
                            children.push({ node: pair.key, path: f.path, childrenDone: false });
                        if (pair.value && typeof pair.value === 'object')
                            children.push({ node: pair.value, path: [...f.path, k], childrenDone: false });
                    }
                }
            }
            else {
                n.items.forEach((item, i) => {
                    if (item && typeof item === 'object')
                        children.push({ node: item, path: [...f.path, i], childrenDone: false });
                });
            }
            // Pushed in reverse so children are visited in document order (anchors before their aliases).
            for (let i = children.length - 1; i >= 0; i--)
                stack.push(children[i]);
            continue;
        }
        stack.pop();
        inProgress.delete(n);
        let s = 1;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(n)) {
            for (const pair of n.items) {
                if (pair.key && typeof pair.key === 'object')
                    s += size.get(pair.key) ?? 1;
                if (pair.value && typeof pair.value === 'object')
                    s += size.get(pair.value) ?? 1;
            }
        }
        else {
            for (const item of n.items)
                if (item && typeof item === 'object')
                    s += size.get(item) ?? 1;
        }
        size.set(n, s);
    }
    return targets;
}
/**
 * The JS value of a node: plain objects (own properties, `__proto__` included), arrays, scalars; aliases
 * expanded as fresh copies; `<<` merge keys applied (explicit keys win). Only called once checkNodes has
 * bounded depth and alias expansion.
 */
function toJsValue(node, targets) {
    if (node === null || node === undefined)
        return null;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isAlias */ .Vj)(node))
        return toJsValue(targets.get(node), targets);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node))
        return node.value === undefined ? null : node.value;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node))
        return node.items.map((i) => toJsValue(i, targets));
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node)) {
        const out = {};
        const explicit = new Set();
        for (const pair of node.items) {
            const k = keyText(pair.key);
            if (isMergeKey(pair.key)) {
                const v = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isAlias */ .Vj)(pair.value) ? targets.get(pair.value) : pair.value;
                const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(v) ? v.items : [v];
                for (const src of sources) {
                    const merged = toJsValue(src, targets);
                    if (merged && typeof merged === 'object' && !Array.isArray(merged)) {
                        for (const [mk, mv] of Object.entries(merged))
                            if (!explicit.has(mk) && !Object.prototype.hasOwnProperty.call(out, mk))
                                (0,_own_js__WEBPACK_IMPORTED_MODULE_4__/* .setOwn */ .P)(out, mk, mv);
                    }
                }
                continue;
            }
            explicit.add(k);
            (0,_own_js__WEBPACK_IMPORTED_MODULE_4__/* .setOwn */ .P)(out, k, toJsValue(pair.value, targets));
        }
        return out;
    }
    return null;
}
function tagMessage(message) {
    const m = /^Unresolved tag: (.*)$/.exec(message);
    if (!m)
        return message;
    const tag = m[1].replace(/^tag:yaml\.org,2002:/, '!!');
    return `unknown tag '${tag}' (only plain YAML is allowed: no custom tags)`;
}
/**
 * Parses YAML text safely. Throws ValidationError with every YAML-level problem (syntax errors, unknown
 * tags, bad aliases, duplicate keys, excessive depth or alias expansion).
 */
function loadYamlText(text, file, opts = {}) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_FILE_BYTES)
        throw tooLarge(file, bytes);
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    checkText(text, file);
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const tokens = parseCst(text, lc, file);
    checkDepth(tokens, lc, file);
    const composer = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .Composer */ .Dk({ prettyErrors: false, uniqueKeys: false, strict: true, merge: true, schema: 'core' });
    // The composer makes an Error per YAML problem; capturing stacks dominates when there are very many.
    const stackLimit = Error.stackTraceLimit;
    let docs;
    try {
        Error.stackTraceLimit = 0;
        docs = Array.from(composer.compose(tokens, true, text.length));
    }
    finally {
        Error.stackTraceLimit = stackLimit;
    }
    const issues = [];
    const at = (pos) => {
        const p = lc.linePos(pos?.[0] ?? 0);
        return { line: p.line, column: p.col };
    };
    for (const [i, doc] of docs.entries()) {
        for (const e of doc.errors) {
            const msg = e.code === 'RESOURCE_EXHAUSTION' ? `the document is nested too deeply` : e.message;
            issues.push({ file, ...at(e.pos), path: '', message: `invalid YAML: ${msg}` });
        }
        for (const w of doc.warnings) {
            if (w.code === 'TAG_RESOLVE_FAILED')
                issues.push({ file, ...at(w.pos), path: '', message: tagMessage(w.message) });
        }
        if (i === 1) {
            issues.push({
                file,
                ...at(doc.range),
                path: '',
                message: "the file holds more than one YAML document ('---'); expected exactly one",
            });
        }
    }
    if (issues.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ValidationError */ .yI(capped(dedupe(issues)), file);
    const doc = docs[0];
    const targets = checkNodes(doc, lc, file, issues, opts);
    const fatal = issues.filter((i) => !i.message.startsWith('duplicate '));
    if (fatal.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ValidationError */ .yI(sortIssues(issues), file);
    let value = toJsValue(doc.contents, targets);
    if (value === null)
        value = undefined;
    return { file, value, issues, locate: (path, which) => locateIn(doc, targets, lc, path, which) };
}
/** YAML errors cascade: report the first MAX_YAML_ERRORS and count the rest. */
const MAX_YAML_ERRORS = 50;
function capped(issues) {
    if (issues.length <= MAX_YAML_ERRORS)
        return issues;
    const rest = issues.length - MAX_YAML_ERRORS;
    const next = issues[MAX_YAML_ERRORS];
    return [...issues.slice(0, MAX_YAML_ERRORS), { ...next, path: '', message: `and ${rest} more YAML error${rest === 1 ? '' : 's'} (fix the first ones and try again)` }];
}
function dedupe(issues) {
    const seen = new Set();
    return issues.filter((i) => {
        const k = `${i.line}:${i.column}:${i.path}:${i.message}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** Issues in reading order: by line, then column; issues without a position keep their order, last. */
function sortIssues(issues) {
    return dedupe(issues)
        .map((i, n) => [i, n])
        .sort(([a, an], [b, bn]) => {
        const al = a.line ?? Infinity;
        const bl = b.line ?? Infinity;
        if (al !== bl)
            return al - bl;
        const ac = a.column ?? 0;
        const bc = b.column ?? 0;
        if (ac !== bc)
            return ac - bc;
        return an - bn;
    })
        .map(([i]) => i);
}
function deref(targets, n) {
    let cur = n;
    for (let guard = 0; (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isAlias */ .Vj)(cur) && guard < 100; guard++)
        cur = targets.get(cur);
    return cur;
}
/** Finds the pair for `key` in a map, looking through `<<` merge keys (explicit keys win; last one wins). */
const pairIndex = new WeakMap();
function indexOf(map) {
    let idx = pairIndex.get(map);
    if (!idx) {
        idx = { byKey: new Map(), merges: [] };
        for (const pair of map.items) {
            if (isMergeKey(pair.key))
                idx.merges.push(pair);
            else
                idx.byKey.set(keyText(pair.key), pair); // the last one wins, as in the JS value
        }
        pairIndex.set(map, idx);
    }
    return idx;
}
function findPair(targets, map, key, depth = 0) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(map) || depth > 20)
        return undefined;
    const idx = indexOf(map);
    const found = idx.byKey.get(key);
    if (found)
        return found;
    for (const pair of idx.merges) {
        const v = deref(targets, pair.value);
        const sources = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(v) ? v.items.map((i) => deref(targets, i)) : [v];
        for (const src of sources) {
            const p = findPair(targets, src, key, depth + 1);
            if (p)
                return p;
        }
    }
    return undefined;
}
function nodePos(lc, n) {
    if (!n || typeof n !== 'object')
        return undefined;
    return rangePos(lc, n.range);
}
function isEmptyScalar(n) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(n) && n.value === null && (n.source === '' || n.source === undefined || n.source === null);
}
function locateIn(doc, targets, lc, path, which) {
    let node = doc.contents;
    let keyNode = undefined;
    let best = nodePos(lc, node) ?? { line: 1, column: 1 };
    for (const seg of path) {
        const cur = deref(targets, node);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(cur)) {
            const pair = findPair(targets, cur, String(seg));
            if (!pair)
                return best;
            keyNode = pair.key;
            node = pair.value;
            best = nodePos(lc, keyNode) ?? best;
            if (!isEmptyScalar(node))
                best = which === 'value' ? (nodePos(lc, node) ?? best) : best;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(cur) && typeof seg === 'number') {
            const item = cur.items[seg];
            if (item === undefined)
                return best;
            keyNode = undefined;
            node = item;
            best = nodePos(lc, item) ?? best;
        }
        else {
            return best;
        }
    }
    if (which === 'key' && keyNode)
        return nodePos(lc, keyNode) ?? best;
    if (which === 'value' && !isEmptyScalar(node))
        return nodePos(lc, node) ?? best;
    return best;
}


/***/ }),

/***/ 25736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NC: () => (/* binding */ issueAt),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   sq: () => (/* binding */ fromZod)
/* harmony export */ });
/* unused harmony exports pathText, valueAt, schemaAt, objectKeysAt */
/** `'abc'`, `3`, `true`, `null`, `a list`, `a mapping`: how a value is named in messages. */
function show(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `'${v.length > 60 ? v.slice(0, 57) + '...' : v}'`;
    return String(v);
}
const EXPECTED = {
    string: 'a string',
    number: 'a number',
    int: 'an integer',
    boolean: 'a boolean (true or false)',
    object: 'a mapping',
    record: 'a mapping',
    array: 'a list',
    null: 'null',
};
function pathText(path) {
    return path.map(String).join('.');
}
function valueAt(data, path) {
    let cur = data;
    for (const seg of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
function defOf(s) {
    return s?._zod?.def;
}
/** Unwraps optional/default/nullable/pipe wrappers. */
function unwrap(s) {
    for (let guard = 0; guard < 20; guard++) {
        const d = defOf(s);
        if (!d)
            return s;
        if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional'].includes(d.type))
            s = d.innerType;
        else if (d.type === 'pipe')
            s = d.in;
        else if (d.type === 'lazy')
            s = d.getter();
        else
            return s;
    }
    return s;
}
/** The (unwrapped) schema at `path` inside `schema`, if it can be followed. */
function schemaAt(schema, path) {
    let s = unwrap(schema);
    for (const seg of path) {
        const d = defOf(s);
        if (!d)
            return undefined;
        if (d.type === 'object')
            s = d.shape[seg];
        else if (d.type === 'array')
            s = d.element;
        else if (d.type === 'record')
            s = d.valueType;
        else
            return undefined;
        s = unwrap(s);
    }
    return s;
}
/** The keys an object schema at `path` accepts (for "unknown field" messages). */
function objectKeysAt(schema, path) {
    const d = defOf(schemaAt(schema, path));
    if (d?.type === 'object')
        return Object.keys(d.shape);
    return undefined;
}
function isIntAt(schema, path) {
    const d = defOf(schemaAt(schema, path));
    return d?.type === 'number' && typeof d.format === 'string' && d.format.includes('int');
}
/** Messages for mistakes common enough to deserve their own. */
function commonMistake(code, rel, input) {
    const n = rel.length;
    if (code === 'invalid_type' && n >= 2 && rel[n - 2] === 'returns' && typeof rel[n - 1] === 'number' && typeof input === 'string') {
        return `expected a mapping {name, kind}, got the bare string '${input}' (in YAML write '- name: ${input}')`;
    }
    return undefined;
}
function issueAt(doc, path, which, message) {
    const pos = doc.locate(path, which);
    return { file: doc.file, ...(pos ?? {}), path: pathText(path), message };
}
/** Converts every zod issue (expanding unknown-key issues to one per key). */
function fromZod(error, data, ctx) {
    const out = [];
    for (const iss of error.issues) {
        const rel = iss.path;
        const path = [...ctx.base, ...rel];
        const input = valueAt(data, rel);
        const better = ctx.rewrite?.(iss.code, rel, input) ?? commonMistake(iss.code, rel, input);
        if (better !== undefined) {
            out.push(issueAt(ctx.doc, path, iss.code === 'unrecognized_keys' ? 'key' : 'value', better));
            continue;
        }
        switch (iss.code) {
            case 'unrecognized_keys': {
                const allowed = objectKeysAt(ctx.schema, rel);
                const where = rel.length === 0 && ctx.label ? ` for ${ctx.label}` : '';
                for (const key of iss.keys) {
                    const list = !allowed ? '' : allowed.length ? ` (expected one of: ${allowed.join(', ')})` : ' (it takes no settings)';
                    out.push(issueAt(ctx.doc, [...path, key], 'key', `unknown field '${key}'${where}${list}`));
                }
                break;
            }
            case 'invalid_type': {
                if (input === undefined && rel.length > 0) {
                    out.push(issueAt(ctx.doc, path, 'key', `missing required field '${String(rel[rel.length - 1])}'`));
                }
                else {
                    const exp = iss.expected === 'number' && isIntAt(ctx.schema, rel) ? EXPECTED.int : (EXPECTED[iss.expected] ?? iss.expected);
                    out.push(issueAt(ctx.doc, path, 'value', `expected ${exp}, got ${show(input)}`));
                }
                break;
            }
            case 'too_small':
            case 'too_big': {
                const small = iss.code === 'too_small';
                const limit = small ? iss.minimum : iss.maximum;
                const inclusive = iss.inclusive !== false;
                let message;
                if (iss.origin === 'string')
                    message = small && Number(limit) === 1 ? 'must not be empty' : `expected ${small ? 'at least' : 'at most'} ${limit} characters`;
                else if (iss.origin === 'array' || iss.origin === 'set')
                    message = `expected ${small ? 'at least' : 'at most'} ${limit} item${Number(limit) === 1 ? '' : 's'}`;
                else {
                    const op = small ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
                    const kind = isIntAt(ctx.schema, rel) ? 'an integer' : 'a number';
                    message = `expected ${kind} ${op} ${limit}, got ${show(input)}`;
                }
                out.push(issueAt(ctx.doc, path, 'value', message));
                break;
            }
            case 'invalid_value': {
                const values = iss.values.map((v) => String(v));
                out.push(issueAt(ctx.doc, path, 'value', `expected one of ${values.join(', ')}, got ${show(input)}`));
                break;
            }
            case 'invalid_union':
                out.push(issueAt(ctx.doc, path, 'value', `unexpected value ${show(input)}`));
                break;
            default:
                // custom refinements and formats carry our own messages
                out.push(issueAt(ctx.doc, path, 'value', iss.message));
        }
    }
    return out;
}


/***/ }),

/***/ 55992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ir: () => (/* binding */ newStepRecord),
/* harmony export */   kF: () => (/* binding */ nowIso),
/* harmony export */   mL: () => (/* binding */ makeParameter)
/* harmony export */ });
/* unused harmony export describeValue */
/**
 * The run log, in runnable's JSON shape (semantics §8). Field names are runnable's (snake_case) so a run
 * log written here can be read by anyone who knows runnable's. Times are ISO-8601 UTC (§19 h).
 */
/** runnable's `description`: the value, or for strings longer than 10 characters the first 10 + `...`. */
function describeValue(value) {
    if (typeof value === 'string' && value.length > 10)
        return value.slice(0, 10) + '...';
    return value;
}
function makeParameter(kind, value) {
    return { kind, value, description: describeValue(value) };
}
/** ISO-8601 UTC with milliseconds, e.g. `2026-11-24T17:28:01.241Z`. */
function nowIso() {
    return new Date().toISOString();
}
function newStepRecord(name, internalName, stepType) {
    return {
        name,
        internal_name: internalName,
        status: 'CREATED',
        step_type: stepType,
        message: '',
        mock: false,
        attempts: [],
        data_catalog: [],
    };
}


/***/ })

};
