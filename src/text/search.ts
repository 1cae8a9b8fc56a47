/** Index of the first of `xs`, sorted ascending by `key`, whose key is greater than `pos` (`xs.length` if none). */
export function firstAfter<T>(xs: readonly T[], pos: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]) > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
