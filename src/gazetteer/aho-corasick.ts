export interface Hit {
  pattern: string;
  start: number;
  end: number;
}

/**
 * Multi-pattern matching in one pass (Aho–Corasick) over UTF-16 code units. Written by hand:
 * `modern-ahocorasick` segments graphemes and took 45 s on one 73 KB report with 5,000 names
 * (measured); this takes milliseconds. Patterns are matched case-sensitively, overlaps included.
 */
export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending at each state (own and inherited through failure links). */
  private readonly out: string[][] = [[]];

  constructor(patterns: Iterable<string>) {
    for (const p of patterns) {
      if (!p) continue;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let t = this.next[s].get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[s].set(c, t);
        }
        s = t;
      }
      this.out[s].push(p);
    }
    const queue: number[] = [];
    for (const t of this.next[0].values()) queue.push(t);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const [c, t] of this.next[s]) {
        let f = this.fail[s];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const g = this.next[f].get(c);
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        this.out[t].push(...this.out[this.fail[t]]);
        queue.push(t);
      }
    }
  }

  search(text: string): Hit[] {
    const hits: Hit[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (s !== 0 && !this.next[s].has(c)) s = this.fail[s];
      s = this.next[s].get(c) ?? 0;
      for (const p of this.out[s]) hits.push({ pattern: p, start: i + 1 - p.length, end: i + 1 });
    }
    return hits;
  }
}
