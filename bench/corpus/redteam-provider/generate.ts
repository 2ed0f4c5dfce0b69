import { uniqueByPath, writeCorpus, type CorpusManifest } from '../write-repo';
import * as fake from '../../../lib/secrets/fake';
import { chance, int, pick } from '../plant';
import type { RtDoc } from './doc';
import { bigFile, bigOneLiners, BUILDERS, expand } from './files';
import { round2 } from './files-round2';

export type RedteamManifest = CorpusManifest;

/**
 * One red-team repository: every file builder once, a random set of them
 * again in other service folders, and one or two files just over 64 KiB.
 * A share of files is written with CRLF line ends, a UTF-8 BOM or no final
 * newline, as editors on other systems leave them.
 */
export function generateRedteamProvider(seed: number, dir: string): RedteamManifest {
  fake.seed(seed * 7919 + 101);
  const docs: RtDoc[] = [];
  const names = Object.keys(BUILDERS);
  for (const n of names) docs.push(...expand(BUILDERS[n](pick(['', 'services/api/', 'apps/web/']))));
  for (let i = 0; i < int(6, 12); i++) docs.push(...expand(BUILDERS[pick(names)](`services/${pick(['billing', 'search', 'notify', 'auth'])}-${i}/`)));
  for (let i = 0; i < int(1, 2); i++) docs.push(bigFile(`services/archive-${i}/`));
  docs.push(...bigOneLiners(pick(['', 'apps/web/', 'services/api/'])));
  docs.push(...round2Docs());
  return write(seed, dir, docs);
}

/** Round 2 alone (files-round2.ts), drawn from its own seed stream: its score is the unseen-context score. */
export function generateRedteamProviderRound2(seed: number, dir: string): RedteamManifest {
  fake.seed(seed * 7919 + 202);
  return write(seed, dir, round2Docs());
}

/** Every round-2 builder once at the top or in a service folder, and a second draw in another. */
function round2Docs(): RtDoc[] {
  const folder = () => pick(['', 'services/api/', 'apps/web/', `services/${pick(['billing', 'search', 'notify', 'auth'])}-r2/`]);
  return [...round2(folder), ...round2(() => `services/r2-${fake.lowerAlnum(4)}/`)];
}

function write(seed: number, dir: string, docs: RtDoc[]): RedteamManifest {
  const unique = uniqueByPath(docs);
  for (const d of unique) {
    // Round-2 files that set their own encoding (UTF-16, token-only files) keep it.
    if (d.encoding.utf16le) continue;
    if (chance(0.2)) d.encoding.crlf = true;
    if (chance(0.1)) d.encoding.bom = true;
    if (chance(0.2)) d.encoding.noFinalNewline = true;
  }
  return writeCorpus(seed, dir, unique, 'redteam');
}
