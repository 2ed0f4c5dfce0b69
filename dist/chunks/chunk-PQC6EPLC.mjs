#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  contentBlob,
  openFileBlob,
  skipped,
  tooLarge
} from "./chunk-LFSICTJT.mjs";
import {
  GitError,
  execGit
} from "./chunk-5JG7I5FG.mjs";

// lib/sources/git-blobs.ts
import { closeSync, constants, fstatSync, openSync } from "node:fs";
import { join } from "node:path";

// lib/git/cat-file.ts
import { spawn } from "node:child_process";
async function* readBlobs(cwd, requests, maxSize) {
  if (requests.length === 0) return;
  let child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] }), stderr = "";
  child.stderr.on("data", (d) => stderr += d.toString());
  let exited = new Promise((resolve, reject) => {
    child.on("error", reject), child.on("close", resolve);
  });
  child.stdin.on("error", () => {
  }), child.stdin.end(requests.map((r) => r.oid + `
`).join(""));
  let index = 0, buf = Buffer.alloc(0), need = -1, keep = !1, size = 0, parts = [];
  try {
    for await (let chunk of child.stdout) {
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      let pos = 0;
      for (; pos < buf.length; ) {
        if (need < 0) {
          let nl = buf.indexOf(10, pos);
          if (nl < 0) break;
          let header = buf.toString("latin1", pos, nl);
          pos = nl + 1;
          let request = requests[index];
          if (header.endsWith(" missing")) {
            index++, yield { request, size: 0, content: null, missing: !0 };
            continue;
          }
          let sp = header.lastIndexOf(" ");
          size = Number(header.slice(sp + 1)), keep = size <= maxSize, need = size + 1, parts = [];
        }
        let take = Math.min(need, buf.length - pos);
        if (keep && take > 0 && parts.push(buf.subarray(pos, pos + take)), pos += take, need -= take, need === 0) {
          need = -1;
          let request = requests[index++], content = null;
          keep && (content = Buffer.concat(parts, size)), parts = [], yield { request, size, content, missing: !1 };
        }
      }
      buf = pos < buf.length ? buf.subarray(pos) : Buffer.alloc(0);
    }
  } finally {
    index < requests.length && child.kill();
  }
  let code = await exited;
  if (index < requests.length && code !== 0) throw new GitError(["cat-file", "--batch"], code, stderr);
}

// lib/sources/git-blobs.ts
var GITLINK = "160000", SYMLINK = "120000";
async function* blobsFromEntries(root, entries, maxSize, fromDisk) {
  let wanted = [], plan = [];
  for (let e of entries)
    e.mode === GITLINK ? plan.push(skipped(e.path, 0, "submodule (scanned in its own repository)", { commit: e.commit ?? null })) : e.mode === SYMLINK ? plan.push(skipped(e.path, 0, "symbolic link (target not followed)", { commit: e.commit ?? null })) : (plan.push(e), fromDisk?.has(e.path) || wanted.push(e));
  let fromGit = readBlobs(root, wanted, maxSize), late = [];
  try {
    for (let item of plan) {
      if (!("oid" in item)) {
        yield item;
        continue;
      }
      if (fromDisk?.has(item.path)) {
        let blob = readWorktreeFile(root, item, maxSize);
        blob ? yield blob : late.push(item);
        continue;
      }
      let r = await fromGit.next();
      if (r.done) throw new Error(`git cat-file ended before ${item.path}`);
      yield toBlob(r.value);
    }
  } finally {
    await fromGit.return(void 0);
  }
  if (late.length) for await (let r of readBlobs(root, late, maxSize)) yield toBlob(r);
}
function toBlob(r) {
  let { path, addedLines, commit, meta } = r.request, extra = { commit: commit ?? null, ...meta ? { meta } : {} };
  return r.missing ? skipped(path, 0, "object missing from the repository", extra) : r.content ? contentBlob(path, r.content, { addedLines, ...extra }) : tooLarge(path, r.size, extra);
}
function readWorktreeFile(root, e, maxSize) {
  let extra = { commit: e.commit ?? null, ...e.meta ? { meta: e.meta } : {} }, fd;
  try {
    fd = openSync(join(root, e.path), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return null;
  }
  try {
    let st = fstatSync(fd);
    return st.isFile() ? st.size > maxSize ? tooLarge(e.path, st.size, extra) : openFileBlob(fd, e.path, st.size, { addedLines: e.addedLines, ...extra }) : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
function gitFileReader(root, treeish) {
  return async (path) => {
    try {
      return (await execGit(["cat-file", "blob", `${treeish}:${path}`], root)).toString("utf8");
    } catch {
      return null;
    }
  };
}

export {
  blobsFromEntries,
  gitFileReader
};
