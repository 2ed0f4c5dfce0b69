import type { Node } from 'yaml';
import type { DetectContext } from '../detectors/detector';
import type { SourceFile } from '../text/source-file';
import type { YamlView } from '../yaml/nodes';
import type { Container, PodSpec } from './pod-spec';

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATH: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  PodTemplate: ['template', 'spec'],
  // CRDs that embed a pod template where a Deployment does: Argo Rollouts, OpenShift
  // DeploymentConfig, Knative Service (a core Service has no spec.template, so it yields nothing).
  Rollout: ['spec', 'template', 'spec'],
  DeploymentConfig: ['spec', 'template', 'spec'],
  Service: ['spec', 'template', 'spec'],
};

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'];

/**
 * Pod specs in one document: a workload, or each workload of a `kind: List`.
 * `kind: Secret` and everything else is left alone (Secret data is the secret engine's job).
 */
export function findPods(root: unknown, y: YamlView, file: SourceFile, ctx: DetectContext, depth = 0): PodSpec[] {
  const kind = y.str(y.get(root, 'kind')?.value);
  if (!kind) return [];
  if (kind === 'List' && depth === 0) return y.items(y.get(root, 'items')?.value).flatMap((item) => findPods(item, y, file, ctx, 1));
  const path = POD_SPEC_PATH[kind];
  if (!path) return [];
  const spec = y.at(root, ...path)?.value;
  if (!spec || !y.isMap(spec)) return [];
  const name = y.str(y.at(root, 'metadata', 'name')?.value) ?? '(unnamed)';
  const containers: Container[] = [];
  for (const list of CONTAINER_LISTS) {
    y.items(y.get(spec, list)?.value).forEach((node: Node, i) => {
      if (y.isMap(node)) containers.push({ name: y.str(y.get(node, 'name')?.value) ?? `#${i + 1}`, list, node });
    });
  }
  return [{ kind, name, node: spec, containers, y, file, ctx }];
}
