import * as fake from '../../../lib/secrets/fake';
import { pick } from '../plant';
import { Doc, key, pw, type Template } from './files';
import * as v from './values';

/**
 * Eighth round, written after round 7's fixes and measured once before any fix of its own: CMS
 * and PHP-app configs, JNDI and Properties constants, Spring XML beans, Keycloak realm exports,
 * Wi-Fi and VPN configs, backup tools, libpq conninfo strings, Consul/Vault HCL, Kustomize
 * generators, bash associative arrays.
 *
 * Judgements on the negatives: an empty or templated value, a file path to a credential, a
 * hashed credential and a password-policy setting are no credentials.
 */
export const EIGHTH_TEMPLATES: Record<string, Template> = {
  'php-apps': (dir) => {
    const pma = new Doc(`${dir}${pick(['phpmyadmin/config.inc.php', 'public/pma/config.inc.php'])}`, 'phpmyadmin');
    const p1 = pw("'\\");
    pma.t('<?php').t('$i = 0;').t('$i++;').t("$cfg['Servers'][$i]['host'] = 'db.internal';").p('nested-subscript', `$cfg['Servers'][$i]['password'] = '${p1.value}';`, p1.style);
    const s1 = key("'\\");
    pma.p('blowfish', `$cfg['blowfish_secret'] = '${s1.value}';`, s1.style).n('empty', "$cfg['Servers'][$i]['controlpass'] = '';");
    const jm = new Doc(`${dir}${pick(['configuration.php', 'site/configuration.php'])}`, 'joomla');
    const p2 = pw("'\\");
    jm.t('<?php').t('class JConfig {').t("\tpublic $user = 'joomla';").p('public-property', `\tpublic $password = '${p2.value}';`, p2.style);
    const s2 = key("'\\");
    jm.p('public-property-secret', `\tpublic $secret = '${s2.value}';`, s2.style).n('smtp-empty', "\tpublic $smtppass = '';").t('}');
    const dr = new Doc(`${dir}${pick(['web/sites/default/settings.php', 'sites/default/settings.local.php'])}`, 'drupal');
    const p3 = pw("'\\");
    dr.t('<?php').t("$databases['default']['default'] = array (").t("  'database' => 'drupal',").p('array-arrow', `  'password' => '${p3.value}',`, p3.style).t(');');
    dr.n('salt-file', "$settings['hash_salt'] = file_get_contents('/var/secrets/salt.txt');");
    return [pma, jm, dr];
  },
  'jvm-constants': (dir) => {
    const j = new Doc(`${dir}src/main/java/com/acme/${pick(['LdapLookup.java', 'JndiConfig.java'])}`, 'jndi');
    const p1 = pw('"\\');
    j.t('Hashtable<String, String> env = new Hashtable<>();').t('env.put(Context.SECURITY_PRINCIPAL, "cn=svc,dc=acme,dc=net");').p('jndi-credentials', `env.put(Context.SECURITY_CREDENTIALS, "${p1.value}");`, p1.style);
    const s1 = key('"\\');
    j.p('constant-key', `props.put(ConsumerConfig.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"orders\\" password=\\"${s1.value}\\";");`, s1.style);
    j.n('constant-ref', 'env.put(Context.SECURITY_CREDENTIALS, System.getenv("LDAP_PASSWORD"));');
    const x = new Doc(`${dir}src/main/resources/${pick(['applicationContext.xml', 'beans.xml'])}`, 'spring-beans');
    const p2 = pw('"<>&');
    x.t('<bean id="dataSource" class="org.apache.commons.dbcp2.BasicDataSource">').t(`  <property name="username" value="${v.user()}"/>`).p('bean-property', `  <property name="password" value="${p2.value}"/>`, p2.style);
    x.n('bean-placeholder', '  <property name="url" value="${jdbc.url}"/>').n('bean-password-ref', '  <property name="password" value="${jdbc.password}"/>').t('</bean>');
    const ant = new Doc(`${dir}${pick(['build.xml', 'deploy/build.xml'])}`, 'ant');
    const s2 = key('"<>&');
    ant.t('<project name="orders">').p('ant-property', `  <property name="deploy.token" value="${s2.value}"/>`, s2.style).n('ant-property-file', '  <property file="${user.home}/.deploy.properties"/>').t('</project>');
    return [j, x, ant];
  },
  'identity-exports': (dir) => {
    const kc = new Doc(`${dir}${pick(['keycloak/realm-export.json', 'deploy/keycloak/orders-realm.json'])}`, 'keycloak');
    const s1 = key('"\\');
    kc.t('{').t('  "realm": "orders",').t('  "clients": [ {').t('    "clientId": "orders-api",').p('client-secret', `    "secret": "${s1.value}",`, s1.style).t('    "publicClient": false').t('  } ],');
    const p1 = pw('"\\');
    kc.t('  "users": [ {').t('    "username": "admin",').p('credential-value', `    "credentials": [ { "type": "password", "value": "${p1.value}", "temporary": false } ]`, p1.style).t('  } ],');
    kc.n('hashed-credential', `  "hashedCredential": { "algorithm": "pbkdf2-sha512", "hashedSaltedValue": "${fake.base64(88)}" },`).n('policy', '  "passwordPolicy": "length(12) and digits(1)"').t('}');
    return [kc];
  },
  'device-and-backup': (dir) => {
    const wpa = new Doc(`${dir}${pick(['rootfs/etc/wpa_supplicant/wpa_supplicant.conf', 'image/wpa_supplicant.conf'])}`, 'wpa-supplicant');
    const p1 = pw('"\\');
    wpa.t('network={').t('    ssid="acme-iot"').p('psk-quoted', `    psk="${p1.value}"`, p1.style).t('    key_mgmt=WPA-PSK').t('}');
    const nm = new Doc(`${dir}${pick(['rootfs/etc/NetworkManager/system-connections/office.nmconnection', 'image/office.nmconnection'])}`, 'nmconnection');
    const p2 = pw(' #;');
    nm.t('[wifi-security]').t('key-mgmt=wpa-psk').p('psk-bare', `psk=${p2.value}`, p2.style);
    const bk = new Doc(`${dir}${pick(['backup/restic.env', 'ops/backup.env'])}`, 'backup-env');
    const p3 = pw(' #"\'$\\`');
    bk.p('restic', `RESTIC_PASSWORD=${p3.value}`, p3.style);
    const p4 = pw(' #"\'$\\`');
    bk.p('borg', `BORG_PASSPHRASE=${p4.value}`, p4.style).n('password-file', 'RESTIC_PASSWORD_FILE=/run/secrets/restic');
    const ci = new Doc(`${dir}${pick(['config/database.yml', 'deploy/dsn.yaml'])}`, 'conninfo');
    const p5 = pw(' "\'\\=');
    ci.p('libpq-conninfo', `dsn: "host=${v.host()} port=5432 dbname=orders user=${v.user()} password=${p5.value} sslmode=require"`, p5.style);
    ci.n('conninfo-no-password', `replica_dsn: "host=${v.host()} dbname=orders user=${v.user()} sslmode=require"`);
    return [wpa, nm, bk, ci];
  },
  'infra-generators': (dir) => {
    const k = new Doc(`${dir}${pick(['k8s/overlays/prod/kustomization.yaml', 'deploy/kustomization.yml'])}`, 'kustomize');
    const p1 = pw(' "\'\\#');
    k.t('secretGenerator:').t('  - name: orders-db').t('    literals:').t('      - username=orders').p('literal', `      - password=${p1.value}`, p1.style);
    k.t('  - name: orders-tls').t('    files:').n('generator-file', '      - tls.key=secrets/tls.key');
    const c = new Doc(`${dir}${pick(['consul/server.hcl', 'deploy/consul.hcl'])}`, 'consul');
    const s1 = key('"\\');
    c.t('datacenter = "eu-1"').p('acl-token', `acl_master_token = "${s1.value}"`, s1.style).n('token-file', 'ca_file = "/etc/consul.d/ca.pem"');
    const b = new Doc(`${dir}${pick(['scripts/env.sh', 'ops/creds.sh'])}`, 'bash-assoc');
    const p2 = pw('"\\$`');
    b.t('declare -A creds').p('assoc-element', `creds[password]="${p2.value}"`, p2.style);
    const s3 = key('"\\$`');
    b.p('assoc-literal', `declare -A api=([url]="https://api.partnerhub.io" [token]="${s3.value}")`, s3.style).n('assoc-ref', 'creds[token]="$PARTNER_TOKEN"');
    return [k, c, b];
  },
};
