import { readFileSync } from 'node:fs';
import { UsageError } from '../../config/config-error';
import type { Finding } from '../../findings/finding';
import { commitBlocked, mergeBlocked, pushBlocked, pushNeedsInput, skipped } from '../../install/hook-messages';
import { parsePushUpdates, selectPushedCommits, updatesFromPreCommitEnv } from '../../install/push-updates';
import { runScan, type ScanResult } from '../../scan/run-scan';
import { historySource } from '../../sources/history';
import { stagedSource } from '../../sources/staged';
import type { Command } from '../command';
import { commonHelp, commonOptions, readCommonFlags, type CommonFlags } from '../common-options';
import { emitReport } from '../emit-report';
import { scanSetup, type ScanSetup } from '../scan-setup';

const HOOKS = ['pre-commit', 'pre-merge-commit', 'pre-push'];

async function setupInRepo(flags: CommonFlags, hook: string): Promise<ScanSetup & { repo: NonNullable<ScanSetup['repo']> }> {
  const setup = await scanSetup(flags);
  if (!setup.repo) throw new UsageError(`hook ${hook} runs inside a git repository, and ${process.cwd()} is not in one`);
  return setup as ScanSetup & { repo: NonNullable<ScanSetup['repo']> };
}

/** Clean commits print nothing: the hook runs on every commit. */
async function report(result: ScanResult, flags: CommonFlags, setup: ScanSetup, target: string, blocked: (ruleId: string) => string): Promise<number> {
  if (result.findings.length === 0 && flags.format === 'pretty') return 0;
  const code = await emitReport(result, flags, setup.config, target);
  if (code !== 0 && flags.format === 'pretty' && !flags.output) process.stdout.write(blocked(result.findings[0]?.ruleId ?? '<rule-id>'));
  return code;
}

/**
 * pre-commit and pre-merge-commit scan the same thing: the index against HEAD.
 * For a clean merge git has already staged the merge result, so that diff is
 * everything the merged branch brings in.
 */
async function preCommit(flags: CommonFlags, hook: 'pre-commit' | 'pre-merge-commit'): Promise<number> {
  const setup = await setupInRepo(flags, hook);
  const addedOnly = setup.config.hook.scope === 'added';
  const source = await stagedSource(setup.repo, { addedOnly, maxSize: setup.config.maxFileSize });
  const result = await runScan(source, { config: setup.config, baseline: setup.baseline });
  const what = hook === 'pre-merge-commit' ? 'merge' : 'commit';
  return report(result, flags, setup, addedOnly ? `the lines this ${what} adds` : `the files this ${what} changes`, hook === 'pre-merge-commit' ? mergeBlocked : commitBlocked);
}

function readStdin(): string {
  if (process.stdin.isTTY) return '';
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

function mergeResults(results: ScanResult[]): ScanResult {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const r of results)
    for (const f of r.findings) {
      const key = `${f.fingerprint}\0${f.commit}\0${f.line}\0${f.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  return {
    findings,
    stats: {
      files: results.reduce((n, r) => n + r.stats.files, 0),
      bytes: results.reduce((n, r) => n + r.stats.bytes, 0),
      skipped: results.flatMap((r) => r.stats.skipped),
      durationMs: results.reduce((n, r) => n + r.stats.durationMs, 0),
    },
    baselined: results.reduce((n, r) => n + r.baselined, 0),
    staleBaseline: [],
  };
}

async function prePush(flags: CommonFlags, args: string[]): Promise<number> {
  const input = readStdin();
  let updates = parsePushUpdates(input);
  if (!updates.length) updates = updatesFromPreCommitEnv(process.env);
  if (!updates.length) {
    if (process.stdin.isTTY) throw new UsageError(pushNeedsInput);
    return 0; // git pushed nothing (e.g. everything up to date)
  }
  const setup = await setupInRepo(flags, 'pre-push');
  const remote = args[0] || process.env.PRE_COMMIT_REMOTE_NAME || 'origin';
  const selections = await selectPushedCommits(setup.repo.root, remote, updates);
  const results: ScanResult[] = [];
  let commits = 0;
  for (const s of selections) {
    if (!s.revArgs) continue;
    const source = await historySource(setup.repo, { revArgs: s.revArgs, maxSize: setup.config.maxFileSize });
    commits += source.commits.length;
    results.push(await runScan(source, { config: setup.config, baseline: setup.baseline }));
  }
  const refs = updates.map((u) => u.remoteRef || u.localRef).join(', ');
  return report(mergeResults(results), flags, setup, `${commits} commit(s) pushed to ${remote} (${refs})`, pushBlocked);
}

export const hookCommand: Command = {
  name: 'hook',
  summary: 'entry points the installed git hooks call (pre-commit, pre-merge-commit, pre-push)',
  help: `Usage: stowaway hook pre-commit|pre-merge-commit|pre-push [REMOTE URL] [options]

  pre-commit   scans what is about to be committed (the index, never the working
               tree): secrets on the lines the commit adds (config hook.scope: added),
               or in whole staged files (hook.scope: files), plus staged Dockerfiles
               and other checked files. Prints nothing when clean.
  pre-merge-commit
               the same scan for a clean \`git merge\`, which runs this hook instead
               of pre-commit: the staged merge result against HEAD, i.e. everything
               the merged branch brings in. A blocked merge stays staged, uncommitted.
  pre-push     reads git's pre-push stdin (<local ref> <sha> <remote ref> <sha> per
               line) and scans every blob the pushed commits add; each finding names
               its commit. New branches and tags scan what the remote does not have;
               deletes scan nothing. Under the pre-commit framework it reads
               PRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF instead.

STOWAWAY_SKIP=1 skips the check (exit 0).

${commonHelp}`,
  options: { ...commonOptions },
  allowPositionals: true,
  async run(values, positionals) {
    const [hook, ...args] = positionals;
    if (!hook || !HOOKS.includes(hook)) throw new UsageError(`hook needs one of ${HOOKS.join(', ')}${hook ? `, not "${hook}"` : ''}`);
    if (process.env.STOWAWAY_SKIP === '1') {
      process.stderr.write(skipped(hook));
      return 0;
    }
    const flags = readCommonFlags(values);
    return hook === 'pre-push' ? prePush(flags, args) : preCommit(flags, hook as 'pre-commit' | 'pre-merge-commit');
  },
};
