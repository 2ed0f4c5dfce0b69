import { mkdirSync } from 'node:fs';
import * as fake from '../../lib/secrets/fake';
import type { SecretRule } from '../../lib/secrets/rule';
import type { Item } from './items';
import { chooseProjects, type FileSpec } from './layouts';
import { negativeItems } from './negatives';
import { FileBuilder, chance, int, pick, shuffle, type Planted } from './plant';
import { catalogueItems, independentItems } from './positives';
import { commitAll, writeFiles } from './write-repo';
import { SYNTAXES, spell, type Syntax } from './syntaxes';

export interface CorpusOptions {
  seed: number;
  /** Where to write; created if missing. */
  dir: string;
  /** Rule catalogue whose examples are planted (default: none, independent formats only). */
  rules?: SecretRule[];
  /** Multiplier for the independent positives and the negatives (1 ≈ 250 positives, 250 negatives). */
  scale?: number;
  /** Examples planted per catalogue rule. */
  perRule?: number;
  /** Number of projects in the repository. */
  projects?: number;
  /** Initialise a git repository and commit everything (default true). */
  git?: boolean;
}

export interface Manifest {
  seed: number;
  files: number;
  planted: Planted[];
}

const EXTRA_SYNTAXES: Syntax[] = [
  {
    name: 'markdown',
    ext: '.md',
    keyStyles: ['upper', 'snake'],
    assign: (k, v) => pick([`\`${k}=${v}\``, `- \`${k}\`: \`${v}\``, `    ${k}: ${v}`, `| ${k} | ${v} |`]),
    comment: (t) => `<!-- ${t} -->`,
    filler: () => pick(['## Setup', 'Run `npm ci` and then `npm start`.', 'See the configuration section below.', '', '```sh', '```', 'The service listens on port 8080.']),
  },
  {
    name: 'fixture',
    ext: '.txt',
    keyStyles: ['snake', 'upper'],
    assign: (k, v) => `${k}: ${v}`,
    comment: (t) => `# ${t}`,
    filler: () => pick(['# look-alike values that must not be reported', '', 'case: placeholder', '---']),
  },
  {
    name: 'text',
    ext: '.conf',
    keyStyles: ['snake'],
    assign: (k, v) => `${k} ${v}`,
    comment: (t) => `# ${t}`,
    filler: () => pick(['# service configuration', '', 'listen 8080', 'workers 4']),
  },
];

const syntaxOf = (name: string): Syntax => SYNTAXES.find((s) => s.name === name) ?? EXTRA_SYNTAXES.find((s) => s.name === name)!;

interface HostFile {
  path: string;
  spec: FileSpec;
  items: Item[];
}

/** Writes one seeded, randomly laid out repository with planted credentials and hard negatives. */
export function generateCorpus(opts: CorpusOptions): Manifest {
  fake.seed(opts.seed * 7919 + 17);
  const scale = opts.scale ?? 1;
  const items = shuffle([
    ...catalogueItems(opts.rules ?? [], opts.perRule ?? 1),
    ...independentItems(scale),
    ...negativeItems(scale * 2),
  ]);
  const projects = chooseProjects(opts.projects ?? int(4, 8));
  const hosts: HostFile[] = [];
  for (const p of projects) for (const spec of p.files) hosts.push({ path: p.root + spec.path, spec, items: [] });
  const taken = new Set(hosts.map((h) => h.path));
  const builders: FileBuilder[] = [];

  const unique = (path: string): string => {
    let p = path;
    for (let n = 2; taken.has(p); n++) p = `more/${n}/${path}`;
    taken.add(p);
    return p;
  };
  const hostFor = (item: Item): HostFile => {
    const ok = hosts.filter((h) => (item.type === 'neg' || !h.spec.negOnly) && (item.mode === 'assign' ? h.spec.syntax !== 'fixture' || item.type === 'neg' : (item as { syntaxes: string[] }).syntaxes.includes(h.spec.syntax)));
    if (ok.length) return pick(ok);
    // No host of that syntax in this layout: add one next to a random project.
    const syntax = item.mode === 'line' ? item.syntaxes[0] : 'env';
    const s = syntaxOf(syntax) ?? syntaxOf('text');
    const root = pick(projects).root;
    const host: HostFile = { path: unique(`${root}config/extra-${fake.lowerAlnum(4)}${s.ext}`), spec: { path: '', syntax: s.name }, items: [] };
    hosts.push(host);
    return host;
  };

  for (const item of items) {
    if (item.mode === 'file') {
      const fb = new FileBuilder(unique(pick(projects).root + item.path));
      item.build(fb);
      builders.push(fb);
    } else hostFor(item).items.push(item);
  }

  for (const h of hosts) {
    const s = syntaxOf(h.spec.syntax);
    const fb = new FileBuilder(h.path);
    for (const l of s.head ?? []) fb.add(l);
    for (let i = 0; i < int(2, 6); i++) fb.add(s.filler());
    for (const item of h.items) {
      for (let i = 0, n = int(0, 3); i < n; i++) fb.add(s.filler());
      if (chance(0.15)) fb.add(s.comment(pick(['credentials for the integration', 'TODO: move to the vault', 'see docs/config.md', 'rotate quarterly'])));
      const mark = { type: item.type, kind: item.kind };
      if (item.mode === 'assign') fb.add(s.assign(spell(item.words, pick(s.keyStyles)), item.value), { ...mark, sample: `[${s.name}] ${item.value}` });
      else fb.add((item as { text: string }).text, mark);
    }
    for (let i = 0; i < int(1, 4); i++) fb.add(s.filler());
    for (const l of s.tail ?? []) fb.add(l);
    builders.push(fb);
  }

  mkdirSync(opts.dir, { recursive: true });
  writeFiles(opts.dir, builders);
  if (opts.git !== false) commitAll(opts.dir);
  return { seed: opts.seed, files: builders.length, planted: builders.flatMap((b) => b.planted) };
}

export { commitAll };
