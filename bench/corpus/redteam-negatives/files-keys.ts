import * as fake from '../../../lib/secrets/fake';
import { int, LabelledDoc as Doc, pick } from '../plant';
import * as v from './values';

/**
 * Digests and identifiers, public keys, certificates, signatures and
 * fingerprints, encrypted values and password hashes, in the files that
 * carry them. Kinds are `neg:<category>/<layout>`.
 */
export type Template = (dir: string) => Doc[];

export const KEY_TEMPLATES: Record<string, Template> = {
  'compose-digests': (dir) => {
    const d = new Doc(`${dir}${pick(['docker-compose.yml', 'compose.prod.yaml'])}`, 'digest');
    d.t('services:').t('  api:').n('digest/compose-image', `    image: ghcr.io/acme/api@sha256:${v.hex(64)}`).t('    environment:').t('      LOG_LEVEL: info');
    d.n('digest/compose-build-sha', `      GIT_SHA: ${v.hex(40)}`).n('digest/compose-revision', `      APP_REVISION: "${v.hex(pick([7, 12, 40]))}"`);
    d.t('  db:').n('digest/compose-image-tag-digest', `    image: postgres:16.2-alpine@sha256:${v.hex(64)}`);
    return [d];
  },
  'dockerfile-digests': (dir) => {
    const d = new Doc(`${dir}${pick(['Dockerfile', 'docker/api.Dockerfile'])}`, 'digest');
    d.n('digest/from-digest', `FROM node:20-bookworm-slim@sha256:${v.hex(64)} AS build`).t('WORKDIR /app').t('COPY package*.json ./').t('RUN npm ci');
    d.n('digest/arg-sha', `ARG PROTOC_SHA256=${v.hex(64)}`).t('ARG PROTOC_VERSION=25.3');
    d.n('digest/run-sha256sum', `RUN curl -fsSLo /tmp/protoc.zip https://github.com/protocolbuffers/protobuf/releases/download/v25.3/protoc-25.3-linux-x86_64.zip \\\n && echo "${v.hex(64)}  /tmp/protoc.zip" | sha256sum -c -`);
    d.n('digest/from-distroless', `FROM gcr.io/distroless/nodejs20-debian12@sha256:${v.hex(64)}`).t('COPY --from=build /app /app').t('USER nonroot');
    return [d];
  },
  'kustomize-images': (dir) => {
    const d = new Doc(`${dir}deploy/overlays/${pick(['prod', 'staging'])}/kustomization.yaml`, 'digest');
    d.t('apiVersion: kustomize.config.k8s.io/v1beta1').t('kind: Kustomization').t('resources:').t('- ../../base').t('images:');
    for (const p of ['api', 'worker', 'migrator'].slice(0, int(2, 3))) d.t(`- name: ghcr.io/acme/${p}`).n('digest/kustomize-digest', `  digest: sha256:${v.hex(64)}`);
    d.t('configMapGenerator:').t('- name: build-info').t('  literals:').n('digest/kustomize-literal-commit', `  - COMMIT_SHA=${v.hex(40)}`);
    return [d];
  },
  'oci-index': (dir) => {
    const d = new Doc(`${dir}image/${pick(['index.json', 'manifest.json'])}`, 'digest');
    d.t('{').t('  "schemaVersion": 2,').t('  "mediaType": "application/vnd.oci.image.index.v1+json",').t('  "manifests": [');
    for (const a of ['amd64', 'arm64']) d.t('    {').t('      "mediaType": "application/vnd.oci.image.manifest.v1+json",').n('digest/oci-digest', `      "digest": "sha256:${v.hex(64)}",`).t(`      "size": ${int(400, 2000)},`).t(`      "platform": {"architecture": "${a}", "os": "linux"}`).t('    },');
    d.t('  ],').t('  "annotations": {').n('digest/oci-revision', `    "org.opencontainers.image.revision": "${v.hex(40)}",`).t('    "org.opencontainers.image.source": "https://github.com/acme/api"').t('  }').t('}');
    return [d];
  },
  'actions-pinned': (dir) => {
    const d = new Doc(`${dir}.github/workflows/${pick(['release.yml', 'build.yaml', 'scan.yml'])}`, 'digest');
    d.t('name: release').t('on:').t('  push:').t("    tags: ['v*']").t('permissions:').t('  contents: write').t('  id-token: write').t('jobs:').t('  release:').t('    runs-on: ubuntu-latest').t('    steps:');
    d.n('digest/action-sha', `      - uses: actions/checkout@${v.hex(40)} # v4.1.7`).n('digest/action-sha', `      - uses: docker/login-action@${v.hex(40)} # v3`);
    d.t('        with:').t('          registry: ghcr.io').t('          username: ${{ github.actor }}').n('template-ref/gha-github-token', '          password: ${{ secrets.GITHUB_TOKEN }}');
    d.n('digest/action-sha', `      - uses: sigstore/cosign-installer@${v.hex(40)}`).t('      - run: cosign sign --yes ghcr.io/acme/api@${{ steps.build.outputs.digest }}');
    d.n('digest/action-container-digest', `    container:\n      image: ghcr.io/acme/ci-runner@sha256:${v.hex(64)}`);
    return [d];
  },
  'git-output': (dir) => {
    const d = new Doc(`${dir}docs/${pick(['RELEASING.md', 'debugging.md', 'history.md'])}`, 'digest');
    d.t('# Finding the commit that broke token refresh').t('').t('```console').t('$ git bisect start');
    d.n('digest/git-log', `$ git log --oneline -3\n${v.hex(7)} fix: refresh token before expiry\n${v.hex(7)} feat: api key rotation\n${v.hex(7)} chore: bump deps`);
    d.n('digest/git-commit-header', `commit ${v.hex(40)}\nMerge: ${v.hex(7)} ${v.hex(7)}\nAuthor: Dana Lee <dana@example.com>`);
    d.n('digest/git-bisect-result', `${v.hex(40)} is the first bad commit`).t('```').t('');
    d.n('digest/gerrit-change-id', `Change-Id: I${v.hex(40)}`);
    d.n('digest/git-index-line', `index ${v.hex(12)}..${v.hex(12)} 100644`);
    return [d];
  },
  'gitmodules-status': (dir) => {
    const d = new Doc(`${dir}.gitmodules-status.txt`, 'digest');
    for (const p of ['vendor/protos', 'third_party/boringssl', 'docs/theme'].slice(0, int(2, 3))) d.n('digest/submodule-status', ` ${v.hex(40)} ${p} (heads/main)`);
    return [d];
  },
  'build-info': (dir) => {
    const d = new Doc(`${dir}${pick(['src/build-info.json', 'public/version.json'])}`, 'digest');
    d.t('{').n('digest/build-commit', `  "commit": "${v.hex(40)}",`).n('digest/build-short', `  "shortSha": "${v.hex(8)}",`).t(`  "builtAt": "2024-0${int(1, 9)}-1${int(0, 9)}T12:00:00Z",`);
    d.n('digest/build-hash', `  "buildHash": "${v.hex(20)}",`).n('digest/build-id', `  "buildId": "${v.nanoid()}",`).n('digest/etag', `  "etag": "W/\\"${v.hex(int(10, 32))}\\""`).t('}');
    return [d];
  },
  'uuid-dotnet': (dir) => {
    const d = new Doc(`${dir}${pick(['Acme.sln', 'src/Acme.sln'])}`, 'uuid');
    d.t('Microsoft Visual Studio Solution File, Format Version 12.00').t('# Visual Studio Version 17');
    const g = () => v.uuid().toUpperCase();
    for (const p of ['Acme.Api', 'Acme.Auth', 'Acme.Tests'].slice(0, int(2, 3))) d.n('uuid/sln-project', `Project("{${g()}}") = "${p}", "src\\${p}\\${p}.csproj", "{${g()}}"`).t('EndProject');
    d.t('Global').t('\tGlobalSection(ExtensibilityGlobals) = postSolution').n('uuid/sln-solution-guid', `\t\tSolutionGuid = {${g()}}`).t('\tEndGlobalSection').t('EndGlobal');
    return [d];
  },
  'uuid-unity-meta': (dir) => {
    const d = new Doc(`${dir}Assets/Scripts/${pick(['AuthManager', 'TokenCache', 'PlayerSecrets'])}.cs.meta`, 'uuid');
    d.t('fileFormatVersion: 2').n('uuid/unity-guid', `guid: ${v.hex(32)}`).t('MonoImporter:').t('  externalObjects: {}').t('  serializedVersion: 2');
    return [d];
  },
  'xcode-pbxproj': (dir) => {
    const d = new Doc(`${dir}ios/Acme.xcodeproj/project.pbxproj`, 'uuid');
    d.t('// !$*UTF8*$!').t('{').t('\tobjects = {').t('/* Begin PBXBuildFile section */');
    for (const f of ['AppDelegate.swift', 'KeychainTokenStore.swift', 'APIClient.swift'].slice(0, int(2, 3))) d.n('uuid/pbx-object-id', `\t\t${v.HEX_UPPER(24)} /* ${f} in Sources */ = {isa = PBXBuildFile; fileRef = ${v.HEX_UPPER(24)} /* ${f} */; };`);
    d.t('/* End PBXBuildFile section */').t('\t};').n('uuid/pbx-root', `\trootObject = ${v.HEX_UPPER(24)} /* Project object */;`).t('}');
    return [d];
  },
  'random-ids': (dir) => {
    const d = new Doc(`${dir}${pick(['test/fixtures/', 'seed/', 'spec/fixtures/'])}${pick(['orders', 'sessions', 'events'])}.json`, 'ids');
    d.t('[');
    for (const _ of Array.from({ length: int(3, 6) })) {
      d.t('  {').n('ids/objectid', `    "_id": {"$oid": "${v.objectId()}"},`).n('ids/ulid', `    "eventId": "${v.ulid()}",`).n('ids/cuid', `    "sessionId": "c${fake.lowerAlnum(24)}",`);
      d.n('ids/nanoid', `    "publicId": "${v.nanoid()}",`).n('ids/trace', `    "traceId": "${v.hex(32)}",`).n('ids/span', `    "spanId": "${v.hex(16)}",`);
      d.n('ids/firebase-push', `    "pushKey": "-N${fake.chars(fake.ALNUM + '-_', 18)}",`).n('ids/ksuid', `    "ksuid": "${fake.alnum(27)}",`).t(`    "createdAt": "2024-03-0${int(1, 9)}T10:00:00Z"`).t('  },');
    }
    d.t(']');
    return [d];
  },
  'cloud-ids': (dir) => {
    const d = new Doc(`${dir}infra/${pick(['outputs.json', 'inventory.yaml'])}`, 'ids');
    const yaml = d.fb.path.endsWith('yaml');
    const kv = (k: string, val: string) => (yaml ? `${k}: ${val}` : `  "${k}": "${val}",`);
    if (!yaml) d.t('{');
    d.n('ids/aws-instance', kv('instance_id', `i-0${v.hex(16)}`)).n('ids/aws-ami', kv('ami_id', `ami-0${v.hex(16)}`)).n('ids/aws-sg', kv('security_group_id', `sg-0${v.hex(16)}`));
    d.n('ids/cloudfront', kv('distribution_id', `E${fake.upperAlnum(13)}`)).n('ids/route53', kv('hosted_zone_id', `Z0${fake.upperAlnum(18)}`));
    d.n('ids/arn', kv('secret_arn', `arn:aws:secretsmanager:eu-west-1:${fake.digits(12)}:secret:prod/db/password-${fake.alnum(6)}`));
    d.n('ids/kms-key', kv('kms_key_id', v.uuid())).n('ids/azure-tenant', kv('tenant_id', v.uuid())).n('ids/gcp-sa', kv('service_account', `deploy@acme-prod-${fake.digits(6)}.iam.gserviceaccount.com`));
    d.n('ids/aws-request-id', kv('last_request_id', `${fake.upperAlnum(16)}`)).n('ids/s3-host-id', kv('x_amz_id_2', `${v.b64(76)}=`));
    if (!yaml) d.t('  "region": "eu-west-1"').t('}');
    return [d];
  },
  'snapshot-ids': (dir) => {
    const d = new Doc(`${dir}${pick(['src/components/', 'test/'])}__snapshots__/${pick(['TokenList', 'ApiKeyTable', 'SessionPanel'])}.test.tsx.snap`, 'ids');
    d.t('// Jest Snapshot v1, https://goo.gl/fbAQLP').t('');
    d.t('exports[`renders the key list 1`] = `').t('<div>').t('  <table>');
    for (const _ of Array.from({ length: int(2, 5) })) d.n('snapshot/key-id-cell', `    <tr data-key-id="key_${fake.alnum(24)}">\n      <td>••••${fake.alnum(4)}</td>\n      <td>${v.uuid()}</td>\n    </tr>`);
    d.t('  </table>').t('</div>').t('`;').t('');
    d.t('exports[`hash 1`] = `"' + v.hex(64) + '"`;').t('');
    d.n('snapshot/react-id', `exports[\`ids 1\`] = \`\n{\n  "id": ":r${fake.lowerAlnum(1)}:",\n  "checksum": "${v.b64Bytes(32)}",\n  "nonce": "${v.b64url(22)}",\n}\n\`;`);
    return [d];
  },
  'pem-bundle': (dir) => {
    const d = new Doc(`${dir}${pick(['certs/ca-bundle.crt', 'config/tls/chain.pem', 'docker/certs/corp-root.crt'])}`, 'public-key');
    d.t('# Acme Corp Root CA').t(`# SHA256 Fingerprint: ${v.colonHex(32)}`);
    d.n('public-key/ca-bundle', v.certPem()).t('').t('# Acme Intermediate CA').n('public-key/ca-bundle', v.certPem());
    return [d];
  },
  'cert-bag-attributes': (dir) => {
    const d = new Doc(`${dir}tls/${pick(['server', 'client'])}.crt`, 'public-key');
    d.t('Bag Attributes').n('public-key/bag-localkeyid', `    localKeyID: ${v.colonHex(20)} `).t('subject=CN = api.acme.dev').t('issuer=C = US, O = Let\'s Encrypt, CN = R11');
    d.n('public-key/openssl-x509-out', v.certPem());
    return [d];
  },
  'k8s-cabundle': (dir) => {
    const d = new Doc(`${dir}deploy/${pick(['webhook.yaml', 'apiservice.yaml'])}`, 'public-key');
    const ca = fake.b64(v.certPem());
    d.t('apiVersion: admissionregistration.k8s.io/v1').t('kind: ValidatingWebhookConfiguration').t('metadata:').t('  name: policy-webhook').t('webhooks:').t('- name: policy.acme.dev').t('  clientConfig:');
    d.n('k8s-cabundle/webhook', `    caBundle: ${ca}`).t('    service:').t('      name: policy').t('      namespace: system');
    d.t('---').t('apiVersion: apiregistration.k8s.io/v1').t('kind: APIService').t('spec:').n('k8s-cabundle/apiservice', `  caBundle: ${fake.b64(v.certPem())}`).t('  insecureSkipTLSVerify: false');
    return [d];
  },
  'kubeconfig-ca': (dir) => {
    const d = new Doc(`${dir}${pick(['deploy/kubeconfig.ci.yaml', '.kube/config.example'])}`, 'public-key');
    d.t('apiVersion: v1').t('kind: Config').t('clusters:').t('- cluster:');
    d.n('k8s-cabundle/kubeconfig-ca-data', `    certificate-authority-data: ${fake.b64(v.certPem())}`).t(`    server: https://${v.hex(32).toUpperCase()}.gr7.eu-west-1.eks.amazonaws.com`).t('  name: prod');
    d.t('users:').t('- name: ci').t('  user:').t('    exec:').t('      apiVersion: client.authentication.k8s.io/v1beta1').t('      command: aws').t('      args: ["eks", "get-token", "--cluster-name", "prod"]');
    return [d];
  },
  'saml-metadata': (dir) => {
    const d = new Doc(`${dir}config/saml/${pick(['idp-metadata.xml', 'okta-metadata.xml'])}`, 'public-key');
    d.t('<?xml version="1.0" encoding="UTF-8"?>').t(`<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/${fake.alnum(20)}">`).t('  <md:IDPSSODescriptor WantAuthnRequestsSigned="false">').t('    <md:KeyDescriptor use="signing">').t('      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">').t('        <ds:X509Data>');
    d.n('public-key/saml-x509', `          <ds:X509Certificate>${v.certBody(1).replace(/\n/g, '')}${v.b64(int(600, 900))}</ds:X509Certificate>`);
    d.t('        </ds:X509Data>').t('      </ds:KeyInfo>').t('    </md:KeyDescriptor>').t('  </md:IDPSSODescriptor>').t('</md:EntityDescriptor>');
    return [d];
  },
  'jwks': (dir) => {
    const d = new Doc(`${dir}${pick(['public/.well-known/jwks.json', 'test/fixtures/jwks.json', 'config/jwks.json'])}`, 'public-key');
    d.t('{').t('  "keys": [').t('    {').t('      "kty": "RSA",').t('      "use": "sig",').t('      "alg": "RS256",').n('public-key/jwks-kid', `      "kid": "${v.b64url(43)}",`);
    d.n('public-key/jwks-modulus', `      "n": "${v.b64url(342)}",`).t('      "e": "AQAB",').n('public-key/jwks-x5t', `      "x5t": "${v.b64url(27)}",`);
    d.n('public-key/jwks-x5c', `      "x5c": ["${v.certBody(1).replace(/\n/g, '')}${v.b64(700)}"]`).t('    },').t('    {').t('      "kty": "EC",').t('      "crv": "P-256",').n('public-key/jwks-ec', `      "x": "${v.b64url(43)}",\n      "y": "${v.b64url(43)}",`).n('public-key/jwks-kid', `      "kid": "${v.hex(40)}"`).t('    }').t('  ]').t('}');
    return [d];
  },
  'ssh-authorized-keys': (dir) => {
    const d = new Doc(`${dir}${pick(['ansible/roles/users/files/authorized_keys', 'infra/bastion/authorized_keys'])}`, 'public-key');
    d.n('authorized-keys/options', `command="/usr/local/bin/backup-only",no-port-forwarding,no-pty ssh-ed25519 ${v.sshEd25519()} backup@nas`);
    d.n('authorized-keys/from', `from="10.0.0.0/8" ecdsa-sha2-nistp256 ${v.sshEcdsa()} ci-runner`);
    d.n('authorized-keys/rsa', `ssh-rsa ${v.sshRsa()} jenkins@build-01`);
    d.n('authorized-keys/sk', `sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29t${v.b64(64)}AAAABHNzaDo= yubikey`);
    d.n('authorized-keys/cert-authority', `cert-authority,principals="deploy" ssh-ed25519 ${v.sshEd25519()} acme-user-ca`);
    return [d];
  },
  'ssh-cert': (dir) => {
    const d = new Doc(`${dir}${pick(['keys/deploy-cert.pub', 'ssh/host_ed25519_key-cert.pub'])}`, 'public-key');
    d.n('authorized-keys/ssh-certificate', `ssh-ed25519-cert-v01@openssh.com AAAAIHNzaC1lZDI1NTE5LWNlcnQtdjAxQG9wZW5zc2guY29t${v.b64(int(380, 520))} deploy`);
    return [d];
  },
  'known-hosts': (dir) => {
    const d = new Doc(`${dir}${pick(['ansible/files/known_hosts', '.ssh/known_hosts', 'ci/known_hosts'])}`, 'public-key');
    d.n('known-hosts/hashed', `|1|${v.b64Bytes(20)}|${v.b64Bytes(20)} ssh-ed25519 ${v.sshEd25519()}`);
    d.n('known-hosts/plain-ecdsa', `github.com ecdsa-sha2-nistp256 ${v.sshEcdsa()}`);
    d.n('known-hosts/port', `[git.acme.dev]:2222,[10.0.4.7]:2222 ssh-rsa ${v.sshRsa()}`);
    d.n('known-hosts/cert-authority', `@cert-authority *.acme.dev ssh-ed25519 ${v.sshEd25519()}`);
    return [d];
  },
  'known-hosts-in-ci': (dir) => {
    const d = new Doc(`${dir}.gitlab-ci.yml`, 'public-key');
    d.t('deploy:').t('  stage: deploy').t('  variables:').n('known-hosts/ci-variable', `    SSH_KNOWN_HOSTS: "deploy.acme.dev ssh-ed25519 ${v.sshEd25519()}"`);
    d.n('fingerprint/ci-variable', `    SSH_HOST_FINGERPRINT: "${v.sshFingerprint()}"`).t('  script:').n('template-ref/gitlab-ci-var', '    - echo "$SSH_PRIVATE_KEY" | ssh-add -').t('    - ssh deploy@deploy.acme.dev ./release.sh');
    return [d];
  },
  'ssh-fingerprints-doc': (dir) => {
    const d = new Doc(`${dir}docs/${pick(['ssh-access.md', 'bastion.md', 'onboarding.md'])}`, 'fingerprint');
    d.t('# Connecting to the bastion').t('').t('On first connect, check the host key fingerprint:').t('').t('```');
    d.n('fingerprint/keygen-l', `256 ${v.sshFingerprint()} root@bastion (ED25519)`).n('fingerprint/keygen-l', `3072 ${v.sshFingerprint()} root@bastion (RSA)`);
    d.n('fingerprint/md5', `2048 MD5:${v.md5Fingerprint()} root@legacy (RSA)`).t('```').t('');
    d.n('fingerprint/prose', `The ECDSA key fingerprint is ${v.sshFingerprint()}.`);
    d.n('fingerprint/randomart', `+--[ED25519 256]--+\n|    .o+*=o.      |\n|   . =*B+o .     |\n+----[SHA256]-----+`);
    return [d];
  },
  'tls-pins': (dir) => {
    const d = new Doc(`${dir}${pick(['android/app/src/main/res/xml/network_security_config.xml', 'app/src/main/res/xml/network_security_config.xml'])}`, 'fingerprint');
    d.t('<?xml version="1.0" encoding="utf-8"?>').t('<network-security-config>').t('  <domain-config>').t('    <domain includeSubdomains="true">api.acme.dev</domain>').t('    <pin-set expiration="2026-01-01">');
    d.n('fingerprint/android-pin', `      <pin digest="SHA-256">${v.b64Bytes(32)}</pin>\n      <pin digest="SHA-256">${v.b64Bytes(32)}</pin>`).t('    </pin-set>').t('  </domain-config>').t('</network-security-config>');
    const k = new Doc(`${dir}${pick(['app/src/main/java/com/acme/net/Pinning.kt', 'shared/net/Pins.kt'])}`, 'fingerprint');
    k.t('val pinner = CertificatePinner.Builder()').n('fingerprint/okhttp-pin', `    .add("api.acme.dev", "sha256/${v.b64Bytes(32)}")\n    .add("api.acme.dev", "sha256/${v.b64Bytes(32)}")`).t('    .build()');
    const a = new Doc(`${dir}public/.well-known/assetlinks.json`, 'fingerprint');
    a.t('[{').t('  "relation": ["delegate_permission/common.handle_all_urls"],').t('  "target": {').t('    "namespace": "android_app",').t('    "package_name": "dev.acme.app",');
    a.n('fingerprint/assetlinks', `    "sha256_cert_fingerprints": ["${v.colonHex(32)}"]`).t('  }').t('}]');
    return [d, k, a];
  },
  'dns-records': (dir) => {
    const d = new Doc(`${dir}dns/${pick(['acme.dev.zone', 'records.tf'])}`, 'public-key');
    const tf = d.fb.path.endsWith('.tf');
    const rec = (name: string, type: string, val: string) => (tf ? `resource "cloudflare_record" "${name.replace(/[^a-z]/g, '_')}" {\n  name  = "${name}"\n  type  = "${type}"\n  value = "${val}"\n}` : `${name} 3600 IN ${type} ${val.includes(' ') ? `"${val}"` : val}`);
    d.n('public-key/dkim', rec('google._domainkey', 'TXT', `v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${v.b64(300)}IDAQAB`));
    d.n('public-key/site-verification', rec('@', 'TXT', `google-site-verification=${v.b64url(43)}`));
    d.n('fingerprint/sshfp', rec('bastion', 'SSHFP', `4 2 ${v.hex(64)}`));
    d.n('fingerprint/tlsa', rec('_443._tcp.api', 'TLSA', `3 1 1 ${v.hex(64).toUpperCase()}`));
    d.n('public-key/acme-challenge', rec('_acme-challenge', 'TXT', v.b64url(43)));
    return [d];
  },
  'pgp-public-keys': (dir) => {
    const d = new Doc(`${dir}${pick(['keys/release-signing.asc', 'KEYS', 'docs/security/pgp-key.txt'])}`, 'public-key');
    d.t('pub   rsa4096 2023-01-12 [SC] [expires: 2027-01-12]').n('pgp/fingerprint-line', `      ${v.HEX_UPPER(40)}`).t('uid           [ultimate] Acme Release Signing <release@acme.dev>').t('');
    d.n('pgp/public-key-block', v.pgpArmor('PUBLIC KEY BLOCK', int(20, 40)));
    return [d];
  },
  'pgp-key-in-config': (dir) => {
    const d = new Doc(`${dir}${pick(['cloud-init/user-data.yaml', 'ansible/roles/apt/vars/main.yml'])}`, 'public-key');
    d.t('apt:').t('  sources:').t('    acme.list:').t('      source: "deb [signed-by=$KEY_FILE] https://apt.acme.dev stable main"').n('pgp/keyid', `      keyid: ${v.HEX_UPPER(40)}`).t('      key: |');
    d.n('pgp/public-key-yaml-block', v.pgpArmor('PUBLIC KEY BLOCK', int(12, 24), '        '));
    return [d];
  },
  'gpg-signatures': (dir) => {
    const d = new Doc(`${dir}${pick(['release/SHA256SUMS.asc', 'dist/InRelease'])}`, 'signature');
    d.t('-----BEGIN PGP SIGNED MESSAGE-----').t('Hash: SHA512').t('');
    for (const f of ['acme_amd64.deb', 'acme_arm64.deb']) d.n('checksum-file/clearsigned', `${v.hex(64)}  ${f}`);
    d.n('gpg-signature/clearsigned', v.pgpArmor('SIGNATURE', int(8, 12)));
    return [d];
  },
  'git-signed-objects': (dir) => {
    const d = new Doc(`${dir}test/fixtures/${pick(['signed-commit.txt', 'signed-tag.txt'])}`, 'signature');
    d.n('digest/git-object-tree', `tree ${v.hex(40)}\nparent ${v.hex(40)}`).t('author Dana Lee <dana@example.com> 1714000000 +0200').t('committer Dana Lee <dana@example.com> 1714000000 +0200');
    const sig = v.pgpArmor('SIGNATURE', int(8, 12)).split('\n').map((l, i) => (i === 0 ? `gpgsig ${l}` : ` ${l}`)).join('\n');
    d.n('gpg-signature/gpgsig-header', sig).t('').t('fix: rotate API key cache on expiry');
    const s = new Doc(`${dir}test/fixtures/${pick(['ssh-signed-tag.txt', 'allowed_signers.sig'])}`, 'signature');
    s.n('gpg-signature/ssh-signature', `-----BEGIN SSH SIGNATURE-----\nU1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAg${v.b64(20)}\n${v.b64Lines(int(200, 260), 70)}\n-----END SSH SIGNATURE-----`);
    return [d, s];
  },
  'cosign-sigs': (dir) => {
    const d = new Doc(`${dir}${pick(['attestations/provenance.intoto.jsonl', 'release/attestation.json'])}`, 'signature');
    d.t('{').t('  "payloadType": "application/vnd.in-toto+json",').n('gpg-signature/dsse-payload', `  "payload": "${fake.b64(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'ghcr.io/acme/api', digest: { sha256: v.hex(64) } }], predicateType: 'https://slsa.dev/provenance/v1' }))}",`);
    d.t('  "signatures": [').n('gpg-signature/dsse-sig', `    {"keyid": "${v.hex(64)}", "sig": "MEUCI${v.b64(40)}AiEA${v.b64(42)}=="}`).t('  ]').t('}');
    const p = new Doc(`${dir}${pick(['cosign.pub', 'keys/cosign.pub'])}`, 'signature');
    p.n('public-key/cosign-pub', `-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${v.b64(28)}\n${v.b64(56)}==\n-----END PUBLIC KEY-----`);
    const m = new Doc(`${dir}${pick(['minisign.pub', 'keys/release.minisign.pub'])}`, 'signature');
    m.t('untrusted comment: minisign public key ' + v.HEX_UPPER(16)).n('public-key/minisign', `RW${pick(['Q', 'S', 'T'])}${v.b64(53)}`);
    return [d, p, m];
  },
  'wireguard-public': (dir) => {
    const d = new Doc(`${dir}${pick(['vpn/wg0.peers.conf', 'infra/wireguard/peers.conf'])}`, 'public-key');
    for (const peer of ['laptop-dana', 'laptop-sam', 'ci-runner'].slice(0, int(2, 3))) {
      d.t(`# ${peer}`).t('[Peer]').n('public-key/wireguard-peer', `PublicKey = ${v.b64Bytes(32)}`).t(`AllowedIPs = 10.8.0.${int(2, 200)}/32`).t('');
    }
    const a = new Doc(`${dir}${pick(['secrets/recipients.txt', '.sops-age-recipients'])}`, 'public-key');
    a.n('public-key/age-recipient', `# ops\nage1${fake.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\n# ci\nage1${fake.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`);
    return [d, a];
  },
  'ansible-vault-inline': (dir) => {
    const d = new Doc(`${dir}${pick(['inventories/prod/group_vars/all.yml', 'playbooks/vars/secrets.yml'])}`, 'encrypted');
    d.t('---').t('app_user: deploy');
    for (const k of ['db_password', 'api_token', 'smtp_pass'].slice(0, int(2, 3))) {
      const ind = pick(['  ', '    ', '          ']);
      d.n('encrypted/ansible-vault-inline', `${k}: !vault |\n${ind}$ANSIBLE_VAULT;1.2;AES256;${pick(['prod', 'dev'])}\n${Array.from({ length: int(4, 7) }, () => ind + v.hex(80)).join('\n')}\n${ind}${v.hex(int(8, 60))}`);
    }
    d.t('app_port: 8080');
    return [d];
  },
  'sops-json-dotenv': (dir) => {
    const d = new Doc(`${dir}${pick(['secrets/prod.enc.json', 'config/secrets.sops.json'])}`, 'encrypted');
    const enc = (n: number) => `ENC[AES256_GCM,data:${v.b64(n)}=,iv:${v.b64Bytes(32)},tag:${v.b64Bytes(16)},type:str]`;
    d.t('{').n('encrypted/sops-json', `\t"db_password": "${enc(24)}",\n\t"stripe_key": "${enc(72)}",`).t('\t"sops": {').t('\t\t"kms": null,');
    d.n('encrypted/sops-age-stanza', `\t\t"age": [\n\t\t\t{\n\t\t\t\t"recipient": "age1${fake.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}",\n\t\t\t\t"enc": "-----BEGIN AGE ENCRYPTED FILE-----\\n${v.b64(64)}\\n${v.b64(64)}\\n${v.b64(40)}\\n-----END AGE ENCRYPTED FILE-----\\n"\n\t\t\t}\n\t\t],`);
    d.t(`\t\t"lastmodified": "2024-0${int(1, 9)}-02T10:11:12Z",`).n('encrypted/sops-mac', `\t\t"mac": "ENC[AES256_GCM,data:${v.b64(86)}=,iv:${v.b64Bytes(32)},tag:${v.b64Bytes(16)},type:str]",`).t('\t\t"version": "3.8.1"').t('\t}').t('}');
    const e = new Doc(`${dir}${pick(['.env.enc', 'config/prod.sops.env'])}`, 'encrypted');
    e.n('encrypted/sops-dotenv', `DATABASE_PASSWORD=${enc(20)}\nJWT_SECRET=${enc(64)}`).n('encrypted/sops-dotenv-meta', `sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\n${v.b64(64)}\\n${v.b64(64)}\\n-----END AGE ENCRYPTED FILE-----\\n\nsops_age__list_0__map_recipient=age1${fake.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\nsops_mac=ENC[AES256_GCM,data:${v.b64(86)}=,iv:${v.b64Bytes(32)},tag:${v.b64Bytes(16)},type:str]\nsops_version=3.8.1`);
    return [d, e];
  },
  'sealed-and-eyaml': (dir) => {
    const d = new Doc(`${dir}${pick(['k8s/sealed/api-credentials.yaml', 'deploy/sealedsecret.yaml'])}`, 'encrypted');
    d.t('apiVersion: bitnami.com/v1alpha1').t('kind: SealedSecret').t('metadata:').t('  name: api-credentials').t('  annotations:').t('    sealedsecrets.bitnami.com/cluster-wide: "true"').t('spec:').t('  template:').t('    type: Opaque').t('  encryptedData:');
    for (const k of ['DATABASE_URL', 'STRIPE_SECRET_KEY', 'JWT_SECRET']) d.n('encrypted/sealed-secret', `    ${k}: AgB${v.b64(int(380, 700))}==`);
    const h = new Doc(`${dir}${pick(['hieradata/common.eyaml', 'data/prod.eyaml'])}`, 'encrypted');
    h.t('---').n('encrypted/hiera-eyaml', `profile::db::password: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEA${v.b64(300)}]`);
    h.n('encrypted/hiera-eyaml-block', `profile::api::token: >\n    ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw\n    ${v.b64(64)}\n    ${v.b64(64)}\n    ${v.b64(40)}]`);
    return [d, h];
  },
  'encrypted-other': (dir) => {
    const t = new Doc(`${dir}.travis.yml`, 'encrypted');
    t.t('language: node_js').t('env:').t('  global:').n('encrypted/travis-secure', `    - secure: "${v.b64(680)}="`).t('deploy:').t('  provider: npm').t('  api_key:').n('encrypted/travis-secure', `    secure: ${v.b64(680)}=`);
    const r = new Doc(`${dir}config/credentials/${pick(['production', 'staging'])}.yml.enc`, 'encrypted');
    r.n('encrypted/rails-credentials', `${v.b64(int(300, 900))}==--${v.b64(16)}--${v.b64(22)}==`);
    const k = new Doc(`${dir}${pick(['serverless.yml', 'template.yaml'])}`, 'encrypted');
    k.t('provider:').t('  name: aws').t('  environment:').n('encrypted/kms-ciphertext', `    DB_PASSWORD_ENCRYPTED: AQICAHh${v.b64(int(180, 260))}==`).n('encrypted/jasypt', `    LEGACY_PASSWORD: ENC(${v.b64(44)})`);
    const c = new Doc(`${dir}data_bags/credentials/${pick(['prod', 'db'])}.json`, 'encrypted');
    c.t('{').t('  "id": "db",').t('  "password": {').n('encrypted/chef-data-bag', `    "encrypted_data": "${v.b64(int(40, 120))}\\n",\n    "iv": "${v.b64(16)}\\n",\n    "auth_tag": "${v.b64(22)}==\\n",`).t('    "version": 3,').t('    "cipher": "aes-256-gcm"').t('  }').t('}');
    return [t, r, k, c];
  },
  // No .htpasswd here: stowaway reports those on purpose (secret/htpasswd-hash), a crackable list of accounts.
  'password-hashes-files': (dir) => {
    const c = new Doc(`${dir}${pick(['cloud-init/user-data', 'packer/http/user-data'])}`, 'password-hash');
    c.t('#cloud-config').t('users:').t('  - name: ops').t('    groups: sudo').n('password-hash/cloud-init-passwd', `    passwd: ${pick([v.sha512crypt(), v.yescrypt()])}`).t('    lock_passwd: false');
    c.t('chpasswd:').t('  expire: false').t('  users:').n('password-hash/cloud-init-chpasswd', `    - {name: root, password: "${v.sha512crypt()}", type: hash}`);
    const k = new Doc(`${dir}${pick(['kickstart/ks.cfg', 'install/anaconda-ks.cfg'])}`, 'password-hash');
    k.t('lang en_US.UTF-8').n('password-hash/kickstart-rootpw', `rootpw --iscrypted ${v.sha512crypt()}`).n('password-hash/kickstart-user', `user --name=ops --password=${v.sha512crypt()} --iscrypted`);
    const p = new Doc(`${dir}${pick(['pgbouncer/userlist.txt', 'deploy/pgbouncer-userlist.txt'])}`, 'password-hash');
    p.n('password-hash/pgbouncer-scram', `"app" "${v.pgScram()}"`).n('password-hash/pgbouncer-md5', `"reporting" "${v.pgMd5()}"`);
    const m = new Doc(`${dir}${pick(['mosquitto/passwd', 'config/mosquitto.passwd'])}`, 'password-hash');
    m.n('password-hash/mosquitto', `sensor:$7$101$${v.b64(16)}$${v.b64(86)}==`);
    return [c, k, p, m];
  },
  'password-hashes-seeds': (dir) => {
    const s = new Doc(`${dir}${pick(['db/seeds/001_users.sql', 'migrations/0003_seed_admin.sql'])}`, 'password-hash');
    s.t('INSERT INTO users (id, email, password_hash, role) VALUES');
    s.n('password-hash/sql-bcrypt', `  (1, 'admin@acme.dev', '${v.bcrypt()}', 'admin'),\n  (2, 'dana@acme.dev', '${v.argon2()}', 'user');`);
    s.n('password-hash/mysql-native', `CREATE USER 'report'@'%' IDENTIFIED WITH mysql_native_password AS '${v.mysqlNative()}';`);
    s.n('password-hash/pg-role', `ALTER ROLE app WITH LOGIN PASSWORD '${v.pgScram()}';`);
    const j = new Doc(`${dir}${pick(['fixtures/users.json', 'app/fixtures/initial_users.json'])}`, 'password-hash');
    j.t('[').t('  {').t('    "model": "auth.user",').t('    "pk": 1,').t('    "fields": {').n('password-hash/django-fixture', `      "password": "${v.django()}",`).t('      "username": "admin"').t('    }').t('  }').t(']');
    const w = new Doc(`${dir}${pick(['tests/conftest.py', 'app/tests/factories.py'])}`, 'password-hash');
    w.t('import pytest').t('').t('@pytest.fixture').t('def admin_user(db):').n('password-hash/werkzeug', `    return User(email="admin@example.com", password_hash="${v.werkzeug()}")`);
    const l = new Doc(`${dir}${pick(['ldap/bootstrap.ldif', 'docker/openldap/seed.ldif'])}`, 'password-hash');
    l.t('dn: uid=svc-jenkins,ou=services,dc=acme,dc=dev').t('objectClass: inetOrgPerson').t('uid: svc-jenkins').n('password-hash/ldif-ssha', `userPassword: ${v.ldapSsha()}`).n('password-hash/ldif-base64', `userPassword:: ${fake.b64(v.ldapSsha())}`);
    const r = new Doc(`${dir}${pick(['rabbitmq/definitions.json', 'docker/rabbitmq/definitions.json'])}`, 'password-hash');
    r.t('{').t('  "users": [').t('    {').t('      "name": "app",').n('password-hash/rabbitmq', `      "password_hash": "${v.b64Bytes(36)}",`).t('      "hashing_algorithm": "rabbit_password_hashing_sha256",').t('      "tags": ["management"]').t('    }').t('  ]').t('}');
    const k = new Doc(`${dir}${pick(['keycloak/realm-export.json', 'config/keycloak/acme-realm.json'])}`, 'password-hash');
    k.t('{').t('  "realm": "acme",').t('  "users": [{').t('    "username": "admin",').t('    "credentials": [{').t('      "type": "password",');
    k.n('password-hash/keycloak', `      "secretData": "{\\"value\\":\\"${v.b64Bytes(64)}\\",\\"salt\\":\\"${v.b64Bytes(16)}\\",\\"additionalParameters\\":{}}",`).t('      "credentialData": "{\\"hashIterations\\":27500,\\"algorithm\\":\\"pbkdf2-sha256\\",\\"additionalParameters\\":{}}"').t('    }]').t('  }]').t('}');
    return [s, j, w, l, r, k];
  },
};
