#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  blobsFromEntries,
  gitFileReader
} from "./chunk-PQC6EPLC.mjs";
import {
  emptyTree,
  execGit
} from "./chunk-5JG7I5FG.mjs";

// lib/git/parse-raw-diff.ts
function parseRawDiff(out) {
  let fields = out.toString("utf8").split("\0"), entries = [], i = 0;
  for (; i < fields.length; ) {
    let head = fields[i];
    if (!head.startsWith(":")) {
      i++;
      continue;
    }
    let [srcMode, dstMode, srcOid, dstOid, statusField] = head.slice(1).split(" "), status = statusField[0];
    status === "R" || status === "C" ? (entries.push({ srcMode, dstMode, srcOid, dstOid, status, fromPath: fields[i + 1], path: fields[i + 2] }), i += 3) : (entries.push({ srcMode, dstMode, srcOid, dstOid, status, path: fields[i + 1] }), i += 2);
  }
  return entries;
}

// lib/git/parse-added-lines.ts
function parseAddedLines(patch) {
  let result = /* @__PURE__ */ new Map(), lines = patch.split(`
`), current = null, i = 0;
  for (; i < lines.length; ) {
    let line = lines[i];
    if (line.startsWith("diff --git ")) {
      current = null, i++;
      continue;
    }
    let binary = /^Binary files .* and (.*) differ$/.exec(line);
    if (binary) {
      binary[1] !== "/dev/null" && result.set(stripPrefix(unquoteCPath(binary[1])), null), i++;
      continue;
    }
    if (line.startsWith("+++ ")) {
      let raw = line.slice(4).replace(/\t$/, "");
      if (raw === "/dev/null") current = null;
      else {
        let path = stripPrefix(unquoteCPath(raw));
        current = result.get(path) ?? /* @__PURE__ */ new Set(), result.set(path, current);
      }
      i++;
      continue;
    }
    let hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      let removed = hunk[1] === void 0 ? 1 : Number(hunk[1]), start = Number(hunk[2]), added = hunk[3] === void 0 ? 1 : Number(hunk[3]);
      if (current) for (let n = 0; n < added; n++) current.add(start + n);
      let body = removed + added;
      for (i++; body > 0 && i < lines.length; )
        lines[i].startsWith("\\") || body--, i++;
      for (; i < lines.length && lines[i].startsWith("\\"); ) i++;
      continue;
    }
    i++;
  }
  return result;
}
function stripPrefix(p) {
  return p.startsWith("b/") ? p.slice(2) : p;
}
function unquoteCPath(s) {
  if (!s.startsWith('"') || !s.endsWith('"')) return s;
  let bytes = [], body = s.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c !== "\\") {
      for (let b of Buffer.from(c, "utf8")) bytes.push(b);
      continue;
    }
    let n = body[++i], simple = { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 };
    n in simple ? bytes.push(simple[n]) : /[0-7]/.test(n) ? (bytes.push(parseInt(body.slice(i, i + 3), 8)), i += 2) : bytes.push(n.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}

// lib/sources/staged.ts
async function stagedSource(repo, opts) {
  let common = ["--cached", "-M", "--diff-filter=ACMR", repo.head ?? await emptyTree(repo.root)], [raw, patch] = await Promise.all([
    execGit(["diff-index", "--raw", "-z", "--no-abbrev", ...common], repo.root),
    opts.addedOnly ? execGit(["-c", "core.quotepath=false", "diff-index", "-p", "-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--full-index", "--src-prefix=a/", "--dst-prefix=b/", ...common], repo.root) : Promise.resolve(null)
  ]), added = patch ? parseAddedLines(patch.toString("utf8")) : null, entries = parseRawDiff(raw).map((e) => ({
    oid: e.dstOid,
    mode: e.dstMode,
    path: e.path,
    // null: a file git calls binary, read as text by the scan (UTF-16): every line of it counts.
    addedLines: added ? added.has(e.path) ? added.get(e.path) ?? void 0 : /* @__PURE__ */ new Set() : void 0
  }));
  return {
    root: repo.root,
    blobs: blobsFromEntries(repo.root, entries, opts.maxSize),
    readFile: gitFileReader(repo.root, ""),
    streamed: !0
  };
}

// lib/sources/history.ts
async function listCommits(root, revArgs) {
  return (await execGit(["log", "--reverse", "--format=%H %aI", ...revArgs, "--"], root)).toString("utf8").split(`
`).filter(Boolean).map((l) => {
    let [sha, authorDate] = l.split(" ");
    return { sha, authorDate };
  });
}
function parseDiffTreeStdin(out) {
  let fields = out.toString("utf8").split("\0"), result = [], commit = "", i = 0;
  for (; i < fields.length; ) {
    let f = fields[i];
    if (f.startsWith(":")) {
      let [, dstMode, , dstOid, status] = f.slice(1).split(" "), renamed = status[0] === "R" || status[0] === "C", path = renamed ? fields[i + 2] : fields[i + 1];
      result.push({ commit, entry: { dstMode, dstOid, path } }), i += renamed ? 3 : 2;
      continue;
    }
    /^[0-9a-f]{40,64}$/.test(f.trim()) && (commit = f.trim()), i++;
  }
  return result;
}
async function historySource(repo, opts) {
  let commits = await listCommits(repo.root, opts.revArgs), entries = [];
  if (commits.length) {
    let out = await execGit(
      ["diff-tree", "--stdin", "-r", "--raw", "-z", "--no-abbrev", "-M", "--root", "--diff-filter=ACMR", "-m", "--first-parent"],
      repo.root,
      commits.map((c) => c.sha).join(`
`) + `
`
    ), dates = new Map(commits.map((c) => [c.sha, c.authorDate])), seen = /* @__PURE__ */ new Set();
    for (let { commit, entry } of parseDiffTreeStdin(out))
      seen.has(entry.dstOid) || (seen.add(entry.dstOid), entries.push({ oid: entry.dstOid, mode: entry.dstMode, path: entry.path, commit, meta: { authorDate: dates.get(commit) ?? null } }));
  }
  let last = commits.length ? commits[commits.length - 1].sha : "HEAD";
  return { root: repo.root, blobs: blobsFromEntries(repo.root, entries, opts.maxSize), readFile: gitFileReader(repo.root, last), commits, streamed: !0 };
}

export {
  stagedSource,
  historySource
};
