import { commandName, effectiveWords, type ShellCommand, type ShellWord } from './shell';

/**
 * Recognisers for commands that fetch remote content in a RUN. Only a
 * download command with a remote URL counts: `apt-get install curl` names curl
 * as a package and downloads nothing we can verify.
 */
export interface Download {
  cmd: ShellCommand;
  /** The URL word (or the command word when the URL is not literal). */
  url: ShellWord;
}

const DOWNLOADERS = /^(?:curl|wget|aria2c|fetch|http|xh|Invoke-WebRequest|iwr|Invoke-RestMethod|irm|Start-BitsTransfer)$/i;
const URL = /^(?:https?|ftp):\/\/[^\s]+/i;
const LOCAL = /^(?:https?|ftp):\/\/(?:localhost|127\.|0\.0\.0\.0|\[::1\])/i;

/** Trust material and checksum files: fetching them is part of verifying. */
const VERIFICATION_MATERIAL = /(?:\.(?:asc|sig|sign|gpg|pgp|pub|key|sha(?:1|256|512)?|sha(?:256|512)sum|md5|minisig|pem|crt)|SHA(?:256|512)?SUMS(?:\.txt)?(?:\.asc)?|checksums?\.txt|KEYS)$/i;

/** `"$url"`, `${PHP_URL}`, `$distUrl$distFile`: a URL held in a variable (official images download this way). */
const URL_VARIABLE = /^\$\{?[A-Za-z_]*(?:url|uri|URL|URI|Url|Uri|link|LINK)[A-Za-z0-9_]*\}?/;

export function findDownloads(cmd: ShellCommand, resolve: (text: string) => string = (t) => t): Download[] {
  const words = effectiveWords(cmd);
  const name = commandName(cmd);
  const out: Download[] = [];
  if (DOWNLOADERS.test(name)) {
    for (const w of words.slice(1)) {
      const text = URL_VARIABLE.test(w.text) ? resolve(w.text) : w.text;
      if ((URL.test(text) && !LOCAL.test(text)) || URL_VARIABLE.test(text)) out.push({ cmd, url: text === w.text ? w : { ...w, text } });
    }
  }
  // PowerShell / .NET: (New-Object Net.WebClient).DownloadFile('https://…', …)
  for (const w of cmd.words) {
    const m = /Download(?:File|String|Data)\s*\(\s*['"]?((?:https?|ftp):\/\/[^'")\s]+)/i.exec(w.text);
    if (m) out.push({ cmd, url: w });
  }
  return out;
}

/** Downloads of keys, signatures and checksum lists are the verification itself. */
export function isVerificationMaterial(url: string): boolean {
  return VERIFICATION_MATERIAL.test(url.replace(/[?#].*$/, '').replace(/["')]+$/, ''));
}

/** The download feeds a keyring (`| gpg --dearmor`, `| apt-key add -`), not something run or installed. */
export function feedsKeyring(d: Download): boolean {
  const later = d.cmd.pipeline.slice(d.cmd.pipeIndex + 1);
  if (later.some((c) => /^gpg2?$/.test(commandName(c)) || commandName(c) === 'apt-key')) return true;
  const out = effectiveWords(d.cmd).find((w, k, all) => k > 0 && /^-(?:o|O|-output)$/.test(all[k - 1].text));
  return !!out && /keyrings?\/|trusted\.gpg\.d\//.test(out.text);
}
