import type { HeredocBody, Instruction } from './model';
import { normalizePath } from './paths';
import { isNonSecretValue, isSecretName } from './secret-names';
import { substitute } from './variables';

/**
 * `COPY <<EOF /root/.npmrc`: BuildKit writes the heredoc body into the layer
 * as a file, so a credential in the body is a credentials file copied in.
 */
export interface HeredocCopy {
  /** Absolute destination in the image. */
  dest: string;
  /** The destination as written, and its file span. */
  destText: string;
  span: { start: number; end: number };
  bodies: HeredocBody[];
}

export function heredocCopy(ins: Instruction, escape: string, cwd: string): HeredocCopy | null {
  if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || !ins.heredocs.length) return null;
  const args = ins.args.text.trimEnd();
  const from = Math.max(args.lastIndexOf(' '), args.lastIndexOf('\t')) + 1;
  const destText = args.slice(from);
  if (!destText || destText.startsWith('<<')) return null;
  return { dest: normalizePath(substitute(destText, ins.scope, escape).value, cwd), destText, span: ins.args.span(from, args.length), bodies: ins.heredocs };
}

/** A URL with a literal password: `https://ci:pa55@pypi.example/simple`. */
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"]+:([^\s@/'"]{3,})@/i;

/** A provider token, a URL password, or a secret-named key with a literal value (`password: x`, `_authToken=x`). */
export function holdsCredential(body: string, findSecrets: (text: string) => unknown[]): boolean {
  if (findSecrets(body).length) return true;
  return body.split('\n').some((line) => {
    const url = URL_PASSWORD.exec(line);
    if (url && !/\$\{?[A-Za-z_]|\$\(/.test(url[1])) return true;
    const m = /^\s*(?:export\s+)?(\S*?)\s*(?:=|:\s)\s*(.+?)\s*$/.exec(line);
    return !!m && isSecretName(m[1]) && !isNonSecretValue(m[2]);
  });
}
