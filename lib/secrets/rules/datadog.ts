import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { keyed } from './keyed';

const LOAD = 'and give it to the agent / library from the environment, a Kubernetes Secret or a secret manager instead of the source';

export const rules: SecretRule[] = [
  keyed({
    id: 'secret/datadog-api-key',
    description: 'Datadog API key',
    providers: ['datadog', 'dd'],
    kind: ['api'],
    value: '[a-f0-9]{32}',
    make: () => fake.hex(32),
    assign: (v) => [`DD_API_KEY=${v}`, `datadog:\n  apiKey: "${v}"`, `DATADOG_API_KEY: ${v}`],
    wrong: (v) => [`DD_APP_KEY=${v}`, `DD_API_KEY=${v.slice(0, 24)}`, `api_key=${v}`],
    why: 'An API key submits metrics, logs and events into your account (and is the key half of API access).',
    fix: `Revoke the key in Datadog (Organization Settings → API Keys), create a new one, ${LOAD}.`,
  }),
  keyed({
    id: 'secret/datadog-app-key',
    description: 'Datadog application key',
    providers: ['datadog', 'dd'],
    kind: ['app', 'application'],
    value: '[a-f0-9]{40}',
    make: () => fake.hex(40),
    assign: (v) => [`DD_APP_KEY=${v}`, `datadog:\n  appKey: "${v}"`, `DATADOG_APPLICATION_KEY=${v}`],
    wrong: (v) => [`DD_API_KEY=${v}`, `DD_APP_KEY=${v.slice(0, 32)}`, `DD_VERSION=${v}`],
    why: 'With an API key, an application key reads dashboards, logs and monitors with the creating user\'s permissions.',
    fix: `Revoke the key in Datadog (Organization Settings → Application Keys), create a scoped one, ${LOAD}.`,
  }),
];
