/** What the hooks print around a report: short, and always with a way out. */

export const skipped = (hook: string) => `stowaway: ${hook} check skipped (STOWAWAY_SKIP=1)\n`;

export const commitBlocked = (ruleId: string) => `
stowaway blocked this commit. Remove the secret from the staged file (git add it again), and rotate it if it was ever shared.
  False positive? Add a comment on that line: stowaway:allow ${ruleId}   (or list it under allowlist: in .stowawayrc.yaml)
  Accept everything already known: npx stowaway baseline
  Emergency bypass: STOWAWAY_SKIP=1 git commit ...   (git commit --no-verify skips every hook)
`;

export const mergeBlocked = (ruleId: string) => `
stowaway blocked this merge: the branch being merged brings in the findings above. Nothing was committed; the merge is left staged (git merge --abort backs out).
  Remove the secret from the branch where it was committed (rewrite those commits), rotate it if it was ever shared, then merge again.
  Pulled it from a remote? It is already published there: rotate it and tell whoever pushed it.
  False positive? Add a comment on that line: stowaway:allow ${ruleId}   (or list it under allowlist: in .stowawayrc.yaml)
  Emergency bypass: STOWAWAY_SKIP=1 git merge ...   (this merge: STOWAWAY_SKIP=1 git merge --continue; git merge --no-verify skips every hook)
`;

export const pushBlocked = (ruleId: string) => `
stowaway blocked this push: the commits above add findings, and a push publishes every commit, not only the last.
  Rewrite those commits (git rebase -i <commit>^, or git commit --amend for the last one), rotate any leaked secret, then push again.
  False positive? Add a comment on that line: stowaway:allow ${ruleId}   (or list it under allowlist: in .stowawayrc.yaml)
  Emergency bypass: STOWAWAY_SKIP=1 git push ...   (git push --no-verify skips every hook)
`;

export const pushNeedsInput = 'stowaway hook pre-push reads the refs being pushed from stdin, as git writes them: run it from a pre-push hook (stowaway install), not by hand.';
