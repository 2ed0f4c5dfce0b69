import { runScan } from '../../scan/run-scan';
import { filesSource } from '../../sources/filesystem';
import { UsageError } from '../../config/config-error';
import type { Command } from '../command';
import { commonHelp, commonOptions, readCommonFlags } from '../common-options';
import { emitReport } from '../emit-report';
import { scanSetup } from '../scan-setup';

export const filesCommand: Command = {
  name: 'files',
  summary: 'scan exactly the given files (pre-commit framework, lint-staged)',
  help: `Usage: stowaway files PATH... [options]

Scans the named files as they are on disk. Names are taken literally: spaces,
newlines and glob characters such as [id] or (group) are fine.

${commonHelp}`,
  options: { ...commonOptions },
  allowPositionals: true,
  async run(values, positionals) {
    const flags = readCommonFlags(values);
    if (positionals.length === 0) throw new UsageError('files needs at least one PATH');
    const setup = await scanSetup(flags);
    const result = await runScan(filesSource(positionals, setup.root, setup.config.maxFileSize), { config: setup.config, baseline: setup.baseline });
    return emitReport(result, flags, setup.config, `${positionals.length} given file(s)`);
  },
};
