import type { DockerfileCheck, CheckFinding } from '../check';
import { at, commandsOf, wordSpan } from '../check';
import { commandName, effectiveWords } from '../shell';

const ID = 'dockerfile/world-writable';
const WHY = 'A world-writable file or directory in the image lets any process in the container, whatever its user, replace code or config that others execute or trust.';
const FIX = 'Grant access to the one user that needs it: `chown -R 10001:10001 /app && chmod -R u+rwX,go-w /app` (or `COPY --chown=10001:10001`). For shared scratch directories use the sticky bit: `chmod 1777`.';

/** Numeric mode with the others-write bit and no sticky bit (1777 scratch dirs are fine). */
function worldWritableMode(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const sticky = mode.length === 4 && (Number(mode[0]) & 1) === 1;
    return (Number(mode[mode.length - 1]) & 2) === 2 && !sticky;
  }
  // Symbolic: a clause granting w to o or a (`o+w`, `a+rwx`, `ugo=rwx`).
  return mode.split(',').some((clause) => {
    const m = /^([ugoa]*)([+=])([rwxXst]*)$/.exec(clause);
    return !!m && /[oa]/.test(m[1]) && m[3].includes('w') && !m[3].includes('t');
  });
}

const TEMP = /^\/(?:tmp|var\/tmp|dev\/shm)(?:\/|$)/;

export const worldWritable: DockerfileCheck = {
  id: ID,
  severity: 'medium',
  description: 'chmod 777 / o+w on paths that stay in the image',
  why: WHY,
  fix: FIX,
  check(df) {
    const out: CheckFinding[] = [];
    for (const ins of df.instructions) {
      if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
        const flag = ins.flags.find((f) => f.name === 'chmod');
        if (flag?.value && worldWritableMode(flag.value)) out.push(at(ins, flag, `${ins.keyword} --chmod=${flag.value} makes the copied files world-writable`, `--chmod=${flag.value}`, { plainMatch: true }));
        continue;
      }
      if (ins.keyword !== 'RUN') continue;
      const cmds = commandsOf(ins);
      for (const cmd of cmds) {
        if (commandName(cmd) !== 'chmod') continue;
        const words = effectiveWords(cmd).slice(1).filter((w) => !/^-[A-Za-z]+$|^--/.test(w.text));
        const [mode, ...paths] = words;
        if (!mode || !worldWritableMode(mode.text)) continue;
        const kept = paths.filter((p) => !TEMP.test(p.text) && !cmds.some((c) => c.order > cmd.order && commandName(c) === 'rm' && c.words.some((w) => w.text === p.text)));
        if (!kept.length && paths.length) continue;
        out.push(at(ins, wordSpan(cmd, mode), `RUN chmod ${mode.text} makes ${kept.map((p) => p.text).join(' ') || 'files'} world-writable`, `chmod ${mode.text}`, { plainMatch: true }));
      }
    }
    return out;
  },
  examples: {
    valid: [
      { code: 'FROM postgres:16\nRUN mkdir -p /var/run/postgresql && chown -R postgres:postgres /var/run/postgresql && chmod 3777 /var/run/postgresql\n' },
      { code: 'FROM alpine:3.19\nRUN chmod 755 /usr/local/bin/app && chmod -R go-w /app && chmod 777 /tmp/build\n' },
      { code: 'FROM alpine:3.19\nCOPY --chmod=0755 entrypoint.sh /\n' },
    ],
    invalid: [
      { code: 'FROM alpine:3.19\nRUN chmod -R 777 /app\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN mkdir /data \\\n && chmod a+rwx /data\n', line: 3 },
      { code: 'FROM alpine:3.19\nCOPY --chmod=666 config.yml /etc/app/\n', line: 2 },
    ],
  },
};
