import { LOOSE_KINDS, type Candidate, type SecretFilter } from '../candidate';

/**
 * Values that name or date something instead of proving identity, under keys that read like
 * secrets: an AWS ARN (`"RDSCloudHsmAuthorizationRole": "arn:aws:iam::aws:policy/…"`,
 * `--encryption-key-identifier arn:aws:kms:…:key/…`, the docs' `arn:aws:kms:region-ID:account-ID:…`),
 * an EC2-style resource id (`"value": "ami-01a82c3fce2c3ba58"`), an Amazon account or client id
 * (`amzn1.account.AF6R…`), a timestamp (`"PasswordLastUsed": "2016-09-08T21:47:36Z"`), a negative
 * number (`NTE_INCORRECT_PASSWORD: Final = -2146893773`), a SigV4 credential scope
 * (`Credential=AKID/20160628/us-west-2/s3/aws4_request`: the access key id, date, region and
 * service every signed request sends in the clear; a real key id in it is the AWS rule's). Seen in
 * the AWS CLI's, botocore's and aws-sdk-go's own data, docs, stubs and tests: a credential has none
 * of these shapes. So do URNs and Ethereum addresses (npm SDKs).
 */
const ARN = /^arn:aws[a-z-]{0,12}:[a-z0-9-]{1,64}:/;
const EC2_ID = /^(?:ami|aki|ari|eni|eipalloc|i|igw|lt|nat|rtb|sg|snap|subnet|vol|vpc|vpce|acl|pcx|tgw|fs|fsap)-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const AMAZON_ID = /^amzn1\.[\w-]+\.[\w.-]+$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NEGATIVE_NUMBER = /^-\d+(?:\.\d+)?$/;
const SIGV4_SCOPE = /^[A-Za-z0-9]{1,128}\/\d{8}\/[a-z0-9-]{1,32}\/[a-z0-9-]{1,64}\/aws4_request$/;
/** A URN names a thing in a registered namespace (`urn:ietf:params:oauth:grant-type:jwt-bearer`, an OAuth grant type). */
const URN = /^urn:[a-z0-9][a-z0-9-]{1,31}:[\w()+,\-.:=@;$!*'%/?#]+$/i;
/**
 * An Ethereum address (`token: '0x2dc3…851D'`, an ERC-20 token's contract in viem's docs): 20 bytes, public by
 * design. Its letters in both cases are EIP-55's checksum; a key written in hex has one case (and 32 bytes).
 */
const CHECKSUMMED_ADDRESS = /^0x(?=[0-9a-f]*[A-F])(?=[0-9A-F]*[a-f])[0-9a-fA-F]{40}$/;

export function isResourceValue(value: string): boolean {
  return ARN.test(value) || EC2_ID.test(value) || AMAZON_ID.test(value) || TIMESTAMP.test(value) || NEGATIVE_NUMBER.test(value) || URN.test(value) || CHECKSUMMED_ADDRESS.test(value) || SIGV4_SCOPE.test(value);
}

export const resourceValue: SecretFilter = {
  name: 'resource-value',
  kinds: LOOSE_KINDS,
  rejects: (c: Candidate) => isResourceValue(c.secret),
};
