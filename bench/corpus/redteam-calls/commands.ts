import * as fake from '../../../lib/secrets/fake';
import { LabelledDoc as Doc, pick } from '../plant';
import type { Template } from './code';
import * as v from './values';

/**
 * Credentials passed as arguments of commands: a flag whose meaning the tool's
 * manual gives (`-P`, `--passphrase`, `-w`), a positional (`vault login <token>`,
 * `net use … <password>`), or a `user%password` / `user/password@db` pair. Each
 * template is a script, a Dockerfile, a workflow or a runbook with the command holding
 * a literal and, beside it, the same command reading a variable, prompting, or
 * carrying a placeholder.
 */

// Characters that would end or change an unquoted shell word or a quoted one.
const bare = ' "\'\\$`!&;|<>()#*?~{}[]@%/:,=';
const dqs = '"\\$`!';

const doc = (dir: string, paths: string[], template: string) => new Doc(`${dir}${pick(paths)}`, template);

export const COMMAND_TEMPLATES: Record<string, Template> = {
  'sh-db-clients': (dir) => {
    const d = doc(dir, ['scripts/restore.sh', 'ops/db-maintenance.sh'], 'sh-db-clients');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    const p3 = v.password(bare);
    d.t('#!/usr/bin/env bash').t('set -euo pipefail');
    d.p('mysql-attached-p', `mysql -h ${v.host()} -u root -p${p1.value} orders < dump.sql`, p1.style);
    d.p('sqlplus-user-slash', `sqlplus -s etl_loader/${p2.value}@ORCLPDB1 @load_orders.sql`, p2.style);
    d.p('sqlcmd-P', `sqlcmd -S ${v.host()} -U sa -P ${p3.value} -d Shop -i migrate.sql`, p3.style);
    d.n('mysql-prompt', 'mysql -h "$DB_HOST" -u root -p orders < dump.sql');
    d.n('sqlcmd-env', 'sqlcmd -S "$SQL_HOST" -U "$SQL_USER" -P "$SQL_PASSWORD" -d Shop -i verify.sql');
    return [d];
  },
  'sh-psql-conninfo': (dir) => {
    const d = doc(dir, ['scripts/psql-report.sh', 'bin/report.sh'], 'sh-psql-conninfo');
    const p = v.password(bare);
    d.t('#!/bin/sh');
    d.p('psql-conninfo', `psql "host=${v.host()} port=5432 dbname=orders user=reporting password=${p.value} sslmode=require" -f weekly.sql`, p.style);
    d.n('psql-env', 'PGPASSFILE=/run/secrets/pgpass psql -h "$PGHOST" -U reporting -d orders -f weekly.sql');
    return [d];
  },
  'sh-nosql-clients': (dir) => {
    const d = doc(dir, ['scripts/cache-flush.sh', 'ops/nosql.sh'], 'sh-nosql-clients');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    d.t('#!/usr/bin/env bash');
    d.p('redis-cli-a', `redis-cli -h cache-01.internal -p 6379 -a ${p1.value} --no-auth-warning FLUSHDB`, p1.style);
    d.p('mongosh-p', `mongosh "mongodb://mongo-1.internal:27017/orders" -u admin -p '${p2.value}' --authenticationDatabase admin --eval 'db.stats()'`, p2.style);
    d.n('redis-cli-env', 'redis-cli -h cache-01.internal -a "$REDIS_PASSWORD" --no-auth-warning PING');
    d.n('mongosh-prompt', 'mongosh "mongodb://mongo-1.internal:27017/orders" -u admin -p --authenticationDatabase admin');
    return [d];
  },
  'sh-file-shares': (dir) => {
    const d = doc(dir, ['scripts/fetch-share.sh', 'ops/smb-sync.sh'], 'sh-file-shares');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    const p3 = v.password(bare);
    d.t('#!/usr/bin/env bash');
    d.p('smbclient-user-percent', `smbclient //fs01.acme.local/finance -U 'ACME\\svc_backup%${p1.value}' -c 'recurse; prompt; mget *'`, p1.style);
    d.p('lftp-user-comma', `lftp -u acme,${p2.value} sftp://sftp.partner-edi.com -e 'mirror --reverse out/ /inbound/; bye'`, p2.style);
    d.p('mount-cifs-password', `mount -t cifs //fs01.acme.local/share /mnt/share -o username=svc_backup,password=${p3.value},vers=3.0`, p3.style);
    d.n('smbclient-authfile', 'smbclient //fs01.acme.local/finance -A /etc/samba/backup.creds -c "ls"');
    d.n('mount-credentials-file', 'mount -t cifs //fs01.acme.local/share /mnt/share -o credentials=/root/.smbcredentials');
    return [d];
  },
  'sh-archives': (dir) => {
    const d = doc(dir, ['scripts/package-release.sh', 'ops/archive.sh'], 'sh-archives');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    const p3 = v.password(bare);
    d.t('#!/usr/bin/env bash');
    d.p('zip-P', `zip -r -P ${p1.value} export.zip reports/`, p1.style);
    d.p('7z-attached-p', `7z a -t7z -mhe=on -p${p2.value} backup.7z data/`, p2.style);
    d.p('unzip-P', `unzip -P '${p3.value}' -o vendor-drop.zip -d vendor/`, p3.style);
    d.n('7z-prompt', '7z a -t7z -p backup.7z data/');
    d.n('zip-encrypt-prompt', 'zip -e -r export.zip reports/');
    return [d];
  },
  'sh-openssl-gpg': (dir) => {
    const d = doc(dir, ['scripts/encrypt-backup.sh', 'ops/crypt.sh'], 'sh-openssl-gpg');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    const p3 = v.password(bare);
    const p4 = v.password(bare);
    d.t('#!/usr/bin/env bash');
    d.p('openssl-enc-k', `openssl enc -aes-256-cbc -salt -pbkdf2 -in db.sql -out db.sql.enc -k ${p1.value}`, p1.style);
    d.p('openssl-pass-pass', `openssl pkcs12 -export -in tls.crt -inkey tls.key -out tls.p12 -passout pass:${p2.value}`, p2.style);
    d.p('gpg-passphrase', `gpg --batch --yes --pinentry-mode loopback --passphrase '${p3.value}' -c backup.tar`, p3.style);
    d.p('keytool-storepass', `keytool -importkeystore -srckeystore tls.p12 -srcstoretype PKCS12 -destkeystore app.jks -deststorepass ${p4.value} -srcstorepass ${p4.value}`, p4.style);
    d.n('openssl-pass-env', 'openssl enc -d -aes-256-cbc -pbkdf2 -in db.sql.enc -out db.sql -pass env:BACKUP_KEY');
    d.n('openssl-pass-file', 'openssl rsa -in key.pem -out key.dec -passin file:/run/secrets/keypass');
    d.n('gpg-passphrase-file', 'gpg --batch --passphrase-file /run/secrets/gpg -d backup.tar.gpg > backup.tar');
    d.n('keytool-default', 'keytool -list -keystore "$JAVA_HOME/lib/security/cacerts" -storepass changeit');
    return [d];
  },
  'sh-http-clients': (dir) => {
    const d = doc(dir, ['scripts/download.sh', 'ci/fetch-artifacts.sh'], 'sh-http-clients');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    const t = v.secret(bare);
    d.t('#!/usr/bin/env bash');
    d.p('curl-u', `curl -fsSL -u deploy:${p1.value} https://nexus.acme-corp.net/repository/releases/app.tar.gz -o app.tar.gz`, p1.style);
    d.p('curl-oauth2-bearer', `curl -fsS --oauth2-bearer ${t.value} https://api.acme-corp.net/v1/health`, t.style);
    d.p('wget-http-password', `wget --http-user=deploy --http-password=${p2.value} https://nexus.acme-corp.net/repository/raw/tools.tgz`, p2.style);
    d.n('curl-u-env', 'curl -fsSL -u "deploy:${NEXUS_PASSWORD}" https://nexus.acme-corp.net/service/rest/v1/status');
    d.n('curl-netrc', 'curl --netrc-file ~/.netrc -fsSL https://nexus.acme-corp.net/repository/releases/app.tar.gz');
    d.n('wget-ask-password', 'wget --user=deploy --ask-password https://nexus.acme-corp.net/repository/raw/tools.tgz');
    return [d];
  },
  'sh-git-auth': (dir) => {
    const d = doc(dir, ['ci/mirror.sh', 'scripts/clone-private.sh'], 'sh-git-auth');
    const basic = fake.b64(`ci-bot:${v.password().value}`);
    d.t('#!/usr/bin/env bash');
    d.p('git-extraheader-basic', `git -c http.extraHeader="Authorization: Basic ${basic}" clone https://git.acme-corp.net/platform/infra.git`, 'basic-b64');
    d.n('git-extraheader-env', 'git -c http.extraHeader="Authorization: Bearer ${CI_JOB_TOKEN}" fetch origin');
    return [d];
  },
  'sh-vault-consul': (dir) => {
    const d = doc(dir, ['ops/vault-bootstrap.sh', 'scripts/consul-kv.sh'], 'sh-vault-consul');
    const t1 = v.vaultLegacy();
    const p = v.password(bare);
    const c = v.uuid();
    const n = v.uuid();
    d.t('#!/usr/bin/env bash').t('export VAULT_ADDR=https://vault.acme-corp.net:8200');
    d.p('vault-login-positional', `vault login ${t1.value}`, t1.style);
    d.p('vault-login-userpass', `vault login -method=userpass username=ops password=${p.value}`, p.style);
    d.p('consul-token-flag', `consul kv put -token=${c} config/orders/feature_flags @flags.json`, 'uuid-token');
    d.p('nomad-token-flag', `nomad job run -token=${n} jobs/orders.nomad`, 'uuid-token');
    d.n('vault-login-stdin', 'vault login -method=token - < /run/secrets/vault-token');
    d.n('consul-token-env', 'consul kv get -token="$CONSUL_HTTP_TOKEN" config/orders/feature_flags');
    d.n('vault-login-oidc', 'vault login -method=oidc role=ops');
    return [d];
  },
  'sh-kubernetes': (dir) => {
    const d = doc(dir, ['ops/join-node.sh', 'scripts/k8s-bootstrap.sh'], 'sh-kubernetes');
    const t = v.bootstrapToken();
    const s = v.secret(bare);
    d.t('#!/usr/bin/env bash');
    d.p('kubeadm-join-token', `kubeadm join 10.20.0.10:6443 --token ${t.value} --discovery-token-ca-cert-hash sha256:${fake.hex(64)}`, t.style);
    d.p('kubectl-token', `kubectl --server=https://k8s.acme-corp.net:6443 --token=${s.value} get pods -n orders`, s.style);
    d.n('kubeadm-token-create', 'JOIN=$(kubeadm token create --print-join-command)');
    d.n('kubectl-token-env', 'kubectl --token="$(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" get nodes');
    return [d];
  },
  'sh-registries': (dir) => {
    const d = doc(dir, ['ci/publish.sh', 'scripts/release.sh'], 'sh-registries');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    const p3 = v.password(bare);
    const t = v.uuid();
    d.t('#!/usr/bin/env bash');
    d.p('helm-repo-add-password', `helm repo add internal https://charts.acme-corp.net --username ci --password ${p1.value}`, p1.style);
    d.p('twine-upload-p', `twine upload --repository-url https://pypi.acme-corp.net/ -u ci -p ${p2.value} dist/*`, p2.style);
    d.p('npm-authtoken-config', `npm config set "//npm.acme-corp.net/:_authToken" "${t}"`, 'uuid-token');
    d.p('skopeo-dest-creds', `skopeo copy --dest-creds ci:${p3.value} docker://nginx:1.27 docker://registry.acme-corp.net/mirror/nginx:1.27`, p3.style);
    d.n('docker-password-stdin', 'echo "$REGISTRY_TOKEN" | docker login registry.acme-corp.net -u ci --password-stdin');
    d.n('helm-password-env', 'helm repo add internal https://charts.acme-corp.net --username ci --password "$HELM_PASSWORD"');
    d.n('twine-token-env', 'twine upload -u __token__ -p "$PYPI_TOKEN" dist/*');
    return [d];
  },
  'sh-echo-stdin': (dir) => {
    const d = doc(dir, ['ci/login.sh', 'scripts/registry-login.sh'], 'sh-echo-stdin');
    const p1 = v.password(dqs + "'");
    const p2 = v.password(dqs + "'");
    d.t('#!/usr/bin/env bash');
    d.p('echo-pipe-docker', `echo "${p1.value}" | docker login registry.acme-corp.net --username ci --password-stdin`, p1.style);
    d.p('printf-pipe-helm', `printf '%s' '${p2.value}' | helm registry login registry.acme-corp.net -u ci --password-stdin`, p2.style);
    d.n('cat-file-stdin', 'cat /run/secrets/registry | docker login registry.acme-corp.net -u ci --password-stdin');
    return [d];
  },
  'sh-cloud-cli': (dir) => {
    const d = doc(dir, ['ops/cloud-setup.sh', 'scripts/configure-cli.sh'], 'sh-cloud-cli');
    const s1 = v.accessSecret();
    const s2 = v.storageKey();
    const s3 = v.accessSecret();
    const s4 = v.azureClientSecret();
    d.t('#!/usr/bin/env bash');
    d.p('aws-configure-set', `aws configure set aws_secret_access_key ${s1.value} --profile backup`, s1.style);
    d.p('az-account-key', `az storage blob upload --account-name acmeorders --account-key "${s2.value}" -c exports -f out.csv -n out.csv`, s2.style);
    d.p('mc-alias-set', `mc alias set minio https://minio.internal:9000 ${v.accessId()} ${s3.value}`, s3.style);
    d.p('az-login-sp', `az login --service-principal -u ${v.uuid()} -p '${s4.value}' --tenant ${v.uuid()}`, s4.style);
    d.n('aws-configure-profile', 'aws configure set region eu-west-1 --profile backup');
    d.n('az-login-identity', 'az login --identity');
    return [d];
  },
  'sh-mq-clients': (dir) => {
    const d = doc(dir, ['scripts/mqtt-test.sh', 'ops/kafka-tools.sh'], 'sh-mq-clients');
    const p1 = v.password(bare);
    const p2 = v.password('"\\\'$`;!');
    d.t('#!/usr/bin/env bash');
    d.p('mosquitto-pub-P', `mosquitto_pub -h mqtt.acme-corp.net -p 8883 -u sensors -P ${p1.value} -t plant/line1/temp -m 21.5`, p1.style);
    d.p('kafka-jaas-property', `kafka-console-producer.sh --bootstrap-server kafka:9093 --topic orders --producer-property security.protocol=SASL_SSL --producer-property 'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="orders" password="${p2.value}";'`, p2.style);
    d.n('mosquitto-env', 'mosquitto_sub -h mqtt.acme-corp.net -u sensors -P "$MQTT_PASSWORD" -t "plant/#"');
    d.n('kafka-config-file', 'kafka-console-consumer.sh --bootstrap-server kafka:9093 --topic orders --consumer.config /etc/kafka/client.properties');
    return [d];
  },
  'sh-ldap-ipmi-snmp': (dir) => {
    const d = doc(dir, ['ops/inventory.sh', 'scripts/hw-check.sh'], 'sh-ldap-ipmi-snmp');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    const p3 = v.password(bare);
    d.t('#!/usr/bin/env bash');
    d.p('ldapsearch-w', `ldapsearch -H ldaps://ldap.acme-corp.net -D 'cn=svc-inventory,ou=services,dc=acme,dc=net' -w ${p1.value} -b 'ou=people,dc=acme,dc=net' '(uid=*)'`, p1.style);
    d.p('ipmitool-P', `ipmitool -I lanplus -H 10.20.9.31 -U admin -P ${p2.value} chassis power status`, p2.style);
    d.p('snmpwalk-auth', `snmpwalk -v3 -l authPriv -u monitor -a SHA -A ${p3.value} -x AES -X ${p3.value} 10.20.9.1 system`, p3.style);
    d.n('ldapsearch-W-prompt', "ldapsearch -H ldaps://ldap.acme-corp.net -D 'cn=admin,dc=acme,dc=net' -W -b 'dc=acme,dc=net'");
    d.n('ipmitool-env', 'ipmitool -I lanplus -H 10.20.9.31 -U admin -E chassis power status');
    d.n('snmp-public', 'snmpwalk -v2c -c public 10.20.9.1 system');
    return [d];
  },
  'sh-remote': (dir) => {
    const d = doc(dir, ['scripts/deploy-legacy.sh', 'ops/push-config.sh'], 'sh-remote');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    d.t('#!/usr/bin/env bash');
    d.p('sshpass-p', `sshpass -p '${p1.value}' ssh -o StrictHostKeyChecking=no deploy@10.20.3.14 'sudo systemctl restart orders'`, p1.style);
    d.p('rclone-pass', `rclone copy ./out :sftp,host=sftp.partner-edi.com,user=acme,pass=$(rclone obscure '${p2.value}'):/inbound`, p2.style);
    d.n('sshpass-env', 'sshpass -e ssh deploy@10.20.3.14 uptime');
    d.n('sshpass-file', 'sshpass -f /run/secrets/ssh-pass scp build.tgz deploy@10.20.3.14:/opt/');
    return [d];
  },
  'sh-ansible-extra-vars': (dir) => {
    const d = doc(dir, ['deploy/run-playbook.sh', 'ansible/deploy.sh'], 'sh-ansible-extra-vars');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    d.t('#!/usr/bin/env bash');
    d.p('extra-vars-ansible-password', `ansible-playbook -i inventory/prod site.yml -e "ansible_user=Administrator ansible_password=${p1.value} ansible_connection=winrm"`, p1.style);
    d.p('extra-vars-become-pass', `ansible-playbook -i inventory/prod db.yml --extra-vars ansible_become_pass=${p2.value}`, p2.style);
    d.n('vault-password-file', 'ansible-playbook -i inventory/prod site.yml --vault-password-file ~/.vault_pass.txt');
    d.n('ask-become-pass', 'ansible-playbook -i inventory/prod db.yml --ask-become-pass');
    return [d];
  },
  'sh-db-tools': (dir) => {
    const d = doc(dir, ['scripts/influx-setup.sh', 'ops/tsdb.sh'], 'sh-db-tools');
    const p = v.password(bare);
    const t = v.secret(bare);
    d.t('#!/usr/bin/env bash');
    d.p('influx-setup-p', `influx setup --username admin --password ${p.value} --org acme --bucket metrics --retention 30d --force`, p.style);
    d.p('influx-token-flag', `influx write --bucket metrics --org acme --token ${t.value} --file points.lp`, t.style);
    d.n('influx-token-env', 'influx query --org acme --token "$INFLUX_TOKEN" "from(bucket: \\"metrics\\") |> range(start: -1h)"');
    return [d];
  },
  'sh-user-admin': (dir) => {
    const d = doc(dir, ['provision/users.sh', 'scripts/bootstrap-host.sh'], 'sh-user-admin');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    const p3 = v.password(bare);
    d.t('#!/usr/bin/env bash');
    d.p('chpasswd', `echo 'deploy:${p1.value}' | chpasswd`, p1.style);
    d.p('htpasswd-b', `htpasswd -bc /etc/nginx/.htpasswd ops ${p2.value}`, p2.style);
    d.p('rabbitmqctl-add-user', `rabbitmqctl add_user orders ${p3.value}`, p3.style);
    d.n('chpasswd-var', 'echo "deploy:${DEPLOY_PASSWORD}" | chpasswd');
    d.n('htpasswd-prompt', 'htpasswd -c /etc/nginx/.htpasswd ops');
    d.n('passwd-lock', 'passwd -l root');
    return [d];
  },

  // ---- Dockerfile / CI ----
  'dockerfile-run': (dir) => {
    const d = doc(dir, ['docker/db-seed/Dockerfile', 'Dockerfile.seed'], 'dockerfile-run');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    d.t('FROM mysql:8.4').t('COPY seed.sql /docker-entrypoint-initdb.d/');
    d.p('run-mysql-p', `RUN mysqld --user=mysql & sleep 10 && mysql -uroot -p${p1.value} -e "CREATE DATABASE orders"`, p1.style);
    d.p('run-curl-u', `RUN curl -fsSL -u ci:${p2.value} https://nexus.acme-corp.net/repository/raw/agent.tgz | tar xz -C /opt`, p2.style);
    d.n('run-secret-mount', 'RUN --mount=type=secret,id=nexus curl -fsSL -u "ci:$(cat /run/secrets/nexus)" https://nexus.acme-corp.net/agent.tgz -o /tmp/a.tgz');
    return [d];
  },
  'gha-run-steps': (dir) => {
    const d = doc(dir, ['.github/workflows/deploy.yml', '.github/workflows/release.yaml'], 'gha-run-steps');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    d.t('name: deploy').t('on: [push]').t('jobs:').t('  deploy:').t('    runs-on: ubuntu-latest').t('    steps:');
    d.t('      - name: login');
    d.p('run-docker-login-p', `        run: docker login registry.acme-corp.net -u ci -p ${p1.value}`, p1.style);
    d.t('      - name: migrate');
    d.p('run-sqlcmd-P', `        run: sqlcmd -S ${v.host()} -U deployer -P '${p2.value}' -i migrations/latest.sql`, p2.style);
    d.t('      - name: login with secret');
    d.n('run-docker-login-secret', '        run: echo "${{ secrets.REGISTRY_TOKEN }}" | docker login registry.acme-corp.net -u ci --password-stdin');
    d.n('run-sqlcmd-secret', "        run: sqlcmd -S db -U deployer -P '${{ secrets.DB_PASSWORD }}' -i migrations/check.sql");
    return [d];
  },
  'makefile-targets': (dir) => {
    const d = doc(dir, ['Makefile', 'build/Makefile'], 'makefile-targets');
    const p1 = v.password(bare);
    const p2 = v.password(bare);
    d.t('.PHONY: db-shell publish');
    d.t('db-shell:');
    d.p('recipe-psql-password', `\tPGPASSWORD=${p1.value} psql -h ${v.host()} -U app orders`, p1.style);
    d.t('publish:');
    d.p('recipe-mvn-deploy', `\tmvn deploy -DaltDeploymentRepository=internal::default::https://nexus.acme-corp.net/releases -Dusername=ci -Dpassword=${p2.value}`, p2.style);
    d.n('recipe-env', '\tPGPASSWORD=$(DB_PASSWORD) psql -h $(DB_HOST) -U app orders');
    return [d];
  },

  // ---- PowerShell / Windows ----
  'ps-securestring': (dir) => {
    const d = doc(dir, ['deploy/Deploy-App.ps1', 'scripts/Connect-Prod.ps1'], 'ps-securestring');
    const p1 = v.password("'`$\"");
    const p2 = v.password("'`$\"");
    d.p('convertto-securestring', `$secure = ConvertTo-SecureString '${p1.value}' -AsPlainText -Force`, p1.style);
    d.p('pscredential-inline', `$cred = New-Object System.Management.Automation.PSCredential('ACME\\svc_deploy', (ConvertTo-SecureString -String '${p2.value}' -AsPlainText -Force))`, p2.style);
    d.n('read-host', '$secure = Read-Host -Prompt "Password" -AsSecureString');
    d.n('get-credential', '$cred = Get-Credential -UserName "ACME\\svc_deploy" -Message "Deploy account"');
    d.n('convertto-env', '$secure = ConvertTo-SecureString $env:DEPLOY_PASSWORD -AsPlainText -Force');
    return [d];
  },
  'win-commands': (dir) => {
    const d = doc(dir, ['scripts/map-drives.cmd', 'ops/setup-tasks.bat'], 'win-commands');
    const p1 = v.password(bare + '^');
    const p2 = v.password(bare + '^');
    const p3 = v.password(bare + '^');
    const p4 = v.password(bare + '^');
    d.t('@echo off');
    d.p('net-use', `net use Z: \\\\fs01.acme.local\\finance ${p1.value} /user:ACME\\svc_backup /persistent:no`, p1.style);
    d.p('cmdkey-pass', `cmdkey /add:fs01.acme.local /user:ACME\\svc_backup /pass:${p2.value}`, p2.style);
    d.p('schtasks-rp', `schtasks /create /tn "Nightly Export" /tr C:\\jobs\\export.cmd /sc daily /st 02:00 /ru ACME\\svc_export /rp ${p3.value}`, p3.style);
    d.p('psexec-p', `psexec \\\\win-build-02 -u ACME\\builder -p ${p4.value} cmd /c C:\\build\\run.cmd`, p4.style);
    d.n('net-use-prompt', 'net use Y: \\\\fs01.acme.local\\public * /user:ACME\\%USERNAME%');
    d.n('cmdkey-list', 'cmdkey /list');
    return [d];
  },
  'ps-invoke': (dir) => {
    const d = doc(dir, ['scripts/Invoke-Migrations.ps1', 'deploy/Db.ps1'], 'ps-invoke');
    const p = v.password("'`$\" ");
    d.p('invoke-sqlcmd-password', `Invoke-Sqlcmd -ServerInstance '${v.host()}' -Database Shop -Username deployer -Password '${p.value}' -InputFile .\\migrate.sql`, p.style);
    d.n('invoke-sqlcmd-credential', 'Invoke-Sqlcmd -ServerInstance $server -Database Shop -Credential $cred -InputFile .\\migrate.sql');
    return [d];
  },

  // ---- SQL ----
  'sql-accounts': (dir) => {
    const d = doc(dir, ['db/migrations/0042_service_accounts.sql', 'sql/bootstrap.sql'], 'sql-accounts');
    const p1 = v.password("'\\");
    const p2 = v.password("'\\");
    const p3 = v.password("'\\");
    const p4 = v.password("'\\ ;\"@");
    d.p('create-user-with-password', `CREATE USER reporting WITH PASSWORD '${p1.value}';`, p1.style);
    d.p('alter-role-password', `ALTER ROLE orders_rw PASSWORD '${p2.value}';`, p2.style);
    d.p('create-login', `CREATE LOGIN svc_export WITH PASSWORD = '${p3.value}', CHECK_POLICY = OFF;`, p3.style);
    d.p('db-link-identified-by', `CREATE DATABASE LINK legacy CONNECT TO etl IDENTIFIED BY ${p4.value} USING 'LEGACYDB';`, p4.style);
    d.n('create-user-placeholder', "-- CREATE USER app WITH PASSWORD '<password>';");
    d.n('create-user-psql-var', "CREATE USER app WITH PASSWORD :'app_password';");
    d.n('alter-role-nologin', 'ALTER ROLE readonly NOLOGIN;');
    return [d];
  },
  'sql-mysql-accounts': (dir) => {
    const d = doc(dir, ['db/init/01-users.sql', 'docker/mysql/init.sql'], 'sql-mysql-accounts');
    const p1 = v.password("'\\");
    const p2 = v.password("'\\");
    d.p('create-user-identified-by', `CREATE USER 'orders'@'%' IDENTIFIED BY '${p1.value}';`, p1.style);
    d.p('set-password-for', `SET PASSWORD FOR 'reporting'@'10.%' = '${p2.value}';`, p2.style);
    d.n('identified-with-hash', `CREATE USER 'legacy'@'%' IDENTIFIED WITH mysql_native_password AS '*${fake.upperHex(40)}';`);
    return [d];
  },
};
