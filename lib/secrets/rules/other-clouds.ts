import type { SecretRule } from '../rule';
import * as fake from '../fake';
import { prefixed } from './prefixed';
import { keyed } from './keyed';

/** Clouds beyond AWS, GCP and Azure: Alibaba Cloud, Tencent Cloud, IBM Cloud. */
export const rules: SecretRule[] = [
  prefixed({
    id: 'secret/alibaba-access-key-id',
    description: 'Alibaba Cloud AccessKey ID',
    prefix: 'LTAI',
    body: '[A-Za-z0-9]{12,20}',
    make: () => 'LTAI' + fake.alnum(20),
    fix: 'Disable and delete the AccessKey pair in the RAM console (Users → AccessKey), create a new one for a least-privilege RAM user, and load it from the environment or an instance RAM role instead of the source.',
  }),
  keyed({
    id: 'secret/alibaba-access-key-secret',
    description: 'Alibaba Cloud AccessKey secret',
    providers: ['alibaba', 'aliyun', 'alicloud', 'ali'],
    kind: ['secret'],
    value: '[A-Za-z0-9]{30}',
    make: () => fake.alnum(30),
    assign: (v) => [`ALIBABA_CLOUD_ACCESS_KEY_SECRET=${v}`, `aliyun:\n  access_key_secret: "${v}"`],
    wrong: (v) => [`ALIBABA_CLOUD_ACCESS_KEY_ID=${v}`, `ALIYUN_ACCESS_KEY_SECRET=${v.slice(0, 20)}`],
    minEntropy: 3.5,
    fix: 'Disable and delete the AccessKey pair in the RAM console, create a new one, and load it from the environment or an instance RAM role instead of the source.',
  }),
  prefixed({
    id: 'secret/tencent-secret-id',
    description: 'Tencent Cloud SecretId',
    prefix: 'AKID',
    body: '[A-Za-z0-9]{32}',
    make: () => 'AKID' + fake.alnum(32),
    fix: 'Disable and delete the API key in the CAM console (API Keys), create a new one for a sub-user with minimal policies, and load it from the environment or a CVM role instead of the source.',
  }),
  keyed({
    id: 'secret/tencent-secret-key',
    description: 'Tencent Cloud SecretKey',
    providers: ['tencent', 'tencentcloud', 'qcloud'],
    kind: ['secret'],
    value: '[A-Za-z0-9]{32}',
    make: () => fake.alnum(32),
    assign: (v) => [`TENCENTCLOUD_SECRET_KEY=${v}`, `tencent:\n  secret_key: "${v}"`],
    wrong: (v) => [`TENCENTCLOUD_SECRET_ID=AKID${v}x`, `TENCENTCLOUD_SECRET_KEY=${v.slice(0, 16)}`],
    minEntropy: 3.5,
    fix: 'Disable and delete the API key in the CAM console, create a new one, and load it from the environment or a CVM role instead of the source.',
  }),
  keyed({
    id: 'secret/ibm-cloud-api-key',
    description: 'IBM Cloud API key',
    providers: ['ibm', 'ibmcloud', 'ic'],
    kind: ['api', 'key'],
    value: '[A-Za-z0-9_-]{44}',
    make: () => fake.base64url(44),
    assign: (v) => [`IBMCLOUD_API_KEY=${v}`, `ibm:\n  apikey: "${v}"`],
    wrong: (v) => [`IBMCLOUD_REGION=${v}`, `IBMCLOUD_API_KEY=${v.slice(0, 30)}`],
    minEntropy: 4,
    fix: 'Delete the API key in IBM Cloud (Manage → Access (IAM) → API keys), use trusted profiles / service IDs, and load keys from the environment or Secrets Manager instead of the source.',
  }),
];
