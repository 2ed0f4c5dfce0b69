import { commandsOf } from './check';
import type { Instruction, Stage } from './model';
import { commandDirs, downloadTarget, verifiedPaths } from './download-targets';
import { findDownloads, isVerificationMaterial } from './downloads';
import { basename, copiedPaths, copySpec, workdirs } from './paths';
import { commandName, effectiveWords, type ShellCommand } from './shell';
import { substitute } from './variables';

/**
 * Recognisers for a real download check, as official images write them. Each
 * looks at command words, never at text inside quotes or comments, and
 * requires the checking mode: `sha256sum file` only prints a hash,
 * `sha256sum -c` compares it.
 */
export interface Verifier {
  name: string;
  matches(cmd: ShellCommand): boolean;
}

const hasOption = (words: string[], long: string[], shortLetter: string | null) =>
  words.some((w) => long.includes(w) || long.some((l) => w.startsWith(l + '=')) || (shortLetter !== null && /^-[A-Za-z]+$/.test(w) && !w.startsWith('--') && w.slice(1).includes(shortLetter)));

const args = (cmd: ShellCommand) => effectiveWords(cmd).slice(1).map((w) => w.text);

/** A comparison around the command: `[ "$(…)" = "$SHA" ]`, `| grep -q`, `| cmp`, `-ne $env:SHA`. */
function compared(cmd: ShellCommand): boolean {
  for (const other of cmd.pipeline) {
    if (other === cmd) continue;
    const n = commandName(other);
    if (n === 'grep' || n === 'cmp' || n === 'diff' || n === 'test' || n === '[') return true;
  }
  for (let p = cmd.parent; p; p = p.parent) {
    const words = p.words.map((w) => w.text);
    if (words.some((w) => ['=', '==', '!=', '-eq', '-ne'].includes(w))) return true;
    if (['[', '[[', 'test'].includes(commandName(p))) return true;
  }
  return false;
}

export const verifiers: Verifier[] = [
  {
    name: 'sha*sum -c',
    matches: (cmd) => /^(?:sha(?:1|224|256|384|512)sum|b2sum|cksum)$/.test(commandName(cmd)) && hasOption(args(cmd), ['--check'], 'c'),
  },
  {
    name: 'shasum -c',
    matches: (cmd) => commandName(cmd) === 'shasum' && hasOption(args(cmd), ['--check'], 'c'),
  },
  {
    name: 'openssl digest compare',
    matches: (cmd) => {
      if (commandName(cmd) !== 'openssl') return false;
      const a = args(cmd);
      if (!a.length || !/^(?:dgst|sha(?:1|224|256|384|512)|pkeyutl)$/.test(a[0])) return false;
      if (a.some((w) => w === '-verify' || w === '-prverify' || w === '-signature' || w === '-verifyrecover')) return true;
      return compared(cmd);
    },
  },
  {
    name: 'gpg --verify',
    matches: (cmd) => /^gpg2?$/.test(commandName(cmd)) && args(cmd).some((w) => w === '--verify' || w === '--verify-files'),
  },
  { name: 'gpgv', matches: (cmd) => /^gpgv2?$/.test(commandName(cmd)) },
  {
    name: 'cosign verify',
    matches: (cmd) => commandName(cmd) === 'cosign' && /^verify(?:-blob|-attestation|-blob-attestation)?$/.test(args(cmd)[0] ?? ''),
  },
  {
    name: 'minisign -V',
    matches: (cmd) => commandName(cmd) === 'minisign' && args(cmd).some((w) => /^-[A-Za-z]*V[A-Za-z]*$/.test(w)),
  },
  {
    name: 'rpm -K',
    matches: (cmd) => /^(?:rpm|rpmkeys)$/.test(commandName(cmd)) && hasOption(args(cmd), ['--checksig'], 'K'),
  },
  {
    name: 'Get-FileHash',
    matches: (cmd) =>
      cmd.words.some((w) => /Get-FileHash/i.test(w.text)) &&
      cmd.script.text.slice(cmd.from, cmd.script.text.length).search(/\s-(?:c?ne|c?eq|notlike|like|notmatch|match)\s|!=|==/i) >= 0,
  },
  {
    name: 'slsa-verifier / gh attestation verify',
    matches: (cmd) => (commandName(cmd) === 'slsa-verifier' && /^verify/.test(args(cmd)[0] ?? '')) || (commandName(cmd) === 'gh' && args(cmd)[0] === 'attestation' && args(cmd)[1] === 'verify'),
  },
];

export function isVerification(cmd: ShellCommand): boolean {
  return verifiers.some((v) => v.matches(cmd));
}

/**
 * Downloads a verification pipeline spells out without naming them as files:
 * `sed "s#…#/tmp/yq#"` holds the path, `grep " kubectl$" SHA256SUMS` the file
 * name. Such a check vouches for those downloads only.
 */
function mentionedDownloads(cmd: ShellCommand, known: Set<string>): string[] {
  const words = cmd.pipeline.flatMap((c) => c.words.map((w) => w.text));
  const text = words.join(' ');
  // File names in the filters that pick lines out of a sums file.
  const filters = cmd.pipeline.filter((c) => /^(?:grep|egrep|fgrep|awk|sed)$/.test(commandName(c))).flatMap((c) => c.words.slice(1).map((w) => w.text));
  const names = new Set(filters.flatMap((w) => w.split(/\s+/)).map((t) => t.replace(/^\^|\$$/g, '').replace(/\\\./g, '.')).filter((t) => t && !t.includes('/')));
  return [...known].filter((p) => names.has(basename(p)) || new RegExp(`(?<![\\w./-])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.-])`).test(text));
}

const targetsCache = new WeakMap<Stage, Set<string>>();

/** Every file the stage downloads to (RUN curl / wget, ADD <url>), as absolute paths. */
function stageTargets(stage: Stage, escape: string): Set<string> {
  let out = targetsCache.get(stage);
  if (out) return out;
  out = new Set<string>();
  const dirs = workdirs(stage, escape);
  for (const ins of stage.instructions) {
    const cwd = dirs.get(ins) ?? '/';
    if (ins.keyword === 'ADD') {
      const spec = copySpec(ins, escape);
      if (spec) for (const c of copiedPaths(spec, cwd)) out.add(c.path);
    }
    if (ins.keyword !== 'RUN') continue;
    const cmds = commandsOf(ins);
    const cmdDirs = commandDirs(cmds, cwd);
    for (const cmd of cmds) {
      for (const d of findDownloads(cmd, (t) => substitute(t, ins.scope, escape).value)) {
        // Checksum lists and signatures are what a verification reads, not what it vouches for.
        if (isVerificationMaterial(d.url.text)) continue;
        const t = downloadTarget(d, cmdDirs.get(cmd) ?? cwd);
        if (t !== 'stdout' && t !== 'unknown') out.add(t);
      }
    }
  }
  targetsCache.set(stage, out);
  return out;
}

/**
 * Is there a verification of `target` after position (`ins`, command `order`)
 * in the same stage: later in the same RUN, or in any later RUN of the stage?
 * A verification that names the file, or that names none of the stage's
 * downloads (`sha256sum -c SHA256SUMS`, `gpg --verify "$f.asc"`), counts; one
 * that names another downloaded file vouches for that file only. With an
 * `unknown` target any later verification counts; a download streamed to
 * stdout (`curl … | tar -x`) is never verified by a later command.
 */
export function verifiedLater(stage: Stage, ins: Instruction, order: number, target: string | 'stdout' | 'unknown', escape: string): boolean {
  // Streamed into tar or a shell: the bytes are used before any later command could check them.
  if (target === 'stdout') return false;
  const known = stageTargets(stage, escape);
  const dirs = workdirs(stage, escape);
  const k = stage.instructions.indexOf(ins);
  for (let i = Math.max(0, k); i < stage.instructions.length; i++) {
    const other = stage.instructions[i];
    if (other.keyword !== 'RUN') continue;
    const cmds = commandsOf(other);
    const cmdDirs = commandDirs(cmds, dirs.get(other) ?? '/');
    for (const cmd of cmds) {
      if (other === ins && cmd.order <= order) continue;
      if (!isVerification(cmd)) {
        // Downloaded again to the same path: a later check verifies the new file, not the one already used.
        if (target !== 'stdout' && target !== 'unknown' && findDownloads(cmd, (t) => substitute(t, other.scope, escape).value).some((d) => downloadTarget(d, cmdDirs.get(cmd) ?? '/') === target)) return false;
        continue;
      }
      if (target === 'unknown') return true;
      const named = verifiedPaths(cmd, cmdDirs.get(cmd) ?? '/');
      if (named.includes(target)) return true;
      const mentioned = mentionedDownloads(cmd, known);
      if (mentioned.includes(target)) return true;
      if (!named.some((p) => known.has(p)) && !mentioned.length) return true;
    }
  }
  return false;
}
