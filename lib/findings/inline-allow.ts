import type { SourceFile } from '../text/source-file';

const RULE_ID = /^[a-z0-9]+\/[a-z0-9][a-z0-9-]*$/;

/** Rule ids listed after a marker; an empty list allows every rule. */
function idsAfter(text: string, at: number): string[] {
  const ids: string[] = [];
  for (const word of text.slice(at).split(/[\s,]+/)) {
    if (!word) continue;
    if (RULE_ID.test(word)) ids.push(word);
    else if (ids.length || word !== '') break;
  }
  return ids;
}

function allows(text: string, marker: string, ruleId: string): boolean {
  const at = text.indexOf(marker);
  if (at < 0) return false;
  const ids = idsAfter(text, at + marker.length);
  return ids.length === 0 || ids.includes(ruleId);
}

const WHOLE_LINE_COMMENT = /^\s*(#|\/\/|--|;|<!--|\/\*|\*)/;

/**
 * Whether the file holds any marker at all, asked once per file: most hold none, and reading each
 * finding's line for one made a minified JSON line of thousands of findings quadratic.
 */
const markerIn = new WeakMap<SourceFile, boolean>();
function hasMarker(file: SourceFile): boolean {
  let has = markerIn.get(file);
  if (has === undefined) {
    const t = file.text;
    has = t.includes('stowaway:allow') || t.includes('gitleaks:allow') || t.includes('pragma: allowlist secret');
    markerIn.set(file, has);
  }
  return has;
}

/**
 * Inline suppression:
 * - `stowaway:allow [rule-id…]` on the finding's line;
 * - `stowaway:allow-next-line [rule-id…]` on the line above;
 * - a whole-line comment `# stowaway:allow <rule-id> <reason>` on the line above
 *   (Dockerfile, compose and Kubernetes style);
 * - `gitleaks:allow` and `pragma: allowlist secret` (detect-secrets) on the line,
 *   so teams can switch tools without re-annotating.
 */
export function isAllowedInline(file: SourceFile, line: number, ruleId: string, aboveLine?: number): boolean {
  if (!hasMarker(file)) return false;
  const text = file.lineText(line);
  if (text.includes('stowaway:allow') && !text.includes('stowaway:allow-next-line') && allows(text, 'stowaway:allow', ruleId)) return true;
  if (text.includes('gitleaks:allow') || text.includes('pragma: allowlist secret')) return true;
  const above = file.lineText((aboveLine ?? line) - 1);
  if (above.includes('stowaway:allow-next-line')) return allows(above, 'stowaway:allow-next-line', ruleId);
  if (above.includes('stowaway:allow') && WHOLE_LINE_COMMENT.test(above)) return allows(above, 'stowaway:allow', ruleId);
  return false;
}
