import type { Node } from 'yaml';
import type { DetectContext } from '../detectors/detector';
import type { SourceFile } from '../text/source-file';
import type { YamlView } from '../yaml/nodes';
import type { YamlCheck } from '../yaml/yaml-check';

export interface Container {
  name: string;
  /** containers, initContainers or ephemeralContainers. */
  list: string;
  /** The container's mapping: its first key (`- name: app`) is where "missing control" findings point. */
  node: Node;
}

/** One pod template found in a workload document, with its containers. */
export interface PodSpec {
  kind: string;
  /** metadata.name of the workload. */
  name: string;
  node: Node;
  containers: Container[];
  y: YamlView;
  file: SourceFile;
  ctx: DetectContext;
}

export type K8sCheck = YamlCheck<PodSpec>;

export const where = (pod: PodSpec, c?: Container) =>
  `${pod.kind} "${pod.name}"${c ? `, ${c.list === 'containers' ? 'container' : c.list.replace(/s$/, '').replace('C', ' c')} "${c.name}"` : ''}`;

/** A container's securityContext field, falling back to the pod's securityContext where Kubernetes does. */
export function effective(pod: PodSpec, c: Container, field: string) {
  const { y } = pod;
  return y.at(c.node, 'securityContext', field) ?? y.at(pod.node, 'securityContext', field);
}

export function containerField(pod: PodSpec, c: Container, field: string) {
  return pod.y.at(c.node, 'securityContext', field);
}
