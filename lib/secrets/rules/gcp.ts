import type { SecretRule } from '../rule';
import { WORD_HEAD } from './prefixed';
import * as fake from '../fake';

const LOAD = 'load it at run time from Secret Manager or the environment instead of the source';

function serviceAccountJson(keyFirst: boolean): string {
  const key = `-----BEGIN PRIVATE KEY-----\\n${Array.from({ length: 8 }, () => fake.base64(64)).join('\\n')}\\n${fake.base64(20)}==\\n-----END PRIVATE KEY-----\\n`;
  const fields = [
    `"type": "service_account"`,
    `"project_id": "demo-${fake.lowerAlnum(6)}"`,
    `"private_key_id": "${fake.hex(40)}"`,
    `"private_key": "${key}"`,
    `"client_email": "ci@demo-${fake.lowerAlnum(6)}.iam.gserviceaccount.com"`,
  ];
  if (keyFirst) fields.reverse();
  return `{\n  ${fields.join(',\n  ')}\n}`;
}

export const rules: SecretRule[] = [
  {
    id: 'secret/gcp-api-key',
    description: 'Google Cloud / Google Maps / Firebase API key',
    severity: 'high',
    keywords: ['aiza'],
    regex: new RegExp(`${WORD_HEAD}(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])`),
    secretGroup: 1,
    minEntropy: 3.5,
    why: 'Google API keys bill to the project and, unless restricted, call any enabled API (Maps, Gemini, Firebase…).',
    fix: `Delete or regenerate the key in Google Cloud console → APIs & Services → Credentials, add API and referrer/IP restrictions to the new one, and ${LOAD}.`,
    examples: {
      match: () => [`AIza${fake.base64url(35)}`, `GOOGLE_API_KEY="AIzaSy${fake.base64url(33)}"`],
      noMatch: () => ['AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', `AIza${fake.base64url(20)}`, `AIza${fake.base64url(30)}`],
    },
  },
  {
    id: 'secret/gcp-service-account-key',
    description: 'Google Cloud service-account key file (private_key in service_account JSON)',
    severity: 'high',
    keywords: ['service_account'],
    // Key files are written type-first by gcloud but key-first when re-serialized with sorted keys.
    regex: /"private_key"\s{0,5}:\s{0,5}"(-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\\\s]{64,6000}?-----END PRIVATE KEY-----(?:\\n)?)"(?:(?<="service_account"[\s\S]{0,7000})|(?=[\s\S]{0,2000}?"service_account"))/,
    secretGroup: 1,
    why: 'A service-account key file logs in as that service account, with all its IAM roles, until the key is deleted.',
    fix: `Delete the key in IAM → Service accounts → Keys (gcloud iam service-accounts keys delete), then avoid key files: use Workload Identity Federation in CI, attached service accounts on GCP, or ${LOAD}.`,
    examples: {
      match: () => [serviceAccountJson(false), serviceAccountJson(true)],
      noMatch: () => [
        `{"type": "service_account", "private_key": "", "client_email": "x@y.iam.gserviceaccount.com"}`,
        serviceAccountJson(false).replace('service_account', 'authorized_user'),
      ],
    },
  },
  {
    id: 'secret/gcp-oauth-client-secret',
    description: 'Google OAuth client secret',
    severity: 'high',
    keywords: ['gocspx-'],
    regex: new RegExp(`${WORD_HEAD}(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])`),
    secretGroup: 1,
    minEntropy: 3.5,
    fix: `Reset the secret of the OAuth client in Google Cloud console → APIs & Services → Credentials, and ${LOAD}.`,
    examples: {
      match: () => [`GOCSPX-${fake.base64url(28)}`, `"client_secret": "GOCSPX-${fake.base64url(28)}"`],
      noMatch: () => ['GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', `GOCSPX-${fake.base64url(12)}`],
    },
  },
  {
    id: 'secret/gcp-oauth-access-token',
    description: 'Google OAuth access token (ya29.)',
    severity: 'medium',
    keywords: ['ya29.'],
    regex: new RegExp(`${WORD_HEAD}(ya29\\.[0-9A-Za-z_-]{30,1500})(?![0-9A-Za-z_-])`),
    secretGroup: 1,
    minEntropy: 4,
    why: 'A Google access token acts as the signed-in user or service account for about an hour.',
    fix: 'Revoke it (https://oauth2.googleapis.com/revoke?token=…), and obtain tokens at run time from the client library or `gcloud auth print-access-token` rather than pasting them into files.',
    examples: {
      match: () => [`ya29.a0${fake.base64url(150)}`, `Authorization: Bearer ya29.${fake.base64url(60)}`],
      noMatch: () => ['ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `ya29.${fake.base64url(10)}`],
    },
  },
  {
    id: 'secret/gcp-oauth-refresh-token',
    description: 'Google OAuth refresh token',
    severity: 'high',
    keywords: ['1//0'],
    regex: new RegExp(String.raw`(?<![A-Za-z0-9/](?<!%[0-9A-Fa-f]{2}|\\[nrt]|\\u00[0-9A-Fa-f]{2}))(1\/\/0[0-9A-Za-z_-]{40,200})(?![0-9A-Za-z_-])`),
    secretGroup: 1,
    minEntropy: 4,
    fix: 'Revoke the grant (https://myaccount.google.com/permissions or the revoke endpoint), re-authorize, and store refresh tokens in Secret Manager or the user\'s credential store, not the repository.',
    examples: {
      match: () => [`"refresh_token": "1//0${fake.base64url(100)}"`, `GOOGLE_REFRESH_TOKEN=1//04${fake.base64url(90)}`, `GET /cb?next=%2Fauth%3Frefresh_token%3D1//0${fake.base64url(90)}`],
      noMatch: () => ['x = 1//0', `1//0${fake.base64url(20)}`],
    },
  },
  {
    id: 'secret/firebase-fcm-server-key',
    description: 'Firebase Cloud Messaging legacy server key',
    severity: 'high',
    keywords: [':apa91b'],
    regex: /\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
    secretGroup: 1,
    fix: 'Delete the server key in Firebase console → Project settings → Cloud Messaging, migrate to the HTTP v1 API with a service account obtained at run time, and keep credentials out of the repository.',
    examples: {
      match: () => [`AAAA${fake.base64url(7)}:APA91b${fake.base64url(134)}`, `FCM_SERVER_KEY="AAAA${fake.base64url(7)}:APA91b${fake.base64url(134)}"`],
      noMatch: () => [`AAAA${fake.base64url(7)}:APA91b${fake.base64url(40)}`, 'AAAAxxxxxxx:APA91b'],
    },
  },
];
