import type { SecretRule } from '../rule';
import * as fake from '../fake';

/**
 * Ethereum and other EVM chains: a wallet's private key is 32 bytes, written as 64 hex digits
 * (usually after `0x`). 64 hex digits alone are a hash as often as a key, so the rule reads them only
 * where a key is what the code takes: a wallet built from it (ethers `new Wallet(…)`, viem
 * `privateKeyToAccount(…)`, web3.js `accounts.privateKeyToAccount(…)`, eth-account
 * `Account.from_key(…)`), Hardhat's `accounts: [...]` network setting, and Foundry's
 * `--private-key` flag (`forge script`, `cast send`). Under a `PRIVATE_KEY=` name the generic
 * rule reports it. Hardhat's and Anvil's development accounts, printed on every start from a public
 * mnemonic, are documented example keys (filters/example-key.ts).
 */
const HEX_KEY = '(?:0x)?[0-9a-fA-F]{64}';
const key = () => `0x${fake.hex(64)}`;

export const rules: SecretRule[] = [
  {
    id: 'secret/evm-private-key',
    description: 'Ethereum / EVM wallet private key passed to a wallet, a Hardhat network or Foundry',
    severity: 'high',
    keywords: ['wallet', 'privatekeytoaccount(', 'account.from_key(', 'accounts', '--private-key'],
    // Every alternative starts with its keyword (anchor.ts: tried once per hit); the conditions on
    // what comes before (`new ethers.` before `Wallet`, no word before `accounts`) are lookbehinds.
    regex: new RegExp(
      String.raw`(?:Wallet(?<=\bnew\s{1,3}(?:ethers\.)?Wallet)\(\s{0,3}|privateKeyToAccount\(\s{0,3}|Account\.from_key\(\s{0,3}|accounts(?<![\w$]accounts)\s{0,3}:\s{0,3}\[\s{0,3}|--private-key(?:=|\s{1,3}))(["'\x60]?)(${HEX_KEY})\1(?![0-9A-Za-z])`,
    ),
    secretGroup: 2,
    minEntropy: 3,
    why: 'Whoever holds a wallet key moves everything the wallet owns, on every chain that uses the key, and no one can revoke a key: the funds have to move to a new wallet.',
    fix: 'Move the funds and roles to a new wallet now (a leaked key cannot be revoked), then load the key at run time: an environment variable (`process.env.PRIVATE_KEY`, Hardhat `vars`), an encrypted keystore (`cast wallet import`, `--account`), or a hardware or remote signer.',
    examples: {
      match: () => [
        `const wallet = new ethers.Wallet("${key()}", provider);`,
        `const account = privateKeyToAccount('${key()}');`,
        `acct = Account.from_key("${key()}")`,
        `networks: { sepolia: { url: SEPOLIA_RPC, accounts: ["${key()}"] } }`,
        `forge script script/Deploy.s.sol --rpc-url $RPC_URL --private-key ${key()} --broadcast`,
        `cast send $TOKEN "transfer(address,uint256)" $TO 1 --private-key=${key().slice(2)}`,
      ],
      noMatch: () => [
        'const wallet = new ethers.Wallet(process.env.PRIVATE_KEY, provider);',
        'forge script script/Deploy.s.sol --private-key $PRIVATE_KEY --broadcast',
        'accounts: [process.env.DEPLOYER_KEY]',
        // Addresses are 20 bytes: 40 hex digits.
        `accounts: ["0x${fake.hex(40)}"]`,
        // Hardhat and Anvil account #0, from the public `test test … junk` mnemonic.
        `const wallet = new ethers.Wallet("0x${['ac0974bec39a17e36ba4a6b4d238ff94', '4bacb478cbed5efcae784d7bf4f2ff80'].join('')}");`,
        `privateKeyToAccount("0x${'0'.repeat(64)}")`,
      ],
    },
  },
];
