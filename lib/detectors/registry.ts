import type { Config } from '../config/schema';
import type { Detector } from './detector';
import { isComposePath } from '../compose/compose-paths';
import { isK8sPath, jsonManifestText } from '../k8s/k8s-paths';
import { isCiWorkflowPath } from '../ci-workflows/ci-paths';
import { isDockerfilePath } from '../dockerfile/file-names';

/**
 * Every detector family. `wants` is decided here, from the path alone, so a
 * commit that stages no Dockerfile never loads the Dockerfile parser.
 */
export interface DetectorEntry {
  name: string;
  wants(path: string, config: Config): boolean;
  /** A look at the text before the detector loads, where the path alone says too little. */
  wantsText?(path: string, text: string): boolean;
  load(): Promise<Detector>;
}

export const detectorEntries: DetectorEntry[] = [
  { name: 'secrets', wants: () => true, load: async () => (await import('../secrets/detector')).secretsDetector },
  { name: 'dockerfile', wants: isDockerfilePath, load: async () => (await import('../dockerfile/detector')).dockerfileDetector },
  { name: 'compose', wants: isComposePath, load: async () => (await import('../compose/detector')).composeDetector },
  { name: 'k8s', wants: isK8sPath, wantsText: jsonManifestText, load: async () => (await import('../k8s/detector')).k8sDetector },
  { name: 'ci', wants: (path) => isCiWorkflowPath(path), load: async () => (await import('../ci-workflows/detector')).ciDetector },
];

export async function loadAllDetectors(): Promise<Detector[]> {
  return Promise.all(detectorEntries.map((e) => e.load()));
}
