import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed } from './prefixed';

const BODY = '[a-fA-F0-9]{32}';
const LOAD = 'and load it from the environment or a secret manager on your backend';

export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/shopify-access-token',
    description: 'Shopify Admin API access token',
    prefix: 'shpat_',
    body: BODY,
    make: () => 'shpat_' + fake.hex(32),
    why: 'An Admin API token reads and changes orders, customers and products of the store.',
    fix: `Uninstall/reinstall the app or rotate its credentials (Settings → Apps and sales channels → Develop apps → API credentials), ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/shopify-custom-app-token',
    description: 'Shopify custom app access token',
    prefix: 'shpca_',
    body: BODY,
    make: () => 'shpca_' + fake.hex(32),
    fix: `Rotate the custom app's Admin API token (Develop apps → API credentials), ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/shopify-private-app-token',
    description: 'Shopify private app password',
    prefix: 'shppa_',
    body: BODY,
    make: () => 'shppa_' + fake.hex(32),
    fix: `Delete the private app, recreate it as a custom app, ${LOAD}.`,
  }),
  prefixed({
    id: 'secret/shopify-shared-secret',
    description: 'Shopify app shared secret',
    prefix: 'shpss_',
    body: BODY,
    make: () => 'shpss_' + fake.hex(32),
    why: 'The shared secret verifies webhooks and OAuth; with it anyone can forge requests your app trusts.',
    fix: `Rotate the client secret in the Partner Dashboard (App setup → Client credentials → Rotate), ${LOAD}.`,
  }),
];
