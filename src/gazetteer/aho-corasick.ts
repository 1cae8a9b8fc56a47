export interface Hit {
  pattern: string;
  start: number;
  end: number;
}

/** A built automaton as data: its patterns and flat arrays (see `AhoCorasick`), for the build to write. */
export interface AutomatonData {
  patterns: string[];
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeTarget: Int32Array;
  fail: Int32Array;
  outStart: Int32Array;
  outList: Int32Array;
}

/** May a hit over [start, end) be reported? Asked before the hit is made. */
export type HitFilter = (start: number, end: number) => boolean;

/**
 * Multi-pattern matching in one pass (Aho–Corasick) over UTF-16 code units. Written by hand:
 * `modern-ahocorasick` segments graphemes and took 45 s on one 73 KB report with 5,000 names
 * (measured); this takes milliseconds. Patterns are matched case-sensitively, overlaps included.
 *
 * Built as a trie of maps, then frozen into flat arrays: the root's moves in a table indexed by
 * code unit (most characters of a text leave the root at once), every other state's moves as a
 * sorted run of (code unit, target) pairs, and its patterns (own, then inherited through failure
 * links) as a run of pattern indices. A search allocates nothing but its hits.
 */
export class AhoCorasick {
  private readonly patterns: string[];
  private readonly root = new Int32Array(0x10000);
  /** Moves of state s: edgeChar/edgeTarget[edgeStart[s] .. edgeStart[s + 1]), sorted by code unit. */
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Patterns ending at state s: outList[outStart[s] .. outStart[s + 1]). */
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;

  /** An automaton of `patterns`, or the one `data` (from `toData`) holds, as it was built. */
  constructor(patterns: Iterable<string> | AutomatonData) {
    if (isData(patterns)) {
      ({ patterns: this.patterns, edgeStart: this.edgeStart, edgeChar: this.edgeChar, edgeTarget: this.edgeTarget,
        fail: this.fail, outStart: this.outStart, outList: this.outList } = patterns);
      for (let e = this.edgeStart[0]; e < this.edgeStart[1]; e++) this.root[this.edgeChar[e]] = this.edgeTarget[e];
      return;
    }
    this.patterns = [];
    const next: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    for (const p of patterns) {
      if (!p) continue;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let t = next[s].get(c);
        if (t === undefined) {
          t = next.length;
          next.push(new Map());
          own.push([]);
          next[s].set(c, t);
        }
        s = t;
      }
      own[s].push(this.patterns.length);
      this.patterns.push(p);
    }
    const n = next.length;
    const fail = new Int32Array(n);
    const out = own; // each state's own list, then what its failure link ends
    const queue: number[] = [...next[0].values()];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const [c, t] of next[s]) {
        let f = fail[s];
        while (f !== 0 && !next[f].has(c)) f = fail[f];
        const g = next[f].get(c);
        fail[t] = g !== undefined && g !== t ? g : 0;
        if (out[fail[t]].length) out[t].push(...out[fail[t]]);
        queue.push(t);
      }
    }
    this.fail = fail;
    for (const [c, t] of next[0]) this.root[c] = t;
    let edges = 0;
    let outs = 0;
    for (let s = 0; s < n; s++) {
      edges += next[s].size;
      outs += out[s].length;
    }
    this.edgeStart = new Int32Array(n + 1);
    this.edgeChar = new Uint16Array(edges);
    this.edgeTarget = new Int32Array(edges);
    this.outStart = new Int32Array(n + 1);
    this.outList = new Int32Array(outs);
    let e = 0;
    let o = 0;
    for (let s = 0; s < n; s++) {
      this.edgeStart[s] = e;
      const moves = next[s].size > 1 ? [...next[s]].sort((a, b) => a[0] - b[0]) : next[s];
      for (const [c, t] of moves) {
        this.edgeChar[e] = c;
        this.edgeTarget[e++] = t;
      }
      this.outStart[s] = o;
      for (const p of out[s]) this.outList[o++] = p;
    }
    this.edgeStart[n] = e;
    this.outStart[n] = o;
  }

  toData(): AutomatonData {
    const { patterns, edgeStart, edgeChar, edgeTarget, fail, outStart, outList } = this;
    return { patterns, edgeStart, edgeChar, edgeTarget, fail, outStart, outList };
  }

  /** The state reached from s on code unit c, or -1 (s is not the root). */
  private move(s: number, c: number): number {
    let lo = this.edgeStart[s];
    let hi = this.edgeStart[s + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.edgeChar[mid];
      if (m === c) return this.edgeTarget[mid];
      if (m < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Every occurrence of every pattern, by end position; `accept` (if given) drops hits before they are made. */
  search(text: string, accept?: HitFilter): Hit[] {
    const hits: Hit[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = -1;
      while (s !== 0 && (t = this.move(s, c)) < 0) s = this.fail[s];
      s = s === 0 ? this.root[c] : t;
      for (let k = this.outStart[s], end = this.outStart[s + 1]; k < end; k++) {
        const p = this.patterns[this.outList[k]];
        const start = i + 1 - p.length;
        if (!accept || accept(start, i + 1)) hits.push({ pattern: p, start, end: i + 1 });
      }
    }
    return hits;
  }

  /**
   * What `search` gives, for callers whose hits start a word: never right after an ASCII letter, and
   * only where `startsHere(i)` holds. The trie is walked from each such offset alone, so letters
   * inside words cost one comparison, and words that start no pattern one table read. Hits come in
   * `search`'s order (by end, the longer first).
   */
  searchFromStarts(text: string, startsHere: (i: number) => boolean, accept?: HitFilter): Hit[] {
    const hits: Hit[] = [];
    let prev = 0; // the code unit before i
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const afterLetter = (prev >= 97 && prev <= 122) || (prev >= 65 && prev <= 90);
      prev = c;
      // (a few patterns start in lower case, `the Pacific`: their first letters are everywhere inside words)
      if (afterLetter) continue;
      let s = this.root[c];
      if (s === 0 || !startsHere(i)) continue;
      for (let j = i; ;) {
        // a state's own patterns are those as long as the path to it; the others it inherits end later in the text
        for (let k = this.outStart[s], end = this.outStart[s + 1]; k < end; k++) {
          const p = this.patterns[this.outList[k]];
          if (p.length === j + 1 - i && (!accept || accept(i, j + 1))) hits.push({ pattern: p, start: i, end: j + 1 });
        }
        if (++j >= text.length || (s = this.move(s, text.charCodeAt(j))) < 0) break;
      }
    }
    // the walks give hits by start; `search` by end, then from the longest (which starts first)
    return hits.sort((a, b) => a.end - b.end || a.start - b.start);
  }
}

function isData(p: Iterable<string> | AutomatonData): p is AutomatonData {
  return (p as AutomatonData).edgeStart instanceof Int32Array;
}
