/** What the hooks print around a report: short, and always with a way out. */

export const skipped = (hook: string) => `stowaway: ${hook} check skipped (STOWAWAY_SKIP=1)\n`;

export const commitBlocked = (ruleId: string) => `
stowaway blocked this commit. Remove the secret from the staged file (git add it again), and rotate it if it was ever shared.
  False positive? Add a comment on that line: stowaway:allow ${ruleId}   (or list it under allowlist: in .stowawayrc.yaml)
  Accept everything already known: npx stowaway baseline
  Emergency bypass: STOWAWAY_SKIP=1 git commit ...   (git commit --no-verify skips every hook)
`;

export const pushBlocked = (ruleId: string) => `
stowaway blocked this push: the commits above add findings, and a push publishes every commit, not only the last.
  Rewrite those commits (git rebase -i <commit>^, or git commit --amend for the last one), rotate any leaked secret, then push again.
  False positive? Add a comment on that line: stowaway:allow ${ruleId}   (or list it under allowlist: in .stowawayrc.yaml)
  Emergency bypass: STOWAWAY_SKIP=1 git push ...   (git push --no-verify skips every hook)
`;

export const pushNeedsInput = 'stowaway hook pre-push reads the refs being pushed from stdin, as git writes them: run it from a pre-push hook (stowaway install), not by hand.';
