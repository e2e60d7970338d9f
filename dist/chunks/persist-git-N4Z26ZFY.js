import { createRequire as __runnableRequire } from 'node:module'; const require = __runnableRequire(import.meta.url);
import {
  getExecOutput
} from "./chunk-H7J5BR3V.js";
import {
  RemoteServiceError,
  UsageError
} from "./chunk-I4ZUIMKY.js";
import {
  __name
} from "./chunk-4SJQHH4G.js";

// src/github/persist-git.ts
import { randomBytes } from "node:crypto";
import { readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
async function git(args, run) {
  try {
    const r = await getExecOutput("git", args, { cwd: run.cwd, env: run.env, silent: true, ignoreReturnCode: true });
    return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    throw new RemoteServiceError(`git could not be run: ${err.message}`, "git");
  }
}
__name(git, "git");
async function must(args, run) {
  const r = await git(args, run);
  if (r.code !== 0) throw new RemoteServiceError(`git ${args[0]} failed: ${r.stderr.trim() || r.stdout.trim()}`, "git");
  return r.stdout.trim();
}
__name(must, "must");
var ARG_BYTES = 96 * 1024;
async function mustEach(fixed, items, run) {
  const outs = [];
  for (let i = 0; i < items.length; ) {
    const batch = [];
    let bytes = 0;
    for (; i < items.length; i++) {
      const size = items[i].reduce((n, a) => n + Buffer.byteLength(a) + 1, 0);
      if (batch.length && bytes + size > ARG_BYTES) break;
      batch.push(...items[i]);
      bytes += size;
    }
    outs.push(await must([...fixed, ...batch], run));
  }
  return outs;
}
__name(mustEach, "mustEach");
function definedOnly(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (v !== void 0) out[k] = v;
  return out;
}
__name(definedOnly, "definedOnly");
var sleep = /* @__PURE__ */ __name((ms) => new Promise((r) => setTimeout(r, ms)), "sleep");
async function filesUnder(dir, repoPrefix) {
  const out = [];
  const walk = /* @__PURE__ */ __name(async (abs, rel) => {
    for (const ent of await readdir(abs, { withFileTypes: true })) {
      const p = join(abs, ent.name);
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) await walk(p, r);
      else if (ent.isFile() && !ent.name.endsWith(".lock") && !ent.name.endsWith(".tmp")) out.push({ repoPath: `${repoPrefix}/${r}`, source: p });
    }
  }, "walk");
  if ((await stat(dir).catch(() => void 0))?.isDirectory()) await walk(dir, "");
  return out.sort((a, b) => a.repoPath < b.repoPath ? -1 : 1);
}
__name(filesUnder, "filesUnder");
async function commitRunLogToGit(opts) {
  const remote = opts.remote ?? "origin";
  const prefix = `runs/${opts.runId}`;
  if (!/^[A-Za-z0-9._-]+$/.test(opts.runId) || opts.runId === "." || opts.runId === "..") throw new UsageError(`run id '${opts.runId}' cannot be used as a folder name`);
  const check = await git(["check-ref-format", `refs/heads/${opts.branch}`], { cwd: opts.repoDir, env: definedOnly(process.env) });
  if (check.code !== 0) throw new UsageError(`'${opts.branch}' is not a valid branch name`);
  for (const f of opts.files) {
    if (!f.repoPath.startsWith(`${prefix}/`) || f.repoPath.split("/").some((s) => s === ".." || s === "")) {
      throw new UsageError(`refusing to commit '${f.repoPath}': run-log files go under ${prefix}/`);
    }
  }
  const author = opts.author ?? { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
  const indexFile = join(tmpdir(), `runnable-git-index-${randomBytes(6).toString("hex")}`);
  const trackingRef = `refs/runnable-action/persist/${opts.branch}`;
  const env = {
    ...definedOnly({ ...process.env, ...opts.env }),
    GIT_INDEX_FILE: indexFile,
    GIT_TERMINAL_PROMPT: "0",
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email
  };
  const run = { cwd: opts.repoDir, env };
  const maxAttempts = opts.maxAttempts ?? 5;
  try {
    const shallow = (await git(["rev-parse", "--is-shallow-repository"], run)).stdout.trim() === "true";
    const shas = (await mustEach(["hash-object", "-w", "--no-filters", "--"], opts.files.map((f) => [f.source]), run)).flatMap((out) => out.split("\n"));
    if (shas.length !== opts.files.length) throw new RemoteServiceError(`git hash-object wrote ${shas.length} object(s) for ${opts.files.length} file(s)`, "git");
    let lastError = "";
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const fetched = await git(["fetch", "--no-tags", "--quiet", ...shallow ? ["--depth=1"] : [], remote, `+refs/heads/${opts.branch}:${trackingRef}`], run);
      let parent;
      if (fetched.code === 0) parent = await must(["rev-parse", "--verify", `${trackingRef}^{commit}`], run);
      else if (!/couldn't find remote ref|no such ref|not found/i.test(fetched.stderr)) {
        throw new RemoteServiceError(`git fetch ${remote} ${opts.branch} failed: ${fetched.stderr.trim()}`, "git");
      }
      await rm(indexFile, { force: true });
      await must(["read-tree", "--empty"], run);
      const kept = parent ? (await must(["ls-tree", "-r", "-z", "--full-tree", parent], run)).split("\0").filter(Boolean).map((l) => {
        const tab = l.indexOf("	");
        const [mode, , sha] = l.slice(0, tab).split(" ");
        return { path: l.slice(tab + 1), entry: `${mode},${sha},${l.slice(tab + 1)}` };
      }).filter((e) => !e.path.startsWith(`${prefix}/`)).map((e) => e.entry) : [];
      const added = opts.files.map((f, i) => `100644,${shas[i]},${f.repoPath}`);
      await mustEach(["update-index", "--add"], [...kept, ...added].map((e) => ["--cacheinfo", e]), run);
      const tree = await must(["write-tree"], run);
      if (parent && tree === await must(["rev-parse", `${parent}^{tree}`], run)) {
        return { commit: parent, branch: opts.branch, attempts: attempt, changed: false };
      }
      const message = opts.message ?? `runnable: run log of ${opts.runId}`;
      const commit = await must(["commit-tree", tree, ...parent ? ["-p", parent] : [], "-m", message], run);
      const pushed = await git(["push", "--quiet", "--porcelain", remote, `${commit}:refs/heads/${opts.branch}`], run);
      if (pushed.code === 0) return { commit, branch: opts.branch, attempts: attempt, changed: true };
      lastError = (pushed.stderr + pushed.stdout).trim();
      if (!/non-fast-forward|fetch first|rejected|stale info|failed to update ref|cannot lock ref/i.test(lastError)) {
        throw new RemoteServiceError(`git push to ${remote} ${opts.branch} failed: ${lastError}`, "git");
      }
      await sleep(Math.min(2e3, 100 * 2 ** (attempt - 1)) + Math.floor(Math.random() * 100));
    }
    throw new RemoteServiceError(`git push to ${remote} ${opts.branch} still rejected after ${maxAttempts} attempts: ${lastError}`, "git");
  } finally {
    await rm(indexFile, { force: true });
  }
}
__name(commitRunLogToGit, "commitRunLogToGit");
export {
  commitRunLogToGit,
  filesUnder
};
