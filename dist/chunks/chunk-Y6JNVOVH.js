import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  parseJsonExact
} from "./chunk-DRL3O62E.js";
import {
  InternalError,
  RunLogCorruptError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/runlog/document.ts
function jsonCopy(value) {
  return parseJsonExact(JSON.stringify(value));
}
__name(jsonCopy, "jsonCopy");
function stepLogOf(record, branches) {
  const { name, internal_name, status, step_type, message, mock, attempts, data_catalog, ...rest } = record;
  const { branches: _ignored, ...extra } = rest;
  return { name, internal_name, status, step_type, message, mock, attempts, branches, data_catalog, ...extra };
}
__name(stepLogOf, "stepLogOf");
function branchLogOf(header, steps) {
  const { internal_name, status, parameters, ...rest } = header;
  const { steps: _ignored, ...extra } = rest;
  return { internal_name, status, steps, parameters, ...extra };
}
__name(branchLogOf, "branchLogOf");
function runLogOf(header, steps, runConfig) {
  const { run_id, dag_hash, tag, status, job, parameters, ...rest } = header;
  const { steps: _s, run_config: _c, ...extra } = rest;
  return { run_id, dag_hash, tag, status, steps, job: job ?? null, parameters, run_config: runConfig, ...extra };
}
__name(runLogOf, "runLogOf");
function splitStep(log) {
  const { branches: _branches, ...record } = log;
  return record;
}
__name(splitStep, "splitStep");
function splitBranch(log) {
  const { steps: _steps, ...header } = log;
  return header;
}
__name(splitBranch, "splitBranch");
function splitRunLog(log) {
  const { steps: _steps, run_config, ...header } = log;
  return { header, runConfig: run_config ?? {} };
}
__name(splitRunLog, "splitRunLog");
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
__name(isObject, "isObject");
function checkHeader(v, file) {
  if (!isObject(v) || typeof v.run_id !== "string" || typeof v.status !== "string" || !isObject(v.parameters ?? {})) {
    throw new RunLogCorruptError(file, "not a run log header (run_id, status, parameters)");
  }
  return v;
}
__name(checkHeader, "checkHeader");
function checkStep(v, file) {
  if (!isObject(v) || typeof v.internal_name !== "string" || typeof v.status !== "string" || !Array.isArray(v.attempts ?? [])) {
    throw new RunLogCorruptError(file, "not a step log (internal_name, status, attempts)");
  }
  return v;
}
__name(checkStep, "checkStep");
function checkBranch(v, file) {
  if (!isObject(v) || typeof v.internal_name !== "string" || typeof v.status !== "string") {
    throw new RunLogCorruptError(file, "not a branch log (internal_name, status, parameters)");
  }
  return v;
}
__name(checkBranch, "checkBranch");
function isUnsettled(status) {
  return status === "PROCESSING" || status === "CREATED";
}
__name(isUnsettled, "isUnsettled");
function failedStep(step, reason) {
  return isUnsettled(step.status) ? { ...step, status: "FAIL", message: reason } : step;
}
__name(failedStep, "failedStep");
function failedBranch(branch) {
  return isUnsettled(branch.status) ? { ...branch, status: "FAIL" } : branch;
}
__name(failedBranch, "failedBranch");
var RunDocument = class _RunDocument {
  static {
    __name(this, "RunDocument");
  }
  steps = /* @__PURE__ */ new Map();
  branches = /* @__PURE__ */ new Map();
  doc;
  constructor(doc) {
    this.doc = doc;
  }
  static create(header, runConfig) {
    return new _RunDocument(runLogOf(jsonCopy(header), {}, jsonCopy(runConfig)));
  }
  /** Indexes a parsed document (e.g. read from disk); throws RunLogCorruptError naming `file`. */
  static fromJson(value, file) {
    checkHeader(value, file);
    const doc = value;
    if (!isObject(doc.steps)) throw new RunLogCorruptError(file, "'steps' is not an object");
    if (!isObject(doc.run_config ?? {})) throw new RunLogCorruptError(file, "'run_config' is not an object");
    doc.run_config ??= {};
    doc.job ??= null;
    const rd = new _RunDocument(doc);
    const walk = /* @__PURE__ */ __name((steps, parent) => {
      for (const [key, step] of Object.entries(steps)) {
        checkStep(step, `${file} (step ${key})`);
        step.branches ??= {};
        rd.steps.set(step.internal_name, { log: step, parent });
        for (const [bkey, branch] of Object.entries(step.branches)) {
          checkBranch(branch, `${file} (branch ${bkey})`);
          if (!isObject(branch.steps)) throw new RunLogCorruptError(file, `branch ${bkey} has no 'steps' object`);
          branch.parameters ??= {};
          rd.branches.set(branch.internal_name, { log: branch, parent: step.internal_name });
          walk(branch.steps, branch.internal_name);
        }
      }
    }, "walk");
    walk(doc.steps, "");
    return rd;
  }
  header() {
    return jsonCopy(splitRunLog(this.doc).header);
  }
  setHeader(header) {
    const { steps, run_config } = this.doc;
    const next = runLogOf(jsonCopy(header), steps, run_config);
    for (const key of Object.keys(this.doc)) delete this.doc[key];
    Object.assign(this.doc, next);
  }
  runConfig() {
    return jsonCopy(this.doc.run_config);
  }
  getStep(name) {
    const e = this.steps.get(name);
    return e ? jsonCopy(splitStep(e.log)) : void 0;
  }
  putStep(step, parentBranch) {
    const existing = this.steps.get(step.internal_name);
    const container = this.container(parentBranch, step.internal_name);
    if (existing && existing.parent !== parentBranch) {
      throw new InternalError(
        `step '${step.internal_name}' is already recorded under branch '${existing.parent}', not '${parentBranch}'`
      );
    }
    const log = stepLogOf(jsonCopy(step), existing?.log.branches ?? {});
    container[step.internal_name] = log;
    this.steps.set(step.internal_name, { log, parent: parentBranch });
  }
  getBranch(name) {
    const e = this.branches.get(name);
    return e ? jsonCopy(splitBranch(e.log)) : void 0;
  }
  putBranch(branch, parentStep) {
    const parent = this.steps.get(parentStep);
    if (!parent) throw new InternalError(`cannot record branch '${branch.internal_name}': parent step '${parentStep}' does not exist`);
    const existing = this.branches.get(branch.internal_name);
    if (existing && existing.parent !== parentStep) {
      throw new InternalError(
        `branch '${branch.internal_name}' is already recorded under step '${existing.parent}', not '${parentStep}'`
      );
    }
    const log = branchLogOf(jsonCopy(branch), existing?.log.steps ?? {});
    parent.log.branches[branch.internal_name] = log;
    this.branches.set(branch.internal_name, { log, parent: parentStep });
  }
  container(parentBranch, forStep) {
    if (parentBranch === "") return this.doc.steps;
    const b = this.branches.get(parentBranch);
    if (!b) throw new InternalError(`cannot record step '${forStep}': parent branch '${parentBranch}' does not exist`);
    return b.log.steps;
  }
  /** `RunLogStore.failRun` in memory: the run FAIL, every unsettled step (message `reason`) and branch FAIL. */
  failRun(reason) {
    this.doc.status = "FAIL";
    for (const { log } of this.steps.values()) {
      if (!isUnsettled(log.status)) continue;
      log.status = "FAIL";
      log.message = reason;
    }
    for (const { log } of this.branches.values()) if (isUnsettled(log.status)) log.status = "FAIL";
  }
  toRunLog() {
    return jsonCopy(this.doc);
  }
};

export {
  jsonCopy,
  stepLogOf,
  branchLogOf,
  runLogOf,
  checkHeader,
  checkStep,
  checkBranch,
  isUnsettled,
  failedStep,
  failedBranch,
  RunDocument
};
