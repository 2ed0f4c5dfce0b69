import * as fake from '../../lib/secrets/fake';
import { pick, int } from './plant';

/** How a key is spelled in a given syntax. */
export type KeyStyle = 'upper' | 'snake' | 'camel' | 'dotted' | 'kebab' | 'pascal';

export function spell(words: string[], style: KeyStyle): string {
  const w = words.map((x) => x.toLowerCase());
  switch (style) {
    case 'upper':
      return w.join('_').toUpperCase();
    case 'snake':
      return w.join('_');
    case 'dotted':
      return w.join('.');
    case 'kebab':
      return w.join('-');
    case 'camel':
      return w[0] + w.slice(1).map((x) => x[0].toUpperCase() + x.slice(1)).join('');
    case 'pascal':
      return w.map((x) => x[0].toUpperCase() + x.slice(1)).join('');
  }
}

/**
 * One file syntax: how to write `key = literal`, a comment, and harmless
 * filler lines. `wrap` gives the file's opening and closing lines (JSON
 * braces, a Go package clause…), so the files stay plausible.
 */
export interface Syntax {
  name: string;
  ext: string;
  keyStyles: KeyStyle[];
  assign(key: string, value: string): string;
  comment(text: string): string;
  filler(): string;
  head?: string[];
  tail?: string[];
}

const IDENT = ['user', 'order', 'invoice', 'cart', 'session', 'report', 'queue', 'worker', 'cache', 'metrics', 'billing', 'account', 'profile', 'upload', 'search'];
const word = () => pick(IDENT);
const num = () => String(int(1, 5000));
const host = () => `${word()}-${pick(['svc', 'api', 'db', 'cache'])}.${pick(['internal', 'local', 'acme-corp.net'])}`;

export const SYNTAXES: Syntax[] = [
  {
    name: 'env',
    ext: '.env',
    keyStyles: ['upper'],
    assign: (k, v) => pick([`${k}=${v}`, `${k}="${v}"`, `export ${k}=${v}`, `${k}='${v}'`]),
    comment: (t) => `# ${t}`,
    filler: () => pick([`${word().toUpperCase()}_PORT=${int(3000, 9000)}`, `NODE_ENV=production`, `LOG_LEVEL=${pick(['info', 'debug', 'warn'])}`, `${word().toUpperCase()}_HOST=${host()}`, `FEATURE_${word().toUpperCase()}=${pick(['true', 'false'])}`, `TIMEOUT_MS=${num()}`, '']),
  },
  {
    name: 'yaml',
    ext: '.yaml',
    keyStyles: ['snake', 'camel', 'kebab'],
    assign: (k, v) => pick([`${k}: ${v}`, `${k}: "${v}"`, `  ${k}: '${v}'`, `  ${k}: ${v}`]),
    comment: (t) => `# ${t}`,
    filler: () => pick([`${word()}:`, `  host: ${host()}`, `  port: ${int(1000, 9999)}`, `  enabled: ${pick(['true', 'false'])}`, `  replicas: ${int(1, 9)}`, `  name: ${word()}-${word()}`, `  timeout: ${int(1, 60)}s`, '']),
  },
  {
    name: 'json',
    ext: '.json',
    keyStyles: ['camel', 'snake'],
    assign: (k, v) => `  "${k}": "${v}",`,
    comment: (t) => `  "_comment": "${t}",`,
    filler: () => pick([`  "${word()}Port": ${int(1000, 9999)},`, `  "${word()}Enabled": ${pick(['true', 'false'])},`, `  "${word()}Url": "https://${host()}/v1",`, `  "retries": ${int(0, 9)},`, `  "name": "${word()}-${word()}",`]),
    head: ['{'],
    tail: ['  "version": 1', '}'],
  },
  {
    name: 'js',
    ext: '.js',
    keyStyles: ['camel', 'upper'],
    assign: (k, v) => pick([`const ${k} = "${v}";`, `const ${k} = '${v}';`, `  ${k}: '${v}',`, `module.exports.${k} = \`${v}\`;`, `let ${k} = process.env.${k.toUpperCase()} || "${v}";`]),
    comment: (t) => `// ${t}`,
    filler: () => pick([`const ${word()} = require('./${word()}');`, `function ${word()}Handler(req, res) {`, `  return res.status(${pick(['200', '404', '500'])}).json({ ok: true });`, `}`, `  const ${word()}Count = items.filter(Boolean).length;`, `export const ${word().toUpperCase()}_LIMIT = ${num()};`, '']),
  },
  {
    name: 'ts',
    ext: '.ts',
    keyStyles: ['camel', 'upper'],
    assign: (k, v) => pick([`export const ${k} = "${v}";`, `const ${k}: string = '${v}';`, `  ${k}: "${v}",`, `  private readonly ${k} = '${v}';`]),
    comment: (t) => `// ${t}`,
    filler: () => pick([`import { ${word()}Service } from './${word()}.service';`, `export interface ${word()}Options { retries: number; }`, `  async load(id: string): Promise<void> {`, `    await this.${word()}.refresh(id);`, `  }`, `type Id = string | number;`, '']),
  },
  {
    name: 'python',
    ext: '.py',
    keyStyles: ['upper', 'snake'],
    assign: (k, v) => pick([`${k} = "${v}"`, `${k} = '${v}'`, `    "${k}": "${v}",`, `client = Client(${k}="${v}")`]),
    comment: (t) => `# ${t}`,
    filler: () => pick([`import ${pick(['os', 'json', 'logging', 'typing'])}`, `def ${word()}_view(request):`, `    return JsonResponse({"ok": True})`, `${word().toUpperCase()}_TIMEOUT = ${num()}`, `logger = logging.getLogger(__name__)`, `    items = [x for x in rows if x.${word()}_id]`, '']),
  },
  {
    name: 'go',
    ext: '.go',
    keyStyles: ['camel', 'pascal'],
    assign: (k, v) => pick([`const ${k} = "${v}"`, `var ${k} = "${v}"`, `\t${k[0].toUpperCase() + k.slice(1)}: "${v}",`, `\t${k} := "${v}"`]),
    comment: (t) => `// ${t}`,
    filler: () => pick([`func ${word()}Handler(w http.ResponseWriter, r *http.Request) {`, `\tif err != nil {`, `\t\treturn fmt.Errorf("${word()}: %w", err)`, `\t}`, `}`, `type ${word()}Config struct{ Port int }`, '']),
    head: ['package main', '', 'import "fmt"', ''],
  },
  {
    name: 'properties',
    ext: '.properties',
    keyStyles: ['dotted'],
    assign: (k, v) => pick([`${k}=${v}`, `${k} = ${v}`, `${k}: ${v}`]),
    comment: (t) => `# ${t}`,
    filler: () => pick([`server.port=${int(8000, 9000)}`, `spring.application.name=${word()}-service`, `logging.level.root=INFO`, `${word()}.pool.size=${int(2, 64)}`, '']),
  },
  {
    name: 'ini',
    ext: '.ini',
    keyStyles: ['snake'],
    assign: (k, v) => pick([`${k} = ${v}`, `${k}=${v}`]),
    comment: (t) => `; ${t}`,
    filler: () => pick([`[${word()}]`, `host = ${host()}`, `port = ${int(1000, 9999)}`, `enabled = true`, '']),
  },
  {
    name: 'toml',
    ext: '.toml',
    keyStyles: ['snake'],
    assign: (k, v) => `${k} = "${v}"`,
    comment: (t) => `# ${t}`,
    filler: () => pick([`[${word()}]`, `host = "${host()}"`, `port = ${int(1000, 9999)}`, `workers = ${int(1, 16)}`, '']),
  },
  {
    name: 'shell',
    ext: '.sh',
    keyStyles: ['upper'],
    // A Bearer header only for credential-named keys: a checksum sent as a Bearer token is one, and the scanner is right to say so.
    assign: (k, v) => pick([`export ${k}="${v}"`, `${k}='${v}'`, /TOKEN|KEY|SECRET|AUTH|PASS|PWD|CRED/.test(k) ? `curl -s -H "Authorization: Bearer ${v}" https://${host()}/v1/${word()}` : `export ${k}="${v}"`]),
    comment: (t) => `# ${t}`,
    filler: () => pick([`set -euo pipefail`, `echo "deploying ${word()}"`, `cd "$(dirname "$0")"`, `if [ -f .env ]; then . ./.env; fi`, `npm ci --omit=dev`, '']),
    head: ['#!/usr/bin/env bash'],
  },
  {
    name: 'terraform',
    ext: '.tf',
    keyStyles: ['snake'],
    assign: (k, v) => `  ${k} = "${v}"`,
    comment: (t) => `# ${t}`,
    filler: () => pick([`resource "aws_s3_bucket" "${word()}" {`, `  bucket = "${word()}-${word()}-assets"`, `}`, `  instance_type = "t3.${pick(['micro', 'small', 'large'])}"`, `  tags = { Team = "${word()}" }`, '']),
  },
  {
    name: 'xml',
    ext: '.xml',
    keyStyles: ['camel', 'pascal'],
    assign: (k, v) => pick([`  <${k}>${v}</${k}>`, `  <add key="${k}" value="${v}" />`, `  <property name="${k}" value="${v}"/>`]),
    comment: (t) => `  <!-- ${t} -->`,
    filler: () => pick([`  <timeout>${num()}</timeout>`, `  <add key="${word()}Enabled" value="true" />`, `  <endpoint>https://${host()}/soap</endpoint>`]),
    head: ['<?xml version="1.0" encoding="utf-8"?>', '<configuration>'],
    tail: ['</configuration>'],
  },
  {
    name: 'java',
    ext: '.java',
    keyStyles: ['upper', 'camel'],
    assign: (k, v) => pick([`    private static final String ${k} = "${v}";`, `    String ${k} = "${v}";`]),
    comment: (t) => `    // ${t}`,
    filler: () => pick([`    public void ${word()}() {`, `        log.info("${word()} started");`, `    }`, `    private int ${word()}Count = ${int(0, 9)};`]),
    head: ['package com.example.app;', '', 'public class Settings {'],
    tail: ['}'],
  },
  {
    name: 'ruby',
    ext: '.rb',
    keyStyles: ['snake', 'upper'],
    assign: (k, v) => pick([`${k} = "${v}"`, `  config.${k} = '${v}'`, `ENV["${k.toUpperCase()}"] ||= "${v}"`]),
    comment: (t) => `# ${t}`,
    filler: () => pick([`require "${word()}"`, `class ${word()[0].toUpperCase()}Job < ApplicationJob`, `  def perform(id)`, `  end`, `end`, '']),
  },
  {
    name: 'php',
    ext: '.php',
    keyStyles: ['snake', 'upper'],
    assign: (k, v) => pick([`    '${k}' => '${v}',`, `define('${k.toUpperCase()}', '${v}');`, `$${k} = "${v}";`]),
    comment: (t) => `// ${t}`,
    filler: () => pick([`    '${word()}_ttl' => ${num()},`, `$${word()} = new ${word()}Repository($db);`, `    'driver' => 'mysql',`]),
    head: ['<?php', ''],
  },
];

export const syntaxByName = (n: string) => SYNTAXES.find((s) => s.name === n)!;

/** A realistic-looking password a person or a generator would put in a config file. */
export function fakePassword(): string {
  const style = int(0, 3);
  if (style === 0) return fake.chars(fake.ALNUM + '!#%&*+-=?@^_', int(14, 24));
  if (style === 1) return fake.alnum(int(16, 32));
  if (style === 2) return `${pick(['Blue', 'Rapid', 'Quiet', 'Amber', 'North'])}${pick(['Falcon', 'River', 'Ledger', 'Copper'])}${fake.digits(int(3, 5))}${pick(['!', '#', '$', '%', '&'])}${fake.alnum(int(4, 8))}`;
  return fake.base64url(int(24, 40));
}
