#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);

// lib/git/exec-git.ts
import { spawn } from "node:child_process";
var GitError = class extends Error {
  constructor(args, code, stderr) {
    super(`git ${args.join(" ")} failed (exit ${code}): ${stderr.trim() || "no message"}`);
    this.args = args;
    this.code = code;
    this.stderr = stderr;
  }
  args;
  code;
  stderr;
};
function runGit(args, cwd, input) {
  return new Promise((resolve, reject) => {
    let child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"] }), out = [], err = [];
    child.stdout.on("data", (d) => out.push(d)), child.stderr.on("data", (d) => err.push(d)), child.on("error", reject), child.on("close", (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), code })), child.stdin.on("error", () => {
    }), child.stdin.end(input ?? "");
  });
}
async function execGit(args, cwd, input) {
  let r = await runGit(args, cwd, input);
  if (r.code !== 0) throw new GitError(args, r.code, r.stderr);
  return r.stdout;
}
async function execGitText(args, cwd) {
  return (await execGit(args, cwd)).toString("utf8").replace(/\n$/, "");
}

// lib/git/repo.ts
async function resolveRepo(cwd) {
  let r = await runGit(["rev-parse", "--show-toplevel", "--verify", "-q", "HEAD^{commit}"], cwd), [root, head] = r.stdout.toString("utf8").split(`
`);
  return !root || r.code !== 0 && r.code !== 1 ? null : { root, head: r.code === 0 && head ? head.trim() : null };
}
function emptyTree(root) {
  return execGitText(["hash-object", "-t", "tree", "/dev/null"], root);
}

export {
  GitError,
  runGit,
  execGit,
  execGitText,
  resolveRepo,
  emptyTree
};
