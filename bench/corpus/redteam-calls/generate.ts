import { writeCorpus, type CorpusManifest } from '../write-repo';
import * as fake from '../../../lib/secrets/fake';
import type { LabelledDoc } from '../plant';
import { drawTemplates } from '../plant';
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
  const { docs } = drawTemplates<LabelledDoc>(CALL_TEMPLATES, { roots: ['', 'platform/', 'apps/billing/'], services: ['ledger', 'notify', 'search', 'gateway'], extra: [6, 12] });
  return writeCorpus(seed, dir, docs.map((d) => d.fb), 'redteam-calls');
}
