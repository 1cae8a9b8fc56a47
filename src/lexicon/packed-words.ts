import { BASE, hashOf } from './hash-set.js';

/** What the pipeline asks of a word list: membership, and its words in their order. */
export interface WordList extends Iterable<string> {
  has(word: string): boolean;
  readonly size: number;
}

/**
 * A word list kept as the bytes it was read as (ASCII words separated by newlines), with the
 * bounds of each word and an open-addressing table of word numbers by hash. A Set of the 274k
 * words of the spelling list costs 0.3 s and about 20 MB to build at every start; this costs
 * 0.1 s to build and nothing to read back from the build's file (`toBuffer`, `fromBuffer`), and
 * answers `has` by comparing characters in place. (Bytes, not the file as a string: V8 walked the
 * string's characters several times slower than a buffer's here.)
 */
export class PackedWords implements WordList {
  private readonly bytes: Uint8Array;
  /** Start and end of word k at 2k and 2k + 1. */
  private readonly bounds: Int32Array;
  /** Word number + 1 per slot, 0 for an empty one. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Words written again later in the text: a list is a set, so they are not listed twice. */
  private readonly repeated: Uint8Array;
  readonly size: number;

  /**
   * `bytes`: ASCII words, one per line (a non-ASCII byte would never match a character); `table`:
   * what an earlier list of the same bytes built (`toBuffer`), so nothing is hashed again.
   */
  constructor(bytes: Uint8Array, table?: { bounds: Int32Array; slots: Int32Array; repeated: Uint8Array }) {
    this.bytes = bytes;
    if (table) {
      ({ bounds: this.bounds, slots: this.slots, repeated: this.repeated } = table);
      this.mask = this.slots.length - 1;
      this.size = this.repeated.reduce((n, r) => n + (r ? 0 : 1), 0);
      return;
    }
    // where each word starts and ends
    let lines = 1;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) lines++;
    const bounds = new Int32Array(2 * lines);
    let count = 0;
    let from = -1;
    for (let i = 0; i <= bytes.length; i++) {
      const newline = i === bytes.length || bytes[i] === 10;
      if (newline && from >= 0) {
        bounds[2 * count] = from;
        bounds[2 * count + 1] = i;
        count++;
        from = -1;
      } else if (!newline && from < 0) from = i;
    }
    this.bounds = bounds.subarray(0, 2 * count);
    let size = 16;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.repeated = new Uint8Array(count);
    let distinct = 0;
    for (let k = 0; k < count; k++) {
      let i = this.hashAt(k) & this.mask;
      let dup = false;
      for (; this.slots[i] !== 0; i = (i + 1) & this.mask) {
        if (this.sameAt(this.slots[i] - 1, k)) { dup = true; break; }
      }
      if (dup) this.repeated[k] = 1;
      else { this.slots[i] = k + 1; distinct++; }
    }
    this.size = distinct;
  }

  /** `hashOf` word number k, computed from its bytes. */
  private hashAt(k: number): number {
    let h = 0;
    for (let i = this.bounds[2 * k], e = this.bounds[2 * k + 1]; i < e; i++) h = (Math.imul(h, BASE) + this.bytes[i]) | 0;
    return h;
  }

  private sameAt(a: number, b: number): boolean {
    const sa = this.bounds[2 * a];
    const sb = this.bounds[2 * b];
    const n = this.bounds[2 * a + 1] - sa;
    if (this.bounds[2 * b + 1] - sb !== n) return false;
    for (let i = 0; i < n; i++) if (this.bytes[sa + i] !== this.bytes[sb + i]) return false;
    return true;
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /** The number of `word` in the list (its first line among the words, counting from 0), or -1. */
  indexOf(word: string): number {
    // (a newline inside `word` would match across two words)
    if (word.length === 0 || word.includes('\n')) return -1;
    for (let i = hashOf(word) & this.mask; this.slots[i] !== 0; i = (i + 1) & this.mask) {
      const k = this.slots[i] - 1;
      const s = this.bounds[2 * k];
      if (this.bounds[2 * k + 1] - s === word.length && this.spells(s, word)) return k;
    }
    return -1;
  }

  /** The hashes (`hashOf`) of the distinct words of at least `minLength` characters, computed from the bytes. */
  hashes(minLength: number): Int32Array {
    // (straight into a typed array: a hash is an int32, which a plain array would box one by one)
    const out = new Int32Array(this.repeated.length);
    let n = 0;
    for (let k = 0; k < this.repeated.length; k++) {
      if (this.repeated[k] || this.bounds[2 * k + 1] - this.bounds[2 * k] < minLength) continue;
      out[n++] = this.hashAt(k);
    }
    return out.subarray(0, n);
  }

  /** The bytes as one string, made when a word is first asked for as a string (a whole list is read so). */
  private text?: string;

  /** Word number k, as a string. */
  wordAt(k: number): string {
    this.text ??= Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString('latin1');
    return this.text.slice(this.bounds[2 * k], this.bounds[2 * k + 1]);
  }

  /** How many words the text holds, repeats included: word numbers run from 0 to this. */
  get count(): number {
    return this.repeated.length;
  }

  /** Is word number k a repeat of an earlier one? */
  isRepeat(k: number): boolean {
    return this.repeated[k] === 1;
  }

  private spells(at: number, word: string): boolean {
    for (let i = 0; i < word.length; i++) if (this.bytes[at + i] !== word.charCodeAt(i)) return false;
    return true;
  }

  /** The words and their table as one buffer (32-bit counts, bounds, slots, repeat marks, then the words' bytes). */
  toBuffer(): Uint8Array {
    const count = this.repeated.length;
    const head = Int32Array.of(count, this.slots.length, this.bytes.length);
    const parts = [head, this.bounds, this.slots, this.repeated, this.bytes];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const p of parts) {
      out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
      at += p.byteLength;
    }
    return out;
  }

  /** The list `toBuffer` wrote, as it was built. */
  static fromBuffer(buffer: Uint8Array): PackedWords {
    // (typed arrays of 32 bits need an offset that is a multiple of 4: a buffer from a pool may not have one)
    const b = buffer.byteOffset % 4 === 0 ? buffer : new Uint8Array(buffer);
    const [count, slotCount, byteCount] = new Int32Array(b.buffer, b.byteOffset, 3);
    let at = b.byteOffset + 12;
    const bounds = new Int32Array(b.buffer, at, 2 * count);
    at += bounds.byteLength;
    const slots = new Int32Array(b.buffer, at, slotCount);
    at += slots.byteLength;
    const repeated = new Uint8Array(b.buffer, at, count);
    at += count;
    return new PackedWords(new Uint8Array(b.buffer, at, byteCount), { bounds, slots, repeated });
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let k = 0; k < this.repeated.length; k++) if (!this.repeated[k]) yield this.wordAt(k);
  }
}
