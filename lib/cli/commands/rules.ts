import { loadAllDetectors } from '../../detectors/registry';
import { UsageError } from '../../config/config-error';
import type { Command } from '../command';

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list every rule with its id, severity and description',
  help: `Usage: stowaway rules [--format pretty|json] [--category secret|dockerfile|compose|k8s|ci]

Lists the rule catalogue. Opt-in rules are marked; enable one by giving it a
severity under "rules" in the config.`,
  options: { format: { type: 'string', short: 'f' }, category: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: false,
  async run(values) {
    const format = (values.format as string | undefined) ?? 'pretty';
    if (format !== 'pretty' && format !== 'json') throw new UsageError(`--format must be pretty or json, not "${format}"`);
    let rules = (await loadAllDetectors()).flatMap((d) => d.rules);
    if (values.category) rules = rules.filter((r) => r.category === values.category);
    if (format === 'json') {
      process.stdout.write(JSON.stringify({ version: 1, rules }, null, 2) + '\n');
      return 0;
    }
    const width = Math.max(...rules.map((r) => r.id.length));
    const lines = rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(6)}  ${r.description}${r.optIn ? ' (opt-in)' : ''}`);
    process.stdout.write(lines.join('\n') + `\n\n${rules.length} rules\n`);
    return 0;
  },
};
