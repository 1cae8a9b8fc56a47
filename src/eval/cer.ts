/** Whitespace folded: every run of white space is one space, none at the ends. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Levenshtein distance by Ukkonen's banded algorithm, doubling the band until the distance fits
 * inside it. Written by hand because the npm implementations fill the whole n x m matrix, which
 * is 6.4e9 cells for an 80k-character report; clean text differs from its input in a handful of
 * places, so the band stays narrow and the cost near linear.
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  let k = Math.max(16, Math.abs(n - m) + 1);
  for (;;) {
    const d = banded(a, b, k);
    if (d <= k) return d;
    k *= 2;
  }
}

function banded(a: string, b: string, k: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > k) return k + 1;
  const INF = k + 1;
  const width = 2 * k + 1;
  // row i holds columns j in [i-k, i+k]; index j - i + k
  let prev = new Int32Array(width).fill(INF);
  let cur = new Int32Array(width).fill(INF);
  for (let j = 0; j <= Math.min(m, k); j++) prev[j + k] = j;
  for (let i = 1; i <= n; i++) {
    cur.fill(INF);
    const lo = Math.max(0, i - k);
    const hi = Math.min(m, i + k);
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const idx = j - i + k;
      if (j === 0) { cur[idx] = i; continue; }
      // prev row index for column j is j - (i-1) + k = idx + 1
      const sub = prev[idx] + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const del = idx + 1 < width ? prev[idx + 1] + 1 : INF;
      const ins = idx - 1 >= 0 ? cur[idx - 1] + 1 : INF;
      cur[idx] = Math.min(sub, del, ins, INF);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m - n + k];
}

/** Character error rate of `hypothesis` against `reference`, both whitespace-folded. */
export function cer(hypothesis: string, reference: string): number {
  const ref = fold(reference);
  const hyp = fold(hypothesis);
  return ref.length === 0 ? (hyp.length === 0 ? 0 : 1) : levenshtein(hyp, ref) / ref.length;
}
