import type { Range } from './types.js';

/**
 * Maps positions in the current text back to the original decoded text.
 *
 * Two arrays of length text.length + 1 because a position means different things at the two
 * ends of a span: a span that starts where text was inserted or replaced starts at the
 * beginning of the replaced original, and one that ends there ends at its end. Typed arrays
 * keep this at 8 bytes per character, which is fine for report-sized texts.
 */
export interface OffsetMap {
  starts: Int32Array;
  ends: Int32Array;
}

export function identityMap(length: number): OffsetMap {
  const starts = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) starts[i] = i;
  return { starts, ends: starts.slice() };
}

/** Original range of a current-text range. An empty range maps to an empty original range. */
export function toSource(map: OffsetMap, range: Range): Range {
  if (range.end <= range.start) {
    const at = map.ends[range.start];
    return { start: at, end: at };
  }
  const start = map.starts[range.start];
  const end = map.ends[range.end];
  // a span from moved text into its new neighbours runs backwards in the original: cover both
  return start <= end ? { start, end } : { start: end, end: start };
}

/** A replacement as the composer sees it: old range [start, end) becomes `length` characters. */
export interface Replacement {
  start: number;
  end: number;
  length: number;
  /** New characters from `offset` on are old characters from `from` on, moved. */
  moved?: { from: number; offset: number };
}

/**
 * The map of the text produced by applying `reps` (sorted, non-overlapping) to a text whose
 * map is `map`. Positions of unchanged characters keep their original offsets; new characters
 * point at the whole original range their replacement covered.
 */
export function composeMap(map: OffsetMap, reps: readonly Replacement[], newLength: number): OffsetMap {
  const { starts: S, ends: E } = map;
  const starts = new Int32Array(newLength + 1);
  const ends = new Int32Array(newLength + 1);
  let delta = 0;
  let next = 0; // next old position still to copy
  let prevEnd = -1;
  for (const r of reps) {
    const p = r.start + delta;
    if (r.start > next) {
      starts.set(S.subarray(next, r.start), next + delta);
      ends.set(E.subarray(next, r.start), next + delta);
    }
    if (r.length === 0) {
      // The position is both "after the deleted text" (as a start) and "before it" (as an end).
      starts[p] = S[r.end];
      if (prevEnd !== r.start) ends[p] = E[r.start];
    } else {
      starts[p] = S[r.start];
      // right after a deletion, a span ending here ends before the deleted text: keep that
      if (prevEnd !== r.start) ends[p] = E[r.start];
      for (let k = 1; k < r.length; k++) {
        starts[p + k] = S[r.start];
        ends[p + k] = E[r.end];
      }
      starts[p + r.length] = S[r.end];
      ends[p + r.length] = E[r.end];
      if (r.moved) {
        // moved characters point at their own original place, not at the insertion point
        const { from, offset } = r.moved;
        for (let k = offset; k < r.length; k++) {
          starts[p + k] = S[from + k - offset];
          ends[p + k + 1] = E[from + k - offset + 1];
        }
      }
    }
    next = r.end + 1;
    prevEnd = r.end;
    delta += r.length - (r.end - r.start);
  }
  if (next < S.length) {
    starts.set(S.subarray(next), next + delta);
    ends.set(E.subarray(next), next + delta);
  }
  return { starts, ends };
}

/** Does an original stretch ending at `end` go on at `start`: overlapping, or only white space between? */
export function adjoins(original: string, end: number, start: number): boolean {
  return start <= end || !/\S/.test(original.slice(end, start));
}

/**
 * The original pieces a current-text range was made from, where they are not one stretch:
 * a range across a line end put back from elsewhere, or across removed furniture, covers
 * original text between its pieces that it was never made of. Undefined for one stretch.
 * Pieces are cut where the original runs backwards or skips anything but white space.
 */
export function sourcePieces(map: OffsetMap, original: string, range: Range): Range[] | undefined {
  if (range.end - range.start < 2) return undefined;
  const pieces: Range[] = [];
  let cur: Range | undefined;
  for (let i = range.start; i < range.end; i++) {
    const s = map.starts[i];
    const e = Math.max(s, map.ends[i + 1]);
    if (cur && s >= cur.start && adjoins(original, cur.end, s)) {
      cur.end = Math.max(cur.end, e);
      continue;
    }
    cur = { start: s, end: e };
    pieces.push(cur);
  }
  return pieces.length > 1 ? pieces : undefined;
}
