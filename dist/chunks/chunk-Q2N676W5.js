import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  tempPath
} from "./chunk-WGGJEKU5.js";
import {
  isWithheld
} from "./chunk-G3NGTGKO.js";
import {
  pyJsonDumps
} from "./chunk-DRL3O62E.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/tasks/env.ts
import { writeFileSync } from "node:fs";
function scrubEnvironment(env, allowedSecretNames = []) {
  const allowed = new Set(allowedSecretNames);
  const out = {};
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value === void 0) continue;
    if (isWithheld(key, allowed)) continue;
    out[key] = value;
  }
  return out;
}
__name(scrubEnvironment, "scrubEnvironment");
function encodeEnvValue(value) {
  if (typeof value === "string") return value;
  if (value === void 0) return "";
  return pyJsonDumps(value);
}
__name(encodeEnvValue, "encodeEnvValue");
var RESERVED_NAMES = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "SHELL",
  "USER",
  "LOGNAME",
  "PWD",
  "OLDPWD",
  "TMPDIR",
  "IFS",
  "PS1",
  "PS2",
  "PS4",
  "ENV",
  "BASH_ENV",
  "CDPATH",
  "GLOBIGNORE",
  "SHELLOPTS",
  "BASHOPTS",
  "PROMPT_COMMAND",
  "POSIXLY_CORRECT",
  "TZ",
  "TERM",
  "LANG",
  "LANGUAGE",
  "CLASSPATH",
  "JAVA_TOOL_OPTIONS",
  "_JAVA_OPTIONS",
  "JDK_JAVA_OPTIONS",
  "GCONV_PATH",
  "HOSTALIASES",
  "LOCALDOMAIN",
  "RES_OPTIONS",
  "NLSPATH",
  "MALLOC_CHECK_",
  "PERL5LIB",
  "PERL5OPT",
  "PERLLIB",
  "RUBYOPT",
  "RUBYLIB",
  "GEM_HOME",
  "GEM_PATH",
  "VIRTUAL_ENV",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "CURL_CA_BUNDLE",
  "REQUESTS_CA_BUNDLE",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "ALL_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "all_proxy",
  "no_proxy",
  "EDITOR",
  "VISUAL",
  "PAGER",
  "GITHUB_TOKEN"
]);
var RESERVED_PREFIXES = ["LD_", "DYLD_", "BASH_FUNC_", "NODE_", "NPM_", "npm_", "PYTHON", "PERL5", "RUBY", "JAVA_", "_JAVA_", "JDK_", "PYENV_", "CONDA_", "PIP_", "UV_", "JUPYTER", "IPYTHON", "RUNNABLE_", "GITHUB_", "RUNNER_", "ACTIONS_", "INPUT_", "STATE_", "GIT_", "LC_", "SSH_", "GPG_", "DOCKER_", "KUBECONFIG"];
function isReservedName(name) {
  return RESERVED_NAMES.has(name) || RESERVED_PREFIXES.some((p) => name.startsWith(p));
}
__name(isReservedName, "isReservedName");
var SHELL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var MAX_ENV_STRING_BYTES = 128 * 1024;
var PARAMS_ENV_BUDGET = 1024 * 1024;
function parametersEnvironment(params, iterVars = {}, taken = {}, opts = {}) {
  const values = /* @__PURE__ */ new Map();
  const notices = [];
  const consider = /* @__PURE__ */ __name((name, value) => {
    const reason = !SHELL_NAME.test(name) ? "not-a-shell-name" : isReservedName(name) ? "reserved" : Object.prototype.hasOwnProperty.call(taken, name) ? "set-by-runner" : void 0;
    if (reason) {
      values.delete(name);
      if (!notices.some((n) => n.name === name)) notices.push({ name, reason });
      return;
    }
    values.set(name, value);
  }, "consider");
  for (const name of Object.keys(params)) {
    const p = params[name];
    if (p.kind === "object") continue;
    consider(name, encodeEnvValue(p.value));
  }
  for (const name of Object.keys(iterVars)) consider(name, encodeEnvValue(iterVars[name]));
  const size = /* @__PURE__ */ __name((n, v) => Buffer.byteLength(n) + Buffer.byteLength(v) + 2, "size");
  let total = 0;
  for (const [n, v] of values) total += size(n, v);
  const bySize = [...values].sort((a, b) => size(b[0], b[1]) - size(a[0], a[1]));
  const spill = /* @__PURE__ */ new Set();
  for (const [n, v] of bySize) {
    if (size(n, v) > MAX_ENV_STRING_BYTES || total > PARAMS_ENV_BUDGET || v.includes("\0")) {
      spill.add(n);
      total -= size(n, v);
    }
  }
  const vars = /* @__PURE__ */ Object.create(null);
  for (const [n, v] of values) if (!spill.has(n)) vars[n] = v;
  for (const n of spill) {
    const v = values.get(n);
    const fileVariable = `${n}_FILE`;
    const free = !(fileVariable in vars) && !Object.prototype.hasOwnProperty.call(taken, fileVariable) && !isReservedName(fileVariable);
    if (free) vars[fileVariable] = opts.writeFiles === false ? "" : valueFile(v);
    notices.push({ name: n, reason: v.includes("\0") ? "nul" : "too-large", fileVariable: free ? fileVariable : void 0, bytes: Buffer.byteLength(v) });
  }
  return { vars, notices };
}
__name(parametersEnvironment, "parametersEnvironment");
function describeNotice(n) {
  switch (n.reason) {
    case "not-a-shell-name":
      return `parameter ${JSON.stringify(n.name)} is not exported: it cannot be a shell variable name (letters, digits and '_', not starting with a digit)`;
    case "reserved":
      return `parameter '${n.name}' is not exported: the name is reserved (it would change how programs start, or it is the runner's or runnable's own)`;
    case "set-by-runner":
      return `parameter '${n.name}' is not exported: the step's environment already sets it (a runner variable or a secret), and parameters never override it`;
    case "nul":
      return n.fileVariable ? `parameter '${n.name}' contains a NUL character, which no environment variable can hold: '${n.name}' is unset; its value is in the file named by $${n.fileVariable}` : `parameter '${n.name}' contains a NUL character and '${n.name}_FILE' is taken: it is not passed`;
    case "too-large":
      return n.fileVariable ? `parameter '${n.name}' (${n.bytes} bytes) is too large for the environment: '${n.name}' is unset; its value is in the file named by $${n.fileVariable}` : `parameter '${n.name}' (${n.bytes} bytes) is too large for the environment and '${n.name}_FILE' is taken: it is not passed`;
  }
}
__name(describeNotice, "describeNotice");
function parameterEnvironmentWarnings(params) {
  return parametersEnvironment(params, {}, {}, { writeFiles: false }).notices.map(describeNotice);
}
__name(parameterEnvironmentWarnings, "parameterEnvironmentWarnings");
var warned = /* @__PURE__ */ new Set();
function shellStepEnvironment(inv) {
  const { vars, notices } = parametersEnvironment(inv.parameters, inv.iterVariables, inv.env);
  for (const n of notices) {
    const line = describeNotice(n);
    if (warned.has(line)) continue;
    warned.add(line);
    inv.output.write("stderr", `[runnable] warning: ${line}
`);
  }
  return { ...inv.env, ...vars };
}
__name(shellStepEnvironment, "shellStepEnvironment");
var valueFiles = /* @__PURE__ */ new Map();
function valueFile(value) {
  let file = valueFiles.get(value);
  if (file === void 0) {
    file = tempPath(".value");
    writeFileSync(file, value, { mode: 384 });
    if (valueFiles.size >= 64) valueFiles.clear();
    valueFiles.set(value, file);
  }
  return file;
}
__name(valueFile, "valueFile");

// src/tasks/node-command.ts
function parseNodeCommand(command) {
  const c = command.trim();
  const hash = c.lastIndexOf("#");
  if (hash >= 0) return { modulePath: c.slice(0, hash), exportName: c.slice(hash + 1) || "default" };
  const colon = c.lastIndexOf(":");
  if (colon > 1 && colon > c.lastIndexOf("/") && colon > c.lastIndexOf("\\")) {
    return { modulePath: c.slice(0, colon), exportName: c.slice(colon + 1) || "default" };
  }
  return { modulePath: c, exportName: "default" };
}
__name(parseNodeCommand, "parseNodeCommand");

export {
  scrubEnvironment,
  parameterEnvironmentWarnings,
  shellStepEnvironment,
  parseNodeCommand
};
