import { writeCorpus, type CorpusManifest } from '../write-repo';
import * as fake from '../../../lib/secrets/fake';
import { int, pick } from '../plant';
import { expand, TEMPLATES } from './files';

export type ProbeManifest = CorpusManifest;

/**
 * One probe repository: every ecosystem template once at the root of an app
 * directory, and a random half of them again in a second service, so paths
 * vary (monorepo or not) and each seed draws new tokens.
 */
export function generateProbe(seed: number, dir: string): ProbeManifest {
  fake.seed(seed * 104729 + 3);
  const builders = [];
  const prefix = pick(['', 'services/api/', 'apps/web/']);
  for (const make of Object.values(TEMPLATES)) builders.push(...expand(make(prefix)));
  const names = Object.keys(TEMPLATES);
  for (let i = 0; i < int(8, 16); i++) builders.push(...expand(TEMPLATES[pick(names)](`services/${pick(['billing', 'worker', 'auth', 'search'])}-${i}/`)));
  return writeCorpus(seed, dir, builders, 'probe');
}
