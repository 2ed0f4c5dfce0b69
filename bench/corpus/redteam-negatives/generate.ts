import { writeCorpus, type CorpusManifest } from '../write-repo';
import * as fake from '../../../lib/secrets/fake';
import { drawTemplates, type LabelledDoc } from '../plant';
import { CODE_TEMPLATES } from './files-code';
import { KEY_TEMPLATES } from './files-keys';
import { LOCK_TEMPLATES } from './files-locks';
import { controls } from './controls';

const TEMPLATES: Record<string, (dir: string) => LabelledDoc[]> = { ...LOCK_TEMPLATES, ...KEY_TEMPLATES, ...CODE_TEMPLATES };

export type NegativesManifest = CorpusManifest;

/**
 * One hard-negative repository: every template once under a random root,
 * a random dozen again under service folders (new values, paths and layout
 * choices), and the controls once. Its own seed stream, independent of the
 * other corpora.
 */
export function generateNegatives(seed: number, dir: string): NegativesManifest {
  fake.seed(seed * 7919 + 211);
  const { docs, root } = drawTemplates(TEMPLATES, { roots: ['', 'platform/', 'apps/console/'], services: ['ledger', 'gateway', 'search', 'mailer'], extra: [10, 16] });
  docs.push(...controls(root));
  return writeCorpus(seed, dir, docs.map((d) => d.fb), 'redteam-negatives');
}
