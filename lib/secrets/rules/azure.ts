import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { anyCase, assigned, SEP } from './near-keyword';

const KEYVAULT = 'load it from Azure Key Vault, an App Service / Functions Key Vault reference, or the environment — or better, drop keys for a managed identity with Entra ID RBAC';
/** Examples name the header through a constant so this source file itself scans clean. */
const APIM_HEADER = 'Ocp-Apim-Subscription-Key';
const B32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** ADO's 84-character identifiable PAT: 52 random, the JQQJ signature, 20 more, AZDO, 4 more. */
const adoPat = () => `${fake.alnum(52)}JQQJ${fake.digits(2)}${fake.upperAlnum(18)}AZDO${fake.alnum(4)}`;

export const rules: SecretRule[] = [
  {
    id: 'secret/azure-storage-account-key',
    description: 'Azure Storage / Cosmos DB account key (AccountKey=)',
    severity: 'high',
    keywords: ['accountkey', 'azure_storage', 'azurestorage', 'storage_account_key', 'storageaccountkey'],
    regex: new RegExp(
      `(?:${anyCase('accountkey')}|${anyCase('azure')}_?${anyCase('storage')}[_-]?(?:${anyCase('account')}[_-]?)?(?:${anyCase('access')}[_-]?)?${anyCase('key')}|${anyCase('storage')}_?${anyCase('account')}_?${anyCase('key')})["']?\\s{0,3}[:=]\\s{0,3}["']?([A-Za-z0-9+/]{86}==)`,
    ),
    secretGroup: 1,
    minEntropy: 4.5,
    why: 'An account key is root access to every container, queue, table and file share of the storage (or Cosmos DB) account.',
    fix: `Rotate the key (portal → Storage account → Access keys → Rotate, or az storage account keys renew), and ${KEYVAULT}. Prefer user-delegation SAS over account keys.`,
    examples: {
      match: () => [
        `DefaultEndpointsProtocol=https;AccountName=demo${fake.lowerAlnum(6)};AccountKey=${fake.base64(86)}==;EndpointSuffix=core.windows.net`,
        `AccountEndpoint=https://demo.documents.azure.com:443/;AccountKey=${fake.base64(86)}==;`,
        `AZURE_STORAGE_KEY="${fake.base64(86)}=="`,
      ],
      noMatch: () => [
        'DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=<your-account-key>',
        `AccountKey=${fake.base64(40)}==`,
        `AccountKey=${'A'.repeat(86)}==`,
      ],
    },
  },
  {
    id: 'secret/azure-sas-token',
    description: 'Azure shared access signature (SAS) token',
    severity: 'high',
    keywords: ['sig='],
    // A signature needs the SAS version field (sv=) in the same query string, before or after it.
    regex: /[?&;]sig=([A-Za-z0-9%+/]{40,120}={0,2})(?:(?<=\bsv=\d{4}-\d{2}-\d{2}[^\s"'<>]{0,600})|(?=[^\s"'<>]{0,400}?[?&;]sv=\d{4}-\d{2}-\d{2}))/,
    secretGroup: 1,
    minEntropy: 4,
    why: 'Anyone with the URL gets the permissions the SAS grants (read, write, delete, list) until it expires.',
    fix: `Revoke it: rotate the account key that signed it (or delete the stored access policy / revoke user delegation keys), issue short-lived user-delegation SAS at run time, and ${KEYVAULT}.`,
    examples: {
      match: () => [
        `https://demo.blob.core.windows.net/c/file?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=${fake.base64(43)}%3D`,
        `BlobEndpoint=https://demo.blob.core.windows.net/;SharedAccessSignature=se=2030-01-01&sp=rwdl&sv=2021-06-08&sr=c&sig=${fake.base64(43)}%3D`,
        `?sig=${fake.base64(43)}%3D&se=2030-01-01&sv=2020-08-04&sp=r`,
      ],
      noMatch: () => [`https://example.com/?sig=${fake.base64(43)}`, 'https://demo.blob.core.windows.net/c?sv=2022-11-02&sig=<signature>', `sv=2022-11-02&sig=${'x'.repeat(44)}`],
    },
  },
  {
    id: 'secret/azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) application client secret',
    severity: 'high',
    keywords: ['q~'],
    // Documented format: 3 characters, a version digit, "Q~", then 31-34 more (40 at most in total).
    // '=' may come before it (`client_secret=…` in a form body or a query string, an unquoted .env value): base64 never holds a '~'.
    regex: /(?<![A-Za-z0-9_~.+/-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.+/=-])/,
    secretGroup: 1,
    minEntropy: 3.5,
    why: 'The client secret authenticates as the application (service principal), with every permission granted to it.',
    fix: `Delete the secret in Entra ID → App registrations → Certificates & secrets, add a new one (or switch to a certificate / federated credential), and ${KEYVAULT}.`,
    examples: {
      match: () => [
        `${fake.alnum(3)}8Q~${fake.base64url(34)}`,
        `AZURE_CLIENT_SECRET="${fake.alnum(3)}7Q~${fake.alnum(31)}"`,
        `curl -d "grant_type=client_credentials&client_id=${fake.hex(8)}-${fake.hex(4)}-4${fake.hex(3)}-a${fake.hex(3)}-${fake.hex(12)}&client_secret=${fake.alnum(3)}8Q~${fake.alnum(34)}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default" https://login.microsoftonline.com/common/oauth2/v2.0/token`,
      ],
      noMatch: () => [`${fake.alnum(3)}8Q~${fake.alnum(12)}`, `${fake.alnum(3)}8Q~${fake.alnum(40)}`, 'abcQ~defg'],
    },
  },
  {
    id: 'secret/azure-shared-access-key',
    description: 'Azure Service Bus / Event Hubs / IoT Hub / Relay shared access key',
    severity: 'high',
    keywords: ['sharedaccesskey='],
    regex: /\b[Ss]hared[Aa]ccess[Kk]ey=([A-Za-z0-9+/]{42,43}=)/,
    secretGroup: 1,
    minEntropy: 4,
    fix: `Regenerate the key of that shared access policy (portal → Shared access policies → Regenerate, or az servicebus/eventhubs … keys renew), and ${KEYVAULT}.`,
    examples: {
      match: () => [
        `Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${fake.base64(43)}=`,
        `HostName=demo.azure-devices.net;DeviceId=d1;SharedAccessKey=${fake.base64(43)}=`,
      ],
      noMatch: () => ['SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>', `SharedAccessKey=${fake.base64(20)}=`],
    },
  },
  {
    id: 'secret/azure-app-configuration-connection-string',
    description: 'Azure App Configuration connection string',
    severity: 'high',
    keywords: ['azconfig.io'],
    regex: /Endpoint=https:\/\/[A-Za-z0-9-]{1,63}\.azconfig\.io;Id=[^;\s"']{1,60};Secret=([A-Za-z0-9+/]{43}=)/,
    secretGroup: 1,
    minEntropy: 4,
    fix: `Regenerate the access key (App Configuration → Access settings), and ${KEYVAULT}.`,
    examples: {
      match: () => [`Endpoint=https://demo.azconfig.io;Id=${fake.alnum(4)}-l0-s0:${fake.alnum(20)};Secret=${fake.base64(43)}=`, `"AppConfig": "Endpoint=https://cfg-${fake.lowerAlnum(5)}.azconfig.io;Id=x1;Secret=${fake.base64(43)}="`],
      noMatch: () => ['Endpoint=https://demo.azconfig.io;Id=x;Secret=<secret>', `Endpoint=https://demo.azconfig.io;Id=x;Secret=${fake.base64(20)}=`],
    },
  },
  {
    id: 'secret/azure-devops-pat',
    description: 'Azure DevOps personal access token (84-character identifiable format)',
    severity: 'high',
    keywords: ['azdo'],
    regex: /\b([A-Za-z0-9]{52}JQQJ[A-Za-z0-9]{20}AZDO[A-Za-z0-9]{4})\b/,
    secretGroup: 1,
    minEntropy: 4,
    fix: 'Revoke the PAT at https://dev.azure.com/{org}/_usersSettings/tokens, and use the pipeline\'s System.AccessToken, a service connection or Entra ID tokens instead; where a PAT is unavoidable, keep it in a secret pipeline variable or Key Vault.',
    examples: {
      match: () => [adoPat(), `AZURE_DEVOPS_EXT_PAT=${adoPat()}`],
      noMatch: () => [`${fake.alnum(52)}JQQJ${fake.alnum(10)}AZDO${fake.alnum(4)}`, `${fake.alnum(52)}XXXX${fake.alnum(20)}AZDO${fake.alnum(4)}`],
    },
  },
  {
    id: 'secret/azure-devops-pat-legacy',
    description: 'Azure DevOps personal access token (52-character base32)',
    severity: 'high',
    keywords: ['azure', 'devops', 'azdo', 'vsts', '\\bado', 'system_accesstoken'],
    regex: assigned(['azure_devops', 'azuredevops', 'azure-devops', 'devops', 'azdo', 'ado', 'vsts', 'system_accesstoken'], `[${B32}]{52}`, { tail: '(?![A-Za-z0-9])', keywordsAreProviders: true }),
    secretGroup: 1,
    minEntropy: 3.8,
    validate: (s) => /[2-7]/.test(s),
    fix: 'Revoke the PAT at https://dev.azure.com/{org}/_usersSettings/tokens, and use the pipeline\'s System.AccessToken, a service connection or Entra ID tokens instead; where a PAT is unavoidable, keep it in a secret pipeline variable or Key Vault.',
    examples: {
      match: () => [`AZURE_DEVOPS_PAT=${fake.chars(B32, 52)}`, `ado_token: "${fake.chars(B32, 52)}"`],
      noMatch: () => [`AZURE_DEVOPS_PAT=${fake.chars(B32, 40)}`, `token=${fake.chars(B32, 52)}`, `AZURE_DEVOPS_PAT=${'a'.repeat(52)}`],
    },
  },
  {
    id: 'secret/azure-apim-subscription-key',
    description: 'Azure API Management / Cognitive Services subscription key',
    severity: 'medium',
    keywords: ['ocp-apim-subscription-key', 'subscription_key', 'subscriptionkey', 'cognitive'],
    regex: new RegExp(
      `(?:${anyCase('ocp-apim-subscription-key')}|${anyCase('subscription')}[_-]?${anyCase('key')}|${anyCase('cognitive')}[\\w.\\-]{0,20}${anyCase('key')})${SEP}([a-f0-9]{32})(?![A-Za-z0-9])`,
    ),
    secretGroup: 1,
    minEntropy: 3,
    fix: `Regenerate the key (APIM → Subscriptions, or the Cognitive Services resource → Keys and Endpoint → Regenerate), and ${KEYVAULT}.`,
    examples: {
      match: () => [`${APIM_HEADER}: ${fake.hex(32)}`, `"subscriptionKey": "${fake.hex(32)}"`],
      // Too short for a subscription key (24 hex, not 32).
      noMatch: () => [`${APIM_HEADER}: ${fake.hex(24)}`, `key: ${fake.hex(32)}`, `${APIM_HEADER}: {{subscription_key}}`],
    },
  },
];
