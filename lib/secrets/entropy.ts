/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (!s) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let e = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    e -= p * Math.log2(p);
  }
  return e;
}
