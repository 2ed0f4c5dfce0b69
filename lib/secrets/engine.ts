import type { DetectedFinding } from '../findings/finding';
import type { SourceFile } from '../text/source-file';
import type { SecretRule } from './rule';
import { secretRules } from './rules/index';
import { shannonEntropy } from './entropy';

const DEFAULT_WHY = 'A credential in git history or an image layer stays readable to everyone who can clone or pull it, even after a later commit deletes it.';

interface CompiledRule {
  rule: SecretRule;
  regex: RegExp;
}

let compiled: CompiledRule[] | null = null;

function compile(): CompiledRule[] {
  if (!compiled) {
    compiled = secretRules.map((rule) => ({
      rule,
      regex: new RegExp(rule.regex.source, rule.regex.flags.includes('g') ? rule.regex.flags : rule.regex.flags + 'g'),
    }));
  }
  return compiled;
}

/** Runs every provider rule whose keyword occurs in the file. */
export function findSecretsInFile(file: SourceFile): DetectedFinding[] {
  const lower = file.text.toLowerCase();
  const out: DetectedFinding[] = [];
  for (const { rule, regex } of compile()) {
    if (rule.keywords.length && !rule.keywords.some((k) => lower.includes(k))) continue;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(file.text))) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const group = rule.secretGroup ?? 0;
      const secret = m[group];
      if (secret === undefined) continue;
      if (rule.minEntropy && shannonEntropy(secret) < rule.minEntropy) continue;
      if (rule.validate && !rule.validate(secret)) continue;
      const offset = m.index + (group ? m[0].indexOf(secret) : 0);
      out.push({
        ruleId: rule.id,
        category: 'secret',
        severity: rule.severity,
        ...file.range(offset, secret.length),
        message: `${rule.description} found`,
        why: rule.why ?? DEFAULT_WHY,
        fix: rule.fix,
        secret,
      });
    }
  }
  return out;
}
