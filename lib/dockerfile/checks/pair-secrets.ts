import type { CheckContext, CheckFinding } from '../check';
import { at } from '../check';
import type { Instruction, KeyValue } from '../model';
import { isNonSecretValue, isSecretName } from '../secret-names';

/**
 * Shared by env-secret, arg-secret and label-secret: a pair is a secret when
 * its value is credential-shaped (any provider rule), or when its name is
 * secret-named and its value is a literal (not a reference, path, digest or
 * boolean).
 */
export interface PairSecret {
  pair: KeyValue;
  finding: CheckFinding;
}

export function pairSecrets(ins: Instruction, ctx: CheckContext, describe: (pair: KeyValue, what: string) => string): PairSecret[] {
  const out: PairSecret[] = [];
  for (const pair of ins.pairs) {
    if (pair.value === null) continue;
    // `${DJANGO_SECRET_KEY:-literal}`: without a build argument the literal default is what the image keeps.
    const valueText = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-(.*)\}$/s.exec(pair.value)?.[1] ?? pair.value;
    // Provider rules are specific enough to run on every value: a token is a token whatever its name.
    const hits = ctx.findSecrets(valueText);
    if (hits.length) {
      for (const h of hits) {
        const span = locate(ins, pair, h.secret);
        out.push({ pair, finding: at(ins, span, describe(pair, `a ${h.description}`), h.secret) });
      }
      continue;
    }
    if (isSecretName(pair.name) && !isNonSecretValue(valueText)) {
      out.push({ pair, finding: at(ins, { start: pair.valueStart, end: pair.valueEnd }, describe(pair, 'a literal value'), valueText) });
    }
  }
  return out;
}

/** File span of `secret` inside the pair's value as written (quotes and continuations may shift it). */
function locate(ins: Instruction, pair: KeyValue, secret: string): { start: number; end: number } {
  const k = ins.args.text.indexOf(secret);
  if (k >= 0) {
    const span = ins.args.span(k, k + secret.length);
    if (span.start >= pair.valueStart && span.start <= pair.valueEnd) return span;
  }
  return { start: pair.valueStart, end: pair.valueEnd };
}
