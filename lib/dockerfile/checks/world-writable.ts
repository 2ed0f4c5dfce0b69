import type { DockerfileCheck, CheckFinding } from '../check';
import { at, commandsOf, wordSpan } from '../check';
import { commandName, effectiveWords, type ShellWord } from '../shell';

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

interface ModeUse {
  mode: ShellWord;
  /** The mode as written (`-m0777` → `0777`). */
  value: string;
  paths: ShellWord[];
}

/** `mkdir -m 777 DIR`, `install -d -m 0777 DIR`, `install -m 666 SRC DEST`: the mode applies to what they create. */
function createMode(words: ShellWord[], name: string): ModeUse | null {
  let mode: ModeUse['mode'] | null = null;
  let value = '';
  const rest: ShellWord[] = [];
  for (let k = 1; k < words.length; k++) {
    const t = words[k].text;
    if (t === '--mode' || /^-[A-Za-z]*m$/.test(t)) {
      if (words[k + 1]) [mode, value] = [words[k + 1], words[k + 1].text];
      k++;
    } else if (t.startsWith('--mode=')) [mode, value] = [words[k], t.slice(7)];
    else if (/^-[A-Za-z]*m[0-7]{3,4}$|^-m[ugoa+=,rwxXst-]+$/.test(t)) [mode, value] = [words[k], t.slice(t.indexOf('m') + 1)];
    else if (!t.startsWith('-')) rest.push(words[k]);
  }
  if (!mode) return null;
  const dirs = name === 'install' && !words.some((w) => /^-[A-Za-z]*d[A-Za-z]*$|^--directory$/.test(w.text));
  return { mode, value, paths: dirs ? rest.slice(-1) : rest };
}

/** `find /app -type d -exec chmod 777 {} +`: the chmod runs on what find walks. */
function findExecChmod(words: ShellWord[]): ModeUse | null {
  const exec = words.findIndex((w) => w.text === '-exec' || w.text === '-execdir');
  if (exec < 0 || words[exec + 1]?.text.replace(/^.*\//, '') !== 'chmod') return null;
  const mode = words.slice(exec + 2).find((w) => !/^-[A-Za-z]+$|^--/.test(w.text));
  if (!mode) return null;
  const start = words.slice(1).findIndex((w) => /^[-(!]/.test(w.text));
  return { mode, value: mode.text, paths: words.slice(1, start < 0 ? 1 : start + 1) };
}

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
        const name = commandName(cmd);
        if (name === 'mkdir' || name === 'install' || name === 'find') {
          const all = effectiveWords(cmd);
          const use = name === 'find' ? findExecChmod(all) : createMode(all, name);
          if (!use || !worldWritableMode(use.value)) continue;
          if (use.paths.length && use.paths.every((p) => TEMP.test(p.text))) continue;
          out.push(at(ins, wordSpan(cmd, use.mode), `RUN ${name} with mode ${use.value} makes ${use.paths.map((p) => p.text).join(' ') || 'files'} world-writable`, `${name} ${use.value}`, { plainMatch: true }));
          continue;
        }
        if (name !== 'chmod') continue;
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
      { code: 'FROM alpine:3.19\nRUN install -d -m 0777 /tmp/build-cache && mkdir -p -m 1777 /srv/scratch && install -m 0755 app /usr/local/bin/app\nRUN find /app -type f -exec chmod 644 {} +\n' },
    ],
    invalid: [
      { code: 'FROM alpine:3.19\nRUN chmod -R 777 /app\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN mkdir /data \\\n && chmod a+rwx /data\n', line: 3 },
      { code: 'FROM alpine:3.19\nCOPY --chmod=666 config.yml /etc/app/\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN mkdir -p -m 777 /srv/shared\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN install -d -m 0777 /var/lib/uploads\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN install -Dm666 app.conf /etc/app/app.conf\n', line: 2 },
      { code: 'FROM alpine:3.19\nRUN find /opt/app -type d \\\n      -exec chmod 777 {} +\n', line: 3 },
    ],
  },
};
