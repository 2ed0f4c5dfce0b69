#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  contentBlob,
  skipped,
  tooLarge
} from "./chunk-LFSICTJT.mjs";

// lib/sources/filesystem.ts
import { promises as fs } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
var toPosix = (p) => sep === "/" ? p : p.split(sep).join("/");
async function readOne(abs, shown, maxSize) {
  let st;
  try {
    st = await fs.lstat(abs);
  } catch (e) {
    return skipped(shown, 0, `cannot read: ${e.code ?? e.message}`);
  }
  return st.isSymbolicLink() ? skipped(shown, st.size, "symbolic link (not followed)") : st.isFile() ? st.size > maxSize ? tooLarge(shown, st.size) : contentBlob(shown, await fs.readFile(abs)) : null;
}
async function* walk(dir) {
  let names;
  try {
    names = await fs.readdir(dir, { withFileTypes: !0 });
  } catch {
    return;
  }
  names.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (let d of names) {
    if (d.name === ".git") continue;
    let p = join(dir, d.name);
    d.isDirectory() ? yield* walk(p) : yield p;
  }
}
function directorySource(dir, maxSize) {
  let root = resolve(dir);
  async function* blobs() {
    for await (let abs of walk(root)) {
      let b = await readOne(abs, toPosix(relative(root, abs)), maxSize);
      b && (yield b);
    }
  }
  return { root, blobs: blobs(), readFile: diskReader(root) };
}
function filesSource(paths, root, maxSize) {
  async function* blobs() {
    for (let p of paths) {
      let abs = resolve(p), rel = relative(root, abs), shown = toPosix(rel.startsWith("..") ? abs : rel), st;
      try {
        st = await fs.stat(abs);
      } catch {
        yield skipped(shown, 0, "file not found");
        continue;
      }
      if (st.isDirectory()) {
        for await (let inner of walk(abs)) {
          let r = relative(root, inner), b2 = await readOne(inner, toPosix(r.startsWith("..") ? inner : r), maxSize);
          b2 && (yield b2);
        }
        continue;
      }
      let b = await readOne(abs, shown, maxSize);
      b && (yield b);
    }
  }
  return { root, blobs: blobs(), readFile: diskReader(root) };
}
function diskReader(root) {
  return async (path) => {
    try {
      return await fs.readFile(join(root, path), "utf8");
    } catch {
      return null;
    }
  };
}

export {
  directorySource,
  filesSource
};
