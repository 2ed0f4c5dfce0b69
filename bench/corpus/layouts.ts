import { pick, chance } from './plant';

/** A file a project layout may contain, and the syntax its lines are written in. */
export interface FileSpec {
  path: string;
  syntax: string;
  /** Example/documentation files: only hard negatives go there. */
  negOnly?: boolean;
}

export interface Layout {
  name: string;
  roots: string[];
  files: FileSpec[];
}

export const LAYOUTS: Layout[] = [
  {
    name: 'node-app',
    roots: ['', 'apps/web/', 'services/api/', 'frontend/', 'packages/server/'],
    files: [
      { path: '.env', syntax: 'env' },
      { path: '.env.production', syntax: 'env' },
      { path: '.env.example', syntax: 'env', negOnly: true },
      { path: 'config/default.json', syntax: 'json' },
      { path: 'config/production.json', syntax: 'json' },
      { path: 'docker-compose.yml', syntax: 'yaml' },
      { path: 'src/config.ts', syntax: 'ts' },
      { path: 'src/db.js', syntax: 'js' },
      { path: 'src/services/payments.ts', syntax: 'ts' },
      { path: 'scripts/deploy.sh', syntax: 'shell' },
      { path: 'test/fixtures/users.json', syntax: 'json' },
      { path: 'test/lookalikes.test.js', syntax: 'fixture', negOnly: true },
      { path: 'README.md', syntax: 'markdown', negOnly: true },
    ],
  },
  {
    name: 'python-service',
    roots: ['', 'backend/', 'services/billing/', 'worker/'],
    files: [
      { path: 'app/settings.py', syntax: 'python' },
      { path: 'app/local_settings.py', syntax: 'python' },
      { path: 'app/clients.py', syntax: 'python' },
      { path: '.env', syntax: 'env' },
      { path: 'setup.cfg', syntax: 'ini' },
      { path: 'alembic.ini', syntax: 'ini' },
      { path: 'pyproject.toml', syntax: 'toml' },
      { path: 'tests/conftest.py', syntax: 'python' },
      { path: 'tests/fixtures/lookalikes.txt', syntax: 'fixture', negOnly: true },
      { path: 'docs/index.md', syntax: 'markdown', negOnly: true },
    ],
  },
  {
    name: 'go-service',
    roots: ['', 'cmd/gateway/', 'services/auth/'],
    files: [
      { path: 'main.go', syntax: 'go' },
      { path: 'internal/config/config.go', syntax: 'go' },
      { path: 'config.yaml', syntax: 'yaml' },
      { path: 'config/app.toml', syntax: 'toml' },
      { path: '.env', syntax: 'env' },
      { path: 'scripts/bootstrap.sh', syntax: 'shell' },
    ],
  },
  {
    name: 'terraform',
    roots: ['infra/', 'terraform/', 'infra/modules/db/'],
    files: [
      { path: 'main.tf', syntax: 'terraform' },
      { path: 'providers.tf', syntax: 'terraform' },
      { path: 'variables.tf', syntax: 'terraform', negOnly: true },
      { path: 'terraform.tfvars', syntax: 'terraform' },
      { path: 'README.md', syntax: 'markdown', negOnly: true },
    ],
  },
  {
    name: 'k8s-manifests',
    roots: ['k8s/', 'deploy/', 'manifests/prod/'],
    files: [
      { path: 'configmap.yaml', syntax: 'yaml' },
      { path: 'values-prod.yaml', syntax: 'yaml' },
      { path: 'kustomization.yaml', syntax: 'yaml', negOnly: true },
    ],
  },
  {
    name: 'ci-configs',
    roots: [''],
    files: [
      { path: '.github/workflows/deploy.yml', syntax: 'yaml' },
      { path: '.circleci/config.yml', syntax: 'yaml' },
      { path: '.travis.yml', syntax: 'yaml' },
      { path: 'ci/Jenkinsfile.sh', syntax: 'shell' },
    ],
  },
  {
    name: 'java-service',
    roots: ['', 'services/orders/'],
    files: [
      { path: 'src/main/resources/application.properties', syntax: 'properties' },
      { path: 'src/main/resources/application-prod.yml', syntax: 'yaml' },
      { path: 'src/main/java/com/example/app/Settings.java', syntax: 'java' },
      { path: 'src/main/webapp/WEB-INF/web.config.xml', syntax: 'xml' },
      { path: 'src/test/resources/lookalikes.txt', syntax: 'fixture', negOnly: true },
    ],
  },
  {
    name: 'ruby-php',
    roots: ['', 'legacy/'],
    files: [
      { path: 'config/initializers/payments.rb', syntax: 'ruby' },
      { path: 'config/app.php', syntax: 'php' },
      { path: 'config/database.yml', syntax: 'yaml' },
    ],
  },
  {
    name: 'dotnet',
    roots: ['', 'src/Api/'],
    files: [
      { path: 'appsettings.json', syntax: 'json' },
      { path: 'appsettings.Production.json', syntax: 'json' },
      { path: 'App.config', syntax: 'xml' },
    ],
  },
];

/** A random project mix for one seed: 4 to 8 projects, each with a random subset of its files. */
export function chooseProjects(count: number): Array<{ layout: Layout; root: string; files: FileSpec[] }> {
  const out: Array<{ layout: Layout; root: string; files: FileSpec[] }> = [];
  const usedRoots = new Set<string>();
  for (let i = 0; i < count * 4 && out.length < count; i++) {
    const layout = pick(LAYOUTS);
    const root = pick(layout.roots);
    const key = layout.name + ':' + root;
    if (usedRoots.has(key)) continue;
    // Two layouts sharing a root would write the same file twice.
    if ([...usedRoots].some((k) => k.endsWith(':' + root)) && root === '') continue;
    usedRoots.add(key);
    const files = layout.files.filter(() => chance(0.85));
    if (!files.some((f) => !f.negOnly)) files.push(layout.files[0]);
    out.push({ layout, root, files });
  }
  return out;
}
