/**
 * Docker's variable substitution (`$X`, `${X}`, `${X:-word}`, `${X:+word}`)
 * against the ARG / ENV values known at an instruction.
 */
export interface Substituted {
  value: string;
  /** A referenced variable had no known value (ARG without default, or undeclared). */
  unresolved: boolean;
}

const REF = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

export function substitute(text: string, scope: ReadonlyMap<string, string | null>, escape = '\\'): Substituted {
  let unresolved = false;
  let out = '';
  let last = 0;
  REF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REF.exec(text))) {
    if (m.index > 0 && text[m.index - 1] === escape) continue;
    const name = m[1] ?? m[4];
    const op = m[2];
    const word = m[3] ?? '';
    const known = scope.get(name);
    const has = known !== undefined && known !== null;
    let replacement: string;
    if (op === ':-' || op === '-') {
      replacement = has && (op === '-' || known !== '') ? known! : word;
    } else if (op === ':+' || op === '+') {
      replacement = has && (op === '+' || known !== '') ? word : '';
    } else if (has) {
      replacement = known!;
    } else {
      unresolved = true;
      replacement = m[0];
    }
    out += text.slice(last, m.index) + replacement;
    last = m.index + m[0].length;
  }
  out += text.slice(last);
  return { value: out, unresolved };
}

/** True when the text refers to a variable (`$X`, `${X}`): its value comes from elsewhere. */
export function hasReference(text: string): boolean {
  return /\$\{?[A-Za-z_]/.test(text);
}
