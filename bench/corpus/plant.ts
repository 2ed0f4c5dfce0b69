import * as fake from '../../lib/secrets/fake';

/** Something placed in the corpus at a known file and line range. */
export interface Planted {
  file: string;
  /** 1-based, inclusive. */
  lineStart: number;
  lineEnd: number;
  /** `pos`: a credential the scanner must report; `neg`: a hard negative it must not. */
  type: 'pos' | 'neg';
  /** Bucket for the breakdown, e.g. `provider:github-pat`, `rule:secret/stripe-secret-key`, `neg:lockfile-integrity`. */
  kind: string;
  /** Short description of the planted value (the corpus is fake, so it may be shown). */
  sample: string;
}

export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(fake.random() * xs.length)];
export const chance = (p: number): boolean => fake.random() < p;
export const int = (lo: number, hi: number): number => lo + Math.floor(fake.random() * (hi - lo + 1));
export function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(fake.random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/**
 * Accumulates a file's lines and records where planted items land, so the
 * scorer can compare findings by file and line.
 */
export class FileBuilder {
  readonly lines: string[] = [];
  readonly planted: Planted[] = [];
  constructor(readonly path: string) {}

  /** Appends text (may span lines); returns its first line number. */
  add(text: string, mark?: { type: 'pos' | 'neg'; kind: string; sample?: string }): number {
    const start = this.lines.length + 1;
    const parts = text.split('\n');
    this.lines.push(...parts);
    if (mark) this.planted.push({ file: this.path, lineStart: start, lineEnd: start + parts.length - 1, type: mark.type, kind: mark.kind, sample: (mark.sample ?? text).slice(0, 120) });
    return start;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  text(): string {
    return this.lines.join('\n') + '\n';
  }
}

/**
 * A file under construction whose planted lines carry their labels: credentials as
 * `<template>/<what>`, hard negatives as `neg:<what>` (the probe and the generic red team).
 */
export class LabelledDoc {
  readonly fb: FileBuilder;
  constructor(
    path: string,
    readonly template: string,
  ) {
    this.fb = new FileBuilder(path);
  }
  t(text: string): this {
    this.fb.add(text);
    return this;
  }
  /** A line (or lines) holding a credential. `style` is the value's shape, shown in the sample. */
  p(what: string, text: string, style = ''): this {
    this.fb.add(text, { type: 'pos', kind: `${this.template}/${what}`, sample: `${style ? `[${style}] ` : ''}${text.trim()}` });
    return this;
  }
  n(what: string, text: string): this {
    this.fb.add(text, { type: 'neg', kind: `neg:${what}` });
    return this;
  }
}

/**
 * The red teams' layout: every template once under a root drawn from `roots`, then `extra` more
 * drawn at random under `services/<name>-<i>/` folders, so each seed gives new values and paths.
 */
export function drawTemplates<D extends { fb: FileBuilder }>(
  templates: Record<string, (dir: string) => D[]>,
  layout: { roots: string[]; services: string[]; extra: [number, number] },
): { docs: D[]; root: string } {
  const docs: D[] = [];
  const root = pick(layout.roots);
  for (const make of Object.values(templates)) docs.push(...make(root));
  const names = Object.keys(templates);
  for (let i = 0; i < int(...layout.extra); i++) docs.push(...templates[pick(names)](`services/${pick(layout.services)}-${i}/`));
  return { docs, root };
}
