import { SEVERITIES } from '../findings/finding';
import { ConfigError } from './config-error';
import { defaultConfig } from './defaults';
import type { Config, CustomRuleConfig } from './schema';

type Obj = Record<string, unknown>;

/** A rule id: a category, a slash, a name (built-in and custom rules alike). */
const RULE_ID = /^[a-z0-9]+\/[a-z0-9][a-z0-9-]*$/;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown) => (Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`);

/**
 * Checks a user config against the schema and merges it over the defaults.
 * Unknown keys and wrong types are errors naming the key and what was
 * expected: a typo must never silently turn a check off.
 */
export function validateConfig(raw: unknown, file: string): Config {
  const fail = (key: string, expected: string, got: unknown): never => {
    throw new ConfigError(file, `"${key}" must be ${expected}, got ${describe(got)}.`);
  };
  const unknownKeys = (obj: Obj, allowed: string[], prefix: string) => {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k)) {
        throw new ConfigError(file, `unknown key "${prefix}${k}". Allowed keys${prefix ? ` under "${prefix.slice(0, -1)}"` : ''}: ${allowed.join(', ')}.`);
      }
    }
  };
  const strings = (v: unknown, key: string): string[] => {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) fail(key, 'an array of strings', v);
    return v as string[];
  };
  const severity = (v: unknown, key: string) => {
    if (typeof v !== 'string' || !(SEVERITIES as readonly string[]).includes(v)) fail(key, `one of ${SEVERITIES.join(', ')}`, v);
    return v as Config['failOn'];
  };
  const regex = (v: unknown, key: string): string => {
    if (typeof v !== 'string') fail(key, 'a regular expression string', v);
    try {
      // A leading (?i) / (?s) is gitleaks style; the engine turns it into flags.
      const inline = /^\(\?([imsu]+)\)/.exec(v as string);
      new RegExp(inline ? (v as string).slice(inline[0].length) : (v as string), inline ? [...new Set(inline[1])].join('') : '');
    } catch (e) {
      throw new ConfigError(file, `"${key}" is not a valid regular expression: ${(e as Error).message}`);
    }
    return v as string;
  };
  const filesSection = (v: unknown, key: string) => {
    if (!isObj(v)) fail(key, 'an object like { "files": ["glob"] }', v);
    unknownKeys(v as Obj, ['files'], `${key}.`);
    return { files: (v as Obj).files === undefined ? [] : strings((v as Obj).files, `${key}.files`) };
  };

  const config = defaultConfig();
  if (raw === null || raw === undefined) return config;
  if (!isObj(raw)) fail('(top level)', 'an object', raw);
  // YAML reads a key with only comments under it (`rules:`) as null: treat it as unset.
  const c = Object.fromEntries(Object.entries(raw as Obj).filter(([, v]) => v !== null));
  unknownKeys(c, ['ignore', 'failOn', 'maxFileSize', 'rules', 'allowlist', 'customRules', 'hook', 'dockerfile', 'compose', 'kubernetes', 'baseline', '$schema'], '');

  if (c.ignore !== undefined) config.ignore = strings(c.ignore, 'ignore');
  if (c.failOn !== undefined) config.failOn = severity(c.failOn, 'failOn');
  if (c.maxFileSize !== undefined) {
    if (typeof c.maxFileSize !== 'number' || !Number.isInteger(c.maxFileSize) || c.maxFileSize <= 0) fail('maxFileSize', 'a positive whole number of bytes', c.maxFileSize);
    config.maxFileSize = c.maxFileSize as number;
  }
  if (c.rules !== undefined) {
    if (!isObj(c.rules)) fail('rules', 'an object mapping rule ids to "off" or a severity', c.rules);
    for (const [id, v] of Object.entries(c.rules as Obj)) {
      // Whether the id names a rule is checked against the catalogue (unknown-rule-ids.ts); its shape, here.
      if (!RULE_ID.test(id)) throw new ConfigError(file, `"rules.${id}" is not a rule id: ids look like "secret/aws-access-key-id" or "dockerfile/root-user" (\`stowaway rules\` lists them).`);
      if (v !== 'off') severity(v, `rules.${id}`);
      config.rules[id] = v as Config['rules'][string];
    }
  }
  if (c.allowlist !== undefined) {
    if (!isObj(c.allowlist)) fail('allowlist', 'an object with paths, regexes and stopwords', c.allowlist);
    const a = c.allowlist as Obj;
    unknownKeys(a, ['paths', 'regexes', 'stopwords'], 'allowlist.');
    if (a.paths !== undefined) config.allowlist.paths = strings(a.paths, 'allowlist.paths');
    if (a.regexes !== undefined) config.allowlist.regexes = strings(a.regexes, 'allowlist.regexes').map((r, i) => regex(r, `allowlist.regexes[${i}]`));
    if (a.stopwords !== undefined) config.allowlist.stopwords = strings(a.stopwords, 'allowlist.stopwords');
  }
  if (c.customRules !== undefined) {
    if (!Array.isArray(c.customRules)) fail('customRules', 'an array of rule objects', c.customRules);
    config.customRules = (c.customRules as unknown[]).map((r, i): CustomRuleConfig => {
      const key = `customRules[${i}]`;
      if (!isObj(r)) fail(key, 'an object with id and regex', r);
      const o = r as Obj;
      unknownKeys(o, ['id', 'description', 'regex', 'keywords', 'secretGroup', 'minEntropy', 'severity', 'fix'], `${key}.`);
      if (typeof o.id !== 'string' || !RULE_ID.test(o.id)) fail(`${key}.id`, 'a rule id like "secret/acme-api-key"', o.id);
      const rule: CustomRuleConfig = { id: o.id as string, regex: regex(o.regex, `${key}.regex`) };
      if (o.description !== undefined) rule.description = typeof o.description === 'string' ? o.description : fail(`${key}.description`, 'a string', o.description);
      if (o.fix !== undefined) rule.fix = typeof o.fix === 'string' ? o.fix : fail(`${key}.fix`, 'a string', o.fix);
      if (o.keywords !== undefined) rule.keywords = strings(o.keywords, `${key}.keywords`);
      if (o.secretGroup !== undefined) rule.secretGroup = Number.isInteger(o.secretGroup) ? (o.secretGroup as number) : fail(`${key}.secretGroup`, 'a whole number', o.secretGroup);
      if (o.minEntropy !== undefined) rule.minEntropy = typeof o.minEntropy === 'number' ? o.minEntropy : fail(`${key}.minEntropy`, 'a number', o.minEntropy);
      if (o.severity !== undefined) rule.severity = severity(o.severity, `${key}.severity`);
      return rule;
    });
  }
  if (c.hook !== undefined) {
    if (!isObj(c.hook)) fail('hook', 'an object like { "scope": "added" }', c.hook);
    const h = c.hook as Obj;
    unknownKeys(h, ['scope'], 'hook.');
    if (h.scope !== undefined) {
      if (h.scope !== 'added' && h.scope !== 'files') fail('hook.scope', '"added" or "files"', h.scope);
      config.hook.scope = h.scope as 'added' | 'files';
    }
  }
  if (c.dockerfile !== undefined) config.dockerfile = filesSection(c.dockerfile, 'dockerfile');
  if (c.compose !== undefined) config.compose = filesSection(c.compose, 'compose');
  if (c.kubernetes !== undefined) config.kubernetes = filesSection(c.kubernetes, 'kubernetes');
  if (c.baseline !== undefined) {
    if (typeof c.baseline !== 'string') fail('baseline', 'a path string', c.baseline);
    config.baseline = c.baseline as string;
  }
  return config;
}
