import type { Node } from 'yaml';
import * as fake from '../../secrets/fake';
import { literalSecretIn, secretSpan } from '../../yaml/secret-env';
import { yaml, type Hit } from '../../yaml/yaml-check';
import type { ComposeCheck, ComposeService } from '../compose-service';

const fix = (name: string) =>
  `Rotate the value first: it is in git history now. Then load it at run time instead of committing it, either from an env file that is not committed (add it to .gitignore):\n  env_file: [.env]          # .env holds ${name}=…\nor as a compose secret, mounted at /run/secrets/<name>:\n  secrets: [${name.toLowerCase()}]\n  environment:\n    ${name}_FILE: /run/secrets/${name.toLowerCase()}\nsecrets:\n  ${name.toLowerCase()}:\n    environment: ${name}   # or file: ./secrets/${name.toLowerCase()}.txt (uncommitted)`;

/** `environment:` as a map (`KEY: value`) or a list (`- KEY=value`). */
function variables({ node, y }: ComposeService): Array<{ name: string; value: string | undefined; at: Node }> {
  const env = y.get(node, 'environment');
  if (!env) return [];
  if (y.isSeq(env.value)) {
    return y.items(env.value).flatMap((n) => {
      const s = y.str(n);
      if (s === undefined || !s.includes('=')) return [];
      const eq = s.indexOf('=');
      return [{ name: s.slice(0, eq).trim(), value: s.slice(eq + 1), at: n }];
    });
  }
  return y.entries(env.value).map((e) => ({ name: e.key, value: y.str(e.value), at: e.value ?? e.keyNode }));
}

export const literalSecretEnv: ComposeCheck = {
  id: 'compose/literal-secret-env',
  severity: 'high',
  description: 'credential or secret-named literal in a service environment',
  why: 'A credential in a committed compose file is readable by everyone who can clone the repository, forever (deleting it later leaves it in history), and it shows up in `docker inspect` for anyone with access to the host.',
  fix: fix('DB_PASSWORD'),
  check(service): Hit[] {
    const hits: Hit[] = [];
    for (const v of variables(service)) {
      const found = literalSecretIn(v.name, v.value, service.file.path, service.ctx);
      if (!found) continue;
      const span = secretSpan(service.file.text, v.at.range, found.secret) ?? undefined;
      hits.push({
        at: v.at,
        span,
        secret: found.secret,
        message: found.kind
          ? `Service "${service.name}" has a ${found.kind} in environment variable ${v.name}`
          : `Service "${service.name}" sets secret-named variable ${v.name} to a literal value`,
        fix: fix(v.name),
      });
    }
    return hits;
  },
  examples: {
    valid: () => [
      yaml`
        services:
          db:
            image: postgres
            environment:
              POSTGRES_PASSWORD_FILE: /run/secrets/db_password
              POSTGRES_USER: app
              API_TOKEN: \${API_TOKEN}
              SECRET_KEY: $SECRET_KEY
              GPG_KEYS: B42F6819007F00F88E364FD4036A9C25BF357DD4
              EMPTY_PASSWORD:
            secrets: [db_password]
        secrets:
          db_password:
            file: ./db_password.txt
      `,
      yaml`
        services:
          app:
            image: app
            environment:
              - NODE_ENV=production
              - DB_PASSWORD
              - TOKEN_TTL=3600
      `,
    ],
    invalid: () => [
      {
        yaml: yaml`
          services:
            db:
              image: postgres
              environment:
                POSTGRES_PASSWORD: ${fake.alnum(16)}
        `,
        lines: [5],
      },
      {
        yaml: yaml`
          services:
            ci:
              image: ci
              environment:
                - NODE_ENV=production
                - GH=${fake.checksummedToken('ghp_')}
        `,
        lines: [6],
      },
    ],
  },
};
