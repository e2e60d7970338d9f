export const id = 136;
export const ids = [136];
export const modules = {

/***/ 71136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  StepLogRelay: () => (/* binding */ StepLogRelay)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
var external_node_vm_default = /*#__PURE__*/__webpack_require__.n(external_node_vm_);
;// CONCATENATED MODULE: ./src/heap-tuning.ts
/**
 * V8 tuning for our own processes: the CLI and the Action call it, the library never does (it changes
 * process-wide settings). A large map is a stream of short-lived records and child-process handles: the live
 * heap stays small (≈ 25 MB at 10,000 items) but by default V8 keeps growing the young generation (up to two
 * 16 MB semi-spaces) and lets garbage pile up in the old space before its first full collections, so peak RSS
 * reached 365 MB — and every fork copies the page tables of that bigger process. When a map of ≥ 1,000 items
 * starts we freeze the young generation at its size and run a full collection now and then while its items
 * finish. The fan-out announces the map's size before it writes the branch records, so this starts before
 * that burst of allocation. Measured on a 10,000-item map of shell steps: peak RSS 365 → 140 MB, wall
 * 18.6 → 16.8 s; node functions 271 → 140 MB at the same speed (bench/README.md). Small runs are untouched
 * (these settings would cost them 2–4 %).
 */


const LARGE_MAP = 1000;
/**
 * A forced collection after every 250 finished items, but not more often than every 250 ms: a shell item
 * takes ≈ 1.6 ms, so about one per 0.4 s (each ≈ 10–15 ms, repaid by cheaper forks); node-function items
 * take ≈ 0.08 ms, so the time bound keeps them from paying for a collection every 20 ms.
 */
const COLLECT_ITEMS = 250;
const COLLECT_MS = 250;
let tuned = false;
let collect;
let last = { done: 0, at: 0 };
/** Call with a map's item count and how many have finished (the reporters' `branchProgress`). */
function tuneHeapForLargeMap(items, done = 0) {
    if (!tuned) {
        if (items < LARGE_MAP)
            return;
        tuned = true;
        external_node_v8_default().setFlagsFromString('--semi-space-growth-factor=1');
        try {
            // `gc` is installed in contexts created after the flag: take it from a fresh one, leave ours alone.
            external_node_v8_default().setFlagsFromString('--expose-gc');
            collect = external_node_vm_default().runInNewContext('gc');
        }
        catch {
            collect = undefined;
        }
        last = { done, at: performance.now() };
    }
    if (!collect)
        return;
    if (done < last.done)
        last = { done: 0, at: last.at }; // the next map
    const now = performance.now();
    if (done - last.done >= COLLECT_ITEMS && now - last.at >= COLLECT_MS) {
        collect();
        last = { done, at: performance.now() };
    }
}

;// CONCATENATED MODULE: ./src/action/log-groups.ts
/**
 * Step output in the job log: one flat `::group::` per step (groups cannot nest), the step's own output
 * wrapped in `::stop-commands::<fresh token>` … `::<token>::` so nothing a step prints can run a workflow
 * command (mask values, set outputs, fake annotations). The Action's own lines stay outside the window.
 *
 * One step at a time "owns" the console and streams live; steps running concurrently are buffered (bounded,
 * tail kept) and printed as a whole group when they finish and the console is free.
 */


const ICON = { SUCCESS: '✅', FAIL: '❌', PROCESSING: '⏳', CREATED: '⚪' };
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
class StepLogRelay {
    write;
    maxBufferedBytes;
    owner;
    running = new Map();
    done = [];
    /** Why each step ran or was skipped, for the summary. */
    skipped = [];
    constructor(write, maxBufferedBytes = 1024 * 1024) {
        this.write = write;
        this.maxBufferedBytes = maxBufferedBytes;
    }
    openLive(step, buf) {
        const token = (0,external_node_crypto_.randomUUID)().replace(/-/g, '');
        this.write(`::group::${escapeData(buf.title)}\n::stop-commands::${token}\n`);
        this.owner = { step, token, endsWithNewline: true };
        for (const c of buf.chunks)
            this.emitLive(c);
        if (buf.dropped)
            this.emitLive(`[runnable-action: ${buf.dropped} earlier bytes of buffered output not shown; the step's execution log in the catalog has everything]\n`);
        buf.chunks = [];
        buf.bytes = 0;
    }
    emitLive(chunk) {
        if (!chunk)
            return;
        this.write(chunk);
        this.owner.endsWithNewline = chunk.endsWith('\n');
    }
    closeLive(footer) {
        const o = this.owner;
        this.write(`${o.endsWithNewline ? '' : '\n'}::${o.token}::\n${footer}\n::endgroup::\n`);
        this.owner = undefined;
    }
    printWhole(buf, footer) {
        const token = (0,external_node_crypto_.randomUUID)().replace(/-/g, '');
        let body = buf.chunks.join('');
        if (buf.dropped)
            body = `[runnable-action: first ${buf.dropped} bytes not shown; the step's execution log in the catalog has everything]\n` + body;
        if (body && !body.endsWith('\n'))
            body += '\n';
        this.write(`::group::${escapeData(buf.title)}\n::stop-commands::${token}\n${body}::${token}::\n${footer}\n::endgroup::\n`);
    }
    /** Prints finished steps waiting for the console, then hands the console to the oldest running step. */
    drain() {
        if (this.owner)
            return;
        while (this.done.length) {
            const d = this.done.shift();
            if (d.buf.startedAt === 0)
                this.write(`${d.footer.replace(/\r?\n/g, ' ').replace(/^::/, ': :')}\n`);
            else
                this.printWhole(d.buf, d.footer);
        }
        const next = [...this.running.entries()].sort((a, b) => a[1].startedAt - b[1].startedAt)[0];
        if (next)
            this.openLive(next[0], next[1]);
    }
    reporter = {
        stepStarted: (e) => {
            const title = `${e.step} (${e.type}${e.attempt > 1 ? `, attempt ${e.attempt}` : ''})`;
            if (!['task'].includes(e.type))
                return; // composites, stubs and terminals print one line when they finish
            const buf = { title, chunks: [], bytes: 0, dropped: 0, startedAt: Date.now() };
            this.running.set(e.step, buf);
            if (!this.owner)
                this.openLive(e.step, buf);
        },
        stepOutput: (e) => {
            if (this.owner?.step === e.step)
                return this.emitLive(e.chunk);
            const buf = this.running.get(e.step);
            if (!buf)
                return;
            buf.chunks.push(e.chunk);
            buf.bytes += e.chunk.length;
            while (buf.bytes > this.maxBufferedBytes && buf.chunks.length > 1) {
                const c = buf.chunks.shift();
                buf.bytes -= c.length;
                buf.dropped += c.length;
            }
        },
        stepFinished: (e) => {
            if (e.skipped)
                this.skipped.push({ step: e.step, reason: e.skipped });
            const status = e.status;
            const why = e.skipped ? ` — skipped: ${e.skipped}` : e.status === 'FAIL' && e.message ? ` — ${e.message.split('\n')[0]}` : '';
            const footer = `${ICON[status] ?? ''} ${e.step} ${status}${why}`;
            const buf = this.running.get(e.step);
            if (!buf) {
                // A step without output window (composite, stub, terminal, skipped): one line when the console is free.
                if (this.owner)
                    this.done.push({ step: e.step, buf: { title: `${e.step} (${e.type})`, chunks: [], bytes: 0, dropped: 0, startedAt: 0 }, footer });
                else
                    this.write(`${footer.replace(/\r?\n/g, ' ').replace(/^::/, ': :')}\n`);
                return;
            }
            this.running.delete(e.step);
            if (this.owner?.step === e.step) {
                this.closeLive(footer);
                this.drain();
            }
            else {
                this.done.push({ step: e.step, buf, footer });
            }
        },
        branchProgress: (e) => {
            tuneHeapForLargeMap(e.total, e.done);
            if (!this.owner && e.done === 0)
                this.write(`${e.step}: ${e.total} branch${e.total === 1 ? '' : 'es'} to run\n`);
            else if (!this.owner && (e.done === e.total || e.done % Math.max(1, Math.ceil(e.total / 10)) === 0)) {
                this.write(`${e.step}: ${e.done}/${e.total} branches finished${e.failed ? `, ${e.failed} failed` : ''}\n`);
            }
        },
    };
    /** Prints everything still buffered (end of run, cancellation). */
    finish() {
        if (this.owner)
            this.closeLive('(output ended)');
        for (const [step, buf] of this.running)
            this.done.push({ step, buf, footer: `${step}: no result (run ended)` });
        this.running.clear();
        this.drain();
    }
}


/***/ })

};
