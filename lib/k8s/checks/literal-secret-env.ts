import * as fake from '../../secrets/fake';
import { literalSecretIn, secretSpan } from '../../yaml/secret-env';
import { yaml, type Hit } from '../../yaml/yaml-check';
import { where, type K8sCheck } from '../pod-spec';

const fix = (name: string) =>
  `Rotate the value first: it is in git history now. Then keep it in a Secret created outside this repository (kubectl create secret, External Secrets, Sealed Secrets) and reference it:\n  env:\n    - name: ${name}\n      valueFrom:\n        secretKeyRef:\n          name: app-secrets\n          key: ${name.toLowerCase().replace(/_/g, '-')}`;

export const literalSecretEnv: K8sCheck = {
  id: 'k8s/literal-secret-env',
  severity: 'high',
  description: 'credential or secret-named literal in a container env value',
  why: 'A credential in a committed manifest is readable by everyone who can clone the repository, forever (deleting it later leaves it in history), and by anyone who can read the pod spec in the cluster; Secrets at least get RBAC and encryption at rest.',
  fix: fix('DB_PASSWORD'),
  check(pod): Hit[] {
    const { y } = pod;
    const hits: Hit[] = [];
    for (const c of pod.containers) {
      for (const item of y.items(y.get(c.node, 'env')?.value)) {
        const name = y.str(y.get(item, 'name')?.value);
        const value = y.get(item, 'value');
        if (!name || !value?.value) continue;
        const found = literalSecretIn(name, y.str(value.value), pod.file.path, pod.ctx);
        if (!found) continue;
        hits.push({
          at: value.value,
          span: secretSpan(pod.file.text, value.value.range, found.secret) ?? undefined,
          secret: found.secret,
          message: found.kind ? `${where(pod, c)} has a ${found.kind} in env ${name}` : `${where(pod, c)} sets secret-named env ${name} to a literal value`,
          fix: fix(name),
        });
      }
    }
    return hits;
  },
  examples: {
    valid: () => [
      yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers:
            - name: web
              image: web
              env:
                - name: DB_PASSWORD
                  valueFrom:
                    secretKeyRef: {name: db, key: password}
                - name: DB_PASSWORD_FILE
                  value: /var/run/secrets/db/password
                - name: AUTH_HEADER
                  value: "$(TOKEN)"
                - name: LOG_LEVEL
                  value: info
      `,
      // Secret data is the secret engine's job, not this check's.
      yaml`
        apiVersion: v1
        kind: Secret
        metadata: {name: db}
        stringData:
          password: ${fake.alnum(20)}
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          apiVersion: apps/v1
          kind: Deployment
          metadata: {name: api}
          spec:
            template:
              spec:
                initContainers:
                  - name: migrate
                    image: migrate
                    env:
                      - name: DATABASE_PASSWORD
                        value: ${fake.alnum(18)}
                containers:
                  - name: api
                    image: api
                    env:
                      - {name: GH, value: "${fake.checksummedToken('ghp_')}"}
        `,
        lines: [12, 17],
      },
    ],
  },
};
