import { chance, int, pick } from '../plant';
import { PKG_TOOLS, addUser, install, type Lang, type Os, type StageCtx } from './stage';
import { cmd, type DockerfileWriter } from './writer';

/**
 * Clean Dockerfiles per language, several layouts each. A template calls
 * `slot` where problems and negatives may be written, `from` for every FROM
 * (the generator may unpin one), and `finalUser` at the end of the final
 * stage (the generator may make it root or leave it out).
 */
export interface TemplateCtx {
  w: DockerfileWriter;
  /** Writes FROM; returns the stage context. `base` are tag choices for an external image. */
  from(image: string, tags: string[], opts: { as?: string; os: Os; shell?: boolean; final?: boolean; lang: Lang; platform?: boolean }): StageCtx;
  /** FROM an earlier stage. */
  fromStage(name: string, opts: { as?: string; os: Os; final?: boolean; lang: Lang }): StageCtx;
  slot(c: StageCtx): void;
  /** Writes the named hard negative here (templates modelled on official images need theirs). */
  negative(c: StageCtx, kind: string): void;
  /** Ends the final stage as the user policy says; `line` is the clean USER argument, null when the base is already unprivileged. */
  finalUser(c: StageCtx, user: string | null): void;
}

export interface Template {
  name: string;
  lang: Lang;
  /** How the final image leaves root when the template is clean: a USER, a non-root base, or an entrypoint drop (gosu). */
  finalBase: 'rooted' | 'nonroot' | 'drops';
  write(t: TemplateCtx): void;
}

const workdir = () => pick(['/app', '/usr/src/app', '/srv/app', '/opt/app', '/home/app/web']);

function tools(c: StageCtx, extra: string[] = []): void {
  if (!c.shell) return;
  const pkgs = [...new Set([...extra, ...Array.from({ length: int(1, 3) }, () => pick(PKG_TOOLS))])];
  c.w.run(install(c.os, pkgs));
}

const nodeTags = { alpine: ['20-alpine', '20.14-alpine3.20', '22-alpine', '18-alpine3.19'], debian: ['20-bookworm-slim', '22-bookworm', '20.14.0-slim', 'lts-bookworm-slim'] };
const pyTags = { alpine: ['3.12-alpine', '3.11-alpine3.19'], debian: ['3.12-slim', '3.12-slim-bookworm', '3.11.9-bookworm', '3.13-slim'] };

export const TEMPLATES: Template[] = [
  {
    name: 'node-multistage-alpine',
    lang: 'node',
    finalBase: 'rooted',
    write(t) {
      const wd = workdir();
      let c = t.from('node', nodeTags.alpine, { as: 'deps', os: 'alpine', lang: 'node' });
      c.w.instr('WORKDIR', wd);
      c.w.copy('package.json package-lock.json ./');
      c.w.run([cmd('npm ci')], chance(0.5) ? { flags: ['--mount=type=cache,target=/root/.npm'] } : {});
      t.slot(c);
      c = t.from('node', nodeTags.alpine, { as: 'build', os: 'alpine', lang: 'node' });
      c.w.instr('WORKDIR', wd);
      c.w.copy(`--from=deps ${wd}/node_modules ./node_modules`);
      c.w.copy('. .');
      c.w.run([cmd('npm run build'), cmd('npm prune --omit=dev')]);
      c = t.from('node', nodeTags.alpine, { os: 'alpine', lang: 'node', final: true });
      c.w.pairs('ENV', [{ key: 'NODE_ENV', value: 'production' }, { key: 'PORT', value: '3000' }]);
      c.w.instr('WORKDIR', wd);
      tools(c, ['tini']);
      c.w.copy(`--from=build --chown=node:node ${wd}/dist ./dist`);
      c.w.copy(`--from=build --chown=node:node ${wd}/node_modules ./node_modules`);
      t.slot(c);
      t.finalUser(c, 'node');
      c.w.instr('EXPOSE', '3000');
      c.w.instr('ENTRYPOINT', '["/sbin/tini", "--"]');
      c.w.instr('CMD', '["node", "dist/server.js"]');
    },
  },
  {
    name: 'node-single-debian',
    lang: 'node',
    finalBase: 'rooted',
    write(t) {
      const c = t.from('node', nodeTags.debian, { os: 'debian', lang: 'node', final: true });
      tools(c, ['ca-certificates']);
      c.w.instr('WORKDIR', workdir());
      c.w.copy(pick(['package.json yarn.lock ./', '["package.json", "yarn.lock", "./"]']));
      c.w.run([cmd('yarn install --frozen-lockfile --production'), cmd('yarn cache clean')]);
      t.slot(c);
      c.w.copy('--chown=node:node . .');
      t.slot(c);
      t.finalUser(c, 'node');
      c.w.instr('CMD', pick(['["yarn", "start"]', 'node index.js']));
    },
  },
  {
    name: 'node-static-nginx',
    lang: 'node',
    finalBase: 'rooted',
    write(t) {
      const b = t.from('node', nodeTags.alpine, { as: 'build', os: 'alpine', lang: 'node', platform: chance(0.4) });
      b.w.instr('WORKDIR', '/src');
      b.w.copy('package*.json ./');
      b.w.run([cmd('npm ci')]);
      t.slot(b);
      b.w.copy('. .');
      b.w.run([cmd('npm run build')]);
      const c = t.from(pick(['nginx', 'nginxinc/nginx-unprivileged']), ['1.27-alpine', '1.26.1-alpine-slim', 'stable-alpine'], { os: 'alpine', lang: 'node', final: true });
      c.w.copy('--from=build /src/dist /usr/share/nginx/html');
      c.w.copy('nginx.conf /etc/nginx/conf.d/default.conf');
      t.slot(c);
      t.finalUser(c, pick(['nginx', '101']));
      c.w.instr('EXPOSE', '8080');
    },
  },
  {
    name: 'python-venv-multistage',
    lang: 'python',
    finalBase: 'rooted',
    write(t) {
      const b = t.from('python', pyTags.debian, { as: 'builder', os: 'debian', lang: 'python' });
      b.w.pairs('ENV', [{ key: 'PIP_NO_CACHE_DIR', value: '1' }, { key: 'PIP_DISABLE_PIP_VERSION_CHECK', value: '1' }, { key: 'VIRTUAL_ENV', value: '/opt/venv' }]);
      tools(b, ['build-essential']);
      b.w.run([cmd('python -m venv /opt/venv')]);
      b.w.pairs('ENV', [{ key: 'PATH', value: '/opt/venv/bin:$PATH' }]);
      b.w.copy('requirements.txt .');
      b.w.run([cmd('pip install -r requirements.txt')]);
      t.slot(b);
      const c = t.from('python', pyTags.debian, { os: 'debian', lang: 'python', final: true });
      c.w.pairs('ENV', [{ key: 'PYTHONDONTWRITEBYTECODE', value: '1' }, { key: 'PYTHONUNBUFFERED', value: '1' }, { key: 'PATH', value: '/opt/venv/bin:$PATH' }]);
      c.w.copy('--from=builder /opt/venv /opt/venv');
      const wd = workdir();
      c.w.instr('WORKDIR', wd);
      c.w.run([addUser('debian', 'app', 10001)]);
      c.w.copy('--chown=app:app . .');
      t.slot(c);
      t.finalUser(c, pick(['app', '10001', '10001:10001']));
      c.w.instr('CMD', pick(['["gunicorn", "-b", "0.0.0.0:8000", "app.wsgi"]', 'gunicorn -b 0.0.0.0:8000 app.wsgi']));
    },
  },
  {
    name: 'python-alpine-single',
    lang: 'python',
    finalBase: 'rooted',
    write(t) {
      const c = t.from('python', pyTags.alpine, { os: 'alpine', lang: 'python', final: true });
      c.w.instr('WORKDIR', workdir());
      tools(c, ['libpq']);
      c.w.copy('requirements.txt ./');
      c.w.run([cmd('pip install --no-cache-dir -r requirements.txt')]);
      t.slot(c);
      c.w.copy('. .');
      c.w.run([addUser('alpine', 'app', 1000)]);
      t.slot(c);
      t.finalUser(c, 'app');
      c.w.instr('CMD', '["python", "-m", "app"]');
    },
  },
  {
    name: 'python-poetry-distroless',
    lang: 'python',
    finalBase: 'nonroot',
    write(t) {
      const b = t.from('python', ['3.11-slim-bookworm', '3.11-slim'], { as: 'build', os: 'debian', lang: 'python' });
      b.w.pairs('ENV', [{ key: 'POETRY_VERSION', value: '1.8.3' }, { key: 'POETRY_VIRTUALENVS_IN_PROJECT', value: 'true' }]);
      b.w.run([cmd('pip install --no-cache-dir "poetry==$POETRY_VERSION"')]);
      b.w.instr('WORKDIR', '/app');
      b.w.copy('pyproject.toml poetry.lock ./');
      b.w.run([cmd('poetry install --only main --no-root')]);
      t.slot(b);
      b.w.copy('src/ ./src/');
      const c = t.from('gcr.io/distroless/python3-debian12', ['nonroot', 'debug-nonroot'], { os: 'debian', lang: 'python', final: true, shell: false });
      c.w.copy('--from=build /app /app');
      c.w.pairs('ENV', [{ key: 'PYTHONPATH', value: '/app/.venv/lib/python3.11/site-packages' }]);
      t.slot(c);
      t.finalUser(c, null);
      c.w.instr('ENTRYPOINT', '["python3", "/app/src/main.py"]');
    },
  },
  {
    name: 'go-distroless',
    lang: 'go',
    finalBase: 'nonroot',
    write(t) {
      const b = t.from('golang', ['1.22-alpine', '1.22.5-alpine3.20', '1.23-alpine'], { as: 'build', os: 'alpine', lang: 'go', platform: chance(0.5) });
      b.w.instr('WORKDIR', '/src');
      b.w.copy('go.mod go.sum ./');
      b.w.run([cmd('go mod download')], chance(0.5) ? { flags: ['--mount=type=cache,target=/go/pkg/mod'] } : {});
      t.slot(b);
      b.w.copy('. .');
      b.w.run([cmd('CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app')]);
      const c = t.from(pick(['gcr.io/distroless/static-debian12', 'gcr.io/distroless/base-debian12']), ['nonroot'], { os: 'debian', lang: 'go', final: true, shell: false });
      c.w.copy('--from=build /out/app /app');
      t.slot(c);
      t.finalUser(c, null);
      c.w.instr('ENTRYPOINT', '["/app"]');
    },
  },
  {
    name: 'go-scratch',
    lang: 'go',
    finalBase: 'rooted',
    write(t) {
      const b = t.from('golang', ['1.22-bookworm', '1.22.5-bookworm', '1.21'], { as: 'builder', os: 'debian', lang: 'go' });
      b.w.instr('WORKDIR', '/go/src/app');
      tools(b, ['ca-certificates']);
      b.w.copy('. .');
      b.w.run([cmd('go vet ./...'), cmd('CGO_ENABLED=0 go build -o /bin/app .')]);
      t.slot(b);
      const c = t.from('scratch', [], { os: 'debian', lang: 'go', final: true, shell: false });
      c.w.copy('--from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/');
      c.w.copy('--from=builder /bin/app /app');
      t.slot(c);
      t.finalUser(c, pick(['65534:65534', '65534', 'nobody']));
      c.w.instr('ENTRYPOINT', '["/app"]');
    },
  },
  {
    name: 'go-alpine-runtime',
    lang: 'go',
    finalBase: 'rooted',
    write(t) {
      const b = t.from('golang', ['1.22-alpine', '1.23.0-alpine3.20'], { as: 'build', os: 'alpine', lang: 'go' });
      b.w.instr('WORKDIR', '/src');
      b.w.copy('. .');
      t.slot(b);
      b.w.run([cmd('go build -o /usr/local/bin/server ./cmd/server')]);
      const c = t.from('alpine', ['3.20', '3.19.1', '3.20.2'], { os: 'alpine', lang: 'go', final: true });
      tools(c, ['ca-certificates', 'tzdata']);
      c.w.run([addUser('alpine', 'app', 10001)]);
      c.w.copy('--from=build /usr/local/bin/server /usr/local/bin/server');
      t.slot(c);
      t.finalUser(c, pick(['app', '10001']));
      c.w.instr('CMD', '["server"]');
    },
  },
  {
    name: 'java-maven-temurin',
    lang: 'java',
    finalBase: 'rooted',
    write(t) {
      const b = t.from('maven', ['3.9-eclipse-temurin-21', '3.9.8-eclipse-temurin-17'], { as: 'build', os: 'ubuntu', lang: 'java' });
      b.w.instr('WORKDIR', '/workspace');
      b.w.copy('pom.xml .');
      b.w.run([cmd('mvn -B -q dependency:go-offline')], chance(0.5) ? { flags: ['--mount=type=cache,target=/root/.m2'] } : {});
      b.w.copy('src ./src');
      b.w.run([cmd('mvn -B -q package -DskipTests')]);
      t.slot(b);
      const alpine = chance(0.5);
      const c = t.from('eclipse-temurin', alpine ? ['21-jre-alpine', '17-jre-alpine'] : ['21-jre-jammy', '21-jre', '17.0.11_9-jre-jammy'], { os: alpine ? 'alpine' : 'ubuntu', lang: 'java', final: true });
      c.w.run([addUser(alpine ? 'alpine' : 'ubuntu', 'spring', 1001)]);
      c.w.instr('WORKDIR', '/app');
      c.w.copy('--from=build /workspace/target/*.jar app.jar');
      t.slot(c);
      t.finalUser(c, pick(['spring', 'spring:spring', '1001']));
      c.w.instr('ENTRYPOINT', '["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]');
    },
  },
  {
    name: 'java-gradle-distroless',
    lang: 'java',
    finalBase: 'nonroot',
    write(t) {
      const b = t.from('gradle', ['8.8-jdk21', '8-jdk17-alpine'], { as: 'build', os: 'ubuntu', lang: 'java' });
      b.w.copy('--chown=gradle:gradle . /home/gradle/src');
      b.w.instr('WORKDIR', '/home/gradle/src');
      t.slot(b);
      b.w.run([cmd('gradle bootJar --no-daemon')]);
      const c = t.from('gcr.io/distroless/java21-debian12', ['nonroot'], { os: 'debian', lang: 'java', final: true, shell: false });
      c.w.copy('--from=build /home/gradle/src/build/libs/app.jar /app/app.jar');
      t.slot(c);
      t.finalUser(c, null);
      c.w.instr('CMD', '["/app/app.jar"]');
    },
  },
  {
    name: 'java-ubi',
    lang: 'java',
    finalBase: 'rooted',
    write(t) {
      const c = t.from('registry.access.redhat.com/ubi9/ubi-minimal', ['9.4', '9.4-1134'], { os: 'rhel', lang: 'java', final: true });
      c.w.run([cmd('microdnf install -y java-21-openjdk-headless shadow-utils'), cmd('microdnf clean all'), cmd('useradd -r -u 1001 -g 0 app')]);
      c.w.instr('WORKDIR', '/deployments');
      c.w.copy('target/app.jar /deployments/app.jar');
      t.slot(c);
      t.finalUser(c, '1001');
      c.w.instr('CMD', '["java", "-jar", "/deployments/app.jar"]');
    },
  },
  {
    name: 'php-fpm-composer',
    lang: 'php',
    finalBase: 'rooted',
    write(t) {
      const alpine = chance(0.6);
      const c = t.from('php', alpine ? ['8.3-fpm-alpine', '8.2-fpm-alpine3.19'] : ['8.3-fpm-bookworm', '8.3-fpm'], { os: alpine ? 'alpine' : 'debian', lang: 'php', final: true });
      tools(c, alpine ? ['icu-dev', 'libzip-dev'] : ['libicu-dev', 'libzip-dev']);
      c.w.run([cmd('docker-php-ext-install -j"$(nproc)" intl zip pdo_mysql opcache')]);
      c.w.copy(`--from=composer:2 /usr/bin/composer /usr/bin/composer`);
      c.w.instr('WORKDIR', '/var/www/html');
      c.w.copy('composer.json composer.lock ./');
      c.w.run([cmd('composer install --no-dev --no-scripts --no-autoloader --prefer-dist')]);
      t.slot(c);
      c.w.copy('--chown=www-data:www-data . .');
      c.w.run([cmd('composer dump-autoload --optimize')]);
      t.slot(c);
      t.finalUser(c, 'www-data');
    },
  },
  {
    name: 'php-apache',
    lang: 'php',
    finalBase: 'rooted',
    write(t) {
      const c = t.from('php', ['8.3-apache', '8.2-apache-bookworm'], { os: 'debian', lang: 'php', final: true });
      c.w.run([cmd('a2enmod rewrite headers'), cmd('sed -i "s/Listen 80/Listen 8080/" /etc/apache2/ports.conf')]);
      t.slot(c);
      c.w.copy('--chown=www-data:www-data public/ /var/www/html/');
      t.slot(c);
      t.finalUser(c, 'www-data');
      c.w.instr('EXPOSE', '8080');
    },
  },
  {
    name: 'ruby-bundler',
    lang: 'ruby',
    finalBase: 'rooted',
    write(t) {
      const b = t.from('ruby', ['3.3-slim', '3.3.4-slim-bookworm', '3.2-bookworm'], { as: 'gems', os: 'debian', lang: 'ruby' });
      tools(b, ['build-essential', 'libpq-dev']);
      b.w.instr('WORKDIR', '/rails');
      b.w.pairs('ENV', [{ key: 'BUNDLE_DEPLOYMENT', value: '1' }, { key: 'BUNDLE_PATH', value: '/usr/local/bundle' }, { key: 'BUNDLE_WITHOUT', value: 'development:test' }]);
      b.w.copy('Gemfile Gemfile.lock ./');
      b.w.run([cmd('bundle install'), cmd('rm -rf ~/.bundle/ "${BUNDLE_PATH}"/ruby/*/cache')]);
      t.slot(b);
      b.w.copy('. .');
      b.w.run([cmd('SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile')]);
      const c = t.from('ruby', ['3.3-slim', '3.3.4-slim-bookworm'], { os: 'debian', lang: 'ruby', final: true });
      tools(c, ['libpq5', 'curl']);
      c.w.instr('WORKDIR', '/rails');
      c.w.copy('--from=gems /usr/local/bundle /usr/local/bundle');
      c.w.copy('--from=gems /rails /rails');
      c.w.run([addUser('debian', 'rails', 1000), cmd('chown -R rails:rails db log storage tmp')]);
      t.slot(c);
      t.finalUser(c, pick(['rails', '1000:1000']));
      c.w.instr('CMD', '["./bin/rails", "server"]');
    },
  },
  {
    name: 'official-c-build',
    lang: 'c',
    finalBase: 'drops',
    write(t) {
      // redis / httpd style: build from a verified source tarball, drop privileges with gosu in the entrypoint.
      const alpine = chance(0.4);
      const c = t.from(alpine ? 'alpine' : 'debian', alpine ? ['3.20', '3.19'] : ['bookworm-slim', '12-slim', '12.6-slim'], { os: alpine ? 'alpine' : 'debian', lang: 'c', final: true });
      c.w.run(alpine ? [cmd('addgroup -S -g 1000 redis'), cmd('adduser -S -G redis -u 999 redis')] : [cmd('groupadd -r -g 999 redis'), cmd('useradd -r -g redis -u 999 redis')]);
      tools(c, ['ca-certificates', 'wget', 'gnupg']);
      t.negative(c, 'gosu');
      t.slot(c);
      t.negative(c, 'official-url-variables');
      t.slot(c);
      c.w.run([cmd('mkdir /data'), cmd('chown redis:redis /data')]);
      c.w.instr('VOLUME', '/data');
      c.w.copy('docker-entrypoint.sh /usr/local/bin/');
      t.finalUser(c, null);
      c.w.instr('ENTRYPOINT', '["docker-entrypoint.sh"]');
      c.w.instr('CMD', '["redis-server"]');
    },
  },
  {
    name: 'postgres-derived',
    lang: 'c',
    finalBase: 'drops',
    write(t) {
      const alpine = chance(0.3);
      const c = t.from('postgres', alpine ? ['15-alpine3.20', '16-alpine'] : ['16.3', '16-bookworm'], { os: alpine ? 'alpine' : 'debian', lang: 'c', final: true });
      c.w.pairs('ENV', [{ key: 'POSTGRES_DB', value: 'app' }, { key: 'POSTGRES_PASSWORD_FILE', value: '/run/secrets/postgres_password' }]);
      c.w.copy('initdb/ /docker-entrypoint-initdb.d/');
      t.slot(c);
      t.finalUser(c, null);
    },
  },
];
