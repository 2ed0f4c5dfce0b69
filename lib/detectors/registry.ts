import type { Config } from '../config/schema';
import type { Detector } from './detector';

/**
 * Every detector family. `wants` is decided here, from the path alone, so a
 * commit that stages no Dockerfile never loads the Dockerfile parser.
 */
export interface DetectorEntry {
  name: string;
  wants(path: string, config: Config): boolean;
  load(): Promise<Detector>;
}

export const detectorEntries: DetectorEntry[] = [
  { name: 'secrets', wants: () => true, load: async () => (await import('../secrets/detector')).secretsDetector },
];

export async function loadAllDetectors(): Promise<Detector[]> {
  return Promise.all(detectorEntries.map((e) => e.load()));
}
