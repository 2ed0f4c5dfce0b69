import { writeCorpus, type CorpusManifest } from '../write-repo';
import * as fake from '../../../lib/secrets/fake';
import { drawTemplates } from '../plant';
import { TEMPLATES as FIRST, type Doc } from './files';
import { FIFTH_TEMPLATES, FOURTH_TEMPLATES, MORE_TEMPLATES, SIXTH_TEMPLATES, THIRD_TEMPLATES } from './files-more';
import { SEVENTH_TEMPLATES } from './files-round7';
import { EIGHTH_TEMPLATES } from './files-round8';

const TEMPLATES = { ...FIRST, ...MORE_TEMPLATES, ...THIRD_TEMPLATES, ...FOURTH_TEMPLATES, ...FIFTH_TEMPLATES, ...SIXTH_TEMPLATES, ...SEVENTH_TEMPLATES, ...EIGHTH_TEMPLATES };

export type RedteamManifest = CorpusManifest;

/**
 * One red-team repository: every template once under a random root, and a
 * random handful again under service folders, so each seed draws new values,
 * key names and paths. Independent of bench/corpus/probe: its own templates,
 * its own value shapes, its own seed stream.
 */
export function generateRedteam(seed: number, dir: string): RedteamManifest {
  fake.seed(seed * 7919 + 17);
  const { docs } = drawTemplates<Doc>(TEMPLATES, { roots: ['', 'backend/', 'apps/orders/'], services: ['ledger', 'notify', 'catalog', 'identity'], extra: [6, 12] });
  return writeCorpus(seed, dir, docs.map((d) => d.fb), 'redteam');
}
