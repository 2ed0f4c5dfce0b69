/**
 * Base64 hides secrets from pattern matching: Kubernetes Secret `data:`
 * values, `.dockerconfigjson`, `AUTH=Z2hwX…` in env files. These helpers find
 * encoded values and decode them; the engine scans the decoded text and
 * reports findings at the encoded value's position.
 */
export interface EncodedValue {
  /** Key the value was assigned to, when known (Kubernetes `data:` entries). */
  key?: string;
  encoded: string;
  /** Offset of `encoded` in the file. */
  offset: number;
  decoded: string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/** Decodes strict base64 / base64url to text; null when it is not valid or not printable text. */
export function decodeBase64Text(s: string): string | null {
  const body = s.replace(/=+$/, '');
  if (body.length < 8 || body.length % 4 === 1) return null;
  const url = !BASE64.test(s);
  if (url && !BASE64URL.test(s)) return null;
  const buf = Buffer.from(body, url ? 'base64url' : 'base64');
  // Round trip: rejects strings that merely use the alphabet.
  if (buf.toString(url ? 'base64url' : 'base64').replace(/=+$/, '') !== body) return null;
  let printable = 0;
  for (const b of buf) if ((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13) printable++;
  if (printable < buf.length) return null;
  return buf.toString('latin1');
}

const KIND_SECRET = /^\s*["']?kind["']?\s*:\s*["']?Secret["']?\s*,?\s*$/m;
const DOC_SEPARATOR = /^---[ \t]*$/m;

/** `data:` entries of every Kubernetes Secret document in a YAML or JSON file. */
export function kubernetesSecretData(text: string): EncodedValue[] {
  if (!text.includes('Secret') || !KIND_SECRET.test(text)) return [];
  const out: EncodedValue[] = [];
  let docStart = 0;
  for (const doc of text.split(DOC_SEPARATOR)) {
    const start = text.indexOf(doc, docStart);
    docStart = start + doc.length;
    if (!KIND_SECRET.test(doc)) continue;
    if (/^\s*\{/.test(doc)) jsonData(doc, start, out);
    else yamlData(doc, start, out);
  }
  return out;
}

function yamlData(doc: string, base: number, out: EncodedValue[]): void {
  const lines = doc.split('\n');
  let offset = base;
  let dataIndent = -1;
  for (const line of lines) {
    const indent = /^ */.exec(line)![0].length;
    const trimmed = line.trim();
    if (dataIndent >= 0 && trimmed && indent <= dataIndent) dataIndent = -1;
    if (dataIndent < 0) {
      if (/^data:\s*$/.test(trimmed)) dataIndent = indent;
    } else {
      const m = /^([\w.-]+|"[^"]+"|'[^']+')\s*:\s*(["']?)([A-Za-z0-9+/]+={0,2})\2\s*$/.exec(trimmed);
      if (m) {
        const decoded = decodeBase64Text(m[3]);
        if (decoded !== null) out.push({ key: m[1].replace(/^["']|["']$/g, ''), encoded: m[3], offset: offset + line.indexOf(m[3], indent + m[1].length), decoded });
      }
    }
    offset += line.length + 1;
  }
}

function jsonData(doc: string, base: number, out: EncodedValue[]): void {
  const data = /"data"\s*:\s*\{([^{}]*)\}/.exec(doc);
  if (!data) return;
  const bodyStart = data.index + data[0].indexOf('{') + 1;
  const entry = /"([^"]+)"\s*:\s*"([A-Za-z0-9+/]+={0,2})"/g;
  let m: RegExpExecArray | null;
  while ((m = entry.exec(data[1]))) {
    const decoded = decodeBase64Text(m[2]);
    if (decoded !== null) out.push({ key: m[1], encoded: m[2], offset: base + bodyStart + m.index + m[0].lastIndexOf(m[2]), decoded });
  }
}

/**
 * Base64 of the first bytes of common secret formats. As prefilter keywords
 * they find encoded secrets without decoding every base64 run in every file:
 * `Z2hwX` is base64 for `ghp_`, `LS0tLS1CRUdJTi` for `-----BEGIN`.
 */
export const ENCODED_PREFIXES: readonly string[] = [
  '-----BEGIN', '{"auths"', 'ghp_', 'gho_', 'ghs_', 'github_pat_', 'glpat-', 'AKIA', 'ASIA', 'xoxb-', 'xoxp-', 'npm_', 'sk_live_', 'postgres://', 'mysql://', 'mongodb',
  'sk-ant-', 'sk-proj-', 'hf_', 'AIza', 'dckr_pat_',
  // JSON documents kept base64 in one variable (`GCP_SA_KEY`, `GOOGLE_CREDENTIALS`): a pretty-printed
  // object, or a compact service-account key. The key inside sits at no 4-character boundary of its own.
  '{\n ', '{\r\n', '{"type":"service_account"',
]
  .map((p) => Buffer.from(p).toString('base64').replace(/=+$/, ''))
  // Only whole 4-character groups are stable whatever bytes follow the prefix.
  .map((b) => b.slice(0, b.length - (b.length % 4 === 0 ? 0 : b.length % 4)))
  .filter((b) => b.length >= 4)
  // `eyJ` is `{"` plus the top bits of the next character: any compact JSON object kept base64
  // (`APP_CONFIG: eyJ…`). JWT segments start so too; decoded, they are scanned for provider tokens
  // only, and a JWT already reported covers them.
  .concat(['eyJ']);

function isBase64Char(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 95 || c === 45;
}

/** The base64 run starting at `start` (a prefix hit), up to 16 KiB, with its padding. */
export function base64RunAt(text: string, start: number): EncodedValue | null {
  if (start > 0 && isBase64Char(text.charCodeAt(start - 1))) return null; // prefix in the middle of a run: not aligned
  let end = start;
  const limit = Math.min(text.length, start + 16384);
  while (end < limit && isBase64Char(text.charCodeAt(end))) end++;
  while (end < text.length && text[end] === '=' && end - start < 16386) end++;
  const encoded = text.slice(start, end);
  const decoded = decodeBase64Text(encoded);
  return decoded === null ? null : { encoded, offset: start, decoded };
}
