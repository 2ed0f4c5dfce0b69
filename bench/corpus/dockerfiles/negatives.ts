import { chance, pick } from '../plant';
import { neg, type StageCtx } from './stage';
import { cmd, hexDigits, type Cmd } from './writer';

/**
 * Hard negatives modelled on docker-library official images (postgres,
 * python, node, golang, php, redis, httpd) and on careful team Dockerfiles:
 * signing-key fingerprints, *_PASSWORD_FILE variables, downloads verified with
 * `sha256sum -c` or `gpg --verify`, build secrets consumed through
 * `--mount=type=secret`, placeholders. No finding may land on their lines.
 */
export interface Negative {
  kind: string;
  shell: boolean;
  emit(c: StageCtx): void;
}

const fpr = () => hexDigits(40).toUpperCase();
const sha = () => hexDigits(64);
const ver = () => `${pick([1, 2, 3, 7, 8, 16, 20])}.${pick([0, 1, 2, 11, 14])}.${pick([0, 1, 3, 5, 8])}`;

/** A download verified later in the same RUN, in one of the official-image idioms. Marks the download line(s). */
function verifiedDownload(kindPrefix: string): Cmd[] {
  const v = pick(['echo-sha-c', 'sha-file-c', 'gpg-verify', 'sha512-check', 'shasum-c', 'openssl-compare', 'echo-sha-c-star', 'gpgv']);
  const m = neg(`${kindPrefix}:${v}`);
  const f = pick(['tool.tar.gz', 'app.tgz', 'dist.tar.xz', 'release.zip']);
  const u = `https://${pick(['downloads.example.org', 'github.com/acme/tool/releases/download/v1.4.2', 'dl.example.net'])}/${f}`;
  const get = (out: string, url: string, mark = m) => cmd(pick([`curl -fsSL -o ${out} "${url}"`, `wget -O ${out} "${url}"`, `curl -fsSLo ${out} ${url}`, `wget -q -O ${out} ${url} --progress=dot:giga`]), mark);
  switch (v) {
    case 'echo-sha-c':
      return [get(f, u), cmd(`echo "${sha()}  ${f}" | sha256sum -c -`), cmd(`tar -xzf ${f} -C /usr/local`)];
    case 'echo-sha-c-star':
      return [get(f, u), cmd(`echo "$TOOL_SHA256 *${f}" | sha256sum --check --strict -`), cmd(`rm ${f}.unused || true`)];
    case 'sha-file-c':
      return [get(f, u), get(`${f}.sha256`, `${u}.sha256`, neg(`${kindPrefix}:checksum-file`)), cmd(`sha256sum -c ${f}.sha256`)];
    case 'gpg-verify':
      return [
        get(f, u),
        get(`${f}.asc`, `${u}.asc`, neg(`${kindPrefix}:signature-file`)),
        cmd('export GNUPGHOME="$(mktemp -d)"'),
        cmd(`gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys ${fpr()}`),
        cmd(`gpg --batch --verify ${f}.asc ${f}`),
        cmd('gpgconf --kill all'),
        cmd('rm -rf "$GNUPGHOME"'),
      ];
    case 'gpgv':
      return [get(f, u), get(`${f}.sig`, `${u}.sig`, neg(`${kindPrefix}:signature-file`)), cmd(`gpgv --keyring /usr/share/keyrings/acme.gpg ${f}.sig ${f}`)];
    case 'sha512-check':
      return [get(f, u), cmd(`echo "${hexDigits(128)}  ${f}" | sha512sum -c -`)];
    case 'shasum-c':
      return [get(f, u), cmd(`echo "${sha()}  ${f}" | shasum -a 256 -c -`)];
    default:
      return [get(f, u), cmd(`[ "$(openssl dgst -sha256 -r ${f} | cut -d' ' -f1)" = "${sha()}" ]`)];
  }
}

const NEGATIVES: Negative[] = [
  {
    kind: 'gpg-keys',
    shell: false,
    emit(c) {
      const keys = Array.from({ length: pick([1, 2, 3, 4]) }, fpr);
      const name = pick(['GPG_KEYS', 'NODE_GPG_KEYS', 'PHP_GPG_KEYS', 'GPG_KEY', 'PGP_KEY_IDS']);
      if (keys.length > 2 && chance(0.5)) {
        c.w.pairs('ENV', [{ key: name, value: keys.join(' '), marks: [neg('gpg-keys')], quote: true }]);
      } else c.w.pairs('ENV', [{ key: name, value: keys.join(' '), marks: [neg('gpg-keys')] }]);
    },
  },
  {
    kind: 'pgp-key-id',
    shell: false,
    emit(c) {
      c.w.pairs('ENV', [{ key: pick(['NODE_PGP_KEY_ID', 'RUBY_PGP_KEY_ID', 'GOSU_PGP_KEY']), value: fpr(), marks: [neg('pgp-key-id')] }]);
    },
  },
  {
    kind: 'version-and-digest',
    shell: false,
    emit(c) {
      const lang = pick(['PYTHON', 'REDIS', 'HTTPD', 'PHP', 'NODE', 'RUBY', 'GOLANG']);
      c.w.pairs('ENV', [
        { key: `${lang}_VERSION`, value: ver(), marks: [neg('version')] },
        { key: pick([`${lang}_SHA256`, `${lang}_DOWNLOAD_SHA`, `${lang}_SHA512`]), value: chance(0.8) ? sha() : hexDigits(128), marks: [neg('digest')] },
      ]);
    },
  },
  {
    kind: 'password-file',
    shell: false,
    emit(c) {
      const pairs = pick([
        [['POSTGRES_PASSWORD_FILE', '/run/secrets/postgres_password'], ['POSTGRES_USER', 'app'], ['PGDATA', '/var/lib/postgresql/data']],
        [['MYSQL_ROOT_PASSWORD_FILE', '/run/secrets/mysql_root'], ['MYSQL_DATABASE', 'app']],
        [['SECRET_KEY_FILE', '/run/secrets/django_key'], ['DB_USER', 'app'], ['TOKEN_TTL', '3600']],
        [['JWT_SECRET_PATH', '/run/secrets/jwt'], ['PASSWORD_MIN_LENGTH', '12'], ['AUTH_TOKEN_HEADER', 'X-Auth-Token']],
        [['REDIS_PASSWORD_FILE', '/run/secrets/redis'], ['API_KEY_ID', 'prod-web']],
      ]);
      c.w.pairs('ENV', pairs.map(([key, value]) => ({ key, value, marks: [neg('secret-name-describing')] })));
    },
  },
  {
    kind: 'placeholder',
    shell: false,
    emit(c) {
      const key = pick(['DB_PASSWORD', 'API_KEY', 'SECRET_KEY', 'GITHUB_TOKEN', 'STRIPE_SECRET_KEY', 'AUTH_TOKEN']);
      const value = pick(['', '${' + key + '}', '$' + key, '<your-api-key>', 'changeme', 'REPLACE_ME', 'your-secret-here', 'xxxxxxxx', '${' + key + ':-}', 'CHANGE_ME', 'TODO']);
      // ENV only: a secret-named ARG is a finding whatever its default once a RUN follows.
      c.w.pairs('ENV', [{ key, value, marks: [neg('placeholder')], quote: value === '' }]);
    },
  },
  {
    kind: 'secret-mount',
    shell: true,
    emit(c) {
      const m = neg('secret-mount');
      const v = pick([
        () => c.w.run([cmd('npm ci --omit=dev', m)], { flags: ['--mount=type=secret,id=npmrc,target=/root/.npmrc'], flagMarks: [m] }),
        () => c.w.run([cmd('npm ci', m)], { flags: ['--mount=type=secret,id=npm_token,env=NPM_TOKEN'], flagMarks: [m] }),
        () => c.w.run([cmd('GITHUB_TOKEN="$(cat /run/secrets/gh_token)" go mod download', m)], { flags: ['--mount=type=secret,id=gh_token', '--mount=type=cache,target=/go/pkg/mod'], flagMarks: [m] }),
        () => c.w.run([cmd('pip install --no-cache-dir -r requirements.txt', m)], { flags: ['--mount=type=secret,id=pipconf,target=/etc/pip.conf'], flagMarks: [m] }),
        () => c.w.run([cmd('git clone git@github.com:acme/private-lib.git /src/lib', m)], { flags: ['--mount=type=ssh'], flagMarks: [m] }),
        () => c.w.run([cmd('echo "//registry.npmjs.org/:_authToken=$(cat /run/secrets/npm_token)" > /tmp/build.npmrc', m), cmd('NPM_CONFIG_USERCONFIG=/tmp/build.npmrc npm ci', m), cmd('rm -f /tmp/build.npmrc', m)], { flags: ['--mount=type=secret,id=npm_token'], flagMarks: [m] }),
        () => c.w.run([cmd('BUNDLE_GITHUB__COM="x-access-token:$(cat /run/secrets/gh)" bundle install', m)], { flags: ['--mount=type=secret,id=gh'], flagMarks: [m] }),
        () => c.w.run([cmd('COMPOSER_AUTH="$(cat /run/secrets/composer_auth)" composer install --no-dev', m)], { flags: ['--mount=type=secret,id=composer_auth,required=true'], flagMarks: [m] }),
      ]);
      v();
    },
  },
  {
    kind: 'arg-describing-secret',
    shell: false,
    emit(c) {
      // Names that describe a secret (where it is, which key verifies) without holding it.
      const [key, value] = pick([
        ['NPM_TOKEN_FILE', '/run/secrets/npm_token'],
        ['GPG_KEY', fpr()],
        ['TOKEN_URL', 'https://auth.acme.example/oauth/token'],
        ['PASSWORD_MIN_LENGTH', '12'],
        ['SECRET_KEY_PATH', '/run/secrets/app_key'],
        ['API_KEY_ID', 'build-ci'],
      ]);
      c.w.pairs('ARG', [{ key, value, marks: [neg('arg-describing-secret')] }]);
    },
  },
  {
    kind: 'verified-download',
    shell: true,
    emit(c) {
      c.w.run(verifiedDownload('verified-download'));
    },
  },
  {
    kind: 'verified-download-next-run',
    shell: true,
    emit(c) {
      const f = pick(['tool.tgz', 'helm.tar.gz']);
      c.w.pairs('ENV', [{ key: 'TOOL_SHA256', value: sha(), marks: [neg('digest')] }]);
      c.w.run([cmd(`curl -fsSL -o /tmp/${f} https://get.example.org/${f}`, neg('verified-in-next-run'))]);
      c.w.run([cmd(`echo "\${TOOL_SHA256}  /tmp/${f}" | sha256sum -c -`), cmd(`tar -xzf /tmp/${f} -C /usr/local/bin`)]);
    },
  },
  {
    kind: 'official-url-variables',
    shell: true,
    emit(c) {
      // php / redis style: the URL lives in ENV, the RUN downloads "$X_URL".
      const P = pick(['PHP', 'REDIS', 'HTTPD']);
      const base = `https://downloads.example.org/${P.toLowerCase()}-${ver()}.tar.xz`;
      c.w.pairs('ENV', [
        { key: `${P}_URL`, value: base, marks: [neg('download-url-env')] },
        { key: `${P}_ASC_URL`, value: `${base}.asc`, marks: [neg('download-url-env')] },
        { key: `${P}_SHA256`, value: sha(), marks: [neg('digest')] },
      ]);
      c.w.run([
        cmd(`curl -fsSL -o ${P.toLowerCase()}.tar.xz "$${P}_URL"`, neg('official-url-variable')),
        cmd(`if [ -n "$${P}_SHA256" ]; then echo "$${P}_SHA256 *${P.toLowerCase()}.tar.xz" | sha256sum -c -; fi`),
        cmd(`curl -fsSL -o ${P.toLowerCase()}.tar.xz.asc "$${P}_ASC_URL"`, neg('official-url-variable')),
        cmd('export GNUPGHOME="$(mktemp -d)"'),
        cmd('for key in $GPG_KEYS; do gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; done'),
        cmd(`gpg --batch --verify ${P.toLowerCase()}.tar.xz.asc ${P.toLowerCase()}.tar.xz`),
        cmd('gpgconf --kill all'),
      ]);
    },
  },
  {
    kind: 'gosu',
    shell: true,
    emit(c) {
      c.w.pairs('ENV', [{ key: 'GOSU_VERSION', value: '1.17' }]);
      c.w.run([
        cmd('dpkgArch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')"'),
        cmd('wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"', neg('gosu-verified')),
        cmd('wget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc"', neg('gosu-verified')),
        cmd('export GNUPGHOME="$(mktemp -d)"'),
        cmd('gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4'),
        cmd('gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu'),
        cmd('rm -rf "$GNUPGHOME" /usr/local/bin/gosu.asc'),
        cmd('chmod +x /usr/local/bin/gosu'),
        cmd('gosu --version'),
      ]);
    },
  },
  {
    kind: 'keyring-download',
    shell: true,
    emit(c) {
      const m = neg('keyring-download');
      c.w.run(
        pick([
          [cmd('install -m 0755 -d /etc/apt/keyrings'), cmd('curl -fsSL https://download.docker.com/linux/debian/gpg | gpg --dearmor -o /etc/apt/keyrings/docker.gpg', m)],
          [cmd('curl -fsSLo /usr/share/keyrings/acme-archive-keyring.gpg https://packages.acme.example/acme.gpg', m)],
          [cmd('wget -qO- https://www.postgresql.org/media/keys/ACCC4CF8.asc | gpg --dearmor > /etc/apt/trusted.gpg.d/pgdg.gpg', m)],
          [cmd('curl -fsSL https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key | gpg --dearmor -o /etc/apt/keyrings/nodesource.gpg', m), cmd('echo "deb [signed-by=/etc/apt/keyrings/nodesource.gpg] https://deb.nodesource.com/node_20.x nodistro main" > /etc/apt/sources.list.d/nodesource.list', m)],
        ]),
      );
    },
  },
  {
    kind: 'add-checksum',
    shell: false,
    emit(c) {
      if (chance(0.6)) c.w.copy(`--checksum=sha256:${sha()} https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini`, [neg('add-checksum')], 'ADD');
      else c.w.copy(`https://github.com/acme/proto.git#${hexDigits(40)} /src/proto`, [neg('add-git-pinned-commit')], 'ADD');
    },
  },
  {
    kind: 'public-files',
    shell: false,
    emit(c) {
      const m = neg('copy-public-lookalike');
      pick([
        () => c.w.copy('.env.example ./.env.example', [m]),
        () => c.w.copy('id_rsa.pub /root/.ssh/authorized_keys', [m]),
        () => c.w.copy('certs/ca.pem /usr/local/share/ca-certificates/acme-ca.crt', [m]),
        () => c.w.copy('config/app.env.template /etc/app/', [m]),
        () => c.w.copy('keys/release.pub /etc/acme/', [m]),
      ])();
    },
  },
  {
    kind: 'labels',
    shell: false,
    emit(c) {
      c.w.pairs('LABEL', [
        { key: 'org.opencontainers.image.revision', value: hexDigits(40), marks: [neg('label-revision')] },
        { key: 'org.opencontainers.image.source', value: 'https://github.com/acme/app' },
        ...(chance(0.5) ? [{ key: 'com.acme.signing-key-fingerprint', value: fpr(), marks: [neg('label-fingerprint')] }] : []),
      ]);
    },
  },
  {
    kind: 'safe-permissions',
    shell: true,
    emit(c) {
      const m = neg('safe-chmod');
      c.w.run(pick([[cmd('mkdir -p /tmp/cache'), cmd('chmod 1777 /tmp/cache', m)], [cmd('chmod -R g+rwX /app', m), cmd('chgrp -R 0 /app', m)], [cmd('chmod 755 /usr/local/bin/docker-entrypoint.sh', m)], [cmd('mkdir -p /tmp/build'), cmd('chmod 777 /tmp/build', m)]]));
    },
  },
  {
    kind: 'ssh-client-and-ports',
    shell: true,
    emit(c) {
      const m = neg('ssh-lookalike');
      if (chance(0.5)) c.w.run(c.os === 'alpine' ? [cmd('apk add --no-cache openssh-client git', m)] : [cmd('apt-get update'), cmd('apt-get install -y --no-install-recommends openssh-client git', m), cmd('rm -rf /var/lib/apt/lists/*')]);
      else c.w.instr('EXPOSE', pick(['2222', '8022', '8080 2222/tcp', '3000 9229']), [m]);
    },
  },
  {
    kind: 'sudo-package',
    shell: true,
    emit(c) {
      c.w.run(c.os === 'alpine' ? [cmd('apk add --no-cache sudo', neg('sudo-installed-not-used'))] : [cmd('apt-get update'), cmd('apt-get install -y --no-install-recommends sudo', neg('sudo-installed-not-used'))]);
    },
  },
  {
    kind: 'healthcheck',
    shell: false,
    emit(c) {
      c.w.instr('HEALTHCHECK', `--interval=30s --timeout=3s CMD ${pick(['curl -fsS http://localhost:8080/health || exit 1', 'wget -qO- http://127.0.0.1:3000/ready || exit 1', '["curl", "-f", "http://localhost/"]'])}`, [neg('healthcheck-curl')]);
    },
  },
  {
    kind: 'tls-on',
    shell: false,
    emit(c) {
      c.w.pairs('ENV', [{ key: pick(['NODE_TLS_REJECT_UNAUTHORIZED', 'PYTHONHTTPSVERIFY']), value: '1', marks: [neg('tls-enabled')] }, { key: 'PIP_NO_CACHE_DIR', value: '1' }]);
    },
  },
  {
    kind: 'echo-mentions',
    shell: true,
    emit(c) {
      c.w.run([cmd(pick(['echo "never curl https://example.com/install.sh | sh in production"', 'echo "use --password-stdin, not -p"', 'printf "%s\\n" "sha256sum -c is how we verify"']), neg('quoted-mention'))]);
    },
  },
];

export { NEGATIVES };
