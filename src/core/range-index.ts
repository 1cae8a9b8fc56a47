import type { Range } from './types.js';

/** Width of a bucket: most spans are a word or a few, so a query reads one or two buckets. */
const BUCKET = 256;

/**
 * Which items overlap a range, found through fixed-width buckets rather than by testing every
 * item: checking each garbled passage against each repair grows with the square of a bad scan's
 * length. Each item sits in every bucket it covers, so memory is linear in the covered length.
 */
export class RangeIndex<T> {
  private readonly buckets = new Map<number, T[]>();

  constructor(items: readonly T[], private readonly rangeOf: (item: T) => Range) {
    for (const item of items) {
      const r = rangeOf(item);
      for (let b = Math.floor(r.start / BUCKET); b <= Math.floor(Math.max(r.start, r.end - 1) / BUCKET); b++) {
        let list = this.buckets.get(b);
        if (!list) this.buckets.set(b, (list = []));
        list.push(item);
      }
    }
  }

  /** Items whose range overlaps `range` (an empty item range counts when it lies inside), each once, in insertion order. */
  overlapping(range: Range): T[] {
    const seen = new Set<T>();
    const out: T[] = [];
    for (let b = Math.floor(range.start / BUCKET); b <= Math.floor(Math.max(range.start, range.end - 1) / BUCKET); b++) {
      for (const item of this.buckets.get(b) ?? []) {
        if (seen.has(item)) continue;
        seen.add(item);
        const r = this.rangeOf(item);
        if (r.start < range.end && r.end > range.start) out.push(item);
        else if (r.start === r.end && r.start >= range.start && r.start < range.end) out.push(item);
      }
    }
    return out;
  }
}
