/**
 * How many values of an ascending list are below `x`: the index where `x` would go (a lower bound).
 * The one binary search behind line lookups, span indexes and fence lookups. Lists mostly grow at
 * their end, so a value past the last is answered without a search.
 */
export function countBelow(sorted: ArrayLike<number>, x: number): number {
  let hi = sorted.length;
  if (hi === 0 || sorted[hi - 1] < x) return hi;
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last value at or below `x` in an ascending list whose first value is at or below it (a line's start for an offset). */
export function lastAtOrBelow(sorted: ArrayLike<number>, x: number): number {
  return Math.max(0, countBelow(sorted, x + 1) - 1);
}
