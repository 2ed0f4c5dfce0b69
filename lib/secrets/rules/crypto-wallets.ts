import type { SecretRule } from '../rule';
import * as fake from '../fake';

/**
 * Crypto wallets: EVM private keys and BIP39 recovery phrases.
 *
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

/** A made-up word of BIP39's shape (3 to 8 lower-case letters); the rule checks the shape, not the list. */
const word = () => fake.chars('bcdfghjklmnprstvwz', 1) + fake.chars('aeiou', 1) + fake.chars('bcdfglmnprstv', 1) + fake.chars('aeiouy', 1) + fake.chars('lmnrst', 1);
const phrase = (n: number) => Array.from({ length: n }, word).join(' ');

/** Words prose cannot do without and BIP39's list does not hold: two of them make a sentence, not a phrase. */
const PROSE_WORDS = new Set(['the', 'and', 'you', 'your', 'with', 'for', 'are', 'this', 'from', 'have', 'they', 'was', 'were', 'its', 'our', 'not']);

/** 12 to 24 words, as BIP39 counts them, not the same few over and over (test mnemonics), and no sentence. */
function recoveryPhrase(s: string): boolean {
  const words = s.trim().toLowerCase().split(/\s+/);
  return [12, 15, 18, 21, 24].includes(words.length) && new Set(words).size >= 8 && words.filter((w) => PROSE_WORDS.has(w)).length < 2;
}

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
  {
    id: 'secret/wallet-recovery-phrase',
    description: 'Wallet recovery phrase (BIP39 mnemonic) assigned to a mnemonic or seed-phrase name',
    severity: 'high',
    keywords: ['mnemonic', 'phrase', 'wallet_seed', 'walletseed'],
    // The name, then 12 to 24 lower-case words separated by single spaces, in quotes or to the end of the line.
    regex:
      /(?:mnemonic|seed[_ -]?phrase|recovery[_ -]?phrase|secret[_ -]?phrase|wallet[_-]?seed)\w{0,20}["']?\s{0,3}(?:[:=]|=>|:=)\s{0,3}["'\x60]?((?:[a-z]{3,8} ){11,23}[a-z]{3,8})(?=["'\x60]|\s{0,3}$|\s{0,3}[,;)\]}])/im,
    secretGroup: 1,
    validate: recoveryPhrase,
    why: 'The phrase regenerates every key of the wallet, on every chain and account it derives: whoever reads it owns the funds, and it cannot be changed, only abandoned.',
    fix: 'Create a new wallet with a new phrase and move the funds to it now (a phrase cannot be rotated), then keep the phrase out of the code: an environment variable or secret store for test wallets, a hardware wallet or offline backup for real ones.',
    examples: {
      match: () => [
        `MNEMONIC="${phrase(12)}"`,
        `wallet:\n  seed_phrase: ${phrase(24)}`,
        `const mnemonic = '${phrase(12)}';`,
        `{ "recoveryPhrase": "${phrase(18)}" }`,
      ],
      noMatch: () => [
        // Hardhat's and Anvil's public test mnemonic, and BIP39's first test vector.
        'MNEMONIC="test test test test test test test test test test test junk"',
        `mnemonic: "${'abandon '.repeat(11)}about"`,
        'const mnemonic = process.env.MNEMONIC;',
        // Eleven words: no BIP39 length.
        `MNEMONIC="${phrase(11)}"`,
        `seed_phrase_hint: "${phrase(4)}"`,
        // Documentation about the phrase, not the phrase.
        'Recovery phrase: write down the twelve words you see and keep them safe from anyone else',
      ],
    },
  },
];
