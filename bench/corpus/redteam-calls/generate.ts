import { writeCorpus, type CorpusManifest } from '../write-repo';
import * as fake from '../../../lib/secrets/fake';
import type { LabelledDoc } from '../plant';
import { int, pick } from '../plant';
import { CODE_TEMPLATES } from './code';
import { COMMAND_TEMPLATES } from './commands';

export const CALL_TEMPLATES = { ...CODE_TEMPLATES, ...COMMAND_TEMPLATES };

/**
 * One calls-and-commands red-team repository: every template once under a random
 * root, and a random handful again under service folders, so each seed draws new
 * values and paths. Its own seed stream, independent of the other corpora.
 */
export function generateRedteamCalls(seed: number, dir: string): CorpusManifest {
  fake.seed(seed * 6007 + 29);
  const docs: LabelledDoc[] = [];
  const root = pick(['', 'platform/', 'apps/billing/']);
  for (const make of Object.values(CALL_TEMPLATES)) docs.push(...make(root));
  const names = Object.keys(CALL_TEMPLATES);
  for (let i = 0; i < int(6, 12); i++) docs.push(...CALL_TEMPLATES[pick(names)](`services/${pick(['ledger', 'notify', 'search', 'gateway'])}-${i}/`));
  return writeCorpus(seed, dir, docs.map((d) => d.fb), 'redteam-calls');
}
