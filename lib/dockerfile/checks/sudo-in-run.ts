import type { DockerfileCheck, CheckFinding } from '../check';
import { at, commandsOf, wordSpan } from '../check';

const ID = 'dockerfile/sudo-in-run';
const WHY = 'RUN already runs as the current USER; sudo in an image means a sudo binary and sudoers rules ship with it, giving any later foothold an easy way back to root, and its TTY and environment handling makes builds unpredictable.';
const FIX = 'Switch users explicitly instead: `USER root`, the RUN that needs root, then `USER 10001` again. Use gosu or su-exec for privilege changes at run time.';

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
        const first = cmd.words[0];
        if (first && /^(?:\/usr\/bin\/)?sudo$/.test(first.text)) out.push(at(ins, wordSpan(cmd, first), 'RUN uses sudo', 'sudo', { plainMatch: true }));
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y sudo\n' },
      { code: 'FROM debian:12\nRUN echo "sudo is not used here"\nUSER root\nRUN apt-get install -y git\nUSER 10001\n' },
    ],
    invalid: [
      { code: 'FROM ubuntu:22.04\nUSER app\nRUN sudo apt-get install -y git\n', line: 3 },
      { code: 'FROM ubuntu:22.04\nRUN set -e \\\n && sudo -u app make install\n', line: 3 },
    ],
  },
};
