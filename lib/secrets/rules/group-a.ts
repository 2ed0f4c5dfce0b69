import type { SecretRule } from '../rule';
import { rules as aws } from './aws';
import { rules as gcp } from './gcp';
import { rules as azure } from './azure';
import { rules as github } from './github';
import { rules as gitlab } from './gitlab';
import { rules as atlassian } from './atlassian';
import { rules as ciServices } from './ci-services';
import { rules as slack } from './slack';
import { rules as discord } from './discord';
import { rules as telegram } from './telegram';
import { rules as stripe } from './stripe';
import { rules as twilio } from './twilio';
import { rules as email } from './email';
import { rules as shopify } from './shopify';
import { rules as datadog } from './datadog';
import { rules as newrelic } from './newrelic';
import { rules as sentry } from './sentry';
import { rules as linear } from './linear';
import { rules as postman } from './postman';
import { rules as teams } from './teams';
import { rules as otherClouds } from './other-clouds';
import { rules as payments } from './payments';
import { rules as observability } from './observability';
import { rules as saasTools } from './saas-tools';
import { rules as social } from './social';
import { rules as tailscale } from './tailscale';
import { rules as yandex } from './yandex';
import { rules as devPlatforms } from './dev-platforms';
import { rules as networking } from './networking';
import { rules as dataPlatforms } from './data-platforms';
import { rules as cryptoExchanges } from './crypto-exchanges';
import { rules as cryptoWallets } from './crypto-wallets';

/** Cloud, source hosting, CI, messaging and SaaS providers. */
export const groupA: SecretRule[] = [
  ...aws, ...gcp, ...azure, ...otherClouds, ...yandex,
  ...github, ...gitlab, ...atlassian, ...ciServices,
  ...slack, ...discord, ...telegram, ...teams,
  ...stripe, ...payments, ...cryptoExchanges, ...cryptoWallets, ...twilio, ...email, ...shopify,
  ...datadog, ...newrelic, ...sentry, ...observability,
  ...linear, ...postman, ...saasTools, ...devPlatforms, ...dataPlatforms, ...networking, ...social, ...tailscale,
];
