import type { DockerfileCheck, CheckFinding } from '../check';
import { at, commandsOf, wordSpan } from '../check';
import type { ShellCommand, ShellWord } from '../shell';

const ID = 'dockerfile/sudo-in-run';
const WHY = 'RUN already runs as the current USER; sudo in an image means a sudo binary and sudoers rules ship with it, giving any later foothold an easy way back to root, and its TTY and environment handling makes builds unpredictable.';
const FIX = 'Switch users explicitly instead: `USER root`, the RUN that needs root, then `USER 10001` again. Use gosu or su-exec for privilege changes at run time.';

/** Words that may come before the command itself: `then sudo make`, `! sudo true`, `exec sudo -u app x`. */
const LEADERS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', 'time', 'exec', 'nice', 'nohup', 'env']);

function sudoWord(cmd: ShellCommand): ShellWord | null {
  const w = cmd.words;
  let k = 0;
  while (k < w.length && LEADERS.has(w[k].text)) {
    k++;
    while (k < w.length && (w[k].text.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[k].text))) k++;
  }
  return w[k] && /^(?:\/usr(?:\/local)?\/bin\/|\/bin\/)?sudo$/.test(w[k].text) ? w[k] : null;
}

export const sudoInRun: DockerfileCheck = {
  id: ID,
  severity: 'low',
  description: 'sudo used in RUN',
  why: WHY,
  fix: FIX,
  check(df) {
    const out: CheckFinding[] = [];
    for (const ins of df.instructions) {
      if (ins.keyword !== 'RUN') continue;
      for (const cmd of commandsOf(ins)) {
        const sudo = sudoWord(cmd);
        if (sudo) out.push(at(ins, wordSpan(cmd, sudo), 'RUN uses sudo', 'sudo', { plainMatch: true }));
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y sudo\n' },
      { code: 'FROM debian:12\nRUN echo "sudo is not used here"\nUSER root\nRUN apt-get install -y git\nUSER 10001\n' },
      { code: 'FROM debian:12\nRUN if command -v sudo >/dev/null; then echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app; fi\n' },
    ],
    invalid: [
      { code: 'FROM ubuntu:22.04\nUSER app\nRUN sudo apt-get install -y git\n', line: 3 },
      { code: 'FROM ubuntu:22.04\nRUN set -e \\\n && sudo -u app make install\n', line: 3 },
      { code: 'FROM ubuntu:22.04\nRUN if [ -f Makefile ]; then sudo make install; fi\n', line: 2 },
    ],
  },
};
