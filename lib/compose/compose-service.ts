import type { Node } from 'yaml';
import type { DetectContext } from '../detectors/detector';
import type { SourceFile } from '../text/source-file';
import type { YamlView } from '../yaml/nodes';
import type { YamlCheck } from '../yaml/yaml-check';

/** One entry under `services:`, what every compose check looks at. */
export interface ComposeService {
  name: string;
  /** The service's name key: where "missing control" findings point. */
  keyNode: Node;
  node: Node;
  y: YamlView;
  file: SourceFile;
  ctx: DetectContext;
}

export type ComposeCheck = YamlCheck<ComposeService>;
