import { relative, resolve } from 'node:path';
import { UsageError } from '../../config/config-error';
import { runScan } from '../../scan/run-scan';
import { stagedSource } from '../../sources/staged';
import { trackedSource } from '../../sources/tracked';
import { directorySource, filesSource } from '../../sources/filesystem';
import type { BlobSource } from '../../sources/blob';
import type { Command } from '../command';
import { commonHelp, commonOptions, readCommonFlags } from '../common-options';
import { emitReport } from '../emit-report';
import { scanSetup } from '../scan-setup';

export const scanCommand: Command = {
  name: 'scan',
  summary: 'scan tracked files, staged changes, or a directory',
  help: `Usage: stowaway scan [PATH...] [--staged [--added-only]] [options]

Scans for secrets and unsafe Dockerfile instructions.
  (no arguments)         every tracked file of the repository, as the index holds it
  PATH...                tracked files under these paths; outside git, these files and directories
      --staged           what is about to be committed: the index, never the working tree
      --added-only       with --staged: only the lines the staged change adds

${commonHelp}

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error.`,
  options: {
    ...commonOptions,
    staged: { type: 'boolean' },
    'added-only': { type: 'boolean' },
  },
  allowPositionals: true,
  async run(values, positionals) {
    const flags = readCommonFlags(values);
    if (values['added-only'] && !values.staged) throw new UsageError('--added-only works with --staged');
    const setup = await scanSetup(flags);
    const { config, repo } = setup;
    let source: BlobSource;
    let target: string;
    if (values.staged) {
      if (positionals.length) throw new UsageError('--staged scans the whole index; drop the paths');
      if (!repo) throw new UsageError('--staged needs a git repository, and the current directory is not inside one');
      source = await stagedSource(repo, { addedOnly: Boolean(values['added-only']), maxSize: config.maxFileSize });
      target = values['added-only'] ? 'added lines of staged changes' : 'staged changes';
    } else if (repo) {
      const paths = positionals.map((p) => relative(repo.root, resolve(p)).split('\\').join('/'));
      const outside = paths.find((p) => p.startsWith('..'));
      if (outside !== undefined) throw new UsageError(`${outside} is outside the repository at ${repo.root}`);
      source = await trackedSource(repo, { paths: paths.filter((p) => p !== ''), maxSize: config.maxFileSize });
      target = paths.length ? paths.join(', ') : 'tracked files';
    } else if (positionals.length) {
      source = filesSource(positionals, setup.root, config.maxFileSize);
      target = positionals.join(', ');
    } else {
      source = directorySource(setup.root, config.maxFileSize);
      target = setup.root;
    }
    const result = await runScan(source, { config, baseline: setup.baseline });
    return emitReport(result, flags, config, target);
  },
};
