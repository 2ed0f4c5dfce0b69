import { SpanIndex } from './span-index';
import type { Config } from '../config/schema';
import type { DetectedFinding, Severity } from '../findings/finding';
import { isAsciiAlnum } from '../text/ascii';
import type { SourceFile } from '../text/source-file';
import type { Candidate, CandidateKind } from './candidate';
import { GENERIC_RULE, HIGH_ENTROPY_RULE } from './catalogue';
import { compileCustomRule } from './custom-rules';
import { keywordAnchored } from './anchor';
import { base64RunAt, decodeBase64Text, ENCODED_PREFIXES, kubernetesSecretData, type EncodedValue } from './decode-base64';
import { originalOffset, separatorsBlanked } from './decode-percent';
import { shannonEntropy } from './entropy';
import { rejectingFilter } from './filters/index';
import { isLockFile } from './filters/lock-file';
import { isMinifiedPath } from './filters/minified';
import { isSourceMapFile } from './filters/source-map';
import { GENERIC_KEYWORDS, keyAtHit, LITERAL_VALUES_FILE, looksLikeSecretValue, parseAssignmentAt, type Assignment } from './generic-assignment';
import { highEntropyAfter } from './high-entropy';
import { KeywordScanner } from './prefilter';
import type { SecretRule } from './rule';
import { secretRules } from './rules/index';
import { isRealPassword } from './rules/token-kit';

/**
 * The secret engine. One prefilter pass finds every rule keyword in the file;
 * only rules with a hit run their regex: a rule whose every match starts at a
 * keyword (anchor.ts) is tried once at each hit, the others over the whole of
 * a small file or, in files over 64 KiB, in windows around the hits. The
 * generic-assignment and high-entropy rules parse outwards from hits of
 * secret-like words. Every candidate then goes through the false-positive
 * filters (filters/). Base64 values (Kubernetes Secret `data:` and others) are
 * decoded and scanned the same way.
 *
 * One finding per secret location: a generic or entropy candidate that
 * overlaps a finding already made is dropped here; the pipeline's
 * dedupeByLocation does the same across detectors.
 */

const DEFAULT_WHY = 'A credential in git history or an image layer stays readable to everyone who can clone or pull it, even after a later commit deletes it.';

/** Files up to this size run triggered rules over the whole text; larger ones only in windows around keyword hits. */
export const WINDOWED_ABOVE = 64 * 1024;
/** Window around a keyword hit: characters before it, after it, and after it for rules that can span lines. */
const BACK = 256;
const FWD = 512;
const MULTILINE_FWD = 16 * 1024;
/** How far a window edge may move to reach a line break before settling for a delimiter. */
const SNAP = 1024;

/**
 * A rule as the engine runs it. Its regexes are built when the rule first triggers: a commit wakes
 * a few rules of ~350, and building them all cost the pre-commit hook ~2 ms at start.
 */
class CompiledRule {
  private global: RegExp | undefined;
  private spans: boolean | undefined;
  /**
   * The regex as a sticky one when every match starts at a keyword (anchor.ts): it is tried at each
   * hit instead. undefined until the rule first triggers: reading 300 regex sources cost the
   * pre-commit hook ~18 ms at start, for the few rules a commit wakes.
   */
  atHit?: RegExp | null;

  constructor(
    readonly rule: SecretRule,
    readonly kind: 'provider' | 'custom',
  ) {}

  /** The rule's regex as a global one (run over a text or a window). */
  get regex(): RegExp {
    const { source, flags } = this.rule.regex;
    return (this.global ??= new RegExp(source, (flags.includes('g') ? flags : flags + 'g').replace('y', '')));
  }

  /** Whether a match may run past the line it starts on (its windows then reach further). */
  get multiline(): boolean {
    const { source, flags } = this.rule.regex;
    return (this.spans ??= /\\n|\\s|\\r|\[\\s\\S\]|\[\^/.test(source) || flags.includes('s') || flags.includes('m'));
  }
}

interface Compiled {
  rules: CompiledRule[];
  /** Rules without keywords: they run on every file. */
  alwaysRun: number[];
  index: KeywordScanner;
  /** Keyword id → indices of the rules it triggers. */
  rulesOf: number[][];
  /** Keyword id → its rules split into those run over text or windows and those tried at each hit (filled on first use). */
  split: Array<SplitRules | undefined>;
  /** Keyword id → 1 when it triggers the generic / high-entropy parsers. */
  looseTrigger: Uint8Array;
  /** Keyword id → 1 when it is the base64 of a secret prefix. */
  encodedTrigger: Uint8Array;
  /** Keyword id → 1 when it counts only with no letter or digit before it. */
  boundary: Uint8Array;
  generic: boolean;
  entropy: boolean;
}

/** A finding before positions are resolved: offsets into the scanned text. */
interface RawFinding {
  ruleId: string;
  kind: CandidateKind;
  severity: Severity;
  description: string;
  message: string;
  why: string;
  fix: string;
  secret: string;
  offset: number;
  length: number;
}

const cache = new WeakMap<Config, Compiled>();
let defaultCompiled: Compiled | null = null;

function canPrefilter(keywords: string[]): boolean {
  return keywords.length > 0 && keywords.every((k) => k.length > 0 && /^[\x00-\x7f]+$/.test(k));
}

function compile(config?: Config): Compiled {
  const off = (id: string) => config?.rules[id] === 'off';
  const rules: CompiledRule[] = [];
  for (const rule of secretRules) if (!off(rule.id)) rules.push(compileRule(rule, 'provider'));
  for (const custom of config?.customRules ?? []) if (!off(custom.id)) rules.push(compileRule(compileCustomRule(custom), 'custom'));

  const ids = new Map<string, number>();
  const idOf = (k: string) => {
    const lower = k.toLowerCase();
    let id = ids.get(lower);
    if (id === undefined) ids.set(lower, (id = ids.size));
    return id;
  };
  const rulesOf: number[][] = [];
  const alwaysRun: number[] = [];
  const boundaryOnly = new Map<number, boolean>();
  rules.forEach((r, i) => {
    if (!canPrefilter(r.rule.keywords)) {
      alwaysRun.push(i);
      return;
    }
    for (const k of new Set(r.rule.keywords.map((x) => x.toLowerCase()))) {
      const atBoundary = k.startsWith('\\b');
      const id = idOf(atBoundary ? k.slice(2) : k);
      (rulesOf[id] ??= []).push(i);
      // A keyword some rule needs anywhere stays unconditional for all of them.
      if (atBoundary) boundaryOnly.set(id, boundaryOnly.get(id) ?? true);
      else boundaryOnly.set(id, false);
    }
  });
  const generic = !off(GENERIC_RULE.id);
  const entropy = !off(HIGH_ENTROPY_RULE.id);
  const loose: number[] = generic || entropy ? GENERIC_KEYWORDS.map(idOf) : [];
  const encoded = ENCODED_PREFIXES.map(idOf);
  const keywords = [...ids.keys()];
  const looseTrigger = new Uint8Array(keywords.length);
  for (const id of loose) looseTrigger[id] = 1;
  const encodedTrigger = new Uint8Array(keywords.length);
  for (const id of encoded) encodedTrigger[id] = 1;
  for (let i = 0; i < keywords.length; i++) rulesOf[i] ??= [];
  const boundary = new Uint8Array(keywords.length);
  for (const [id, only] of boundaryOnly) if (only) boundary[id] = 1;
  // Inside a word such a keyword triggers nothing at all, so the scan need not even record it.
  const wordStartOnly = boundary.map((b, id) => (b && !looseTrigger[id] && !encodedTrigger[id] ? 1 : 0));
  return { rules, alwaysRun, index: new KeywordScanner(keywords, wordStartOnly), rulesOf, split: [], looseTrigger, encodedTrigger, boundary, generic, entropy };
}

function compileRule(rule: SecretRule, kind: 'provider' | 'custom'): CompiledRule {
  return new CompiledRule(rule, kind);
}

interface SplitRules {
  /** Run over the whole text (small files) or in windows around hits. */
  scanned: number[];
  /** Keyword-anchored: tried at each hit. */
  anchored: number[];
}

function anchoredRegex(cr: CompiledRule): RegExp | null {
  if (cr.atHit === undefined) {
    const { source, flags } = cr.rule.regex;
    cr.atHit = keywordAnchored(cr.rule.regex, cr.rule.keywords) ? new RegExp(source, flags.replace(/[gy]/g, '') + 'y') : null;
  }
  return cr.atHit;
}

function splitRules(c: Compiled, k: number): SplitRules {
  let s = c.split[k];
  if (!s) {
    s = { scanned: [], anchored: [] };
    for (const r of c.rulesOf[k]) (anchoredRegex(c.rules[r]) ? s.anchored : s.scanned).push(r);
    c.split[k] = s;
  }
  return s;
}

function compiledFor(config?: Config): Compiled {
  if (!config) return (defaultCompiled ??= compile());
  let c = cache.get(config);
  if (!c) {
    c = compile(config);
    cache.set(config, c);
  }
  return c;
}

const NONE: number[] = [];

/** Is `c` a character a window edge may sit next to without cutting a token in two? */
function isDelimiter(c: number): boolean {
  return c <= 32 || c === 34 || c === 39 || c === 96 || c === 44 || c === 59 || c === 58 || c === 61 || c === 40 || c === 41 || c === 123 || c === 125 || c === 91 || c === 93 || c === 60 || c === 62;
}

/** A window start at or before `i`: a line start if one is near, else just after a delimiter. */
function cutBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const floor = Math.max(0, i - SNAP);
  for (let j = i; j > floor; j--) if (text.charCodeAt(j - 1) === 10) return j;
  for (let j = i; j > floor; j--) if (isDelimiter(text.charCodeAt(j - 1))) return j;
  return floor;
}

/** A window end at or after `i`: a line end if one is near, else a delimiter. */
function cutAfter(text: string, i: number): number {
  const len = text.length;
  if (i >= len) return len;
  const ceil = Math.min(len, i + SNAP);
  for (let j = i; j < ceil; j++) if (text.charCodeAt(j) === 10) return j;
  for (let j = i; j < ceil; j++) if (isDelimiter(text.charCodeAt(j))) return j;
  return ceil;
}

/** Moves raw window edges to line breaks (or delimiters) and merges windows that then touch. */
function snapWindows(text: string, raw: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const s = cutBefore(text, raw[i]);
    const e = cutAfter(text, raw[i + 1]);
    const n = out.length;
    if (n && s <= out[n - 1]) out[n - 1] = Math.max(out[n - 1], e);
    else out.push(s, e);
  }
  return out;
}

interface ScanOptions {
  path: string;
  /** Run the generic and high-entropy rules (not in lock files, source maps, minified bundles). */
  loose: boolean;
  /** Look for base64-encoded secrets (not inside decoded text itself). */
  decode: boolean;
}

/** All findings in one text, as offsets. */
function scanText(text: string, c: Compiled, opts: ScanOptions): RawFinding[] {
  const windowed = text.length > WINDOWED_ABOVE;
  /** Per rule: flat [start, end, start, end…] windows, or [] meaning "whole text". */
  const windows = new Map<number, number[]>();
  /** Per keyword-anchored rule: the hit offsets to try it at. */
  const anchors = new Map<number, number[]>();
  const looseHits: number[] = [];
  const encodedHits: number[] = [];
  const wantLoose = opts.loose && (c.generic || c.entropy);
  const { rules, looseTrigger, encodedTrigger } = c;
  const hits = c.index.scan(text);
  const anchorAt = (k: number, start: number) => {
    const rs = splitRules(c, k).anchored;
    if (rs.length === 0 || (c.boundary[k] && start > 0 && isAsciiAlnum(text.charCodeAt(start - 1)))) return;
    for (let t = 0; t < rs.length; t++) {
      let a = anchors.get(rs[t]);
      if (!a) anchors.set(rs[t], (a = []));
      a.push(start);
    }
  };

  if (!windowed) {
    // Small texts: other rules run over the whole text (one regex scan is cheaper than windows);
    // keyword-anchored ones still only at their hits, which a regex without a literal start
    // (lookbehind, `\b`) would otherwise look for at every character.
    const seen = hits.present(text, c.boundary);
    for (let k = 0; k < seen.length; k++) if (seen[k]) for (const r of splitRules(c, k).scanned) windows.set(r, []);
    hits.forEach((k, start) => {
      anchorAt(k, start);
      if (wantLoose && looseTrigger[k]) looseHits.push(start);
      if (opts.decode && encodedTrigger[k]) encodedHits.push(start);
    });
  } else {
    // Raw windows first (two compares per hit); snapping to line ends happens once per merged window below.
    hits.forEach((k, start) => {
      const triggered = c.boundary[k] && start > 0 && isAsciiAlnum(text.charCodeAt(start - 1)) ? NONE : splitRules(c, k).scanned;
      for (let t = 0; t < triggered.length; t++) {
        const r = triggered[t];
        let w = windows.get(r);
        if (!w) windows.set(r, (w = []));
        const end = start + (rules[r].multiline ? MULTILINE_FWD : FWD);
        const n = w.length;
        if (n && start - BACK <= w[n - 1]) {
          if (end > w[n - 1]) w[n - 1] = end;
        } else w.push(start - BACK, end);
      }
      anchorAt(k, start);
      if (wantLoose && looseTrigger[k]) looseHits.push(start);
      if (opts.decode && encodedTrigger[k]) encodedHits.push(start);
    });
    for (const [r, raw] of windows) windows.set(r, snapWindows(text, raw));
  }
  for (const r of c.alwaysRun) windows.set(r, []);

  const out: RawFinding[] = [];
  for (const [r, w] of windows) {
    if (w.length === 0) runRule(rules[r], text, 0, text.length, opts.path, out);
    else for (let i = 0; i < w.length; i += 2) runRule(rules[r], text, w[i], w[i + 1], opts.path, out);
  }
  for (const [r, starts] of anchors) runRuleAtHits(rules[r], text, starts, opts.path, out);

  if (looseHits.length) runLoose(text, looseHits, c, opts.path, out);
  if (opts.decode) scanEncoded(text, c, opts, encodedHits, out);
  if (opts.decode) scanPercentEncoded(text, c, opts, out);
  return out;
}

function runRule(cr: CompiledRule, text: string, from: number, to: number, path: string, out: RawFinding[]): void {
  if (cr.rule.paths && !cr.rule.paths.test(path)) return;
  const { regex } = cr;
  const sub = from === 0 && to === text.length ? text : text.slice(from, to);
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(sub))) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    judge(cr, m, from, text, path, out);
  }
}

/**
 * A keyword-anchored rule: one sticky attempt at each hit, on the whole text (so a
 * lookbehind sees the real character before it). Matches do not overlap, as in a global scan.
 */
function runRuleAtHits(cr: CompiledRule, text: string, starts: number[], path: string, out: RawFinding[]): void {
  if (cr.rule.paths && !cr.rule.paths.test(path)) return;
  const re = cr.atHit!;
  // Hits arrive in order of where they end: keywords of different lengths can put starts out of order.
  for (let i = 1; i < starts.length; i++) {
    if (starts[i] < starts[i - 1]) {
      starts.sort((a, b) => a - b);
      break;
    }
  }
  let done = 0;
  let last = -1;
  for (const start of starts) {
    if (start < done || start === last) continue;
    last = start;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m || m[0].length === 0) continue;
    done = start + m[0].length;
    judge(cr, m, 0, text, path, out);
  }
}

/** Turns one regex match (found in text[from…]) into a finding unless its secret fails a test or a filter. */
function judge(cr: CompiledRule, m: RegExpExecArray, from: number, text: string, path: string, out: RawFinding[]): void {
  const { rule } = cr;
  const group = rule.secretGroup ?? 0;
  const secret = m[group];
  if (!secret) return;
  if (rule.minEntropy && shannonEntropy(secret) < rule.minEntropy) return;
  if (rule.validate && !rule.validate(secret)) return;
  const offset = from + m.index + (group ? Math.max(0, m[0].indexOf(secret)) : 0);
  if (rejectingFilter({ ruleId: rule.id, kind: cr.kind, secret, offset, text, path })) return;
  out.push({
    ruleId: rule.id,
    kind: cr.kind,
    severity: rule.severity,
    description: rule.description,
    message: `${rule.description} found`,
    why: rule.why ?? DEFAULT_WHY,
    fix: rule.fix,
    secret,
    offset,
    length: secret.length,
  });
}

/** A generic finding for an assignment whose value passes the shape test and every filter. */
function reportAssignment(a: Assignment, text: string, path: string, out: RawFinding[], found: SpanIndex<RawFinding>): void {
  if (!looksLikeSecretValue(a.value, a.keyKind, a.quoted && LITERAL_VALUES_FILE.test(path)) || found.overlaps(a.valueStart, a.value.length)) return;
  const cand: Candidate = { ruleId: GENERIC_RULE.id, kind: 'generic', secret: a.value, offset: a.valueStart, text, path, key: a.key };
  if (rejectingFilter(cand)) return;
  const f = looseFinding(GENERIC_RULE, 'generic', `Hard-coded ${a.keyKind === 'password' ? 'password' : 'secret'} assigned to "${a.key}"`, a.value, a.valueStart);
  out.push(f);
  found.add(f);
}

/** A finding of the generic or entropy rule: the rule's texts, with this value's message and place. */
function looseFinding(rule: typeof GENERIC_RULE, kind: 'generic' | 'entropy', message: string, secret: string, offset: number): RawFinding {
  return { ruleId: rule.id, kind, severity: rule.severity, description: rule.description, message, why: rule.why, fix: rule.fix, secret, offset, length: secret.length };
}

function runLoose(text: string, hits: number[], c: Compiled, path: string, out: RawFinding[]): void {
  let lastKeyStart = -1;
  let lastValueStart = -1;
  let lastValueEnd = -1;
  const found = new SpanIndex(out);
  for (const hit of hits) {
    // Inside a value already judged. Only inside it: a name between an entropy word and its token
    // (`grant_type=client_credentials&api_key=…`) is still parsed.
    if (hit >= lastValueStart && hit < lastValueEnd) continue;
    // Both parsers start from the key around the hit: read it (and its kind) once.
    const at = keyAtHit(text, hit);
    if (!at) continue;
    if (c.generic) {
      const a = parseAssignmentAt(text, hit, path, at);
      if (a && a.keyStart !== lastKeyStart) {
        lastKeyStart = a.keyStart;
        lastValueStart = a.valueStart;
        lastValueEnd = a.valueStart + a.value.length;
        reportAssignment(a, text, path, out, found);
        if (a.more) for (const m of a.more) reportAssignment(m, text, path, out, found);
        continue;
      }
      if (a) continue;
    }
    if (c.entropy) {
      const e = highEntropyAfter(text, hit, at);
      if (!e || found.overlaps(e.offset, e.token.length)) continue;
      lastValueStart = e.offset;
      lastValueEnd = e.offset + e.token.length;
      const cand: Candidate = { ruleId: HIGH_ENTROPY_RULE.id, kind: 'entropy', secret: e.token, offset: e.offset, text, path, key: e.word };
      if (rejectingFilter(cand)) continue;
      const f = looseFinding(HIGH_ENTROPY_RULE, 'entropy', `High-entropy string after "${e.word}"`, e.token, e.offset);
      out.push(f);
      found.add(f);
    }
  }
}

/** A provider or custom finding: the token's own format vouches for it, unlike a generic or entropy guess. */
const byFormat = (f: RawFinding) => f.kind === 'provider' || f.kind === 'custom';

/**
 * `out`, indexed by place, for a pass that replaces findings: `take` marks some gone, `put` adds one, and
 * `done` writes the result back to `out` in one go (splicing each out of the list was quadratic).
 */
function replacing(out: RawFinding[]) {
  const index = new SpanIndex(out);
  const gone = new Set<RawFinding>();
  return {
    overlapping: (start: number, end: number) => index.overlapping(start, end),
    take(fs: RawFinding[]) {
      for (const f of fs) {
        gone.add(f);
        index.remove(f);
      }
    },
    put(f: RawFinding) {
      out.push(f);
      index.add(f);
    },
    done() {
      if (!gone.size) return;
      let n = 0;
      for (const f of out) if (!gone.has(f)) out[n++] = f;
      out.length = n;
    },
  };
}

/**
 * Decodes base64 values and scans the decoded text; findings point at the
 * encoded value. Values come from Kubernetes Secret `data:`, from runs that
 * start with the base64 of a secret prefix, and from generic / entropy
 * findings whose value is base64 (a provider finding inside replaces them).
 */
function scanEncoded(text: string, c: Compiled, opts: ScanOptions, prefixHits: number[], out: RawFinding[]): void {
  const values: EncodedValue[] = kubernetesSecretData(text);
  const k8s = values.length > 0;
  const seen = new Set(values.map((v) => v.offset));
  for (const start of prefixHits) {
    if (seen.has(start)) continue;
    const v = base64RunAt(text, start);
    if (v) {
      values.push(v);
      seen.add(start);
    }
  }
  /** Values taken from a generic or entropy guess: their decoded text can also clear them (decodedCredential). */
  const guessed = new Set<EncodedValue>();
  for (const f of out) {
    if ((f.kind !== 'generic' && f.kind !== 'entropy') || seen.has(f.offset) || f.length < 16) continue;
    const decoded = decodeBase64Text(f.secret);
    if (decoded === null) continue;
    const v = { encoded: f.secret, offset: f.offset, decoded };
    values.push(v);
    guessed.add(v);
  }
  const found = replacing(out);
  for (const v of values) {
    const under = found.overlapping(v.offset, v.offset + v.encoded.length);
    if (under.some(byFormat)) continue;
    // A Secret's key names the value (`password: <base64>`), so the generic rule can judge it once decoded.
    const named = k8s && v.key !== undefined;
    const decodedText = named ? `${v.key}: ${v.decoded}` : v.decoded;
    const inner = scanText(decodedText, c, { path: opts.path, loose: named, decode: false });
    const best = inner.find(byFormat) ?? (named ? inner[0] : undefined);
    if (!best && !named) {
      // A guess on the encoded form that its decoded text takes back: `bm90IG15IHJlYWwgcGFzc3dvcmQ=` is
      // "not my real password", `aXNhYWNzOm5vdCBteSB…` "isaacs:not my real password" (npm's README).
      if (guessed.has(v) && !decodedCredential(v.decoded)) found.take(under);
      continue;
    }
    // The decoded verdict replaces a guess made on the encoded form: a Secret value that decodes to `changeme` is no finding.
    found.take(under);
    if (!best) continue;
    found.put({
      ...best,
      message: `${best.message} (base64-encoded${named ? ` in Kubernetes Secret data "${v.key}"` : ''})`,
      offset: v.offset,
      length: v.encoded.length,
    });
  }
  found.done();
}

/**
 * Whether printable text decoded from a guessed value could be a credential: a `user:password` pair or
 * a password that is no placeholder, and no sentence (three words or more between spaces).
 */
function decodedCredential(decoded: string): boolean {
  const colon = decoded.indexOf(':');
  const password = colon > 0 ? decoded.slice(colon + 1) : decoded;
  if (/^\S+(?: \S+){2,}$/.test(password.trim())) return false;
  return isRealPassword(password, colon > 0 ? decoded.slice(0, colon) : '');
}

/**
 * Scans the lines holding a percent-encoded separator once more, the escapes blanked
 * (lib/secrets/decode-percent.ts). Only provider and custom rules: a token's format is what the
 * blanked view reveals. Where the plain scan already has a provider finding it adds nothing; a
 * generic or entropy guess at the same place gives way to it, as with base64 (scanEncoded).
 */
function scanPercentEncoded(text: string, c: Compiled, opts: ScanOptions, out: RawFinding[]): void {
  const b = separatorsBlanked(text);
  if (!b) return;
  // What the plain scan found, not what this pass adds: lines blanked apart can repeat a token.
  const plain = new SpanIndex(out.slice());
  const found = replacing(out);
  for (const f of scanText(b.text, c, { path: opts.path, loose: false, decode: false })) {
    if (!byFormat(f)) continue;
    // Lines taken one by one sit side by side there that were apart in the file: a match across
    // two of them (a key's header on one, a body on the next) is nothing the file holds.
    if (b.starts.length > 2 && b.text.indexOf('\n', f.offset) < f.offset + f.length - 1) continue;
    const start = originalOffset(b, f.offset);
    const under = plain.overlapping(start, start + f.length);
    if (under.some(byFormat)) continue;
    found.take(under);
    found.put({ ...f, message: `${f.message} (after a percent-encoded separator)`, offset: start, length: f.length });
  }
  found.done();
}

function profile(path: string): { loose: boolean } {
  return { loose: !isLockFile(path) && !isSourceMapFile(path) && !isMinifiedPath(path) };
}

/**
 * Every secret in a file, one finding per location. `config` supplies custom
 * rules and rules switched `off` (severity overrides and allowlists are
 * applied by the pipeline).
 */
export function findSecretsInFile(file: SourceFile, config?: Config): DetectedFinding[] {
  const c = compiledFor(config);
  const raw = scanText(file.text, c, { path: file.path, loose: profile(file.path).loose, decode: true });
  raw.sort((a, b) => a.offset - b.offset);
  return raw.map((f) => ({
    ruleId: f.ruleId,
    category: 'secret',
    severity: f.severity,
    ...file.range(f.offset, f.length),
    message: f.message,
    why: f.why,
    fix: f.fix,
    secret: f.secret,
  }));
}
