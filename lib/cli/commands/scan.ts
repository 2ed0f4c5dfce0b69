import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { execGit } from '../../git/exec-git';
import { UsageError } from '../../config/config-error';
import { runScan } from '../../scan/run-scan';
import { stagedSource } from '../../sources/staged';
import { trackedSource } from '../../sources/tracked';
import { directorySource, filesSource } from '../../sources/filesystem';
import type { BlobSource } from '../../sources/blob';
import type { Command } from '../command';
import { commonHelp, commonOptions, readCommonFlags } from '../common-options';
import { emitReport } from '../emit-report';
import { scanSetup, warnUnknownRuleIds } from '../scan-setup';
import { historySource } from '../../sources/history';
import { historySelection } from '../history-selection';
import { progressWanted, startProgress } from '../../report/progress';
import { firstIntroduction } from '../../findings/first-introduction';
import { staleReport } from './baseline';

export const scanCommand: Command = {
  name: 'scan',
  summary: 'scan tracked files, staged changes, or a directory',
  help: `Usage: stowaway scan [PATH...] [--staged [--added-only]] [--history] [--since REV] [--range A..B] [options]

Scans for secrets and unsafe Dockerfile instructions.
  (no arguments)         every tracked file of the repository, as the index holds it
  PATH...                tracked files under these paths; outside git, these files and directories
      --staged           what is about to be committed: the index, never the working tree
      --added-only       with --staged: only the lines the staged change adds
      --history          every blob any commit on any ref introduced (git log --all)
      --since REV        blobs introduced by commits on HEAD after REV (REV..HEAD);
                         with --history, by commits on any ref after REV
      --range A..B       blobs introduced by the commits in A..B (as git log A..B)
  History findings name the commit that first introduced the secret, its author
  date and the path; each blob is read once, however many commits keep it.

${commonHelp}

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error.`,
  options: {
    ...commonOptions,
    staged: { type: 'boolean' },
    'added-only': { type: 'boolean' },
    history: { type: 'boolean' },
    since: { type: 'string' },
    range: { type: 'string' },
  },
  allowPositionals: true,
  async run(values, positionals) {
    const flags = readCommonFlags(values);
    if (values['added-only'] && !values.staged) throw new UsageError('--added-only works with --staged');
    const setup = await scanSetup(flags);
    await warnUnknownRuleIds(setup);
    const { config, repo } = setup;
    let source: BlobSource;
    let target: string;
    const deep = Boolean(values.history) || values.since !== undefined || values.range !== undefined;
    let commitIndex: Map<string, number> | null = null;
    if (deep) {
      if (values.staged) throw new UsageError('--staged and --history/--since/--range are different scans; pick one');
      if (positionals.length) throw new UsageError('history scans cover whole commits; drop the paths');
      if (!repo) throw new UsageError('--history, --since and --range need a git repository, and the current directory is not inside one');
      const sel = await historySelection(repo.root, values as { history?: boolean; since?: string; range?: string });
      const history = await historySource(repo, { revArgs: sel.revArgs, maxSize: config.maxFileSize });
      commitIndex = new Map(history.commits.map((c, i) => [c.sha, i]));
      source = history;
      target = `${sel.describe} (${history.commits.length} commit${history.commits.length === 1 ? '' : 's'})`;
    } else if (values.staged) {
      if (positionals.length) throw new UsageError('--staged scans the whole index; drop the paths');
      if (!repo) throw new UsageError('--staged needs a git repository, and the current directory is not inside one');
      source = await stagedSource(repo, { addedOnly: Boolean(values['added-only']), maxSize: config.maxFileSize });
      target = values['added-only'] ? 'added lines of staged changes' : 'staged changes';
    } else if (repo) {
      const paths = positionals.map((p) => relative(repo.root, resolve(p)).split('\\').join('/'));
      const outside = paths.find((p) => p.startsWith('..'));
      if (outside !== undefined) throw new UsageError(`${outside} is outside the repository at ${repo.root}`);
      await mustName(positionals, (i) => execGit(['ls-files', '-z', '--', `:(literal)${paths[i]}`], repo.root).then((out) => out.length > 0));
      source = await trackedSource(repo, { paths: paths.filter((p) => p !== ''), maxSize: config.maxFileSize });
      target = paths.length ? paths.join(', ') : 'tracked files';
    } else if (positionals.length) {
      await mustName(positionals);
      source = filesSource(positionals, setup.root, config.maxFileSize);
      target = positionals.join(', ');
    } else {
      source = directorySource(setup.root, config.maxFileSize);
      target = setup.root;
    }
    const full = !deep && !values.staged && positionals.length === 0;
    let lastCommit = 0;
    const progress = startProgress(
      (deep || full) && progressWanted(flags),
      deep ? 'scanning history' : 'scanning',
      commitIndex ? () => (commitIndex!.size ? lastCommit / commitIndex!.size : null) : undefined,
    );
    const onBlob = progress.onBlob && ((b: Parameters<NonNullable<typeof progress.onBlob>>[0]) => {
      if (commitIndex && b.commit) lastCommit = (commitIndex.get(b.commit) ?? lastCommit) + 1;
      progress.onBlob!(b);
    });
    let result;
    try {
      result = await runScan(source, { config, baseline: setup.baseline, onBlob });
    } finally {
      progress.stop();
    }
    if (commitIndex) result.findings = firstIntroduction(result.findings, commitIndex);
    if (full && setup.baselinePath && !flags.quiet) process.stderr.write(staleReport(setup.baselinePath, result.staleBaseline));
    return emitReport(result, flags, config, target);
  },
};

/**
 * A PATH that names nothing is a usage error, not a clean scan: a mistyped path in CI would
 * otherwise pass every time. In a repository a path the index still tracks counts (a file deleted
 * from the work tree but not from the index is scanned as the index holds it).
 */
async function mustName(positionals: string[], tracked?: (i: number) => Promise<boolean>): Promise<void> {
  for (let i = 0; i < positionals.length; i++) {
    if (existsSync(resolve(positionals[i])) || (tracked && (await tracked(i)))) continue;
    throw new UsageError(`${positionals[i]}: no such file or directory${tracked ? ', and nothing under it is tracked' : ''}`);
  }
}
