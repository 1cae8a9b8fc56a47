import { CONFUSIONS, COST, type Confusion } from './confusions.js';

/**
 * Shapes a badly degraded scan also merges (strokes run together or break apart): costlier than
 * the confusions of a fair scan, cheaper than an arbitrary letter. Measured on the heavy dev
 * scans (`Genetal`, `Conimuttee`, `Teriteries`), used only when reading a word far from its print.
 */
const DEGRADED: Confusion[] = ([
  ['r', 't', 0.6], ['n', 'h', 0.6], ['s', 'e', 0.7], ['tt', 'u', 0.6], ['ll', 'u', 0.6], ['rn', 'in', 0.5],
] as const).flatMap(([a, b, cost]) => [{ from: a, to: b, cost }, { from: b, to: a, cost }]);

/** The confusions of a fair scan, one character for one: what short words are read by. */
export const FAIR_LETTER_CONFUSIONS: readonly Confusion[] = CONFUSIONS.filter((c) => c.from.length === 1 && c.to.length === 1);
/** Every confusion, degraded shapes and runs of strokes included: what far readings are measured by. */
export const DEGRADED_CONFUSIONS: readonly Confusion[] = [...CONFUSIONS, ...DEGRADED];

/** Candidate words whose masks a distance keeps, at most (then it starts again). */
const WORD_MASKS_LIMIT = 100000;

/**
 * How far what the scan shows (`observed`) is from `word`, both lower case. Given `beyond` (true
 * of a distance too far to matter, and so of every larger one), a distance sure to be beyond may
 * stop early and return Infinity: a caller that keeps only the nearest of many candidates needs no
 * exact figure for the rest.
 */
export type OcrDistance = (observed: string, word: string, beyond?: (d: number) => boolean) => number;

/**
 * A weighted edit distance over `confusions`: a plain edit costs about 1, a confusion of shapes
 * less, a run of strokes read as another run (`rn` for `m`) one step. Hand-written: the npm
 * distances weigh every letter alike. Each distance owns its scratch table and its words' masks, so two never share them.
 */
export function createOcrDistance(confusions: readonly Confusion[]): OcrDistance {
  const single = new Map<number, number>();
  const multi: Confusion[] = [];
  for (const c of confusions) {
    if (c.from.length === 1 && c.to.length === 1) {
      const key = (c.from.charCodeAt(0) << 16) | c.to.charCodeAt(0);
      single.set(key, Math.min(single.get(key) ?? 1, c.cost));
    } else if (/^[a-z]+$/.test(c.from + c.to) && multi.length < 32) {
      multi.push(c);
    }
  }
  /** For each end position of `s`, a bit per multi-letter pattern (its `side`) that ends there. */
  const endMasks = (s: string, side: 'from' | 'to'): Int32Array => {
    const masks = new Int32Array(s.length + 1);
    multi.forEach((c, id) => {
      const p = c[side];
      for (let k = s.indexOf(p); k >= 0; k = s.indexOf(p, k + 1)) masks[k + p.length] |= 1 << id;
    });
    return masks;
  };
  // substitution costs of ASCII pairs in a table, read for every cell; others in the map
  const ascii = new Float64Array(128 * 128).fill(COST.substitute);
  for (let a = 0; a < 128; a++) ascii[(a << 7) | a] = 0;
  for (const [key, cost] of single) {
    const a = key >>> 16;
    const b = key & 0xffff;
    if (a < 128 && b < 128 && a !== b) ascii[(a << 7) | b] = cost;
  }
  const substitution = (a: number, b: number): number =>
    a === b ? 0 : a < 128 && b < 128 ? ascii[(a << 7) | b] : single.get((a << 16) | b) ?? COST.substitute;
  const fromLength = Int32Array.from(multi, (c) => c.from.length);
  const toLength = Int32Array.from(multi, (c) => c.to.length);
  const multiCost = Float64Array.from(multi, (c) => c.cost);
  // a cell reads back at most this many rows: once that many rows in a row lie beyond a bound, every later one does
  const reach = Math.max(1, ...fromLength);
  // scratch, grown as needed: the table, and per row of the observed word its costs against every ASCII letter
  const scratch = { cells: new Float64Array(32 * 32), rows: new Float64Array(32 * 128), codes: new Int32Array(64) };
  // one observed word is measured against many candidates in a row: its masks and rows are made once
  let lastObserved = '';
  let lastFrom: Int32Array = new Int32Array(1);
  // ...and the candidates recur from word to word: theirs are kept (a vocabulary's worth at most)
  const wordMasks = new Map<string, Int32Array>();
  return (observed, word, beyond) => {
    const n = observed.length;
    const m = word.length;
    const w = m + 1;
    if (scratch.cells.length < (n + 1) * w) scratch.cells = new Float64Array((n + 1) * w * 2);
    if (scratch.codes.length < m) scratch.codes = new Int32Array(m * 2);
    if (observed !== lastObserved) {
      lastFrom = endMasks(observed, 'from');
      lastObserved = observed;
      if (scratch.rows.length < n * 128) scratch.rows = new Float64Array(n * 256);
      for (let i = 0; i < n; i++) {
        const a = observed.charCodeAt(i);
        for (let b = 0; b < 128; b++) scratch.rows[i * 128 + b] = substitution(a, b);
      }
    }
    const { cells, rows, codes } = scratch;
    const from = lastFrom;
    let to = wordMasks.get(word);
    if (!to) {
      if (wordMasks.size >= WORD_MASKS_LIMIT) wordMasks.clear();
      wordMasks.set(word, (to = endMasks(word, 'to')));
    }
    // a word with a letter past ASCII reads its costs from the map, not the rows
    let wide = false;
    for (let j = 0; j < m; j++) {
      codes[j] = word.charCodeAt(j);
      if (codes[j] >= 128) wide = true;
    }
    for (let j = 0; j <= m; j++) cells[j] = j * COST.insert;
    // rows in a row whose every cell lies beyond the bound (costs are never negative, so no later cell comes back)
    let farRows = 0;
    for (let i = 1; i <= n; i++) {
      const a = observed.charCodeAt(i - 1);
      const row = (i - 1) * 128;
      const up = (i - 1) * w;
      const here = i * w;
      const ends = from[i];
      let left = (cells[here] = i * COST.delete);
      let rowMin = left;
      for (let j = 1; j <= m; j++) {
        const b = codes[j - 1];
        let best = cells[up + j - 1] + (wide ? substitution(a, b) : rows[row + b]);
        const removed = cells[up + j] + COST.delete;
        if (removed < best) best = removed;
        const inserted = left + COST.insert;
        if (inserted < best) best = inserted;
        for (let bits = ends & to[j]; bits; bits &= bits - 1) {
          const k = 31 - Math.clz32(bits & -bits);
          const run = cells[(i - fromLength[k]) * w + j - toLength[k]] + multiCost[k];
          if (run < best) best = run;
        }
        cells[here + j] = left = best;
        if (best < rowMin) rowMin = best;
      }
      if (beyond) {
        farRows = beyond(rowMin) ? farRows + 1 : 0;
        if (farRows >= reach) return Infinity;
      }
    }
    return cells[n * w + m];
  };
}

/**
 * The word of a closed list (months, ordinals, tens of ordinals) that `observed` reads as: the
 * nearest by distance per letter of the longer of the two, if it is within `maxDistance` and
 * nearer than the runner-up by `margin` at least; otherwise none.
 */
export function clearlyNearest(distance: OcrDistance, observed: string, words: readonly string[], maxDistance: number, margin: number): string | undefined {
  const [best, second] = words
    .map((word) => ({ word, d: distance(observed, word) / Math.max(observed.length, word.length) }))
    .sort((a, b) => a.d - b.d);
  return best.d > maxDistance || second.d - best.d < margin ? undefined : best.word;
}
