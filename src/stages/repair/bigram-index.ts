/**
 * Words found by the letter pairs they share with a misreading. A badly scanned word keeps
 * few of its letters in place but many of its pairs (`Asvetubly`, `Assembly`: ^a, mb, bl, ly, y$),
 * so candidates come from shared pairs and only the best few are measured exactly.
 */
export class BigramIndex {
  /** Per letter pair, per word length: the words of that length that hold the pair (a misreading's length is near its word's). */
  private readonly postings = new Map<string, Map<number, Int32Array>>();
  private readonly counts: Int32Array;

  constructor(readonly words: readonly string[]) {
    const lists = new Map<string, Map<number, number[]>>();
    words.forEach((word, i) => {
      for (const g of pairsOf(word)) {
        let byLength = lists.get(g);
        if (!byLength) lists.set(g, (byLength = new Map()));
        let list = byLength.get(word.length);
        if (!list) byLength.set(word.length, (list = []));
        list.push(i);
      }
    });
    for (const [g, byLength] of lists) {
      this.postings.set(g, new Map([...byLength].map(([length, list]) => [length, Int32Array.from(list)])));
    }
    this.counts = new Int32Array(words.length);
  }

  /**
   * Indices of words sharing at least `minShare` of `word`'s letter pairs, whose length is within
   * `maxLengthGap`, most shared first, at most `limit` of them.
   */
  near(word: string, minShare: number, maxLengthGap: number, limit: number): number[] {
    const pairs = pairsOf(word);
    const need = Math.max(2, Math.ceil(pairs.size * minShare));
    const touched: number[] = [];
    for (const g of pairs) {
      const byLength = this.postings.get(g);
      if (!byLength) continue;
      // only words of a length in reach are counted: the others could not be returned
      for (let length = word.length - maxLengthGap; length <= word.length + maxLengthGap; length++) {
        const list = byLength.get(length);
        if (!list) continue;
        for (let k = 0; k < list.length; k++) if (this.counts[list[k]]++ === 0) touched.push(list[k]);
      }
    }
    const found: [number, number][] = [];
    for (const i of touched) {
      const shared = this.counts[i];
      this.counts[i] = 0;
      if (shared >= need) found.push([i, shared]);
    }
    found.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return found.slice(0, limit).map(([i]) => i);
  }
}

/** Distinct letter pairs of a word, with its start and end marked (`^a`, `y$`). */
function pairsOf(word: string): Set<string> {
  const padded = `^${word}$`;
  const out = new Set<string>();
  for (let k = 0; k + 2 <= padded.length; k++) out.add(padded.slice(k, k + 2));
  return out;
}
