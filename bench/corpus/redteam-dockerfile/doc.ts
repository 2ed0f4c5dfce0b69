import type { WritableFile } from '../write-repo';
import { chance, pick } from '../plant';
import type { Expectation, Mark } from '../dockerfiles/writer';

export { R, neg, pos } from '../dockerfiles/stage';

/**
 * One red-team Dockerfile under construction: lines with the rule each must
 * (or must not) report, and how the file is saved (CRLF, BOM) so layouts the
 * accuracy corpus never writes reach the parser.
 */
export class Doc implements WritableFile {
  readonly lines: string[] = [];
  readonly expectations: Expectation[] = [];
  /** Lines of `COPY .`-style instructions: the generator decides their .dockerignore. */
  readonly contextCopies: number[] = [];
  crlf = false;
  bom = false;

  constructor(readonly path: string) {}

  /** Appends one line; returns its 1-based number. */
  put(text: string, ...marks: Mark[]): number {
    this.lines.push(text);
    const n = this.lines.length;
    for (const m of marks) this.expectations.push({ ...m, file: this.path, line: n, sample: text.trim().slice(0, 120) });
    return n;
  }

  /** Several unmarked lines. */
  block(text: string): void {
    for (const l of text.split('\n')) this.put(l);
  }

  /** A `COPY .` line: context-leak positive or negative depending on the .dockerignore the generator writes. */
  contextCopy(text: string): number {
    const n = this.put(text);
    this.contextCopies.push(n);
    return n;
  }

  /** Optional chatter between instructions: blank lines and comments that mention risky things. */
  gap(): void {
    if (chance(0.3)) this.put('');
    if (chance(0.15)) this.put(pick(['# NOTE: never `curl | sh` here', '# USER root is set below only for apt', '# TODO: pin the digest', '# the token comes from --secret, see Makefile', '#   chmod 777 was a bad idea']));
  }

  text(): string {
    const eol = this.crlf ? '\r\n' : '\n';
    return (this.bom ? '\uFEFF' : '') + this.lines.join(eol) + eol;
  }
}

/** A plain file beside the Dockerfiles (.dockerignore, a harmless .env). */
export class PlainFile implements WritableFile {
  constructor(
    readonly path: string,
    private readonly content: string,
  ) {}
  text(): string {
    return this.content;
  }
}
