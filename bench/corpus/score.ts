import type { Planted } from './plant';

/** The parts of a JSON-report finding the scorer reads. */
export interface ScoredFinding {
  ruleId: string;
  file: string;
  line: number;
}

export interface KindCount {
  kind: string;
  count: number;
  /** Up to eight examples: `file:line rule sample`. */
  examples: string[];
}

export interface Score {
  positives: number;
  found: number;
  findings: number;
  truePositiveFindings: number;
  recall: number;
  precision: number;
  /** Planted credentials with no finding on their lines, by kind. */
  misses: KindCount[];
  /** Findings on no planted credential's lines, by the kind of negative they hit (or `unplanted`). */
  falsePositives: KindCount[];
  /** Recall per positive kind: `kind → [found, planted]`. */
  byKind: Record<string, [number, number]>;
}

function tally(map: Map<string, KindCount>, kind: string, example: string): void {
  let k = map.get(kind);
  if (!k) map.set(kind, (k = { kind, count: 0, examples: [] }));
  k.count++;
  if (k.examples.length < 8) k.examples.push(example.replace(/\r?\n/g, '⏎'));
}

const sorted = (m: Map<string, KindCount>) => [...m.values()].sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));

/**
 * Scores findings against the planted manifest on file and line: a planted
 * credential counts as found when a finding starts on one of its lines; a
 * finding counts as a true positive when it starts on a planted credential's
 * lines. Findings elsewhere are false positives, attributed to the hard
 * negative on that line when there is one.
 */
export function scoreFindings(planted: Planted[], findings: ScoredFinding[]): Score {
  const byFile = new Map<string, Planted[]>();
  for (const p of planted) {
    let l = byFile.get(p.file);
    if (!l) byFile.set(p.file, (l = []));
    l.push(p);
  }
  const at = (file: string, line: number, type: 'pos' | 'neg') => (byFile.get(file) ?? []).find((p) => p.type === type && line >= p.lineStart && line <= p.lineEnd);

  // One finding per location: the engine promises it, but score unique lines so a duplicate never inflates precision.
  const seenLoc = new Set<string>();
  const unique = findings.filter((f) => {
    const k = `${f.file}\0${f.line}`;
    if (seenLoc.has(k)) return false;
    seenLoc.add(k);
    return true;
  });

  const hit = new Set<Planted>();
  const fps = new Map<string, KindCount>();
  let tpFindings = 0;
  for (const f of unique) {
    const pos = at(f.file, f.line, 'pos');
    if (pos) {
      hit.add(pos);
      tpFindings++;
      continue;
    }
    const neg = at(f.file, f.line, 'neg');
    tally(fps, neg?.kind ?? 'unplanted', `${f.file}:${f.line} ${f.ruleId}${neg ? ` ${neg.sample.slice(0, 60)}` : ''}`);
  }
  const misses = new Map<string, KindCount>();
  const byKind: Record<string, [number, number]> = {};
  const positives = planted.filter((p) => p.type === 'pos');
  for (const p of positives) {
    const k = (byKind[p.kind] ??= [0, 0]);
    k[1]++;
    if (hit.has(p)) k[0]++;
    else tally(misses, p.kind, `${p.file}:${p.lineStart} ${p.sample.slice(0, 80)}`);
  }
  return {
    positives: positives.length,
    found: hit.size,
    findings: unique.length,
    truePositiveFindings: tpFindings,
    recall: positives.length ? hit.size / positives.length : 1,
    precision: unique.length ? tpFindings / unique.length : 1,
    misses: sorted(misses),
    falsePositives: sorted(fps),
    byKind,
  };
}

/** Adds scores of several corpora (micro-averaged). */
export function mergeScores(scores: Score[]): Score {
  const merge = (lists: KindCount[][]) => {
    const m = new Map<string, KindCount>();
    for (const l of lists) for (const k of l) {
      const t = m.get(k.kind) ?? { kind: k.kind, count: 0, examples: [] };
      t.count += k.count;
      t.examples = [...t.examples, ...k.examples].slice(0, 8);
      m.set(k.kind, t);
    }
    return sorted(m);
  };
  const positives = scores.reduce((a, s) => a + s.positives, 0);
  const found = scores.reduce((a, s) => a + s.found, 0);
  const findings = scores.reduce((a, s) => a + s.findings, 0);
  const tp = scores.reduce((a, s) => a + s.truePositiveFindings, 0);
  const byKind: Record<string, [number, number]> = {};
  for (const s of scores) for (const [k, [f, n]] of Object.entries(s.byKind)) {
    const t = (byKind[k] ??= [0, 0]);
    t[0] += f;
    t[1] += n;
  }
  return {
    positives,
    found,
    findings,
    truePositiveFindings: tp,
    recall: positives ? found / positives : 1,
    precision: findings ? tp / findings : 1,
    misses: merge(scores.map((s) => s.misses)),
    falsePositives: merge(scores.map((s) => s.falsePositives)),
    byKind,
  };
}
