import * as fake from '../../../lib/secrets/fake';
import { chance, int, pick } from '../plant';
import { RtDoc } from './doc';
import { privateKey, publicBlock } from './keys';
import { anyNeg, badChecksum, documented, lookalike, redacted, reference, type Neg } from './negatives';
import { anyToken, selfEvident, tokenOf, uuid, type RtToken } from './tokens';

/**
 * File builders for the red-team corpus: each writes one file of a kind real
 * repositories hold (source in five languages, shell, CI YAML, JSON exports,
 * notebooks, logs, docs, XML, Terraform) and puts provider credentials in the
 * places that file kind carries them that are not `NAME=value` lines: call
 * arguments, headers, query strings, escaped JSON, comments, block scalars.
 * Each builder also writes hard negatives in the same places.
 */
export type Builder = (dir: string) => RtDoc;

const jsonEsc = (s: string) => JSON.stringify(s).slice(1, -1);
const camel = (env: string) => env.toLowerCase().replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
const Cap = (w: string) => w[0].toUpperCase() + w.slice(1);
const host = (t: RtToken) => `api.${t.words}.${pick(['com', 'io', 'net'])}`;
const JA = ['本番環境のキー（あとで消す）', '一時的なトークン', 'テスト用ではない', '顧客データ用'];
const comment = () => pick(['rotate after launch', 'TODO move to vault', 'temporary', 'prod', ...JA]);

/** The header a provider's API expects a token in. */
function header(t: RtToken, v: string): string {
  if (t.kind.startsWith('gitlab')) return `PRIVATE-TOKEN: ${v}`;
  if (t.kind === 'okta') return `Authorization: SSWS ${v}`;
  if (t.kind.startsWith('datadog')) return `${t.kind === 'datadog-app' ? 'DD-APPLICATION-KEY' : 'DD-API-KEY'}: ${v}`;
  if (t.kind === 'algolia-admin') return `X-Algolia-API-Key: ${v}`;
  if (t.kind === 'cloudflare-token') return `Authorization: Bearer ${v}`;
  if (t.kind.startsWith('github')) return `Authorization: ${pick(['token', 'Bearer'])} ${v}`;
  return pick([`Authorization: Bearer ${v}`, `X-Api-Key: ${v}`, `Authorization: Bearer ${v}`]);
}

/** Bare values need their provider named on the same line to be a finding a reviewer makes. */
/** Query parameter names: a bare value needs a name that says credential (`key=` alone is also a map key or a cache key). */
const qp = (t: RtToken) => (t.selfEvident ? pick(['access_token', 'api_key', 'key', 'token', 'auth']) : pick(['access_token', 'api_key', 'apikey', 'token']));
const provUrl = (t: RtToken) => (t.selfEvident ? `https://${pick(['api.partner.io', 'internal-gw.corp.net', 'example-service.dev'])}` : `https://${host(t)}`);

/** A negative for a slot whose name says "key" or "token": never a bare look-alike (a UUID named api_key may well be one). */
function negValue(): Neg {
  return pick([redacted, documented, badChecksum])();
}

export const BUILDERS: Record<string, Builder> = {
  python: (dir) => {
    const d = new RtDoc(`${dir}${pick(['app/clients.py', 'scripts/sync.py', 'src/service/integrations.py'])}`);
    d.t('import os').t('import requests').t('import boto3').t('');
    const id = tokenOf('aws-key-id').make();
    const sec = tokenOf('aws-secret').make();
    d.t('s3 = boto3.client(').t('    "s3",');
    d.p('py-boto3-kwarg/aws-key-id', `    aws_access_key_id="${id}",`).p('py-boto3-kwarg/aws-secret', `    aws_secret_access_key="${sec}",`).t('    region_name="eu-west-1",').t(')').t('');
    const o = tokenOf(pick(['openai-project', 'openai-legacy']));
    d.t('import openai').p(`py-attr/${o.kind}`, `openai.api_key = "${o.make()}"  # ${comment()}`).t('');
    for (let i = 0; i < int(2, 4); i++) {
      const t = anyToken();
      const v = t.make();
      const form = int(0, 4);
      if (form === 0) d.p(`py-client-kwarg/${t.kind}`, `${t.words}_client = ${Cap(t.words)}Client(api_key="${v}", timeout=30)`);
      else if (form === 1) d.p(`py-header-dict/${t.kind}`, `resp = requests.get("https://${host(t)}/v2/me", headers={"${header(t, v).replace(': ', '": "')}"})`);
      else if (form === 2) d.p(`py-environ-default/${t.kind}`, `${camel(t.env)} = os.environ.get("${t.env}", "${v}")`);
      else if (form === 3) d.p(`py-fstring-header/${t.kind}`, `HEADERS = {"Authorization": f"Bearer {'${v}'}", "X-Client": "${t.words}"}`);
      else d.p(`py-default-arg/${t.kind}`, `def connect_${t.words}(token: str = "${v}") -> None:`).t('    ...');
    }
    d.n('env-reference', `openai.api_key = os.environ["OPENAI_API_KEY"]`);
    const neg = negValue();
    d.n(neg.kind, `client = ${pick(['Stripe', 'Github', 'OpenAI'])}Client(api_key="${neg.value}")`);
    d.n('public-key-usage', `stripe.api_key_publishable = "pk_live_51${fake.alnum(95)}"`);
    return d;
  },
  javascript: (dir) => {
    const d = new RtDoc(`${dir}${pick(['src/lib/clients.ts', 'server/integrations.js', 'packages/api/src/vendors.mjs'])}`);
    d.t("import Stripe from 'stripe';").t("import { Octokit } from '@octokit/rest';").t('');
    d.p('js-new-client/stripe-live', `export const stripe = new Stripe("${tokenOf('stripe-live').make()}", { apiVersion: '2024-06-20' });`);
    d.p('js-octokit-auth/github-pat', `const octokit = new Octokit({ auth: '${tokenOf(pick(['github-pat', 'github-fine-grained'])).make()}' });`);
    for (let i = 0; i < int(2, 4); i++) {
      const t = anyToken();
      const v = t.make();
      const form = int(0, 4);
      if (form === 0) d.p(`js-fetch-header/${t.kind}`, `  const res = await fetch('https://${host(t)}/v1/items', { headers: { ${pick(['Authorization: `Bearer ' + v + '`', "'X-Api-Key': '" + v + "'"])} } });`);
      else if (form === 1) d.p(`js-template-query/${t.kind}`, `const url = \`https://${host(t)}/v1/search?q=\${encodeURIComponent(q)}&${qp(t)}=${v}\`;`);
      else if (form === 2) d.p(`js-object-prop/${t.kind}`, `const ${t.words}Config = { ${camel(t.env)}: '${v}', retries: 3 }; // ${comment()}`);
      else if (form === 3) {
        const u = selfEvident();
        d.p(`js-two-on-a-line/${t.kind}+${u.kind}`, `export const KEYS = { ${t.words}: "${v}", ${u.words}: "${u.make()}" };`);
      } else d.p(`js-axios-create/${t.kind}`, `const api = axios.create({ baseURL: '${provUrl(t)}', headers: { '${header(t, v).split(': ')[0]}': '${header(t, v).split(': ').slice(1).join(': ')}' } });`);
    }
    const cm = anyToken();
    d.p(`js-comment/${cm.kind}`, `// ${cm.words}: ${cm.make()} (${comment()})`);
    d.n('env-reference', 'const stripeEnv = new Stripe(process.env.STRIPE_SECRET_KEY!);');
    d.n('template-reference', 'const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });');
    const neg = negValue();
    d.n(neg.kind, `const ${pick(['example', 'sample', 'masked'])}Key = '${neg.value}';`);
    d.n('stripe-publishable', `loadStripe('pk_live_51${fake.alnum(95)}');`);
    return d;
  },
  go: (dir) => {
    const d = new RtDoc(`${dir}${pick(['internal/config/defaults.go', 'cmd/server/main.go', 'pkg/clients/clients.go'])}`);
    d.t('package config').t('').t('import (').t('\t"net/http"').t('').t('\t"github.com/aws/aws-sdk-go/aws/credentials"').t(')').t('');
    const t = anyToken();
    d.t('var Default = Config{').t('\tRegion:  "us-east-1",').p(`go-struct-literal/${t.kind}`, `\tAPIToken: "${t.make()}", // ${t.words}`).t('\tTimeout: 30,').t('}').t('');
    d.t('func staticCreds() *credentials.Credentials {');
    d.p('go-static-creds/aws-key-id+aws-secret', `\treturn credentials.NewStaticCredentials("${tokenOf('aws-key-id').make()}", "${tokenOf('aws-secret').make()}", "")`).t('}').t('');
    const h = anyToken();
    d.t('func authorize(req *http.Request) {');
    const hv = header(h, h.make());
    d.p(`go-header-set/${h.kind}`, `\treq.Header.Set("${hv.split(': ')[0]}", "${hv.split(': ').slice(1).join(': ')}")`).t('}');
    const c = anyToken();
    d.p(`go-const/${c.kind}`, `const ${camel(c.env)} = "${c.make()}"`);
    d.n('env-reference', '\ttoken := os.Getenv("GITHUB_TOKEN")');
    const neg = lookalike();
    d.n(neg.kind, `\tRequestID: "${neg.value}",`);
    return d;
  },
  java: (dir) => {
    const d = new RtDoc(`${dir}src/main/java/com/acme/${pick(['Clients', 'Integrations', 'BillingConfig'])}.java`);
    d.t('package com.acme;').t('').t('public final class Clients {');
    d.p('java-static-field/stripe-live', `    static { Stripe.apiKey = "${tokenOf('stripe-live').make()}"; }`);
    d.p('java-builder/github-pat', `    private final GitHub gh = new GitHubBuilder().withOAuthToken("${tokenOf('github-pat').make()}").build();`);
    d.t('    private final S3Client s3 = S3Client.builder()');
    d.p('java-aws-basic/aws-key-id+aws-secret', `        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("${tokenOf('aws-key-id').make()}", "${tokenOf('aws-secret').make()}")))`).t('        .build();');
    const t = anyToken();
    const hv = header(t, t.make());
    d.t('    HttpRequest req = HttpRequest.newBuilder(URI.create("' + provUrl(t) + '/v1/me"))').p(`java-http-header/${t.kind}`, `        .header("${hv.split(': ')[0]}", "${hv.split(': ').slice(1).join(': ')}")`).t('        .build();');
    d.n('env-reference', '    private final String token = System.getenv("GITHUB_TOKEN");');
    const neg = negValue();
    d.n(neg.kind, `    private static final String SAMPLE = "${neg.value}";`);
    d.t('}');
    return d;
  },
  shell: (dir) => {
    const d = new RtDoc(`${dir}${pick(['scripts/deploy.sh', 'bin/release', 'ops/bootstrap.sh'])}`);
    d.t('#!/usr/bin/env bash').t('set -euo pipefail').t('');
    for (let i = 0; i < int(4, 7); i++) {
      const t = anyToken();
      const v = t.make();
      const form = int(0, 8);
      if (form === 0) d.p(`curl-header/${t.kind}`, `curl -fsSL -H "${header(t, v)}" ${provUrl(t)}/v1/deployments`);
      else if (form === 1) d.p(`curl-header-continued/${t.kind}`, `curl -X POST \\\n  -H 'Content-Type: application/json' \\\n  -H '${header(t, v)}' \\\n  ${provUrl(t)}/v1/jobs`);
      else if (form === 2) d.p(`curl-query/${t.kind}`, `curl -s "${provUrl(t)}/v2/report?format=csv&${qp(t)}=${v}"`);
      else if (form === 3) d.p(`docker-build-arg/${t.kind}`, `docker build --build-arg ${t.env}=${v} -t acme/app:latest .`);
      else if (form === 4) d.p(`docker-run-env/${t.kind}`, `docker run --rm -e ${t.env}=${v} -e LOG_LEVEL=debug acme/worker:1.4`);
      else if (form === 5) d.t('cat > ~/.config/acme/credentials <<EOF').t('[default]').p(`heredoc/${t.kind}`, `${t.env.toLowerCase()} = ${v}`).t('EOF');
      else if (form === 6) d.p(`herestring/${t.kind}`, `gh secret set ${t.env} --repo acme/app <<< "${v}"`);
      else if (form === 7) d.p(`cli-flag/${t.kind}`, `${t.words}-cli login --token ${v} --non-interactive`);
      else d.p(`git-remote-token/${t.kind}`, `git clone https://${pick(['oauth2', 'x-access-token', 'ci'])}:${encodeURIComponent(v)}@${pick(['github.com', 'gitlab.com'])}/acme/infra.git`);
    }
    const hk = tokenOf('heroku-legacy');
    d.p('docker-run-env/heroku-legacy', `docker run --rm -e HEROKU_API_KEY=${hk.make()} -e HEROKU_APP=acme-prod heroku/cli:latest apps:info`);
    d.n('env-reference', `curl -H "Authorization: Bearer ${reference('API_TOKEN')}" https://api.github.com/user`);
    d.n('env-reference', `docker build --build-arg NPM_TOKEN=${reference('NPM_TOKEN')} .`);
    const neg = negValue();
    d.n(neg.kind, `curl -H "X-Api-Key: ${neg.value}" https://api.partner.io/v1/ping`);
    return d;
  },
  'ci-yaml': (dir) => {
    const d = new RtDoc(`${dir}${pick(['.github/workflows/deploy.yml', '.gitlab-ci.yml', '.circleci/config.yml'])}`);
    d.t('name: deploy').t('on: [push]').t('jobs:').t('  release:').t('    runs-on: ubuntu-latest').t('    env:');
    for (let i = 0; i < int(1, 3); i++) {
      const t = anyToken();
      d.p(`ci-env-map/${t.kind}`, `      ${t.env}: ${pick(['', '"', "'"]).replace(/^(.?)$/, (q) => q)}${t.make()}`.replace(/: (["']?)(\S+)$/, (_, q: string, v: string) => `: ${q}${v}${q}`));
    }
    d.n('ci-secret-ref', `      GITHUB_TOKEN: ${reference('GITHUB_TOKEN')}`);
    d.t('    steps:').t('      - uses: actions/checkout@v4').t('      - name: publish').t('        run: |');
    const t = anyToken();
    d.p(`ci-run-block/${t.kind}`, `          curl -sf -H "${header(t, t.make())}" ${provUrl(t)}/v1/releases`);
    const u = anyToken();
    d.p(`ci-run-block-docker/${u.kind}`, `          docker run -e ${u.env}=${u.make()} acme/publisher`);
    d.t('      - name: notify').t('        uses: slackapi/slack-github-action@v1').t('        with:');
    d.p('ci-with/slack-webhook', `          webhook: ${tokenOf('slack-webhook').make()}`);
    const neg = negValue();
    d.n(neg.kind, `          example-token: ${neg.value}`);
    return d;
  },
  'k8s-configmap': (dir) => {
    const d = new RtDoc(`${dir}${pick(['deploy/k8s/configmap.yaml', 'charts/app/templates/config.yaml', 'k8s/overlays/prod/app-config.yaml'])}`);
    d.t('apiVersion: v1').t('kind: ConfigMap').t('metadata:').t('  name: app-config').t('data:').t('  app.env: |');
    for (let i = 0; i < int(1, 3); i++) {
      const t = anyToken();
      d.p(`yaml-literal-block/${t.kind}`, `    ${t.env}=${t.make()}`);
    }
    d.t('    LOG_LEVEL=info').t('  settings.json: |').t('    {');
    const t = anyToken();
    d.p(`yaml-block-json/${t.kind}`, `      "${camel(t.env)}": "${t.make()}",`).t('      "region": "eu-west-1"').t('    }');
    const k = privateKey();
    d.t('  tls.key: |');
    d.p(`yaml-block-key/${k.kind}`, k.text.split('\n').map((l) => `    ${l}`).join('\n'), k.text.slice(0, 40));
    d.t('  notes: >');
    const f = selfEvident();
    d.p(`yaml-folded-block/${f.kind}`, `    The ${f.words} integration uses ${f.make()} until the vault migration lands.`);
    d.t('  ca.crt: |');
    d.n('public-block', publicBlock().split('\n').map((l) => `    ${l}`).join('\n'));
    return d;
  },
  'postman-collection': (dir) => {
    const d = new RtDoc(`${dir}${pick(['postman/Acme API.postman_collection.json', 'docs/api/collection.json'])}`);
    d.t('{').t('  "info": { "name": "Acme API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },').t('  "auth": {').t('    "type": "bearer",').t('    "bearer": [');
    const t = anyToken();
    d.p(`postman-bearer/${t.kind}`, `      { "key": "token", "value": "${t.make()}", "type": "string" }`).t('    ]').t('  },').t('  "item": [').t('    {').t('      "name": "List items",').t('      "request": {').t('        "method": "GET",').t('        "header": [');
    const h = anyToken();
    const hv = header(h, h.make());
    d.p(`postman-header/${h.kind}`, `          { "key": "${hv.split(': ')[0]}", "value": "${hv.split(': ').slice(1).join(': ')}", "type": "text" },`);
    d.n('postman-variable', '          { "key": "X-Api-Key", "value": "{{api_key}}", "type": "text" }').t('        ],');
    const q = anyToken();
    d.p(`postman-url-query/${q.kind}`, `        "url": { "raw": "${provUrl(q)}/v1/items?${qp(q)}=${q.make()}", "host": ["${host(q)}"] }`);
    d.t('      }').t('    }').t('  ],').t('  "variable": [');
    const vt = anyToken();
    d.p(`postman-variable-value/${vt.kind}`, `    { "key": "${camel(vt.env)}", "value": "${vt.make()}" },`);
    const neg = negValue();
    d.n(neg.kind, `    { "key": "exampleValue", "value": "${neg.value}" }`).t('  ]').t('}');
    return d;
  },
  har: (dir) => {
    const d = new RtDoc(`${dir}${pick(['fixtures/session.har', 'debug/checkout-flow.har'])}`);
    d.t('{').t('  "log": {').t('    "version": "1.2",').t('    "entries": [').t('      {').t('        "request": {').t('          "method": "POST",');
    const q = anyToken();
    d.p(`har-url/${q.kind}`, `          "url": "${provUrl(q)}/v1/charges?${qp(q)}=${q.make()}",`);
    d.t('          "headers": [').t('            { "name": "Accept", "value": "application/json" },');
    const h = anyToken();
    const hv = header(h, h.make());
    d.p(`har-header/${h.kind}`, `            { "name": "${hv.split(': ')[0]}", "value": "${hv.split(': ').slice(1).join(': ')}" },`);
    d.n('uuid', `            { "name": "X-Request-Id", "value": "${uuid()}" }`).t('          ],').t('          "postData": {').t('            "mimeType": "application/json",');
    const b = anyToken();
    d.p(`har-escaped-json/${b.kind}`, `            "text": "{\\"${camel(b.env)}\\":\\"${b.make()}\\",\\"amount\\":1200}"`);
    d.t('          }').t('        },').t('        "response": {').t('          "status": 200,').t('          "content": {');
    const neg = lookalike();
    d.n(neg.kind, `            "text": "{\\"id\\":\\"${neg.value}\\",\\"object\\":\\"charge\\"}"`);
    d.t('          }').t('        }').t('      }').t('    ]').t('  }').t('}');
    return d;
  },
  notebook: (dir) => {
    const d = new RtDoc(`${dir}${pick(['notebooks/eval.ipynb', 'analysis/Exploration.ipynb'])}`);
    d.t('{').t(' "cells": [').t('  {').t('   "cell_type": "code",').t('   "execution_count": 3,').t('   "metadata": {},').t('   "outputs": [').t('    {').t('     "name": "stdout",').t('     "output_type": "stream",').t('     "text": [');
    const o = selfEvident();
    d.p(`ipynb-output/${o.kind}`, `      "Authenticated with token ${o.make()}\\n",`);
    d.t('      "done\\n"').t('     ]').t('    }').t('   ],').t('   "source": [').t('    "import os\\n",');
    const s = anyToken();
    d.p(`ipynb-source/${s.kind}`, `    "os.environ[\\"${s.env}\\"] = \\"${s.make()}\\"\\n",`);
    const a = tokenOf(pick(['openai-project', 'anthropic', 'huggingface', 'groq']));
    d.p(`ipynb-source-call/${a.kind}`, `    "client = ${Cap(a.words)}(api_key=\\"${a.make()}\\")\\n",`);
    d.n('env-reference', '    "token = os.environ[\\"HF_TOKEN\\"]\\n"').t('   ]').t('  },').t('  {').t('   "cell_type": "code",').t('   "metadata": {},').t('   "outputs": [');
    d.t('    {').t('     "data": {').n('notebook-image', `      "image/png": "iVBORw0KGgoAAAANSUhEUgAA${fake.base64(int(1500, 6000))}",`).t('      "text/plain": ["<Figure size 640x480 with 1 Axes>"]').t('     },').t('     "output_type": "display_data"').t('    }').t('   ],');
    d.t('   "source": ["plt.plot(tokens_per_key)\\n"]').t('  },').t('  {').t('   "cell_type": "markdown",').t('   "metadata": {},').t('   "source": [');
    const neg = redacted();
    d.n(neg.kind, `    "Set your key first: \`${neg.value}\`"`).t('   ]').t('  }').t(' ],').t(' "metadata": { "kernelspec": { "name": "python3" } },').t(' "nbformat": 4,').t(' "nbformat_minor": 5').t('}');
    return d;
  },
  'app-log': (dir) => {
    const d = new RtDoc(`${dir}${pick(['logs/app.log', 'tmp/debug.log', 'var/log/worker.log'])}`);
    const ts = () => `2024-0${int(1, 9)}-1${int(0, 9)}T0${int(0, 9)}:${int(10, 59)}:${int(10, 59)}.${fake.digits(3)}Z`;
    for (let i = 0; i < int(6, 12); i++) {
      const r = int(0, 9);
      if (r < 5) {
        d.t(`${ts()} INFO  http request method=GET path=/v1/orders/${fake.digits(6)} status=200 duration_ms=${int(3, 400)} request_id=${uuid()}`);
        continue;
      }
      const t = anyToken();
      const v = t.make();
      if (r === 5) d.p(`log-header/${t.kind}`, `${ts()} DEBUG outgoing request url=${provUrl(t)}/v1/me headers={'${header(t, v).replace(': ', "': '")}', 'Accept': 'application/json'}`);
      else if (r === 6) d.p(`log-url/${t.kind}`, `${ts()} WARN  retrying GET ${provUrl(t)}/v1/events?since=0&${qp(t)}=${v} attempt=2`);
      else if (r === 7) d.p(`log-urlencoded/${t.kind}`, `${ts()} DEBUG form body: grant_type=client_credentials&${pick(['client_secret', 'token', 'api_key'])}=${encodeURIComponent(v)}&scope=read`);
      else if (r === 8) d.p(`log-json/${t.kind}`, `{"ts":"${ts()}","level":"debug","msg":"config loaded","${camel(t.env)}":"${v}","pid":${int(100, 9999)}}`);
      else d.p(`log-kv/${t.kind}`, `${ts()} INFO  ${t.words} client initialised token=${v} region=us-east-1`);
    }
    const s = tokenOf('slack-webhook');
    d.p('log-urlencoded-webhook/slack-webhook', `${ts()} DEBUG POST /hooks/forward?target=${encodeURIComponent(s.make())} status=200`);
    const neg = redacted();
    d.n(neg.kind, `${ts()} INFO  using credentials token=${neg.value} (masked)`);
    d.n('git-sha', `${ts()} INFO  deployed https://github.com/acme/app/commit/${fake.hex(40)}`);
    return d;
  },
  markdown: (dir) => {
    const d = new RtDoc(`${dir}${pick(['docs/setup.md', 'README.md', 'docs/runbooks/incident-2024-03.md', 'CONTRIBUTING.md'])}`);
    d.t('# Setup').t('').t('Call the API with your token:').t('').t('```bash');
    d.n('env-reference', 'curl -H "Authorization: Bearer $API_TOKEN" https://api.example.com/v1/me');
    d.t('```').t('').t('## Incident notes').t('');
    const t = selfEvident();
    d.p(`md-inline-code/${t.kind}`, `The leaked ${t.words} token was \`${t.make()}\`; it is rotated now.`).t('');
    d.t('```sh');
    const h = anyToken();
    d.p(`md-fence-curl/${h.kind}`, `curl -H '${header(h, h.make())}' ${provUrl(h)}/v1/status`).t('```').t('');
    d.t('| env | token |').t('|-----|-------|');
    const r = selfEvident();
    d.p(`md-table/${r.kind}`, `| prod | ${r.make()} |`);
    d.t('').t('```python');
    const p = anyToken();
    d.p(`md-fence-python/${p.kind}`, `client = ${Cap(p.words)}Client(token="${p.make()}")`).t('```').t('');
    for (let i = 0; i < 3; i++) {
      const neg = anyNeg();
      d.n(neg.kind, `- ${pick(['example', 'format', 'placeholder'])}: \`${neg.value}\``);
    }
    d.n('stripe-publishable', `Publishable key for the checkout page: \`pk_live_51${fake.alnum(95)}\``);
    return d;
  },
  xml: (dir) => {
    const d = new RtDoc(`${dir}${pick(['src/Web/Web.config', 'config/app.config', 'src/main/resources/integrations.xml'])}`);
    d.t('<?xml version="1.0" encoding="utf-8"?>').t('<configuration>').t('  <appSettings>');
    for (let i = 0; i < int(1, 3); i++) {
      const t = anyToken();
      d.p(`xml-add-value/${t.kind}`, `    <add key="${Cap(camel(t.env))}" value="${t.make()}" />`);
    }
    d.n('xml-reference', '    <add key="GitHubToken" value="#{GitHubToken}#" />').t('  </appSettings>');
    const e = anyToken();
    d.p(`xml-element/${e.kind}`, `  <${t2(e)}>${e.make()}</${t2(e)}>`);
    const a = anyToken();
    d.p(`xml-attribute/${a.kind}`, `  <endpoint name="${a.words}" url="${provUrl(a)}" apiKey="${a.make()}" timeout="30" />`);
    const neg = lookalike();
    d.n(neg.kind, `  <build commit="${neg.value}" />`);
    d.t('</configuration>');
    return d;
  },
  terraform: (dir) => {
    const d = new RtDoc(`${dir}${pick(['infra/main.tf', 'terraform/providers.tf', 'modules/app/main.tf'])}`);
    d.t('provider "github" {').p('tf-provider/github-pat', `  token = "${tokenOf('github-pat').make()}"`).t('  owner = "acme"').t('}').t('');
    const v = anyToken();
    d.t(`variable "${v.env.toLowerCase()}" {`).t('  type      = string').t('  sensitive = true').p(`tf-variable-default/${v.kind}`, `  default   = "${v.make()}"`).t('}').t('');
    const k = privateKey();
    d.t('resource "tls_private_key_import" "deploy" {').t('  private_key_pem = <<-EOT');
    d.p(`tf-heredoc-key/${k.kind}`, k.text.split('\n').map((l) => `    ${l}`).join('\n'), k.text.slice(0, 40));
    d.t('  EOT').t('}').t('');
    d.n('tf-reference', '  api_token = var.cloudflare_api_token');
    const h = tokenOf('slack-webhook');
    d.p('tf-webhook/slack-webhook', `  webhook_url = "${h.make()}"`);
    return d;
  },
  'json-config': (dir) => {
    const d = new RtDoc(`${dir}${pick(['config/production.json', 'appsettings.Production.json', 'public/runtime-config.json'])}`);
    // Minified: one long line, keys and values as a bundler writes them.
    const parts: string[] = [];
    for (let i = 0; i < int(40, 120); i++) parts.push(`"${pick(['feature', 'flag', 'route', 'limit'])}${i}":${pick([`"${fake.lowerAlnum(int(4, 20))}"`, String(int(0, 9999)), 'true', 'null'])}`);
    const t = anyToken();
    const pos = int(0, parts.length);
    parts.splice(pos, 0, `"${t.words}":{"${camel(t.env)}":"${t.make()}","enabled":true}`);
    d.p(`minified-json/${t.kind}`, `{${parts.join(',')}}`, `${t.kind} in a ${parts.join(',').length}-char line`);
    const k = privateKey();
    const sa = `{"type":"service_account","project_id":"acme-${fake.lowerAlnum(5)}","private_key":"${jsonEsc(k.text + '\n')}","client_email":"ci@acme.iam.gserviceaccount.com"}`;
    d.p(`json-escaped-key/${k.kind}`, sa, k.kind);
    const e = anyToken();
    d.p(`json-escaped-string/${e.kind}`, JSON.stringify({ payload: JSON.stringify({ [camel(e.env)]: e.make(), service: e.words }) }));
    d.n('public-block', JSON.stringify({ certificate: publicBlock() + '\n' }));
    return d;
  },
  dockerfile: (dir) => {
    const d = new RtDoc(`${dir}${pick(['Dockerfile', 'docker/api.Dockerfile', 'build/Dockerfile.ci'])}`);
    d.t('FROM node:20-alpine AS build').t('WORKDIR /app');
    const g = tokenOf(pick(['github-pat', 'github-fine-grained', 'gitlab-pat-routable']));
    d.p(`dockerfile-run-clone/${g.kind}`, `RUN git clone https://${g.kind.startsWith('gitlab') ? 'oauth2' : 'x-access-token'}:${g.make()}@${g.kind.startsWith('gitlab') ? 'gitlab.com' : 'github.com'}/acme/shared.git /src/shared`);
    const t = anyToken();
    d.p(`dockerfile-run-curl/${t.kind}`, `RUN curl -fsSL -H "${header(t, t.make())}" ${provUrl(t)}/v1/artifacts/latest -o /tmp/a.tgz`);
    const n = tokenOf('npm');
    d.p('dockerfile-run-npmrc/npm', `RUN echo "//registry.npmjs.org/:_authToken=${n.make()}" > .npmrc && npm ci && rm .npmrc`);
    d.n('dockerfile-secret-mount', 'RUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci');
    d.t('COPY . .').t('CMD ["node", "server.js"]');
    return d;
  },
};

const t2 = (t: RtToken) => Cap(camel(t.env));

const hook = () => tokenOf(pick(['slack-webhook', 'discord-webhook', 'teams-webhook']));

BUILDERS['ruby-php'] = (dir) => {
  const d = new RtDoc(`${dir}${pick(['config/initializers/clients.rb', 'lib/acme/clients.rb'])}`);
  d.t("require 'octokit'").t('');
  d.p('rb-keyword-arg/github-pat', `client = Octokit::Client.new(access_token: '${tokenOf(pick(['github-pat', 'github-oauth'])).make()}')`);
  const t = anyToken();
  d.p(`rb-hash-rocket/${t.kind}`, `CONFIG = { :${t.words} => { :api_key => "${t.make()}" } }.freeze`);
  const c = anyToken();
  d.p(`rb-comment/${c.kind}`, `# old ${c.words} key, ${comment()}: ${c.make()}`);
  d.n('env-reference', "client = Octokit::Client.new(access_token: ENV.fetch('GITHUB_TOKEN'))");
  const p = new RtDoc(`${dir}${pick(['config/services.php', 'app/Config/Integrations.php'])}`);
  p.t('<?php').t('').t('return [');
  const a = anyToken();
  p.t(`    '${a.words}' => [`).p(`php-array/${a.kind}`, `        'secret' => '${a.make()}',`).t('    ],');
  const h = hook();
  p.p(`php-json-escaped-slashes/${h.kind}`, `    'notify' => json_decode('{"url":"${h.make().replace(/\//g, '\\/')}"}', true),`);
  p.n('env-reference', "    'stripe' => ['secret' => env('STRIPE_SECRET')],");
  p.t('];');
  (d as RtDoc & { extra?: RtDoc[] }).extra = [p];
  return d;
};

BUILDERS['basic-auth'] = (dir) => {
  const d = new RtDoc(`${dir}${pick(['scripts/mirror.sh', 'ops/registry-sync.sh'])}`);
  d.t('#!/bin/sh');
  const t = tokenOf(pick(['github-pat', 'gitlab-pat-routable', 'npm', 'dockerhub', 'atlassian']));
  const b64 = Buffer.from(`${pick(['x-access-token', 'ci-bot', 'deploy@acme.io'])}:${t.make()}`).toString('base64');
  d.p(`basic-auth-header/${t.kind}`, `curl -fsS -H "Authorization: Basic ${b64}" https://${pick(['registry.acme.io', 'api.github.com', 'acme.atlassian.net'])}/v2/_catalog`);
  const h = hook();
  d.p(`webhook-urlencoded/${h.kind}`, `curl -s "https://relay.acme.io/forward?to=${encodeURIComponent(h.make())}"`);
  const j = hook();
  d.p(`webhook-json-slashes/${j.kind}`, `echo '{"hook":"${j.make().replace(/\//g, '\\/')}"}' > /etc/acme/notify.json`);
  d.n('basic-auth-reference', 'curl -fsS -H "Authorization: Basic $(printf %s "$USER:$TOKEN" | base64)" https://registry.acme.io/v2/');
  return d;
};

const pngDataUri = () => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${fake.base64(int(200, 600))}=`;

BUILDERS['cli-flags'] = (dir) => {
  const d = new RtDoc(`${dir}${pick(['Makefile', 'scripts/provision.sh', 'justfile'])}`);
  d.t('deploy:');
  const a = anyToken();
  d.p(`kubectl-from-literal/${a.kind}`, `\tkubectl create secret generic ${a.words}-creds --from-literal=${pick(['api-key', 'token', 'apiKey'])}=${a.make()} --dry-run=client -o yaml | kubectl apply -f -`);
  const b = anyToken();
  d.p(`helm-set/${b.kind}`, `\thelm upgrade --install app ./chart --set ${b.words}.${pick(['apiKey', 'token', 'secretKey'])}=${b.make()} --namespace prod`);
  const c = anyToken();
  d.p(`terraform-var-flag/${c.kind}`, `\tterraform apply -auto-approve -var '${c.env.toLowerCase()}=${c.make()}'`);
  const g = tokenOf(pick(['github-pat', 'github-fine-grained', 'github-s2s']));
  d.p(`git-insteadof/${g.kind}`, `\tgit config --global url."https://${g.make()}@github.com/".insteadOf "https://github.com/"`);
  const p = tokenOf('pypi');
  d.p('pip-index-url/pypi', `\tpip install --index-url https://__token__:${p.make()}@upload.pypi.org/simple/ acme-internal`);
  const k = tokenOf(pick(['dockerhub', 'github-pat', 'gitlab-pat-routable']));
  d.p(`docker-login-stdin/${k.kind}`, `\techo "${k.make()}" | docker login ${pick(['ghcr.io', 'registry.gitlab.com', 'docker.io'])} -u ci --password-stdin`);
  const n = tokenOf('npm');
  d.p('npm-config-set/npm', `\tnpm config set //registry.npmjs.org/:_authToken ${n.make()}`);
  d.n('env-reference', '\thelm upgrade --install app ./chart --set stripe.apiKey=$$STRIPE_API_KEY');
  d.n('image-digest', `\tdocker pull ghcr.io/acme/api@sha256:${fake.hex(64)}`);
  return d;
};

BUILDERS['dotnet-rust-kotlin'] = (dir) => {
  const d = new RtDoc(`${dir}${pick(['src/Acme.Api/Startup.cs', 'src/Acme.Billing/Clients.cs'])}`);
  d.p('cs-new-client/stripe-live', `        var stripe = new StripeClient("${tokenOf('stripe-live').make()}");`);
  const h = anyToken();
  const hv = header(h, h.make());
  d.p(`cs-default-headers/${h.kind}`, `        http.DefaultRequestHeaders.Add("${hv.split(': ')[0]}", "${hv.split(': ').slice(1).join(': ')}");`);
  const a = anyToken();
  d.p(`cs-verbatim-string/${a.kind}`, `        private const string ${Cap(camel(a.env))} = @"${a.make()}";`);
  d.n('env-reference', '        var key = Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY");');
  const r = new RtDoc(`${dir}${pick(['src/client.rs', 'crates/api/src/auth.rs'])}`);
  const rb = anyToken();
  r.p(`rust-bearer-auth/${rb.kind}`, `    let resp = client.get("${provUrl(rb)}/v1/me").bearer_auth("${rb.make()}").send().await?;`);
  const rr = anyToken();
  r.p(`rust-raw-string/${rr.kind}`, `const ${rr.env}: &str = r#"${rr.make()}"#;`);
  const k = new RtDoc(`${dir}${pick(['app/src/main/java/com/acme/Config.kt', 'android/app/src/main/kotlin/Keys.kt'])}`);
  const kk = anyToken();
  k.p(`kotlin-const-val/${kk.kind}`, `    const val ${kk.env} = "${kk.make()}"`);
  const kh = anyToken();
  const khv = header(kh, kh.make());
  k.p(`okhttp-add-header/${kh.kind}`, `        .addHeader("${khv.split(': ')[0]}", "${khv.split(': ').slice(1).join(': ')}")`);
  (d as RtDoc & { extra?: RtDoc[] }).extra = [r, k];
  return d;
};

BUILDERS['web-page'] = (dir) => {
  const d = new RtDoc(`${dir}${pick(['public/index.html', 'templates/admin.html', 'src/pages/debug.html'])}`);
  d.t('<!doctype html>').t('<html><head>');
  d.n('data-uri', `<link rel="icon" href="${pngDataUri()}">`);
  d.n('sri', `<script src="https://cdn.acme.io/app.js" integrity="sha384-${fake.base64(64)}" crossorigin="anonymous"></script>`);
  const t = selfEvident();
  d.p(`html-inline-config/${t.kind}`, `<script>window.__CONFIG__ = {"${t.words}Key":"${t.make()}","env":"production"};</script>`);
  const m = selfEvident();
  d.p(`html-meta/${m.kind}`, `<meta name="${m.words}-token" content="${m.make()}">`);
  d.n('stripe-publishable', `<script>const stripe = Stripe('pk_live_51${fake.alnum(95)}');</script>`);
  d.n('sentry-dsn', `<script>Sentry.init({ dsn: "https://${fake.hex(32)}@o${fake.digits(6)}.ingest.sentry.io/${fake.digits(7)}" });</script>`);
  d.t('</head><body>');
  const j = selfEvident();
  d.p(`html-japanese-adjacent/${j.kind}`, `<p>本番のトークンは${j.make()}です。</p>`);
  const f = selfEvident();
  d.p(`fullwidth-colon/${f.kind}`, `<!-- キー：${f.make()}（削除予定） -->`);
  d.t('</body></html>');
  return d;
};

BUILDERS['data-files'] = (dir) => {
  const d = new RtDoc(`${dir}${pick(['db/seeds/api_keys.sql', 'migrations/0042_seed_integrations.sql'])}`);
  const t = anyToken();
  d.p(`sql-insert/${t.kind}`, `INSERT INTO integrations (provider, api_key, created_at) VALUES ('${t.words}', '${t.make()}', now());`);
  const u = selfEvident();
  d.p(`sql-update/${u.kind}`, `UPDATE settings SET value = '${u.make()}' WHERE name = '${u.words}_token';`);
  d.n('sql-hash', `INSERT INTO users (email, password_hash) VALUES ('admin@acme.io', '$2b$12$${fake.chars(fake.ALNUM + './', 53)}');`);
  const c = new RtDoc(`${dir}${pick(['data/integrations.csv', 'exports/keys-2024.csv'])}`);
  c.t('env,provider,key,owner');
  for (let i = 0; i < int(2, 4); i++) {
    const k = selfEvident();
    c.p(`csv-row/${k.kind}`, `prod,${k.words},${k.make()},platform-team`);
  }
  c.n('uuid', `staging,internal,${uuid()},platform-team`);
  const dc = new RtDoc(`${dir}${pick(['.devcontainer/devcontainer.json', '.vscode/launch.json'])}`);
  dc.t('{').t('  "name": "api",').t('  "containerEnv": {');
  const e = anyToken();
  dc.p(`json-env-map/${e.kind}`, `    "${e.env}": "${e.make()}",`);
  dc.n('env-reference', '    "GITHUB_TOKEN": "${localEnv:GITHUB_TOKEN}"').t('  }').t('}');
  const ks = new RtDoc(`${dir}${pick(['k8s/secret.yaml', 'deploy/secrets/api.yaml'])}`);
  ks.t('apiVersion: v1').t('kind: Secret').t('metadata:').t('  name: api').t('type: Opaque').t('data:');
  const b = selfEvident();
  ks.p(`k8s-secret-base64/${b.kind}`, `  ${b.env.toLowerCase().replace(/_/g, '-')}: ${Buffer.from(b.make()).toString('base64')}`);
  ks.t('stringData:');
  const sd = anyToken();
  ks.p(`k8s-string-data/${sd.kind}`, `  ${sd.env}: "${sd.make()}"`);
  const fm = selfEvident();
  ks.p(`yaml-flow-map/${fm.kind}`, `  config.yaml: "{${fm.words}: {token: ${fm.make()}}}"`);
  (d as RtDoc & { extra?: RtDoc[] }).extra = [c, dc, ks];
  return d;
};

/**
 * A minified bundle config over 64 KiB on one line (no line break to snap a window to), and a
 * rendered Kubernetes manifest over 64 KiB with base64 Secret data deep inside it.
 */
export function bigOneLiners(dir: string): RtDoc[] {
  const j = new RtDoc(`${dir}${pick(['dist/config.json', 'public/settings.bundle.json'])}`);
  const parts: string[] = [];
  const planted: string[] = [];
  let size = 0;
  const target = 64 * 1024 + int(500, 20000);
  while (size < target) {
    const part = `"k${parts.length}":"${fake.lowerAlnum(int(4, 40))}"`;
    parts.push(part);
    size += part.length + 1;
  }
  if (!planted.length) {
    const t = anyToken();
    planted.push(t.kind);
    parts.splice(int(0, parts.length), 0, `"${t.words}":{"${camel(t.env)}":"${t.make()}"}`);
  }
  j.p(`big-one-line-json/${planted.join('+')}`, `{${parts.join(',')}}`, `${planted.join('+')} in a ${size}-char line`);
  const k = new RtDoc(`${dir}${pick(['deploy/rendered/all.yaml', 'k8s/generated/manifests.yaml'])}`);
  const cm = () => ['---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: cfg-${fake.lowerAlnum(6)}`, 'data:', ...Array.from({ length: 20 }, (_, i) => `  key${i}: "${fake.lowerAlnum(int(10, 60))}"`)].join('\n');
  while (k.size < 64 * 1024 + int(500, 8000)) {
    if (chance(0.03)) {
      const t = selfEvident();
      k.t('---').t('apiVersion: v1').t('kind: Secret').t('metadata:').t(`  name: ${t.words}-${fake.lowerAlnum(4)}`).t('type: Opaque').t('data:');
      k.p(`big-k8s-secret-base64/${t.kind}`, `  ${pick(['token', 'api-key', 'password'])}: ${Buffer.from(t.make()).toString('base64')}`);
    } else k.t(cm());
  }
  return [j, k];
}

/** Lines a careful reviewer passes over, in the contexts the positives use: ids, digests, public material. */
BUILDERS['hard-negatives'] = (dir) => {
  const d = new RtDoc(`${dir}${pick(['scripts/diagnostics.sh', 'tools/support-bundle.sh'])}`);
  d.t('#!/usr/bin/env bash');
  d.n('request-id-header', `curl -H "X-Request-Id: ${fake.hex(32)}" -H "X-Correlation-Id: ${uuid()}" https://api.acme.io/v1/health`);
  d.n('etag-header', `curl -H 'If-None-Match: "${fake.hex(32)}"' https://cdn.acme.io/app.js`);
  d.n('cache-buster', `curl -fsS "https://cdn.acme.io/bundle.js?v=${fake.hex(8)}&sha=${fake.hex(40)}"`);
  d.n('sha256sum', `echo "${fake.hex(64)}  terraform_1.8.5_linux_amd64.zip" | sha256sum -c -`);
  d.n('git-lfs-oid', `oid sha256:${fake.hex(64)}`);
  d.n('twilio-account-sid', `python -c 'from twilio.rest import Client; Client("AC${fake.hex(32)}", os.environ["TWILIO_AUTH_TOKEN"])'`);
  d.n('ssh-public-key', `echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${fake.base64(43)} deploy@ci" >> ~/.ssh/authorized_keys`);
  d.n('age-recipient', `sops --encrypt --age age1${fake.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)} secrets.yaml`);
  d.n('redacted', `curl -H "Authorization: Bearer ${redacted().value}" https://api.github.com/user`);
  d.n('documented', `aws configure set aws_access_key_id ${documented().value}`);
  d.n('google-oauth-client-id', `gcloud auth application-default login --client-id-file <(echo '{"installed":{"client_id":"${fake.digits(12)}-${fake.lowerAlnum(32)}.apps.googleusercontent.com"}}')`);
  d.n('supabase-anon-key', `export NEXT_PUBLIC_SUPABASE_ANON_KEY=${fake.jwt({ iss: 'supabase', ref: fake.lowerAlnum(20), role: 'anon', iat: 1700000000, exp: 2000000000 })}`);
  d.n('recaptcha-site-key', `export RECAPTCHA_SITE_KEY=6L${fake.base64url(38)}`);
  const k = new RtDoc(`${dir}${pick(['k8s/webhook.yaml', 'deploy/admission.yaml'])}`);
  k.t('apiVersion: admissionregistration.k8s.io/v1').t('kind: ValidatingWebhookConfiguration').t('webhooks:').t('  - name: policy.acme.io').t('    clientConfig:');
  k.n('ca-bundle', `      caBundle: ${Buffer.from(publicBlock().replace(/PUBLIC KEY|RSA PUBLIC KEY/g, 'CERTIFICATE') + '\n').toString('base64')}`);
  k.t('---').t('apiVersion: v1').t('kind: Secret').t('type: kubernetes.io/tls').t('data:');
  k.n('tls-crt-base64', `  tls.crt: ${Buffer.from(publicBlock().replace(/PUBLIC KEY|RSA PUBLIC KEY/g, 'CERTIFICATE') + '\n').toString('base64')}`);
  k.n('image-digest', `        image: ghcr.io/acme/api@sha256:${fake.hex(64)}`);
  const c = new RtDoc(`${dir}CHANGELOG.md`);
  c.t('# Changelog').t('');
  c.n('git-sha', `- Fix token refresh race ([${fake.hex(7)}](https://github.com/acme/api/commit/${fake.hex(40)}))`);
  c.n('redacted', `- Rotated the leaked key \`${redacted().value}\` (see incident 2024-03)`);
  c.n('stripe-object-id', `- Refunded charge \`ch_${fake.alnum(24)}\` for customer \`cus_${fake.alnum(14)}\``);
  c.n('bad-checksum', `- Example token format: \`${badChecksum().value}\``);
  (d as RtDoc & { extra?: RtDoc[] }).extra = [k, c];
  return d;
};

/** Several files from one builder: the first carries the rest. */
export function expand(d: RtDoc): RtDoc[] {
  return [d, ...((d as RtDoc & { extra?: RtDoc[] }).extra ?? [])];
}

/**
 * Files just over the 64 KiB size where the engine windows its regexes around
 * keyword hits: filler lines, with credentials whose naming word sits at a
 * window's edge (a long line between name and value), and a key block near the end.
 */
export function bigFile(dir: string): RtDoc {
  const d = new RtDoc(`${dir}${pick(['data/export.ndjson', 'logs/big-session.log', 'fixtures/large-config.json.log'])}`);
  const filler = () => `{"ts":${1718000000 + int(0, 999999)},"event":"${pick(['view', 'click', 'scroll'])}","path":"/p/${fake.lowerAlnum(int(8, 30))}","ua":"Mozilla/5.0 (X11; Linux x86_64)","ref":"${pick(['', 'https://www.google.com/'])}"}`;
  const target = 64 * 1024 + int(200, 6000);
  const plantAt = new Set<number>();
  for (let i = 0; i < 5; i++) plantAt.add(int(20, 500));
  let i = 0;
  while (d.size < target) {
    if (plantAt.has(i)) {
      const t = anyToken();
      const v = t.make();
      const pad = fake.lowerAlnum(int(150, 700));
      const form = int(0, 3);
      if (form === 0) d.p(`big-near-edge-after/${t.kind}`, `{"service":"${t.words}","note":"${pad}","${camel(t.env)}":"${v}"}`);
      else if (form === 1) d.p(`big-near-edge-before/${t.kind}`, `{"${camel(t.env)}":"${v}","note":"${pad}","service":"${t.words}"}`);
      else if (form === 2) d.p(`big-header/${t.kind}`, `{"ts":1718000000,"event":"api","headers":{"${header(t, v).replace(': ', '":"')}"},"pad":"${pad}"}`);
      else {
        const k = privateKey();
        d.p(`big-escaped-key/${k.kind}`, `{"event":"provision","key":"${jsonEsc(k.text)}"}`, k.kind);
      }
    } else d.t(filler());
    i++;
  }
  const t = anyToken();
  d.p(`big-last-line/${t.kind}`, `{"event":"shutdown","${camel(t.env)}":"${t.make()}"}`);
  d.encoding.noFinalNewline = chance(0.5);
  return d;
}

export { chance };

/** Values on the line after their name, and private keys inside code strings. */
BUILDERS['next-line-values'] = (dir) => {
  const d = new RtDoc(`${dir}${pick(['config/settings.yaml', 'ansible/group_vars/prod.yml', 'conf/app.yml'])}`);
  d.t('integrations:');
  const a = anyToken();
  d.t(`  ${a.env.toLowerCase()}: ${pick(['|', '>-', '|-', '>'])}`).p(`yaml-block-value/${a.kind}`, `    ${a.make()}`);
  const b = anyToken();
  d.t(`  ${b.words}:`).t(`    ${pick(['api_key', 'token', 'secret'])}: >-`).p(`yaml-nested-block-value/${b.kind}`, `      ${b.make()}`);
  d.t('  vault_token: >-').n('yaml-block-reference', '    {{ lookup("env", "VAULT_TOKEN") }}');
  const py = new RtDoc(`${dir}${pick(['app/notify.py', 'workers/sms.py'])}`);
  const t = tokenOf(pick(['twilio-auth', 'datadog-api', 'aws-secret', 'cloudflare-token']));
  py.t(`client = ${Cap(t.words)}Client(`).t('    region="us-east-1",').p(`py-multiline-kwarg/${t.kind}`, `    ${t.env.toLowerCase()}="${t.make()}",`).t(')');
  const k = privateKey();
  py.t('').p(`py-triple-quoted-key/${k.kind}`, `SIGNING_KEY = """${k.text}"""`, k.kind);
  const js = new RtDoc(`${dir}${pick(['src/sign.ts', 'lib/jwt-signer.js'])}`);
  const k2 = privateKey();
  js.p(`js-template-literal-key/${k2.kind}`, `const privateKey = \`\n${k2.text.split('\n').map((l) => '  ' + l).join('\n')}\n\`;`, k2.kind);
  const k3 = privateKey();
  js.p(`js-concat-escaped-key/${k3.kind}`, `const pem = '${k3.text.split('\n').join("\\n' +\n  '")}';`, k3.kind);
  const go = new RtDoc(`${dir}${pick(['internal/auth/key.go', 'pkg/signer/testkey.go'])}`);
  const k4 = privateKey();
  go.t('package auth').t('').p(`go-raw-string-key/${k4.kind}`, `var signingKey = []byte(\`${k4.text}\`)`, k4.kind);
  const env = new RtDoc(`${dir}${pick(['.env.production', 'deploy/prod.env'])}`);
  const k5 = privateKey();
  env.p(`env-escaped-key/${k5.kind}`, `PRIVATE_KEY="${k5.text.replace(/\n/g, '\\n')}"`, k5.kind);
  const jwt = tokenOf('jwt');
  env.p('cookie-jwt/jwt', `# curl -b "session=${jwt.make()}" https://admin.acme.io/`);
  (d as RtDoc & { extra?: RtDoc[] }).extra = [py, js, go, env];
  return d;
};
