import type { Download } from './downloads';
import { basename, normalizePath } from './paths';
import { commandName, effectiveWords, type ShellCommand } from './shell';

/**
 * Where downloads land and which files a verification names, as absolute
 * paths in the image, so that `sha256sum -c` of one file does not vouch for
 * another file fetched earlier in the stage.
 */

/** Working directory of each command of a RUN: the WORKDIR, then `cd` as the script runs. */
export function commandDirs(cmds: ShellCommand[], workdir: string): Map<ShellCommand, string> {
  const out = new Map<ShellCommand, string>();
  let cwd = workdir;
  for (const c of cmds) {
    out.set(c, cwd);
    if (!c.parent && commandName(c) === 'cd') {
      const dir = effectiveWords(c)[1]?.text;
      if (dir && !dir.startsWith('-') && !/[$`]/.test(dir)) cwd = normalizePath(dir, cwd);
    }
  }
  return out;
}

const urlBase = (url: string) => basename(url.replace(/[?#].*$/, ''));

/**
 * The file a download writes: `curl -o F` / `-O`, `wget -O F` / default name
 * / `-P DIR`. `stdout` when it writes to a pipe; `unknown` when the name is a
 * variable we cannot follow.
 */
export function downloadTarget(d: Download, cwd: string): string | 'stdout' | 'unknown' {
  const words = effectiveWords(d.cmd).map((w) => w.text);
  const name = commandName(d.cmd);
  const url = d.url.text;
  const windows = windowsTarget(d, words, name);
  if (windows !== null) return windows === 'stdout' || windows === 'unknown' ? windows : normalizePath(windows, cwd);
  let out: string | null = null;
  let remoteName = false;
  let dir: string | null = null;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    const next = words[k + 1];
    if (name === 'curl') {
      if (w === '-o' || w === '--output') out = next ?? null;
      else if (w.startsWith('--output=')) out = w.slice(9);
      else if (w === '-O' || w === '--remote-name' || w === '--remote-name-all') remoteName = true;
      else if (w === '--output-dir') dir = next ?? null;
      else if (/^-[A-Za-z]+$/.test(w)) {
        if (w.endsWith('o')) out = next ?? null;
        else if (w.includes('O')) remoteName = true;
      } else if (/^-o./.test(w)) out = w.slice(2);
    } else if (name === 'wget') {
      if (w === '-O' || w === '--output-document') out = next ?? null;
      else if (w.startsWith('--output-document=')) out = w.slice(18);
      else if (w === '-P' || w === '--directory-prefix') dir = next ?? null;
      else if (w.startsWith('--directory-prefix=')) dir = w.slice(19);
      else if (/^-[A-Za-z]+$/.test(w) && w.endsWith('O')) out = next ?? null;
      else if (/^-[A-Za-z]*O./.test(w) && !w.startsWith('--')) out = w.slice(w.indexOf('O') + 1);
    } else return 'unknown';
  }
  if (out === '-' || (out === null && name === 'curl' && !remoteName)) {
    // `curl URL > FILE`: the shell writes the download to the file.
    const redirect = d.cmd.redirects.find((r) => (r.op === '>' || r.op === '>>' || r.op === '>|') && r.target && !/^\/dev\//.test(r.target.text));
    if (!redirect?.target) return 'stdout';
    return /[$`]/.test(redirect.target.text) ? 'unknown' : normalizePath(redirect.target.text, cwd);
  }
  const file = out ?? urlBase(url);
  if (!file || /[$`]/.test(file) || (dir && /[$`]/.test(dir))) return 'unknown';
  return normalizePath(file, dir ? normalizePath(dir, cwd) : cwd);
}

/**
 * PowerShell downloads: `Invoke-WebRequest -Uri U -OutFile F` (no -OutFile:
 * the content goes down the pipeline), `(New-Object Net.WebClient).DownloadFile('U', 'F')`.
 * Null when the download is not a PowerShell one.
 */
function windowsTarget(d: Download, words: string[], name: string): string | null {
  if (/Download(?:String|Data)\s*\(/i.test(d.url.text)) return 'stdout';
  if (/DownloadFile\s*\(/i.test(d.url.text)) {
    const k = d.cmd.words.indexOf(d.url);
    const file = d.cmd.words[k + 1]?.text.replace(/\)+;?$/, '');
    return !file || /[$`]/.test(file) ? 'unknown' : file;
  }
  if (!/^(?:Invoke-WebRequest|iwr|Invoke-RestMethod|irm|Start-BitsTransfer)$/i.test(name)) return null;
  const k = words.findIndex((w) => /^-(?:OutFile|Destination)$/i.test(w));
  if (k < 0) return /^Start-BitsTransfer$/i.test(name) ? 'unknown' : 'stdout';
  const file = words[k + 1];
  return !file || /[$`]/.test(file) ? 'unknown' : file;
}

/** Suffixes of checksum and signature files: `tool.tgz.asc` vouches for `tool.tgz`. */
const VOUCHING_SUFFIX = /\.(?:asc|sig|sign|gpg|minisig|sha(?:1|224|256|384|512)(?:sum)?|md5|sum)$/i;

/**
 * Files a verification command names: its own arguments, the `echo "<sha>  F"`
 * feeding it, a `< F.sha256` redirect; signature and checksum files also name
 * the file they vouch for.
 */
export function verifiedPaths(cmd: ShellCommand, cwd: string): string[] {
  const words: string[] = [];
  for (const c of cmd.pipeline) words.push(...effectiveWords(c).slice(c === cmd ? 1 : 0).map((w) => w.text));
  for (const r of cmd.redirects) if (r.target && r.op.startsWith('<')) words.push(r.target.text);
  const out: string[] = [];
  for (const word of words) {
    for (let token of word.split(/\s+/)) {
      token = token.replace(/^\*/, '');
      if (!token || token.startsWith('-') || /^[0-9a-f]{32,}$/i.test(token) || /[$`]/.test(token) || /^[A-Za-z0-9+/=]{40,}$/.test(token)) continue;
      out.push(normalizePath(token, cwd));
      if (VOUCHING_SUFFIX.test(token)) out.push(normalizePath(token.replace(VOUCHING_SUFFIX, ''), cwd));
    }
  }
  return out;
}
