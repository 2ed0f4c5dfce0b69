import type { FileBuilder } from './plant';

/**
 * A planted value and how it may be placed:
 * - `assign`: a literal under a key, written in whichever syntax the host file uses;
 * - `line`: text inserted as is (one or more lines) into a file of one of `syntaxes`;
 * - `file`: a whole file of its own (a PEM key, a lock file, a kubeconfig…).
 */
export type Item =
  | { mode: 'assign'; type: 'pos' | 'neg'; kind: string; words: string[]; value: string; syntaxes?: string[] }
  | { mode: 'line'; type: 'pos' | 'neg'; kind: string; text: string; syntaxes: string[] }
  | { mode: 'file'; type: 'pos' | 'neg'; kind: string; path: string; build: (fb: FileBuilder) => void };
