/**
 * Strings as 32-bit polynomial hashes, in an open-addressing table of numbers. A repair probes
 * thousands of variants of a word for each one that is a word: asking this table first, with a
 * hash computed from the word's prefix and suffix hashes, builds a string only for the few
 * variants that may be words (a hash match; the caller confirms on the string).
 */
export const BASE = 0x01000193;

/** The hash of `s`. */
export function hashOf(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h;
}

/** The hash of `a + b` from theirs, `power` being BASE to the length of `b` (see `affixHashes`). */
export const concatHash = (a: number, b: number, power: number): number => (Math.imul(a, power) + b) | 0;

/**
 * Hashes of every prefix and every suffix of `w` (`prefix[i]` of `w[0, i)`, `suffix[i]` of
 * `w[i, end)`), and the powers of BASE a splice of it needs (`power[k]` = BASE^k, for k up to the
 * length of `w` or `maxInsert`, the longest text a splice writes into it), whatever its length.
 */
export function affixHashes(w: string, maxInsert: number): { prefix: Int32Array; suffix: Int32Array; power: Int32Array } {
  const n = w.length;
  const power = new Int32Array(Math.max(n, maxInsert) + 1);
  power[0] = 1;
  for (let k = 1; k < power.length; k++) power[k] = Math.imul(power[k - 1], BASE);
  const prefix = new Int32Array(n + 1);
  const suffix = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i], BASE) + w.charCodeAt(i)) | 0;
  for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(w.charCodeAt(i), power[n - 1 - i]) + suffix[i + 1]) | 0;
  return { prefix, suffix, power };
}

/** The hashes of a set of strings; `has` may answer yes for a string not in it (rarely), never no for one in it. */
export class HashSet {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly zero: boolean;

  constructor(strings: Iterable<string>, hashed?: ArrayLike<number>) {
    const hashes = hashed ?? [...strings].map((s) => hashOf(s));
    let size = 16;
    while (size < hashes.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    let zero = false;
    // 0 marks an empty slot: a string hashing to 0 is remembered apart
    for (let i = 0; i < hashes.length; i++) {
      const h = hashes[i];
      if (h === 0) zero = true;
      else this.insert(h);
    }
    this.zero = zero;
  }

  /** The set of these hashes (of strings hashed elsewhere the same way). */
  static ofHashes(hashes: ArrayLike<number>): HashSet {
    return new HashSet([], hashes);
  }

  private insert(h: number): void {
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      if (this.slots[i] === h) return;
      if (this.slots[i] === 0) { this.slots[i] = h; return; }
    }
  }

  has(h: number): boolean {
    if (h === 0) return this.zero;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const s = this.slots[i];
      if (s === h) return true;
      if (s === 0) return false;
    }
  }
}
