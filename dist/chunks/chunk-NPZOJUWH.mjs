#!/usr/bin/env node
import { createRequire as __stowawayCreateRequire } from 'node:module';
import { fileURLToPath as __stowawayFileURLToPath } from 'node:url';
import { dirname as __stowawayDirname } from 'node:path';
const require = __stowawayCreateRequire(import.meta.url);
const __filename = __stowawayFileURLToPath(import.meta.url);
const __dirname = __stowawayDirname(__filename);
import {
  ConfigError
} from "./chunk-WTFMRPMV.mjs";

// lib/config/load-config.ts
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

// lib/config/defaults.ts
function defaultConfig() {
  return {
    ignore: [],
    failOn: "low",
    maxFileSize: 10 * 1024 * 1024,
    rules: {},
    allowlist: { paths: [], regexes: [], stopwords: [] },
    customRules: [],
    hook: { scope: "added" },
    dockerfile: { files: [] },
    compose: { files: [] },
    kubernetes: { files: [] },
    baseline: ".stowaway-baseline.json"
  };
}

// lib/findings/finding.ts
var SEVERITIES = ["info", "low", "medium", "high"];
function severityAtLeast(s, min) {
  return SEVERITIES.indexOf(s) >= SEVERITIES.indexOf(min);
}

// lib/config/validate-config.ts
var isObj = (v) => typeof v == "object" && v !== null && !Array.isArray(v), describe = (v) => Array.isArray(v) ? "an array" : v === null ? "null" : typeof v == "object" ? "an object" : `${typeof v} ${JSON.stringify(v)}`;
function validateConfig(raw, file) {
  let fail = (key, expected, got) => {
    throw new ConfigError(file, `"${key}" must be ${expected}, got ${describe(got)}.`);
  }, unknownKeys = (obj, allowed, prefix) => {
    for (let k of Object.keys(obj))
      if (!allowed.includes(k))
        throw new ConfigError(file, `unknown key "${prefix}${k}". Allowed keys${prefix ? ` under "${prefix.slice(0, -1)}"` : ""}: ${allowed.join(", ")}.`);
  }, strings = (v, key) => ((!Array.isArray(v) || !v.every((x) => typeof x == "string")) && fail(key, "an array of strings", v), v), severity = (v, key) => ((typeof v != "string" || !SEVERITIES.includes(v)) && fail(key, `one of ${SEVERITIES.join(", ")}`, v), v), regex = (v, key) => {
    typeof v != "string" && fail(key, "a regular expression string", v);
    try {
      let inline = /^\(\?([imsu]+)\)/.exec(v);
      new RegExp(inline ? v.slice(inline[0].length) : v, inline ? [...new Set(inline[1])].join("") : "");
    } catch (e) {
      throw new ConfigError(file, `"${key}" is not a valid regular expression: ${e.message}`);
    }
    return v;
  }, filesSection = (v, key) => (isObj(v) || fail(key, 'an object like { "files": ["glob"] }', v), unknownKeys(v, ["files"], `${key}.`), { files: v.files === void 0 ? [] : strings(v.files, `${key}.files`) }), config = defaultConfig();
  if (raw == null) return config;
  isObj(raw) || fail("(top level)", "an object", raw);
  let c = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null));
  if (unknownKeys(c, ["ignore", "failOn", "maxFileSize", "rules", "allowlist", "customRules", "hook", "dockerfile", "compose", "kubernetes", "baseline", "$schema"], ""), c.ignore !== void 0 && (config.ignore = strings(c.ignore, "ignore")), c.failOn !== void 0 && (config.failOn = severity(c.failOn, "failOn")), c.maxFileSize !== void 0 && ((typeof c.maxFileSize != "number" || !Number.isInteger(c.maxFileSize) || c.maxFileSize <= 0) && fail("maxFileSize", "a positive whole number of bytes", c.maxFileSize), config.maxFileSize = c.maxFileSize), c.rules !== void 0) {
    isObj(c.rules) || fail("rules", 'an object mapping rule ids to "off" or a severity', c.rules);
    for (let [id, v] of Object.entries(c.rules))
      v !== "off" && severity(v, `rules.${id}`), config.rules[id] = v;
  }
  if (c.allowlist !== void 0) {
    isObj(c.allowlist) || fail("allowlist", "an object with paths, regexes and stopwords", c.allowlist);
    let a = c.allowlist;
    unknownKeys(a, ["paths", "regexes", "stopwords"], "allowlist."), a.paths !== void 0 && (config.allowlist.paths = strings(a.paths, "allowlist.paths")), a.regexes !== void 0 && (config.allowlist.regexes = strings(a.regexes, "allowlist.regexes").map((r, i) => regex(r, `allowlist.regexes[${i}]`))), a.stopwords !== void 0 && (config.allowlist.stopwords = strings(a.stopwords, "allowlist.stopwords"));
  }
  if (c.customRules !== void 0 && (Array.isArray(c.customRules) || fail("customRules", "an array of rule objects", c.customRules), config.customRules = c.customRules.map((r, i) => {
    let key = `customRules[${i}]`;
    isObj(r) || fail(key, "an object with id and regex", r);
    let o = r;
    unknownKeys(o, ["id", "description", "regex", "keywords", "secretGroup", "minEntropy", "severity", "fix"], `${key}.`), (typeof o.id != "string" || !/^[a-z0-9]+\/[a-z0-9][a-z0-9-]*$/.test(o.id)) && fail(`${key}.id`, 'a rule id like "secret/acme-api-key"', o.id);
    let rule = { id: o.id, regex: regex(o.regex, `${key}.regex`) };
    return o.description !== void 0 && (rule.description = typeof o.description == "string" ? o.description : fail(`${key}.description`, "a string", o.description)), o.fix !== void 0 && (rule.fix = typeof o.fix == "string" ? o.fix : fail(`${key}.fix`, "a string", o.fix)), o.keywords !== void 0 && (rule.keywords = strings(o.keywords, `${key}.keywords`)), o.secretGroup !== void 0 && (rule.secretGroup = Number.isInteger(o.secretGroup) ? o.secretGroup : fail(`${key}.secretGroup`, "a whole number", o.secretGroup)), o.minEntropy !== void 0 && (rule.minEntropy = typeof o.minEntropy == "number" ? o.minEntropy : fail(`${key}.minEntropy`, "a number", o.minEntropy)), o.severity !== void 0 && (rule.severity = severity(o.severity, `${key}.severity`)), rule;
  })), c.hook !== void 0) {
    isObj(c.hook) || fail("hook", 'an object like { "scope": "added" }', c.hook);
    let h = c.hook;
    unknownKeys(h, ["scope"], "hook."), h.scope !== void 0 && (h.scope !== "added" && h.scope !== "files" && fail("hook.scope", '"added" or "files"', h.scope), config.hook.scope = h.scope);
  }
  return c.dockerfile !== void 0 && (config.dockerfile = filesSection(c.dockerfile, "dockerfile")), c.compose !== void 0 && (config.compose = filesSection(c.compose, "compose")), c.kubernetes !== void 0 && (config.kubernetes = filesSection(c.kubernetes, "kubernetes")), c.baseline !== void 0 && (typeof c.baseline != "string" && fail("baseline", "a path string", c.baseline), config.baseline = c.baseline), config;
}

// lib/config/load-config.ts
var CANDIDATES = [
  ".stowawayrc",
  ".stowawayrc.json",
  ".stowawayrc.yaml",
  ".stowawayrc.yml",
  ".stowawayrc.js",
  ".stowawayrc.cjs",
  ".stowawayrc.mjs",
  ".config/stowawayrc",
  ".config/stowawayrc.json",
  ".config/stowawayrc.yaml",
  ".config/stowawayrc.yml",
  ".config/stowawayrc.js",
  ".config/stowawayrc.cjs",
  ".config/stowawayrc.mjs",
  "stowaway.config.js",
  "stowaway.config.cjs",
  "stowaway.config.mjs"
];
function findConfigFile(root) {
  let pkg = join(root, "package.json");
  if (existsSync(pkg))
    try {
      let parsed = JSON.parse(readFileSync(pkg, "utf8"));
      if (parsed && typeof parsed == "object" && "stowaway" in parsed) return pkg;
    } catch {
    }
  for (let name of CANDIDATES) {
    let p = join(root, name);
    if (existsSync(p)) return p;
  }
  return null;
}
async function loadConfig(root, explicit) {
  let chosen = explicit ?? process.env.STOWAWAY_CONFIG, file;
  if (chosen) {
    if (file = resolve(chosen), !existsSync(file)) throw new ConfigError(file, "config file not found (from --config or STOWAWAY_CONFIG).");
  } else
    file = findConfigFile(root);
  if (!file) return { config: defaultConfig(), file: null };
  let mod = await import("./dist-IIP5MHMX.mjs"), explorer = (mod.cosmiconfig ?? mod.default.cosmiconfig)("stowaway", { cache: !1 }), result;
  try {
    result = await explorer.load(file);
  } catch (e) {
    let msg = (e.message || String(e)).split(`
`).slice(0, 4).join(`
`);
    throw new ConfigError(file, `cannot be parsed: ${msg}`);
  }
  return result?.isEmpty && !file.endsWith("package.json") ? { config: defaultConfig(), file } : { config: validateConfig(result?.config, file), file };
}

export {
  SEVERITIES,
  severityAtLeast,
  findConfigFile,
  loadConfig
};
