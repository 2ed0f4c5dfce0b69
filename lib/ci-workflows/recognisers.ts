/**
 * What CI steps do to images, as data: shell commands (matched on one logical
 * line of a script, backslash continuations joined) and actions (matched on
 * the `uses:` name and its `with:` inputs).
 */
export type EventKind = 'push' | 'sign' | 'scan' | 'deploy' | 'verify';

export interface CommandPattern {
  kind: EventKind;
  name: string;
  regex: RegExp;
  /** The line matches but does not do it (e.g. `ko build --push=false`). */
  unless?: RegExp;
  /** For scans: why this invocation cannot fail the job, or null when it can. */
  notEnforced?: (line: string) => string | null;
}

/** Reads an action input (`with:`); undefined when absent. */
export type Inputs = (name: string) => string | undefined;

export interface ActionPattern {
  kind: EventKind;
  name: string;
  /** Matches the action name without `@ref`, lowercased. */
  uses: RegExp;
  when?: (inputs: Inputs) => boolean;
  notEnforced?: (inputs: Inputs) => string | null;
}

const SWALLOWED = /\|\|\s*(true|:|exit\s+0)\b|;\s*true\s*$/;
const swallowed = (line: string) => (SWALLOWED.test(line) ? 'its exit status is swallowed (`|| true`)' : null);
const isFalse = (v: string | undefined) => v !== undefined && /^\s*(false|0|no)?\s*$/i.test(v);

export const COMMANDS: CommandPattern[] = [
  { kind: 'push', name: 'docker push', regex: /\b(docker|podman|buildah|nerdctl)\s+(image\s+)?push\b/ },
  { kind: 'push', name: 'docker build --push', regex: /\b(docker\s+(buildx\s+)?(build|bake)|buildctl\s+build|depot\s+(build|bake))\b.*(--push\b|push=true)/ },
  { kind: 'push', name: 'crane push', regex: /\bcrane\s+(push|copy|cp|append|mutate)\b/ },
  { kind: 'push', name: 'skopeo copy', regex: /\bskopeo\s+copy\b/ },
  { kind: 'push', name: 'kaniko', regex: /(\/kaniko\/executor|\bexecutor)\b.*--destination\b/, unless: /--no-push\b/ },
  // Jib pushes on `jib:build` (Maven) and the `jib` task (Gradle); jib:dockerBuild / jibDockerBuild stay local.
  { kind: 'push', name: 'jib', regex: /\b(mvnw?|gradlew?)\b.*(\bjib:build\b|\sjib(\s|$))/ },
  { kind: 'push', name: 'ko', regex: /\bko\s+(build|publish|resolve|apply|create)\b/, unless: /--push[= ]false|\s(-L|--local)\b/ },
  { kind: 'sign', name: 'cosign sign', regex: /\bcosign\s+(sign|attest)(?![\w-])/ },
  { kind: 'sign', name: 'notation sign', regex: /\bnotation\s+sign\b/ },
  {
    kind: 'scan',
    name: 'trivy image',
    regex: /\btrivy\b(\s+-\S+)*\s+(image|i)\b/,
    notEnforced: (l) => swallowed(l) ?? (/--exit-code[= ]+[1-9]/.test(l) ? null : 'trivy exits 0 when it finds vulnerabilities unless it is given `--exit-code 1`'),
  },
  {
    kind: 'scan',
    name: 'grype',
    regex: /\bgrype\s+\S/,
    unless: /\bgrype\s+(db|version|completion)\b/,
    notEnforced: (l) => swallowed(l) ?? (/(--fail-on|\s-f)[= ]+\w/.test(l) ? null : 'grype exits 0 when it finds vulnerabilities unless it is given `--fail-on <severity>`'),
  },
  {
    kind: 'scan',
    name: 'docker scout cves',
    regex: /\bdocker[\s-]scout\s+cves\b/,
    notEnforced: (l) => swallowed(l) ?? (/--exit-code\b|\s-e\b/.test(l) ? null : 'docker scout exits 0 when it finds vulnerabilities unless it is given `--exit-code`'),
  },
  { kind: 'scan', name: 'snyk container test', regex: /\bsnyk\s+container\s+test\b/, notEnforced: swallowed },
  { kind: 'deploy', name: 'kubectl', regex: /\bkubectl\s+(apply|create|replace|set\s+image|rollout\s+restart)\b/ },
  { kind: 'deploy', name: 'helm', regex: /\bhelm\s+(upgrade|install)\b/ },
  { kind: 'deploy', name: 'argocd', regex: /\bargocd\s+app\s+(sync|set)\b/ },
  { kind: 'deploy', name: 'gcloud run deploy', regex: /\bgcloud\s+run\s+deploy\b/ },
  { kind: 'deploy', name: 'aws ecs', regex: /\baws\s+ecs\s+(update-service|run-task)\b/ },
  { kind: 'deploy', name: 'az containerapp', regex: /\baz\s+containerapp\s+(update|up|create)\b/ },
  { kind: 'deploy', name: 'docker stack deploy', regex: /\bdocker\s+stack\s+deploy\b/ },
  { kind: 'deploy', name: 'fly deploy', regex: /\b(fly|flyctl)\s+deploy\b/ },
  { kind: 'deploy', name: 'skaffold', regex: /\bskaffold\s+(run|deploy)\b/ },
  { kind: 'verify', name: 'cosign verify', regex: /\bcosign\s+verify/ },
  { kind: 'verify', name: 'notation verify', regex: /\bnotation\s+verify\b/ },
];

export const ACTIONS: ActionPattern[] = [
  { kind: 'push', name: 'docker/build-push-action', uses: /^docker\/(build-push|bake)-action$/, when: (w) => w('push') !== undefined && !isFalse(w('push')) },
  { kind: 'push', name: 'push-to-registry', uses: /^redhat-actions\/push-to-registry$/ },
  { kind: 'push', name: 'kaniko action', uses: /kaniko/, when: (w) => !isFalse(w('push')) },
  { kind: 'sign', name: 'notation sign', uses: /^notaryproject\/notation-action\/sign$/ },
  {
    kind: 'scan',
    name: 'aquasecurity/trivy-action',
    uses: /^aquasecurity\/trivy-action$/,
    when: (w) => (w('scan-type') ?? 'image').trim() === 'image',
    notEnforced: (w) => {
      const code = w('exit-code');
      if (code === undefined) return 'trivy-action exits 0 on vulnerabilities by default (`exit-code` is not set)';
      return /^\s*0?\s*$/.test(code) ? '`exit-code` is 0' : null;
    },
  },
  { kind: 'scan', name: 'anchore/scan-action', uses: /^anchore\/scan-action$/, notEnforced: (w) => (isFalse(w('fail-build')) ? '`fail-build` is false' : null) },
  {
    kind: 'scan',
    name: 'docker/scout-action',
    uses: /^docker\/scout-action$/,
    when: (w) => /cves/.test(w('command') ?? ''),
    notEnforced: (w) => (/^\s*true\s*$/i.test(w('exit-code') ?? '') ? null : 'docker/scout-action never fails the job unless `exit-code: true`'),
  },
  { kind: 'scan', name: 'snyk/actions/docker', uses: /^snyk\/actions\/docker$/ },
  { kind: 'deploy', name: 'azure/k8s-deploy', uses: /^azure\/(k8s-deploy|container-apps-deploy-action)$/ },
  { kind: 'deploy', name: 'deploy-cloudrun', uses: /^google-github-actions\/deploy-cloudrun$/ },
  { kind: 'deploy', name: 'amazon-ecs-deploy-task-definition', uses: /^aws-actions\/amazon-ecs-deploy-task-definition$/ },
];
