/**
 * Words found by the letter pairs they share with a misreading. A badly scanned word keeps
 * few of its letters in place but many of its pairs (`Asvetubly`, `Assembly`: ^a, mb, bl, ly, y$),
 * so candidates come from shared pairs and only the best few are measured exactly.
 *
 * A heavy scan asks this for every unknown word, and the common pairs (`e$`, `ti`) hold thousands
 * of words each: pairs are numbers (two UTF-16 units), postings are typed arrays by pair and
 * length, and the winners are taken by their count of shared pairs rather than by sorting every
 * word touched.
 */
export class BigramIndex {
  /** Pair code (see `pairCode`) -> its postings: per word length, the words of that length that hold the pair. */
  private readonly postings = new Map<number, (Int32Array | undefined)[]>();
  private readonly counts: Int32Array;

  constructor(readonly words: readonly string[]) {
    const lists = new Map<number, number[][]>();
    words.forEach((word, i) => {
      for (const g of pairsOf(word)) {
        let byLength = lists.get(g);
        if (!byLength) lists.set(g, (byLength = []));
        (byLength[word.length] ??= []).push(i);
      }
    });
    for (const [g, byLength] of lists) this.postings.set(g, Array.from(byLength, (list) => (list ? Int32Array.from(list) : undefined)));
    this.counts = new Int32Array(words.length);
  }

  /**
   * Indices of words sharing at least `minShare` of `word`'s letter pairs, whose length is within
   * `maxLengthGap`, most shared first (then by index), at most `limit` of them.
   */
  near(word: string, minShare: number, maxLengthGap: number, limit: number): number[] {
    const pairs = pairsOf(word);
    const need = Math.max(2, Math.ceil(pairs.length * minShare));
    const touched: number[] = [];
    const counts = this.counts;
    const shortest = Math.max(0, word.length - maxLengthGap);
    for (const g of pairs) {
      const byLength = this.postings.get(g);
      if (!byLength) continue;
      // only words of a length in reach are counted: the others could not be returned
      const longest = Math.min(byLength.length - 1, word.length + maxLengthGap);
      for (let length = shortest; length <= longest; length++) {
        const list = byLength[length];
        if (!list) continue;
        for (let k = 0; k < list.length; k++) if (counts[list[k]]++ === 0) touched.push(list[k]);
      }
    }
    // by shared count: a word shares at most every pair, so the counts index a short array of buckets
    const buckets: number[][] = [];
    for (const i of touched) {
      const shared = counts[i];
      counts[i] = 0;
      if (shared >= need) (buckets[shared] ??= []).push(i);
    }
    const out: number[] = [];
    for (let shared = buckets.length - 1; shared >= need && out.length < limit; shared--) {
      const bucket = buckets[shared];
      if (!bucket) continue;
      bucket.sort((a, b) => a - b);
      for (let k = 0; k < bucket.length && out.length < limit; k++) out.push(bucket[k]);
    }
    return out;
  }
}

/** A pair of UTF-16 units as one number (`^` and `$` mark a word's start and end). */
const pairCode = (a: number, b: number): number => a * 0x10000 + b;
const START = '^'.charCodeAt(0);
const END = '$'.charCodeAt(0);

/** Distinct letter pairs of a word, with its start and end marked (`^a`, `y$`), in order of first occurrence. */
function pairsOf(word: string): number[] {
  const out: number[] = [];
  let prev = START;
  for (let k = 0; k <= word.length; k++) {
    const c = k < word.length ? word.charCodeAt(k) : END;
    const g = pairCode(prev, c);
    if (!out.includes(g)) out.push(g);
    prev = c;
  }
  return out;
}
