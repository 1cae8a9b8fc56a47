import { PackedWords } from './packed-words.js';

/**
 * Counts by word, read-only, over a `PackedWords` list and an array of counts by word number: the
 * frequency list's 74k words as a Map take 0.1 s to build at every start (and a JSON parse), this
 * one read of a build file. The words must be distinct (a repeat's count would be unreachable).
 */
export class PackedCounts implements ReadonlyMap<string, number> {
  private constructor(private readonly words: PackedWords, private readonly counts: Float64Array) {}

  /** Counts from a map, in its order (keys ASCII, without newlines). */
  static of(map: ReadonlyMap<string, number>): PackedCounts {
    return new PackedCounts(new PackedWords(Buffer.from([...map.keys()].join('\n'), 'latin1')), Float64Array.from(map.values()));
  }

  /** One buffer: the counts (8 bytes each), then the words' list as `PackedWords.toBuffer` writes it. */
  toBuffer(): Uint8Array {
    const words = this.words.toBuffer();
    const out = new Uint8Array(8 + this.counts.byteLength + words.byteLength);
    new DataView(out.buffer).setFloat64(0, this.counts.length, true);
    out.set(new Uint8Array(this.counts.buffer, this.counts.byteOffset, this.counts.byteLength), 8);
    out.set(words, 8 + this.counts.byteLength);
    return out;
  }

  static fromBuffer(buffer: Uint8Array): PackedCounts {
    // (a Float64Array needs an offset that is a multiple of 8)
    const b = buffer.byteOffset % 8 === 0 ? buffer : new Uint8Array(buffer);
    const n = new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
    const counts = new Float64Array(b.buffer, b.byteOffset + 8, n);
    return new PackedCounts(PackedWords.fromBuffer(b.subarray(8 + counts.byteLength)), counts);
  }

  get size(): number {
    return this.words.size;
  }

  get(word: string): number | undefined {
    const k = this.words.indexOf(word);
    return k < 0 ? undefined : this.counts[k];
  }

  has(word: string): boolean {
    return this.words.indexOf(word) >= 0;
  }

  *entries(): MapIterator<[string, number]> {
    for (let k = 0; k < this.words.count; k++) if (!this.words.isRepeat(k)) yield [this.words.wordAt(k), this.counts[k]];
  }

  *keys(): MapIterator<string> {
    for (const [w] of this.entries()) yield w;
  }

  *values(): MapIterator<number> {
    for (const [, c] of this.entries()) yield c;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(visit: (count: number, word: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [w, c] of this.entries()) visit(c, w, this);
  }
}
